import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';

/**
 * A proof reviewer's comment as a word processor or a PDF reader exports it into the text: a
 * mark that joins the reviewer's initials to the comment's number, then the comment. The mark
 * is a machine's: the initials in brackets with the number run on ("[AB3] …", "Note [AB3]: …"),
 * or a word, the number and the initials in parentheses ("Note 3 (AB): …"). Initials are two to
 * four capitals: one capital and a number is a grid square, a plate or a footnote's mark.
 */
const BRACKETED = /^\s*(?:\p{Lu}\p{Ll}+\s+)?\[(\p{Lu}{2,4})(\d{1,3})\](:?)\s+\S/u;
const NUMBERED = /^\s*\p{Lu}\p{Ll}+\s+(\d{1,3})\s*\((\p{Lu}{2,4})\):\s+\S/u;
/** A comment is a line or two, not a paragraph. */
const MAX_WORDS = 30;

interface Mark {
  line: Line;
  number: number;
}

function markOf(line: Line): Mark | undefined {
  if (wordCount(line.text) > MAX_WORDS) return undefined;
  const bracketed = BRACKETED.exec(line.text);
  if (bracketed) return { line, number: Number(bracketed[2]) };
  const numbered = NUMBERED.exec(line.text);
  if (numbered) return { line, number: Number(numbered[1]) };
  return undefined;
}

/**
 * Removes a proof reviewer's comments left between a PDF's paragraphs. The positive evidence is
 * the counter: a reviewer's comments are numbered through the document, so two or more marks
 * whose numbers rise in reading order (from 1 to 3 at the start, by 1 to 3 a step) are a
 * comment thread, whatever the comments say or in what tongue. Each must stand apart from the
 * next, with the text's own lines between: a list of keyed entries ("[AB1] Smith, 1990",
 * "[AB2] …", a bibliography) runs line after line or only blank lines apart, and stays. One
 * mark alone has no counter to rise and is kept and listed.
 */
export const removeReviewerComment: Pass = {
  ruleId: 'pdf/reviewer-comment',
  run(text, ctx) {
    const lines = splitLines(text);
    const marks: Mark[] = [];
    for (const line of lines) {
      const mark = markOf(line);
      if (mark) marks.push(mark);
    }
    if (marks.length === 0) return [];
    const rising = marks.length >= 2 && marks[0]!.number <= 3 && marks.every((m, i) => i === 0 || (m.number > marks[i - 1]!.number && m.number - marks[i - 1]!.number <= 3));
    // The text's own lines between each mark and the next: a comment stands among paragraphs, an entry among entries.
    const apart = marks.every((m, i) => i === 0 || lines.slice(marks[i - 1]!.line.index + 1, m.line.index).some((l) => !isBlank(l)));
    if (!rising || !apart) {
      for (const m of marks) ctx.keep(m.line.start, m.line.text.trim(), marks.length === 1 ? 'may be a reviewer’s comment; one mark, no counter to rise' : 'may be a reviewer’s comment; the marks’ numbers do not rise one comment to the next, or the marks stand together as a list');
      return [];
    }
    const reason = `a reviewer’s mark (initials and number) numbered ${marks.map((m) => m.number).join(', ')} through the document, each among the text’s lines`;
    return marks.map((m): Edit => ({ start: m.line.start, end: Math.min(m.line.end + 1, text.length), text: '', ruleId: 'pdf/reviewer-comment', reason }));
  },
  describe: (_edit, old) => `Removed reviewer’s comment “${old.trim()}”`,
};
