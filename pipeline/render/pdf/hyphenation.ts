/**
 * Liang hyphenation with the TeX patterns shipped by the `hyphen` package, for the book's
 * language. A language without patterns gets no hyphenation rather than an English guess.
 *
 * The line breaker asks for one run of letters at a time. `hyphen`'s `hyphenateSync` reads a
 * whole text for words (with closures, regular expressions and string copies for every
 * character) before it looks a word up; for a run of letters that reading always finds the
 * run itself, so the word is looked up here directly, with the package's own patterns and
 * exceptions and the same steps as its `hyphenateWord` (tests/render/hyphenation.test.ts
 * compares the two on the seeds, the evaluation texts and the English dictionary).
 */
import { createRequire } from 'node:module';
import type { Hyphenator } from './layout/word-breaks.ts';

/** `hyphen`'s patterns: levels, a trie of pattern letters, and exception words with their break points. */
type Patterns = [levels: number[][], trie: TrieNode, exceptions?: Record<string, number[]>];
type TrieNode = Record<string, unknown>;

interface HyphenModule {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  patterns?: Patterns;
}

const SOFT_HYPHEN = '\u00ad';
/** Words shorter than this (in UTF-16 code units, as `hyphen` counts) are not hyphenated. */
const MIN_WORD_LENGTH = 4;

export function hyphenatorFor(language: string): Hyphenator {
  const module = loadPatterns(language);
  if (!module) return () => [];
  const lookUp = module.patterns ? liang(module.patterns) : viaText(module);
  const cache = new Map<string, readonly number[]>();
  return (word) => {
    let positions = cache.get(word);
    if (!positions) {
      positions = word.length < MIN_WORD_LENGTH ? [] : lookUp(word);
      cache.set(word, positions);
    }
    return positions;
  };
}

/** `hyphen/en-gb`, else `hyphen/en` for `en-GB`; undefined when the package has neither. */
function loadPatterns(language: string): HyphenModule | undefined {
  const require = createRequire(import.meta.url);
  const tag = language.trim().toLowerCase();
  const candidates = [tag, tag.split('-')[0]!].filter((c, i, all) => /^[a-z]{2,3}(-[a-z0-9]+)*$/.test(c) && all.indexOf(c) === i);
  for (const candidate of candidates) {
    try {
      return require(`hyphen/${candidate}`) as HyphenModule;
    } catch {
      // No patterns under this name: try the next, shorter tag.
    }
  }
  return undefined;
}

/**
 * Break points of a run of letters as `hyphen` finds them: an exception word's own, else
 * Liang's levels from the pattern trie, walked from every position of the lowercased word
 * between word-boundary dots; odd levels are breaks, none in the first two or last two places.
 * A lowercased word's points are found once, as `hyphen` keeps them.
 */
function liang([levelsTable, trie, exceptions = {}]: Patterns): (word: string) => number[] {
  const known = new Map<string, number[]>();
  return (word) => {
    const lowered = lowerCase(word);
    let markers = known.get(lowered);
    if (!markers) {
      markers = Object.hasOwn(exceptions, lowered) ? exceptions[lowered]! : levelsOf(word, lowered, levelsTable, trie);
      known.set(lowered, markers);
    }
    return [...markers];
  };
}

/**
 * `word.toLocaleLowerCase()`, which asks ICU every time: a word of lower-case ASCII letters,
 * as most are, is its own lower case in every locale (the locales with rules of their own,
 * Turkish, Azeri and Lithuanian, change only capitals), so it is given back as it is.
 */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code < 0x61 || code > 0x7a) return word.toLocaleLowerCase();
  }
  return word;
}

function levelsOf(word: string, lowered: string, levelsTable: number[][], trie: TrieNode): number[] {
  // The pattern letters, one UTF-16 unit each: the lowercased word between word-boundary dots.
  const letters = `.${lowered}.`;
  const levels: number[] = new Array(word.length + 1).fill(0);
  for (let start = 0; letters.length - start >= 3; start += 1) {
    // `hyphen` counts the pattern's place from the word's first letter: the leading dot and it share place 0.
    const place = start === 0 ? 0 : start - 1;
    let node: TrieNode = trie;
    for (let i = start; i < letters.length; i += 1) {
      const next = node[letters[i]!];
      if (next === undefined) break;
      let levelsIndex = -1;
      if (Array.isArray(next)) {
        node = next[0] as TrieNode;
        levelsIndex = next[1] as number;
      } else if (typeof next === 'number') {
        node = {};
        levelsIndex = next;
      } else node = next !== null && typeof next === 'object' ? (next as TrieNode) : {};
      if (levelsIndex < 0) continue;
      const pattern = levelsTable[levelsIndex]!;
      for (let k = 0; k < pattern.length; k += 1) levels[place + k] = Math.max(pattern[k]!, levels[place + k]!);
    }
  }
  levels[0] = levels[1] = levels[levels.length - 1] = levels[levels.length - 2] = 0;
  const markers: number[] = [];
  for (let i = 0; i < levels.length; i += 1) if ((levels[i]! & 1) === 1) markers.push(i);
  return markers;
}

/** A module without its patterns exported: through `hyphenateSync`, reading back where it put soft hyphens. */
function viaText(module: HyphenModule): (word: string) => number[] {
  return (word) => softHyphenPositions(module.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH }));
}

function softHyphenPositions(hyphenated: string): number[] {
  const positions: number[] = [];
  let letters = 0;
  for (const char of hyphenated) {
    if (char === SOFT_HYPHEN) positions.push(letters);
    else letters += char.length;
  }
  return positions;
}
