/**
 * Cuts the vertical list into pages. A page ends where the next line no longer fits; when
 * that line must stay with the one before it (headings, orphans, widows), the break moves
 * back to the last place where breaking is allowed. Spaces vanish at the top of a page;
 * fill spaces share what a page has left over.
 */
import type { FlowItem, FlowLine, FlowSnap, FlowSpace, LaidOutPage, NumberStyle, PageDecor, PlacedLine } from './types.ts';

export interface PageFrame {
  /** Height of the text block. */
  height: number;
  /** Step of the baseline grid (the body leading). */
  grid: number;
}

type Placeable = FlowLine | FlowSpace | FlowSnap;

interface Slot {
  item: Placeable;
  height: number;
  marks: string[];
}

interface OpenPage {
  decor: PageDecor;
  /** Numbering starts again at 1 on this page. */
  restart?: NumberStyle;
  slots: Slot[];
  y: number;
}

const EPSILON = 0.01;

export function paginate(flow: readonly FlowItem[], frame: PageFrame): LaidOutPage[] {
  const pages: OpenPage[] = [];
  let current: OpenPage | undefined;
  let restDecor: PageDecor = { folio: true };
  let pendingMarks: string[] = [];

  const startPage = (decor: PageDecor, restart?: NumberStyle): OpenPage => {
    current = { decor, slots: [], y: 0, ...(restart ? { restart } : {}) };
    pages.push(current);
    return current;
  };

  const place = (item: Placeable, marks: string[]): void => {
    if (!current && isDiscardable(item)) return;
    const page = current ?? startPage(restDecor);
    if (page.slots.length === 0 && isDiscardable(item)) return;
    const height = heightOf(item, page.y, frame.grid);
    if (page.y + height <= frame.height + EPSILON || !page.slots.some(isLine)) {
      page.slots.push({ item, height, marks });
      page.y += height;
      return;
    }
    // Overflow: everything from the last allowed break moves to a new page. The new page is
    // only opened once something shows on it, so a trailing space never makes a blank page.
    const breakAt = item.keepWithPrevious ? lastAllowedBreak(page.slots) : page.slots.length;
    const moved = page.slots.splice(breakAt);
    page.y = page.slots.reduce((y, slot) => y + slot.height, 0);
    current = undefined;
    for (const slot of moved) place(slot.item, slot.marks);
    place(item, marks);
  };

  for (const item of flow) {
    switch (item.kind) {
      case 'pageBreak':
        // A recto must get an odd number: leave the verso before it blank.
        if (item.side === 'recto' && (pages.length + 1) % 2 === 0) startPage({ folio: false });
        startPage(item.first, item.numbering);
        restDecor = item.rest;
        break;
      case 'mark':
        pendingMarks.push(item.id);
        break;
      default: {
        const marks = item.kind === 'line' ? pendingMarks : [];
        if (item.kind === 'line') pendingMarks = [];
        place(item, marks);
      }
    }
  }
  let numbering: LaidOutPage['numbering'] = { style: 'roman', value: 0 };
  return pages.map((page, index) => {
    numbering = page.restart ? { style: page.restart, value: 1 } : { style: numbering.style, value: numbering.value + 1 };
    return finishPage(page, index + 1, numbering, frame, index === pages.length - 1 ? pendingMarks : []);
  });
}

/** Lower-case roman numerals, as front matter is numbered. */
export function romanNumeral(value: number): string {
  const table: Array<[number, string]> = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let rest = value;
  let text = '';
  for (const [amount, letters] of table) {
    while (rest >= amount) {
      text += letters;
      rest -= amount;
    }
  }
  return text;
}

export function pageLabel(numbering: LaidOutPage['numbering']): string {
  return numbering.style === 'roman' ? romanNumeral(numbering.value) : String(numbering.value);
}

function isLine(slot: Slot): boolean {
  return slot.item.kind === 'line';
}

function isDiscardable(item: Placeable): boolean {
  return item.kind === 'snap' || (item.kind === 'space' && item.discardable);
}

function heightOf(item: Placeable, y: number, grid: number): number {
  if (item.kind === 'snap') return Math.ceil(y / grid - EPSILON) * grid - y;
  return item.height;
}

/**
 * The last slot a page may end before: one that does not keep with its predecessor and has
 * a line above it. When everything is tied together, the page ends where it is full.
 */
function lastAllowedBreak(slots: readonly Slot[]): number {
  for (let k = slots.length - 1; k > 0; k -= 1) {
    if (!slots[k]!.item.keepWithPrevious && slots.slice(0, k).some(isLine)) return k;
  }
  return slots.length;
}

function finishPage(
  page: OpenPage,
  number: number,
  numbering: LaidOutPage['numbering'],
  frame: PageFrame,
  trailingMarks: string[],
): LaidOutPage {
  const totalFill = page.slots.reduce((sum, slot) => sum + (slot.item.kind === 'space' ? slot.item.fill : 0), 0);
  const leftover = Math.max(0, frame.height - page.y);
  const lines: PlacedLine[] = [];
  const marks: string[] = [];
  let y = 0;
  for (const slot of page.slots) {
    if (slot.item.kind === 'line') lines.push({ line: slot.item.line, baseline: y + slot.item.baseline });
    marks.push(...slot.marks);
    y += slot.height;
    if (slot.item.kind === 'space' && totalFill > 0) y += (leftover * slot.item.fill) / totalFill;
  }
  return { number, label: pageLabel(numbering), numbering, decor: page.decor, lines, marks: [...marks, ...trailingMarks] };
}
