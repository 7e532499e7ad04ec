import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { afterUnknownGenus, namedAsForeign, speciesName, standaloneWords } from '../_words.ts';
import { isKnown } from '../suspects.ts';
import { compoundsWith, perMillion } from '../_frequency.ts';
import { ocrRepair } from './ocr-confusion.ts';
import { closedElsewhere } from './glued-compound.ts';

/** Closed-class words, which a lost space glues to their neighbours far more often than any compound holds them. */
export const FUNCTION_WORDS = new Set(
  'an the of to in on at by for from with into onto upon about over under after before than as and or but nor so yet though if not no is was were are be been has had have do did does it its he she they we you his her their our your my them him us me this that these those which who whom whose what there then when where while without within through among between against during across behind beyond until'.split(' '),
);

/** Function words that also make closed compounds with anything ("overlooker", "withdraw", "somewhere"). */
export const CLOSING_HEADS = new Set(['over', 'under', 'after', 'with', 'out', 'through', 'some', 'every', 'any', 'where', 'there', 'here', 'by', 'up', 'down', 'back']);

/** A part the document does not use elsewhere, glued to a function word, must be this long ("ofbread", not "for|mes"). */
const MIN_UNUSED_PART = 5;
/** The same for a part that follows the function word: "thelast", "tobe" far more often than a rare word before one. */
const MIN_UNUSED_TAIL = 4;

/**
 * Two content words the document does not use apart may still be two words glued, when general
 * English uses both often and one of them very often ("neededcould", "badform", "roomabove"):
 * a rare compound ("saltworker", "ropewalk", "stackyard") is made of rarer words than that.
 * Uses per million words of general English.
 */
const COMMON_PART = 5;
const VERY_COMMON_PART = 100;
/** A part shorter than this is too easily a word's own ending or beginning ("sea|son"). */
const MIN_COMMON_PART = 3;

/** Shortest glued word looked at: two words of two letters each ("itis"). */
const MIN_LENGTH = 4;
/** How much better the best split must be than the next before it is chosen. */
const DOMINANCE = 2;

/** Splits of a word into two words the dictionary knows and the document uses, best first, with their evidence. */
function splits(word: string, ctx: PassContext): { at: number; score: number }[] {
  const found: { at: number; score: number }[] = [];
  for (let at = 2; at <= word.length - 2; at++) {
    const head = word.slice(0, at).toLowerCase();
    const tail = word.slice(at);
    if (!ctx.speller.correct(head) || !ctx.speller.correct(tail)) continue;
    const h = ctx.vocabulary.countLowerCase(head);
    const t = ctx.vocabulary.countLowerCase(tail);
    // The document itself must use both words, or one of them is a function word: a rare compound the dictionary
    // lacks ("overlordship") splits into content words, and the document need not use them apart.
    const vouched = (part: string, uses: number, other: string, minLength: number): boolean => {
      if (uses > 0) return true;
      // After a word that also closes compounds ("overlooker", "somewhere"), the document must use the tail.
      if (part === tail && CLOSING_HEADS.has(other)) return false;
      // A function word needs no use elsewhere: the document may use it only where it lost its space ("bethe"); a
      // two-letter one after a word is as likely a word's own ending ("programme" is no "program me").
      if (SENTENCE_HEADS.has(part) && (part === head || part.length >= 3)) return true;
      // Before "the" a four-letter word will do ("keptthe"): no common word so ends that the dictionary lacks.
      return SENTENCE_HEADS.has(other) && part.length >= (other === 'the' ? MIN_UNUSED_TAIL : minLength);
    };
    // After a function word ("thelast") a shorter unused word will do than before one ("firsat" is no "firs at").
    if (!vouched(head, h, tail, MIN_UNUSED_PART) || !vouched(tail, t, head, MIN_UNUSED_TAIL)) continue;
    found.push({ at, score: Math.min(h, t) + ctx.vocabulary.pairCount(head, tail) * 10 });
  }
  return found.sort((a, b) => b.score - a.score);
}

/**
 * Where the document vouches for no split: the one place where the word parts into two words
 * that general English uses often, one of them very often ("neededcould", "badform", "goodat",
 * "howold"). A rare compound ("saltworker", "ropewalk", "stackyard") is made of rarer words
 * than that, or ends in a word that closes compounds ("canalside"); a word that may be a compound
 * of a productive head ("hereat", "overlooker"), that parts in two such ways, or that an OCR slip
 * explains ("beegun", "mainand"), stays.
 */
function commonSplit(word: string, ctx: PassContext): number | undefined {
  const found: number[] = [];
  for (let at = 1; at < word.length; at++) {
    const head = word.slice(0, at).toLowerCase();
    const tail = word.slice(at);
    if (!isKnown(head, ctx.speller) || !isKnown(tail, ctx.speller)) continue;
    if ((CLOSING_HEADS.has(head) && !CLOSED_SET_HEADS.has(head)) || COMPOUND_TAILS.has(tail)) return undefined;
    if (commonPart(head, tail, ctx) && commonPart(tail, head, ctx) && Math.max(perMillion(head), perMillion(tail)) >= VERY_COMMON_PART) found.push(at);
  }
  if (found.length !== 1) return undefined;
  return ocrRepair(word, ctx) === undefined && !oneLetterFromWord(word.toLowerCase(), ctx) ? found[0] : undefined;
}

/**
 * Heads whose closed compounds are a closed set that any dictionary holds ("within", "somehow",
 * "everyone", "anybody"): glued to another word they lost a space.
 */
const CLOSED_SET_HEADS = new Set(['with', 'some', 'every', 'any']);

/**
 * Two-letter words that stand glued after a word ("goodat", "ageof", "madeup"); "me" not after
 * an "m", where it is a spelling's ending ("programme", "gramme").
 */
const TWO_LETTER_WORDS = new Set(['of', 'us', 'it', 'at', 'up', 'in', 'on', 'to', 'is', 'as', 'by', 'my', 'we', 'he', 'be', 'do', 'go', 'no', 'so', 'an', 'or', 'me']);

/** A part common in general English or used by the document, of three letters or a two-letter word. */
function commonPart(part: string, other: string, ctx: PassContext): boolean {
  if (part.length < MIN_COMMON_PART && !(TWO_LETTER_WORDS.has(part) && !(part === 'me' && other.endsWith('m')))) return false;
  return perMillion(part) >= COMMON_PART || ctx.vocabulary.countLowerCase(part) > 0;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A letter dropped or doubled by OCR explains the word as well as a lost space does ("mainand", "beegun"). */
export function oneLetterFromWord(lower: string, ctx: PassContext): boolean {
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isKnown(lower.slice(0, i) + lower.slice(i + 1), ctx.speller)) return true;
    for (const letter of LETTERS) if (isKnown(lower.slice(0, i) + letter + lower.slice(i), ctx.speller)) return true;
  }
  return false;
}

/**
 * Second halves that close compounds with many a noun ("canalside", "ropewalk", "saltworks",
 * "lockkeeper"): a word so ending may be a compound that lost its hyphen, not two words.
 */
export const COMPOUND_TAILS = new Set(
  'side sides land lands man men woman women work works worker workers house houses yard yards way ways ward wards keeper keepers master masters maker makers smith room rooms ship ships hood stone stones wood woods field fields light lights mill mills boat boats place places shop shops folk load fold craft less like ground grounds water waters book books paper papers wright walk walks gate gates head heads line lines time day days night nights'.split(
    ' ',
  ),
);

/** The one clearly best split into two words, if there is one, and not a derived word's stem and affix. */
function bestSplit(word: string, ctx: PassContext, text: string): number | undefined {
  const [best, next] = splits(word, ctx);
  const at = !best ? commonSplit(word, ctx) : next && best.score < DOMINANCE * next.score ? undefined : best.at;
  if (at === undefined) return undefined;
  const [head, tail] = [word.slice(0, at).toLowerCase(), word.slice(at).toLowerCase()];
  return isDerivation(head, tail) || mayBeCompound(head, tail, ctx, text) ? undefined : at;
}

/**
 * Compounds of the frequency list a word must head, and as many must end in the other, before
 * the two glued read as a closed compound of their own ("longcase": "long" heads 23, "case" ends
 * 12; "stockproof" 19 and 18): nouns and adjectives English closes up with nouns. Words glued by a
 * lost space seldom are both ("railway|embankments", "jobbing|house", "dangerous|work"), and
 * common verbs make fewer ("need" heads 7, "take" ends 7: "needtake" lost a space).
 */
const PROLIFIC_PART = 8;

/**
 * Two content words that may make a closed compound the dictionary lacks: both prolific compound
 * halves, the document never writing them apart as a pair ("long case"), and no other word of
 * the document showing a space lost beside a function word ("ofbread", "wasright"). Lost spaces
 * come many to a copy; a text that lost none beside the commonest words has likelier kept its
 * own compound whole than lost one space between two content words.
 */
function mayBeCompound(head: string, tail: string, ctx: PassContext, text: string): boolean {
  if (SENTENCE_HEADS.has(head) || SENTENCE_HEADS.has(tail) || ctx.vocabulary.pairCount(head, tail) > 0) return false;
  if (compoundsWith(head, true) < PROLIFIC_PART || compoundsWith(tail, false) < PROLIFIC_PART) return false;
  return !lostSpacesBesideFunctionWords(text, ctx);
}

/** Shortest word looked at as a function word glued to another ("ofbread", "tothe"). */
const MIN_FUNCTION_GLUE = 5;

let glueEvidence: { text: string; found: boolean } | undefined;

/**
 * Whether some word of the document is a function word glued to a word (or a word to a function
 * word: "ofbread", "wasright", "keptthe"): neither the dictionary nor the document knows it, and
 * it parts so into two words the dictionary knows. Asked of the last text only, and kept.
 */
function lostSpacesBesideFunctionWords(text: string, ctx: PassContext): boolean {
  if (glueEvidence?.text === text) return glueEvidence.found;
  let found = false;
  for (const m of standaloneWords(text, MIN_FUNCTION_GLUE)) {
    const lower = m[0].toLowerCase();
    if (m[0] !== lower || isKnown(lower, ctx.speller) || ctx.vocabulary.count(lower) >= 2) continue;
    for (let at = 2; at <= lower.length - 2 && !found; at++) {
      const [head, tail] = [lower.slice(0, at), lower.slice(at)];
      const functionHead = FUNCTION_WORDS.has(head) && !CLOSING_HEADS.has(head) && tail.length >= MIN_COMMON_PART;
      // A two-letter word after a longer one ("wellsto", "tallyof"); after a short one it is as likely a word's ending.
      const functionTail = FUNCTION_WORDS.has(tail) && head.length >= (tail.length >= MIN_COMMON_PART ? MIN_COMMON_PART : MIN_UNUSED_TAIL);
      if ((functionHead || functionTail) && isKnown(head, ctx.speller) && isKnown(tail, ctx.speller)) found = true;
    }
    if (found) break;
  }
  glueEvidence = { text, found };
  return found;
}

/**
 * Endings and beginnings that are words too but mostly make new words of others: "recallable",
 * "stateless", "partyship", "antiwar", "reelected" are one word the dictionary lacks, not two.
 * After a function word they are a glue again ("ofage", "thelike").
 */
const DERIVING_TAILS = new Set('able ably ness less lessly ment ments ship ships hood hoods dom doms wise ward wards like ism isms ist ists ite ites'.split(' '));
const DERIVING_HEADS = new Set('re un non pre post anti counter semi sub super inter multi pro co de mis dis ultra neo pseudo quasi'.split(' '));

export function isDerivation(head: string, tail: string): boolean {
  return (DERIVING_TAILS.has(tail) && !FUNCTION_WORDS.has(head)) || DERIVING_HEADS.has(head);
}

/**
 * Where to part a glued word: in two, or in three when a function word opens it and the rest
 * parts in two ("theworldof", "inthefront"); a word parts in three in one way only.
 */
function cuts(word: string, ctx: PassContext, text: string): number[] {
  const two = bestSplit(word, ctx, text);
  if (two !== undefined) return [two];
  const threes: number[][] = [];
  for (let at = 1; at <= Math.min(MAX_FUNCTION_WORD, word.length - MIN_LENGTH); at++) {
    const head = word.slice(0, at).toLowerCase();
    if (!FUNCTION_WORDS.has(head) || CLOSING_HEADS.has(head)) continue;
    const rest = word.slice(at);
    if (isKnown(rest, ctx.speller) || ctx.vocabulary.count(rest) > 0) continue;
    const inner = bestSplit(rest, ctx, text);
    if (inner === undefined) continue;
    // The word between the function words must be one the document uses elsewhere: three dictionary words
    // can be read into many an unknown word.
    const [first, second] = [rest.slice(0, inner).toLowerCase(), rest.slice(inner).toLowerCase()];
    const content = FUNCTION_WORDS.has(first) ? second : FUNCTION_WORDS.has(second) ? first : undefined;
    if (content !== undefined && (ctx.vocabulary.countLowerCase(content) > 0 || perMillion(content) >= COMMON_PART)) threes.push([at, at + inner]);
  }
  if (threes.length === 0) return aroundFunctionWord(word, ctx);
  return threes.length === 1 ? threes[0]! : [];
}

/** Function words that stand between two glued words ("farmandwriting", "machinethatputs"). */
const MIDDLE_WORDS = ['and', 'the', 'that', 'for', 'but', 'not', 'with', 'from', 'was', 'were', 'had', 'has', 'his', 'her', 'their'];

/**
 * Three words glued around a function word ("thingsandleft", "birdsand" after "wading"): the
 * one way to read the word as a common or used word, the function word and another such word.
 */
function aroundFunctionWord(word: string, ctx: PassContext): number[] {
  const lower = word.toLowerCase();
  const found: number[][] = [];
  for (const middle of MIDDLE_WORDS) {
    for (let at = lower.indexOf(middle, MIN_COMMON_PART); at !== -1 && at + middle.length <= lower.length - MIN_COMMON_PART; at = lower.indexOf(middle, at + 1)) {
      const head = lower.slice(0, at);
      const tail = lower.slice(at + middle.length);
      if (!isKnown(head, ctx.speller) || !isKnown(tail, ctx.speller)) continue;
      if (CLOSING_HEADS.has(head) || COMPOUND_TAILS.has(tail)) return [];
      if (commonPart(head, middle, ctx) && commonPart(tail, middle, ctx)) found.push([at, at + middle.length]);
    }
  }
  if (found.length !== 1 || ocrRepair(word, ctx) !== undefined) return [];
  return found[0]!;
}

/** The document uses the word, bare or in the possessive ("the signwriter's time"), which the vocabulary counts as a word of its own. */
function usesForm(lower: string, ctx: PassContext): boolean {
  return ctx.vocabulary.countLowerCase(lower) > 0 || ctx.vocabulary.countLowerCase(`${lower}'s`) > 0 || ctx.vocabulary.countLowerCase(`${lower}’s`) > 0;
}

/** The document uses the word in the other number ("formes" beside "forme", "signwriters" beside "signwriter's"): a word of the text, not a glue. */
export function usesOtherNumber(word: string, ctx: PassContext): boolean {
  const lower = word.toLowerCase();
  if (usesForm(`${lower}s`, ctx) || usesForm(`${lower}es`, ctx)) return true;
  return lower.endsWith('s') && lower.length > 4 && usesForm(lower.slice(0, -1), ctx);
}

/**
 * A glue the text repeats ("andthe" twice): a function word and a dictionary word, which no
 * English word is made of, however often it stands.
 */
function repeatedGlue(word: string, ctx: PassContext): boolean {
  const lower = word.toLowerCase();
  for (let at = 1; at <= Math.min(MAX_FUNCTION_WORD, lower.length - MIN_COMMON_PART); at++) {
    const head = lower.slice(0, at);
    if (FUNCTION_WORDS.has(head) && !CLOSING_HEADS.has(head) && isKnown(lower.slice(at), ctx.speller) && perMillion(lower.slice(at)) >= COMMON_PART) return true;
  }
  return false;
}

/**
 * A capitalised word the document uses (a name, a sentence's first word) glued to a function or
 * very common word ("Coventryuntil", "Hallamstill", "Errorsthat"): split where the document writes
 * the capitalised word often on its own and nothing else reads the glued word as a name.
 */
function nameCut(word: string, ctx: PassContext): number | undefined {
  const rest = word.slice(1);
  if (word[0] === word[0]!.toLowerCase() || rest !== rest.toLowerCase()) return undefined;
  const found: number[] = [];
  for (let at = MIN_COMMON_PART; at <= word.length - 2; at++) {
    const head = word.slice(0, at);
    const tail = word.slice(at);
    if (ctx.vocabulary.capitalCount(head) < 2 || SENTENCE_HEADS.has(head.toLowerCase())) continue;
    if (!isKnown(tail, ctx.speller) || !(FUNCTION_WORDS.has(tail) || perMillion(tail) >= VERY_COMMON_PART)) continue;
    if (COMPOUND_TAILS.has(tail)) return undefined;
    found.push(at);
  }
  return found.length === 1 && ocrRepair(word, ctx) === undefined ? found[0] : undefined;
}

/** The longest function word that may open a word glued from three. */
const MAX_FUNCTION_WORD = 7;

/**
 * Lower case, or capitalised with a function word at its head ("Thefirst", "Eachanswer"): a
 * sentence's first word glued to the next. Other capitalised words may be names ("Atwood",
 * "Inman"), and stay.
 */
function lowerOrSentenceCase(word: string): boolean {
  const rest = word.slice(1);
  if (rest !== rest.toLowerCase()) return false;
  if (word[0] === word[0]!.toLowerCase()) return true;
  const lower = word.toLowerCase();
  for (let at = 2; at <= lower.length - MIN_UNUSED_TAIL; at++) if (SENTENCE_HEADS.has(lower.slice(0, at))) return true;
  return false;
}

/**
 * Where a capitalised word parts, the parts read as a sentence's first words: the first is a
 * function word ("The|first", "Each|answer") or a word the document writes on its own, or the
 * second is a function word ("None|of"). A name made of two words ("Ashdown", "Fairweather") has a
 * function word at its head only by chance ("As"), and stays whole.
 */
function headsSentence(word: string, cut: number, ctx: PassContext): boolean {
  if (word[0] === word[0]!.toLowerCase()) return true;
  const head = word.slice(0, cut);
  const lower = head.toLowerCase();
  return SENTENCE_HEADS.has(lower) || FUNCTION_WORDS.has(word.slice(cut).toLowerCase()) || ctx.vocabulary.countLowerCase(lower) > 0 || ctx.vocabulary.capitalCount(head) > 0;
}

/** Function words that open sentences, and the determiners that do ("Each", "Every", "All"). */
const SENTENCE_HEADS = new Set([...FUNCTION_WORDS, 'each', 'every', 'all', 'some', 'most', 'many', 'both', 'one', 'two', 'everything', 'nothing', 'nobody']);

/** A capitalised word directly before, with only a space between (a no-break space too: "Harold\u00a0Greenaway"). */
const NAME_BEFORE = /(?<![\p{L}'’])(\p{Lu}[\p{Ll}'’]*)\.?[^\S\n]$/u;
/** How far back the word before is looked for. */
export const NAME_REACH = 30;

/** The text before ends on a capitalised word that is no sentence's opening function word ("Harold", "Mrs", not "In"): a name going on. */
export function nameGoesOn(before: string): boolean {
  const m = NAME_BEFORE.exec(before);
  return !!m && !SENTENCE_HEADS.has(m[1]!.toLowerCase());
}

/**
 * Two lower-case words glued by a lost space ("the price ofbread rose", "she wasright"): a word
 * neither the dictionary nor the document knows that splits into two words both of them know,
 * one way clearly better than any other. Anything less certain stays for the suspect list.
 */
export const splitGluedWords: Pass = {
  ruleId: 'text/glued-words',
  run(text, ctx) {
    const edits: Edit[] = [];
    for (const m of standaloneWords(text, MIN_LENGTH)) {
      const word = m[0];
      if (isKnown(word, ctx.speller) || usesOtherNumber(word, ctx)) continue;
      if (ctx.vocabulary.count(word) >= 2 && !repeatedGlue(word, ctx)) continue;
      // A word the text names as another language's ("the German Mangoldwurzel") or a species after its genus ("Beta vulgaris").
      if (namedAsForeign(text, m.index) || speciesName(text, m.index, word) || afterUnknownGenus(text, m.index, word, ctx.speller)) continue;
      const sentenceCase = lowerOrSentenceCase(word);
      // After a first name or a title ("Harold Greenaway", "Mrs Holloway") a capitalised word is the rest of the name.
      if (!sentenceCase && nameGoesOn(text.slice(Math.max(0, m.index - NAME_REACH), m.index))) continue;
      const at = sentenceCase ? cuts(word, ctx, text) : [nameCut(word, ctx)].filter((x): x is number => x !== undefined);
      if (sentenceCase && at.length > 0 && !headsSentence(word, at[0]!, ctx)) continue;
      // The document closes the head up with the same word elsewhere ("mapmaker" beside "mapmaking"): a compound of its own.
      // A function word glued to its neighbour ("thecouncil") is a lost space whatever else the text writes.
      const [head, tail] = at.length === 1 ? [word.slice(0, at[0]).toLowerCase(), word.slice(at[0]).toLowerCase()] : ['', ''];
      if (head && !SENTENCE_HEADS.has(head) && !FUNCTION_WORDS.has(tail) && closedElsewhere(word.toLowerCase(), head, tail, text)) continue;
      for (const cut of at) edits.push({ start: m.index + cut, end: m.index + cut, text: ' ', ruleId: 'text/glued-words' });
    }
    return edits;
  },
};
