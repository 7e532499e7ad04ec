import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { reasons, weigh, type Evidence } from '../_evidence.ts';
import { isBlank, nextContentLine, normaliseForComparison, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { endsSentence, isAllCaps, startsLowercase } from './_pdf-lines.ts';
import { isBareName, isProperNounIn, namesAuthor } from './_pdf-front.ts';
import type { PassContext } from '../_context.ts';

/**
 * Page-number styles a document keeps from page to page, each giving the page's number:
 * "— 12 —", "-12-", "Page 12", "p. 12", "[12]", "12 of 40", and the lower-case roman numerals
 * of front matter ("iv"). A capital roman numeral alone heads a section, and a bare arabic
 * number is pdf/page-furniture's.
 */
const FOLIO_STYLES: readonly { shape: RegExp; weight: number }[] = [
  // A number that says it is a page's ("Page 12", "12 of 40") or is ruled off on both sides is one beyond a doubt.
  { shape: /^[—–]\s*(\d{1,4})\s*[—–]$/u, weight: 2 },
  { shape: /^(?:page|pg\.?|p\.)\s*(\d{1,4})$/i, weight: 2 },
  { shape: /^(\d{1,4})\s+of\s+\d{1,4}$/i, weight: 2 },
  // These the text may hold for itself (a reference in brackets, a list's numeral): the style alone is weak.
  { shape: /^-(\d{1,4})-$/, weight: 1 },
  { shape: /^\[(\d{1,4})\]$/, weight: 1 },
  { shape: /^([ivxl]{1,7})$/, weight: 1 },
];

/** Evidence from which a folio goes. */
const REMOVE = 3;
/** pdf/page-furniture's count of repeats from which a line is a running head. */
const RUNNING_HEAD_REPEATS = 3;
/** Most words of a running head beside a folio. */
const MAX_HEAD_WORDS = 8;

interface Folio {
  line: Line;
  style: number;
  number: string;
}

function folioOf(line: Line): Folio | undefined {
  const trimmed = line.text.trim();
  for (let style = 0; style < FOLIO_STYLES.length; style++) {
    const m = FOLIO_STYLES[style]!.shape.exec(trimmed);
    if (m) return { line, style, number: m[1]!.toLowerCase() };
  }
  return undefined;
}

/**
 * The page's break cuts a sentence here: the text line above ends none, and the first text
 * line below (past the line `skip`, a running head) goes on in lower case.
 */
function cutsSentence(lines: readonly Line[], line: Line, skip: Line | undefined): boolean {
  const above = previousContentLine(lines, line.index);
  let below = nextContentLine(lines, line.index);
  if (below !== undefined && below === skip) below = nextContentLine(lines, below.index);
  return above !== undefined && below !== undefined && !endsSentence(above.text.trim()) && !/[:;]$/.test(above.text.trim()) && startsLowercase(below.text);
}

/**
 * A running head set beside a folio (above or below it, no blank line between): a short line
 * ending no sentence that names the piece (its title, its author, a line the document repeats)
 * (a person's name alone, as the author's stands over even pages), or is set in capitals with
 * the text going on in lower case past it.
 */
function headBeside(lines: readonly Line[], folio: Line, counts: Map<string, number>, titleKey: string | undefined, ctx: PassContext): Line | undefined {
  for (const step of [1, -1]) {
    const line = lines[folio.index + step];
    if (line === undefined || isBlank(line)) continue;
    const trimmed = line.text.trim();
    if (wordCount(trimmed) > MAX_HEAD_WORDS || /[.,;:!?"”’]$/.test(trimmed) || startsLowercase(trimmed) || /^#/.test(trimmed)) continue;
    const key = normaliseForComparison(trimmed, false);
    if ((counts.get(key) ?? 0) >= 2 || key === titleKey || namesAuthor(trimmed, ctx.author) || isBareName(trimmed, isProperNounIn(ctx)) || /^(?:ed\.|edited by)\s/i.test(trimmed) || /\(ed(?:s)?\.\)$/.test(trimmed)) return line;
    // In capitals, with the text going on past it in lower case: the head of the new page.
    if (isAllCaps(trimmed, 4) && step === 1 && cutsSentence(lines, folio, line)) return line;
  }
  return undefined;
}

/**
 * A page number in the style the document keeps ("— 12 —", "Page 12", "p. 12", "[12]", "12 of
 * 40", "iv"), left in the text where its page broke. Weighed: the style itself; the same style
 * under other numbers elsewhere in the document; a sentence the line cuts in two; a running head
 * beside it; blank lines round it. With the folio goes the running head set beside it (the
 * title, the author's name, an editor's, a line the document repeats). A single "[3]" or "ii"
 * in the flow of the text has too little evidence, and stays.
 */
export const removeFolio: Pass = {
  ruleId: 'pdf/folio',
  run(text, ctx) {
    const lines = splitLines(text);
    const folios = lines.filter((l) => !isBlank(l)).map(folioOf).filter((f): f is Folio => f !== undefined);
    if (folios.length === 0) return [];
    const counts = new Map<string, number>();
    for (const line of lines) {
      if (isBlank(line) || wordCount(line.text) > MAX_HEAD_WORDS) continue;
      const key = normaliseForComparison(line.text.trim(), false);
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const numbersOfStyle = new Map<number, Set<string>>();
    for (const f of folios) numbersOfStyle.set(f.style, (numbersOfStyle.get(f.style) ?? new Set()).add(f.number));
    const titleKey = ctx.title === undefined ? undefined : normaliseForComparison(ctx.title, false);
    const opening = lines.find((l) => !isBlank(l));
    const edits: Edit[] = [];
    let reached = -1;
    for (const folio of folios) {
      const { line } = folio;
      if (line === opening || line.start < reached) continue;
      const beside = headBeside(lines, line, counts, titleKey, ctx);
      // A head the document repeats on many pages is pdf/page-furniture's: taking one copy here would leave it too few.
      const head = beside !== undefined && (counts.get(normaliseForComparison(beside.text.trim(), false)) ?? 0) >= RUNNING_HEAD_REPEATS ? undefined : beside;
      const headWitness = beside !== undefined;
      const evidence: Evidence = weigh([
        { weight: FOLIO_STYLES[folio.style]!.weight, reason: 'a page number in a folio style' },
        (numbersOfStyle.get(folio.style)?.size ?? 0) >= 2 && { weight: 2, reason: 'the same style under other numbers elsewhere' },
        cutsSentence(lines, line, beside) && { weight: 2, reason: 'a sentence goes on past it' },
        headWitness && { weight: 1, reason: 'a running head beside it' },
        isBlank(lines[line.index - 1]) && (isBlank(lines[line.index + 1]) || (beside !== undefined && isBlank(lines[beside.index + 1]))) && { weight: 1, reason: 'blank lines round it' },
      ]);
      if (evidence.score < REMOVE) {
        if (evidence.score > 1) ctx.keep(line.start, line.text.trim(), reasons(evidence));
        continue;
      }
      const first = head !== undefined && head.index < line.index ? head : line;
      const last = head !== undefined && head.index > line.index ? head : line;
      if (first.start < reached) continue;
      edits.push({ start: first.start, end: Math.min(last.end + 1, text.length), text: '', ruleId: 'pdf/folio', reason: reasons(evidence) + (head ? '; with its running head' : '') });
      reached = last.end + 1;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed page number “${old.trim().replace(/\s*\n\s*/g, ' / ')}”`,
};
