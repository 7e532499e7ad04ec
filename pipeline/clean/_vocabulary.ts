import { isUpperCase, lowerCase, startsCapitalised } from './_chars.ts';
import { WORD, middleDotsBetweenLetters } from './_words.ts';

/** What the document itself says about words: how often each is used, and in which company. */
export interface Vocabulary {
  /** Uses of the word in any case. */
  count(word: string): number;
  /**
   * The same for a word given in lower case (as the candidates made from a lower-cased word
   * are): asked hundreds of times per word, and most are no word of the text, so no case mapping.
   */
  countLowerCase(lower: string): number;
  /** Uses with an initial capital (sentence starts, names). */
  capitalCount(word: string): number;
  /** How often `first` is directly followed by `second` (any case). */
  pairCount(first: string, second: string): number;
  /** How often `first`, capitalised (as at a sentence's start), is directly followed by `second`. */
  capitalPairCount(first: string, second: string): number;
  /** Whether the word occurs written in capitals inside ordinary mixed-case text ("USSR"), elsewhere than as a line's first word (a paragraph opening in small capitals). */
  isAcronym(word: string): boolean;
}

/** Everything the vocabulary knows about one word (in any case), gathered in one entry so each use costs one lookup. */
interface WordUses {
  count: number;
  capitals: number;
  acronym: boolean;
  /** Number of the entry, for counting pairs. */
  id: number;
}

function bump(map: Map<number, number>, key: number): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** A line of white space only, as `line.trim() === ''` judges it; sticky, to test a line in place. */
const BLANK_LINE = /[^\S\n]*(?:\n|$)/y;

function isBlankAt(text: string, start: number): boolean {
  BLANK_LINE.lastIndex = start;
  return BLANK_LINE.test(text);
}

/** WORD, for stepping through one text with exec (matchAll would make an iterator and a copy of the pattern). */
const WORD_SCAN = new RegExp(WORD.source, WORD.flags);

/**
 * Counts over the whole text in one sweep, without splitting it into lines: words never span a
 * line end, so only the gaps between words are looked at for the blank lines that end a pair.
 * Pairs are counted only when first asked for, from the sequence of words kept for that.
 * Lookups go through Map and the pattern engine, which are fast from the first call: the
 * vocabulary is built for every piece, often before the code around it is optimised.
 */
export function buildVocabulary(input: string): Vocabulary {
  // A middle dot between letters is a misread hyphen: "lock·keeper" is evidence for "lock-keeper".
  const dots = middleDotsBetweenLetters(input);
  let text = input;
  if (dots.length > 0) {
    const parts: string[] = [];
    let cursor = 0;
    for (const at of dots) {
      parts.push(input.slice(cursor, at), '-');
      cursor = at + 1;
    }
    parts.push(input.slice(cursor));
    text = parts.join('');
  }
  /** Entries by the word in lower case. */
  const byLower = new Map<string, WordUses>();
  /**
   * The same entries by each form the text writes them in. Passes ask about words of the text,
   * as written, again and again: these need no case mapping, which costs more than the lookup.
   */
  const byForm = new Map<string, WordUses>();
  /** The words in order, undefined where a blank line comes between two: a pair runs on over a line end (hard-wrapped text) but not over a blank line. */
  const sequence: (WordUses | undefined)[] = [];
  /** Whether each word of the sequence was capitalised. */
  const capitalisedAt: boolean[] = [];
  /** End of the line the previous word stood on (its newline, or the text's end). */
  let lineEnd = -1;
  let lineStart = 0;
  /** Whether the current line is in capitals throughout (a heading): its words in capitals are no acronyms. Undefined until asked. */
  let mostlyCapitals: boolean | undefined;
  /** Whether the word is the first on its line. */
  let opensLine = false;
  WORD_SCAN.lastIndex = 0;
  for (let m = WORD_SCAN.exec(text); m !== null; m = WORD_SCAN.exec(text)) {
    const at = m.index;
    const word = m[0];
    if (at > lineEnd) {
      // A new line: is there a blank one between it and the line of the previous word?
      const start = text.lastIndexOf('\n', at - 1) + 1;
      for (let s = lineEnd + 1; s < start && sequence.length > 0; s = text.indexOf('\n', s) + 1) {
        if (isBlankAt(text, s)) {
          sequence.push(undefined);
          capitalisedAt.push(false);
          break;
        }
      }
      lineStart = start;
      const newline = text.indexOf('\n', at);
      lineEnd = newline === -1 ? text.length : newline;
      mostlyCapitals = undefined;
      opensLine = true;
    } else opensLine = false;
    let entry = byForm.get(word);
    if (entry === undefined) {
      const lower = word.toLowerCase();
      entry = byLower.get(lower);
      if (entry === undefined) byLower.set(lower, (entry = { count: 0, capitals: 0, acronym: false, id: byLower.size }));
      byForm.set(word, entry);
    }
    const capitalised = startsCapitalised(word);
    entry.count++;
    if (capitalised) entry.capitals++;
    // A paragraph's first word set in small capitals after its drop cap ("THE first toll was…") is a word, not an acronym.
    if (!entry.acronym && !opensLine && word.length > 1 && isUpperCase(word)) {
      if (mostlyCapitals === undefined) {
        const line = text.slice(lineStart, lineEnd);
        mostlyCapitals = line === line.toUpperCase();
      }
      if (!mostlyCapitals) entry.acronym = true;
    }
    sequence.push(entry);
    capitalisedAt.push(capitalised);
  }
  /** Pairs of words by `first.id * byLower.size + second.id`, in any case and after a capitalised first word. */
  const countPairs = (): { any: Map<number, number>; capitalised: Map<number, number> } => {
    const any = new Map<number, number>();
    const capitalised = new Map<number, number>();
    for (let i = 1; i < sequence.length; i++) {
      const previous = sequence[i - 1];
      const entry = sequence[i];
      if (previous === undefined || entry === undefined) continue;
      const pair = previous.id * byLower.size + entry.id;
      bump(any, pair);
      if (capitalisedAt[i - 1]) bump(capitalised, pair);
    }
    return { any, capitalised };
  };
  let pairs: ReturnType<typeof countPairs> | undefined;
  const get = (word: string): WordUses | undefined => byForm.get(word) ?? byLower.get(lowerCase(word));
  const pairOf = (first: string, second: string, capital: boolean): number => {
    pairs ??= countPairs();
    const followed = get(first);
    const follower = get(second);
    if (followed === undefined || follower === undefined) return 0;
    return (capital ? pairs.capitalised : pairs.any).get(followed.id * byLower.size + follower.id) ?? 0;
  };
  return {
    count: (word) => get(word)?.count ?? 0,
    countLowerCase: (lower) => byLower.get(lower)?.count ?? 0,
    capitalCount: (word) => get(word)?.capitals ?? 0,
    pairCount: (first, second) => pairOf(first, second, false),
    capitalPairCount: (first, second) => pairOf(first, second, true),
    isAcronym: (word) => get(word)?.acronym ?? false,
  };
}
