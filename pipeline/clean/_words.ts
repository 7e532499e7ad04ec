import nspell from 'nspell';
import dictionary from 'dictionary-en';

/** A word: letters, with inner apostrophes or hyphens ("workers’", "self-liquidate"). */
export const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

/**
 * Plain words of at least `minLength` letters, standing alone: not part of a hyphenated or
 * elided word, a number or an escaped character. The candidates for word-level repairs.
 */
export function standaloneWords(text: string, minLength: number): IterableIterator<RegExpExecArray> {
  return text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}'’\\\\-])\\p{L}{${minLength},}(?![\\p{L}\\p{N}]|['’-]\\p{L})`, 'gu'));
}

export interface Speller {
  correct(word: string): boolean;
}

/** Loads the English Hunspell dictionary; costly (~100 ms), so callers hold on to the result. */
export function loadSpeller(): Speller {
  return nspell(dictionary);
}

/** What the document itself says about words: how often each is used, and in which company. */
export interface Vocabulary {
  /** Uses of the word in any case. */
  count(word: string): number;
  /** Uses with an initial capital (sentence starts, names). */
  capitalCount(word: string): number;
  /** How often `first` is directly followed by `second` (any case). */
  pairCount(first: string, second: string): number;
  /** How often `first`, capitalised (as at a sentence's start), is directly followed by `second`. */
  capitalPairCount(first: string, second: string): number;
  /** Whether the word occurs written in capitals inside ordinary mixed-case text ("USSR"). */
  isAcronym(word: string): boolean;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function buildVocabulary(text: string): Vocabulary {
  const counts = new Map<string, number>();
  const capitals = new Map<string, number>();
  const pairs = new Map<string, number>();
  const capitalPairs = new Map<string, number>();
  const acronyms = new Set<string>();
  // A pair runs on over a line end (hard-wrapped text) but not over a blank line.
  let previous = '';
  let previousCapitalised = false;
  for (const rawLine of text.split('\n')) {
    // A middle dot between letters is a misread hyphen: "lock·keeper" is evidence for "lock-keeper".
    const line = rawLine.includes('·') ? rawLine.replace(/(?<=\p{L})·(?=\p{L})/gu, '-') : rawLine;
    if (line.trim() === '') previous = '';
    const mostlyCapitals = line.replace(/[^\p{L}]/gu, '').length > 0 && line === line.toUpperCase();
    for (const match of line.matchAll(WORD)) {
      const word = match[0];
      const lower = word.toLowerCase();
      const capitalised = /^\p{Lu}\p{Ll}/u.test(word);
      bump(counts, lower);
      if (capitalised) bump(capitals, lower);
      if (previous) bump(pairs, `${previous} ${lower}`);
      if (previous && previousCapitalised) bump(capitalPairs, `${previous} ${lower}`);
      if (!mostlyCapitals && word.length > 1 && word === word.toUpperCase()) acronyms.add(lower);
      previous = lower;
      previousCapitalised = capitalised;
    }
  }
  return {
    count: (word) => counts.get(word.toLowerCase()) ?? 0,
    capitalCount: (word) => capitals.get(word.toLowerCase()) ?? 0,
    pairCount: (first, second) => pairs.get(`${first.toLowerCase()} ${second.toLowerCase()}`) ?? 0,
    capitalPairCount: (first, second) => capitalPairs.get(`${first.toLowerCase()} ${second.toLowerCase()}`) ?? 0,
    isAcronym: (word) => acronyms.has(word.toLowerCase()),
  };
}

/** Dictionary lookup that accepts a word as written, in lower case, or capitalised. */
export function isDictionaryWord(speller: Speller, word: string): boolean {
  if (!word) return false;
  const lower = word.toLowerCase();
  return speller.correct(word) || speller.correct(lower) || speller.correct(lower[0]!.toUpperCase() + lower.slice(1));
}
