/**
 * The read stage: a raw input that is not text (a saved web page, a PDF, a Word file) → the
 * body Markdown the cleaner takes, with what the document says about itself and every piece
 * of text it left out. One reader per kind, each loaded only when a file of its kind appears.
 */
import type { ReadResult } from './_types.ts';
import type { InputKind } from './detect.ts';
import { decodeSource } from '../load/_decode.ts';
import { LIMIT_DEFAULTS, type Limits } from '../load/schema.ts';
import { diagnostic as makeDiagnostic, placeOf, lineStarts } from '../diagnostics.ts';
import type { Diagnostic } from '../types.ts';
import { htmlNesting, pdfObjectCount, zipContents } from '../limits.ts';

export { detectKind, kindOfName, looksLikeHtmlDocument, type Detection, type InputKind } from './detect.ts';
export type { DocumentMeta, MetaOrigins, ReadResult } from './_types.ts';

export interface ReadOptions {
  /** The most pages a PDF may have (a very large PDF is refused with a clear error). */
  maxPages?: number;
  /** The most characters of text on one PDF page. */
  maxPageCharacters?: number;
  /** The most objects a PDF may hold. */
  maxPdfObjects?: number;
  /** The most levels of element nesting in a saved web page. */
  maxHtmlNesting?: number;
  /** What a Word file may unpack to: bytes and files in its zip. */
  maxDocxBytes?: number;
  maxDocxEntries?: number;
  /**
   * Whether a picture a saved web page points to (its `src`, relative to the page) is a file the
   * book may carry: inside the source folder, as a browser's “Web page, complete” saves it.
   * Without it, a page's pictures are left out and named in a warning.
   */
  localImage?: (src: string) => boolean;
}

/** The `limits:` of anthology.yaml as the readers take them. */
export function readOptionsOf(limits: Limits): ReadOptions {
  return {
    maxPages: limits.pdf_pages,
    maxPageCharacters: limits.pdf_page_characters,
    maxPdfObjects: limits.pdf_objects,
    maxHtmlNesting: limits.html_nesting,
    maxDocxBytes: limits.docx_bytes,
    maxDocxEntries: limits.docx_entries,
  };
}

const DEFAULTS = readOptionsOf(LIMIT_DEFAULTS);

function refused(kind: Exclude<InputKind, 'text'>, diagnostic: Diagnostic): ReadResult {
  return { kind, markdown: '', meta: {}, metaOrigins: {}, edits: [], diagnostics: [diagnostic] };
}

export async function readInput(bytes: Uint8Array, file: string, kind: Exclude<InputKind, 'text'>, given: ReadOptions = {}): Promise<ReadResult> {
  const options = { ...DEFAULTS, ...given };
  switch (kind) {
    case 'html': {
      const decoded = decodeSource(bytes, file);
      if (decoded.diagnostics.some((d) => d.severity === 'error')) {
        return { kind, markdown: '', meta: {}, metaOrigins: {}, edits: [], diagnostics: decoded.diagnostics };
      }
      const text = decoded.text.replace(/^\uFEFF/, '');
      // Readability and the HTML tree walkers recurse: a page nested deeper than the limit is refused first.
      const nesting = htmlNesting(text, options.maxHtmlNesting!);
      if (nesting.offset !== undefined) {
        const place = placeOf(lineStarts(text), nesting.offset);
        return refused(kind, makeDiagnostic(file, 'error', 'limit/html-nesting', `Unexpected HTML nested more than ${options.maxHtmlNesting} elements deep (raise limits.html_nesting in anthology.yaml if the page needs more)`, place));
      }
      const { readHtml } = await import('./html/index.ts');
      const read = readHtml(text, { file, ...(options.localImage ? { localImage: options.localImage } : {}) });
      return { ...read, diagnostics: [...decoded.diagnostics, ...read.diagnostics] };
    }
    case 'docx': {
      // A zip bomb is refused by what its directory declares, before mammoth inflates anything.
      const zip = (() => {
        try {
          return zipContents(bytes);
        } catch {
          return undefined; // not a zip: the reader says so
        }
      })();
      if (zip && zip.entries > options.maxDocxEntries!) {
        return refused(kind, makeDiagnostic(file, 'error', 'limit/docx-entries', `Unexpected Word file of ${zip.entries} files in its zip, expected at most ${options.maxDocxEntries} (raise limits.docx_entries in anthology.yaml if it needs more)`));
      }
      if (zip && zip.bytes > options.maxDocxBytes!) {
        return refused(kind, makeDiagnostic(file, 'error', 'limit/docx-bytes', `Unexpected Word file that unpacks to ${zip.bytes} bytes, expected at most ${options.maxDocxBytes} (raise limits.docx_bytes in anthology.yaml if it needs more)`));
      }
      const { readDocx } = await import('./docx/index.ts');
      return readDocx(bytes, file);
    }
    case 'pdf': {
      // Objects are counted from the bytes, before pdf.js builds anything from them.
      const objects = pdfObjectCount(bytes);
      if (objects > options.maxPdfObjects!) {
        return refused(kind, makeDiagnostic(file, 'error', 'limit/pdf-objects', `Unexpected PDF of ${objects} objects, expected at most ${options.maxPdfObjects} (raise limits.pdf_objects in anthology.yaml if it needs more)`));
      }
      const { readPdf } = await import('./pdf/index.ts');
      return readPdf(bytes, file, options);
    }
  }
}
