import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, normaliseForComparison, splitLines, type Line } from '../_lines.ts';
import { isMarkedBlock, leadingSpace, localColumnWidths, rhymesAcross } from './_pdf-lines.ts';
import { SHORT, capitalAfterUnfinished, isVerseBreak, isVerseLineAt, verseColumns } from './_pdf-verse-lines.ts';

/** A poem shorter than this is not told from a few short sentences. */
const MIN_VERSE_LINES = 4;
const MIN_STANZA_LINES = 2;
/** Blank lines a page break leaves inside a stanza once its running head and folio are gone. */
const MAX_GAP = 4;

/**
 * Two or three lines quoted from a song or a poem, set apart from the prose by blank lines: too
 * few to tell from short sentences by their shape alone, so each line must open on a capital
 * where the sentence goes on, and two of them rhyme ("… over the water" / "… the miller's daughter").
 */
function isSetApartCouplet(lines: readonly Line[], stanza: readonly Line[]): boolean {
  const first = stanza[0]!;
  const last = stanza[stanza.length - 1]!;
  const apart = (first.index === 0 || isBlank(lines[first.index - 1])) && (last.index + 1 >= lines.length || isBlank(lines[last.index + 1]));
  if (!apart || stanza.length < MIN_STANZA_LINES || stanza.length >= MIN_VERSE_LINES) return false;
  return stanza.every((line, k) => k === 0 || capitalAfterUnfinished(stanza[k - 1]!, line)) && rhymes(stanza);
}

/** A line number set at a verse line's end, a wide space before it ("Crying for what the boats have done      5"); only the line's end is read. */
const LINE_NUMBER_AT_END = /\S(\s{3,}\d{1,4})\s*$/;
/** Characters at a line's end in which its number is looked for. */
const LINE_NUMBER_REACH = 40;

/**
 * The line numbers an edition sets at the ends of every fifth or tenth line of a poem: where
 * each line's number stands, the offset in the line at which the number's space begins. They
 * count the lines: between two numbered lines stand as many lines as their numbers differ (blank
 * lines between stanzas not counted). Numbers that do not count so are part of the text, and
 * stay.
 */
function lineNumbers(lines: readonly Line[]): Map<number, number> {
  const found: { index: number; number: number; cut: number }[] = [];
  for (const line of lines) {
    const from = Math.max(0, line.text.length - LINE_NUMBER_REACH);
    const m = LINE_NUMBER_AT_END.exec(line.text.slice(from));
    if (!m || !/\p{L}/u.test(line.text.slice(0, from + m.index + 1))) continue;
    found.push({ index: line.index, number: Number(m[1]!.trim()), cut: from + m.index + 1 });
  }
  const numbers = new Map<number, number>();
  if (found.length < 2) return numbers;
  for (let k = 1; k < found.length; k++) {
    const [a, b] = [found[k - 1]!, found[k]!];
    let between = 0;
    for (let i = a.index + 1; i <= b.index; i++) if (!isBlank(lines[i])) between++;
    if (b.number - a.number !== between) return numbers;
  }
  for (const { index, cut } of found) numbers.set(index, cut);
  return numbers;
}

/** Lines apart within which a stanza's rhymes are looked for: couplets and alternate rhymes. */
const RHYME_DISTANCE = 2;

/** Two lines of the stanza, one or two apart, end alike. */
function rhymes(stanza: readonly Line[]): boolean {
  return stanza.some((line, k) => stanza.slice(k + 1, k + 1 + RHYME_DISTANCE).some((other) => rhymesAcross(line, other)));
}

/** Stanzas of a run of verse, as runs of consecutive lines; blank lines separate stanzas. */
function verseRuns(lines: readonly Line[], column: readonly number[]): Line[][][] {
  const runs: Line[][][] = [];
  const said = new Map<string, number>();
  for (const line of lines) {
    if (isBlank(line)) continue;
    const key = normaliseForComparison(line.text, false);
    said.set(key, (said.get(key) ?? 0) + 1);
  }
  /** A stanza of one line said more than once in the text: a refrain. */
  const isRefrain = (stanza: readonly Line[]): boolean => stanza.length === 1 && (said.get(normaliseForComparison(stanza[0]!.text, false)) ?? 0) >= 2;
  let stanzas: Line[][] = [];
  let stanza: Line[] = [];
  const close = (): void => {
    if (stanza.length) stanzas.push(stanza);
    stanza = [];
  };
  /** Whether stanzas that follow one another make verse. */
  const judge = (group: Line[][]): void => {
    if (group.length === 0) return;
    // A line ending on a colon over the verse is the prose introducing it ("… four lines in the front of the
    // minute book:"), with the lines of its sentence above it; so is a first stanza that ends on one.
    const first = group[0]!;
    const introduced = first.findIndex((l) => /:["”’]?$/.test(l.text.trim()));
    // Lines above the colon are the sentence's only where one of them fills the column as prose does; a
    // stanza's own line may end on a colon too ("The Tsarists cheered who saw it:"), with short lines above it.
    const prose = first.slice(0, introduced).some((l) => l.text.trim().length > column[l.index]! * SHORT);
    if (introduced >= 0 && introduced < first.length - 1 && (introduced === 0 || prose)) first.splice(0, introduced + 1);
    else if (introduced === first.length - 1 && group.length > 1) group.shift();
    // What is left of a first stanza so cut is the verse's first line alone: it goes with the prose too.
    if (group.length > 1 && group[0]!.length < MIN_STANZA_LINES && !isRefrain(group[0]!)) group.shift();
    const verse = group.flat();
    const total = verse.length;
    const unstopped = verse.filter((l) => !/[.!?]["”’]?$/.test(l.text.trim())).length;
    // Verse stops short of the margin, or rhymes where it fills the column; a run of full lines opening
    // on capitals is prose full of names.
    const short = verse.filter((l) => l.text.trim().length <= column[l.index]! * SHORT).length;
    const enough = total >= MIN_VERSE_LINES || (group.length === 1 && isSetApartCouplet(lines, group[0]!));
    if (enough && group.every((s) => s.length >= MIN_STANZA_LINES || isRefrain(s)) && unstopped * 2 >= total && (short * 2 > total || group.every(rhymes))) runs.push(group);
  };
  const finish = (): void => {
    close();
    // A line alone between gaps is prose (the text before the verse, between its quotations, after it):
    // the stanzas on either side of it are judged apart.
    // A refrain said again between stanzas is one of them.
    let group: Line[][] = [];
    stanzas.forEach((s, k) => {
      if (s.length >= MIN_STANZA_LINES || (group.length > 0 && k + 1 < stanzas.length && isRefrain(s))) group.push(s);
      else {
        judge(group);
        group = [];
      }
    });
    judge(group);
    stanzas = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) {
      // A stanza broken off on a comma or a semicolon goes on after the gap (a page break, its running
      // head gone): the line there opens on a capital as the sentence goes on. A line ending on a word
      // may end a stanza (a refrain seldom takes a stop).
      const last = stanza[stanza.length - 1];
      let next = i;
      while (next < lines.length && next - i < MAX_GAP && isBlank(lines[next])) next++;
      const after = lines[next];
      if (last && after && !isBlank(after) && /[,;—–]$/.test(last.text.trim()) && capitalAfterUnfinished(last, after) && isVerseLineAt(lines, next, column)) {
        stanza.push(after);
        i = next;
        continue;
      }
      close();
      continue;
    }
    const previous = stanza[stanza.length - 1];
    const adjacent = previous !== undefined && previous.index + 1 === line.index;
    const fits = isVerseLineAt(lines, i, column);
    // Within a stanza every break is chosen: the next line's first word would have fitted, or
    // the line goes on after an unfinished one with a capital. Once a stanza has begun, a line
    // well short of the column is enough: verse has long words too.
    const chosen =
      previous !== undefined && (isVerseBreak(previous, line, column[previous.index]!) || (stanza.length >= 2 && previous.text.trim().length <= column[previous.index]! * 0.85));
    if (fits && adjacent && chosen) {
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
    const raw = splitLines(text);
    // Lines are judged without the line numbers an edition sets at their ends; the numbers go with the breaks.
    const numbered = lineNumbers(raw);
    const lines = raw.map((line) => {
      const cut = numbered.get(line.index);
      return cut === undefined ? line : { ...line, text: line.text.slice(0, cut), end: line.start + cut };
    });
    const column = verseColumns(lines, localColumnWidths(lines, (line) => isMarkedBlock(line.text)));
    const edits: Edit[] = [];
    const runs = verseRuns(lines, column);
    for (const stanzas of runs) {
      stanzas.forEach((stanza, s) => {
        const first = stanza[0]!;
        if (s === 0 && first.index > 0 && !isBlank(lines[first.index - 1])) edits.push({ start: first.start, end: first.start, text: '\n', ruleId: 'pdf/verse' });
        stanza.forEach((line, k) => {
          const indent = leadingSpace(line.text);
          if (indent) edits.push({ start: line.start, end: line.start + indent, text: '', ruleId: 'pdf/verse' });
          const end = line.start + line.text.trimEnd().length;
          const lineEnd = raw[line.index]!.end;
          const next = stanza[k + 1];
          // Across a page break the stanza closes up: its lines go on under one another.
          if (next) edits.push({ start: end, end: next.index === line.index + 1 ? lineEnd : next.start - 1, text: '\\', ruleId: 'pdf/verse' });
          else if (s === stanzas.length - 1 && line.index + 1 < lines.length && !isBlank(lines[line.index + 1])) {
            edits.push({ start: end, end: lineEnd, text: '\n', ruleId: 'pdf/verse' });
          } else if (lineEnd > end) edits.push({ start: end, end: lineEnd, text: '', ruleId: 'pdf/verse' });
        });
      });
    }
    return edits;
  },
};
