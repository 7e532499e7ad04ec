/**
 * Sets the lines a breaker chose: joins the pieces of each word back into one string, measures
 * the strings exactly as they will be drawn, and spreads the line's slack over its glue.
 */
import { hasRightToLeft, orderLine, type Direction } from './bidi.ts';
import { sameStyle, type ParagraphItems } from './items.ts';
import { adjustmentRatio, lineStartAfter, type Totals } from './totals.ts';
import { lineMeasure, type Fragment, type Glue, type Measure, type SetLine, type TextMeasurer, type TextStyle } from './types.ts';

/** A line before positioning: words (or empty spacers) and the glue between them. */
type LineElement =
  | { kind: 'text'; text: string; style: TextStyle; width: number }
  | { kind: 'spacer'; width: number }
  | { kind: 'glue'; glue: Glue };

export function setLines(
  paragraph: ParagraphItems,
  breaks: readonly number[],
  measure: Measure,
  measurer: TextMeasurer,
  direction: Direction = 'ltr',
): SetLine[] {
  const { items } = paragraph;
  const lines: SetLine[] = [];
  let start = 0;
  for (const [lineIndex, end] of breaks.entries()) {
    const { width, left } = lineMeasure(measure, lineIndex);
    const elements = lineElements(paragraph, start, end, measurer);
    const origin = firstOrigin(paragraph, start, end);
    const breakItem = items[end];
    // A word broken across this line and the next: no page may turn between them.
    const hyphenated = breakItem?.type === 'penalty' && breakItem.flagged;
    const placed = position(elements, left, width, measurer);
    // Right-to-left text is placed in visual order once the line is set (see bidi.ts).
    const fragments = direction === 'rtl' || placed.some((f) => hasRightToLeft(f.text)) ? orderLine(placed, direction, left, width, measurer) : placed;
    lines.push({ fragments, ...(origin === undefined ? {} : { origin }), ...(hyphenated ? { hyphenated } : {}) });
    start = lineStartAfter(items, end);
  }
  return lines;
}

/** The source origin of the line's first text: for a hyphenated word, of the part on this line. */
function firstOrigin({ items, origins }: ParagraphItems, start: number, end: number): number | undefined {
  for (let k = start; k < end; k += 1) {
    const item = items[k]!;
    if (item.type === 'box' && item.text) return origins[k]! < 0 ? undefined : origins[k];
  }
  return undefined;
}

function lineElements(
  { items, styles }: ParagraphItems,
  start: number,
  end: number,
  measurer: TextMeasurer,
): LineElement[] {
  const elements: LineElement[] = [];
  let lastTextIndex = -1;
  for (let k = start; k < end; k += 1) {
    const item = items[k]!;
    if (item.type === 'glue') elements.push({ kind: 'glue', glue: item });
    else if (item.type === 'box') {
      const previous = elements[elements.length - 1];
      const style = styles[k];
      if (!style || !item.text) elements.push({ kind: 'spacer', width: item.width });
      else if (previous?.kind === 'text' && sameStyle(previous.style, style)) {
        previous.text += item.text;
      } else elements.push({ kind: 'text', text: item.text, style, width: 0 });
      if (style && item.text) lastTextIndex = elements.length - 1;
    }
  }
  const breakItem = items[end];
  if (breakItem?.type === 'penalty' && breakItem.mark) {
    // The hyphen goes right after the last letters, before any ragged-right padding.
    const text = breakItem.mark.text;
    const style = styles[end]!;
    const target = elements[lastTextIndex];
    if (target?.kind === 'text' && sameStyle(target.style, style)) target.text += text;
    else elements.splice(lastTextIndex + 1, 0, { kind: 'text', text, style, width: 0 });
  }
  for (const element of elements) {
    if (element.kind === 'text') element.width = measurer.width(element.text, element.style);
  }
  return elements;
}

function position(elements: readonly LineElement[], left: number, width: number, measurer: TextMeasurer): Fragment[] {
  const ratio = settleRatio(adjustmentRatio(lineTotals(elements), width));
  const fragments: Fragment[] = [];
  let x = left;
  for (const element of elements) {
    if (element.kind === 'glue') {
      x += element.glue.fill ? element.glue.width : glueWidth(element.glue, ratio);
      continue;
    }
    if (element.kind === 'text') {
      const previous = fragments[fragments.length - 1];
      const joins = previous && sameStyle(previous.style, element.style);
      if (joins && Math.abs(previous.x + previous.width - x) < 0.01) {
        // Pieces of one word that ragged-right glue kept apart: one string again.
        previous.text += element.text;
        previous.width = measurer.width(previous.text, previous.style);
      } else if (joins && isOneSpaceAfter(previous, x, measurer)) {
        // Words at their natural spacing are drawn as one string: fewer text objects, and
        // text extraction sees real spaces.
        previous.text += ` ${element.text}`;
        previous.width = x + element.width - previous.x;
      } else {
        fragments.push({ x, width: element.width, text: element.text, style: element.style });
      }
    }
    x += element.width;
  }
  return fragments;
}

function isOneSpaceAfter(previous: Fragment, x: number, measurer: TextMeasurer): boolean {
  return Math.abs(previous.x + previous.width + measurer.width(' ', previous.style) - x) < 0.01;
}

/** The sums of a line's elements, added up in their order as `addItem` would (one object, not one per element). */
function lineTotals(elements: readonly LineElement[]): Totals {
  let width = 0;
  let stretch = 0;
  let shrink = 0;
  let fills = 0;
  for (const element of elements) {
    if (element.kind !== 'glue') {
      width += element.width;
      continue;
    }
    const glue = element.glue;
    width += glue.width;
    if (glue.fill) fills += 1;
    else {
      stretch += glue.stretch;
      shrink += glue.shrink;
    }
  }
  return { width, stretch, shrink, fills };
}

/** Lines without stretch stay natural; a line never shrinks beyond its glue's limit. */
function settleRatio(ratio: number): number {
  if (!Number.isFinite(ratio)) return ratio > 0 ? 0 : -1;
  return Math.max(-1, ratio);
}

function glueWidth(glue: Glue, ratio: number): number {
  return ratio >= 0 ? glue.width + ratio * glue.stretch : glue.width + ratio * glue.shrink;
}
