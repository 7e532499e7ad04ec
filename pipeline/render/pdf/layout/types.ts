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
  /** Target of a hyperlink covering this text. */
  link?: string;
}

export interface TextRun {
  text: string;
  style: TextStyle;
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
}

/** Something that does not stretch: a piece of a word, or an empty indent. */
export interface Box {
  type: 'box';
  width: number;
  text: string;
  style?: TextStyle;
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
}

/** A piece of text placed on a line, x from the left edge of the text block. */
export interface Fragment {
  x: number;
  width: number;
  text: string;
  style: TextStyle;
}

export interface SetLine {
  fragments: Fragment[];
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

export interface FlowPageBreak {
  kind: 'pageBreak';
  side: 'any' | 'recto';
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

export interface LaidOutPage {
  /** 1-based physical page number. */
  number: number;
  decor: PageDecor;
  lines: PlacedLine[];
  marks: string[];
}
