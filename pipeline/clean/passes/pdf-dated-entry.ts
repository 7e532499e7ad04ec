import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { DATE_LINE, isBlank, previousContentLine, splitLines, type Line } from '../_lines.ts';
import { endsSentence } from './_pdf-lines.ts';

/** Fewest dated entries before the dates are the document's own headings: one or two are a dateline or a letter's date. */
const MIN_ENTRIES = 3;
/** A date pdf/heading set as a dateline of its own ("*9 August 1923*") or as a heading ("## 9 August 1923"), or left bare. */
const DATE_SHAPES = /^\s*(?:(#{2,3})\s+|\*)?(.*?)\*?\s*$/;

/** Longest line that can hold a date alone, marked as a heading or a dateline ("## 30 September 1923"): longer lines are not tried. */
const MAX_DATE_LINE = 48;

/** The date the line holds alone, and how it is set now. */
function dateOf(line: Line): { marked: boolean; date: string } | undefined {
  if (line.text.length > MAX_DATE_LINE) return undefined;
  const shape = DATE_SHAPES.exec(line.text);
  if (!shape || !DATE_LINE.test(shape[2]!)) return undefined;
  return { marked: shape[1] !== undefined, date: shape[2]!.trim() };
}

/**
 * A diary's or an annal's entries in a PDF extraction, each opened by its date on a line of its
 * own after a finished paragraph (or at the top), over the entry's text. pdf/heading takes some
 * such dates for headings and sets others apart as datelines; where the document repeats the
 * shape three times or more, every one of them is a heading. A date set under a heading dates
 * that section, so a document that sets any date so keeps its dates as they are.
 */
export const markPdfDatedEntries: Pass = {
  ruleId: 'pdf/dated-entry',
  run(text) {
    const lines = splitLines(text);
    const entries: { line: Line; marked: boolean; date: string }[] = [];
    for (const line of lines) {
      if (isBlank(line)) continue;
      const date = dateOf(line);
      if (!date) continue;
      const above = previousContentLine(lines, line.index);
      // The first line is the title, however it is set.
      const underTitle = above === undefined || previousContentLine(lines, above.index) === undefined;
      // A date under a heading (not the title) dates that section: the document's dates are not its headings.
      if (!underTitle && /^#{2,6}\s/.test(above!.text) && !dateOf(above!)) return [];
      // After a finished paragraph or another entry's date.
      if (!underTitle && !endsSentence(above!.text) && !dateOf(above!)) continue;
      const below = lines[line.index + 1];
      if (below === undefined) continue;
      entries.push({ line, ...date });
    }
    if (entries.length < MIN_ENTRIES) return [];
    const edits: Edit[] = [];
    for (const { line, marked, date } of entries) {
      if (marked) continue;
      const previous = lines[line.index - 1];
      const next = lines[line.index + 1];
      const before = previous !== undefined && !isBlank(previous) ? '\n' : '';
      const after = next !== undefined && !isBlank(next) ? '\n' : '';
      edits.push({ start: line.start, end: line.end, text: `${before}## ${date}${after}`, ruleId: 'pdf/dated-entry', reason: 'a date opening one of the entries' });
    }
    return edits;
  },
};
