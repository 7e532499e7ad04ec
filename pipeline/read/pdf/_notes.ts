/**
 * Footnotes at the foot of a page: a block of lines set smaller than the text, below it, each
 * note opening with its mark (a number or a symbol, often raised). Each becomes a Markdown
 * footnote; the raised mark in the text with the same sign becomes its reference.
 */
import type { Line } from './_lines.ts';

export interface Note {
  label: string;
  mark: string;
  page: number;
  lines: Line[];
}

const MARK = /^(\d{1,3}|[*†‡§¶])(?=\s|\p{Lu}|\p{Ll}|["“(])/u;

/** The mark a note line opens with: its raised first part, or a number or symbol before the text. */
function markOf(line: Line): string | undefined {
  const first = line.parts.find((p) => p.text.trim() !== '');
  if (first?.sup && /^\s*(\d{1,3}|[*†‡§¶])\s*$/.test(first.text)) return first.text.trim();
  return MARK.exec(line.text)?.[1];
}

/**
 * Splits a page's lines into text and notes. `bodySize` is the document's text size. Lines are
 * taken as notes only from the foot up, only while they stay small, and only from a line that
 * opens with a mark: small lines above the first mark (a caption, say) stay text.
 */
export function splitNotes(lines: readonly Line[], bodySize: number, nextLabel: () => string): { text: Line[]; notes: Note[] } {
  // Two columns each keep their notes at their own foot, beside the other column's last lines of
  // text: each column is searched on its own, the left one's notes first.
  const left = lines.filter((l) => l.column === 0);
  const right = lines.filter((l) => l.column === 1);
  if (left.length > 0 && right.length > 0) {
    const notes = [...footNotes(left, bodySize, nextLabel), ...footNotes(right, bodySize, nextLabel)];
    const inNotes = new Set(notes.flatMap((n) => n.lines));
    return { text: lines.filter((l) => !inNotes.has(l)), notes };
  }
  const notes = footNotes(lines, bodySize, nextLabel);
  const inNotes = new Set(notes.flatMap((n) => n.lines));
  return { text: lines.filter((l) => !inNotes.has(l)), notes };
}

function footNotes(lines: readonly Line[], bodySize: number, nextLabel: () => string): Note[] {
  const byY = [...lines].sort((a, b) => a.y - b.y);
  let start = byY.length;
  while (start > 0 && byY[start - 1]!.size <= 0.92 * bodySize) start--;
  if (start === byY.length || start === 0) return [];
  const foot = byY.slice(start);
  const firstMark = foot.findIndex((l) => markOf(l) !== undefined);
  if (firstMark === -1) return [];
  const noteLines = foot.slice(firstMark);
  const notes: Note[] = [];
  for (const line of noteLines) {
    const mark = markOf(line);
    if (mark !== undefined) notes.push({ label: nextLabel(), mark, page: line.page, lines: [line] });
    else notes[notes.length - 1]!.lines.push(line);
  }
  return notes;
}

/** The note's text without its mark. */
export function noteText(note: Note): string[] {
  return note.lines.map((line, i) => {
    if (i > 0) return line.text;
    const first = line.parts.find((p) => p.text.trim() !== '');
    if (first?.sup) return line.parts.slice(line.parts.indexOf(first) + 1).map((p) => p.text).join('').replace(/\s+/g, ' ').trim();
    return line.text.slice(note.mark.length).trim();
  });
}
