/**
 * Total-fit line breaking (Knuth & Plass, 1981): of all the ways to break a paragraph, the
 * one with the least total demerits, where a line's demerits grow with the cube of how much
 * its spaces stretch or shrink. Returns undefined when no way fits within the tolerance, so
 * the caller can try again with hyphenation, more tolerance, or the first-fit breaker.
 */
import { INFINITE_PENALTY, type Item } from './types.ts';
import { lineStartAfter, isForcedBreak, type Totals } from './totals.ts';

export interface LineWidths {
  first: number;
  rest: number;
  /** Widths of the first lines when they differ from `first`/`rest` (beside a drop cap). */
  lines?: readonly number[];
}

export function lineWidth(widths: LineWidths, line: number): number {
  return widths.lines?.[line] ?? (line === 0 ? widths.first : widths.rest);
}

export interface TotalFitOptions {
  widths: LineWidths;
  /** Largest badness a line may have (TeX's \tolerance; 10 000 accepts any line that fits). */
  tolerance: number;
  /** Whether hyphens and breaks inside words may be used. */
  allowDiscretionary: boolean;
  /** Stretch added to every line in a last attempt (TeX's \emergencystretch). */
  emergencyStretch: number;
  linePenalty: number;
  /** For two hyphenated lines in a row. */
  doubleHyphenDemerits: number;
  /** For a hyphen on the last line but one. */
  finalHyphenDemerits: number;
  /** For a tight line next to a loose one. */
  adjacentDemerits: number;
  /**
   * Most lines in a row that may end in a hyphen (a ladder); unlimited when not given. Breaks
   * after different runs of hyphens are kept apart, so the best way within the limit is found.
   */
  maxConsecutiveHyphens?: number;
}

export const TEX_DEMERITS = {
  linePenalty: 10,
  doubleHyphenDemerits: 10_000,
  finalHyphenDemerits: 5_000,
  adjacentDemerits: 10_000,
} as const;

const INFINITELY_BAD = 10_000;

/**
 * A feasible break. The sums of the items before the line that starts after it are kept as
 * plain numbers: a long paragraph has hundreds of thousands of break points, and one object
 * per sum would keep the collector busier than the breaking itself.
 */
interface BreakNode {
  position: number;
  line: number;
  fitness: number;
  flagged: boolean;
  /** Lines ending in a hyphen in a row, this one included. */
  hyphens: number;
  width: number;
  stretch: number;
  shrink: number;
  fills: number;
  demerits: number;
  previous: BreakNode | undefined;
}

/** The best way found so far to end a line at the current break, per fitness class and line. */
interface Candidate {
  fitness: number;
  hyphens: number;
  from: BreakNode;
  demerits: number;
}

/** Indices of the items where lines end; the last is the paragraph's final penalty. */
export function breakTotalFit(items: readonly Item[], options: TotalFitOptions): number[] | undefined {
  let active: BreakNode[] = [
    { position: -1, line: 0, fitness: 1, flagged: false, hyphens: 0, width: 0, stretch: 0, shrink: 0, fills: 0, demerits: 0, previous: undefined },
  ];
  let next: BreakNode[] = [];
  // While the next line's width depends on the line number, breaks after different numbers
  // of lines are different states and must not replace one another: candidates are kept per
  // fitness class and per line number up to the last special one.
  const varying = options.widths.lines?.length ?? 0;
  const runs = runStates(options);
  const slots: Array<Candidate | undefined> = new Array(4 * (varying + 2) * runs).fill(undefined);
  const used: number[] = [];
  const sum = { width: 0, stretch: 0, shrink: 0, fills: 0 };
  const allowDiscretionary = options.allowDiscretionary;
  // As `isBreakPoint`, with the item before at hand.
  let afterBox = false;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    const breakPoint =
      item.type === 'glue' ? afterBox : item.type === 'penalty' && item.cost < INFINITE_PENALTY && (allowDiscretionary || item.kind === 'plain');
    afterBox = item.type === 'box';
    if (breakPoint) {
      considerBreak(items, index, sum, active, next, slots, used, varying, runs, options);
      const swap = active;
      active = next;
      next = swap;
      next.length = 0;
      if (active.length === 0) return undefined;
    }
    if (item.type === 'box') sum.width += item.width;
    else if (item.type === 'glue') {
      sum.width += item.width;
      if (item.fill) sum.fills += 1;
      else {
        sum.stretch += item.stretch;
        sum.shrink += item.shrink;
      }
    }
  }
  let best: BreakNode | undefined;
  for (const node of active) {
    if (node.position === items.length - 1 && (best === undefined || node.demerits < best.demerits)) best = node;
  }
  return best ? breakPositions(best) : undefined;
}

/**
 * Tries to end a line at `index` after every active break, writing the new active list into
 * `survivors`. Breaks that can no longer start a feasible line are dropped; the best new
 * break of each fitness class joins the active list.
 */
function considerBreak(
  items: readonly Item[],
  index: number,
  sum: Readonly<Totals>,
  active: readonly BreakNode[],
  survivors: BreakNode[],
  slots: Array<Candidate | undefined>,
  used: number[],
  varying: number,
  runs: number,
  options: TotalFitOptions,
): void {
  const item = items[index]!;
  const penaltyWidth = item.type === 'penalty' ? item.width : 0;
  const cost = item.type === 'penalty' ? item.cost : 0;
  const flagged = item.type === 'penalty' && item.flagged;
  const forced = isForcedBreak(item);

  const widths = options.widths;
  const emergencyStretch = options.emergencyStretch;
  // Indexed loops: a `for … of` that V8 has not optimized yet makes an iterator result per step.
  for (let a = 0; a < active.length; a += 1) {
    const node = active[a]!;
    // Plain numbers, no sums object: this is the innermost loop of the whole layout. The
    // line's width and `ratioOf` are written out here, step for step: the build runs without
    // inlining (bin/anthology.js), and every call returning a fraction would box it.
    const line = node.line;
    const measure = widths.lines?.[line] ?? (line === 0 ? widths.first : widths.rest);
    const slack = measure - (sum.width - node.width + penaltyWidth);
    let ratio: number;
    if (Math.abs(slack) < 1e-6) ratio = 0;
    else if (slack > 0) {
      const totalStretch = sum.stretch - node.stretch + emergencyStretch;
      ratio = sum.fills - node.fills > 0 ? 0 : totalStretch > 1e-9 ? slack / totalStretch : Number.POSITIVE_INFINITY;
    } else {
      const totalShrink = sum.shrink - node.shrink;
      ratio = totalShrink > 1e-9 ? slack / totalShrink : Number.NEGATIVE_INFINITY;
    }
    if (ratio >= -1 && !forced) survivors.push(node);
    if (ratio < -1) continue;
    const badness = badnessOf(ratio);
    if (badness > options.tolerance) continue;
    const hyphens = flagged ? node.hyphens + 1 : 0;
    if (hyphens > (options.maxConsecutiveHyphens ?? Number.POSITIVE_INFINITY)) continue;
    const fitness = fitnessClass(ratio);
    let demerits = lineDemerits(badness, cost, options.linePenalty);
    if (flagged && node.flagged) demerits += options.doubleHyphenDemerits;
    if (forced && node.flagged) demerits += options.finalHyphenDemerits;
    if (Math.abs(fitness - node.fitness) > 1) demerits += options.adjacentDemerits;
    const total = node.demerits + demerits;
    const slot = (fitness * (varying + 2) + Math.min(node.line + 1, varying + 1)) * runs + Math.min(hyphens, runs - 1);
    const current = slots[slot];
    if (!current) {
      slots[slot] = { fitness, hyphens, from: node, demerits: total };
      used.push(slot);
    } else if (total < current.demerits) {
      current.from = node;
      current.demerits = total;
    }
  }
  if (used.length === 0) return;

  // The sums at the start of the next line, as `totalsAfterBreak` adds them up.
  let width = sum.width;
  let stretch = sum.stretch;
  let shrink = sum.shrink;
  let fills = sum.fills;
  const start = lineStartAfter(items, index);
  for (let k = index; k < start; k += 1) {
    const passed = items[k]!;
    if (passed.type === 'box') width += passed.width;
    else if (passed.type === 'glue') {
      width += passed.width;
      if (passed.fill) fills += 1;
      else {
        stretch += passed.stretch;
        shrink += passed.shrink;
      }
    }
  }
  // In order of fitness class, then of line: mostly there is one.
  if (used.length > 1) used.sort((a, b) => slots[a]!.fitness - slots[b]!.fitness || slots[a]!.from.line - slots[b]!.from.line);
  for (let u = 0; u < used.length; u += 1) {
    const slot = used[u]!;
    const { fitness, hyphens, from, demerits } = slots[slot]!;
    survivors.push({ position: index, line: from.line + 1, fitness, flagged, hyphens, width, stretch, shrink, fills, demerits, previous: from });
    slots[slot] = undefined;
  }
  used.length = 0;
}

/** How many runs of hyphens must be told apart: 0 … the limit, or just one state without a limit. */
function runStates(options: TotalFitOptions): number {
  const limit = options.maxConsecutiveHyphens;
  return limit === undefined || !Number.isFinite(limit) ? 1 : Math.max(1, Math.floor(limit) + 1);
}

/** 100·|r|³, capped (TeX's badness); plain multiplication, as this runs in the inner loop. */
function badnessOf(ratio: number): number {
  const r = ratio < 0 ? -ratio : ratio;
  // Past this the cube exceeds the cap (±Infinity and NaN land here too).
  if (!(r < BADNESS_CAP_RATIO)) return INFINITELY_BAD;
  return Math.min(INFINITELY_BAD, 100 * r * r * r);
}

const BADNESS_CAP_RATIO = Math.cbrt(INFINITELY_BAD / 100);

/** 0 tight, 1 decent, 2 loose, 3 very loose. */
function fitnessClass(ratio: number): number {
  if (ratio < -0.5) return 0;
  if (ratio <= 0.5) return 1;
  if (ratio <= 1) return 2;
  return 3;
}

function lineDemerits(badness: number, cost: number, linePenalty: number): number {
  const base = (linePenalty + badness) ** 2;
  if (cost >= 0) return base + cost ** 2;
  if (cost > -INFINITE_PENALTY) return base - cost ** 2;
  return base;
}

function breakPositions(node: BreakNode): number[] {
  const positions: number[] = [];
  for (let current: BreakNode | undefined = node; current && current.position >= 0; current = current.previous) {
    positions.push(current.position);
  }
  return positions.reverse();
}
