/**
 * Total-fit line breaking (Knuth & Plass, 1981): of all the ways to break a paragraph, the
 * one with the least total demerits, where a line's demerits grow with the cube of how much
 * its spaces stretch or shrink. Returns undefined when no way fits within the tolerance, so
 * the caller can try again with hyphenation, more tolerance, or the first-fit breaker.
 */
import { INFINITE_PENALTY, type Item } from './types.ts';
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
}

export const TEX_DEMERITS = {
  linePenalty: 10,
  doubleHyphenDemerits: 10_000,
  finalHyphenDemerits: 5_000,
  adjacentDemerits: 10_000,
} as const;

const INFINITELY_BAD = 10_000;

interface BreakNode {
  position: number;
  line: number;
  fitness: number;
  flagged: boolean;
  totals: Totals;
  demerits: number;
  previous: BreakNode | undefined;
}

/** Indices of the items where lines end; the last is the paragraph's final penalty. */
export function breakTotalFit(items: readonly Item[], options: TotalFitOptions): number[] | undefined {
  let active: BreakNode[] = [
    { position: -1, line: 0, fitness: 1, flagged: false, totals: ZERO_TOTALS, demerits: 0, previous: undefined },
  ];
  let sum = ZERO_TOTALS;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    if (isBreakPoint(items, index, options.allowDiscretionary)) {
      active = considerBreak(items, index, sum, active, options);
      if (active.length === 0) return undefined;
    }
    sum = addItem(sum, item);
  }
  const best = active
    .filter((node) => node.position === items.length - 1)
    .reduce<BreakNode | undefined>((a, b) => (a === undefined || b.demerits < a.demerits ? b : a), undefined);
  return best ? breakPositions(best) : undefined;
}

/**
 * Tries to end a line at `index` after every active break. Breaks that can no longer start
 * a feasible line are dropped; the best new break of each fitness class joins the active list.
 */
function considerBreak(
  items: readonly Item[],
  index: number,
  sum: Totals,
  active: readonly BreakNode[],
  options: TotalFitOptions,
): BreakNode[] {
  const item = items[index]!;
  const penaltyWidth = item.type === 'penalty' ? item.width : 0;
  const cost = item.type === 'penalty' ? item.cost : 0;
  const flagged = item.type === 'penalty' && item.flagged;
  const forced = isForcedBreak(item);
  // While the next line's width depends on the line number, breaks after different numbers
  // of lines are different states and must not replace one another.
  const varying = options.widths.lines?.length ?? 0;
  const bestByFitness = new Map<string, { fitness: number; from: BreakNode; demerits: number }>();
  const survivors: BreakNode[] = [];

  for (const node of active) {
    const line = difference(sum, node.totals);
    const width = lineWidth(options.widths, node.line);
    const ratio = adjustmentRatio({ ...line, width: line.width + penaltyWidth }, width, options.emergencyStretch);
    if (ratio >= -1 && !forced) survivors.push(node);
    if (ratio < -1) continue;
    const badness = badnessOf(ratio);
    if (badness > options.tolerance) continue;
    const fitness = fitnessClass(ratio);
    let demerits = lineDemerits(badness, cost, options.linePenalty);
    if (flagged && node.flagged) demerits += options.doubleHyphenDemerits;
    if (forced && node.flagged) demerits += options.finalHyphenDemerits;
    if (Math.abs(fitness - node.fitness) > 1) demerits += options.adjacentDemerits;
    const total = node.demerits + demerits;
    const key = `${fitness}:${Math.min(node.line + 1, varying + 1)}`;
    const current = bestByFitness.get(key);
    if (!current || total < current.demerits) bestByFitness.set(key, { fitness, from: node, demerits: total });
  }

  const totals = totalsAfterBreak(items, index, sum);
  const fresh = [...bestByFitness.values()]
    .sort((a, b) => a.fitness - b.fitness || a.from.line - b.from.line)
    .map(({ fitness, from, demerits }) => ({
      position: index,
      line: from.line + 1,
      fitness,
      flagged,
      totals,
      demerits,
      previous: from,
    }));
  return [...survivors, ...fresh];
}

function badnessOf(ratio: number): number {
  if (!Number.isFinite(ratio)) return INFINITELY_BAD;
  return Math.min(INFINITELY_BAD, 100 * Math.abs(ratio) ** 3);
}

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
