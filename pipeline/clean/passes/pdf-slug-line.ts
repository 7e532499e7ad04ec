import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { startsLowercase } from './_pdf-lines.ts';

/**
 * A typesetter's slug line: what a layout program prints at a page's foot outside the trim, and
 * a PDF made from the layout keeps. Its parts are a machine's: the layout file's name (a name
 * without spaces and a short extension, "ch3_v2.indd", "proc-12.qxp"), the page number, the
 * date and the clock time the page was output. A line made of nothing but such parts, with a
 * file name and a date or a time among them, is no sentence of any text.
 */
const FILE_NAME = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*\.[a-z]{2,4}\d?$/u;
const DATE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})$/;
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?(?:[AaPp][Mm])?$/;
const NUMBER = /^\d{1,4}$/;
/** Separators a slug sets between its parts. */
const SEPARATOR = /^[|·•◆—–-]$/;

interface Slug {
  line: Line;
  page: number;
}

function slugOf(line: Line): Slug | undefined {
  const parts = line.text.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 8) return undefined;
  let file = false;
  let stamp = false;
  let page: number | undefined;
  for (const part of parts) {
    if (FILE_NAME.test(part) && /\p{L}/u.test(part)) file = true;
    else if (DATE.test(part) || TIME.test(part)) stamp = true;
    else if (NUMBER.test(part)) page ??= Number(part);
    else if (!SEPARATOR.test(part)) return undefined;
  }
  // The page number is part of the evidence: a file name and a date alone may be a line of the text naming a file.
  return file && stamp && page !== undefined ? { line, page } : undefined;
}

/** A page's foot that carries the slug's own page number at one end: "33 ◆ Year Book", "Transactions 12 · 33". */
function carriesPage(text: string, page: number): boolean {
  const trimmed = text.trim();
  const at = new RegExp(`^${page}(?![\\p{N}])[\\s·•◆|—–,.:-]+\\S|\\S[\\s·•◆|—–,.:-]+${page}$`, 'u');
  return at.test(trimmed);
}

/**
 * Removes a typesetter's slug line (a file name, a page number, and a date or a time), and the page's footer beside it when that footer carries the
 * slug's page number: the number the machine stamped is the evidence that the short line beside
 * it is the same page's foot, not a line of the text. The footer must be short, a line of its
 * own (not opening in lower case, not closing a sentence, no sentence running on into a
 * lower-case line directly under it), and stand at most a blank line from the slug.
 */
export const removeSlugLine: Pass = {
  ruleId: 'pdf/slug-line',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    const removed = new Set<number>();
    const remove = (line: Line, reason: string): void => {
      if (removed.has(line.index)) return;
      removed.add(line.index);
      edits.push({ start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/slug-line', reason });
    };
    for (const line of lines) {
      const slug = slugOf(line);
      if (!slug) continue;
      remove(line, 'a layout file’s name with a date or a clock time, and nothing else but numbers');
      for (const step of [-1, 1]) {
        let at = line.index + step;
        if (isBlank(lines[at])) at += step;
        const footer = lines[at];
        if (footer === undefined || isBlank(footer) || removed.has(footer.index)) continue;
        const words = wordCount(footer.text);
        if (words < 2 || words > 10 || !carriesPage(footer.text, slug.page)) continue;
        if (!/\p{L}/u.test(footer.text) || startsLowercase(footer.text)) continue;
        // A page's foot ends in its number, not a full stop; and a line that runs on into a lower-case line directly
        // under it (the slug passed over) is the text's sentence. A blank line under the foot is where the page ended,
        // so the sentence the foot interrupts may go on below that in lower case.
        if (SENTENCE_END.test(footer.text.trim())) continue;
        const after = lines[footer.index + 1 === line.index ? footer.index + 2 : footer.index + 1];
        if (after !== undefined && !isBlank(after) && startsLowercase(after.text)) continue;
        remove(footer, `a page’s foot carrying the page number ${slug.page} of the slug line beside it`);
      }
    }
    return edits;
  },
  describe: (_edit, old) => `Removed slug line or its page’s foot “${old.trim()}”`,
};
