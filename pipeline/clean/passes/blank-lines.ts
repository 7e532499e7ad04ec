import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';

/**
 * Paragraphs are separated by exactly one blank line; no blank lines lead, and the text ends
 * with one newline. Runs last, after passes that remove lines have left gaps.
 */
export const normaliseBlankLines: Pass = {
  ruleId: 'layout/blank-lines',
  run(text) {
    const edits: Edit[] = [];
    const edit = (start: number, end: number, replacement: string): void => {
      edits.push({ start, end, text: replacement, ruleId: 'layout/blank-lines' });
    };
    const leading = /^\n+/.exec(text);
    if (leading && leading[0].length === text.length) {
      edit(0, text.length, '');
      return edits;
    }
    if (leading) edit(0, leading[0].length, '');
    const from = leading ? leading[0].length : 0;
    for (const m of text.slice(from).matchAll(/\n{3,}/g)) {
      const start = from + m.index;
      if (start + m[0].length === text.length) continue;
      edit(start, start + m[0].length, '\n\n');
    }
    // The newlines the text ends in, counted from the end (the pattern `\n*$` would be tried at every offset).
    let trailingStart = text.length;
    while (trailingStart > 0 && text.charCodeAt(trailingStart - 1) === 10) trailingStart--;
    if (text.length > 0 && text.length - trailingStart !== 1) edit(trailingStart, text.length, '\n');
    return edits;
  },
};
