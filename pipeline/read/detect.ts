import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Diagnostic } from '../types.ts';
import { diagnostic } from '../diagnostics.ts';
import { utf16Text } from '../load/_decode.ts';

/** What a source file holds, judged by its bytes. `text` is plain text or Markdown. */
export type InputKind = 'text' | 'html' | 'pdf' | 'docx';

export interface Detection {
  kind: InputKind;
  /** A warning when the name says another kind; an error when the bytes are not what they must be. */
  diagnostics: Diagnostic[];
}

const KIND_BY_EXTENSION: Record<string, InputKind> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

const KIND_NAMES: Record<InputKind, string> = { text: 'text', html: 'HTML', pdf: 'PDF', docx: 'Word (DOCX)' };

/** The kind a file's name promises: text for anything that is not a known binary or HTML extension. */
export function kindOfName(file: string): InputKind {
  return KIND_BY_EXTENSION[path.extname(file).toLowerCase()] ?? 'text';
}

/** `%PDF-` within the first KiB, as readers accept it (some writers put junk before it). */
function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/** Whether a zip holds `word/document.xml`; undefined when the zip cannot be read. */
function zipHoldsWordDocument(bytes: Uint8Array): boolean | undefined {
  try {
    let found = false;
    // Only the entry names are needed: the filter reads the central directory and inflates nothing.
    unzipSync(bytes, { filter: (entry) => { if (entry.name === 'word/document.xml') found = true; return false; } });
    return found;
  } catch {
    return undefined;
  }
}

/**
 * An HTML document, judged by its opening: a doctype or an `<html>` element, after a byte-order
 * mark, white space and comments. A text that merely mentions tags further down stays text.
 */
export function looksLikeHtmlDocument(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').replace(/^(\s|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*/, '');
  return /^<!doctype\s+html\b/i.test(head) || /^<html[\s>]/i.test(head);
}

/**
 * The kind of a file by its content, not only its name: magic bytes for PDF and zip (a DOCX is
 * a zip with `word/document.xml`), the doctype or `<html` for HTML. A file of one kind named as
 * another is read as what it is, with a warning. A `.docx` or `.pdf` whose bytes are neither is
 * an error: no reader could make sense of it.
 */
export function detectKind(bytes: Uint8Array, file: string): Detection {
  const named = kindOfName(file);
  const diagnostics: Diagnostic[] = [];
  let kind: InputKind;
  if (isPdf(bytes)) kind = 'pdf';
  else if (isZip(bytes)) {
    const word = zipHoldsWordDocument(bytes);
    if (word !== true) {
      const why = word === undefined ? 'a damaged zip archive' : 'a zip archive without word/document.xml';
      diagnostics.push(diagnostic(file, 'error', 'docx/invalid', `Unexpected ${why}, expected a Word document (DOCX): save it again from the word processor`, { line: 1, column: 1 }));
      return { kind: 'docx', diagnostics };
    }
    kind = 'docx';
  } else if (named === 'docx') {
    diagnostics.push(diagnostic(file, 'error', 'docx/not-zip', 'Unexpected content, expected a Word document (DOCX), which is a zip archive: the file is damaged or not a DOCX', { line: 1, column: 1 }));
    return { kind: 'docx', diagnostics };
  } else if (named === 'pdf') {
    diagnostics.push(diagnostic(file, 'error', 'pdf/not-pdf', 'Unexpected content, expected a PDF starting with “%PDF-”: the file is damaged or not a PDF', { line: 1, column: 1 }));
    return { kind: 'pdf', diagnostics };
  } else {
    const text = utf16Text(bytes)?.slice(0, 8192) ?? new TextDecoder('utf-8').decode(bytes.subarray(0, 8192));
    kind = looksLikeHtmlDocument(text) ? 'html' : named === 'html' && /^\s*</.test(text.replace(/^\uFEFF/, '')) ? 'html' : 'text';
  }
  if (kind !== named) {
    diagnostics.push(
      diagnostic(file, 'warning', 'read/kind-mismatch', `Unexpected ${KIND_NAMES[kind]} content in a file named as ${KIND_NAMES[named]}: read as ${KIND_NAMES[kind]}`, { line: 1, column: 1 }),
    );
  }
  return { kind, diagnostics };
}
