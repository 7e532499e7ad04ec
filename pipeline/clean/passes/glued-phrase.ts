import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { namedAsForeign, standaloneWords } from '../_words.ts';
import { isKnown } from '../suspects.ts';
import { compoundsWith, perMillion } from '../_frequency.ts';
import { ocrRepair } from './ocr-confusion.ts';
import { CLOSING_HEADS, COMPOUND_TAILS, FUNCTION_WORDS, isDerivation, NAME_REACH, nameGoesOn, oneLetterFromWord, usesOtherNumber } from './glued-words.ts';
import { closedElsewhere } from './glued-compound.ts';

/** Shortest glued word looked at ("Shewas", "thesea"). */
const MIN_LENGTH = 5;
/** Shortest content word taken as one half of a phrase: shorter ones are too easily a word's own ending or beginning. */
const MIN_PART = 3;
/** A plural or an adverb made from a stem this long at least ("oats", "slowly"), not "bus" or "fly". */
const MIN_STEM = 3;
/** Uses per million words of general English at which a word is an ordinary one, not a rare word that might end a compound. */
const ORDINARY = 1;

/**
 * Words that end a phrase but never a compound: auxiliaries, conjunctions, the article and
 * pronouns that follow a noun or verb ("the oats never", "the veil and", "Harvest was",
 * "the overlooker had"). No closed English compound ends in one of them.
 */
const PHRASE_TAILS = new Set(
  'and was were had has have the would could should did does its their his her with from for until than into that which who when not but are also too never still'.split(' '),
);

/**
 * Words that open a pair of function words ("Allof", "Shewas", "Whenit", "Letme"): with the
 * function words, the determiners and "let". A head that closes up with function words
 * ("hereat", "thereof", "overall") is not among them.
 */
const PAIR_HEADS = new Set([...FUNCTION_WORDS, 'all', 'one', 'some', 'each', 'most', 'many', 'both', 'let']);

/**
 * Determiners and quantifying adjectives: they stand before a noun and close up with none that
 * the dictionary lacks ("first day", "more time", "same things", "last load"); the closed words
 * they make ("firsthand", "everyday", "moreover") are in it.
 */
const DETERMINER_HEADS = new Set('same more most less least first last next other several such much many few own'.split(' '));

/** Numbers written as words: English closes none of them up with a following word ("forty crossings"). */
const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred thousand'.split(' '),
);

/**
 * Compounds of the frequency list a word heads from which it is a prolific compound head ("wood"
 * 33, "house" 44; "room" heads 4, "bad" 14), when it also ends compounds as a noun does
 * (ENDS_COMPOUNDS: "driftwood", "warehouse"; an adjective seldom does: "short" heads 28 and ends
 * none): glued to a word that ends no compound in the list ("woodsmoke", "woodpigeon") it may
 * still make one the list lacks; "shortretirement" is two words.
 */
const PROLIFIC_HEAD = 20;
const ENDS_COMPOUNDS = 10;
/** A head of three letters is as often a longer word's first letters. */
const MIN_PROLIFIC_HEAD = 4;

/** Articles: they glue to the next word ("theparish", "anoverlooker") and open no compound. */
const ARTICLES = new Set(['the', 'an']);

/** A plural of a word the dictionary knows ("floods", "landlords", "ministers", "berries"); not "less", "bus", "crisis". */
function isPlural(word: string, ctx: PassContext): boolean {
  if (word.length < MIN_STEM + 1 || !word.endsWith('s') || /(?:ss|us|is)$/.test(word)) return false;
  const stems = [word.slice(0, -1), word.endsWith('es') ? word.slice(0, -2) : '', word.endsWith('ies') ? `${word.slice(0, -3)}y` : ''];
  return stems.some((stem) => stem.length >= MIN_STEM && isKnown(stem, ctx.speller));
}

/** An adverb made with -ly from a word the dictionary knows ("slowly", "loudly", "happily", "ultimately"). */
function isAdverb(word: string, ctx: PassContext): boolean {
  if (!word.endsWith('ly') || word.length < MIN_STEM + 2) return false;
  const stem = word.slice(0, -2);
  return isKnown(stem, ctx.speller) || (stem.endsWith('i') && isKnown(`${stem.slice(0, -1)}y`, ctx.speller));
}

/** A word the dictionary knows or the document uses on its own. */
function isWord(part: string, ctx: PassContext): boolean {
  return isKnown(part, ctx.speller) || ctx.vocabulary.countLowerCase(part) > 0;
}

/** An ordinary word of English or of this document: one a lost space plausibly stood beside. */
function isOrdinary(part: string, ctx: PassContext): boolean {
  return isKnown(part, ctx.speller) && (perMillion(part) >= ORDINARY || ctx.vocabulary.countLowerCase(part) > 0);
}

/**
 * Whether head and tail read as two words of a phrase rather than the halves of a closed
 * compound: a plural before an ordinary word ("floods too", "landlords would", "oats never"),
 * an adverb in -ly on either side ("spread slowly", "ultimately failed"), a word that ends no
 * compound after a content word ("veil and", "overlooker had"), an article before a word
 * ("the parish", "an overlooker"), two function words ("all of", "she was"), a number or a
 * determiner before an ordinary word ("forty crossings", "first day"), or two ordinary words one of which English never
 * compounds. Compounds are made of singular nouns and adjectives
 * ("goldleaf", "saltworker", "stackyard") and end in a noun, and stay.
 */
function readsAsPhrase(head: string, tail: string, ctx: PassContext): boolean {
  if (isDerivation(head, tail)) return false;
  if (DETERMINER_HEADS.has(head)) return tail.length >= MIN_PART && isOrdinary(tail, ctx);
  if (COMPOUND_TAILS.has(tail)) return false;
  if (ARTICLES.has(head)) return tail.length >= MIN_PART && isWord(tail, ctx);
  if (PAIR_HEADS.has(head) && !CLOSING_HEADS.has(head) && FUNCTION_WORDS.has(tail)) return true;
  if (NUMBER_WORDS.has(head) && !NUMBER_WORDS.has(tail) && tail.length >= MIN_PART && isOrdinary(tail, ctx)) return true;
  if (head.length < MIN_PART || tail.length < MIN_PART || FUNCTION_WORDS.has(head)) return false;
  if (!isWord(head, ctx) || !isWord(tail, ctx)) return false;
  if (PHRASE_TAILS.has(tail)) return true;
  if (isPlural(head, ctx) && isOrdinary(tail, ctx)) return true;
  if ((isAdverb(tail, ctx) && isOrdinary(head, ctx)) || (isAdverb(head, ctx) && isOrdinary(tail, ctx))) return true;
  return neverCompounded(head, tail, ctx);
}

/**
 * Two ordinary words, one of which English never closes up with another word: no word of the
 * frequency list is made of it and a second word ("decline" + "began", "political" +
 * "economy", "note" + "attached"). Compounds are made of words that make many ("gold" heads
 * "goldfish" and "goldmine", "leaf" ends "flyleaf"), and a head that closes up with anything
 * ("over", "back") or a tail that ends many compounds ("side", "yard") is no evidence at all.
 */
function neverCompounded(head: string, tail: string, ctx: PassContext): boolean {
  if (CLOSING_HEADS.has(head) || !isOrdinary(head, ctx) || !isOrdinary(tail, ctx)) return false;
  const heads = compoundsWith(head, true);
  // A head that closes up with a great many words ("wood": "woodland", "woodwork", … "woodsmoke") may close up with this one too.
  if (head.length >= MIN_PROLIFIC_HEAD && heads >= PROLIFIC_HEAD && compoundsWith(head, false) >= ENDS_COMPOUNDS) return false;
  return heads === 0 || compoundsWith(tail, false) === 0;
}

/** The word parts elsewhere into a word and an ending that derives or compounds ("overlord" + "ship", "salt" + "worker"). */
function derivedElsewhere(lower: string, ctx: PassContext): boolean {
  for (let at = 2; at <= lower.length - 2; at++) {
    const head = lower.slice(0, at);
    const tail = lower.slice(at);
    const compound = COMPOUND_TAILS.has(tail) && !DETERMINER_HEADS.has(head);
    if ((compound || isDerivation(head, tail)) && isWord(head, ctx) && isWord(tail, ctx)) return true;
  }
  return false;
}

/** The one place where the word parts into a phrase, if there is exactly one. */
function phraseCut(lower: string, ctx: PassContext): number | undefined {
  if (derivedElsewhere(lower, ctx)) return undefined;
  let found: number | undefined;
  for (let at = 2; at <= lower.length - 2; at++) {
    if (!readsAsPhrase(lower.slice(0, at), lower.slice(at), ctx)) continue;
    if (found !== undefined) return undefined;
    found = at;
  }
  return found;
}

/**
 * A lower-case function word glued to a capitalised word ("theSoviet", "ofLenin",
 * "ontheFriday"): no word has a capital after lower-case function words. Parted after each
 * function word, where the capitalised word is one the dictionary or the document knows.
 */
function camelCuts(word: string, ctx: PassContext): number[] {
  const m = /^(\p{Ll}+)(\p{Lu}\p{Ll}+)$/u.exec(word);
  if (!m) return [];
  const [, lower, name] = m as unknown as [string, string, string];
  if (!isKnown(name, ctx.speller) && ctx.vocabulary.capitalCount(name) === 0) return [];
  if (FUNCTION_WORDS.has(lower)) return [lower.length];
  for (let at = 2; at <= lower.length - 2; at++) {
    if (FUNCTION_WORDS.has(lower.slice(0, at)) && FUNCTION_WORDS.has(lower.slice(at))) return [at, lower.length];
  }
  return [];
}

/**
 * Two words glued by a lost space where general English says little about the halves (rare
 * words, or a document too short to use them elsewhere), but the shape of the pair says
 * phrase, not compound: "floodstoo", "spreadslowly", "veiland", "theparish", "theSoviet".
 * Runs after `text/glued-words`, on what it left; a word an OCR slip explains, or that parts
 * into a phrase in two places, stays.
 */
export const splitGluedPhrases: Pass = {
  ruleId: 'text/glued-phrase',
  run(text, ctx) {
    const edits: Edit[] = [];
    for (const m of standaloneWords(text, MIN_LENGTH)) {
      const word = m[0];
      if (isKnown(word, ctx.speller) || usesOtherNumber(word, ctx)) continue;
      // A word the text names as another language's ("from the German Mangoldwurzel") is no English phrase.
      if (namedAsForeign(text, m.index)) continue;
      let cuts = camelCuts(word, ctx);
      if (cuts.length === 0) {
        const rest = word.slice(1);
        if (rest !== rest.toLowerCase()) continue;
        const lower = word.toLowerCase();
        // A word the document repeats is one of its own, unless an article opens it ("theparish" twice).
        const cut = phraseCut(lower, ctx);
        if (cut === undefined || (ctx.vocabulary.count(word) >= 2 && !ARTICLES.has(lower.slice(0, cut)))) continue;
        // A capitalised word parts only where its head is a word the document writes capitalised ("Harvestwas", "Thehay") or,
        // before a function word, one the dictionary knows ("Thursdayand"): a place name may close up with a word ("Kingsmead").
        const head = word.slice(0, cut);
        const tail = lower.slice(cut);
        // The document closes the head up with the same word elsewhere ("ropemaker" beside "ropemaking"): a compound of its own.
        if (!PAIR_HEADS.has(head.toLowerCase()) && !FUNCTION_WORDS.has(tail) && closedElsewhere(lower, head.toLowerCase(), tail, text)) continue;
        const namedHead = ctx.vocabulary.capitalCount(head) > 0 || PAIR_HEADS.has(head.toLowerCase()) || (PHRASE_TAILS.has(tail) && isKnown(head, ctx.speller));
        if (word[0] !== lower[0] && !namedHead) continue;
        // After a capitalised word that opens no sentence ("the Lower Greensand", "Mr Pengelly") a capitalised word is the
        // rest of a name, which may end in letters that spell a word: it parts only where the document writes its head
        // capitalised on its own ("the Chess Clubmeets" beside "the Club").
        if (word[0] !== lower[0] && ctx.vocabulary.capitalCount(head) === 0 && nameGoesOn(text.slice(Math.max(0, m.index - NAME_REACH), m.index))) continue;
        // Two function words are far likelier glued than a rare word slipped by one letter ("Shewas" is no "shews").
        const functionPair = PAIR_HEADS.has(head.toLowerCase()) && FUNCTION_WORDS.has(tail);
        if (ocrRepair(word, ctx) !== undefined || (!functionPair && oneLetterFromWord(lower, ctx))) continue;
        cuts = [cut];
      }
      for (const cut of cuts) edits.push({ start: m.index + cut, end: m.index + cut, text: ' ', ruleId: 'text/glued-phrase' });
    }
    return edits;
  },
};
