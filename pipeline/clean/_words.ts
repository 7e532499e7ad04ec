import { loadDictionarySpeller, type DictionaryPackage } from './_word-table.ts';

/** A word: letters, with inner apostrophes or hyphens ("workers’", "self-liquidate"). */
export const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

/** One letter, or one letter or number, at a given offset (sticky). */
const LETTER_AT = /\p{L}/uy;
const LETTER_OR_NUMBER_AT = /[\p{L}\p{N}]/uy;

function letterAt(text: string, at: number): boolean {
  LETTER_AT.lastIndex = at;
  return LETTER_AT.test(text);
}

/** Offset of the character (a whole surrogate pair, where there is one) that ends at `end`. */
function characterBefore(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return last >= 0xdc00 && last <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? end - 2 : end - 1;
}

/** What may not stand directly before a standalone word: a number, an apostrophe, a backslash, a hyphen. */
function attachedBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  const code = text.charCodeAt(start - 1);
  if (code < 128) return (code >= 48 && code <= 57) || code === 39 || code === 92 || code === 45;
  if (code === 0x2019) return true;
  LETTER_OR_NUMBER_AT.lastIndex = characterBefore(text, start);
  return LETTER_OR_NUMBER_AT.test(text);
}

/** What may not follow a standalone word: a number, or an apostrophe or hyphen going on to more letters. */
function attachedAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const code = text.charCodeAt(end);
  if (code === 39 || code === 0x2019 || code === 45) return letterAt(text, end + 1);
  if (code < 128) return code >= 48 && code <= 57;
  LETTER_OR_NUMBER_AT.lastIndex = end;
  return LETTER_OR_NUMBER_AT.test(text);
}

/** Runs of at least n letters, one compiled pattern per length. */
const LETTER_RUNS = new Map<number, RegExp>();

/**
 * Plain words of at least `minLength` letters, standing alone: not part of a hyphenated or
 * elided word, a number or an escaped character. The candidates for word-level repairs.
 * Found as runs of letters whose neighbours are then checked: the pattern
 * `(?<![\p{L}\p{N}'’\\-])\p{L}{n,}(?![\p{L}\p{N}]|['’-]\p{L})` would try its lookbehind at
 * every offset of the text, and several passes ask.
 */
export function standaloneWords(text: string, minLength: number): RegExpExecArray[] {
  let pattern = LETTER_RUNS.get(minLength);
  if (!pattern) LETTER_RUNS.set(minLength, (pattern = new RegExp(`\\p{L}{${minLength},}`, 'gu')));
  const words: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length > MAX_REPAIRABLE_LETTERS) continue;
    if (!attachedBefore(text, m.index) && !attachedAfter(text, m.index + m[0].length)) words.push(m);
  }
  return words;
}

/**
 * Longer runs of letters are no word a repair could know (dictionaries stop near 30 letters),
 * and repairs try every split or letter of a word: on a run of thousands they took minutes.
 */
const MAX_REPAIRABLE_LETTERS = 60;

/** Offsets of middle dots between letters ("lock·keeper"): hyphens misread. Found by search, not by a lookbehind at every offset. */
export function middleDotsBetweenLetters(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf('·'); at !== -1; at = text.indexOf('·', at + 1)) {
    if (at > 0 && letterAt(text, characterBefore(text, at)) && letterAt(text, at + 1)) found.push(at);
  }
  return found;
}

export interface Speller {
  correct(word: string): boolean;
}

/** The dictionary package of each spelling variety that has one. */
const DICTIONARIES: Record<Exclude<SpellingVariety, 'none'>, DictionaryPackage> = {
  'en-US': 'dictionary-en',
  'en-GB': 'dictionary-en-gb',
  fr: 'dictionary-fr',
  de: 'dictionary-de',
  es: 'dictionary-es',
  ru: 'dictionary-ru',
};

/** Loaded spellers, one per variety: nothing ever changes them, so every cleaner in the process shares them. */
const loaded = new Map<SpellingVariety, Speller>();

/**
 * The Hunspell dictionary of a spelling variety, read from its prebuilt word table
 * (_word-table.ts) when it is first needed, and kept for every cleaner in the process.
 */
export function loadSpeller(variety: SpellingVariety = 'en-US'): Speller {
  if (variety === 'none') return ACCEPTING_SPELLER;
  let speller = loaded.get(variety);
  if (!speller) loaded.set(variety, (speller = loadDictionarySpeller(DICTIONARIES[variety])));
  return speller;
}

/**
 * Which dictionary a text is checked against: American (the `dictionary-en` default), British
 * (`dictionary-en-gb`), French, German, Spanish or Russian by its language tag, or none, for a
 * language no installed dictionary covers, whose text then gets no spelling suspects and no
 * repairs rather than wrong ones.
 */
export type SpellingVariety = 'en-US' | 'en-GB' | 'fr' | 'de' | 'es' | 'ru' | 'none';

/** Knows every word: the speller of a language without a dictionary, so nothing is flagged or "repaired". */
export const ACCEPTING_SPELLER: Speller = { correct: () => true };

/**
 * Past this many remembered answers a memo starts afresh: a long-running process that cleans
 * text after text must not grow without bound. Far above one document's distinct words.
 */
const MAX_MEMO_ENTRIES = 100_000;

/**
 * Remembers a pure per-word answer for each speller. The same words come up in pass after pass
 * and in piece after piece, and a dictionary lookup costs microseconds; the memo lives as long
 * as the speller, so every cleaning in the process shares it.
 */
export function memoByWord<T>(
  compute: (word: string, speller: Speller) => T,
  /** For answers that are large (lists of candidates), fewer. */
  maxEntries = MAX_MEMO_ENTRIES,
): (word: string, speller: Speller) => T {
  const memos = new WeakMap<Speller, Map<string, T>>();
  return (word, speller) => {
    let memo = memos.get(speller);
    if (memo === undefined) memos.set(speller, (memo = new Map()));
    let answer = memo.get(word);
    if (answer === undefined) {
      answer = compute(word, speller);
      if (memo.size >= maxEntries) memo.clear();
      memo.set(word, answer);
    }
    return answer;
  };
}

/** The same for an answer that depends on the word alone. */
export function memoPerWord<T>(compute: (word: string) => T, maxEntries = MAX_MEMO_ENTRIES): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    let answer = memo.get(word);
    if (answer === undefined) {
      answer = compute(word);
      if (memo.size >= maxEntries) memo.clear();
      memo.set(word, answer);
    }
    return answer;
  };
}

const memoized = new WeakMap<Speller, Speller>();
const underlying = new WeakMap<Speller, Speller>();

/** The speller with its answers remembered; the same wrapper each time, so its memo is shared by every cleaning. */
export function rememberingSpeller(speller: Speller): Speller {
  if (underlying.has(speller)) return speller;
  let wrapper = memoized.get(speller);
  if (wrapper === undefined) {
    const answers = new Map<string, boolean>();
    wrapper = {
      correct(word) {
        let answer = answers.get(word);
        if (answer === undefined) {
          answer = speller.correct(word);
          if (answers.size >= MAX_MEMO_ENTRIES) answers.clear();
          answers.set(word, answer);
        }
        return answer;
      },
    };
    memoized.set(speller, wrapper);
    underlying.set(wrapper, speller);
  }
  return wrapper;
}

/**
 * The speller behind a remembering one, for lookups of generated candidates (every word one
 * edit away from another): hundreds per word, each asked once, so remembering them only costs memory.
 */
export function forgetfulSpeller(speller: Speller): Speller {
  return underlying.get(speller) ?? speller;
}

/** Dictionary lookup that accepts a word as written, in lower case, or capitalised. */
function lookUpDictionaryWord(speller: Speller, word: string): boolean {
  if (!word) return false;
  const lower = word.toLowerCase();
  return speller.correct(word) || speller.correct(lower) || speller.correct(lower[0]!.toUpperCase() + lower.slice(1));
}

const rememberedDictionaryWord = memoByWord((word, speller) => lookUpDictionaryWord(speller, word));

/** The same, remembered per speller. */
export function isDictionaryWord(speller: Speller, word: string): boolean {
  return rememberedDictionaryWord(word, speller);
}

/**
 * Names of languages as a text names the language a word it quotes is in ("from the German
 * Mangoldwurzel", "the Latin vulgaris", "Swedish fäbod"): the word after one is another
 * language's, which neither an English dictionary nor its compounds can judge.
 */
const LANGUAGE_NAMES = new Set(
  'latin greek german french italian spanish portuguese dutch flemish swedish norwegian danish icelandic finnish russian polish czech hungarian irish gaelic welsh scots breton cornish manx hebrew yiddish arabic persian turkish hindi urdu sanskrit chinese japanese norse basque catalan romani frisian'.split(' '),
);
/** A language's name, then the word after it with only a space or a line's end, or an opening quote, between. */
const LANGUAGE_BEFORE = /(?<![\p{L}'’])(\p{Lu}\p{Ll}+)\s+["“‘']?$/u;
/** How far back the language's name is looked for. */
const LANGUAGE_REACH = 20;

/**
 * The capitalised word at `at` is quoted as another language's noun ("the German Mangoldwurzel"):
 * a language's name stands directly before it. A lower-case word after one is as often English
 * ("the French libertarians"), where the name is a people's.
 */
export function namedAsForeign(text: string, at: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(at, at + 1))) return false;
  const m = LANGUAGE_BEFORE.exec(text.slice(Math.max(0, at - LANGUAGE_REACH), at));
  return !!m && LANGUAGE_NAMES.has(m[1]!.toLowerCase());
}

/** Shortest species' name looked at: Latin adjectives in "-is" ("vulgaris", "arvensis", "communis"). */
const MIN_SPECIES = 7;

/**
 * The lower-case word at `at` is a species' name after its genus ("Beta vulgaris", "Bellis
 * perennis"): a capitalised word inside a sentence (not after a stop), then a long word ending
 * in "-is" as Latin adjectives do. Such a word is no English word glued to "is" ("vulgar is").
 */
export function speciesName(text: string, at: number, word: string): boolean {
  if (word.length < MIN_SPECIES || !/^\p{Ll}+is$/u.test(word)) return false;
  const m = /(\S+)\s+\p{Lu}\p{Ll}+\s$/u.exec(text.slice(Math.max(0, at - 40), at));
  // The genus inside a sentence: the word before it ends no sentence.
  return !!m && !/[.!?:]["'”’)]?$/.test(m[1]!);
}

/** Endings of Latin species' names, adjectives and nouns ("anglica", "vulgaris", "ossifragum", "rotundifolia", "smithii"). */
const LATIN_EPITHET = /^\p{Ll}{4,}(?:a|us|um|is|ae|ii)$/u;
/** The genus: a word of letters before it on the same line, with one space between. */
const GENUS_BEFORE = /(?:^|[\s(“"‘'])(\p{L}{4,}) $/u;
/** How far back the genus is looked for. */
const GENUS_REACH = 40;

/**
 * The lower-case word at `at` is a species' name after a genus no dictionary knows ("Genista
 * anglica", "Drosera rotundifolia"), wherever the genus stands: capitalised, or the first word
 * of its line where a lost drop cap took its capital ("alluna vulgaris"). Latin is no English
 * word misread ("anglica" is no "anglia") nor two glued ("vulgar is"). A name the dictionary
 * knows before it ("Erica cinerea") is left to `speciesName`.
 */
export function afterUnknownGenus(text: string, at: number, word: string, speller: Speller): boolean {
  if (!LATIN_EPITHET.test(word)) return false;
  const before = text.slice(Math.max(0, at - GENUS_REACH), at);
  const m = GENUS_BEFORE.exec(before);
  if (!m || isDictionaryWord(speller, m[1]!)) return false;
  const genus = m[1]!;
  if (/^\p{Lu}\p{Ll}+$/u.test(genus)) return true;
  // A lower-case genus only at the line's start, where a drop cap was lost.
  const lineStart = before.lastIndexOf('\n') + 1;
  return /^\p{Ll}+$/u.test(genus) && before.slice(lineStart).trimStart() === `${genus} `;
}
