/**
 * The layout layer's text measurer, backed by pdfkit's font metrics (fontkit shaping, so
 * kerning and ligatures count exactly as they will be drawn). Widths are cached per render.
 */
import type { TextMeasurer, TextStyle } from './layout/types.ts';
import type { PdfDocument } from './pdf-document.ts';

export function createPdfMeasurer(doc: PdfDocument): TextMeasurer {
  const cache = new Map<string, number>();
  return {
    width(text: string, style: TextStyle): number {
      const key = `${style.face}\u0000${style.size}\u0000${style.features?.join(',') ?? ''}\u0000${style.tracking ?? 0}\u0000${text}`;
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      doc.font(style.face).fontSize(style.size);
      const width = doc.widthOfString(text, pdfTextOptions(style));
      cache.set(key, width);
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
