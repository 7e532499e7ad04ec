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
];
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** Below this length a dropped or added letter leaves too many words within reach. */
const MIN_LENGTH_FOR_INDELS = 5;
/** A repair that nothing but the dictionary vouches for needs a word this long, where chance matches are rare. */
const MIN_LENGTH_DICTIONARY_ONLY = 6;

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

function matchCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** The one word within an OCR-typical slip that the dictionary or the document vouches for, if there is exactly one. */
export function ocrRepair(word: string, ctx: PassContext): string | undefined {
  const lower = word.toLowerCase();
  const valid = (candidate: string): boolean => candidate !== lower && (isKnown(candidate, ctx.speller) || ctx.vocabulary.count(candidate) >= 2);
  const swapped = [...confusions(lower)].filter(valid);
  // A letter dropped or added turns rare real words into common ones ("statification"): the document must use the repair.
  const candidates = swapped.length > 0 ? swapped : [...indels(lower)].filter((c) => ctx.vocabulary.count(c) >= 1 && valid(c));
  if (candidates.length !== 1) return undefined;
  const candidate = candidates[0]!;
  if (swapped.length > 0 && ctx.vocabulary.count(candidate) < 2 && word.length < MIN_LENGTH_DICTIONARY_ONLY) return undefined;
  return matchCase(word, candidate);
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
    for (const m of text.matchAll(/(?<![\p{L}\p{N}'’\\-])\p{L}{4,}(?![\p{L}\p{N}]|['’-]\p{L})/gu)) {
      const word = m[0];
      if (word === word.toUpperCase() || /\p{Lu}/u.test(word.slice(1))) continue;
      if (ctx.vocabulary.count(word) >= 2 || isKnown(word, ctx.speller)) continue;
      // A capitalised word is a name unless the document writes the repaired word that way.
      const repaired = ocrRepair(word, ctx);
      if (!repaired) continue;
      if (/^\p{Lu}/u.test(word) && ctx.vocabulary.capitalCount(repaired) < 2 && !isKnown(repaired.toLowerCase(), ctx.speller)) continue;
      edits.push({ start: m.index, end: m.index + word.length, text: repaired, ruleId: 'ocr/confusion' });
    }
    return edits;
  },
};
