import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';

/** `[ \t\u00a0]`: the white space a line may end in. */
function isTrailingSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/**
 * Spaces, tabs and no-break spaces at the end of a line (`[ \t\u00a0]+(?=\n|$)`), found by
 * looking back from each line end rather than by a pattern tried at every offset of the text.
 */
export const removeTrailingWhitespace: Pass = {
  ruleId: 'layout/trailing-whitespace',
  run(text) {
    const edits: Edit[] = [];
    for (let end = 0; end !== -1 && end <= text.length; ) {
      const newline = text.indexOf('\n', end);
      const lineEnd = newline === -1 ? text.length : newline;
      let start = lineEnd;
      while (start > end && isTrailingSpace(text.charCodeAt(start - 1))) start--;
      if (start < lineEnd) edits.push({ start, end: lineEnd, text: '', ruleId: 'layout/trailing-whitespace' });
      end = newline === -1 ? -1 : newline + 1;
    }
    return edits;
  },
};
