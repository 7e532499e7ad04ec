import type { Pass } from '../_runner.ts';
import { endWithFollowingBlanks, isBlank, splitLines } from '../_lines.ts';
import { sameText } from './_web-lines.ts';

/** The title is rendered from metadata, so a first line that repeats it goes. */
export const removeRepeatedTitle: Pass = {
  ruleId: 'web/title',
  run(text, ctx) {
    const lines = splitLines(text);
    const first = lines.find((line) => !isBlank(line));
    if (!first || !sameText(first.text, ctx.title)) return [];
    return [{ start: first.start, end: endWithFollowingBlanks(lines, first.index, text.length), text: '', ruleId: 'web/title' }];
  },
};
