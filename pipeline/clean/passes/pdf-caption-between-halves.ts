import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { isBlank, nextContentLine, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { startsWithWordTail } from './pdf-caption-in-sentence.ts';
import { ITEM_START, NUMBERED_HEADING, breakIsChosen, hasParagraphIndent, isAllCaps, leadingSpace, lineWidths, namesRunAcross, paragraphIndent, rhymesAcross } from './_pdf-lines.ts';
import { ARTICLES, POSSESSIVES, DEMONSTRATIVES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, LONGER_PREPOSITIONS, COORDINATORS, RELATIVES, FINITE_BE, AUXILIARIES, oneOf, without } from '../_function-words.ts';

/** Most lines such an insertion runs to: a caption, its second line, its credit. */
const MAX_LINES = 3;
/** Most words in one line of it, and in all of it. */
const MAX_LINE_WORDS = 14;
const MAX_WORDS = 24;
/** Share of the column a line of running text fills, at the least. */
const RUNNING = 0.6;
/** Share of the column from which a line is as wide as the text's lines. */
const FULL = 0.7;
/** Share of the shorter of the lines around from which a line is as long as they are. */
const NEIGHBOURS = 0.85;

/** Ends a sentence or a clause that stands alone: nothing of the sentence can follow below. */
const CLOSED = /[.!?:;…]["'”’)\]]*\s*$/u;
/** Words no sentence ends on: an article, a preposition that wants its object, a conjunction, a possessive. */
const OPEN_END = new RegExp(String.raw`(?:^|\s)["“‘(]?${oneOf(ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, ['into', 'upon'], COORDINATORS, ['nor', 'that'], POSSESSIVES, ['whose'], LONGER_PREPOSITIONS)}$`, 'i');

/** Auxiliaries and modals: a line opening on one may have lost a one-letter "I" drop cap above. */
const AFTER_I = new Set(['am', 'was', 'have', 'had', 'would', 'could', 'should', 'will', 'shall', 'do', 'did', 'must', 'may', 'might', 'can', 'cannot']);

/** The line above leaves its sentence open beyond doubt: a comma, a broken word, a word no sentence ends on. */
function leftWideOpen(text: string): boolean {
  const trimmed = text.trim();
  return /[,\-\u00AD–—]$/.test(trimmed) || OPEN_END.test(trimmed);
}

/** Running text whose sentence goes on below: no stop, as wide as the text's lines, no heading or label. */
function leavesSentenceOpen(line: Line, column: readonly number[]): boolean {
  const trimmed = line.text.trim();
  if (CLOSED.test(trimmed) || /^#/.test(trimmed) || NUMBERED_HEADING.test(trimmed) || isAllCaps(trimmed, 4)) return false;
  return trimmed.length >= column[line.index]! * RUNNING;
}

/** Words a line of running text breaks after but no caption or credit ends on: a verb that wants more, a relative. */
const GOES_ON = new RegExp(String.raw`(?:^|\s)${oneOf(DEMONSTRATIVES, without(RELATIVES, 'whose'), FINITE_BE, AUXILIARIES, ['not', 'very', 'than', 'about', 'as', 'so', 'if', 'when', 'where', 'while'])}$`, 'i');

/**
 * One line of the insertion: short, opening in capitals (a second line may go on in lower case
 * from a short first), ending on no stop, comma or word that wants more, no quotation left
 * open, no list item, heading number, year or lone drop cap.
 */
function couldBeInserted(line: Line, k: number, previous: Line | undefined, column: readonly number[], setIn: boolean): boolean {
  const trimmed = line.text.trim();
  // Lines set in together, away from the text's margin, are one piece wrapped on its own measure: they may break anywhere.
  if (setIn) {
    if (wordCount(trimmed) > MAX_LINE_WORDS || /[;]$/.test(trimmed) || CLOSED.test(trimmed) && !/\.$/.test(trimmed)) return false;
    if (NUMBERED_HEADING.test(trimmed) || ITEM_START.test(line.text) || isAllCaps(trimmed, 4) || /^["“‘]?\p{Lu}$/u.test(trimmed)) return false;
    if (/[.!?]["”’]?\s+["“‘]?\p{Lu}\p{Ll}/u.test(trimmed)) return false;
    return k > 0 || /^["“‘'([]?\p{Lu}/u.test(trimmed) || /^[©—–▲►•]/u.test(trimmed);
  }
  if (wordCount(trimmed) > MAX_LINE_WORDS || /[,;]$/.test(trimmed) || CLOSED.test(trimmed) || /^#/.test(trimmed)) return false;
  if (NUMBERED_HEADING.test(trimmed) || ITEM_START.test(line.text) || /^["“‘]?\p{Lu}$/u.test(trimmed)) return false;
  if (OPEN_END.test(trimmed) || GOES_ON.test(trimmed)) return false;
  // Capitals are a running head's or a heading's; the page-furniture and heading passes judge those.
  if (isAllCaps(trimmed, 4)) return false;
  // A finished sentence with more after it is running text.
  if (/[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(trimmed)) return false;
  // A quotation opened and not closed goes on in the next line.
  if ((trimmed.split('"').length - 1) % 2 === 1 || trimmed.split('“').length > trimmed.split('”').length) return false;
  if (/^["“‘'([]?\p{Lu}/u.test(trimmed) || /^[©—–]/u.test(trimmed)) return true;
  // A caption's second line may go on in lower case from a first that did not stop, both short of the column.
  return (
    k > 0 &&
    previous !== undefined &&
    /^\p{Ll}/u.test(trimmed) &&
    previous.text.trim().length < column[previous.index]! * 0.85 &&
    trimmed.length < column[line.index]! * RUNNING
  );
}

/**
 * The line below takes up the sentence the line above left open: it goes on in lower case, with
 * a word of its own (not the tail a lost drop cap leaves, "he" of "The", nor a word a lost
 * one-letter drop cap stood before, "was" of "I was"), or the line above stopped on a word no
 * sentence ends on. It is running text itself.
 */
function takesUpSentence(lines: readonly Line[], above: Line, block: readonly Line[], below: Line, column: readonly number[], ctx: PassContext): boolean {
  const text = below.text.trim();
  // Running text: as wide as the text's lines, or going on in the next line (a heading's second line stands alone).
  const after = lines[below.index + 1];
  if (text.length < column[below.index]! * RUNNING || (text.length < column[below.index]! * FULL && (after === undefined || isBlank(after)))) return false;
  const wideOpen = leftWideOpen(above.text);
  const lower = /^["“‘(]?(\p{Ll}+)/u.exec(text);
  // After a word no sentence ends on, the sentence may take up again on a name; only blank lines on both sides tell
  // that the lines between do not begin it ("sent on to" / "Mr Hartley at the Grange").
  if (!lower) {
    const apart = isBlank(lines[block[0]!.index - 1]) && isBlank(lines[block[block.length - 1]!.index + 1]);
    return apart && OPEN_END.test(above.text.trim()) && /^["“‘(]?[\p{Lu}\p{N}]/u.test(text);
  }
  // Letters a lost drop cap left may open a paragraph under a heading, whatever the line above; a broken word goes on.
  if (startsWithWordTail(text, ctx) && !/[-\u00AD]$/.test(above.text.trim())) return false;
  if (wideOpen) return true;
  const word = lower[1]!;
  return !(AFTER_I.has(word) || ctx.vocabulary.pairCount('i', word) > 0 || (!/^[aeiou]/.test(word) && ctx.vocabulary.pairCount('a', word) > 0));
}

/**
 * Why a greedy typesetter filling this paragraph could not have set the lines where they stand:
 * an indent the lines around do not have, a blank line inside the sentence, the last one
 * stopping short with room for the next word.
 */
function outOfMeasure(lines: readonly Line[], above: Line, block: readonly Line[], below: Line, column: readonly number[], indent: number): string | undefined {
  const first = block[0]!;
  const last = block[block.length - 1]!;
  // A line about as wide as the text's may be its own, broken where the page or the extraction broke it; a wider one
  // may be two of its lines run together by the extraction ("Boris" / "Yeltsin and his friends … committee" / "which").
  // The column is a guess where lines run together nearby: about as long as the lines around it says as much.
  const around = Math.min(above.text.trim().length, below.text.trim().length);
  const asWide = block.some((l) => l.text.trim().length >= column[l.index]! * FULL || l.text.trim().length >= around * NEIGHBOURS);
  if (asWide) return undefined;
  // One space is an extraction's noise; a caption is set in further.
  if (leadingSpace(first.text) >= Math.max(leadingSpace(above.text), leadingSpace(below.text)) + 2 && !hasParagraphIndent(first.text, indent)) return 'set in from the text';
  if (isBlank(lines[first.index - 1]) || isBlank(lines[last.index + 1])) return 'set apart by blank lines inside the sentence';
  if (breakIsChosen(last.text, below.text, column[last.index]!)) return 'stops short with room for the next word';
  return undefined;
}

/**
 * Furniture set between the two halves of one sentence in a PDF extraction (a caption, its
 * credit, a figure number, a line of a side column): the line above leaves its sentence open,
 * the line below takes it up in lower case (or, after a word no sentence ends on, with blank
 * lines around the lines between), and the lines between open in capitals and do not fit the
 * paragraph's measure (blank lines around them, the last stopping short with room for the next
 * word, an indent the text has not). Lines as wide as the text's or wider stay: they may be its
 * own, broken by a page or run together by the extraction. Whatever
 * their words, the sentence does not run through them: they go and the sentence closes up. A
 * heading stands between two sentences, never inside one; the drop-cap tails and one-letter
 * words a heading may stand over are left alone, and so are lines in capitals.
 */
export const removeCaptionBetweenHalves: Pass = {
  ruleId: 'pdf/caption-between-halves',
  run(text, ctx) {
    const lines = splitLines(text);
    const { column } = lineWidths(lines);
    const indent = paragraphIndent(lines);
    const edits: Edit[] = [];
    const opening = lines.find((l) => !isBlank(l));
    let claimedUpTo = -1;
    for (const line of lines) {
      if (isBlank(line) || line.start < claimedUpTo || line === opening) continue;
      const above = previousContentLine(lines, line.index);
      if (above === undefined || above === opening || !leavesSentenceOpen(above, column)) continue;
      const block: Line[] = [];
      for (let k = 0; k < MAX_LINES; k++) {
        const candidate = lines[line.index + k];
        if (candidate === undefined || isBlank(candidate)) break;
        const setIn = leadingSpace(candidate.text) >= leadingSpace(above.text) + 2 && leadingSpace(candidate.text) === leadingSpace(line.text) && !hasParagraphIndent(candidate.text, indent);
        if (!couldBeInserted(candidate, k, block[k - 1], column, setIn)) break;
        block.push(candidate);
        if (wordCount(block.map((l) => l.text).join(' ')) > MAX_WORDS) break;
        const below = nextContentLine(lines, candidate.index);
        if (below === undefined || !takesUpSentence(lines, above, block, below, column, ctx)) continue;
        const why = outOfMeasure(lines, above, block, below, column, indent);
        if (why === undefined) continue;
        // A list of names wrapped across the block's edges is the sentence's own lines.
        if (namesRunAcross(lines[line.index - 1], block, lines[candidate.index + 1])) break;
        // Between two lines that rhyme, the short lines are a stanza's (a refrain, a short line of the metre): they stay, noted.
        if (rhymesAcross(above, below)) {
          ctx.keep(line.start, line.text.trim(), 'short lines between two lines that rhyme: a stanza, kept');
          break;
        }
        const closesUp = above.end >= claimedUpTo;
        edits.push({
          start: closesUp ? above.end : line.start,
          end: below.start,
          text: closesUp ? '\n' : '',
          ruleId: 'pdf/caption-between-halves',
          reason: `between two halves of one sentence; ${why}`,
        });
        claimedUpTo = below.start;
        break;
      }
    }
    return edits;
  },
  describe: (_edit, old) => `Removed furniture “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from inside a sentence`,
};
