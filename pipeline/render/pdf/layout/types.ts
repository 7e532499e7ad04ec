/**
 * The layout layer's vocabulary. It knows about text runs, boxes, glue, lines and pages,
 * and nothing about Markdown or books: callers translate their documents into these shapes.
 */

/** How a run of text is set. `face` is an opaque key the measurer and painter resolve. */
export interface TextStyle {
  face: string;
  /** Font size in points. */
  size: number;
  /** OpenType features to ask for (`smcp`, `onum`, …). */
  features?: readonly string[];
  /** Extra space after every letter, in points (for letterspaced small capitals). */
  tracking?: number;
  /** Struck through: deleted text the source shows crossed out (Markdown's `~~…~~`, HTML's `<del>`). */
  strike?: boolean;
  /** Target of a hyperlink covering this text. */
  link?: string;
  /** Named destination inside the document that this text links to. */
  destination?: string;
  /** Drawn this far below (positive) or above (negative) the line's baseline. */
  baselineShift?: number;
  /**
   * Key of the insertion (a footnote) this text calls: the paginator puts the insertion at the
   * foot of the page that carries the line with the call (see FlowLine.insertions).
   */
  insertion?: string;
  /**
   * BCP 47 language of the text when it is not the document's: fonts that differ by language
   * (Han letters in Japanese, Chinese or Korean) are chosen by it.
   */
  lang?: string;
}

export interface TextRun {
  text: string;
  style: TextStyle;
  /**
   * Where the run's first character stands in the caller's source text. Lines report the
   * origin of their first character, so a caller can map a page back to its source.
   */
  origin?: number;
}

/** A forced line break inside a paragraph (Markdown's hard break). */
export interface ForcedBreak {
  forcedBreak: true;
}

export type InlineRun = TextRun | ForcedBreak;

export function isForcedBreak(run: InlineRun): run is ForcedBreak {
  return 'forcedBreak' in run;
}

/** Measures text; backed by the PDF library's font metrics. */
export interface TextMeasurer {
  width(text: string, style: TextStyle): number;
  /** Height of the capitals above the baseline; a measurer without it is taken as 0.7 em. */
  capHeight?(style: TextStyle): number;
}

/** Something that does not stretch: a piece of a word, or an empty indent. */
export interface Box {
  type: 'box';
  width: number;
  text: string;
  style?: TextStyle;
  /** Source offset of the box's first character (see TextRun.origin). */
  origin?: number;
}

/**
 * Space that can stretch or shrink. `fill` glue (the end of a paragraph) stretches without
 * limit, so it takes all the slack of its line and finite glue stays at its natural width.
 */
export interface Glue {
  type: 'glue';
  width: number;
  stretch: number;
  shrink: number;
  fill: boolean;
}

/**
 * A place where a line may end, at a cost. `hyphen` and `wordBreak` penalties are
 * discretionary breaks inside words, only tried once setting without them has failed.
 */
export interface Penalty {
  type: 'penalty';
  /** Width added to the line when it ends here (the hyphen). */
  width: number;
  cost: number;
  /** Consecutive flagged breaks (hyphens) are penalised by the breaker. */
  flagged: boolean;
  kind: 'plain' | 'hyphen' | 'wordBreak';
  /** What to draw at the end of the line when it breaks here. */
  mark?: TextRun;
}

export type Item = Box | Glue | Penalty;

export const INFINITE_PENALTY = 10_000;

export type Alignment = 'justify' | 'left' | 'center';

/** The measure of a paragraph: the first line may differ from the rest (hanging indents). */
export interface Measure {
  first: number;
  rest: number;
  /** Where lines start, from the left edge of the text block. */
  firstLeft: number;
  restLeft: number;
  /**
   * Lines that differ from both (those beside a drop cap): line k < lines.length takes
   * lines[k] instead of `first`/`rest`.
   */
  lines?: ReadonlyArray<{ width: number; left: number }>;
}

/** Width and left edge of line `index` (0-based) of a paragraph with this measure. */
export function lineMeasure(measure: Measure, index: number): { width: number; left: number } {
  const special = measure.lines?.[index];
  if (special) return special;
  return index === 0 ? { width: measure.first, left: measure.firstLeft } : { width: measure.rest, left: measure.restLeft };
}

/** A piece of text placed on a line, x from the left edge of the text block. */
export interface Fragment {
  x: number;
  width: number;
  text: string;
  style: TextStyle;
  /** Decoration rather than content (dot leaders): not read aloud, not extracted. */
  artifact?: boolean;
  /**
   * What this fragment and the next `actualSpan - 1` read as, for text extraction and assistive
   * technology: a drop cap and the small capitals after it are one word ("When", not "W hen").
   */
  actualText?: string;
  actualSpan?: number;
  /**
   * A picture instead of text: `key` names it for the painter, which draws it `width` wide and
   * `height` high with its bottom on the line's baseline.
   */
  image?: { key: string; height: number };
  /** A horizontal rule instead of text (a table's), `width` long and this thick, its middle on the baseline: drawn as an artifact. */
  rule?: { thickness: number };
  /**
   * The structure elements this fragment belongs to when they are not its line's: the cells of
   * a table's row share one line, each cell an element of its own.
   */
  struct?: readonly StructNode[];
}

/**
 * Where a line's text comes from, opaque to the layout: the caller's document, a path to
 * the block inside it, and the offset of the line's first character in that block's text.
 */
export interface LineAnchor {
  document: string;
  path: readonly number[];
  offset: number;
}

/** One element of a structure tree (tagged PDF): a key unique in the document and its role. */
export interface StructNode {
  key: string;
  role: string;
  /** BCP 47 language of the element's text, when it differs from the document's (`/Lang`). */
  lang?: string;
  /** Alternate description (`/Alt`), for a figure. */
  alt?: string;
}

export interface SetLine {
  fragments: Fragment[];
  /** Source offset of the line's first character, when its runs carried origins. */
  origin?: number;
  anchor?: LineAnchor;
  /** The structure elements the line belongs to, outermost first. */
  struct?: readonly StructNode[];
  /** Ends inside a word (a hyphen or a compound's own hyphen): no page should turn after it. */
  hyphenated?: boolean;
}

/** What pages show besides the text block: folio, running heads. */
export interface PageDecor {
  folio: boolean;
  heads?: { verso: SetLine; recto: SetLine };
}

/** The vertical list that the paginator cuts into pages. */
export type FlowItem = FlowLine | FlowSpace | FlowSnap | FlowPageBreak | FlowMark;

export interface FlowLine {
  kind: 'line';
  line: SetLine;
  height: number;
  /** Baseline position inside the line's height. */
  baseline: number;
  /** No page break may fall between this item and the one before it. */
  keepWithPrevious: boolean;
  /** What goes at the foot of the page this line lands on (its footnotes), in order. */
  insertions?: readonly Insertion[];
  /** A note line set from the right edge (right to left): the rule over the notes stands at the right. */
  fromRight?: boolean;
  /**
   * Lines set above this one when it opens a page (a table's header row, repeated on every page
   * the table goes on to): decoration, not a second copy of the content.
   */
  runningHeader?: readonly FlowLine[];
}

/**
 * Material the paginator sets at the foot of the page whose text calls it (TeX's \insert):
 * a footnote's lines. A long one may be split, its rest carried to the foot of the next page.
 */
export interface Insertion {
  key: string;
  lines: readonly FlowLine[];
}

export interface FlowSpace {
  kind: 'space';
  height: number;
  /** Vertical fill: shares the page's leftover height in proportion to this weight. */
  fill: number;
  /** Dropped when it would start a page. */
  discardable: boolean;
  keepWithPrevious: boolean;
}

/** Space up to the next line of the baseline grid, so the text comes back in register. */
export interface FlowSnap {
  kind: 'snap';
  keepWithPrevious: boolean;
}

export type NumberStyle = 'roman' | 'arabic';

export interface FlowPageBreak {
  kind: 'pageBreak';
  side: 'any' | 'recto';
  /** Starts a new page numbering at 1 from the page after the break. */
  numbering?: NumberStyle;
  /** Decor of the first page after the break, and of the pages that follow it. */
  first: PageDecor;
  rest: PageDecor;
}

/** Records the page of the next line (section openings, outline entries). */
export interface FlowMark {
  kind: 'mark';
  id: string;
}

export interface PlacedLine {
  line: SetLine;
  /** Baseline, from the top of the text block. */
  baseline: number;
}

/** A horizontal rule on a page, in text-block coordinates (the rule above the footnotes). */
export interface PlacedRule {
  x: number;
  /** Its middle, from the top of the text block. */
  y: number;
  width: number;
  thickness: number;
}

export interface LaidOutPage {
  /** 1-based physical page number. */
  number: number;
  /** The page's number as printed: `iv`, `12`. */
  label: string;
  numbering: { style: NumberStyle; value: number };
  decor: PageDecor;
  lines: PlacedLine[];
  marks: string[];
  rules?: PlacedRule[];
}
