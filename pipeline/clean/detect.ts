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
  if (wrapped && content.length >= 10 && blankShare < 0.25 && typical >= 25 && typical <= 110 && similar >= 0.5) return 'pdf-text';
  const signs = MARKDOWN_SIGNS.filter((re) => re.test(text)).length;
  // Verse keeps blank lines between stanzas and capitals at line starts; the prose around it still runs on
  // from line to line, and no paragraph stands on one long line as in a web copy.
  if (wrapped && inLongLines === 0 && content.length >= 10 && typical >= 20 && typical <= 110 && signs < 2) return 'pdf-text';
  if (wrapped && content.length >= 10 && blankShare < 0.3 && runOn >= 0.3 && signs < 2) return 'pdf-text';
  if (signs >= 2 || (signs === 1 && /^#{1,6} \S/m.test(text))) return 'markdown';
  return 'web';
}
