/**
 * First-fit line breaking: each line takes as much as fits, spaces shrunk if need be. It
 * never fails, so it is the fallback when the total-fit breaker finds no acceptable set of
 * breaks. Same input and output as `breakTotalFit`.
 */
import type { Item } from './types.ts';
import {
  addItem,
  adjustmentRatio,
  difference,
  isBreakPoint,
  isForcedBreak,
  totalsAfterBreak,
  ZERO_TOTALS,
  type Totals,
} from './totals.ts';
import { lineWidth, type LineWidths } from './total-fit.ts';

export function breakFirstFit(items: readonly Item[], widths: LineWidths): number[] {
  const breaks: number[] = [];
  let lineStart: Totals = ZERO_TOTALS;
  let lastFit: { index: number; sum: Totals } | undefined;
  let sum = ZERO_TOTALS;

  const fitsFromLineStart = (index: number): boolean => {
    const item = items[index]!;
    const line = difference(sum, lineStart);
    const width = line.width + (item.type === 'penalty' ? item.width : 0);
    return adjustmentRatio({ ...line, width }, lineWidth(widths, breaks.length)) >= -1;
  };
  const endLineAt = (index: number, sumThere: Totals): void => {
    breaks.push(index);
    lineStart = totalsAfterBreak(items, index, sumThere);
    lastFit = undefined;
  };

  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    if (isBreakPoint(items, index, true)) {
      let fits = fitsFromLineStart(index);
      if (!fits && lastFit) {
        endLineAt(lastFit.index, lastFit.sum);
        fits = fitsFromLineStart(index);
      }
      // A forced break ends the line; so does a piece too wide for any line, which the
      // word breaker prevents by offering breaks between letters.
      if (isForcedBreak(item) || !fits) endLineAt(index, sum);
      else lastFit = { index, sum };
    }
    sum = addItem(sum, item);
  }
  return breaks;
}
