import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, splitLines, type Line } from '../_lines.ts';
import { endsSentence, isMarkedBlock, leadingSpace, localLineLengths, startsLowercase } from './_pdf-lines.ts';

/** Shorter than this share of the local full line, a line that ends a sentence ends its paragraph. */
const SHORT_LINE = 0.8;
/** Longer than this share, a line is a paragraph that arrived unwrapped. */
const LONG_LINE = 1.3;
/** A line ending on one of these words has not finished its sentence, whatever follows. */
const DANGLING = /\b(the|a|an|of|to|in|and|or|for|with|by|from|that|on|at)$/i;
/** A label such as a year in a timeline is much shorter than a line. */
const LABEL_LINE = 0.4;

function endsParagraph(lines: readonly Line[], i: number, typical: readonly number[]): boolean {
  const current = lines[i]!.text.trim();
  const next = lines[i + 1]!.text.trim();
  if (startsLowercase(next)) return false;
  const full = typical[i]!;
  const firstOfBlock = i === 0 || isBlank(lines[i - 1]);
  if (firstOfBlock && current.length < full * LABEL_LINE && !endsSentence(current)) return true;
  if (!endsSentence(current)) return false;
  return current.length < full * SHORT_LINE || current.length > full * LONG_LINE || next.length > typical[i + 1]! * LONG_LINE;
}

/**
 * Hard-wrapped lines become paragraphs. A line ends its paragraph when it finishes a sentence
 * and falls short of the full line length around it (columns differ in width, so the
 * comparison is local), or when one of the two lines is a whole paragraph on one line.
 */
export const unwrapLines: Pass = {
  ruleId: 'pdf/unwrap',
  run(text) {
    const lines = splitLines(text);
    const typical = localLineLengths(lines, (line) => isMarkedBlock(line.text));
    const edits: Edit[] = [];
    let previous: Line | undefined;
    for (const line of lines) {
      if (isBlank(line)) continue;
      const content = line.start + leadingSpace(line.text);
      if (previous) {
        const contentEnd = previous.start + previous.text.trimEnd().length;
        const marked = isMarkedBlock(previous.text) || isMarkedBlock(line.text);
        if (previous.index + 1 === line.index) {
          const separate = marked || endsParagraph(lines, previous.index, typical);
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
