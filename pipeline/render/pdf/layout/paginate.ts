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
  const paginator = createPaginator(frame);
  for (const item of flow) paginator.push(item);
  return [...paginator.takeFinished(), ...paginator.finish()];
}

/**
 * The paginator fed one item at a time, handing out each page as soon as nothing pushed
 * later can change it (every page but the open one), so a long book can be drawn page by page
 * as it is composed instead of being held whole. `startAfter` pages are taken as already made
 * (numbered `startAfter` and before): a book's body can be cut on its own after its front
 * matter, as both parts open with a page break.
 */
export interface Paginator {
  push(item: FlowItem): void;
  /** The pages that are final, in order; each is handed out once. */
  takeFinished(): LaidOutPage[];
  /** Ends the flow and hands out the remaining pages; marks after the last line go on the last. */
  finish(): LaidOutPage[];
}

export function createPaginator(frame: PageFrame, startAfter = 0): Paginator {
  /** Pages not handed out yet; only the last can still change. */
  const open: OpenPage[] = [];
  let created = startAfter;
  let handedOut = startAfter;
  let current: OpenPage | undefined;
  let restDecor: PageDecor = { folio: true };
  let pendingMarks: string[] = [];
  let numbering: LaidOutPage['numbering'] = { style: 'roman', value: startAfter };

  const startPage = (decor: PageDecor, restart?: NumberStyle): OpenPage => {
    current = { decor, slots: [], y: 0, ...(restart ? { restart } : {}) };
    open.push(current);
    created += 1;
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

  const handOut = (count: number, trailingMarks: string[]): LaidOutPage[] =>
    open.splice(0, count).map((page, index, taken) => {
      numbering = page.restart ? { style: page.restart, value: 1 } : { style: numbering.style, value: numbering.value + 1 };
      handedOut += 1;
      return finishPage(page, handedOut, numbering, frame, index === taken.length - 1 ? trailingMarks : []);
    });

  return {
    push(item) {
      switch (item.kind) {
        case 'pageBreak':
          // A recto must get an odd number: leave the verso before it blank.
          if (item.side === 'recto' && (created + 1) % 2 === 0) startPage({ folio: false });
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
    },
    takeFinished() {
      return handOut(Math.max(0, open.length - 1), []);
    },
    finish() {
      const marks = pendingMarks;
      pendingMarks = [];
      return handOut(open.length, marks);
    },
  };
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
