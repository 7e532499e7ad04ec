/**
 * Draws laid-out pages with pdfkit: every fragment at its exact position, text blocks placed
 * with mirrored margins (the inner margin on the gutter side), running heads and folios
 * around them, and an outline entry where a marked section opens.
 */
import { setCentredLine } from './layout/single-line.ts';
import type { LaidOutPage, SetLine, TextMeasurer, TextStyle } from './layout/types.ts';
import { pdfTextOptions } from './measurer.ts';
import type { PdfDocument } from './pdf-document.ts';
import type { PrintSettings } from '../../types.ts';

export interface PaintOptions {
  print: PrintSettings;
  folioStyle: TextStyle;
  /** Folio baseline below the text block, running-head baseline above it. */
  folioDrop: number;
  headRise: number;
  /** Outline titles by mark id. */
  outline: ReadonlyMap<string, string>;
  measurer: TextMeasurer;
}

export function paintPages(doc: PdfDocument, pages: readonly LaidOutPage[], options: PaintOptions): void {
  for (const page of pages) paintPage(doc, page, options);
}

function paintPage(doc: PdfDocument, page: LaidOutPage, options: PaintOptions): void {
  const { print } = options;
  doc.addPage({ size: [print.pageWidth, print.pageHeight], margin: 0 });
  for (const mark of page.marks) {
    const title = options.outline.get(mark);
    // `fit`: the bookmark shows the whole page. pdfkit supports it; its types omit it.
    if (title !== undefined) doc.outline.addItem(title, { fit: true } as { expanded?: boolean });
  }
  const left = isRecto(page) ? print.marginInner : print.marginOuter;
  const top = print.marginTop;
  const textWidth = print.pageWidth - print.marginInner - print.marginOuter;
  const textHeight = print.pageHeight - print.marginTop - print.marginBottom;
  if (page.decor.heads) {
    drawLine(doc, isRecto(page) ? page.decor.heads.recto : page.decor.heads.verso, left, top - options.headRise);
  }
  for (const placed of page.lines) drawLine(doc, placed.line, left, top + placed.baseline);
  if (page.decor.folio) {
    const folio = setCentredLine(String(page.number), options.folioStyle, textWidth / 2, textWidth, options.measurer);
    drawLine(doc, folio, left, top + textHeight + options.folioDrop);
  }
}

function isRecto(page: LaidOutPage): boolean {
  return page.number % 2 === 1;
}

function drawLine(doc: PdfDocument, line: SetLine, left: number, baseline: number): void {
  for (const fragment of line.fragments) {
    const { style } = fragment;
    const x = left + fragment.x;
    doc.font(style.face).fontSize(style.size);
    doc.text(fragment.text, x, baseline, { ...pdfTextOptions(style), lineBreak: false, baseline: 'alphabetic' });
    if (style.link) doc.link(x, baseline - style.size * 0.8, fragment.width, style.size * 1.05, style.link);
  }
}
