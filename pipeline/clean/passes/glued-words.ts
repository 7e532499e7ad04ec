import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { standaloneWords } from '../_words.ts';
import { isKnown } from '../suspects.ts';

/** Closed-class words, which a lost space glues to their neighbours far more often than any compound holds them. */
const FUNCTION_WORDS = new Set(
  'an the of to in on at by for from with into onto upon about over under after before than as and or but nor so yet though if not no is was were are be been has had have do did does it its he she they we you his her their our your my them him us me this that these those which who whom whose what there then when where while without within through among between against during across behind beyond until'.split(' '),
);

/** Function words that also make closed compounds with anything ("overlooker", "withdraw", "somewhere"). */
const CLOSING_HEADS = new Set(['over', 'under', 'after', 'with', 'out', 'through', 'some', 'every', 'any', 'where', 'there', 'here', 'by', 'up', 'down', 'back']);

/** A part the document does not use elsewhere, glued to a function word, must be this long ("ofbread", not "for|mes"). */
const MIN_UNUSED_PART = 5;
/** The same for a part that follows the function word: "thelast", "tobe" far more often than a rare word before one. */
const MIN_UNUSED_TAIL = 4;

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

/** The one clearly best split into two words, if there is one. */
function bestSplit(word: string, ctx: PassContext): number | undefined {
  const [best, next] = splits(word, ctx);
  return !best || (next && best.score < DOMINANCE * next.score) ? undefined : best.at;
}

/**
 * Where to part a glued word: in two, or in three when a function word opens it and the rest
 * parts in two ("theworldof", "inthefront"); a word parts in three in one way only.
 */
function cuts(word: string, ctx: PassContext): number[] {
  const two = bestSplit(word, ctx);
  if (two !== undefined) return [two];
  const threes: number[][] = [];
  for (let at = 1; at <= Math.min(MAX_FUNCTION_WORD, word.length - MIN_LENGTH); at++) {
    const head = word.slice(0, at).toLowerCase();
    if (!FUNCTION_WORDS.has(head) || CLOSING_HEADS.has(head)) continue;
    const rest = word.slice(at);
    if (isKnown(rest, ctx.speller) || ctx.vocabulary.count(rest) > 0) continue;
    const inner = bestSplit(rest, ctx);
    if (inner === undefined) continue;
    // The word between the function words must be one the document uses elsewhere: three dictionary words
    // can be read into many an unknown word.
    const [first, second] = [rest.slice(0, inner).toLowerCase(), rest.slice(inner).toLowerCase()];
    const content = FUNCTION_WORDS.has(first) ? second : FUNCTION_WORDS.has(second) ? first : undefined;
    if (content !== undefined && ctx.vocabulary.countLowerCase(content) > 0) threes.push([at, at + inner]);
  }
  return threes.length === 1 ? threes[0]! : [];
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

/** Function words that open sentences, and the determiners that do ("Each", "Every", "All"). */
const SENTENCE_HEADS = new Set([...FUNCTION_WORDS, 'each', 'every', 'all', 'some', 'most', 'many', 'both', 'one', 'two', 'everything', 'nothing', 'nobody']);

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
      if (!lowerOrSentenceCase(word) || ctx.vocabulary.count(word) >= 2 || isKnown(word, ctx.speller)) continue;
      for (const at of cuts(word, ctx)) edits.push({ start: m.index + at, end: m.index + at, text: ' ', ruleId: 'text/glued-words' });
    }
    return edits;
  },
};
