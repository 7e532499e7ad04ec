import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, normaliseForComparison, splitLines, type Line } from '../_lines.ts';
import { isMarkedBlock, leadingSpace, localColumnWidths, rhymesAcross, startsLowercase } from './_pdf-lines.ts';
import { SHORT, capitalAfterUnfinished, goesOnInLowerCase, isVerseBreak, isVerseLineAt, verseColumns } from './_pdf-verse-lines.ts';

/** A poem shorter than this is not told from a few short sentences. */
const MIN_VERSE_LINES = 4;
const MIN_STANZA_LINES = 2;
/** Runs of verse this short are told from prose only when every line opens on a capital. */
const SHORT_RUN_LINES = 5;
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
    // A line ending on a colon over the verse is the prose introducing it ("… one verse was known to all:"),
    // and so are the lines of a first stanza that ends on one.
    if (group[0]!.length > 1 && /:["”’]?$/.test(group[0]![0]!.text.trim())) group[0]!.shift();
    if (group.length > 1 && /:["”’]?$/.test(group[0]!.at(-1)!.text.trim())) group.shift();
    const verse = group.flat();
    const total = verse.length;
    const unstopped = verse.filter((l) => !/[.!?]["”’]?$/.test(l.text.trim())).length;
    // Verse stops short of the margin, or rhymes where it fills the column; a run of full lines opening
    // on capitals is prose full of names.
    const short = verse.filter((l) => l.text.trim().length <= column[l.index]! * SHORT).length;
    // Verse opens its lines on capitals; a line going on in lower case is the exception in it.
    const capitalised = verse.filter((l) => !startsLowercase(l.text)).length;
    // A short run must open every line on a capital: four lines of prose in a narrow column, one going on
    // in lower case after a name opened another ("… when Hitler and" / "Stalin were friends; …" / "against …"), are no poem.
    const capitalsNeeded = total <= SHORT_RUN_LINES ? total : Math.ceil((total * 2) / 3);
    const enough = capitalised >= capitalsNeeded && (total >= MIN_VERSE_LINES || (group.length === 1 && isSetApartCouplet(lines, group[0]!)));
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
    const fits = isVerseLineAt(lines, i, column, adjacent && goesOnInLowerCase(previous, line, column[previous.index]!));
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
    const lines = splitLines(text);
    const column = verseColumns(lines, localColumnWidths(lines, (line) => isMarkedBlock(line.text)));
    const edits: Edit[] = [];
    for (const stanzas of verseRuns(lines, column)) {
      stanzas.forEach((stanza, s) => {
        const first = stanza[0]!;
        if (s === 0 && first.index > 0 && !isBlank(lines[first.index - 1])) edits.push({ start: first.start, end: first.start, text: '\n', ruleId: 'pdf/verse' });
        stanza.forEach((line, k) => {
          const indent = leadingSpace(line.text);
          if (indent) edits.push({ start: line.start, end: line.start + indent, text: '', ruleId: 'pdf/verse' });
          const end = line.start + line.text.trimEnd().length;
          const next = stanza[k + 1];
          // Across a page break the stanza closes up: its lines go on under one another.
          if (next) edits.push({ start: end, end: next.index === line.index + 1 ? line.end : next.start - 1, text: '\\', ruleId: 'pdf/verse' });
          else if (s === stanzas.length - 1 && line.index + 1 < lines.length && !isBlank(lines[line.index + 1])) {
            edits.push({ start: end, end: line.end, text: '\n', ruleId: 'pdf/verse' });
          }
        });
      });
    }
    return edits;
  },
};
