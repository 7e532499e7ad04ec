/**
 * How the scorer tells which lines of added furniture survive cleaning (eval/evaluate.ts): lines
 * are compared with typography, Markdown marks and hyphens gone, furniture and text alike.
 */
import type { Junk } from './degrade.ts';

/** Typography and Markdown escapes do not count as word differences. */
export function normalise(text: string): string {
  return text
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[—–]/g, ' ')
    .replace(/\u00a0/g, ' ')
    .replace(/\\(?=\S)/g, '');
}

/** A line as compared: typography and Markdown marks gone (hyphens with them), lower case, one space. */
function comparable(line: string): string {
  return normalise(line).replace(/[#*>\\-]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Lines as compared (see comparable). */
function comparableLines(text: string): string[] {
  return text.split('\n').map(comparable);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Occurrences of a furniture string as whole words (it may run across lines, as a split caption does). */
function occurrences(needle: string, lines: readonly string[]): number {
  const n = needle;
  if (!/\p{L}/u.test(n)) return lines.filter((l) => l === n).length;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'gu');
  return (` ${lines.join(' ')} `.match(re) ?? []).length;
}

/**
 * Furniture lines that survive cleaning. A short item such as "Home" or a running head
 * "Introduction" can also be a word or heading of the piece itself, so it counts as left only
 * when the cleaned text holds it more often than the truth does.
 */
export function furnitureLeft(junk: readonly Junk[], cleaned: string, truth: string): Junk[] {
  const cleanLines = comparableLines(cleaned);
  const truthLines = comparableLines(truth);
  const copies = new Map<string, Junk[]>();
  for (const j of junk) {
    // The furniture line is compared as the lines are: a hyphen or '>' in it ("Jean-Luc", "ISSN 1234-5678") once kept it from ever matching, so it never counted as left.
    const key = comparable(j.text);
    copies.set(key, [...(copies.get(key) ?? []), j]);
  }
  const left: Junk[] = [];
  for (const [key, items] of copies) {
    const extra = occurrences(key, cleanLines) - occurrences(key, truthLines);
    left.push(...items.slice(0, Math.max(0, extra)));
  }
  return left;
}
