import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { endsOnFunctionWord, isProse, leavesSentenceOpen } from './_web-lines.ts';
import { keepsParagraphsOnOneLine } from './web-caption-in-sentence.ts';

/** Fewest and most lines of the block set into the sentence: one line alone is the other caption passes'. */
const MIN_BLOCK_LINES = 2;
const MAX_BLOCK_LINES = 3;
/** Most words of one line of the block: a caption's, a credit's, a gallery's control. */
const MAX_LINE_WORDS = 16;
/** Fewest words of the sentence's rest under the block. */
const MIN_REST_WORDS = 3;
/** Fewest words of a line counted when telling a copy's wrap. */
const MIN_PROSE_LINE_WORDS = 8;

/** A line the sentence may break off on: a paragraph's (running prose, or stopping on a word that wants more), no heading or quotation. */
function breaksOff(line: Line): boolean {
  const t = line.text.trim();
  if (/^(?:#|>|\\?[•▪●*-]\s)/.test(t) || !leavesSentenceOpen(t)) return false;
  return isProse(t) || endsOnFunctionWord(t);
}

/** A short line of the block: no running prose, no heading, quotation or list item. */
function isBlockLine(line: Line | undefined): boolean {
  if (line === undefined || isBlank(line)) return false;
  const t = line.text.trim();
  return wordCount(t) <= MAX_LINE_WORDS && !isProse(t) && !/^(?:#|>|\\?[•▪●*-]\s)/.test(t);
}

/** The sentence's rest: going on in lower case and closing the paragraph (a blank line or the end under it, or a full stop). */
function resumes(lines: readonly Line[], line: Line | undefined): boolean {
  if (line === undefined || isBlank(line)) return false;
  const t = line.text.trim();
  if (!/^["“‘(]?\p{Ll}/u.test(t) || wordCount(t) < MIN_REST_WORDS) return false;
  const below = lines[line.index + 1];
  return below === undefined || isBlank(below) || SENTENCE_END.test(t);
}

/** Most words of a verse line closing a stanza that a sentence ran into. */
const MAX_VERSE_WORDS = 8;

/**
 * Lines of verse, not a caption: every line of the block opens on a capital and runs to a few
 * words with no date, number, colon, bar or copyright sign a caption or a credit carries, over a
 * short closing line. A stanza quoted into a sentence ("… the song that begins" over "Oh the road
 * is long" / "And the load is heavy" / "and the horse is lame.") stays whole.
 */
function looksLikeStanza(block: readonly Line[], rest: Line): boolean {
  return wordCount(rest.text) <= MAX_VERSE_WORDS && block.every((l) => /^["“‘]?\p{Lu}/u.test(l.text.trim()) && wordCount(l.text) >= 3 && !/[\d|·:©/]/.test(l.text));
}

/** Characters from which a line is longer than any hard wrap: a whole paragraph on one line. */
const PARAGRAPH_LINE_LENGTH = 160;
/** Share of the lines of some words that run longer than a wrap, from which a copy keeps its paragraphs on one line. */
const LONG_SHARE = 0.5;

/**
 * Whether the copy keeps each paragraph on one line: few lines open in lower case (see
 * keepsParagraphsOnOneLine), or most lines of some words run longer than a hard wrap would let
 * them (a page with many captions set into its sentences opens many lines in lower case).
 */
function paragraphsOnOneLine(lines: readonly Line[]): boolean {
  if (keepsParagraphsOnOneLine(lines)) return true;
  let worded = 0;
  let long = 0;
  for (const line of lines) {
    if (isBlank(line) || wordCount(line.text) < MIN_PROSE_LINE_WORDS) continue;
    worded++;
    if (line.text.trim().length > PARAGRAPH_LINE_LENGTH) long++;
  }
  return worded > 0 && long >= worded * LONG_SHARE;
}

/**
 * A caption of two or three lines set into a sentence of a web copy: a caption wrapped over two
 * lines, a caption over its credit, a caption over a gallery's control ("The tide mill" over
 * "from the causeway, 1931 | Photo: …"; "Gulls over the" over "harbour. Swipe for more"). A
 * web page keeps each paragraph on one line, so a paragraph's line that breaks off unfinished,
 * then two or three short lines, then a line going on in lower case that closes the paragraph,
 * are one sentence with a block set into it: the sentence's rest is the last line, as only it
 * closes the paragraph, and a lower-case line inside the block is the caption's own wrap. The
 * block goes, whatever its words, and the sentence closes up. A hard-wrapped copy (a mail, a
 * PDF extraction) is left alone.
 */
export const removeCaptionBlockInSentence: Pass = {
  ruleId: 'web/caption-block-in-sentence',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    if (!paragraphsOnOneLine(lines)) return edits;
    for (let i = 0; i < lines.length; i++) {
      const before = lines[i]!;
      if (isBlank(before) || !breaksOff(before)) continue;
      // One blank line may stand between the sentence's first half and the block, where the sentence surely goes on (a
      // comma or a word that wants more ends it): a line stopping on no stop may be a paragraph that lost its stop, and
      // a line under it a new paragraph's opening ("The proposer resigned, taking" over a caption).
      const apart = isBlank(lines[i + 1]);
      if (apart && !/,["”’]?$/.test(before.text.trim()) && !endsOnFunctionWord(before.text)) continue;
      const first = apart ? i + 2 : i + 1;
      const opening = lines[first];
      if (!isBlockLine(opening) || /^["“‘(]?\p{Ll}/u.test(opening!.text.trim())) continue;
      let size = 1;
      while (size < MAX_BLOCK_LINES && isBlockLine(lines[first + size]) && !resumes(lines, lines[first + size])) size++;
      const rest = lines[first + size];
      if (size < MIN_BLOCK_LINES || !resumes(lines, rest) || looksLikeStanza(lines.slice(first, first + size), rest!)) continue;
      edits.push({ start: before.end, end: rest!.start, text: ' ', ruleId: 'web/caption-block-in-sentence', reason: `a block of ${size} short lines set into a sentence that goes on below in lower case` });
      i = rest!.index;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed photo caption “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from the middle of a sentence`,
};
