/**
 * Writes the page content streams for the painter: its text, and the marked-content
 * operators that tag it.
 *
 * Text comes out byte for byte as pdfkit's `doc.text(text, x, y, { lineBreak: false,
 * baseline: 'alphabetic' })` writes it, without what made that most of the painting time:
 * pdfkit shapes every string again as it draws it (the font's `encode`), turns each of the
 * ten operators of a fragment into bytes on its own, and saves and transforms the graphics
 * state through arrays. Here each distinct string is encoded once per font and features, and
 * a page's operators are gathered as text and handed to the page in one chunk when pdfkit is
 * about to write to it itself (a marked-content operator) and before the page ends.
 *
 * The only module of the painter that uses pdfkit's private API: the current page's `write`,
 * `fonts` and `height`, and the current font (`_font`) with its `id`, `ref()` and `encode`,
 * checked against pdfkit 0.20.2, whose `_fragment` the operators reproduce.
 * tests/render/content-writer.test.ts compares the two byte for byte; run it on an upgrade.
 */
import type { TextStyle } from './layout/types.ts';
import { pdfTextOptions } from './measurer.ts';
import type { PdfDocument } from './pdf-document.ts';

export interface ContentWriter {
  /** Draws `text` with the left end of its baseline at (x, y), y measured down from the top. */
  text(text: string, x: number, y: number, style: TextStyle): void;
  markContent(tag: string, options?: PDFKit.Mixins.MarkingOptions): void;
  /** Opens marked content for a structure element; add the result to the element. */
  markStructureContent(role: string): PDFKit.PDFStructureContent;
  endMarkedContent(): void;
  /** Starts a new page; what was written to the page before goes into it first. */
  addPage(options: PDFKit.PDFDocumentOptions): void;
  /** Hands what is collected to the current page. Call once the last page is drawn. */
  flush(): void;
}

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

/** pdfkit 0.20.2's PDFPage, as far as it is used here. */
interface PdfkitPage {
  height: number;
  /** The page's /Font resources, created when first asked for. */
  readonly fonts: Record<string, unknown>;
  /** Appends to the content stream: a string gets a line feed, bytes go as they are. */
  write(chunk: Uint8Array): void;
}

interface PdfkitInternals {
  _font: PdfkitFont;
  page: PdfkitPage;
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
  /** Encoded strings, shared by the styles with this font and features. */
  encoded: Map<string, EncodedText>;
  /** The font (`Tf`) and letter-spacing (`Tc`) operators, each ending its line. */
  operators: string;
  /** The last page whose resources were seen to name the font. */
  fontsOn?: PdfkitPage;
}

export function createContentWriter(doc: PdfDocument): ContentWriter {
  const pdfkit = doc as unknown as PdfkitInternals;
  const styles = new WeakMap<TextStyle, StyleState>();
  const tables = new Map<string, Map<string, EncodedText>>();
  /** Operators not yet handed to the page. */
  let pending = '';
  let page: PdfkitPage | undefined;
  /** A fragment's operators up to its x: the page's y-flip (as pdfkit's `transform` writes it), BT, Tm. */
  let textStart = '';
  // Consecutive fragments mostly share their style and baseline: the last ones are kept.
  let lastStyle: TextStyle | undefined;
  let lastState: StyleState | undefined;
  let lastTop = NaN;
  let topOperand = '';

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
    const tracking = style.tracking ? `${pdfNumber(style.tracking)} Tc\n` : '';
    state = { font, features, size: style.size, encoded, operators: `/${font.id} ${pdfNumber(style.size)} Tf\n${tracking}` };
    styles.set(style, state);
    return state;
  };

  /** Encodes a string not yet encoded in the state's font and features. */
  const encode = (state: StyleState, text: string): EncodedText => {
    // Encoding again would only repeat its effects on the font (glyphs joining the subset,
    // their widths and code points recorded), which are set on first sight and kept.
    const [hex, positions] = state.font.encode(text, state.features);
    const offset = positions.some((position) => position.xOffset || position.yOffset);
    const encoded: EncodedText = offset ? { hex, positions } : showOperators(hex, positions, 0, 0, 0);
    state.encoded.set(text, encoded);
    return encoded;
  };

  const flush = (): void => {
    if (pending.length === 0) return;
    page!.write(Buffer.from(pending, 'latin1'));
    pending = '';
  };

  return {
    text(text, x, y, style) {
      if (style !== lastStyle) {
        lastState = stateOf(style);
        lastStyle = style;
      }
      const state = lastState!;
      let encoded = state.encoded.get(text);
      if (encoded === undefined) {
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
      if (pdfkit.page !== page) {
        flush();
        page = pdfkit.page;
        textStart = `q\n1 0 0 -1 0 ${pdfNumber(page.height)} cm\nBT\n1 0 0 1 `;
      }
      if (state.fontsOn !== page) {
        // As pdfkit does before drawing: the page's /Font resources name the font.
        const fonts = page.fonts;
        if (fonts[state.font.id] == null) fonts[state.font.id] = state.font.ref();
        state.fontsOn = page;
      }
      const top = page.height - y;
      if (top !== lastTop) {
        lastTop = top;
        topOperand = ` ${pdfNumber(top)} Tm\n`;
      }
      const show = typeof encoded === 'string' ? encoded : showOperators(encoded.hex, encoded.positions, x, top, state.size);
      pending += textStart + pdfNumber(x) + topOperand + state.operators + show + 'ET\nQ\n';
    },
    markContent(tag, options) {
      flush();
      doc.markContent(tag, options);
    },
    markStructureContent(role) {
      flush();
      return doc.markStructureContent(role);
    },
    endMarkedContent() {
      flush();
      doc.endMarkedContent();
    },
    addPage(options) {
      flush();
      doc.addPage(options);
    },
    flush,
  };
}

/**
 * The TJ operators that show encoded glyphs from (x, y) in points at `size`, as pdfkit 0.20.2's
 * `_fragment` writes them: runs of glyphs with their kerning between, and a glyph that is
 * offset from its place shown alone at its own text matrix. Without offsets, neither the
 * position nor the size shows in the result.
 */
function showOperators(hex: readonly string[], positions: readonly GlyphPosition[], x: number, y: number, size: number): string {
  const scale = size / 1000;
  const commands: string[] = [];
  let out = '';
  let last = 0;
  let hadOffset = false;
  const addSegment = (end: number): void => {
    if (last < end) {
      const advance = positions[end - 1]!.xAdvance - positions[end - 1]!.advanceWidth;
      commands.push(`<${hex.slice(last, end).join('')}> ${pdfNumber(-advance)}`);
    }
    last = end;
  };
  const flush = (end: number): void => {
    addSegment(end);
    if (commands.length > 0) {
      out += `[${commands.join(' ')}] TJ\n`;
      commands.length = 0;
    }
  };
  for (let i = 0; i < positions.length; i += 1) {
    const position = positions[i]!;
    if (position.xOffset || position.yOffset) {
      flush(i);
      out += `1 0 0 1 ${pdfNumber(x + position.xOffset * scale)} ${pdfNumber(y + position.yOffset * scale)} Tm\n`;
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        out += `1 0 0 1 ${pdfNumber(x)} ${pdfNumber(y)} Tm\n`;
        hadOffset = false;
      }
      if (position.xAdvance - position.advanceWidth !== 0) addSegment(i + 1);
    }
    x += position.xAdvance * scale;
  }
  flush(positions.length);
  return out;
}

/** A number as pdfkit writes it in content streams (PDFObject.number): six decimals at most. */
function pdfNumber(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
