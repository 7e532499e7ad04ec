/**
 * A shortcut through remark-parse for prose. micromark reads every character through several
 * state machines and pays again for every block, yet most of a book is blocks that can only
 * ever parse to `paragraph > text` (plain words), `heading > text` or `paragraph > emphasis >
 * text` (a dateline). Such blocks are made here directly; each run of them is replaced by a
 * one-character placeholder paragraph, so micromark still parses everything else in its full
 * context (fences, HTML blocks, lists, definitions). The placeholders are then swapped for the
 * blocks micromark would have made, positions included. When a placeholder does not come back
 * as a paragraph of its own, the whole text is parsed as written instead.
 */
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';

/** unist's position types, as mdast's nodes carry them. */
type Position = NonNullable<Root['position']>;
type Point = Position['start'];

/** A private-use character: no cleaned text uses it (a text that does is parsed the slow way). */
const PLACEHOLDER = '\uE000';

/**
 * Text that parses to itself, escapes aside: none of the characters that start an inline
 * construct (emphasis, code, links and images, autolinks and HTML, character references), no
 * pipe (it may be a line of a GFM table), no tab (micromark expands tabs to columns) and no
 * control character. A backslash is allowed only as the escape of ASCII punctuation, which
 * stands for the character escaped.
 */
const TEXT_CHARACTER = String.raw`[^\\\`*_[\]<>&|\u0000-\u001F\u007F\uFEFF\uE000]`;
const TEXT = String.raw`(?:${TEXT_CHARACTER}|\\[!-/:-@[-\`{-~])`;

/**
 * A line that is plain text wherever it stands in a paragraph: it starts with nothing that could
 * open or interrupt a block (indentation, `#`, `>`, list markers, thematic breaks, setext
 * underlines, fences, HTML) and ends without white space (trailing spaces would be stripped or
 * make a hard break).
 */
const LINE_START = String.raw`^(?![\s#>+*=_~\`<-]|\d{1,9}[.)])`;
const PLAIN_LINE = new RegExp(String.raw`${LINE_START}${TEXT}+(?<!\s)$`);
/** PLAIN_LINE for a line without a backslash: one character class, much faster to match. */
const PLAIN_LINE_WITHOUT_ESCAPES = new RegExp(String.raw`${LINE_START}${TEXT_CHARACTER}+(?<!\s)$`);

/**
 * An ATX heading alone on its line, of plain text with no `#` (which could close it) and no
 * white space around it.
 */
const HEADING_LINE = new RegExp(String.raw`^(#{1,6}) +(?![\s])((?:(?!#)${TEXT})+)(?<!\s)$`);

/**
 * A paragraph that is one line of emphasized plain text (`*January 1991*`, a dateline): the
 * text starts and ends with a letter, digit or bracketing punctuation, so each star is a
 * delimiter that opens or closes.
 */
const EMPHASIS_LINE = new RegExp(String.raw`^\*(${TEXT}+)\*$`);
const EMPHASIS_START = /^[\p{L}\p{N}“‘(]/u;
const EMPHASIS_END = /[\p{L}\p{N}.,!?”’)]$/u;

/** The escapes TEXT allows, and the character each stands for. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** A blank line ends a paragraph; micromark counts only spaces and tabs as blank. */
const BLANK_LINE = /^[ \t]*$/;

type SimpleBlock = Paragraph | Heading | List;

/** Consecutive simple blocks (blank lines between them), parsed as one placeholder. */
interface SimpleRun {
  blocks: SimpleBlock[];
  /** Where the run starts and ends in the original text. */
  start: Point;
  end: Point;
  /** Where the placeholder starts in the text given to the parser. */
  placeholderOffset: number;
}

/**
 * `parse(markdown)`, with simple blocks made directly. The tree is the one `parse` gives,
 * positions included; `parse` must be remark-parse without syntax extensions.
 */
export function parseWithSimpleBlocks(markdown: string, parse: (markdown: string) => Root): Root {
  // Carriage returns and a byte-order mark change micromark's offsets; the placeholder must be unused.
  if (markdown.includes('\r') || markdown.startsWith('\uFEFF') || markdown.includes(PLACEHOLDER)) return parse(markdown);
  const { text, runs } = withPlaceholders(markdown);
  if (runs.length === 0) return parse(markdown);
  const tree = parse(text);
  return restoreSimpleBlocks(tree, runs) ? tree : parse(markdown);
}

/**
 * The text with each run of simple blocks replaced by a placeholder, and those runs. The blank
 * lines inside a run make no nodes, and whatever context closes before its first block (at the
 * start of a line, after a blank line) stays closed for the rest of it.
 */
function withPlaceholders(markdown: string): { text: string; runs: SimpleRun[] } {
  const blocks = blocksOf(markdown);
  // A list goes on past a blank line into a next list item, and takes in an indented block
  // after it: only a list between blocks that can do neither (or the ends of the text) is simple.
  const closes = (index: number) => index < 0 || index >= blocks.length || (blocks[index] !== undefined && blocks[index].type !== 'list');
  const runs: SimpleRun[] = [];
  let open: SimpleRun | undefined;
  blocks.forEach((simple, index) => {
    const block = simple?.type === 'list' && !(closes(index - 1) && closes(index + 1)) ? undefined : simple;
    if (!block) {
      if (open) runs.push(open);
      open = undefined;
      return;
    }
    open ??= { blocks: [], start: block.position!.start, end: block.position!.end, placeholderOffset: -1 };
    open.blocks.push(block);
    open.end = block.position!.end;
  });
  if (open) runs.push(open);
  const kept: string[] = [];
  let keptUpTo = 0;
  let keptLength = 0;
  for (const run of runs) {
    const before = markdown.slice(keptUpTo, run.start.offset);
    run.placeholderOffset = keptLength + before.length;
    kept.push(before, PLACEHOLDER);
    keptLength = run.placeholderOffset + PLACEHOLDER.length;
    keptUpTo = run.end.offset!;
  }
  kept.push(markdown.slice(keptUpTo));
  return { text: kept.join(''), runs };
}

/** The blocks of non-blank lines (a blank line or the end of the text ends each): the node of each simple one, else undefined. */
function blocksOf(markdown: string): (SimpleBlock | undefined)[] {
  const blocks: (SimpleBlock | undefined)[] = [];
  let line = 1;
  let at = 0;
  while (at < markdown.length) {
    const lineEnd = endOfLine(markdown, at);
    if (BLANK_LINE.test(markdown.slice(at, lineEnd))) {
      at = lineEnd + 1;
      line++;
      continue;
    }
    const start: Point = { line, column: 1, offset: at };
    const lines = [markdown.slice(at, lineEnd)];
    let end = lineEnd;
    while (end < markdown.length) {
      const next = endOfLine(markdown, end + 1);
      const text = markdown.slice(end + 1, next);
      if (BLANK_LINE.test(text)) break;
      lines.push(text);
      end = next;
      line++;
    }
    blocks.push(simpleBlock(lines, start, { line, column: lines[lines.length - 1]!.length + 1, offset: end }));
    at = end + 1;
    line++;
  }
  return blocks;
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** The node micromark makes of these lines (keys in its order), when they form a simple block. */
function simpleBlock(lines: readonly string[], start: Point, end: Point): SimpleBlock | undefined {
  const first = lines[0]!;
  if (first.startsWith('#')) return lines.length === 1 ? headingBlock(first, start, end) : undefined;
  if (first.startsWith('*')) return lines.length === 1 ? emphasisBlock(first, start, end) : undefined;
  if (first.startsWith('- ')) return lines.every((text) => text.startsWith('- ') && isPlainLine(text.slice(2))) ? listBlock(lines, start) : undefined;
  if (!lines.every(isPlainLine)) return undefined;
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: unescape(lines.join('\n')), position: { start: { ...start }, end: { ...end } } }],
    position: { start: { ...start }, end: { ...end } },
  };
}

function isPlainLine(text: string): boolean {
  return (text.includes('\\') ? PLAIN_LINE : PLAIN_LINE_WITHOUT_ESCAPES).test(text);
}

function headingBlock(text: string, start: Point, end: Point): Heading | undefined {
  const heading = HEADING_LINE.exec(text);
  if (!heading) return undefined;
  const textStart = text.length - heading[2]!.length;
  return {
    type: 'heading',
    depth: heading[1]!.length as Heading['depth'],
    children: [
      {
        type: 'text',
        value: unescape(heading[2]!),
        position: { start: { line: start.line, column: textStart + 1, offset: start.offset! + textStart }, end: { ...end } },
      },
    ],
    position: { start: { ...start }, end: { ...end } },
  };
}

function emphasisBlock(text: string, start: Point, end: Point): Paragraph | undefined {
  const emphasis = EMPHASIS_LINE.exec(text);
  if (!emphasis || !EMPHASIS_START.test(emphasis[1]!) || !EMPHASIS_END.test(emphasis[1]!)) return undefined;
  const textStart = { line: start.line, column: start.column + 1, offset: start.offset! + 1 };
  const textEnd = { line: end.line, column: end.column - 1, offset: end.offset! - 1 };
  return {
    type: 'paragraph',
    children: [
      {
        type: 'emphasis',
        children: [{ type: 'text', value: unescape(emphasis[1]!), position: { start: textStart, end: textEnd } }],
        position: { start: { ...start }, end: { ...end } },
      },
    ],
    position: { start: { ...start }, end: { ...end } },
  };
}

/**
 * A tight bullet list whose items are `- ` and one line of plain text. Whether it is a list
 * of its own depends on the blocks around it too (see withPlaceholders).
 */
function listBlock(lines: readonly string[], start: Point): List {
  let offset = start.offset!;
  const items = lines.map((text, index): ListItem => {
    const line = start.line + index;
    const itemStart = { line, column: 1, offset };
    const end = { line, column: text.length + 1, offset: offset + text.length };
    const contentStart = { line, column: 3, offset: offset + 2 };
    offset = end.offset + 1;
    return {
      type: 'listItem',
      spread: false,
      checked: null,
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'text', value: unescape(text.slice(2)), position: { start: { ...contentStart }, end: { ...end } } }],
          position: { start: contentStart, end: { ...end } },
        },
      ],
      position: { start: itemStart, end },
    };
  });
  const position = { start: { ...items[0]!.position!.start }, end: { ...items[items.length - 1]!.position!.end } };
  return { type: 'list', ordered: false, start: null, spread: false, children: items, position };
}

function unescape(text: string): string {
  return text.includes('\\') ? text.replace(ESCAPE, '$1') : text;
}

/**
 * Puts the blocks back in place of their placeholders and moves every other position from the
 * placeholder text to the original. False when some placeholder was not parsed as a top-level
 * paragraph of its own (inside a fenced code or an HTML block, say).
 */
function restoreSimpleBlocks(tree: Root, runs: readonly SimpleRun[]): boolean {
  const slots: number[] = [];
  for (const [index, child] of tree.children.entries()) {
    if (!isPlaceholder(child)) continue;
    if (runs[slots.length]?.placeholderOffset !== child.position?.start.offset) return false;
    slots.push(index);
  }
  if (slots.length !== runs.length) return false;
  movePositions(tree, shiftTable(runs));
  const children: RootContent[] = [];
  let next = 0;
  for (const [index, child] of tree.children.entries()) {
    if (index === slots[next]) children.push(...runs[next++]!.blocks);
    else children.push(child);
  }
  tree.children = children;
  return true;
}

function isPlaceholder(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1) return false;
  const only = node.children[0]!;
  return only.type === 'text' && only.value === PLACEHOLDER;
}

/** How far points after a placeholder move, counting that placeholder and all before it. */
interface Shift {
  /** Offset just after the placeholder, and its line, in the placeholder text. */
  after: number;
  line: number;
  /** Added to offsets and lines beyond it; `column` only on its own line (the run's last). */
  offset: number;
  lines: number;
  column: number;
}

function shiftTable(runs: readonly SimpleRun[]): Shift[] {
  let offset = 0;
  let lines = 0;
  return runs.map(({ start, end, placeholderOffset }) => {
    const line = start.line - lines;
    offset += end.offset! - start.offset! - PLACEHOLDER.length;
    lines += end.line - start.line;
    // The placeholder ends in column 2 of its line; the run in `end.column` of its last.
    return { after: placeholderOffset + PLACEHOLDER.length, line, offset, lines, column: end.column - 2 };
  });
}

/** Every point of the tree, from the placeholder text to the original. */
function movePositions(tree: Root, shifts: readonly Shift[]): void {
  const move = (point: Point): void => {
    const shift = lastShiftAtOrBefore(shifts, point.offset!);
    if (!shift) return;
    if (point.line === shift.line) point.column += shift.column;
    point.line += shift.lines;
    point.offset! += shift.offset;
  };
  const visit = (node: Root | RootContent): void => {
    const position: Position | undefined = node.position;
    if (position) {
      move(position.start);
      move(position.end);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
}

/** The shift of the last placeholder that ends at or before `offset`. */
function lastShiftAtOrBefore(shifts: readonly Shift[], offset: number): Shift | undefined {
  let lo = 0;
  let hi = shifts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shifts[mid]!.after <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : shifts[lo - 1];
}
