/**
 * Running sums over an item list, shared by the line breakers and the line setter:
 * the width, stretch and shrink of any stretch of items is a difference of two sums.
 */
import { INFINITE_PENALTY, type Item } from './types.ts';

export interface Totals {
  width: number;
  stretch: number;
  shrink: number;
  /** Number of fill glues (infinite stretch). */
  fills: number;
}

export const ZERO_TOTALS: Totals = Object.freeze({ width: 0, stretch: 0, shrink: 0, fills: 0 });

export function addItem(totals: Totals, item: Item): Totals {
  if (item.type === 'box') return { ...totals, width: totals.width + item.width };
  if (item.type === 'glue') {
    return item.fill
      ? { ...totals, width: totals.width + item.width, fills: totals.fills + 1 }
      : {
          width: totals.width + item.width,
          stretch: totals.stretch + item.stretch,
          shrink: totals.shrink + item.shrink,
          fills: totals.fills,
        };
  }
  return totals;
}

export function difference(to: Totals, from: Totals): Totals {
  return {
    width: to.width - from.width,
    stretch: to.stretch - from.stretch,
    shrink: to.shrink - from.shrink,
    fills: to.fills - from.fills,
  };
}

/** Glue is a break point when a box precedes it; a penalty when it is not infinite. */
export function isBreakPoint(items: readonly Item[], index: number, allowDiscretionary: boolean): boolean {
  const item = items[index]!;
  if (item.type === 'glue') return index > 0 && items[index - 1]!.type === 'box';
  if (item.type === 'penalty') return item.cost < INFINITE_PENALTY && (allowDiscretionary || item.kind === 'plain');
  return false;
}

export function isForcedBreak(item: Item): boolean {
  return item.type === 'penalty' && item.cost <= -INFINITE_PENALTY;
}

/** Index of the first item of the line that starts after a break at `index`. */
export function lineStartAfter(items: readonly Item[], index: number): number {
  let next = index + 1;
  while (next < items.length) {
    const item = items[next]!;
    if (item.type === 'box' || isForcedBreak(item)) break;
    next += 1;
  }
  return next;
}

/**
 * The sums at the start of the line after a break at `index`: the glue and penalties that
 * vanish at a break count as already passed.
 */
export function totalsAfterBreak(items: readonly Item[], index: number, totalsBefore: Totals): Totals {
  let totals = totalsBefore;
  const start = lineStartAfter(items, index);
  for (let k = index; k < start; k += 1) totals = addItem(totals, items[k]!);
  return totals;
}

/** The adjustment ratio of a line with these sums: 0 natural, 1 fully stretched, -1 fully shrunk. */
export function adjustmentRatio(line: Totals, lineWidth: number, extraStretch = 0): number {
  return ratioOf(line.width, line.stretch, line.shrink, line.fills, lineWidth, extraStretch);
}

/** `adjustmentRatio` on the sums as plain numbers, for the breaker's inner loop. */
export function ratioOf(width: number, stretch: number, shrink: number, fills: number, lineWidth: number, extraStretch = 0): number {
  const slack = lineWidth - width;
  if (Math.abs(slack) < 1e-6) return 0;
  if (slack > 0) {
    if (fills > 0) return 0;
    const total = stretch + extraStretch;
    return total > 1e-9 ? slack / total : Number.POSITIVE_INFINITY;
  }
  return shrink > 1e-9 ? slack / shrink : Number.NEGATIVE_INFINITY;
}
