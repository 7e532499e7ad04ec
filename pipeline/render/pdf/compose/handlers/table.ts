/**
 * A pipe table, set as books set tables (LaTeX's booktabs): a thick rule above, the header row
 * in the theme's header face, a thin rule under it, the rows, a thick rule below; no vertical
 * rules. Smaller type than the body, columns as wide as their content asks (see
 * layout/table.ts), each column flush left, centred or flush right as its delimiter row says;
 * the table centred on the measure. A row is never split across pages; a table longer than a
 * page breaks between rows, and each page it goes on to opens with the rule and the header
 * row again (as artifacts: the header is read once). Tagged Table > THead/TBody > TR > TH/TD,
 * with the caption, when the source gave one, as the table's Caption above it.
 */
import type { PhrasingContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { hasHeaderRow, tableCaption } from '../../../../parse/_tables.ts';
import { isForcedBreak, type FlowLine, type SetLine, type StructNode, type TextStyle } from '../../layout/types.ts';
import { alignInCell, cellExtent, columnWidths, rowOfCells, ruleLine, type CellAlignment, type SetCell } from '../../layout/table.ts';
import { plainShape } from '../composer.ts';
import { snapToGrid } from '../grid-spacing.ts';
import { anchorFor, structFor, tagLines, type BlockContext, type BlockHandler } from './context.ts';

export const table: BlockHandler<Table> = (node, context) => {
  const { composer, frame, flow, container } = context;
  const theme = composer.theme.table;
  const columns = Math.max(0, ...node.children.map((row) => row.children.length));
  if (columns === 0) return;
  const tableStruct = structFor(context, 'Table');
  const tableKey = tableStruct[tableStruct.length - 1]!.key;
  const headerFace = { italic: theme.headerFace === 'italic' || theme.headerFace === 'boldItalic', bold: theme.headerFace === 'bold' || theme.headerFace === 'boldItalic' };

  // Each cell's runs, with origins in the table's plain text, so that lines point back into it.
  let origin = 0;
  const runs = node.children.map((row, rowIndex) =>
    row.children.map((cell: TableCell) => {
      const header = rowIndex === 0;
      const state = { italic: header && headerFace.italic, bold: header && headerFace.bold, size: theme.size, origin };
      origin += toString(cell).length;
      return context.inline(cell.children, state);
    }),
  );
  const measurer = composer.env.measurer;
  const gap = theme.columnGapEm * theme.size;
  // Half a point over: a word measured in pieces (at its hyphenation points) may come out a hair wider than whole.
  const extents = runs.map((row) => row.map((cell) => {
    const extent = cellExtent(cell, measurer);
    return { min: extent.min + 0.5, max: extent.max + 0.5 };
  }));
  const widths = columnWidths(extents, columns, frame.width, gap);
  const tableWidth = widths.reduce((total, width) => total + width, 0) + gap * (columns - 1);
  const tableLeft = frame.left + Math.max(0, (frame.width - tableWidth) / 2);
  const lefts = widths.map((_, column) => tableLeft + widths.slice(0, column).reduce((total, width) => total + width, 0) + gap * column);

  const shifted = shiftedStyles();
  const rowLines: FlowLine[] = node.children.map((_row, rowIndex) => {
    const header = rowIndex === 0;
    const section: StructNode = { key: `${tableKey}/${header ? 'head' : 'body'}`, role: header ? 'THead' : 'TBody' };
    const rowStruct: StructNode[] = [...tableStruct, section, { key: `${tableKey}/r${rowIndex}`, role: 'TR' }];
    const cells: SetCell[] = [];
    for (let column = 0; column < columns; column += 1) {
      const cellRuns = runs[rowIndex]![column] ?? [];
      const align: CellAlignment = node.align?.[column] ?? 'left';
      // A cell that fits on one line is set as a paragraph's last line, at its natural spacing: ragged
      // setting would share the column's spare width out among the places a line may break, even
      // inside a word. Longer cells are set ragged right.
      const oneLine = extents[rowIndex]![column]!.max <= widths[column]! + 0.01 && !cellRuns.some(isForcedBreak);
      const set = cellRuns.length > 0 ? composer.setText(cellRuns, plainShape(oneLine ? 'justify' : 'left', lefts[column]!, widths[column]!)) : [];
      cells.push({
        lines: alignInCell(set, lefts[column]!, widths[column]!, align),
        left: lefts[column]!,
        struct: [...rowStruct, { key: `${tableKey}/r${rowIndex}/c${column}`, role: header ? 'TH' : 'TD' }],
      });
    }
    const { line, lineCount } = rowOfCells(cells, theme.leading, shifted);
    const height = lineCount * theme.leading + theme.rowGap;
    const rowOrigin = runs[rowIndex]!.find((cell) => cell.length > 0);
    const firstOrigin = rowOrigin?.find((run) => 'origin' in run && run.origin !== undefined) as { origin?: number } | undefined;
    return {
      kind: 'line',
      line: { ...line, anchor: anchorFor(context, firstOrigin?.origin ?? 0), struct: rowStruct },
      height,
      baseline: theme.rowGap / 2 + theme.leading / 2 + theme.size * 0.325,
      keepWithPrevious: false,
    };
  });

  const rule = (thickness: number, space: number): FlowLine => ({
    kind: 'line',
    line: ruleLine(tableLeft, tableWidth, thickness),
    height: space,
    baseline: space / 2,
    keepWithPrevious: true,
  });
  const ruleSpace = Math.max(theme.ruleThick * 2, theme.rowGap * 2);
  // A table read without a header row has an empty first row: left out.
  const [first, ...body] = rowLines;
  const head = hasHeaderRow(node) ? first : undefined;
  // The header again, as decoration, over each page the table goes on to.
  const runningHeader: FlowLine[] | undefined = head && [
    { ...rule(theme.ruleThick, ruleSpace), keepWithPrevious: false },
    { ...head, line: asArtifact(head.line), keepWithPrevious: true },
    rule(theme.ruleThin, ruleSpace),
  ];

  if (container.previous !== 'none') flow.addSpace(theme.spaceAround * composer.line);
  const caption = tableCaption(node);
  if (caption) setCaption(caption, tableStruct, context);
  const items: FlowLine[] = [{ ...rule(theme.ruleThick, ruleSpace), keepWithPrevious: caption !== undefined }];
  if (head) items.push({ ...head, keepWithPrevious: true });
  if (head && body.length > 0) items.push(rule(theme.ruleThin, ruleSpace));
  body.forEach((row, index) => {
    // The first row stays with the header; a later row may open a page, under the header again.
    items.push(index === 0 ? { ...row, keepWithPrevious: true } : { ...row, ...(runningHeader ? { runningHeader } : {}) });
  });
  items.push(rule(theme.ruleThick, ruleSpace));
  flow.append(items);
  flow.addSpace(theme.spaceAround * composer.line);
  snapToGrid(context);
  container.previous = 'other';
};

/** The caption over the table, centred, in the table's type: kept with the table's first rows. */
function setCaption(caption: PhrasingContent[], tableStruct: readonly StructNode[], context: BlockContext): void {
  const { composer, frame, flow } = context;
  const theme = composer.theme.table;
  const runs = context.inline(caption, { italic: true, bold: false, size: theme.size });
  const lines: SetLine[] = composer.setText(runs, plainShape('center', frame.left, frame.width));
  const struct = [...tableStruct, { key: `${tableStruct[tableStruct.length - 1]!.key}/caption`, role: 'Caption' }];
  const tagged = tagLines(lines, context, 'Caption').map((line) => ({ ...line, struct }));
  flow.addLines(tagged, { height: theme.leading, size: theme.size }, 'together');
  flow.addSpace(theme.rowGap);
  flow.keepWithNext(2);
}

/** A line drawn as decoration only (the header repeated): not read again, not in the structure tree. */
function asArtifact(line: SetLine): SetLine {
  return { fragments: line.fragments.map(({ struct: _struct, ...fragment }) => ({ ...fragment, artifact: true })) };
}

/** Styles shifted below the baseline, one object per style and shift (the content writer keys its state by style). */
function shiftedStyles(): (style: TextStyle, shift: number) => TextStyle {
  const made = new WeakMap<TextStyle, Map<number, TextStyle>>();
  return (style, shift) => {
    let byShift = made.get(style);
    if (!byShift) {
      byShift = new Map();
      made.set(style, byShift);
    }
    let result = byShift.get(shift);
    if (!result) {
      result = { ...style, baselineShift: (style.baselineShift ?? 0) + shift };
      byShift.set(shift, result);
    }
    return result;
  };
}
