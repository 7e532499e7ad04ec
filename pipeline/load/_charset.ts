/**
 * The encoding of a file that is not UTF-8. First the one it names for itself: an HTML page's `<meta charset>` or its
 * `http-equiv="Content-Type"` declaration, or an XML declaration's `encoding`, looked for in the
 * first 1,024 bytes as the HTML standard's prescan does. Old pages in Russian, Greek, Polish or
 * Japanese name KOI8-R, Windows-1251, ISO-8859-2 or Shift_JIS there; read as Windows-1252 they
 * come out as a Latin mojibake no repair can undo. Then, for a file that names none (a text file
 * saved on an old Russian or Polish Windows), the one chardet's statistics of its bytes single
 * out.
 */
import { createRequire } from 'node:module';

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

export interface DeclaredEncoding {
  /** The label as the file writes it. */
  label: string;
  /** The WHATWG name a TextDecoder gives it; undefined when this Node cannot decode it. */
  encoding?: string;
}

export function declaredEncoding(bytes: Uint8Array): DeclaredEncoding | undefined {
  // Bytes as Latin-1: the declaration itself is ASCII whatever the encoding around it.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const label = XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
  if (!label) return undefined;
  try {
    return { label, encoding: new TextDecoder(label).encoding };
  } catch {
    return { label };
  }
}

/** chardet's guess, kept only when it stands well clear of the next and of Latin-1. */
const MIN_CONFIDENCE = 30;
const MIN_LEAD = 15;
/** Guesses that mean the Windows-1252 the loader falls back to anyway, or no guess at all. */
const LATIN_OR_NONE = new Set(['iso-8859-1', 'windows-1252', 'ascii', 'utf-8']);

/** The legacy encoding a file's bytes show, when one is clear; undefined for Western text and for doubt. */
export function guessedEncoding(bytes: Uint8Array): string | undefined {
  // Loaded on this path only: most files are UTF-8.
  const chardet = createRequire(import.meta.url)('chardet') as { analyse(bytes: Uint8Array): { name: string; confidence: number }[] };
  const [best, next] = chardet.analyse(bytes.subarray(0, 65536));
  if (!best || best.confidence < MIN_CONFIDENCE || best.confidence - (next?.confidence ?? 0) < MIN_LEAD) return undefined;
  try {
    const encoding = new TextDecoder(best.name).encoding;
    return LATIN_OR_NONE.has(encoding) ? undefined : encoding;
  } catch {
    return undefined;
  }
}
