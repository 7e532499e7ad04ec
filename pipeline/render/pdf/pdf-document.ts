/**
 * The pdfkit document for a book: fixed dates and metadata from the book, so the same Book
 * always gives the same bytes, and the output collected into one array.
 */
import PDFDocument from 'pdfkit';
import type { Book, PrintSettings } from '../../types.ts';
import { useFastShaping, type FontkitFont } from './fonts/fast-shaping.ts';

export type PdfDocument = PDFKit.PDFDocument;

export function createPdfDocument(book: Book, print: PrintSettings): PdfDocument {
  return withFastShaping(newDocument(book, print));
}

function newDocument(book: Book, print: PrintSettings): PdfDocument {
  const modified = new Date(book.meta.modified);
  if (Number.isNaN(modified.getTime())) {
    throw new Error(`Unexpected book.meta.modified "${book.meta.modified}", expected an ISO 8601 date`);
  }
  return new PDFDocument({
    autoFirstPage: false,
    // The front matter is drawn last, into pages kept for it at the start (see paint.ts).
    bufferPages: true,
    size: [print.pageWidth, print.pageHeight],
    margin: 0,
    lang: book.meta.language,
    // A tagged PDF: a structure tree in reading order, so the book can be read aloud and reflowed.
    tagged: true,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: book.meta.title,
      Author: book.meta.editors.join(', '),
      Subject: book.meta.description,
      Keywords: book.meta.subjects.join(', '),
      Creator: 'anthology',
      CreationDate: modified,
      ModDate: modified,
    },
  });
}

/**
 * Every font the document opens shapes plain text through the fast path (see
 * fonts/fast-shaping.ts): pdfkit creates a font's fontkit object the first time `doc.font`
 * selects it, and keeps it as the current font's `font`.
 */
function withFastShaping(doc: PdfDocument): PdfDocument {
  const seen = new WeakSet<FontkitFont>();
  const select = doc.font;
  doc.font = function (this: PdfDocument, ...args: Parameters<PdfDocument['font']>) {
    const result = select.apply(this, args);
    const font = (this as unknown as { _font?: { font?: FontkitFont } })._font?.font;
    if (font && !seen.has(font)) {
      seen.add(font);
      useFastShaping(font);
    }
    return result;
  } as PdfDocument['font'];
  return doc;
}

/** Ends the document and resolves with its bytes. */
export function finishPdf(doc: PdfDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}
