import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';

/** `[ \t\u00a0]`: the white space a line may end in. */
function isTrailingSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** A fence opening or closing a block of code in Markdown. */
const FENCE = /^ {0,3}(?:```|~~~)/;

/**
 * Spaces, tabs and no-break spaces at the end of a line (`[ \t\u00a0]+(?=\n|$)`), found by
 * looking back from each line end rather than by a pattern tried at every offset of the text.
 *
 * In Markdown, two spaces or more at the end of a line of text with another line under it are
 * a hard line break (an address, a signature, lines of verse): there they become the backslash
 * that says the same and cannot be lost, rather than going and joining the two lines. Not in a
 * block of code (where a backslash would be text) nor after a heading (one line by definition).
 */
export const removeTrailingWhitespace: Pass = {
  ruleId: 'layout/trailing-whitespace',
  run(text, ctx) {
    const edits: Edit[] = [];
    let inCode = false;
    for (let end = 0; end !== -1 && end <= text.length; ) {
      const newline = text.indexOf('\n', end);
      const lineEnd = newline === -1 ? text.length : newline;
      const line = text.slice(end, lineEnd);
      if (ctx?.profile === 'markdown' && FENCE.test(line)) inCode = !inCode;
      let start = lineEnd;
      while (start > end && isTrailingSpace(text.charCodeAt(start - 1))) start--;
      if (start < lineEnd) {
        const next = newline === -1 ? '' : text.slice(newline + 1, text.indexOf('\n', newline + 1) === -1 ? text.length : text.indexOf('\n', newline + 1));
        const hardBreak =
          ctx?.profile === 'markdown' && !inCode && lineEnd - start >= 2 && text.slice(start, lineEnd).startsWith('  ') && start > end && !/^ {0,3}#/.test(line) && next.trim() !== '';
        edits.push({ start, end: lineEnd, text: hardBreak ? '\\' : '', ruleId: 'layout/trailing-whitespace' });
      }
      end = newline === -1 ? -1 : newline + 1;
    }
    return edits;
  },
};
