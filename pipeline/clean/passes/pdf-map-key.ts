import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, nextContentLine, previousContentLine, splitLines, type Line } from '../_lines.ts';

/** The title of a map's key: "Key", "Legend", "Key to the map", "Key to symbols:". */
const KEY_TITLE = /^\s*(?:key|legend)(?:\s+to\s+(?:the\s+)?(?:map|plan|symbols|sites))?\s*:?\s*$/i;
/** A symbol drawn on a map, as an extraction gives it: a geometric shape, a star, a cross; not a letter, a digit or a quotation mark. */
const SYMBOL = '[■□▪▫▲△▴▵►▶◆◇○●◎◉★☆✚✕✖✝†‡⊕⊗⊙⬤◼◻◾◽░▒▓▨▧▦]';
/** One entry of a key: a symbol and what it stands for, in a word or three. */
const ENTRY = `${SYMBOL}\\s+\\p{L}[\\p{L}'’-]*(?:\\s\\p{L}[\\p{L}'’-]*){0,2}`;
/** A line of one entry or several set side by side, at least two spaces apart. */
const ENTRY_LINE = new RegExp(`^\\s*${ENTRY}(?:\\s{2,}${ENTRY})*\\s*$`, 'u');
/**
 * An entry whose symbol is drawn with the keyboard's marks: a line's pattern ("- - -", "——",
 * "····", "===") or a cross ("+"), then what it stands for. Lists and dialogue open on a dash
 * too: such an entry counts only under a key's title.
 */
const DRAWN_ENTRY_LINE = /^\s*(?:[-–—=_·.:+×](?:\s?[-–—=_·.:+×]){0,7})\s+\p{L}[\p{L}'’-]*(?:\s[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,3}\s*$/u;
/** One entry drawn with the keyboard's marks, set beside others on a line ("— road"). */
const DRAWN_ENTRY = "[-–—=_·.:+×](?:\\s?[-–—=_·.:+×]){0,7}\\s+\\p{L}[\\p{L}'’-]*(?:\\s\\p{L}[\\p{L}'’-]*){0,2}";
/**
 * A key set on its title's line, after a colon ("Key: ■ depot  — road", "Legend: ● mill"):
 * entries each a symbol or a drawn mark and a word or three, two spaces or more apart.
 */
const KEY_ON_ITS_TITLE_LINE = new RegExp(`^\\s*(?:key|legend)\\s*:\\s*((?:${ENTRY}|${DRAWN_ENTRY})(?:\\s{2,}(?:${ENTRY}|${DRAWN_ENTRY}))*)\\s*$`, 'iu');

/**
 * The title's line holds the key: at least one entry drawn with a map's symbol, or two entries or
 * more each drawn with a mark of its own (a dash after "Key:" alone may open a sentence).
 */
function keyOnTitleLine(text: string): boolean {
  const entries = KEY_ON_ITS_TITLE_LINE.exec(text)?.[1]?.split(/\s{2,}/);
  if (entries === undefined) return false;
  if (entries.some((e) => new RegExp(`^${SYMBOL}`, 'u').test(e))) return true;
  const marks = entries.map((e) => e.split(/\s(?=\p{L})/u)[0]!.replace(/\s/g, ''));
  return marks.length >= 2 && new Set(marks).size === marks.length;
}

/** Several entries on one line: a key set across the map's foot, no list's item. */
const ENTRIES_ACROSS = new RegExp(`^\\s*${ENTRY}(?:\\s{2,}${ENTRY})+\\s*$`, 'u');
/**
 * A map's own title over its key: a map's label and number, then a few words naming what it
 * shows ("Map 4. Roads of the valley", "Map II: the parish"). Directly over a key's entries (no
 * blank line between) it is the map's, not the text's.
 */
const MAP_TITLE = /^\s*map\s+(?:\d{1,3}|[ivxlc]{1,6})\s*[.:]\s+\p{L}[^.!?]*$/iu;
/** The mark an entry drawn with the keyboard's marks opens with ("- - -", "···"), its spaces left out. */
function drawnMark(line: Line | undefined): string | undefined {
  if (line === undefined || isBlank(line)) return undefined;
  const match = DRAWN_ENTRY_LINE.exec(line.text);
  return match ? (/^\s*(\S(?:\s?[-–—=_·.:+×])*)/u.exec(line.text)?.[1] ?? '').replace(/\s/g, '') : undefined;
}

/**
 * A key whose entries are all drawn with the keyboard's marks ("— Sea wall", "··· Flooded
 * land"): under its title, two entries or more, each with a mark of its own. A list under a
 * heading of that name opens every item with the same dash; a key draws each thing it names
 * differently.
 */
function drawnKey(lines: readonly Line[], first: number): boolean {
  const marks: string[] = [];
  for (let k = first; k < lines.length && marks.length <= MAX_ENTRIES; k++) {
    const mark = drawnMark(lines[k]);
    if (mark === undefined) break;
    marks.push(mark);
  }
  return marks.length >= 2 && new Set(marks).size === marks.length;
}

/** Most words of a key's title in a word of its own language ("Teckenförklaring", "Zeichenerklärung", "Clave"). */
const MAX_KEY_TITLE_WORDS = 2;

/**
 * A key's title in whatever language: a word or two alone on a line, no stop, over entries that
 * are a key's beyond doubt: two or more, each drawn with a mark of its own, one at least a map's
 * symbol. A list under a heading opens every item with the same mark.
 */
function titleOverEntries(lines: readonly Line[], i: number, entry: (line: Line | undefined) => boolean): boolean {
  const t = lines[i]!.text.trim();
  if (t.split(/\s+/).length > MAX_KEY_TITLE_WORDS || /[.,;!?]$/.test(t) || !/^\p{Lu}/u.test(t)) return false;
  const marks: string[] = [];
  let symbols = 0;
  for (let k = i + 1; k < lines.length && marks.length <= MAX_ENTRIES; k++) {
    const line = lines[k]!;
    if (entry(line)) {
      symbols++;
      marks.push(line.text.trim().charAt(0));
    } else {
      const mark = drawnMark(line);
      if (mark === undefined) break;
      marks.push(mark);
    }
  }
  return marks.length >= 2 && symbols >= 1 && new Set(marks).size === marks.length;
}

/** Most words of a map's title over its key. */
const MAX_TITLE_WORDS = 12;

/** Most blank lines between a key's title and its first entry (a page break's, its running head removed). */
const MAX_GAP = 4;

/** Most entry lines a key runs to under its title. */
const MAX_ENTRIES = 8;

/** The line is set between two lines of one sentence: the one above ends no sentence, the one below goes on in lower case. */
function insideSentence(before: Line | undefined, after: Line | undefined): boolean {
  return before !== undefined && after !== undefined && !isBlank(before) && !isBlank(after) && !SENTENCE_END.test(before.text.trim()) && /^\s*["“‘(]?\p{Ll}/u.test(after.text);
}

/**
 * A key set in a column beside the text comes out of an extraction one line of it after each
 * line of text: its title and entries each between two lines of one sentence. The lines of
 * such a key from its title (or from `first`, an entry), every other line while each stands
 * inside a sentence; undefined when there is no entry.
 */
function besideText(lines: readonly Line[], first: number, entry: (line: Line | undefined) => boolean): number[] | undefined {
  const found: number[] = [];
  for (let k = first; k < lines.length && found.length <= MAX_ENTRIES; k += 2) {
    const line = lines[k]!;
    if ((k === first ? !KEY_TITLE.test(line.text) && !entry(line) : !entry(line)) || !insideSentence(lines[k - 1], lines[k + 1])) break;
    found.push(k);
  }
  return found.some((k) => entry(lines[k])) ? found : undefined;
}

/**
 * A map's key as a PDF extraction leaves it in the text: a "Key" or "Legend" title with the
 * entries under it, each a map symbol and a word or three ("▲ Mills"), or several entries set
 * side by side on one line ("● Mills   ■ Chapels"). Under a key's title the entries go with it,
 * whatever their symbol; without the title only a line of several entries goes, as a list of
 * one item per line is text (under the title, entries drawn with the keyboard's marks count when each has a mark of its own). Set between two lines of one sentence, the key goes and the
 * sentence closes up; so does a key set beside the text, its lines each between two lines of
 * one sentence (no list's item stands inside a sentence).
 */
export const removeMapKey: Pass = {
  ruleId: 'pdf/map-key',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    const entry = (line: Line | undefined): boolean => line !== undefined && !isBlank(line) && ENTRY_LINE.test(line.text);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (isBlank(line)) continue;
      const beside = (KEY_TITLE.test(line.text) || entry(line)) && edits.every((e) => e.end <= (lines[i - 1]?.end ?? 0)) ? besideText(lines, i, entry) : undefined;
      if (beside) {
        for (const k of beside) {
          const before = lines[k - 1]!;
          const after = lines[k + 1]!;
          edits.push({ start: before.end, end: after.start, text: '\n', ruleId: 'pdf/map-key', reason: "a map's key set beside the text, a line of it inside a sentence" });
        }
        i = beside[beside.length - 1]!;
        continue;
      }
      let last: number;
      // A page break may fall between a key's title and its entries (the running head it left is gone by now, its blank
      // lines not): under its title, after blank lines only, the entries are the key's still.
      let firstEntry = i + 1;
      while (firstEntry < lines.length && firstEntry - i <= MAX_GAP && isBlank(lines[firstEntry])) firstEntry++;
      // Under the key's title, an entry drawn with a line's pattern or a cross is the key's too.
      const keyEntry = (l: Line | undefined): boolean => entry(l) || (l !== undefined && !isBlank(l) && DRAWN_ENTRY_LINE.test(l.text));
      if ((KEY_TITLE.test(line.text) && (entry(lines[firstEntry]) || drawnKey(lines, firstEntry))) || titleOverEntries(lines, i, entry)) {
        last = firstEntry;
        while (last + 1 < lines.length && last - firstEntry < MAX_ENTRIES && keyEntry(lines[last + 1])) last++;
      } else if (ENTRIES_ACROSS.test(line.text) || keyOnTitleLine(line.text)) last = i;
      else continue;
      // The map's title directly over its key goes with it.
      let from = i;
      const title = lines[i - 1];
      if (title !== undefined && !isBlank(title) && MAP_TITLE.test(title.text) && title.text.trim().split(/\s+/).length <= MAX_TITLE_WORDS && edits.every((e) => e.end <= title.start)) from = i - 1;
      const start = lines[from]!;
      // The key's box may stand between blank lines inside the sentence, a blank line on each side: the sentence's lines
      // are then the nearest text lines. A blank line on one side only is a paragraph's end.
      const boxed = isBlank(lines[from - 1]) && isBlank(lines[last + 1]);
      const before = boxed ? previousContentLine(lines, from) : lines[from - 1];
      const after = boxed ? nextContentLine(lines, last) : lines[last + 1];
      const closesUp =
        before !== undefined &&
        after !== undefined &&
        !isBlank(before) &&
        !isBlank(after) &&
        edits.every((e) => e.end <= before.end) &&
        !SENTENCE_END.test(before.text.trim()) &&
        /^\s*["“‘(]?\p{Ll}/u.test(after.text);
      const end = Math.min(lines[last]!.end + 1, text.length);
      edits.push(
        closesUp
          ? { start: before.end, end: after.start, text: '\n', ruleId: 'pdf/map-key', reason: "a map's key, set into a sentence" }
          : { start: start.start, end, text: '', ruleId: 'pdf/map-key', reason: from < i ? "a map's title and key" : "a map's key" },
      );
      i = last;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed a map's key “${old.trim().replace(/\s+/g, ' ')}” from the text flow`,
};
