import type { Correction, TextFormat } from '../types.ts';
import { buildVocabulary, type Vocabulary } from './_vocabulary.ts';
import { isDictionaryWord, rememberingSpeller, type Speller } from './_words.ts';

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

export function createContext(
  text: string,
  options: { file: string; profile: TextFormat; title?: string; author?: string; corrections?: readonly Correction[] },
  speller: Speller,
): PassContext {
  const vocabulary = buildVocabulary(text);
  // Passes ask about the same words again and again, and so does the next piece: the answers are kept with the speller.
  speller = rememberingSpeller(speller);
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
