import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, median, splitLines, wordCount, type Line } from '../_lines.ts';
import { DATE_LABEL, ITEM_START, NUMBERED_HEADING, breakIsChosen, isDateline, isMarkedBlock, leadingSpace, localColumnWidths } from './_pdf-lines.ts';

/** A poem shorter than this is not told from a few short sentences. */
const MIN_VERSE_LINES = 4;
const MIN_STANZA_LINES = 2;
/** Columns vary across a document; a narrow one is still about this share of the typical one. */
const DOCUMENT_COLUMN_SHARE = 0.85;

/** A line that could be a line of verse: it opens with a capital and stops short of the column. */
function isVerseLike(line: Line, column: number): boolean {
  const text = line.text.trim();
  return (
    /^["“‘']?\p{Lu}/u.test(text) &&
    wordCount(text) >= 2 &&
    text.length <= column * 0.9 &&
    !isMarkedBlock(text) &&
    !ITEM_START.test(text) &&
    !NUMBERED_HEADING.test(text) &&
    !DATE_LABEL.test(text) &&
    !isDateline(text)
  );
}

/** Stanzas of a run of verse, as runs of consecutive lines; blank lines separate stanzas. */
function verseRuns(lines: readonly Line[], column: readonly number[]): Line[][][] {
  const runs: Line[][][] = [];
  let stanzas: Line[][] = [];
  let stanza: Line[] = [];
  const close = (): void => {
    if (stanza.length) stanzas.push(stanza);
    stanza = [];
  };
  const finish = (): void => {
    close();
    // A short line after the last stanza's gap is the prose resuming, not one more stanza.
    while (stanzas.length > 1 && stanzas[stanzas.length - 1]!.length < MIN_STANZA_LINES) stanzas.pop();
    const total = stanzas.reduce((n, s) => n + s.length, 0);
    const verse = stanzas.flat();
    const unstopped = verse.filter((l) => !/[.!?]["”’]?$/.test(l.text.trim())).length;
    if (total >= MIN_VERSE_LINES && stanzas.every((s) => s.length >= MIN_STANZA_LINES) && unstopped * 2 >= total) runs.push(stanzas);
    stanzas = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) {
      close();
      continue;
    }
    const previous = stanza[stanza.length - 1];
    const fits = isVerseLike(line, column[i]!);
    // Within a stanza every break is chosen: the next line's first word would have fitted.
    // Once a stanza has begun, a line well short of the column is enough: verse has long words too.
    const chosen =
      previous !== undefined &&
      (breakIsChosen(previous.text, line.text, column[previous.index]!) || (stanza.length >= 2 && previous.text.trim().length <= column[previous.index]! * 0.85));
    if (fits && previous && previous.index + 1 === line.index && chosen) {
      stanza.push(line);
      continue;
    }
    if (fits && !previous && stanzas.length && lines[i - 1] && isBlank(lines[i - 1])) {
      stanza.push(line);
      continue;
    }
    finish();
    if (fits) stanza.push(line);
  }
  finish();
  return runs;
}

/**
 * Verse keeps its lines: a run of short lines opening with capitals, each ending where the
 * author chose rather than at the margin, becomes stanzas whose lines end in Markdown hard
 * breaks, set apart from the prose around them.
 */
export const keepVerseLines: Pass = {
  ruleId: 'pdf/verse',
  run(text) {
    const lines = splitLines(text);
    const local = localColumnWidths(lines, (line) => isMarkedBlock(line.text));
    // A poem's own short lines would make its neighbourhood look narrow: measure against the document's columns too.
    const typicalColumn = median(lines.filter((line) => !isBlank(line)).map((line) => local[line.index]!)) * DOCUMENT_COLUMN_SHARE;
    const column = local.map((width) => Math.max(width, typicalColumn));
    const edits: Edit[] = [];
    for (const stanzas of verseRuns(lines, column)) {
      stanzas.forEach((stanza, s) => {
        const first = stanza[0]!;
        if (s === 0 && first.index > 0 && !isBlank(lines[first.index - 1])) edits.push({ start: first.start, end: first.start, text: '\n', ruleId: 'pdf/verse' });
        stanza.forEach((line, k) => {
          const indent = leadingSpace(line.text);
          if (indent) edits.push({ start: line.start, end: line.start + indent, text: '', ruleId: 'pdf/verse' });
          const end = line.start + line.text.trimEnd().length;
          if (k < stanza.length - 1) edits.push({ start: end, end: line.end, text: '\\', ruleId: 'pdf/verse' });
          else if (s === stanzas.length - 1 && line.index + 1 < lines.length && !isBlank(lines[line.index + 1])) {
            edits.push({ start: end, end: line.end, text: '\n', ruleId: 'pdf/verse' });
          }
        });
      });
    }
    return edits;
  },
};
