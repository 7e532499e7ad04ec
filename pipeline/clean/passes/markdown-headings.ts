import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { normaliseForComparison, splitLines, endWithFollowingBlanks, isBlank } from '../_lines.ts';

// A no-break space counts too: trailing-whitespace strips it, which would make a heading appear on the next run.
const ATX_HEADING = /^ {0,3}(#{1,6})(?=[ \t\u00a0]|$)/;
const FENCE = /^ {0,3}(```|~~~)/;

function headingLines(text: string): { start: number; depth: number; line: number }[] {
  const found: { start: number; depth: number; line: number }[] = [];
  let inFence = false;
  for (const line of splitLines(text)) {
    if (FENCE.test(line.text)) inFence = !inFence;
    const m = inFence ? null : ATX_HEADING.exec(line.text);
    if (m) found.push({ start: line.start + m[0].indexOf('#'), depth: m[1]!.length, line: line.index });
  }
  return found;
}

/** The title is rendered from front matter, so a leading `# Title` that repeats it goes. */
export const removeMarkdownTitle: Pass = {
  ruleId: 'markdown/title',
  run(text, ctx) {
    if (!ctx.title) return [];
    const lines = splitLines(text);
    const first = lines.find((line) => !isBlank(line));
    const m = first && /^ {0,3}#[ \t]+(.*?)[ \t#]*$/.exec(first.text);
    if (!first || !m || normaliseForComparison(m[1]!) !== normaliseForComparison(ctx.title)) return [];
    return [{ start: first.start, end: endWithFollowingBlanks(lines, first.index, text.length), text: '', ruleId: 'markdown/title' }];
  },
};

/** Body headings start at `##` (the piece title is the only `#`): when a `#` is used, demote all. */
export const demoteMarkdownHeadings: Pass = {
  ruleId: 'markdown/heading-depth',
  run(text) {
    const headings = headingLines(text);
    if (!headings.some((h) => h.depth === 1)) return [];
    const edits: Edit[] = [];
    for (const h of headings) if (h.depth < 6) edits.push({ start: h.start, end: h.start, text: '#', ruleId: 'markdown/heading-depth' });
    return edits;
  },
};
