import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { splitBlocks, splitLines } from '../_lines.ts';
import { isProse } from './_web-lines.ts';
import { isSignOff } from './web-related-links.ts';

/** A name and a date on consecutive lines would run together in one Markdown paragraph: give each its own. */
export const separateSignOff: Pass = {
  ruleId: 'web/sign-off',
  run(text, ctx) {
    const blocks = splitBlocks(splitLines(text));
    const last = blocks[blocks.length - 1];
    if (!last || last.length < 2 || !isSignOff(last, ctx.author) || last.some((line) => isProse(line.text))) return [];
    const edits: Edit[] = [];
    for (let i = 0; i + 1 < last.length; i++) edits.push({ start: last[i]!.end, end: last[i + 1]!.start, text: '\n\n', ruleId: 'web/sign-off' });
    return edits;
  },
};
