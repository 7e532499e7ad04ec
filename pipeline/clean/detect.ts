import type { TextFormat } from '../types.ts';
import { median } from './_lines.ts';

const MARKDOWN_SIGNS: RegExp[] = [
  /^#{1,6} \S/m,
  /^> \S/m,
  /(?<![\w*])\*[^*\s][^*\n]*\*(?![\w*])/,
  /(?<![\w_])_[^_\s][^_\n]*_(?![\w_])/,
  /\[[^\]\n]+\]\([^)\s]+\)/,
  /^(?:[-*+]|\d+\.) \S/m,
  /^```/m,
];

/** Longer than any line a page of print holds. */
const LONG_LINE = 160;

/**
 * Guesses the cleaning profile from the text alone. PDF extractions are hard-wrapped: many
 * lines of similar length and few blank lines. Markdown shows its syntax and separates
 * paragraphs with blank lines. Anything else is treated as web-page text.
 */
export function detectProfile(text: string): TextFormat {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const content = lines.filter((line) => line.trim() !== '');
  if (content.length === 0) return 'web';
  const blankShare = (lines.length - content.length) / lines.length;
  const lengths = content.map((line) => line.trim().length);
  const typical = median(lengths);
  const similar = lengths.filter((length) => Math.abs(length - typical) <= typical * 0.3).length / content.length;
  // A web copy holds most of its words in paragraph-long lines, however many short lines (menus,
  // lists of links) stand around them; a PDF extraction wraps nearly everything.
  const characters = lengths.reduce((sum, length) => sum + length, 0);
  const inLongLines = lengths.filter((length) => length > LONG_LINE).reduce((sum, length) => sum + length, 0);
  // Sentences running on from line to line: hard wrapping, even where some paragraphs arrived as one long line.
  const runOn = lines.filter((line, i) => line.trim() !== '' && /^\s*\p{Ll}/u.test(lines[i + 1] ?? '')).length / content.length;
  const wrapped = runOn >= 0.1 || (runOn >= 0.05 && inLongLines < characters * 0.25);
  // A site's list of other articles, whose long entries wrap, runs on from line to line too: not a PDF's wrapping.
  const pdfLike = wrapped && !hasLinkList(lines);
  if (pdfLike && content.length >= 10 && blankShare < 0.25 && typical >= 25 && typical <= 110 && similar >= 0.5) return 'pdf-text';
  const signs = MARKDOWN_SIGNS.filter((re) => re.test(text)).length;
  // Verse keeps blank lines between stanzas and capitals at line starts; the prose around it still runs on
  // from line to line, and no paragraph stands on one long line as in a web copy.
  if (pdfLike && inLongLines === 0 && content.length >= 10 && typical >= 20 && typical <= 110 && signs < 2) return 'pdf-text';
  // A short interview or letter whose pictures' captions, questions and one-line paragraphs break the measure
  // still runs a fifth of its lines on in lower case: a web copy, its paragraphs on one line each, does not.
  if (pdfLike && content.length >= 10 && blankShare < 0.35 && runOn >= 0.2 && signs < 2) return 'pdf-text';
  if (signs >= 2 || (signs === 1 && /^#{1,6} \S/m.test(text))) return 'markdown';
  return 'web';
}

/** Lines in one unbroken run that make a list of links rather than verse or a page's text. */
const LIST_RUN = 12;

/**
 * True when the text holds a web page's list of links: a run of at least a dozen lines with no
 * blank line between them, nearly all beginning with a capital or a figure and nearly none
 * ending as verse and prose lines do (a full stop, a comma, a semicolon or a colon). A PDF
 * extraction's text runs on in lower case; its verse ends most lines with punctuation and keeps
 * stanzas short; its contents page ends its lines with page numbers, which this leaves alone.
 */
function hasLinkList(lines: readonly string[]): boolean {
  let start = 0;
  for (let i = 0; i <= lines.length; i += 1) {
    if (i < lines.length && lines[i]!.trim() !== '') continue;
    const run = lines.slice(start, i).map((line) => line.trim());
    start = i + 1;
    if (run.length < LIST_RUN) continue;
    const share = (test: RegExp): number => run.filter((line) => test.test(line)).length / run.length;
    if (share(/^[\p{Lu}\d]/u) >= 0.85 && share(/[.,;:]$/) <= 0.15 && share(/\d$/) <= 0.3) return true;
  }
  return false;
}
