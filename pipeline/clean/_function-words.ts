/**
 * English function words by class, and the builders that turn a choice of classes into the
 * "ends (or is) on a word that wants more" patterns the passes test lines with. Each pass keeps its
 * own choice of classes (a caption pass that must not take a wrapped line of the text for a caption
 * wants more words than a heading pass that joins a heading's two lines), but the words of a class
 * are spelt once, here. Classes and builders only: no decision is taken in this file.
 */

/** Articles: a line ending on one has its noun in the next line. */
export const ARTICLES = ['the', 'a', 'an'] as const;
/** Possessive determiners: the thing possessed follows. ("whose" is among RELATIVES.) */
export const POSSESSIVES = ['its', 'their', 'his', 'her', 'our', 'my', 'your'] as const;
/** Demonstrative determiners: their noun follows. */
export const DEMONSTRATIVES = ['this', 'these', 'those'] as const;
/** Short prepositions that want their object after them. */
export const PREPOSITIONS = ['of', 'to', 'for', 'from', 'with'] as const;
/** Short prepositions that also close a clause as adverbs ("came in", "went on", "passed by"): some passes leave them out. */
export const ADVERBIAL_PREPOSITIONS = ['in', 'at', 'on', 'by'] as const;
/** Longer prepositions of place, time and opposition. */
export const LONGER_PREPOSITIONS = ['between', 'among', 'through', 'during', 'against'] as const;
/** Coordinating conjunctions ("nor", rarer, is listed by the passes that take it). */
export const COORDINATORS = ['and', 'or', 'but'] as const;
/** Relative pronouns and determiners: a clause follows. */
export const RELATIVES = ['which', 'who', 'whom', 'whose'] as const;
/** The finite forms of "to be": a complement follows. */
export const FINITE_BE = ['is', 'are', 'was', 'were'] as const;
/** "be", "been" and the forms of "to have": a participle or an object follows. */
export const AUXILIARIES = ['be', 'been', 'has', 'had', 'have'] as const;

type Words = readonly string[];

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of the given classes (each once, in the order given) as one non-capturing regex alternation. */
export function oneOf(...classes: readonly Words[]): string {
  return `(?:${[...new Set(classes.flat())].map(escape).join('|')})`;
}

/** The words as a list, each once: for a pass that composes its own list from classes and builds on it. */
export function wordsOf(...classes: readonly Words[]): readonly string[] {
  return [...new Set(classes.flat())];
}

/** A class less some of its words, for a pass whose list leaves them out (each such gap is named where it is used). */
export function without(words: Words, ...dropped: readonly string[]): readonly string[] {
  return words.filter((w) => !dropped.includes(w));
}

/** A line (or its end) ending on one of the words, in any case: `/\b(?:…)$/i`. */
export function endsOnWord(...classes: readonly Words[]): RegExp {
  return new RegExp(`\\b${oneOf(...classes)}$`, 'i');
}

/** A single word that is one of the words, case as given: `/^(?:…)$/`. */
export function isOneOf(...classes: readonly Words[]): RegExp {
  return new RegExp(`^${oneOf(...classes)}$`);
}
