import type { Correction, TextFormat } from '../types.ts';
import { buildVocabulary, isDictionaryWord, type Speller, type Vocabulary } from './_words.ts';

/** What a pass may know besides its text. Read-only; built once per cleaning. */
export interface PassContext {
  file: string;
  profile: TextFormat;
  title?: string;
  author?: string;
  corrections: readonly Correction[];
  speller: Speller;
  /** Vocabulary of the text as received, so a pass can ask how the author spells things. */
  vocabulary: Vocabulary;
  /** A word the dictionary knows, or that the document uses at least `minUses` times. */
  isKnownWord(word: string, minUses?: number): boolean;
}

/** Passes ask about the same words again and again; a lookup costs microseconds, a cleaning asks thousands. */
function cachedSpeller(speller: Speller): Speller {
  const answers = new Map<string, boolean>();
  return {
    correct(word) {
      let answer = answers.get(word);
      if (answer === undefined) answers.set(word, (answer = speller.correct(word)));
      return answer;
    },
  };
}

export function createContext(
  text: string,
  options: { file: string; profile: TextFormat; title?: string; author?: string; corrections?: readonly Correction[] },
  speller: Speller,
): PassContext {
  const vocabulary = buildVocabulary(text);
  speller = cachedSpeller(speller);
  return {
    file: options.file,
    profile: options.profile,
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.author !== undefined ? { author: options.author } : {}),
    corrections: options.corrections ?? [],
    speller,
    vocabulary,
    isKnownWord: (word, minUses = 2) => isDictionaryWord(speller, word) || vocabulary.count(word) >= minUses,
  };
}
