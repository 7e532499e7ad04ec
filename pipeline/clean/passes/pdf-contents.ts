import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, normaliseForComparison, splitLines, wordCount, type Line } from '../_lines.ts';

/** Fewest entries of a contents list. */
const MIN_ENTRIES = 3;
/** Most words of a contents entry's heading. */
const MAX_ENTRY_WORDS = 16;
/** Most blank lines between two entries of one list. */
const MAX_GAP = 1;
/** Share of the document's lines within which a contents list stands: the front matter. */
const FRONT_SHARE = 0.35;

/** A heading, then leader dots, dashes or a wide space, then a page number: "Tolls and the Town . . . . 13", "II. The Strike ……… 27". */
const ENTRY = /^(.*?\p{L}.*?)(?:\s*(?:[.·…•_\-–]\s*){3,}|\s{3,}|\t+)\s*(\d{1,4}|[ivxlc]{1,6})\s*$/iu;
/**
 * A contents list's own heading: "Contents", "Table of contents", "In this issue", or the word in
 * the other languages a book may be printed in ("Inhalt", "Sommaire", "Table des matières", "Índice").
 */
const CONTENTS_HEAD =
  /^(?:(?:table of )?contents|inhalt|inhaltsverzeichnis|sommaire|table des mati[èe]res|[íi]ndice|inhoud|innehåll|indhold|sumario|contenido|spis treści|sisällys|obsah)[.:]?$|^in this (?:issue|report|edition|pamphlet|number|volume)$/iu;

/** A heading's words, without its numbering, for comparison with the body's headings. */
function headingKey(text: string): string {
  return normaliseForComparison(text.replace(/^\s*(?:(?:chapter|part|section)\s+)?(?:\d+(?:\.\d+)*|[ivxlc]+)[.):]?\s+/i, ''), false).trim();
}

/** Longest line read as an entry: a heading, its leaders and its page number. The entry pattern backtracks over a longer line. */
const MAX_ENTRY_LENGTH = 200;

function entryHeading(text: string): string | undefined {
  const t = text.trim();
  if (t.length > MAX_ENTRY_LENGTH || !/(?:\d|[ivxlc])\s*$/i.test(t)) return undefined;
  const m = ENTRY.exec(t);
  if (!m) return undefined;
  const heading = m[1]!.trim();
  if (wordCount(heading) > MAX_ENTRY_WORDS || /[,;]$/.test(heading)) return undefined;
  return heading;
}

/**
 * A contents list in a PDF's front matter: several lines in a row, each a heading followed by
 * leader dots or a wide space and a page number. The list goes when its headings reappear later
 * as lines of their own (the real headings, which stay), or when a "Contents" heading stands
 * over it; the heading over it goes with it. A list of figures with numbers at line ends and
 * no such evidence stays, and is listed as "kept, may be furniture".
 */
export const removeContents: Pass = {
  ruleId: 'pdf/contents',
  run(text, ctx) {
    const lines = splitLines(text);
    const limit = Math.max(40, lines.length * FRONT_SHARE);
    const edits: Edit[] = [];
    // Where each heading-like line last stands, to ask once per list whether its headings reappear below it.
    const lastAt = new Map<string, number>();
    for (const line of lines) {
      const key = headingKey(line.text);
      if (key) lastAt.set(key, line.index);
    }
    let i = 0;
    while (i < lines.length && i < limit) {
      if (entryHeading(lines[i]!.text) === undefined) {
        i++;
        continue;
      }
      // Gather the run of entries, a blank line allowed between two.
      const entries: { line: Line; heading: string }[] = [];
      let j = i;
      let gap = 0;
      while (j < lines.length) {
        const line = lines[j]!;
        if (isBlank(line)) {
          if (++gap > MAX_GAP) break;
          j++;
          continue;
        }
        const heading = entryHeading(line.text);
        if (heading === undefined) break;
        entries.push({ line, heading });
        gap = 0;
        j++;
      }
      const first = entries[0]!.line;
      const last = entries.at(-1)!.line;
      i = last.index + 1;
      if (entries.length < MIN_ENTRIES) continue;
      // Headings named in the list that reappear below it as lines of their own.
      const found = entries.filter((e) => (lastAt.get(headingKey(e.heading)) ?? -1) >= i).length;
      let a = first.index - 1;
      while (a >= 0 && isBlank(lines[a]!)) a--;
      const above = a >= 0 ? lines[a] : undefined;
      const headed = above !== undefined && CONTENTS_HEAD.test(above.text.trim());
      if (found < Math.min(2, entries.length) && !headed) {
        ctx.keep(first.start, entries.map((e) => e.line.text.trim()).join(' / '), 'a list with numbers at line ends, like a contents list, but its headings do not reappear');
        continue;
      }
      const start = headed ? above!.start : first.start;
      edits.push({
        start,
        end: last.start + last.text.length,
        text: '',
        ruleId: 'pdf/contents',
        reason: `contents list of ${entries.length} entries${found ? `, ${found} of its headings reappear below` : ''}${headed ? ', under a contents heading' : ''}`,
      });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed a contents list (${old.split('\n').filter((l) => l.trim()).length} lines)`,
};
