import type { Edit } from '../../types.ts';
import { isBlank, nextContentLine, previousContentLine, type Line } from '../_lines.ts';
import { endsSentence } from './_pdf-lines.ts';

/** Where a page's foot stands among the lines: the content lines around it, and what they say of a page break there. */
export interface FootPlace {
  above?: Line;
  below?: Line;
  /** Between two lines of one sentence: the line above ends none (nor on a colon), the line below goes on in lower case. */
  inSentence: boolean;
  /** A blank line beside it, where the page's text stopped. */
  apart: boolean;
}

export function footPlace(lines: readonly Line[], line: Line): FootPlace {
  const above = previousContentLine(lines, line.index);
  const below = nextContentLine(lines, line.index);
  const inSentence = above !== undefined && below !== undefined && !endsSentence(above.text) && !/[:;]$/.test(above.text.trim()) && /^\s*["“‘(]?\p{Ll}/u.test(below.text);
  const apart = isBlank(lines[line.index - 1]) || isBlank(lines[line.index + 1]);
  return { ...(above ? { above } : {}), ...(below ? { below } : {}), inSentence, apart };
}

/**
 * The edit that takes a page's foot out: inside a sentence the sentence closes up over it (and
 * the blank lines around it), else the line goes. `reached` is the furthest end of the pass's
 * edits so far; undefined when this one would overlap them.
 */
export function footRemoval(text: string, line: Line, place: FootPlace, reached: number, ruleId: string, reason: string): Edit | undefined {
  const { above, below } = place;
  const edit: Edit =
    place.inSentence && above !== undefined && below !== undefined && reached <= above.end
      ? { start: above.end, end: below.start, text: '\n', ruleId, reason }
      : { start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId, reason };
  return edit.start < reached ? undefined : edit;
}
