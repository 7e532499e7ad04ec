import { isBlank, median, wordCount, type Line } from '../_lines.ts';
import { DATE_LABEL, ITEM_START, NUMBERED_HEADING, breakIsChosen, isDateline, isMarkedBlock, startsLowercase } from './_pdf-lines.ts';
import { runOnMeasure, wideMeasure } from './_pdf-measure.ts';
import { ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, without, endsOnWord } from '../_function-words.ts';

/**
 * Evidence that lines of a PDF extraction are verse: each opens on a capital, stops where the
 * author chose rather than at the margin, and the next one opens on a capital although the
 * sentence goes on. Shared by the pass that keeps verse lines and the passes that must not take
 * a line of verse for something else (a heading).
 */

/** Columns vary across a document; a narrow one is still about this share of the typical one. */
const DOCUMENT_COLUMN_SHARE = 0.85;

/**
 * The column each line is measured against: its neighbourhood's, but never narrower than the
 * document's own measure. A poem's short lines make its neighbourhood look narrow, and where
 * verse is most of the text even the median neighbourhood is a stanza's: the prose's run-on
 * lines still show the full measure, and so do the paragraphs a few stanzas away.
 */
export function verseColumns(lines: readonly Line[], local: readonly number[]): number[] {
  const typical = Math.max(median(lines.filter((line) => !isBlank(line)).map((line) => local[line.index]!)) * DOCUMENT_COLUMN_SHARE, runOnMeasure(lines) ?? 0);
  const wide = wideMeasure(lines);
  return local.map((width, i) => Math.max(width, typical, wide[i]!));
}

/** Share of the column under which a line is short: it stops before the margin. */
export const SHORT = 0.9;

/**
 * A line that could be a line of verse: it opens with a capital, reaches no further than the
 * column, and does not run on into a lower-case line directly under it (the margin broke that
 * one).
 */
export function isVerseLineAt(lines: readonly Line[], index: number, column: readonly number[]): boolean {
  const text = lines[index]!.text.trim();
  const below = lines[index + 1];
  return (
    /^["“‘']?\p{Lu}/u.test(text) &&
    wordCount(text) >= 2 &&
    text.length <= column[index]! &&
    !(below !== undefined && startsLowercase(below.text)) &&
    !isMarkedBlock(text) &&
    !ITEM_START.test(text) &&
    !NUMBERED_HEADING.test(text) &&
    !DATE_LABEL.test(text) &&
    !isDateline(text)
  );
}

/** A line may end on these and still go on; prose breaks before a name after them ("… by treating the" / "Stalinist states …"). */
// It leaves out "for", "in" and "on", which end many a line of verse: as it was written, listed for the lead.
export const ENDS_ON_ARTICLE_OR_PREPOSITION = endsOnWord(ARTICLES, without(PREPOSITIONS, 'for'), without(ADVERBIAL_PREPOSITIONS, 'in', 'on'), ['into', 'than']);

/**
 * The line under an unfinished one opens on a capital: prose would go on in lower case there
 * (but for a name), verse opens each line on one. A colon is left out: prose introduces a
 * quotation or a list with it; so is an article or a preposition, on which a line of verse
 * seldom ends.
 */
export function capitalAfterUnfinished(previous: Line, line: Line): boolean {
  const before = previous.text.trim();
  return /[\p{L},;’'”"—–-]$/u.test(before) && !ENDS_ON_ARTICLE_OR_PREPOSITION.test(before) && /^["“‘']?\p{Lu}/u.test(line.text.trim());
}

/**
 * The break between two lines of one stanza: the next line's first word would have fitted, or
 * the next line goes on after an unfinished one with a capital.
 */
export function isVerseBreak(previous: Line, line: Line, column: number): boolean {
  return breakIsChosen(previous.text, line.text, column) || capitalAfterUnfinished(previous, line);
}

/** Lines of verse under a line that make it a stanza's first line rather than a title over it. */
const STANZA_LINES_BELOW = 2;
/** A title over a poem is much shorter than its lines; a first line is about as long as the others. */
const FIRST_LINE_SHARE = 0.6;

/**
 * The line at `index` opens a stanza: it and at least two lines directly under it (no blank
 * line between) read as verse, each opening on a capital, linked by verse breaks, and it is
 * about as long as they are. A heading set over a poem needs evidence of its own: a blank line
 * under it, or a length far short of the poem's lines.
 */
export function opensStanza(lines: readonly Line[], index: number, column: readonly number[]): boolean {
  const first = lines[index]!;
  if (/[.!?]["”’]?$/.test(first.text.trim()) || !isVerseLineAt(lines, index, column)) return false;
  const below: Line[] = [];
  let previous = first;
  for (let i = index + 1; i < lines.length && below.length < STANZA_LINES_BELOW; i++) {
    const line = lines[i]!;
    if (isBlank(line) || !isVerseLineAt(lines, i, column) || !isVerseBreak(previous, line, column[previous.index]!)) break;
    below.push(line);
    previous = line;
  }
  if (below.length < STANZA_LINES_BELOW) return false;
  return first.text.trim().length >= median(below.map((line) => line.text.trim().length)) * FIRST_LINE_SHARE;
}

/**
 * The line at `index` comes after a stanza: the two content lines above it (directly, or across
 * one blank line) read as verse, each opening on a capital and stopping short of the column,
 * linked by a verse break. A line repeated there (a refrain, a
 * chorus) is the song's, not a running head's or a heading's.
 */
export function followsStanza(lines: readonly Line[], index: number, column: readonly number[]): boolean {
  let k = index - 1;
  if (k >= 0 && isBlank(lines[k])) k--;
  const last = lines[k];
  const before = lines[k - 1];
  if (last === undefined || before === undefined || isBlank(last) || isBlank(before)) return false;
  // Both open on capitals: two lines of prose set narrower than the page may leave room at their ends too.
  // Both stop short of the column: a line of prose a caption or a running head interrupts is full.
  return (
    [before, last].every((l) => l.text.trim().length <= column[l.index]! * SHORT) &&
    isVerseLineAt(lines, before.index, column) &&
    isVerseLineAt(lines, last.index, column) &&
    (breakIsChosen(before.text, last.text, column[before.index]!) || capitalAfterUnfinished(before, last))
  );
}
