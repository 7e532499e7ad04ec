import type { Speller, Vocabulary } from './_words.ts';
import { WORD, isDictionaryWord } from './_words.ts';

export interface SuspectWord {
  /** Offset in the text that was checked. */
  offset: number;
  word: string;
  suggestion?: string;
}

/** A word used this often in the document is the author's vocabulary, not a typo. */
const OWN_VOCABULARY_USES = 3;
/** Prefixes that stand before a hyphen but are not words on their own. */
const PREFIXES = new Set(['anti', 'non', 'pre', 'post', 'pro', 'ex', 'co', 'semi', 'neo', 'quasi', 'multi', 'inter', 'intra', 'ultra', 'sub', 'mid', 're']);
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** British spellings the (American) dictionary lacks, mapped to the forms it has. */
const BRITISH_TO_AMERICAN: [RegExp, string][] = [
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/our(s|ed|ing|ite|ites|able|er|ers)?$/, 'or$1'],
  [/tre(s)?$/, 'ter$1'],
  [/ogue(s)?$/, 'og$1'],
  [/ence$/, 'ense'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
];

/** The dictionary knows the word, in British or American spelling, with or without a possessive. */
export function isKnown(word: string, speller: Speller): boolean {
  const bare = word.replace(/['’]s$/, '');
  if (isDictionaryWord(speller, bare)) return true;
  return BRITISH_TO_AMERICAN.some(([pattern, american]) => pattern.test(bare) && isDictionaryWord(speller, bare.replace(pattern, american)));
}

const MAX_SUGGESTED_LENGTH = 40;

/** Words one edit away that the dictionary knows, most used in the document first. Cheaper than nspell's suggest. */
function suggest(word: string, speller: Speller, vocabulary: Vocabulary): string | undefined {
  // No dictionary word is this long: a run of pasted data would cost time quadratic in its length.
  if (word.length > MAX_SUGGESTED_LENGTH) return undefined;
  const lower = word.toLowerCase();
  const candidates = new Set<string>();
  for (let i = 0; i <= lower.length; i++) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    if (tail) candidates.add(head + tail.slice(1));
    if (tail.length > 1) candidates.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of ALPHABET) {
      if (tail) candidates.add(head + letter + tail.slice(1));
      candidates.add(head + letter + tail);
    }
    if (head.length > 1 && tail.length > 1) candidates.add(`${head} ${tail}`);
  }
  let best: string | undefined;
  let bestScore = -1;
  for (const candidate of candidates) {
    const known = candidate.includes(' ') ? candidate.split(' ').every((part) => speller.correct(part)) : speller.correct(candidate);
    if (!known) continue;
    const score = vocabulary.count(candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best && /^\p{Lu}/u.test(word)) best = best[0]!.toUpperCase() + best.slice(1);
  return best;
}

/**
 * Words neither the dictionary nor the document vouches for. Capitalised words inside a
 * sentence are names, and are left alone; so are words in capitals.
 */
export function findSuspectWords(text: string, speller: Speller, vocabulary: Vocabulary): SuspectWord[] {
  const suspects: SuspectWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (word.length < 3 || word === word.toUpperCase()) continue;
    const sentenceStart = /(^|[.!?]["”’]?\s+|\n\s*(?:#+\s+|[-*]\s+)?)["“‘]?$/.test(text.slice(Math.max(0, m.index - 6), m.index));
    if (/^\p{Lu}/u.test(word) && !sentenceStart) continue;
    if (vocabulary.count(word) >= OWN_VOCABULARY_USES) continue;
    if (vocabulary.count(word.replace(/['’]s$/, '')) >= OWN_VOCABULARY_USES) continue;
    if (word.split('-').every((part) => isKnown(part, speller) || PREFIXES.has(part.toLowerCase()))) continue;
    const suggestion = suggest(word, speller, vocabulary);
    suspects.push({ offset: m.index, word, ...(suggestion ? { suggestion } : {}) });
  }
  return suspects;
}
