/**
 * The encoding a file names for itself: an HTML page's `<meta charset>` or its
 * `http-equiv="Content-Type"` declaration, or an XML declaration's `encoding`, looked for in the
 * first 1,024 bytes as the HTML standard's prescan does. Old pages in Russian, Greek, Polish or
 * Japanese name KOI8-R, Windows-1251, ISO-8859-2 or Shift_JIS there; read as Windows-1252 they
 * come out as a Latin mojibake no repair can undo.
 */

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
