/**
 * Lines set outside the paragraph machinery: running heads and folios (one line, centred,
 * shortened with an ellipsis when too long), and contents lines with dot leaders.
 */
import { firstStrongDirection, hasRightToLeft, orderLine } from './bidi.ts';
import type { Fragment, SetLine, TextMeasurer, TextStyle } from './types.ts';

const ELLIPSIS = '\u2026';

/**
 * One line of text centred on `centre`; cut at a word with an ellipsis if wider than `maxWidth`.
 * A line with right-to-left words (a running head that names an Arabic piece beside a Latin
 * title) has its words placed in visual order by the bidirectional algorithm, in the direction
 * of its first strong letter, as a paragraph of its own would be.
 */
export function setCentredLine(text: string, style: TextStyle, centre: number, maxWidth: number, measurer: TextMeasurer): SetLine {
  const fitted = fitWithEllipsis(text, style, maxWidth, measurer);
  const width = measurer.width(fitted, style);
  const line: Fragment = { x: centre - width / 2, width, text: fitted, style };
  if (!hasRightToLeft(fitted)) return { fragments: [line] };
  return { fragments: orderLine([line], firstStrongDirection(fitted), line.x, width, measurer) };
}

function fitWithEllipsis(text: string, style: TextStyle, maxWidth: number, measurer: TextMeasurer): string {
  if (measurer.width(text, style) <= maxWidth) return text;
  const words = text.split(/\s+/);
  for (let count = words.length - 1; count > 0; count -= 1) {
    const candidate = `${words.slice(0, count).join(' ').replace(/[\s,;:.\u2013\u2014-]+$/u, '')}${ELLIPSIS}`;
    if (measurer.width(candidate, style) <= maxWidth) return candidate;
  }
  return ELLIPSIS;
}

export interface LeaderOptions {
  /** Right edge of the line: the page number ends here. */
  right: number;
  number: string;
  numberStyle: TextStyle;
  dotStyle: TextStyle;
  /** Distance between dots; dots sit on multiples of it, so they line up from line to line. */
  spacing: number;
  /** Clear space on either side of the leaders. */
  gap: number;
}

/** Adds dot leaders and a right-aligned page number after the text of a line. */
export function withLeaders(line: SetLine, options: LeaderOptions, measurer: TextMeasurer): SetLine {
  const numberWidth = measurer.width(options.number, options.numberStyle);
  const numberX = options.right - numberWidth;
  const textEnd = Math.max(0, ...line.fragments.map((f) => f.x + f.width));
  const dotWidth = measurer.width('.', options.dotStyle);
  const dots: Fragment[] = [];
  const firstSlot = Math.ceil((textEnd + options.gap) / options.spacing);
  for (let slot = firstSlot; slot * options.spacing + dotWidth <= numberX - options.gap; slot += 1) {
    dots.push({ x: slot * options.spacing, width: dotWidth, text: '.', style: options.dotStyle, artifact: true });
  }
  const number: Fragment = { x: numberX, width: numberWidth, text: options.number, style: options.numberStyle };
  return { ...line, fragments: [...line.fragments, ...dots, number] };
}
