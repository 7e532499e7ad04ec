import { afterUnknownGenus, memoPerWord, standaloneWords } from '../_words.ts';
import { isUpperCase } from '../_chars.ts';
import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { isKnown } from '../suspects.ts';
import { compoundsWith, perMillion } from '../_frequency.ts';

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

/**
 * Pairs of similar shape that also turn real words into other real words ("loach", "leach"):
 * a repair through one of them needs the document to use the repaired word.
 */
const WEAK_CONFUSABLE: [string, string][] = [
  ['c', 'o'],
  ['e', 'o'],
  ['h', 'b'],
  ['a', 'u'],
  ['t', 'f'],
  ['s', 'a'],
];
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** Below this length a dropped or added letter leaves too many words within reach. */
const MIN_LENGTH_FOR_INDELS = 5;
/** A repair that nothing but the dictionary vouches for needs a word this long, where chance matches are rare. */
const MIN_LENGTH_DICTIONARY_ONLY = 5;
/** A weak pair ("moasured", "romarked") that only the dictionary vouches for: long words have few neighbours. */
const MIN_LENGTH_WEAK_DICTIONARY_ONLY = 6;
/** A dropped or added letter that only the dictionary vouches for: long words have few neighbours, so one is telling. */
const MIN_LENGTH_DICTIONARY_INDEL = 6;

function confusions(word: string, pairs: readonly [string, string][] = CONFUSABLE): Set<string> {
  const out = new Set<string>();
  for (const [a, b] of pairs) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      for (let at = word.indexOf(from); at !== -1; at = word.indexOf(from, at + 1)) out.add(word.slice(0, at) + to + word.slice(at + from.length));
    }
  }
  return out;
}

/** Shortest half counted when a non-word is looked at as two words run together. */
const MIN_GLUED_HALF = 2;

/** Uses per million at which a two-letter half is a word English writes everywhere ("in", "of", "to"), not a dictionary's abbreviation. */
const COMMON_SHORT_WORD = 500;

/** Whether the word reads as two words run together: each the dictionary knows, a two-letter one common. */
function runsTwoWordsTogether(lower: string, ctx: PassContext): boolean {
  const word = (part: string): boolean => isKnown(part, ctx.speller) && (part.length > MIN_GLUED_HALF || perMillion(part) >= COMMON_SHORT_WORD);
  for (let at = MIN_GLUED_HALF; at <= lower.length - MIN_GLUED_HALF; at++) {
    if (word(lower.slice(0, at)) && word(lower.slice(at))) return true;
  }
  return false;
}

/** The word with one letter added anywhere. */
function insertions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) for (const letter of ALPHABET) out.push(word.slice(0, i) + letter + word.slice(i));
  return out;
}

function indels(word: string): Set<string> {
  const out = new Set<string>();
  if (word.length < MIN_LENGTH_FOR_INDELS) return out;
  // Never at the first letter: a lost initial is a drop cap's business, and capitals make poor evidence.
  // Never a final "s" dropped (plurals of names: "Honeckers"), nor a letter doubled ("wilfully" is British, not a slip).
  // A consonant doubled at the start ("hhandful", "sstrict"): no English word opens so.
  if (word[0] === word[1] && !/[aeiou]/.test(word[0]!)) out.add(word.slice(1));
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
  // A consonant doubled at the start is a slip: no spelling doubles it there.
  if (at <= 1 && word[0] === word[1]) return false;
  const silentE = dropped === 'e' && at > 0 && !/[aeiouy]/.test(word[at - 1]!);
  // British "ou" where American writes "o": "mouldering", "colour", "smoulder".
  const britishU = dropped === 'u' && word[at - 1] === 'o';
  // British spelling doubles a consonant between a vowel and an ending ("travelled", "councillor", "woollen",
  // "focussed"); a doubled vowel ("oveergrown") or a consonant doubled anywhere else ("hungrry", "hunngry") is a slip.
  const doubled = dropped === word[at - 1] || dropped === word[at + 1];
  const first = dropped === word[at - 1] ? at - 1 : at;
  const britishDouble = doubled && !/[aeiouy]/.test(dropped) && first > 0 && /[aeiouy]/.test(word[first - 1]!) && /[eioy]/.test(word[first + 2] ?? '');
  return at === candidate.length || silentE || britishU || britishDouble;
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
  (lower) => {
    const near = [...indels(lower)];
    const swapped = confusions(lower);
    const weak = [...confusions(lower, WEAK_CONFUSABLE)].filter((c) => !swapped.has(c));
    return { swapped: [...swapped], weak, near, plain: near.filter((c) => !isSpellingVariant(lower, c)) };
  },
  MAX_REMEMBERED_SLIPS,
);

/** How many times more often the document must use the best candidate than the next before it is chosen among several. */
const DOMINANCE = 3;

/** Among several candidates, the one the document uses far more often than any other, if there is one. */
function dominant(candidates: readonly string[], ctx: PassContext): string | undefined {
  if (candidates.length === 1) return candidates[0];
  const counted = candidates.map((c) => ({ c, n: ctx.vocabulary.countLowerCase(c) })).sort((a, b) => b.n - a.n);
  const [best, next] = counted;
  return best && best.n >= 2 && best.n >= DOMINANCE * Math.max(1, next?.n ?? 0) ? best.c : undefined;
}

/** The one word within an OCR-typical slip that the dictionary or the document vouches for, if there is exactly one. */
export function ocrRepair(word: string, ctx: PassContext): string | undefined {
  const lower = word.toLowerCase();
  // The candidates are made from the lower-cased word, so they are in lower case too.
  const valid = (candidate: string): boolean => candidate !== lower && (isKnown(candidate, ctx.speller) || ctx.vocabulary.countLowerCase(candidate) >= 2);
  const slips = slipsOf(lower);
  // Weaker pairs count only where the document uses the repaired word (twice, for a short word).
  const used = (c: string): boolean => ctx.vocabulary.countLowerCase(c) >= (lower.length >= 5 ? 1 : 2);
  // In a long word a weak pair may rest on the dictionary alone, when it leaves exactly one word ("moasured").
  const weakDictionaryOnly = lower.length >= MIN_LENGTH_WEAK_DICTIONARY_ONLY && slips.swapped.every((c) => !valid(c));
  const weakValid = slips.weak.filter(valid);
  const swapped = [
    ...slips.swapped.filter(valid),
    ...(weakDictionaryOnly && weakValid.length === 1 ? weakValid : weakValid.filter(used)),
  ];
  // A letter dropped or added turns rare real words into common ones ("statification"): the document must use the repair.
  let candidates = swapped;
  if (candidates.length === 0) {
    // A letter doubled or dropped that the document itself vouches for ("hungrry" where it writes "hungry").
    const near = slips.plain;
    candidates = slips.near.filter((c) => ctx.vocabulary.countLowerCase(c) >= 1 && valid(c));
    // A stray letter inside a long lower-case word is a slip when taking it out leaves the one word the dictionary
    // knows. A missing letter is not: rare words lack a letter of common ones ("statification"), and names are
    // nobody's slips. In a short word too many words are one letter away.
    // A word made regularly of one the dictionary knows ("gravers": "grave" + "-ers", a tool's name) is a rare word of its own,
    // not a slip of another form of the same stem ("graves").
    // Nor is a word that reads as two words run together ("dateis", "wehave", "ofrates"): a lost space explains it as
    // well as a stray letter does, and the glued-word passes, which weigh the two readings, decide it.
    if (candidates.length === 0 && word === lower && lower.length >= MIN_LENGTH_DICTIONARY_INDEL && !regularForm(lower, ctx) && !gluedToFunctionWord(lower, ctx)) {
      candidates = near.filter((c) => c.length < lower.length && valid(c) && !gluedAtDouble(lower, c, ctx));
    }
  }
  const candidate = dominant(candidates, ctx);
  if (candidate !== undefined && !(swapped.length > 0 && ctx.vocabulary.countLowerCase(candidate) < 2 && word.length < MIN_LENGTH_DICTIONARY_ONLY)) return matchCase(word, candidate);
  // Where the document says nothing, English at large may: a non-word one slip from a common word and from no other
  // word nearly as common is that word misread ("kopt", "wbile", "opcn": "kept", "while", "open").
  // Every candidate competes, a letter added as well as one taken out: "secnd" is as near "second" as "send". A
  // letter taken out is never chosen so: British spelling has letters American lacks ("fibre" is no "fire").
  // Two words run together ("interestin": "interest in") are the glued-word passes' to split, not a slip to repair.
  if (runsTwoWordsTogether(lower, ctx)) return undefined;
  // A short word's letter lost competes too, though no repair adds one there: "alow" may be "allow" as well as "slow".
  const competing = [...slips.swapped, ...weakValid, ...slips.plain, ...(lower.length < MIN_LENGTH_FOR_INDELS ? insertions(lower) : [])].filter(valid);
  const common = commonest(competing);
  if (common !== undefined && common.length < lower.length && !slips.swapped.includes(common) && !weakValid.includes(common)) return undefined;
  return common === undefined ? undefined : matchCase(word, common);
}

/** Function words a lost space most often glues to a neighbour. */
const GLUING_WORDS = new Set('an the of to in on at by for from with is was were are be as and or but it he she we they his her its not has had have'.split(' '));
/** Letters of the other word, at the least, beside a function word. */
const MIN_GLUED_WORD = 3;

/** The word parts into a function word and a word the dictionary knows, either way round ("dateis", "wehave", "ofrates"). */
function gluedToFunctionWord(lower: string, ctx: PassContext): boolean {
  for (let at = MIN_GLUED_HALF; at <= lower.length - MIN_GLUED_HALF; at++) {
    const [head, tail] = [lower.slice(0, at), lower.slice(at)];
    if (GLUING_WORDS.has(head) && tail.length >= MIN_GLUED_WORD && isKnown(tail, ctx.speller)) return true;
    if (GLUING_WORDS.has(tail) && head.length >= MIN_GLUED_WORD && isKnown(head, ctx.speller)) return true;
  }
  return false;
}

/** Endings that make a regular form of a word: plural, past, participle, agent noun. */
const REGULAR_ENDINGS = ['s', 'es', 'ed', 'ing', 'er', 'ers'];
/** Letters of the stem, at the least, before a regular ending is believed. */
const MIN_REGULAR_STEM = 4;

/**
 * The word is a dictionary word with a regular ending the dictionary does not list ("gravers",
 * "stookers", "bevelling"): a rare but well-made word. One letter slipped into a word seldom
 * leaves a known stem and an ending both whole.
 */
function regularForm(lower: string, ctx: PassContext): boolean {
  for (const ending of REGULAR_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    if (stem.length < MIN_REGULAR_STEM || stem.endsWith(ending[0]!)) continue;
    if (isKnown(stem, ctx.speller) || (ending !== 's' && isKnown(`${stem}e`, ctx.speller))) return true;
  }
  return false;
}

/**
 * The letter doubled where a word meets the next: two words run together ("sooften": "so often",
 * "theedge"), not one with a stray letter ("soften"). Taking out either half of the double would
 * make a word, and the glued-words passes split it.
 */
function gluedAtDouble(word: string, candidate: string, ctx: PassContext): boolean {
  let at = 0;
  while (at < candidate.length && word[at] === candidate[at]) at++;
  const first = word[at] === word[at - 1] ? at - 1 : at;
  if (word[first] !== word[first + 1]) return false;
  const [head, tail] = [word.slice(0, first + 1), word.slice(first + 1)];
  return head.length >= 2 && tail.length >= 2 && isKnown(head, ctx.speller) && isKnown(tail, ctx.speller);
}

/**
 * Uses per million words of general English at which a repair is a common word (about the
 * commonest two thousand), one any text is likely to use. Below it a rare real word the
 * dictionary lacks ("stook", a farm word) is too likely to be what the author wrote.
 */
const COMMON_REPAIR = 50;
/** How many times commoner in general English the chosen repair must be than any other within reach. */
const COMMON_DOMINANCE = 20;

/** Among candidates, the one general English uses commonly and far more than any other, if there is one. */
function commonest(candidates: readonly string[]): string | undefined {
  const ranked = [...new Set(candidates)].map((c) => ({ c, f: perMillion(c) })).sort((a, b) => b.f - a.f);
  const [best, next] = ranked;
  return best && best.f >= COMMON_REPAIR && best.f >= COMMON_DOMINANCE * (next?.f ?? 0) ? best.c : undefined;
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

/** The word at `at` opens a sentence or a line: what stands before it is a stop, an opening quote or a line break. */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return /(?:^|[.!?:]["'”’)]?\s+|\n\s*|["“‘(]|^\s*)$/.test(before) || at < 4;
}

/** Uses per million words of general English under which a repair is itself a rare word ("stockyard"). */
const RARE_REPAIR = 1;

/**
 * Compounds of the frequency list a head makes from which it closes up with nearly anything
 * ("over" 373, "wood" 33; "muse" 0, "slow" 7), when it also ends compounds as a noun does
 * (ENDS_COMPOUNDS: "leftover", "driftwood"; an adjective or a word's first letters seldom do:
 * "short" 0, "app" 0): a word it heads reads as a compound of its own.
 */
const PROLIFIC_HEAD = 20;
const ENDS_COMPOUNDS = 10;
/** A head of three letters is as often a longer word's first letters ("off|cred" is "offered" misread). */
const MIN_PROLIFIC_HEAD = 4;

/**
 * Both halves of a closed compound are words ("stackyard", "ropewalk"): a rare word, not a slip,
 * unless the document says so. 'strong' when the head is a prolific noun ("overfalls"): then only a
 * common word is a likelier reading ("overalls" is no commoner than such a compound).
 */
const MIN_COMPOUND_PART = 3;
function readsAsCompound(word: string, ctx: PassContext): 'strong' | boolean {
  const lower = word.toLowerCase();
  let found = false;
  for (let at = MIN_COMPOUND_PART; at <= lower.length - MIN_COMPOUND_PART; at++) {
    if (!isKnown(lower.slice(0, at), ctx.speller) || !isKnown(lower.slice(at), ctx.speller)) continue;
    const head = lower.slice(0, at);
    if (head.length >= MIN_PROLIFIC_HEAD && compoundsWith(head, true) >= PROLIFIC_HEAD && compoundsWith(head, false) >= ENDS_COMPOUNDS) return 'strong';
    found = true;
  }
  return found;
}

/**
 * A letter outside English's twenty-six ("chéile", "façade", "Kärnten"): the word is of another
 * language (or a name), which an English dictionary cannot judge; an OCR slip of an English word
 * does not make an accented letter, and a repair would drop it ("chéile" is no "chile").
 */
function hasForeignLetter(word: string): boolean {
  return /[^A-Za-z'’]/.test(word);
}

/** Words looked at on each side of a word, within its line, for a phrase of another language. */
const PHRASE_REACH = 2;
/** Lower-case neighbours the dictionary does not know that make a phrase of another language. */
const MIN_FOREIGN_NEIGHBOURS = 2;

/**
 * The word stands among words the dictionary does not know ("súil le glas ná súil"): a phrase
 * of another language quoted in the text, whose words an English dictionary cannot judge ("glas"
 * is no "glass"). OCR slips are too rare for two to stand beside a third.
 */
function inForeignPhrase(text: string, start: number, end: number, ctx: PassContext): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const before = text.slice(lineStart, start).match(/[\p{L}'’]+/gu) ?? [];
  const after = text.slice(end, lineEnd === -1 ? text.length : lineEnd).match(/[\p{L}'’]+/gu) ?? [];
  const near = [...before.slice(-PHRASE_REACH), ...after.slice(0, PHRASE_REACH)];
  return near.filter((w) => hasForeignLetter(w) || (w === w.toLowerCase() && !isKnown(w, ctx.speller))).length >= MIN_FOREIGN_NEIGHBOURS;
}

/** Endings that make another form of a word ("barrowing", "barrowed", "barrows", "barrower"). */
const INFLECTIONS = ['ing', 'ed', 'es', 's', 'er', 'ers'];
/** Letters of the stem, at the least, that the document must write on their own. */
const MIN_STEM = 4;

/**
 * The word is another form of a word the document writes ("Barrowing" where the text speaks of
 * "a barrow"): a verb made of the text's own noun that the dictionary lacks, not a slip of a
 * commoner word ("borrowing"). A slip that happened to leave a word of the text plus an ending
 * would be a coincidence of two.
 */
function formOfUsedWord(word: string, ctx: PassContext): boolean {
  const lower = word.toLowerCase();
  for (const ending of INFLECTIONS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    // A letter doubled where stem and ending meet ("platees") is a slip's, and "-es" follows a hissing sound only.
    if (stem.endsWith(ending[0]!) || (ending === 'es' && !/(?:s|x|z|ch|sh)$/.test(stem))) continue;
    if (stem.length >= MIN_STEM && ctx.vocabulary.countLowerCase(stem) > 0) return true;
    // A silent "e" dropped before the ending ("hoping" of "hope").
    if (stem.length + 1 >= MIN_STEM && ending !== 's' && ending !== 'es' && ctx.vocabulary.countLowerCase(`${stem}e`) > 0) return true;
  }
  return false;
}

/** The document writes the word in the other number ("formes" beside "forme"): a word of its own. */
function usesOtherNumber(word: string, ctx: PassContext): boolean {
  const lower = word.toLowerCase();
  if (ctx.vocabulary.countLowerCase(`${lower}s`) > 0 || ctx.vocabulary.countLowerCase(`${lower}es`) > 0) return true;
  return lower.endsWith('s') && lower.length > 4 && ctx.vocabulary.countLowerCase(lower.slice(0, -1)) > 0;
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
      if (isUpperCase(word) || hasInnerCapital(word) || isKnown(word, ctx.speller) || hasForeignLetter(word)) continue;
      if (formOfUsedWord(word, ctx) || inForeignPhrase(text, m.index, m.index + word.length, ctx)) continue;
      // A species' name after its genus ("Genista anglica") is Latin, which an English dictionary cannot judge.
      if (afterUnknownGenus(text, m.index, word, ctx.speller)) continue;
      // A capitalised word is a name unless the document writes the repaired word that way.
      const repaired = ocrRepair(word, ctx);
      if (!repaired) continue;
      // A rare word of the text is no slip when the repair is no commoner: neither the document nor general English uses it much.
      // A word the document also writes in the other number ("forme" beside "formes") is its own, whatever the repair.
      if (usesOtherNumber(word, ctx)) continue;
      const unused = ctx.vocabulary.countLowerCase(repaired.toLowerCase()) === 0;
      const compound = unused && readsAsCompound(word, ctx);
      if (compound && perMillion(repaired.toLowerCase()) < (compound === 'strong' ? COMMON_REPAIR : RARE_REPAIR)) continue;
      if (/^\p{Lu}/u.test(word) && ctx.vocabulary.capitalCount(repaired) < 2 && !isKnown(repaired.toLowerCase(), ctx.speller)) continue;
      // Inside a sentence a capital marks a name ("Abel Sturt"): repaired only into a name the document writes.
      if (/^\p{Lu}/u.test(word) && !opensSentence(text, m.index) && ctx.vocabulary.capitalCount(repaired) < 1) continue;
      edits.push({ start: m.index, end: m.index + word.length, text: repaired, ruleId: 'ocr/confusion' });
    }
    return edits;
  },
};
