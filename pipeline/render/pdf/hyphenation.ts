/**
 * Liang hyphenation with the TeX patterns shipped by the `hyphen` package, for the book's
 * language. A language without patterns gets no hyphenation rather than an English guess.
 */
import { createRequire } from 'node:module';
import type { Hyphenator } from './layout/word-breaks.ts';

interface HyphenModule {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

const SOFT_HYPHEN = '\u00ad';

export function hyphenatorFor(language: string): Hyphenator {
  const patterns = loadPatterns(language);
  if (!patterns) return () => [];
  const cache = new Map<string, readonly number[]>();
  return (word) => {
    let positions = cache.get(word);
    if (!positions) {
      positions = softHyphenPositions(patterns.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 4 }));
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

function softHyphenPositions(hyphenated: string): number[] {
  const positions: number[] = [];
  let letters = 0;
  for (const char of hyphenated) {
    if (char === SOFT_HYPHEN) positions.push(letters);
    else letters += char.length;
  }
  return positions;
}
