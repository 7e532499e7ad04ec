/**
 * The layout layer's text measurer, backed by pdfkit's font metrics (fontkit shaping, so
 * kerning and ligatures count exactly as they will be drawn). Widths are cached per render.
 */
import type { TextMeasurer, TextStyle } from './layout/types.ts';
import type { PdfDocument } from './pdf-document.ts';
import type { FontSet } from './fonts/font-set.ts';

/** With `fonts`, a string the style's face cannot set whole is measured run by run in the fonts that have its letters. */
export function createPdfMeasurer(doc: PdfDocument, fonts?: FontSet): TextMeasurer {
  // Widths by what changes them (face, size, features, tracking), then by text. Styles equal
  // in those share one table; each style object finds its table once, so the hot path is
  // two lookups and no key building (a book asks for some widths millions of times).
  const tables = new Map<string, Map<string, number>>();
  const tableOfStyle = new WeakMap<TextStyle, Map<string, number>>();
  const tableFor = (style: TextStyle): Map<string, number> => {
    let table = tableOfStyle.get(style);
    if (table) return table;
    const key = `${style.face}\u0000${style.size}\u0000${style.features?.join(',') ?? ''}\u0000${style.tracking ?? 0}\u0000${style.lang ?? ''}`;
    table = tables.get(key);
    if (!table) {
      table = new Map();
      tables.set(key, table);
    }
    tableOfStyle.set(style, table);
    return table;
  };
  return {
    width(text: string, style: TextStyle): number {
      const table = tableFor(style);
      const cached = table.get(text);
      if (cached !== undefined) return cached;
      const runs = fonts?.runs(text, style.face, style.lang);
      let width = 0;
      if (!runs || (runs.length === 1 && runs[0]!.face === style.face)) {
        doc.font(style.face).fontSize(style.size);
        width = doc.widthOfString(text, pdfTextOptions(style));
      } else {
        for (const run of runs) {
          doc.font(run.face).fontSize(style.size);
          width += doc.widthOfString(run.text, pdfTextOptions(style));
        }
      }
      table.set(text, width);
      return width;
    },
    capHeight(style: TextStyle): number {
      doc.font(style.face).fontSize(style.size);
      // pdfkit keeps font metrics in thousandths of an em; its types do not show the font.
      const font = (doc as unknown as { _font: { capHeight: number } })._font;
      return (font.capHeight / 1000) * style.size;
    },
  };
}

/** The options that make pdfkit measure and draw a run the same way. */
export function pdfTextOptions(style: TextStyle): PDFKit.Mixins.TextOptions {
  return {
    ...(style.features ? { features: [...style.features] as PDFKit.Mixins.OpenTypeFeatures[] } : {}),
    ...(style.tracking ? { characterSpacing: style.tracking } : {}),
  };
}
