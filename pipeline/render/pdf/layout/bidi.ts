/**
 * Visual order for lines that hold right-to-left text (Unicode Bidirectional Algorithm, via
 * bidi-js). The breaker works in logical order, as the text is read; once a line is set, its
 * words are placed in the order they are seen. Each word is drawn by the font engine, which
 * shapes and orders the letters of a right-to-left word itself, so only words (or runs of one
 * level inside a word, see levelRuns) move here:
 *
 * - every run of words at an embedding level of L or more, from the highest level down to 1,
 *   is mirrored inside the room it takes, which reverses its order and keeps its spaces;
 * - in a right-to-left paragraph the whole line is first mirrored inside the measure, so it
 *   starts at the right edge, and a short last line ends flush right.
 */
import bidiModule from 'bidi-js';
import type { Fragment, TextMeasurer } from './types.ts';

export type Direction = 'ltr' | 'rtl';

const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud803[\udc00-\ude7f]|\ud83a[\udc00-\udfff]/;

/** True when the text holds a right-to-left letter, so a line of it needs reordering. */
export function hasRightToLeft(text: string): boolean {
  return STRONG_RTL.test(text);
}

const STRONG = /[\p{L}]/u;

/** The direction of a text's first strong letter (rules P2 and P3 of the algorithm); left to right when it has none. */
export function firstStrongDirection(text: string): Direction {
  for (const char of text) if (STRONG.test(char)) return hasRightToLeft(char) ? 'rtl' : 'ltr';
  return 'ltr';
}

/**
 * The algorithm's tables, built once (bidi-js keeps no state between calls). The package is
 * CommonJS whose export is the factory, which its types call `default`.
 */
const bidi = (bidiModule as unknown as typeof bidiModule.default)();

/**
 * The line's fragments at their visual places, still in reading order. `left` and `width` are the
 * measure the line was set in. Lines of left-to-right text only come back as they were.
 */
export function orderLine(fragments: readonly Fragment[], direction: Direction, left: number, width: number, measurer: TextMeasurer): Fragment[] {
  if (direction === 'ltr' && !fragments.some((f) => hasRightToLeft(f.text))) return [...fragments];
  const words = fragments.flatMap((fragment) => splitWords(fragment, measurer));
  let text = '';
  const starts: number[] = [];
  for (const word of words) {
    if (text) text += ' ';
    starts.push(text.length);
    text += word.text;
  }
  const { levels } = bidi.getEmbeddingLevels(text, direction);
  const placed: Fragment[] = [];
  const wordLevels: number[] = [];
  words.forEach((word, i) => {
    for (const run of levelRuns(word, levels, starts[i]!, direction, measurer)) {
      placed.push(run.fragment);
      wordLevels.push(run.level);
    }
  });
  if (direction === 'rtl') mirror(placed, 0, placed.length, left, left + width);
  const base = direction === 'rtl' ? 1 : 0;
  const highest = Math.max(base, ...wordLevels);
  for (let level = highest; level > base; level -= 1) {
    for (let i = 0; i < placed.length; ) {
      if (wordLevels[i]! < level) {
        i += 1;
        continue;
      }
      let j = i;
      while (j < placed.length && wordLevels[j]! >= level) j += 1;
      const from = Math.min(...placed.slice(i, j).map((w) => w.x));
      const to = Math.max(...placed.slice(i, j).map((w) => w.x + w.width));
      mirror(placed, i, j, from, to);
      i = j;
    }
  }
  // Kept in reading order: the content stream, and so text extraction and assistive
  // technology, read the words as written; only their places are visual.
  return placed;
}

/**
 * A word as runs of one embedding level each, at their places inside the word's room: a word is
 * drawn whole by the font engine in one direction, so a word whose characters the algorithm puts
 * at different levels ("سلام," in an English sentence, whose comma stays with the English at
 * level 0; "(שלום)") is cut where the level changes, and each run moves by its own level. A word
 * of one level comes back whole, unless it holds a bracket at a right-to-left level (see
 * mirroredPieces). (No ActualText is added to
 * right-to-left runs: poppler then reverses their text once more, and pdf.js reads them in
 * reading order from the glyphs as they are.)
 */
function levelRuns(word: Fragment, levels: Uint8Array, start: number, direction: Direction, measurer: TextMeasurer): { fragment: Fragment; level: number }[] {
  const end = start + word.text.length;
  if (end === start) return [{ fragment: { ...word }, level: direction === 'rtl' ? 1 : 0 }];
  const runs: { from: number; to: number; level: number }[] = [];
  for (let k = start; k < end; k += 1) {
    const level = levels[k]!;
    const last = runs.at(-1);
    // A surrogate pair's halves stay together.
    if (last && (last.level === level || isLowSurrogate(word.text.charCodeAt(k - start)))) last.to = k + 1;
    else runs.push({ from: k, to: k + 1, level });
  }
  if (word.actualText !== undefined || word.artifact) {
    const level = Math.max(...runs.map((run) => run.level));
    return [{ fragment: { ...word }, level }];
  }
  const pieces = runs.flatMap((run) => mirroredPieces(word.text.slice(run.from - start, run.to - start), run.level));
  if (pieces.length === 1 && pieces[0]!.actual === undefined) return [{ fragment: { ...word }, level: pieces[0]!.level }];
  const result: { fragment: Fragment; level: number }[] = [];
  let x = word.x;
  for (const piece of pieces) {
    const width = measurer.width(piece.text, word.style);
    const fragment: Fragment = { ...word, x, width, text: piece.text, ...(piece.actual !== undefined ? { actualText: piece.actual } : {}) };
    result.push({ fragment, level: piece.level });
    x += width;
  }
  return result;
}

const LETTER = /[\p{L}\p{M}]/u;

/**
 * A run at a right-to-left level shows each bracket (and other mirrored character) as its
 * mirror image (rule L4): “(שלום)” is seen as ( שלום ) only when the font engine is handed
 * the opening bracket's mirror, which it then draws left of the word. The engine mirrors
 * nothing itself, and a bracket may be set in another font than the letters, so a run that
 * holds one is cut where letters meet other characters: the letters go to the engine as they
 * are; the others, in visual order and mirrored, carry the run's own characters as their
 * ActualText, for copying and reading aloud. Other runs come back whole.
 */
function mirroredPieces(text: string, level: number): { text: string; level: number; actual?: string }[] {
  if (level % 2 === 0 || ![...text].some((char) => bidi.getMirroredCharacter(char) !== null)) return [{ text, level }];
  const pieces: { text: string; level: number; actual?: string }[] = [];
  for (const part of text.match(/[\p{L}\p{M}]+|[^\p{L}\p{M}]+/gu) ?? []) {
    if (LETTER.test(part)) {
      pieces.push({ text: part, level });
      continue;
    }
    const shown = [...part].reverse().map((char) => bidi.getMirroredCharacter(char) ?? char).join('');
    pieces.push(shown === part ? { text: part, level } : { text: shown, level, actual: part });
  }
  return pieces;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function mirror(words: Fragment[], from: number, to: number, start: number, end: number): void {
  for (let k = from; k < to; k += 1) {
    const word = words[k]!;
    word.x = start + end - word.x - word.width;
  }
}

/**
 * A fragment of several words (words at their natural spacing are joined into one string)
 * as one fragment per word, so that words of either direction can move. Fragments that
 * carry an ActualText or are decoration stay whole.
 */
function splitWords(fragment: Fragment, measurer: TextMeasurer): Fragment[] {
  if (!fragment.text.includes(' ') || fragment.actualText !== undefined || fragment.artifact) return [fragment];
  const space = measurer.width(' ', fragment.style);
  const result: Fragment[] = [];
  let x = fragment.x;
  for (const word of fragment.text.split(' ')) {
    const wordWidth = word ? measurer.width(word, fragment.style) : 0;
    if (word) result.push({ ...fragment, x, width: wordWidth, text: word });
    x += wordWidth + space;
  }
  return result;
}
