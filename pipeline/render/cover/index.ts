/**
 * The print-on-demand cover: back, spine and front on one sheet with bleed all round, sized
 * from the interior's page count and paper, as printers' cover calculators size it:
 *
 *   spine  = pages × paper thickness per page
 *   width  = bleed + trim width (back) + spine + trim width (front) + bleed
 *   height = bleed + trim height + bleed
 *
 * The front carries the title, subtitle and editors; the back the description and a white
 * box kept clear for the printer's barcode; the spine the title and editors, reading top to
 * bottom, when it is wide enough to carry them. Colours, faces and sizes come from the print
 * theme (`cover:` in templates/print-theme.yaml); the fonts are the book's, embedded.
 */
import PDFDocument from 'pdfkit';
import type { Book } from '../../types.ts';
import { loadFontFaces, registerFontFaces } from '../pdf/fonts.ts';
import { finishPdf } from '../pdf/pdf-document.ts';
import { fontFamilyFor, loadPrintTheme, resolvePrintSettings, type PrintTheme } from '../pdf/theme.ts';

const MM = 72 / 25.4;
/** 0.125 in, the bleed print-on-demand printers ask for. */
export const BLEED_MM = 3.175;
/** The narrowest spine that is given text; printers advise against text on thinner ones. */
export const MIN_SPINE_TEXT_MM = 6;
/** Paper thickness per page in mm when the book does not say (white paper). */
const DEFAULT_PAPER_MM = 0.0572;

export interface CoverGeometry {
  trimWidthMm: number;
  trimHeightMm: number;
  spineMm: number;
  bleedMm: number;
  widthMm: number;
  heightMm: number;
  /** The same in PostScript points, as the PDF's page size gives them. */
  widthPt: number;
  heightPt: number;
  spineText: boolean;
}

/** The cover's figures for a book of `pageCount` interior pages. */
export function coverGeometry(book: Book, pageCount: number): CoverGeometry {
  const trimWidthMm = book.print.pageWidth / MM;
  const trimHeightMm = book.print.pageHeight / MM;
  const spineMm = pageCount * (book.print.paperMmPerPage ?? DEFAULT_PAPER_MM);
  const widthMm = 2 * trimWidthMm + spineMm + 2 * BLEED_MM;
  const heightMm = trimHeightMm + 2 * BLEED_MM;
  return {
    trimWidthMm,
    trimHeightMm,
    spineMm,
    bleedMm: BLEED_MM,
    widthMm,
    heightMm,
    widthPt: widthMm * MM,
    heightPt: heightMm * MM,
    spineText: spineMm >= MIN_SPINE_TEXT_MM,
  };
}

export interface RenderedCover {
  data: Uint8Array;
  geometry: CoverGeometry;
}

export async function renderCover(book: Book, pageCount: number): Promise<RenderedCover> {
  const theme = loadPrintTheme();
  const style = theme.cover;
  const geometry = coverGeometry(book, pageCount);
  const modified = new Date(book.meta.modified);
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: [geometry.widthPt, geometry.heightPt],
    margin: 0,
    lang: book.meta.language,
    pdfVersion: '1.7',
    info: { Title: `${book.meta.title} (cover)`, Author: book.meta.editors.join(', '), Creator: 'anthology', CreationDate: modified, ModDate: modified },
  });
  const print = resolvePrintSettings(book.print, theme);
  registerFontFaces(doc, loadFontFaces(fontFamilyFor(print.font, theme)));
  doc.addPage({ size: [geometry.widthPt, geometry.heightPt], margin: 0 });
  const bleed = geometry.bleedMm * MM;
  const trimWidth = book.print.pageWidth;
  const trimHeight = book.print.pageHeight;
  const spine = geometry.spineMm * MM;
  // Printers read the trim from the TrimBox and the bleed from the BleedBox.
  const page = doc.page as unknown as { dictionary: { data: Record<string, unknown> } };
  page.dictionary.data.TrimBox = [bleed, bleed, geometry.widthPt - bleed, geometry.heightPt - bleed];
  page.dictionary.data.BleedBox = [0, 0, geometry.widthPt, geometry.heightPt];

  doc.rect(0, 0, geometry.widthPt, geometry.heightPt).fill(style.background);
  const back = { x: bleed, width: trimWidth };
  const front = { x: bleed + trimWidth + spine, width: trimWidth };
  const safe = style.safetyMm * MM;
  drawFront(doc, book, style, front.x + safe, bleed + safe, front.width - 2 * safe, trimHeight - 2 * safe);
  drawBack(doc, book, style, back.x + safe, bleed + safe, back.width - 2 * safe, trimHeight - 2 * safe);
  if (geometry.spineText) drawSpine(doc, book, style, bleed + trimWidth, spine, bleed, trimHeight);
  return { data: await finishPdf(doc), geometry };
}

type CoverStyle = PrintTheme['cover'];

function drawFront(doc: PDFKit.PDFDocument, book: Book, style: CoverStyle, x: number, y: number, width: number, height: number): void {
  const { title, subtitle, editors } = book.meta;
  doc.fillColor(style.foreground);
  let top = y + height * style.titleDrop;
  doc.font(style.titleFace).fontSize(style.titleSize);
  doc.text(title, x, top, { width, align: 'center', lineGap: style.titleSize * 0.15 });
  top = doc.y + style.titleSize * 0.6;
  if (subtitle) {
    doc.fillColor(style.accent).font('italic').fontSize(style.subtitleSize);
    doc.text(subtitle, x, top, { width, align: 'center' });
    top = doc.y;
  }
  doc.fillColor(style.foreground).font('regular').fontSize(style.editorsSize);
  const editorsLine = `${style.editedBy} ${joinNames(editors, style.and)}`;
  const editorsHeight = doc.heightOfString(editorsLine, { width, align: 'center' });
  doc.text(editorsLine, x, y + height - editorsHeight, { width, align: 'center' });
  // A rule between the title and the editors, in the accent colour.
  doc.save().strokeColor(style.accent).lineWidth(0.8).moveTo(x + width * 0.35, top + style.subtitleSize).lineTo(x + width * 0.65, top + style.subtitleSize).stroke().restore();
}

function drawBack(doc: PDFKit.PDFDocument, book: Book, style: CoverStyle, x: number, y: number, width: number, height: number): void {
  doc.fillColor(style.foreground).font('regular').fontSize(style.descriptionSize);
  doc.text(book.meta.description, x, y + height * 0.12, { width, align: 'justify', lineGap: style.descriptionSize * 0.3 });
  if (book.meta.publisher) {
    doc.font('italic').fontSize(style.descriptionSize * 0.9);
    doc.text(book.meta.publisher, x, y + height - style.descriptionSize * 1.2, { width: width / 2, lineBreak: false });
  }
  // The barcode box: white, at the foot of the back cover, clear of the text.
  const boxWidth = style.barcode.widthMm * MM;
  const boxHeight = style.barcode.heightMm * MM;
  doc.rect(x + width - boxWidth, y + height - boxHeight, boxWidth, boxHeight).fill('#ffffff');
}

/** Title and editors across the spine, reading top to bottom (the English-language convention). */
function drawSpine(doc: PDFKit.PDFDocument, book: Book, style: CoverStyle, x: number, spine: number, top: number, height: number): void {
  const size = Math.min(style.spineSize, spine * 0.55);
  const text = `${book.meta.title}   \u00b7   ${joinNames(book.meta.editors, style.and)}`;
  doc.save();
  // Rotated a quarter turn clockwise about the spine's top centre: the text runs down the spine.
  doc.translate(x + spine / 2, top).rotate(90);
  doc.fillColor(style.foreground).font('regular').fontSize(size);
  const length = height * 0.8;
  doc.text(text, height * 0.1, -size * 0.35, { width: length, align: 'center', lineBreak: false, height: size * 1.2, ellipsis: true });
  doc.restore();
}

function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
