import type { Correction, TextFormat } from '../types.ts';
import { buildVocabulary, type Vocabulary } from './_vocabulary.ts';
import { isDictionaryWord, rememberingSpeller, type Speller } from './_words.ts';

/** What a pass may know besides its text. Read-only; built once per cleaning. */
export interface PassContext {
  file: string;
  profile: TextFormat;
  title?: string;
  /** The subtitle the front matter gives: a line repeating it before the text goes. */
  subtitle?: string;
  author?: string;
  /** Who translated and who edited the piece, from the options. */
  translator?: string;
  editor?: string;
  corrections: readonly Correction[];
  speller: Speller;
  /** Vocabulary of the text as received, so a pass can ask how the author spells things. */
  vocabulary: Vocabulary;
  /** A word the dictionary knows, or that the document uses at least `minUses` times. */
  isKnownWord(word: string, minUses?: number): boolean;
  /**
   * Records a line a pass kept although it may be furniture (the report lists it under
   * "kept, may be furniture"); `offset` is in the text the pass was given.
   */
  keep(offset: number, text: string, reason: string): void;
  /** What passes kept while unsure, with the pass that kept each; filled as the passes run. */
  readonly kept: KeptLine[];
  /** The pass now running; set by the runner. */
  passIndex: number;
}

export interface KeptLine {
  passIndex: number;
  offset: number;
  text: string;
  reason: string;
}

export function createContext(
  text: string,
  options: { file: string; profile: TextFormat; title?: string; subtitle?: string; author?: string; translator?: string; editor?: string; corrections?: readonly Correction[] },
  speller: Speller,
): PassContext {
  const vocabulary = buildVocabulary(text);
  // Passes ask about the same words again and again, and so does the next piece: the answers are kept with the speller.
  speller = rememberingSpeller(speller);
  const kept: KeptLine[] = [];
  const ctx: PassContext = {
    file: options.file,
    profile: options.profile,
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.subtitle !== undefined ? { subtitle: options.subtitle } : {}),
    ...(options.author !== undefined ? { author: options.author } : {}),
    ...(options.translator !== undefined ? { translator: options.translator } : {}),
    ...(options.editor !== undefined ? { editor: options.editor } : {}),
    corrections: options.corrections ?? [],
    speller,
    vocabulary,
    isKnownWord: (word, minUses = 2) => isDictionaryWord(speller, word) || vocabulary.count(word) >= minUses,
    kept,
    passIndex: 0,
    keep(offset, text, reason) {
      // A pass that weighs a line twice (two of its shapes fit) notes it once: the first reason given.
      if (kept.some((k) => k.passIndex === ctx.passIndex && k.offset === offset)) return;
      kept.push({ passIndex: ctx.passIndex, offset, text, reason });
    },
  };
  return ctx;
}
