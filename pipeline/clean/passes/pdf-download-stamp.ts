import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { reasons, weigh, type Evidence } from '../_evidence.ts';
import { SENTENCE_END, isBlank, normaliseForComparison, splitLines, wordCount, type Line } from '../_lines.ts';
import { MAX_IMPRINT_WORDS, stampEvidence } from './_pdf-imprint.ts';
import { besidePageNumber, startsLowercase } from './_pdf-lines.ts';

/** Evidence from which a stamp goes. */
const REMOVE = 4;
/** A page number as its own line, beside which a page's foot stands. */

/** The line's words without its numbers: a stamp's time, address or page count changes from page to page. */
function stampKey(text: string): string {
  return normaliseForComparison(text.replace(/\d+/g, ' '), false);
}

/**
 * A repository's or a scanner's stamp left in a PDF extraction at each page's foot or head:
 * who served the copy and when ("downloaded from" a site, a machine's address, a clock time),
 * the terms it is served under, the file's type, size and page count. Weighed by the classes
 * of sense the line holds (two of them are a stamp's; one is a sentence's as often), by its
 * repetition at other pages (the same words, numbers aside), and by its place beside a page
 * number or between blank lines. A sentence of the text about a library's digitised papers
 * holds one class, stands once, and stays; a line with some evidence and too little is kept
 * and listed.
 */
export const removeDownloadStamp: Pass = {
  ruleId: 'pdf/download-stamp',
  run(text, ctx) {
    const lines = splitLines(text);
    const titleKey = ctx.title === undefined ? undefined : normaliseForComparison(ctx.title, false);
    // Only lines short enough for a stamp are weighed or counted: the patterns never run over a paragraph's long line.
    const short = (line: Line): boolean => !isBlank(line) && wordCount(line.text) <= MAX_IMPRINT_WORDS && line.text.length <= 240;
    const keys = new Map<number, string>();
    const counts = new Map<string, number>();
    for (const line of lines) {
      if (!short(line)) continue;
      const key = stampKey(line.text);
      if (key.length < 6 || key === titleKey) continue;
      keys.set(line.index, key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const edits: Edit[] = [];
    // Each line's evidence once: a line is weighed for itself and again as its neighbours' neighbour.
    const weighed = new Map<number, Evidence>();
    const evidenceOf = (line: Line): Evidence => {
      let evidence = weighed.get(line.index);
      if (evidence === undefined) weighed.set(line.index, (evidence = stampEvidence(line.text)));
      return evidence;
    };
    for (const [index, key] of keys) {
      const line = lines[index]!;
      const stamp = evidenceOf(line);
      const above = lines[index - 1];
      const below = lines[index + 1];
      const repeated = counts.get(key)! > 1;
      // A stamp's second line (its terms, its address) repeats with the first, page after page.
      const besideStamp = repeated && [above, below].some((n) => n !== undefined && keys.has(n.index) && counts.get(keys.get(n.index)!)! > 1 && evidenceOf(n).findings.some((f) => f.weight >= 2));
      // Positive evidence of a stamp's sense first: repetition alone is a running head's or a refrain's.
      if (!stamp.findings.some((f) => f.weight >= 2) && !(repeated && stamp.score >= 1 && besideStamp) && !(repeated && stamp.score >= 2)) continue;
      const besideNumber = besidePageNumber(lines, index);
      const evidence = weigh([
        ...stamp.findings,
        repeated && { weight: 2, reason: 'the same words at another page, numbers aside' },
        (besideNumber || besideStamp) && { weight: 1, reason: 'beside a page number or another stamp line' },
        isBlank(above) && isBlank(below) && { weight: 1, reason: 'blank lines round it' },
        // A stamp is a line of its own; a sentence of the text going on into the next line in lower case is prose
        // ("… private capitalists served by" / "the bourgeois state …").
        !repeated && !SENTENCE_END.test(line.text.trim()) && below !== undefined && !isBlank(below) && startsLowercase(below.text) && { weight: -2, reason: 'its sentence goes on into the next line' },
      ]);
      if (evidence.score >= REMOVE) edits.push({ start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/download-stamp', reason: reasons(evidence) });
      else if (evidence.score >= 2) ctx.keep(line.start, line.text.trim(), `may be a download stamp; ${reasons(evidence)}`);
    }
    return edits;
  },
  describe: (_edit, old) => `Removed download stamp “${old.trim()}”`,
};
