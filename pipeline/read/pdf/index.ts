import { diagnostic } from '../../diagnostics.ts';
import type { ReadResult } from '../_types.ts';

export async function readPdf(_bytes: Uint8Array, file: string, _options: { maxPages?: number }): Promise<ReadResult> {
  return { kind: 'pdf', markdown: '', meta: {}, metaOrigins: {}, edits: [], diagnostics: [diagnostic(file, 'error', 'pdf/unsupported', 'Unexpected PDF: this build cannot read PDF files yet')] };
}
