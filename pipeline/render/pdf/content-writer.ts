/**
 * Writes the page content streams for the painter: its text, and the marked-content
 * operators that tag it.
 *
 * Each glyph stands where pdfkit's `doc.text(text, x, y, { lineBreak: false, baseline:
 * 'alphabetic' })` puts it, with the same glyph ids and kerning, but in fewer operators.
 * pdfkit's `_fragment` writes each string (mostly a word) as a text object of its own: `q`, a
 * y-flip `cm`, `BT`, `Tm`, `Tf`, maybe `Tc`, `TJ`, `ET`, `Q`. Here all the strings drawn between
 * two marked-content operators (a line, or the part of a line on either side of a span) go
 * into one such text object: the first string placed by the `Tm` pdfkit would write, each
 * next one by a `Td` from the one before, `Tf` and `Tc` only where the font, size or tracking
 * changes.
 *
 * A text object never crosses a marked-content boundary: it ends before any marked-content
 * operator is written and a new one starts with the next string, so every BDC/BMC … EMC holds
 * whole `q … Q` text objects or lies between them. Between text objects the page is as
 * pdfkit left it: `Q` restores its transformation (which pdfkit keeps as `_ctm` and places
 * links with) and the text state, so `Tc` is back to 0 and drawing through pdfkit carries on
 * as if the writer had not been there. The one exception is an ActualText span: a reader
 * places its text with the transformation in force at the span's end (poppler does), which
 * pdfkit's own `Q` has undone by then, so the span is opened and closed inside a `q … Q` of
 * its own and its text objects go without theirs.
 *
 * Each distinct string is encoded once per font and features, and a page's operators are
 * gathered as text and handed to the page in one chunk when pdfkit is about to write to it
 * itself (a marked-content operator) and before the page ends.
 *
 * The only module of the painter that uses pdfkit's private API: the current page's `write`,
 * `fonts` and `height`, and the current font (`_font`) with its `id`, `ref()` and `encode`,
 * checked against pdfkit 0.20.2, whose `_fragment` gives the glyphs and their places.
 * tests/render/content-writer.test.ts draws the same text both ways and compares the glyphs
 * shown, where from, in which font, size and tracking, the words poppler finds and the
 * rendered pages; run it on an upgrade.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { TextStyle } from './layout/types.ts';
import { pdfTextOptions } from './measurer.ts';
import type { PdfDocument } from './pdf-document.ts';
import type { FontSet } from './fonts/font-set.ts';
import type { TextMeasurer } from './layout/types.ts';

/** Fallback fonts: a string the style's face cannot set whole is drawn run by run, each in a font that has it. */
export interface FontRunOptions {
  fonts: FontSet;
  measurer: TextMeasurer;
}

export interface ContentWriter {
  /** Draws `text` with the left end of its baseline at (x, y), y measured down from the top. */
  text(text: string, x: number, y: number, style: TextStyle): void;
  markContent(tag: string, options?: PDFKit.Mixins.MarkingOptions): void;
  /** Opens marked content for a structure element; add the result to the element. */
  markStructureContent(role: string): PDFKit.PDFStructureContent;
  endMarkedContent(): void;
  /** Starts a new page; what was written to the page before goes into it first. */
  addPage(options: PDFKit.PDFDocumentOptions): void;
  /** Goes back to a page of a document that buffers its pages (0 is the first). */
  switchToPage(index: number): void;
  /**
   * Has pdfkit write out the pages it buffers, all but the first `keep` (drawn later) and the
   * current one: a long book does not hold every page's content until the end.
   */
  releasePages(keep: number): void;
  /**
   * Ends the open text object and hands what is collected to the current page. Call before
   * drawing on the page through pdfkit (annotations such as links need not), and once the
   * last page is drawn.
   */
  flush(): void;
}

/** Arabic, Syriac, Thaana, N'Ko and the Indic scripts: letters become glyphs in context. */
const SHAPED = /[\u0600-\u08ff\u0900-\u0dff\ufb50-\ufdff\ufe70-\ufefc]/;

/** A glyph's placement from pdfkit's `encode`, in thousandths of an em. */
interface GlyphPosition {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** pdfkit 0.20.2's EmbeddedFont, as far as it is used here. */
interface PdfkitFont {
  id: string;
  ref(): unknown;
  /** Shapes `text`, adds its glyphs to the font's subset, and gives their hex ids and positions. */
  encode(text: string, features?: string[]): [string[], GlyphPosition[]];
}

/**
 * Page content streams deflated by earlier renders (`watch`), by a hash of the stream as
 * written: after an edit most pages are what they were, and zlib gives the same bytes for
 * the same stream, so a page's stream is deflated once. `current` holds this render's,
 * `previous` the render before's.
 */
export interface DeflatedStreams {
  current: Map<string, Buffer>;
  previous: Map<string, Buffer>;
}

/** pdfkit 0.20.2's PDFReference, as far as deflating a page's stream goes. */
interface PdfkitReference {
  compress: boolean;
  buffer: Uint8Array[];
  /** Appends to the stream: a string gets a line feed, bytes go as they are. */
  write(chunk: Uint8Array | string): void;
  finalize(): void;
}

/** pdfkit 0.20.2's PDFPage, as far as it is used here. */
interface PdfkitPage {
  content: PdfkitReference;
  height: number;
  /** The page's /Font resources, created when first asked for. */
  readonly fonts: Record<string, unknown>;
  /** Appends to the content stream: a string gets a line feed, bytes go as they are. */
  write(chunk: Uint8Array): void;
  /** Writes the page and its content stream out (pdfkit 0.20.2's PDFPage.end). */
  end(): void;
}

interface PdfkitInternals {
  _font: PdfkitFont;
  page: PdfkitPage;
  /** With `bufferPages`: the pages not yet written out, the first being page `_pageBufferStart`. */
  _pageBuffer: PdfkitPage[];
  _pageBufferStart: number;
  /** Closes the marked content left open on a page, as `flushPages` does before `end`. */
  endPageMarkings(page: PdfkitPage): void;
}

/**
 * A string encoded in one font with one set of features: its TJ operators, which then depend
 * on neither size nor position, or, when a glyph is offset from its place (a combining
 * accent), the glyphs, whose operators are written for each draw.
 */
type EncodedText = string | { hex: string[]; positions: GlyphPosition[] };

/** What drawing in a style needs, found on the style's first use. */
interface StyleState {
  font: PdfkitFont;
  features: string[] | undefined;
  size: number;
  /** Letter spacing in points (`Tc`), 0 without tracking. */
  tracking: number;
  /** Encoded strings, shared by the styles with this font and features. */
  encoded: Map<string, EncodedText>;
  /** The font operator (`Tf`), ending its line. */
  fontOperator: string;
  /** The last page whose resources were seen to name the font. */
  fontsOn?: PdfkitPage;
}

export function createContentWriter(doc: PdfDocument, fontRuns?: FontRunOptions, deflated?: DeflatedStreams): ContentWriter {
  const pdfkit = doc as unknown as PdfkitInternals;
  if (deflated) {
    deflated.previous = deflated.current;
    deflated.current = new Map();
  }
  const styles = new WeakMap<TextStyle, StyleState>();
  const tables = new Map<string, Map<string, EncodedText>>();
  /** Operators not yet handed to the page. */
  let pending = '';
  let page: PdfkitPage | undefined;
  /** What opens a text object on the page: `q`, the y-flip (as pdfkit's `transform` writes it), `BT`. */
  let textStart = '';
  // The open text object, if any, and its state as the operators written so far leave it:
  // where its line matrix is, and its font and letter spacing (`Q` forgets both).
  let inText = false;
  /**
   * The origin of the text line matrix in PDF space (y up), as a reader works it out: each
   * `Td` moves it by its rounded operands, so each string is placed from where the reader has
   * the previous one and rounding does not add up.
   */
  let lineX = 0;
  let lineY = 0;
  let fontOperator = '';
  let tracking = 0;
  // Consecutive fragments mostly share their style: the last one is kept.
  let lastStyle: TextStyle | undefined;
  let lastState: StyleState | undefined;

  const stateOf = (style: TextStyle): StyleState => {
    let state = styles.get(style);
    if (state) return state;
    // As `doc.font` does on every draw: the first use of a face creates its font, so font
    // ids keep the order in which faces are first used.
    const font = (doc.font(style.face) as unknown as PdfkitInternals)._font;
    const features = style.features ? [...style.features] : undefined;
    const key = `${font.id}\u0000${features?.join(',') ?? ''}`;
    let encoded = tables.get(key);
    if (!encoded) {
      encoded = new Map();
      tables.set(key, encoded);
    }
    state = {
      font,
      features,
      size: style.size,
      tracking: style.tracking ? pdfNumber(style.tracking) : 0,
      encoded,
      fontOperator: `/${font.id} ${pdfNumber(style.size)} Tf\n`,
    };
    styles.set(style, state);
    return state;
  };

  /** Encodes a string not yet encoded in the state's font and features. */
  const encode = (state: StyleState, text: string): EncodedText => {
    // Encoding again would only repeat its effects on the font (glyphs joining the subset,
    // their widths and code points recorded), which are set on first sight and kept.
    const [hex, positions] = state.font.encode(text, state.features);
    const offset = positions.some((position) => position.xOffset || position.yOffset);
    const encoded: EncodedText = offset ? { hex, positions } : showOperators(hex, positions);
    state.encoded.set(text, encoded);
    return encoded;
  };

  /**
   * Whether each open marked-content sequence is an ActualText span that set the text's
   * transformation itself, innermost last (see `markContent`).
   */
  const marks: boolean[] = [];
  /** Inside such a span: text objects are opened and ended without `q`, `cm` and `Q`. */
  let spanTransform = false;

  /** Ends the open text object, if any; `Q` restores the transformation and text state. */
  const endText = (): void => {
    if (!inText) return;
    pending += spanTransform ? 'ET\n' : 'ET\nQ\n';
    inText = false;
  };

  // What is written to the pages this writer added, gathered as text (see gatherText).
  const gathered = new WeakMap<PdfkitPage, (text: string) => void>();
  let append: ((text: string) => void) | undefined;

  const flush = (): void => {
    endText();
    if (pending.length === 0) return;
    if (append) append(pending);
    else page!.write(Buffer.from(pending, 'latin1'));
    pending = '';
  };

  /** Has what follows go to the page pdfkit is drawing on, what was pending going to its own. */
  const toCurrentPage = (): PdfkitPage => {
    const current = pdfkit.page;
    if (current === page) return current;
    flush();
    page = current;
    append = gathered.get(current);
    textStart = `q\n1 0 0 -1 0 ${pdfNumber(current.height)} cm\nBT\n`;
    return current;
  };

  /** Moves the text line matrix to (x, y) in PDF space, starting a text object if none is open. */
  const moveTo = (x: number, y: number): void => {
    if (inText) {
      const dx = pdfNumber(x - lineX);
      const dy = pdfNumber(y - lineY);
      pending += `${numberText(dx)} ${numberText(dy)} Td\n`;
      lineX += dx;
      lineY += dy;
    } else {
      // As pdfkit's `_fragment` places a string, so the first of each text object is placed
      // by the same numbers.
      lineX = pdfNumber(x);
      lineY = pdfNumber(y);
      pending += `${spanTransform ? 'BT\n' : textStart}1 0 0 1 ${numberText(lineX)} ${numberText(lineY)} Tm\n`;
      inText = true;
      fontOperator = '';
      // Inside a span the letter spacing set by its last text object holds until its `Q`.
      if (!spanTransform) tracking = 0;
    }
  };

  // A style in another face, for a run set in a fallback font; one object per style and face,
  // so the state found for it is kept.
  const restyled = new WeakMap<TextStyle, Map<string, TextStyle>>();
  const inFace = (style: TextStyle, face: string): TextStyle => {
    let faces = restyled.get(style);
    if (!faces) {
      faces = new Map();
      restyled.set(style, faces);
    }
    let result = faces.get(face);
    if (!result) {
      result = { ...style, face };
      faces.set(face, result);
    }
    return result;
  };

  const writer: ContentWriter = {
    text(text, x, y, style) {
      if (style !== lastStyle) {
        lastState = stateOf(style);
        lastStyle = style;
      }
      const state = lastState!;
      let encoded = state.encoded.get(text);
      if (encoded === undefined) {
        // Only a string not yet drawn in this face may need other fonts: one that was is whole in it.
        const runs = fontRuns?.fonts.runs(text, style.face, style.lang);
        if (runs && !(runs.length === 1 && runs[0]!.face === style.face)) {
          let runX = x;
          for (const run of runs) {
            const runStyle = inFace(style, run.face);
            // Shaped scripts join and reorder letters into glyphs that map back to no one
            // letter: the run's own text goes with it, for copying and reading aloud.
            const actual = SHAPED.test(run.text);
            if (actual) writer.markContent('Span', { actual: run.text });
            writer.text(run.text, runX, y, runStyle);
            if (actual) writer.endMarkedContent();
            runX += fontRuns!.measurer.width(run.text, runStyle);
          }
          return;
        }
        if (text.includes('\n')) {
          // pdfkit would set such a string as several lines; it goes to pdfkit as it is.
          flush();
          doc.font(style.face).fontSize(style.size);
          doc.text(text, x, y, { ...pdfTextOptions(style), lineBreak: false, baseline: 'alphabetic' });
          return;
        }
        if (text.length === 0) return;
        encoded = encode(state, text);
      }
      const current = toCurrentPage();
      if (state.fontsOn !== current) {
        // As pdfkit does before drawing: the page's /Font resources name the font.
        const fonts = current.fonts;
        if (fonts[state.font.id] == null) fonts[state.font.id] = state.font.ref();
        state.fontsOn = current;
      }
      // In PDF space, y up from the bottom of the page, as inside pdfkit's y-flip.
      const top = current.height - y;
      moveTo(x, top);
      if (state.fontOperator !== fontOperator) {
        fontOperator = state.fontOperator;
        pending += fontOperator;
      }
      if (state.tracking !== tracking) {
        tracking = state.tracking;
        pending += `${tracking} Tc\n`;
      }
      if (typeof encoded === 'string') {
        pending += encoded;
      } else {
        const shown = offsetShowOperators(encoded.hex, encoded.positions, x, top, state.size);
        pending += shown.operators;
        lineX = shown.lineX;
        lineY = shown.lineY;
      }
    },
    markContent(tag, options) {
      flush();
      // poppler places an ActualText span's text by the first glyph's text position and the
      // transformation in force at the span's end: were each text object's `q … Q` inside
      // the span, that would be the page's y-flip alone, and the words would be read on
      // another line of the page. The span's outermost sequence sits inside one `q … Q` of
      // its own, its text objects within it.
      const own = options?.actual !== undefined && !spanTransform;
      if (own) {
        toCurrentPage();
        pending += textStart.slice(0, -'BT\n'.length);
        flush();
        spanTransform = true;
      }
      marks.push(own);
      doc.markContent(tag, options);
    },
    markStructureContent(role) {
      flush();
      marks.push(false);
      return doc.markStructureContent(role);
    },
    endMarkedContent() {
      flush();
      doc.endMarkedContent();
      if (marks.pop()) {
        pending += 'Q\n';
        spanTransform = false;
        tracking = 0;
        flush();
      }
    },
    addPage(options) {
      flush();
      doc.addPage(options);
      if (deflated) deflateOnce(pdfkit.page.content, deflated);
      gathered.set(pdfkit.page, gatherText(pdfkit.page.content));
    },
    switchToPage(index) {
      flush();
      doc.switchToPage(index);
    },
    releasePages(keep) {
      flush();
      const buffer = pdfkit._pageBuffer;
      // As pdfkit's own flushPages does for every buffered page; `switchToPage` still finds
      // the kept pages, which stay first in the buffer.
      if (pdfkit._pageBufferStart !== 0 || buffer.length <= keep + 1) return;
      for (const done of buffer.splice(keep, buffer.length - keep - 1)) {
        pdfkit.endPageMarkings(done);
        done.end();
      }
    },
    flush,
  };
  return writer;
}

/**
 * Gathers what is written to a content stream as one string, handed to the stream as one
 * chunk when it is written out (or before bytes are written to it): pdfkit turns every string
 * it writes (each marked-content operator) into bytes of its own, a character at a time, and a
 * page has hundreds. The stream's bytes are the same. Gives the function that appends text
 * as it is (the writer's operators, which end their own lines).
 */
function gatherText(content: PdfkitReference): (text: string) => void {
  let text = '';
  const write = content.write;
  const finalize = content.finalize;
  const handOver = (): void => {
    if (text.length === 0) return;
    write.call(content, Buffer.from(text, 'latin1'));
    text = '';
  };
  content.write = (chunk) => {
    if (chunk instanceof Uint8Array) {
      handOver();
      write.call(content, chunk);
    } else text += `${chunk}\n`;
  };
  content.finalize = () => {
    handOver();
    finalize.call(content);
  };
  return (more) => {
    text += more;
  };
}

/**
 * Has the page's stream deflated from the streams of earlier renders when it is one of them:
 * pdfkit deflates a stream as it writes it out (PDFReference.finalize, zlib's defaults); a
 * stream deflated before is given as it is, marked as not to be deflated again.
 */
function deflateOnce(content: PdfkitReference, deflated: DeflatedStreams): void {
  const finalize = content.finalize;
  content.finalize = function (this: PdfkitReference) {
    if (this.compress && this.buffer.length > 0) {
      const data = Buffer.concat(this.buffer);
      const key = createHash('sha256').update(data).digest('base64');
      let stream = deflated.current.get(key) ?? deflated.previous.get(key);
      if (!stream) stream = deflateSync(data);
      deflated.current.set(key, stream);
      this.buffer = [stream];
      this.compress = false;
    }
    finalize.call(this);
  };
}

/**
 * The TJ operators that show encoded glyphs, none offset from its place, from the current
 * point: runs of glyphs with their kerning between, as pdfkit 0.20.2's `_fragment` writes them.
 */
function showOperators(hex: readonly string[], positions: readonly GlyphPosition[]): string {
  const commands: string[] = [];
  let last = 0;
  for (let i = 0; i < positions.length; i += 1) {
    const position = positions[i]!;
    if (position.xAdvance - position.advanceWidth !== 0 || i === positions.length - 1) {
      commands.push(`<${hex.slice(last, i + 1).join('')}> ${pdfNumber(position.advanceWidth - position.xAdvance)}`);
      last = i + 1;
    }
  }
  return commands.length > 0 ? `[${commands.join(' ')}] TJ\n` : '';
}

/**
 * The operators that show glyphs of which some are offset from their place (a combining
 * accent), starting at (x, y) in PDF space at `size` points, as pdfkit's `_fragment` writes
 * them: an offset glyph shown alone at its own text matrix, the glyphs after it from a text
 * matrix at their place again. `lineX` and `lineY` are where the last text matrix leaves the
 * text line matrix.
 */
function offsetShowOperators(
  hex: readonly string[],
  positions: readonly GlyphPosition[],
  x: number,
  y: number,
  size: number,
): { operators: string; lineX: number; lineY: number } {
  const scale = size / 1000;
  const result = { operators: '', lineX: 0, lineY: 0 };
  const setMatrix = (mx: number, my: number): void => {
    result.lineX = pdfNumber(mx);
    result.lineY = pdfNumber(my);
    result.operators += `1 0 0 1 ${result.lineX} ${result.lineY} Tm\n`;
  };
  let last = 0;
  let hadOffset = false;
  for (let i = 0; i < positions.length; i += 1) {
    const position = positions[i]!;
    if (position.xOffset || position.yOffset) {
      result.operators += showOperators(hex.slice(last, i), positions.slice(last, i));
      setMatrix(x + position.xOffset * scale, y + position.yOffset * scale);
      result.operators += showOperators(hex.slice(i, i + 1), positions.slice(i, i + 1));
      last = i + 1;
      hadOffset = true;
    } else if (hadOffset) {
      setMatrix(x, y);
      hadOffset = false;
    }
    x += position.xAdvance * scale;
  }
  result.operators += showOperators(hex.slice(last), positions.slice(last));
  return result;
}

/** A number as pdfkit writes it in content streams (PDFObject.number): six decimals at most. */
function pdfNumber(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * A number `pdfNumber` gave, as JavaScript writes it (`String(n)`), in a third of the time:
 * from its millionths, an integer. A number of six decimals or fewer and under 1e9 has no
 * shorter decimal that reads back as the same double, so its digits, trailing zeros dropped,
 * are what `String` writes. Two numbers a line, a million lines in a long book.
 */
export function numberText(n: number): string {
  if (n === 0) return '0';
  let millionths = Math.round(n * 1e6);
  if (!(Math.abs(millionths) < 1e15)) return String(n);
  let sign = '';
  if (millionths < 0) {
    sign = '-';
    millionths = -millionths;
  }
  const whole = Math.floor(millionths / 1e6);
  let fraction = millionths - whole * 1e6;
  if (fraction === 0) return sign + whole;
  let digits = 6;
  while (fraction % 10 === 0) {
    fraction /= 10;
    digits -= 1;
  }
  const text = String(fraction);
  return `${sign}${whole}.${text.length < digits ? '0'.repeat(digits - text.length) + text : text}`;
}
