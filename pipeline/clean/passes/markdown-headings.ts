import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { normaliseForComparison, splitLines, isBlank } from '../_lines.ts';

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

/**
 * Body headings start at `##`: the title is the only `#`. A leading `# Title` (the piece's own
 * title, or any first heading when no title is known) stays; when `#` is used below it, every
 * body heading is demoted one level.
 */
export const demoteMarkdownHeadings: Pass = {
  ruleId: 'markdown/heading-depth',
  run(text, ctx) {
    const headings = headingLines(text);
    const lines = splitLines(text);
    const first = lines.find((line) => !isBlank(line));
    const leading = headings[0] !== undefined && first !== undefined && headings[0].line === first.index && headings[0].depth === 1;
    const titleText = leading ? /^ {0,3}#[ \t]+(.*?)[ \t#]*$/.exec(first.text)?.[1] ?? '' : '';
    const keepsTitle = leading && (ctx.title === undefined || normaliseForComparison(titleText) === normaliseForComparison(ctx.title));
    const body = keepsTitle ? headings.slice(1) : headings;
    if (!body.some((h) => h.depth === 1)) return [];
    const edits: Edit[] = [];
    for (const h of body) if (h.depth < 6) edits.push({ start: h.start, end: h.start, text: '#', ruleId: 'markdown/heading-depth' });
    return edits;
  },
};
