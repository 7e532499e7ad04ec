/**
 * Tables on the text block, knowing nothing of Markdown: how wide each column is, where a
 * cell's lines stand in it, and a row of set cells as one line of the vertical list.
 *
 * Column widths follow CSS's automatic table layout: each column is at least as wide as its
 * widest word (its minimum) and at most as wide as its longest cell set on one line (its
 * maximum). When every column can have its maximum, it does; otherwise each gets its minimum
 * and the space left is shared in proportion to how much more each would take; when even the
 * minimums do not fit, they are scaled down (the cells' words are then hyphenated or broken).
 *
 * A row is one line of the vertical list, as tall as its tallest cell: the paginator never
 * splits it. Its cells' lines are fragments drawn below the row's baseline (`baselineShift`),
 * cell after cell, so that the text reads cell by cell, each cell tagged as its own element.
 */
import { isForcedBreak, type Fragment, type InlineRun, type SetLine, type StructNode, type TextMeasurer, type TextStyle } from './types.ts';

/** The narrowest and widest a cell may be set: its widest word, its whole text on one line. */
export interface CellExtent {
  min: number;
  max: number;
}

export type CellAlignment = 'left' | 'center' | 'right';

/** The extent of a cell's runs: words are what no break may fall inside (runs between spaces). */
export function cellExtent(runs: readonly InlineRun[], measurer: TextMeasurer): CellExtent {
  let min = 0;
  let max = 0;
  let line = 0;
  let word = 0;
  for (const run of runs) {
    if (isForcedBreak(run)) {
      max = Math.max(max, line);
      min = Math.max(min, word);
      line = 0;
      word = 0;
      continue;
    }
    line += measurer.width(run.text, run.style);
    const pieces = run.text.split(/\s+/);
    pieces.forEach((piece, index) => {
      // A piece after white space starts a new word; the first continues the word of the run before.
      if (index > 0) {
        min = Math.max(min, word);
        word = 0;
      }
      if (piece) word += measurer.width(piece, run.style);
    });
  }
  return { min: Math.max(min, word), max: Math.max(max, line) };
}

/** Widths of `columns` columns from the extents of their cells (`extents[row][column]`), to fit `available` with `gap` between columns. */
export function columnWidths(extents: ReadonlyArray<ReadonlyArray<CellExtent | undefined>>, columns: number, available: number, gap: number): number[] {
  const min = new Array<number>(columns).fill(0);
  const max = new Array<number>(columns).fill(0);
  for (const row of extents) {
    row.forEach((extent, column) => {
      if (!extent || column >= columns) return;
      min[column] = Math.max(min[column]!, extent.min);
      max[column] = Math.max(max[column]!, extent.max, extent.min);
    });
  }
  const room = Math.max(0, available - gap * Math.max(0, columns - 1));
  const sumMin = sum(min);
  const sumMax = sum(max);
  if (sumMax <= room) return max;
  if (sumMin >= room) return sumMin > 0 ? min.map((width) => (width * room) / sumMin) : min.map(() => room / columns);
  const share = (room - sumMin) / (sumMax - sumMin);
  return min.map((width, column) => width + (max[column]! - width) * share);
}

/** Moves set lines (set flush left from `left`) so that each stands flush left, centred or flush right in `width`. */
export function alignInCell(lines: readonly SetLine[], left: number, width: number, align: CellAlignment): SetLine[] {
  if (align === 'left') return [...lines];
  return lines.map((line) => {
    if (line.fragments.length === 0) return line;
    const start = Math.min(...line.fragments.map((fragment) => fragment.x));
    const end = Math.max(...line.fragments.map((fragment) => fragment.x + fragment.width));
    const room = left + width - end;
    const shift = align === 'right' ? room : (room - (start - left)) / 2;
    return { ...line, fragments: line.fragments.map((fragment) => ({ ...fragment, x: fragment.x + shift })) };
  });
}

/** One cell of a row, set: its lines, where it stands, its structure element. */
export interface SetCell {
  lines: readonly SetLine[];
  left: number;
  struct?: readonly StructNode[];
}

/**
 * A row of set cells as one line: every cell's lines as fragments, line k of a cell drawn k
 * leadings below the row's baseline. An empty cell still gets an empty fragment, so that its
 * structure element exists. `shifted` makes the styles (one per style and shift).
 */
export function rowOfCells(cells: readonly SetCell[], leading: number, shifted: (style: TextStyle, shift: number) => TextStyle): { line: SetLine; lineCount: number } {
  const fragments: Fragment[] = [];
  let lineCount = 1;
  for (const cell of cells) {
    lineCount = Math.max(lineCount, cell.lines.length);
    const struct = cell.struct ? { struct: cell.struct } : {};
    let placed = 0;
    cell.lines.forEach((line, index) => {
      for (const fragment of line.fragments) {
        fragments.push({ ...fragment, style: index === 0 ? fragment.style : shifted(fragment.style, index * leading), ...(fragment.artifact ? {} : struct) });
        placed += 1;
      }
    });
    if (placed === 0 && cell.struct) fragments.push({ x: cell.left, width: 0, text: '', style: { face: 'regular', size: 1 }, ...struct });
  }
  return { line: { fragments }, lineCount };
}

/** A horizontal rule as a line's only fragment, its middle on the baseline. */
export function ruleLine(left: number, width: number, thickness: number): SetLine {
  return { fragments: [{ x: left, width, text: '', style: { face: 'regular', size: 1 }, rule: { thickness }, artifact: true }] };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
