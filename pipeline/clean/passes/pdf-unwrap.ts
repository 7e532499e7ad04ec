import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { isBlank, splitLines, type Line } from '../_lines.ts';
import {
  DATE_LABEL,
  endsInHardBreak,
  OVERLONG,
  breakIsChosen,
  endsSentence,
  isMarkedBlock,
  leadingSpace,
  lineWidths,
  startsLowercase,
} from './_pdf-lines.ts';

/** Shorter than this share of the local full line, a line that ends a sentence ends its paragraph. */
const SHORT_LINE = 0.8;
/** A line ending on one of these words has not finished its sentence, whatever follows. */
const DANGLING = /\b(the|a|an|of|to|in|and|or|for|with|by|from|that|on|at)$/i;
/** A label such as a year in a timeline is much shorter than a line. */
const LABEL_LINE = 0.4;

/** A line that stops without punctuation here has lost its full stop, if the next word would have fitted. */
const UNFINISHED = /[,;:(\-–—]$/;

interface Widths {
  typical: readonly number[];
  column: readonly number[];
}

/** A capitalised word the document also writes in lower case: a sentence start, not a name. */
function opensSentence(text: string, ctx: PassContext): boolean {
  const word = /^["“‘(]?(\p{Lu}\p{Ll}*)\b/u.exec(text)?.[1];
  return word !== undefined && ctx.vocabulary.count(word) > ctx.vocabulary.capitalCount(word);
}

function endsParagraph(lines: readonly Line[], i: number, { typical, column }: Widths, ctx: PassContext): boolean {
  const current = lines[i]!.text.trim();
  const next = lines[i + 1]!.text.trim();
  if (startsLowercase(next)) return false;
  const full = typical[i]!;
  const firstOfBlock = i === 0 || isBlank(lines[i - 1]);
  if (firstOfBlock && current.length < full * LABEL_LINE && !endsSentence(current)) return true;
  // A bare year over a timeline's entries is a label of its own.
  if (/^\d{4}(?:[–-]\d{1,4})?s?$/.test(current) && endsSentence(lines[i - 1]?.text ?? '.')) return true;
  if (endsSentence(current) && (DATE_LABEL.test(next) || /^\d{4}(?:[–-]\d{1,4})?s?$/.test(next))) return true;
  const overlong = current.length > full * OVERLONG || next.length > typical[i + 1]! * OVERLONG;
  if (endsSentence(current)) return overlong || current.length < full * SHORT_LINE || breakIsChosen(current, next, column[i]!);
  // The full stop was lost: the line stops short of a column the next line fills, and the next starts a sentence.
  return (
    !overlong &&
    !UNFINISHED.test(current) &&
    !DANGLING.test(current) &&
    opensSentence(next, ctx) &&
    current.length < column[i]! * SHORT_LINE &&
    next.length >= column[i + 1]! * SHORT_LINE &&
    breakIsChosen(current, next, column[i]!)
  );
}

/**
 * Hard-wrapped lines become paragraphs. A line ends its paragraph when it finishes a sentence
 * and falls short of the full line length around it (columns differ in width, so the
 * comparison is local), or when one of the two lines is a whole paragraph on one line.
 */
export const unwrapLines: Pass = {
  ruleId: 'pdf/unwrap',
  run(text, ctx) {
    const lines = splitLines(text);
    const ignore = (line: Line): boolean => isMarkedBlock(line.text);
    const widths: Widths = lineWidths(lines, ignore);
    const edits: Edit[] = [];
    let previous: Line | undefined;
    for (const line of lines) {
      if (isBlank(line)) continue;
      const content = line.start + leadingSpace(line.text);
      if (previous) {
        const contentEnd = previous.start + previous.text.trimEnd().length;
        const marked = isMarkedBlock(previous.text) || isMarkedBlock(line.text);
        if (previous.index + 1 === line.index && endsInHardBreak(previous.text)) {
          // A line of verse: its break stays.
          if (content > line.start) edits.push({ start: line.start, end: content, text: '', ruleId: 'pdf/unwrap' });
        } else if (previous.index + 1 === line.index) {
          const separate = marked || endsParagraph(lines, previous.index, widths, ctx);
          edits.push({ start: contentEnd, end: content, text: separate ? '\n\n' : ' ', ruleId: 'pdf/unwrap' });
        } else if (!marked && !endsSentence(previous.text) && (startsLowercase(line.text) || DANGLING.test(previous.text.trim()))) {
          // A page or column break cut the sentence: the blank line is not a paragraph end.
          edits.push({ start: contentEnd, end: content, text: ' ', ruleId: 'pdf/unwrap' });
        } else if (content > line.start) {
          edits.push({ start: line.start, end: content, text: '', ruleId: 'pdf/unwrap' });
        }
      } else if (content > line.start) {
        edits.push({ start: line.start, end: content, text: '', ruleId: 'pdf/unwrap' });
      }
      previous = line;
    }
    return edits;
  },
};
