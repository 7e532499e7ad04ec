import type { Speller } from './_words.ts';
import type { Vocabulary } from './_vocabulary.ts';
import { WORD, forgetfulSpeller, isDictionaryWord, memoByWord } from './_words.ts';
import { isUpperCase, startsUpperCase } from './_chars.ts';

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
export const isKnown: (word: string, speller: Speller) => boolean = memoByWord((word, speller) => {
  const bare = word.replace(/['’]s$/, '');
  if (isDictionaryWord(speller, bare)) return true;
  return BRITISH_TO_AMERICAN.some(([pattern, american]) => pattern.test(bare) && isDictionaryWord(speller, bare.replace(pattern, american)));
});

/** Every part of a hyphenated word is a known word or a prefix. */
const partsKnown = memoByWord((word, speller) => word.split('-').every((part) => isKnown(part, speller) || PREFIXES.has(part.toLowerCase())));

const MAX_SUGGESTED_LENGTH = 40;

/** Whether a candidate of suggest is a dictionary word ("head tail": both are). */
function inDictionary(candidate: string, dictionary: Speller): boolean {
  return candidate.includes(' ') ? candidate.split(' ').every((part) => dictionary.correct(part)) : dictionary.correct(candidate);
}

/** Each neighbourhood holds hundreds of strings: remembered for this many suspect words at most. */
const MAX_NEIGHBOURHOODS = 2_000;

const UNCHECKED = 0;
const KNOWN = 1;
const UNKNOWN = 2;

/**
 * The words one edit away from a word (in lower case, and so are they), in the order suggest tries them, with
 * what the dictionary says of each as far as it has been asked: hundreds of candidates per
 * word, and a lookup costs microseconds, so each is asked at most once, and only when it
 * could change the answer. Once all are known, the dictionary's words among them are listed.
 */
interface Neighbourhood {
  candidates: string[];
  verdicts: Uint8Array;
  unchecked: number;
  known?: string[];
}

const neighbourhoodOf = memoByWord((lower): Neighbourhood => {
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
  return { candidates: [...candidates], verdicts: new Uint8Array(candidates.size), unchecked: candidates.size };
}, MAX_NEIGHBOURHOODS);

function isKnownCandidate(neighbourhood: Neighbourhood, i: number, dictionary: Speller): boolean {
  const { verdicts } = neighbourhood;
  if (verdicts[i] === UNCHECKED) {
    verdicts[i] = inDictionary(neighbourhood.candidates[i]!, dictionary) ? KNOWN : UNKNOWN;
    if (--neighbourhood.unchecked === 0) neighbourhood.known = neighbourhood.candidates.filter((_, k) => verdicts[k] === KNOWN);
  }
  return verdicts[i] === KNOWN;
}

/**
 * The word one edit away that the dictionary knows and the document uses most (the first such
 * on a tie). Cheaper than nspell's suggest, and cheaper still asked this way: among the words
 * the document uses, the dictionary decides only for one that would beat the best so far; when
 * the document uses none of them, the first the dictionary knows is the answer.
 */
function bestNeighbour(neighbourhood: Neighbourhood, dictionary: Speller, vocabulary: Vocabulary): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  if (neighbourhood.known) {
    for (const candidate of neighbourhood.known) {
      const score = vocabulary.countLowerCase(candidate);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }
  const { candidates } = neighbourhood;
  bestScore = 0;
  for (let i = 0; i < candidates.length; i++) {
    const score = vocabulary.countLowerCase(candidates[i]!);
    if (score > bestScore && isKnownCandidate(neighbourhood, i, dictionary)) {
      best = candidates[i];
      bestScore = score;
    }
  }
  if (best !== undefined) return best;
  for (let i = 0; i < candidates.length; i++) if (isKnownCandidate(neighbourhood, i, dictionary)) return candidates[i];
  return undefined;
}

/** Words one edit away that the dictionary knows, most used in the document first. */
function suggest(word: string, speller: Speller, vocabulary: Vocabulary): string | undefined {
  // No dictionary word is this long: a run of pasted data would cost time quadratic in its length.
  if (word.length > MAX_SUGGESTED_LENGTH) return undefined;
  let best = bestNeighbour(neighbourhoodOf(word.toLowerCase(), speller), forgetfulSpeller(speller), vocabulary);
  if (best && /^\p{Lu}/u.test(word)) best = best[0]!.toUpperCase() + best.slice(1);
  return best;
}

/** WORD, for stepping through one text with exec (matchAll would make an iterator and a copy of the pattern). */
const WORD_SCAN = new RegExp(WORD.source, WORD.flags);

/** Where a capitalised word is not a name: at the text's start, after a sentence end, or opening a line, heading or list item. */
const AFTER_SENTENCE_START = /(^|[.!?]["”’]?\s+|\n\s*(?:#+\s+|[-*]\s+)?)["“‘]?$/;

/**
 * Words neither the dictionary nor the document vouches for. Capitalised words inside a
 * sentence are names, and are left alone; so are words in capitals.
 */
export function findSuspectWords(text: string, speller: Speller, vocabulary: Vocabulary): SuspectWord[] {
  const suspects: SuspectWord[] = [];
  WORD_SCAN.lastIndex = 0;
  for (let m = WORD_SCAN.exec(text); m !== null; m = WORD_SCAN.exec(text)) {
    const word = m[0];
    if (word.length < 3) continue;
    // The cheap tests first: nearly every word is the document's own or the dictionary's.
    if (vocabulary.count(word) >= OWN_VOCABULARY_USES) continue;
    if (isUpperCase(word) || partsKnown(word, speller)) continue;
    if (vocabulary.count(word.replace(/['’]s$/, '')) >= OWN_VOCABULARY_USES) continue;
    if (startsUpperCase(word) && !AFTER_SENTENCE_START.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const suggestion = suggest(word, speller, vocabulary);
    suspects.push({ offset: m.index, word, ...(suggestion ? { suggestion } : {}) });
  }
  return suspects;
}
