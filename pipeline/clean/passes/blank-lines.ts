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
    const trailing = /\n*$/.exec(text)!;
    if (text.length > 0 && trailing[0] !== '\n') edit(trailing.index, text.length, '\n');
    return edits;
  },
};
