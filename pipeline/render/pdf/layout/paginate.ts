/**
 * Cuts the vertical list into pages. A page ends where the next line no longer fits; when
 * that line must stay with the one before it (headings, orphans, widows), the break moves
 * back to the last place where breaking is allowed, and on a recto also from after a line
 * that ends in a hyphen, so the reader never turns the leaf inside a word. Spaces vanish at
 * the top of a page; fill spaces share what a page has left over.
 *
 * A line with a running header (a table's row) that opens a page brings the header with it.
 *
 * Insertions (footnotes) go to the foot of the page whose line calls them: a line is placed
 * only when the notes called so far on the page fit under it, the last of them at least in its
 * first lines; what does not fit is carried to the foot of the next page, under a short rule.
 */
import type { FlowItem, FlowLine, FlowSnap, FlowSpace, LaidOutPage, NumberStyle, PageDecor, PlacedLine, PlacedRule } from './types.ts';

export interface PageFrame {
  /** Height of the text block. */
  height: number;
  /** Step of the baseline grid (the body leading). */
  grid: number;
  /** How insertions are set at the foot; without it, insertions are ignored. */
  insertions?: InsertionFrame;
}

export interface InsertionFrame {
  /** Space between the text and the first note line; the rule sits in its middle. */
  skip: number;
  ruleWidth: number;
  /** The rule over a note continued from the page before. */
  continuedRuleWidth: number;
  ruleThickness: number;
  /** Width of the text block: the rule over notes set right to left ends at its right edge. */
  width?: number;
  /** Lines of a note that must stand on the page of its call (all, when it is shorter). */
  minLines: number;
}

/** Lines a page may give up so that no word is broken across the turn of a leaf. */
const MAX_LINES_LOST_TO_A_TURN = 3;

type Placeable = FlowLine | FlowSpace | FlowSnap;

interface Slot {
  item: Placeable;
  height: number;
  marks: string[];
  /** A running header's line (a table's header row set again): not content the page was started for. */
  repeated?: boolean;
}

interface OpenPage {
  /** Physical page number: odd pages are rectos. */
  number: number;
  decor: PageDecor;
  /** Numbering starts again at 1 on this page. */
  restart?: NumberStyle;
  slots: Slot[];
  y: number;
  /** Note lines carried over from the page before. */
  carried: FlowLine[];
  /** Set when the page is closed: the note lines at its foot, and their height with the skip. */
  foot?: { lines: FlowLine[]; height: number; continued: boolean };
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
  /** Note lines that did not fit at the foot of the last page closed. */
  let carry: FlowLine[] = [];

  const startPage = (decor: PageDecor, restart?: NumberStyle): OpenPage => {
    created += 1;
    current = { number: created, decor, slots: [], y: 0, carried: carry, ...(restart ? { restart } : {}) };
    carry = [];
    open.push(current);
    return current;
  };

  /** Sets the foot of the page being left; what does not fit waits for the next page. */
  const closeCurrent = (): void => {
    if (current && !current.foot) {
      const { foot, rest } = setFoot(current, frame);
      current.foot = foot;
      carry = rest;
    }
    current = undefined;
  };

  /** Pages of notes only, until the notes carried over are all set. */
  const flushCarry = (): void => {
    while (carry.length > 0) {
      const before = carry.length;
      startPage(restDecor);
      closeCurrent();
      if (carry.length >= before) carry = carry.slice(1); // a note line taller than a page
    }
  };

  const place = (item: Placeable, marks: string[]): void => {
    if (!current && isDiscardable(item)) return;
    const page = current ?? startPage(restDecor);
    if (page.slots.length === 0 && isDiscardable(item)) return;
    if (item.kind === 'line' && item.runningHeader && !page.slots.some(isLine)) {
      for (const line of item.runningHeader) {
        page.slots.push({ item: line, height: line.height, marks: [], repeated: true });
        page.y += line.height;
      }
    }
    const height = heightOf(item, page.y, frame.grid);
    const notes = frame.insertions ? footNeed(page, item, frame, frame.insertions) : 0;
    if (page.y + height + notes <= frame.height + EPSILON || !page.slots.some(isContentLine)) {
      page.slots.push({ item, height, marks });
      page.y += height;
      return;
    }
    // Overflow: everything from the last allowed break moves to a new page. The new page is
    // only opened once something shows on it, so a trailing space never makes a blank page.
    let breakAt = item.keepWithPrevious ? lastAllowedBreak(page.slots) : page.slots.length;
    if (page.number % 2 === 1) breakAt = avoidTurnInWord(page.slots, breakAt);
    const moved = page.slots.splice(breakAt);
    page.y = page.slots.reduce((y, slot) => y + slot.height, 0);
    closeCurrent();
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
          closeCurrent();
          flushCarry();
          // A recto must get an odd number: leave the verso before it blank.
          if (item.side === 'recto' && (created + 1) % 2 === 0) {
            startPage({ folio: false });
            closeCurrent();
          }
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
      closeCurrent();
      flushCarry();
      closeCurrent();
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

function isContentLine(slot: Slot): boolean {
  return slot.item.kind === 'line' && !slot.repeated;
}

/**
 * The height the notes need under the page's text if `item` joins it: every note called
 * before in full, the last one (or the notes carried over, when nothing else is called) at
 * least in its first lines, and the skip with the rule.
 */
function footNeed(page: OpenPage, item: Placeable, frame: PageFrame, notes: InsertionFrame): number {
  // Most pages have no notes: asked for every line, that is found without building anything.
  if (page.carried.length === 0 && !callsNotes(item) && !page.slots.some((slot) => callsNotes(slot.item))) return 0;
  const groups: Array<readonly FlowLine[]> = [];
  if (page.carried.length > 0) groups.push(page.carried);
  for (const slot of page.slots) if (slot.item.kind === 'line') for (const insertion of slot.item.insertions ?? []) groups.push(insertion.lines);
  if (item.kind === 'line') for (const insertion of item.insertions ?? []) groups.push(insertion.lines);
  if (groups.length === 0) return 0;
  let need = notes.skip;
  groups.forEach((lines, index) => {
    const full = heightOfLines(lines);
    if (index < groups.length - 1) need += full;
    else {
      const first = heightOfLines(lines.slice(0, notes.minLines));
      // Notes carried over are not left to trickle down the pages a couple of lines at a time.
      const least = lines === page.carried ? Math.max(first, frame.height / 2) : first;
      need += Math.min(full, least);
    }
  });
  return need;
}

function callsNotes(item: Placeable): boolean {
  return item.kind === 'line' && item.insertions !== undefined && item.insertions.length > 0;
}

function heightOfLines(lines: readonly FlowLine[]): number {
  return lines.reduce((sum, line) => sum + line.height, 0);
}

/** The note lines that fit under the page's text, in order; the rest are carried over. */
function setFoot(page: OpenPage, frame: PageFrame): { foot: NonNullable<OpenPage['foot']>; rest: FlowLine[] } {
  const queue: FlowLine[] = [...page.carried];
  for (const slot of page.slots) if (slot.item.kind === 'line') for (const insertion of slot.item.insertions ?? []) queue.push(...insertion.lines);
  const empty = { foot: { lines: [], height: 0, continued: false }, rest: queue };
  if (queue.length === 0 || !frame.insertions) return { ...empty, rest: [] };
  const available = frame.height - page.y - frame.insertions.skip;
  let height = 0;
  let count = 0;
  while (count < queue.length && height + queue[count]!.height <= available + EPSILON) {
    height += queue[count]!.height;
    count += 1;
  }
  if (count === 0) return empty;
  return {
    foot: { lines: queue.slice(0, count), height: height + frame.insertions.skip, continued: page.carried.length > 0 },
    rest: queue.slice(count),
  };
}

/**
 * A recto must not end in a word broken by a hyphen: the break moves back to an earlier
 * allowed place, giving up a few lines at most; failing that, the hyphen stays.
 */
function avoidTurnInWord(slots: readonly Slot[], breakAt: number): number {
  const linesBefore = (end: number) => slots.slice(0, end).filter(isLine).length;
  const lastLineIndex = (end: number): number => {
    for (let k = end - 1; k >= 0; k -= 1) if (slots[k]!.item.kind === 'line') return k;
    return -1;
  };
  let at = breakAt;
  for (let j = lastLineIndex(at); j > 0 && (slots[j]!.item as FlowLine).line.hyphenated; j = lastLineIndex(at)) {
    // The hyphenated line (index j) must go over to the next page with what follows it.
    const earlier = lastAllowedBreak(slots.slice(0, j + 1));
    if (earlier > j || linesBefore(breakAt) - linesBefore(earlier) > MAX_LINES_LOST_TO_A_TURN) return breakAt;
    at = earlier;
  }
  return at;
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
    if (!slots[k]!.item.keepWithPrevious && slots.slice(0, k).some(isContentLine)) return k;
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
  const foot = page.foot ?? { lines: [], height: 0, continued: false };
  const leftover = Math.max(0, frame.height - page.y - foot.height);
  const lines: PlacedLine[] = [];
  const marks: string[] = [];
  let y = 0;
  for (const slot of page.slots) {
    if (slot.item.kind === 'line') lines.push({ line: slot.item.line, baseline: y + slot.item.baseline });
    marks.push(...slot.marks);
    y += slot.height;
    if (slot.item.kind === 'space' && totalFill > 0) y += (leftover * slot.item.fill) / totalFill;
  }
  const rules: PlacedRule[] = [];
  if (foot.lines.length > 0 && frame.insertions) {
    // The notes stand at the foot of the text block, the rule in the skip above them, on the
    // side their lines start from: the right, for notes set right to left.
    const notes = frame.insertions;
    let footY = frame.height - foot.height + notes.skip;
    const width = foot.continued ? notes.continuedRuleWidth : notes.ruleWidth;
    const x = foot.lines[0]!.fromRight && notes.width !== undefined ? notes.width - width : 0;
    rules.push({ x, y: footY - notes.skip / 2, width, thickness: notes.ruleThickness });
    for (const line of foot.lines) {
      lines.push({ line: line.line, baseline: footY + line.baseline });
      footY += line.height;
    }
  }
  return {
    number,
    label: pageLabel(numbering),
    numbering,
    decor: page.decor,
    lines,
    marks: [...marks, ...trailingMarks],
    ...(rules.length > 0 ? { rules } : {}),
  };
}
