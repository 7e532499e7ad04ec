/**
 * A byline under a piece's title: one short line of names set right under a heading, smaller
 * than it, centred in its column or in small capitals, and no sentence (no closing stop, no
 * verb-like lower-case run). Type alone would make it a heading one level down; it is the
 * author's name, so it is kept as a paragraph (never dropped) and listed in the report.
 */
import type { Line } from './_lines.ts';

/** Names: capitalised words, with the short lower-case particles names and bodies carry (“de”, “van”, “for a”). */
const NAMES = /^(?:by\s+)?(?:\p{Lu}[\p{L}.'’-]*|[a-z]{1,3}|&|and)(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|[a-z]{1,3}|&|and))*$/u;

/** Whether `text` reads as a line of names rather than a heading's words. */
export function readsAsNames(text: string): boolean {
  const words = text.replace(/^by\s+/i, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8 || !NAMES.test(text)) return false;
  // At least one capitalised word, and no sentence ending.
  return words.some((w) => /^\p{Lu}/u.test(w)) && !/[.!?:;]$/.test(text.replace(/\b\p{Lu}\.$/u, ''));
}

/** Set in capitals at a smaller size than a heading's: small capitals. */
function smallCaps(line: Line): boolean {
  const letters = line.text.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase();
}

/**
 * Whether `line`, standing alone right under the heading line `above`, is a byline. `column`
 * is the left and right edge of the text in the line's column.
 */
export function isByline(line: Line, above: Line, column: { left: number; right: number }): boolean {
  if (line.page !== above.page || line.size >= above.size - 0.5) return false;
  if (line.y - above.y > 3.5 * above.size) return false;
  if (!readsAsNames(line.text)) return false;
  const leftGap = line.x - column.left;
  const rightGap = column.right - line.right;
  const centred = leftGap > 2 * line.size && Math.abs(leftGap - rightGap) < 1.5 * line.size;
  return centred || smallCaps(line) || /^by\s/i.test(line.text);
}
