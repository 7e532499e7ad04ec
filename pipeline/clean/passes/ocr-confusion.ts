import { memoPerWord, standaloneWords } from '../_words.ts';
import { isUpperCase } from '../_chars.ts';
import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { isKnown } from '../suspects.ts';

/**
 * Letter shapes OCR takes for one another: "Eastem" for "Eastern", "coliapse" for
 * "collapse", "tliese" for "these". Each pair is tried both ways.
 */
const CONFUSABLE: [string, string][] = [
  ['rn', 'm'],
  ['li', 'h'],
  ['l', 'i'],
  ['ia', 'la'],
  ['cl', 'd'],
  ['c', 'e'],
  ['u', 'n'],
  ['vv', 'w'],
  ['ii', 'u'],
  // Closed bowls: a faint or broken "a" reads as "o" and back.
  ['a', 'o'],
  ['rn', 'ni'],
];
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** Below this length a dropped or added letter leaves too many words within reach. */
const MIN_LENGTH_FOR_INDELS = 5;
/** A repair that nothing but the dictionary vouches for needs a word this long, where chance matches are rare. */
const MIN_LENGTH_DICTIONARY_ONLY = 5;
/** A dropped or added letter that only the dictionary vouches for: long words have few neighbours, so one is telling. */
const MIN_LENGTH_DICTIONARY_INDEL = 6;

function confusions(word: string): Set<string> {
  const out = new Set<string>();
  for (const [a, b] of CONFUSABLE) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      for (let at = word.indexOf(from); at !== -1; at = word.indexOf(from, at + 1)) out.add(word.slice(0, at) + to + word.slice(at + from.length));
    }
  }
  return out;
}

function indels(word: string): Set<string> {
  const out = new Set<string>();
  if (word.length < MIN_LENGTH_FOR_INDELS) return out;
  // Never at the first letter: a lost initial is a drop cap's business, and capitals make poor evidence.
  // Never a final "s" dropped (plurals of names: "Honeckers"), nor a letter doubled ("wilfully" is British, not a slip).
  for (let i = 1; i <= word.length; i++) {
    if (i < word.length && !(i === word.length - 1 && word[i] === 's')) out.add(word.slice(0, i) + word.slice(i + 1));
    for (const letter of ALPHABET) if (letter !== word[i - 1] && letter !== word[i]) out.add(word.slice(0, i) + letter + word.slice(i));
  }
  return out;
}

/**
 * A letter the (American) dictionary lacks may be British spelling, not a slip: a doubled
 * consonant ("councillor", "travelled"), a silent "e" ("judgement", "ageing"), an ending.
 */
function isSpellingVariant(word: string, candidate: string): boolean {
  if (candidate.length !== word.length - 1) return false;
  let at = 0;
  while (at < candidate.length && word[at] === candidate[at]) at++;
  const dropped = word[at]!;
  // A final letter is an ending the dictionary may lack ("centred"), not a stray mark.
  const silentE = dropped === 'e' && at > 0 && !/[aeiouy]/.test(word[at - 1]!);
  return at === candidate.length || silentE || dropped === word[at - 1] || dropped === word[at + 1];
}

function matchCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** Each word's slips are hundreds of strings: remembered for this many words at most. */
const MAX_REMEMBERED_SLIPS = 2_000;

/**
 * The words an OCR-typical slip away from a word (in lower case): confusable letters swapped,
 * and a letter dropped or added that is no spelling variant. Which of them the document uses
 * differs from text to text; the candidates themselves do not, so they are made once per word.
 */
const slipsOf = memoPerWord(
  (lower) => ({
    swapped: [...confusions(lower)],
    near: [...indels(lower)].filter((c) => !isSpellingVariant(lower, c)),
  }),
  MAX_REMEMBERED_SLIPS,
);

/** The one word within an OCR-typical slip that the dictionary or the document vouches for, if there is exactly one. */
export function ocrRepair(word: string, ctx: PassContext): string | undefined {
  const lower = word.toLowerCase();
  // The candidates are made from the lower-cased word, so they are in lower case too.
  const valid = (candidate: string): boolean => candidate !== lower && (isKnown(candidate, ctx.speller) || ctx.vocabulary.countLowerCase(candidate) >= 2);
  const slips = slipsOf(lower);
  const swapped = slips.swapped.filter(valid);
  // A letter dropped or added turns rare real words into common ones ("statification"): the document must use the repair.
  let candidates = swapped;
  if (candidates.length === 0) {
    const { near } = slips;
    candidates = near.filter((c) => ctx.vocabulary.countLowerCase(c) >= 1 && valid(c));
    // A stray letter inside a long lower-case word is a slip when taking it out leaves the one word the dictionary
    // knows. A missing letter is not: rare words lack a letter of common ones ("statification"), and names are
    // nobody's slips. In a short word too many words are one letter away.
    if (candidates.length === 0 && word === lower && lower.length >= MIN_LENGTH_DICTIONARY_INDEL) candidates = near.filter((c) => c.length < lower.length && valid(c));
  }
  if (candidates.length !== 1) return undefined;
  const candidate = candidates[0]!;
  if (swapped.length > 0 && ctx.vocabulary.countLowerCase(candidate) < 2 && word.length < MIN_LENGTH_DICTIONARY_ONLY) return undefined;
  return matchCase(word, candidate);
}

/** A capital after the first letter (`/\p{Lu}/u` on all but the first character), from the character codes where the word is ASCII. */
function hasInnerCapital(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return /\p{Lu}/u.test(word.slice(1));
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

/**
 * OCR misreadings: a word neither the dictionary nor the document knows, exactly one
 * OCR-typical slip away from one they do (a confusable pair of letters first, else one letter
 * dropped or added). Anything less certain is left for the editor in the suspect list.
 */
export const repairOcrConfusions: Pass = {
  ruleId: 'ocr/confusion',
  run(text, ctx) {
    const edits: Edit[] = [];
    for (const m of standaloneWords(text, 4)) {
      const word = m[0];
      // The document's own words first: most words are, and need no closer look.
      if (ctx.vocabulary.count(word) >= 2) continue;
      if (isUpperCase(word) || hasInnerCapital(word) || isKnown(word, ctx.speller)) continue;
      // A capitalised word is a name unless the document writes the repaired word that way.
      const repaired = ocrRepair(word, ctx);
      if (!repaired) continue;
      if (/^\p{Lu}/u.test(word) && ctx.vocabulary.capitalCount(repaired) < 2 && !isKnown(repaired.toLowerCase(), ctx.speller)) continue;
      edits.push({ start: m.index, end: m.index + word.length, text: repaired, ruleId: 'ocr/confusion' });
    }
    return edits;
  },
};
