/**
 * Turns inline runs into the box/glue/penalty list of Knuth and Plass. The alignment is
 * encoded in the glue (as in "Breaking Paragraphs into Lines", 1981), so one breaker and one
 * line setter serve justified, ragged-right and centred text alike.
 */
import {
  INFINITE_PENALTY,
  isForcedBreak,
  type Alignment,
  type Box,
  type Glue,
  type InlineRun,
  type Item,
  type Penalty,
  type TextMeasurer,
  type TextRun,
  type TextStyle,
} from './types.ts';
import { findWordBreaks, type Hyphenator, type WordBreak } from './word-breaks.ts';

export interface ItemOptions {
  align: Alignment;
  /** First-line indent in points. */
  indent: number;
  /** The narrowest line width, to find words that fit on no line. */
  lineWidth: number;
  measurer: TextMeasurer;
  hyphenate: Hyphenator;
  minLeft: number;
  minRight: number;
  hyphenPenalty: number;
  explicitHyphenPenalty: number;
  /** Ragged lines may fall this many space widths short before they count as bad. */
  raggedness: number;
  /**
   * Stretch and shrink of a justified space, in ems of its type (TeX's fontdimens 3 and 4);
   * half and a third of the space when not given. A face with a narrow space (a Garamond's is a
   * fifth of an em) would otherwise leave too little stretch and force hyphens.
   */
  spaceStretchEm?: number;
  spaceShrinkEm?: number;
  /**
   * Items of words already seen, for a measurer, hyphenator and hyphenation settings that
   * stay the same (one render): a book repeats its words, and their breaks and widths with them.
   */
  wordCache?: WordItemCache;
}

/**
 * The items of a one-style word, by its text and everything that shapes them: the style's
 * metrics, the alignment, the narrowest line and the ragged stretch. The items are shared by
 * every occurrence, as nothing changes items once they are built; what differs from one
 * occurrence to the next (the style object, the source origin) goes into the paragraph's
 * `styles` and `origins` beside them.
 */
export interface WordItemCache {
  styleKeys: WeakMap<TextStyle, string>;
  /** Templates by what shapes them besides the text (see `tableKey`), then by the word. */
  tables: Map<string, Map<string, WordTemplate>>;
}

/**
 * A word's items, and for each item what an occurrence adds to it: `offsets[k]` is the
 * offset of box k's first character in the word (its origin is the occurrence's plus this),
 * STYLED for a penalty whose hyphen takes the occurrence's style, UNSTYLED for the rest.
 */
export interface WordTemplate {
  items: readonly Item[];
  offsets: readonly number[];
}

const STYLED = -1;
const UNSTYLED = -2;

export function createWordItemCache(): WordItemCache {
  return { styleKeys: new WeakMap(), tables: new Map() };
}

/**
 * A paragraph's items, with the style and the source origin of each (the style of a box's
 * text or of a break's hyphen, undefined for the rest; the origin of a box's first
 * character, -1 where there is none). Kept beside the items rather than in them, so the items
 * of a word are built once and shared by all its occurrences.
 */
export interface ParagraphItems {
  items: Item[];
  styles: Array<TextStyle | undefined>;
  origins: number[];
}

/** Options plus what is derived from the paragraph itself. */
interface ItemContext extends ItemOptions {
  /** Stretch of ragged and centred line ends. */
  raggedStretch: number;
  /** This paragraph's word templates by style object: one lookup per word, no key to build. */
  tablesByStyle: Map<TextStyle, Map<string, WordTemplate>>;
  /** Items of spaces and of no-break spaces by style, shared within the paragraph. */
  spaces: Map<TextStyle, readonly Item[]>;
  noBreakSpaces: Map<TextStyle, readonly Item[]>;
}

export function buildItems(runs: readonly InlineRun[], itemOptions: ItemOptions): ParagraphItems {
  const options = withRaggedStretch(runs, itemOptions);
  const out: ParagraphItems = { items: [], styles: [], origins: [] };
  // The word being read: most words are one piece, kept in these three; a word whose text
  // comes from runs that do not join (another style, a gap in the origins) also has `more`.
  let wordText = '';
  let wordStyle: TextStyle | undefined;
  let wordOrigin: number | undefined;
  let more: TextRun[] | undefined;
  // Spaces are only set between words: none at the start of a line, none before its end.
  let pendingSpace: TextStyle | undefined;
  let pendingBreakable = true;
  let atLineStart = true;

  const flushWord = (): void => {
    if (wordStyle === undefined) return;
    if (pendingSpace && !atLineStart) pushShared(out, spaceItems(pendingSpace, pendingBreakable, options));
    pendingSpace = undefined;
    atLineStart = false;
    if (!more) pushWordItem(out, wordText, wordStyle, wordOrigin, options);
    else if (more.length === 1) pushWordItem(out, more[0]!.text, more[0]!.style, more[0]!.origin, options);
    else pushWordItems(out, more, options);
    wordStyle = undefined;
    more = undefined;
  };

  /** Adds text to the word; pieces join only when their origins are contiguous, so every box can say where it came from. */
  const appendToWord = (text: string, style: TextStyle, origin: number | undefined): void => {
    if (wordStyle === undefined) {
      wordText = text;
      wordStyle = style;
      wordOrigin = origin;
      return;
    }
    if (!more) more = [wordOrigin === undefined ? { text: wordText, style: wordStyle } : { text: wordText, style: wordStyle, origin: wordOrigin }];
    const last = more[more.length - 1]!;
    const contiguous = last.origin === undefined ? origin === undefined : origin === last.origin + last.text.length;
    if (contiguous && sameStyle(last.style, style)) last.text += text;
    else more.push(origin === undefined ? { text, style } : { text, style, origin });
  };

  pushShared(out, paragraphStart(options));
  for (const run of runs) {
    if (isForcedBreak(run)) {
      flushWord();
      pendingSpace = undefined;
      atLineStart = true;
      pushShared(out, lineEnd(options));
      pushShared(out, lineStart(options));
      continue;
    }
    // Words, spaces and no-break spaces, read in place: a book has a million of them.
    const text = run.text;
    const length = text.length;
    let index = 0;
    while (index < length) {
      const code = text.charCodeAt(index);
      const space = isSpace(code);
      if (space || code === NO_BREAK_SPACE) {
        flushWord();
        // A no-break space wins over an ordinary one next to it.
        if (!pendingSpace || !space) {
          pendingSpace = run.style;
          pendingBreakable = space;
        }
        index += 1;
        continue;
      }
      let end = index + 1;
      while (end < length) {
        const next = text.charCodeAt(end);
        if (isSpace(next) || next === NO_BREAK_SPACE) break;
        end += 1;
      }
      appendToWord(index === 0 && end === length ? text : text.slice(index, end), run.style, run.origin === undefined ? undefined : run.origin + index);
      index = end;
    }
  }
  flushWord();
  pushShared(out, lineEnd(options));
  return out;
}

const NO_BREAK_SPACE = 0xa0;

/** The characters that separate words: space, tab, line feed, carriage return. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Items with no style or origin of their own (spaces, line ends, indents). */
function pushShared(out: ParagraphItems, more: readonly Item[]): void {
  for (const item of more) {
    out.items.push(item);
    out.styles.push(undefined);
    out.origins.push(-1);
  }
}

/** Items built for one occurrence, which carry their own style and origin. */
function pushOwn(out: ParagraphItems, more: readonly Item[]): void {
  for (const item of more) {
    out.items.push(item);
    if (item.type === 'box') {
      out.styles.push(item.style);
      out.origins.push(item.origin ?? -1);
    } else {
      out.styles.push(item.type === 'penalty' ? item.mark?.style : undefined);
      out.origins.push(-1);
    }
  }
}

export function sameStyle(a: TextStyle, b: TextStyle): boolean {
  if (a === b) return true;
  return (
    a.face === b.face &&
    a.size === b.size &&
    (a.tracking ?? 0) === (b.tracking ?? 0) &&
    a.link === b.link &&
    a.destination === b.destination &&
    (a.baselineShift ?? 0) === (b.baselineShift ?? 0) &&
    a.insertion === b.insertion &&
    (a.features ?? []).join() === (b.features ?? []).join()
  );
}

function withRaggedStretch(runs: readonly InlineRun[], options: ItemOptions): ItemContext {
  const firstRun = runs.find((run): run is TextRun => !isForcedBreak(run));
  const spaceWidth = firstRun ? options.measurer.width(' ', firstRun.style) : 0;
  // Every field written out, in one order: a spread of options that may lack some would give
  // the context of each paragraph a shape of its own, and every read of it a slow lookup.
  return {
    align: options.align,
    indent: options.indent,
    lineWidth: options.lineWidth,
    measurer: options.measurer,
    hyphenate: options.hyphenate,
    minLeft: options.minLeft,
    minRight: options.minRight,
    hyphenPenalty: options.hyphenPenalty,
    explicitHyphenPenalty: options.explicitHyphenPenalty,
    raggedness: options.raggedness,
    spaceStretchEm: options.spaceStretchEm,
    spaceShrinkEm: options.spaceShrinkEm,
    wordCache: options.wordCache,
    raggedStretch: options.raggedness * spaceWidth,
    tablesByStyle: new Map(),
    spaces: new Map(),
    noBreakSpaces: new Map(),
  };
}

function paragraphStart(options: ItemContext): Item[] {
  if (options.align === 'center') return lineStart(options);
  return options.indent > 0 ? [box(options.indent, '')] : [];
}

/** Centred lines need stretch on their left; after a forced break the first box keeps it. */
function lineStart(options: ItemContext): Item[] {
  if (options.align !== 'center') return [];
  return [box(0, ''), glue(0, options.raggedStretch, 0)];
}

function lineEnd(options: ItemContext): Item[] {
  const end: Glue = options.align === 'center' ? glue(0, options.raggedStretch, 0) : glue(0, 0, 0, true);
  return [penalty(0, INFINITE_PENALTY, false, 'plain'), end, penalty(0, -INFINITE_PENALTY, false, 'plain')];
}

/** The items of a space, built once per style and kind in a paragraph (items are never changed). */
function spaceItems(style: TextStyle, breakable: boolean, options: ItemContext): readonly Item[] {
  const cache = breakable ? options.spaces : options.noBreakSpaces;
  let items = cache.get(style);
  if (!items) {
    items = buildSpaceItems(style, breakable, options);
    cache.set(style, items);
  }
  return items;
}

function buildSpaceItems(style: TextStyle, breakable: boolean, options: ItemContext): Item[] {
  const width = options.measurer.width(' ', style);
  const justifyStretch = options.spaceStretchEm === undefined ? width / 2 : options.spaceStretchEm * style.size;
  const justifyShrink = options.spaceShrinkEm === undefined ? width / 3 : Math.min(width / 2, options.spaceShrinkEm * style.size);
  if (!breakable) {
    const stretch = options.align === 'justify' ? justifyStretch : 0;
    const shrink = options.align === 'justify' ? justifyShrink : 0;
    return [penalty(0, INFINITE_PENALTY, false, 'plain'), glue(width, stretch, shrink)];
  }
  switch (options.align) {
    case 'justify':
      return [glue(width, justifyStretch, justifyShrink)];
    case 'left': {
      const stretch = options.raggedStretch;
      return [glue(0, stretch, 0), penalty(0, 0, false, 'plain'), glue(width, -stretch, 0)];
    }
    case 'center': {
      const stretch = options.raggedStretch;
      return [
        glue(0, stretch, 0),
        penalty(0, 0, false, 'plain'),
        glue(width, -2 * stretch, 0),
        box(0, ''),
        penalty(0, INFINITE_PENALTY, false, 'plain'),
        glue(0, stretch, 0),
      ];
    }
  }
}

/**
 * Boxes for the pieces of one word, with penalties at its break points. Piece widths are
 * differences of prefix widths, so an unbroken word measures exactly as it will be drawn
 * (kerning and ligatures across the cut included).
 */
function pushWordItems(out: ParagraphItems, pieces: readonly TextRun[], options: ItemContext): void {
  pushOwn(out, measureWordItems(pieces, options));
}

/** A one-style word: its template's items, with this occurrence's style and origins beside them. */
function pushWordItem(out: ParagraphItems, text: string, style: TextStyle, origin: number | undefined, options: ItemContext): void {
  const cache = options.wordCache;
  if (!cache) {
    pushOwn(out, measureWordItems([origin === undefined ? { text, style } : { text, style, origin }], options));
    return;
  }
  const table = templateTable(style, cache, options);
  let template = table.get(text);
  if (!template) {
    template = templateOf(measureWordItems([{ text, style, origin: 0 }], options));
    table.set(text, template);
  }
  const { items, offsets } = template;
  const base = origin ?? -1;
  for (let k = 0; k < items.length; k += 1) {
    const offset = offsets[k]!;
    out.items.push(items[k]!);
    out.styles.push(offset === UNSTYLED ? undefined : style);
    out.origins.push(offset < 0 || base < 0 ? -1 : base + offset);
  }
}

function templateOf(items: readonly Item[]): WordTemplate {
  const offsets = items.map((item) => {
    if (item.type === 'box') return item.origin!;
    return item.type === 'penalty' && item.mark ? STYLED : UNSTYLED;
  });
  return { items, offsets };
}

/** The templates of words in `style` set with this paragraph's alignment, line and stretch. */
function templateTable(style: TextStyle, cache: WordItemCache, options: ItemContext): Map<string, WordTemplate> {
  let table = options.tablesByStyle.get(style);
  if (table) return table;
  const key = `${styleKeyOf(style, cache)}\u0000${options.align}\u0000${options.lineWidth}\u0000${options.raggedStretch}`;
  table = cache.tables.get(key);
  if (!table) {
    table = new Map();
    cache.tables.set(key, table);
  }
  options.tablesByStyle.set(style, table);
  return table;
}

/** Everything about a style that its words' items depend on (the rest is set per occurrence). */
function styleKeyOf(style: TextStyle, cache: WordItemCache): string {
  let key = cache.styleKeys.get(style);
  if (key === undefined) {
    key = `${style.face}\u0000${style.size}\u0000${style.features?.join(',') ?? ''}\u0000${style.tracking ?? 0}`;
    cache.styleKeys.set(style, key);
  }
  return key;
}

function measureWordItems(pieces: readonly TextRun[], options: ItemContext): Item[] {
  const text = pieces.map((p) => p.text).join('');
  const starts = pieceStarts(pieces);
  const widthOf = (start: number, end: number) => spanWidth(pieces, starts, start, end, options.measurer);
  const breaks = findWordBreaks(text, {
    hyphenate: options.align === 'center' ? () => [] : options.hyphenate,
    minLeft: options.minLeft,
    minRight: options.minRight,
    hyphenPenalty: options.hyphenPenalty,
    explicitHyphenPenalty: options.explicitHyphenPenalty,
    widthOf,
    lineWidth: options.lineWidth,
    hyphenWidth: options.measurer.width('-', pieces[pieces.length - 1]!.style),
  });
  const cuts = breaks.map((b) => b.offset);
  const breakAt = new Map(breaks.map((b) => [b.offset, b]));
  const items: Item[] = [];
  let previous = 0;
  for (const cut of [...cuts, text.length]) {
    items.push(...boxesBetween(pieces, starts, previous, cut, options.measurer));
    const wordBreak = breakAt.get(cut);
    if (wordBreak) items.push(...breakItems(wordBreak, styleAt(pieces, starts, cut - 1), options));
    previous = cut;
  }
  return items;
}

function pieceStarts(pieces: readonly TextRun[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const piece of pieces) {
    starts.push(offset);
    offset += piece.text.length;
  }
  return starts;
}

function pieceIndexAt(starts: readonly number[], offset: number): number {
  let index = 0;
  while (index + 1 < starts.length && starts[index + 1]! <= offset) index += 1;
  return index;
}

function styleAt(pieces: readonly TextRun[], starts: readonly number[], offset: number): TextStyle {
  return pieces[pieceIndexAt(starts, Math.max(0, offset))]!.style;
}

/** Boxes for `text.slice(start, end)`, one per piece it touches. */
function boxesBetween(
  pieces: readonly TextRun[],
  starts: readonly number[],
  start: number,
  end: number,
  measurer: TextMeasurer,
): Item[] {
  const items: Item[] = [];
  for (let k = pieceIndexAt(starts, start); k < pieces.length && starts[k]! < end; k += 1) {
    const piece = pieces[k]!;
    const from = Math.max(start, starts[k]!) - starts[k]!;
    const to = Math.min(end, starts[k]! + piece.text.length) - starts[k]!;
    if (to <= from) continue;
    // Prefix differences keep kerning across the cut exact; a run of CJK text has no spaces and
    // a break between every two characters, where prefixes would cost time quadratic in its
    // length, and its characters do not kern: there, each part is measured on its own.
    const width =
      piece.text.length > LONG_RUN && IDEOGRAPHIC.test(piece.text)
        ? measurer.width(piece.text.slice(from, to), piece.style)
        : measurer.width(piece.text.slice(0, to), piece.style) - measurer.width(piece.text.slice(0, from), piece.style);
    items.push(box(width, piece.text.slice(from, to), piece.style, piece.origin === undefined ? undefined : piece.origin + from));
  }
  return items;
}

function spanWidth(
  pieces: readonly TextRun[],
  starts: readonly number[],
  start: number,
  end: number,
  measurer: TextMeasurer,
): number {
  return boxesBetween(pieces, starts, start, end, measurer).reduce((sum, item) => sum + item.width, 0);
}

function breakItems(wordBreak: WordBreak, style: TextStyle, options: ItemContext): Item[] {
  const mark = wordBreak.addsHyphen ? { text: '-', style } : undefined;
  const width = mark ? options.measurer.width(mark.text, style) : 0;
  const breakPenalty = penalty(width, wordBreak.cost, wordBreak.flagged, wordBreak.kind, mark);
  // CJK text has no spaces to stretch: a justified line spaces out its characters a little
  // instead (the glue after the break point, dropped when the line ends there).
  if (options.align === 'justify' && wordBreak.interCharacter) return [breakPenalty, glue(0, style.size * INTER_CHARACTER_STRETCH, 0)];
  if (options.align === 'justify') return [breakPenalty];
  // Ragged and centred text: the line that ends here may fall short like any other; the
  // glue cancels out when the break is not taken. The infinite penalty keeps the first glue
  // from being a break point of its own.
  const stretch = options.raggedStretch;
  return [penalty(0, INFINITE_PENALTY, false, 'plain'), glue(0, stretch, 0), breakPenalty, glue(0, -stretch, 0)];
}

/** Length of a run without spaces beyond which its parts are measured on their own (see boxesBetween). */
const LONG_RUN = 64;
const IDEOGRAPHIC = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]/;

/** Stretch between two CJK characters of a justified line, in ems. */
const INTER_CHARACTER_STRETCH = 0.15;

// Items of a kind are all made here, with the same fields in the same order (the optional ones
// undefined): the breaker reads millions of them, and one shape per kind keeps its reads fast.

function box(width: number, text: string, style?: TextStyle, origin?: number): Box {
  return { type: 'box', width, text, style, origin };
}

function glue(width: number, stretch: number, shrink: number, fill = false): Glue {
  return { type: 'glue', width, stretch, shrink, fill };
}

function penalty(width: number, cost: number, flagged: boolean, kind: Penalty['kind'], mark?: TextRun): Penalty {
  return { type: 'penalty', width, cost, flagged, kind, mark };
}
