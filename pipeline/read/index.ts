/**
 * The read stage: a raw input that is not text (a saved web page, a PDF, a Word file) → the
 * body Markdown the cleaner takes, with what the document says about itself and every piece
 * of text it left out. One reader per kind, each loaded only when a file of its kind appears.
 */
import type { ReadResult } from './_types.ts';
import type { InputKind } from './detect.ts';
import { decodeSource } from '../load/_decode.ts';

export { detectKind, kindOfName, looksLikeHtmlDocument, type Detection, type InputKind } from './detect.ts';
export type { DocumentMeta, MetaOrigins, ReadResult } from './_types.ts';

export interface ReadOptions {
  /** The most pages a PDF may have (a very large PDF is refused with a clear error). */
  maxPages?: number;
}

export async function readInput(bytes: Uint8Array, file: string, kind: Exclude<InputKind, 'text'>, options: ReadOptions = {}): Promise<ReadResult> {
  switch (kind) {
    case 'html': {
      const decoded = decodeSource(bytes, file);
      if (decoded.diagnostics.some((d) => d.severity === 'error')) {
        return { kind, markdown: '', meta: {}, metaOrigins: {}, edits: [], diagnostics: decoded.diagnostics };
      }
      const { readHtml } = await import('./html/index.ts');
      const read = readHtml(decoded.text.replace(/^\uFEFF/, ''), { file });
      return { ...read, diagnostics: [...decoded.diagnostics, ...read.diagnostics] };
    }
    case 'docx': {
      const { readDocx } = await import('./docx/index.ts');
      return readDocx(bytes, file);
    }
    case 'pdf': {
      const { readPdf } = await import('./pdf/index.ts');
      return readPdf(bytes, file, options);
    }
  }
}
