/**
 * The pdfkit document for a book: fixed dates and metadata from the book, so the same Book
 * always gives the same bytes, and the output collected into one array.
 */
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { Book, PrintSettings } from '../../types.ts';
import { useFastShaping, type FontkitFont } from './fonts/fast-shaping.ts';

export type PdfDocument = PDFKit.PDFDocument;

/** `shaped`: pdfkit's shaped words by font content, kept from render to render (see MeasureCache). */
export function createPdfDocument(book: Book, print: PrintSettings, shaped?: Map<string, Record<string, unknown>>): PdfDocument {
  return withFastShaping(newDocument(book, print), shaped);
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
 * fonts/fast-shaping.ts): pdfkit creates a font the first time `doc.font` selects it, and
 * keeps its fontkit object as the font's `font`. With `shaped`, the font also shapes from and
 * into the words kept from earlier renders from the start, whether the measurer or the
 * painter selects it first.
 */
function withFastShaping(doc: PdfDocument, shaped?: Map<string, Record<string, unknown>>): PdfDocument {
  const seen = new WeakSet<object>();
  const select = doc.font;
  doc.font = function (this: PdfDocument, ...args: Parameters<PdfDocument['font']>) {
    const result = select.apply(this, args);
    const embedded = (this as unknown as { _font?: OpenedFont })._font;
    if (embedded && !seen.has(embedded)) {
      seen.add(embedded);
      if (embedded.font) useFastShaping(embedded.font);
      if (shaped) joinShapedWords(embedded, shaped);
    }
    return result;
  } as PdfDocument['font'];
  return doc;
}

/** pdfkit 0.20's EmbeddedFont, as far as it is used here. */
interface OpenedFont {
  font?: FontkitFont & { postscriptName?: string; stream?: { buffer?: Uint8Array } };
  layoutCache?: Record<string, unknown>;
}

const fingerprints = new WeakMap<Uint8Array, string>();

/** The font's identity by content: the same file read again gives the same key. */
export function fontContentKey(font: OpenedFont): string | undefined {
  const data = font.font?.stream?.buffer;
  if (!data) return undefined;
  let hash = fingerprints.get(data);
  if (hash === undefined) {
    hash = createHash('sha256').update(data).digest('hex');
    fingerprints.set(data, hash);
  }
  return `${hash}#${font.font?.postscriptName ?? ''}`;
}

/** Lets the font shape from (and into) the shared words of its content; what it shaped before (nothing, as a rule) is kept. */
export function joinShapedWords(font: OpenedFont, shaped: Map<string, Record<string, unknown>>): void {
  const key = fontContentKey(font);
  if (key === undefined || !font.layoutCache) return;
  const words = shaped.get(key);
  if (words) font.layoutCache = words;
  else shaped.set(key, font.layoutCache);
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
