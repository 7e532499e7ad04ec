import type { Diagnostic } from '../types.ts';
import { diagnostic } from '../diagnostics.ts';
import { declaredEncoding, guessedEncoding } from './_charset.ts';

/** Characters XML 1.0 forbids (C0 controls other than tab, LF, CR). */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export interface DecodedText {
  text: string;
  diagnostics: Diagnostic[];
}

/**
 * Bytes to text without ever slipping U+FFFD into the book: UTF-8 when the bytes are valid
 * UTF-8; otherwise the encoding the file declares (an HTML page's `<meta charset>`, an XML
 * declaration) when its bytes are valid in it; otherwise, when it declares none, the legacy
 * encoding its bytes clearly show (Windows-1251, KOI8-R, ISO-8859-2…); otherwise Windows-1252 (a
 * superset of Latin-1's printable range). Always with a warning that names the choice.
 * A byte-order mark is dropped. Binary files are refused.
 */
export function decodeSource(bytes: Uint8Array, file: string): DecodedText {
  const diagnostics: Diagnostic[] = [];
  const utf16 = utf16Text(bytes);
  if (utf16 !== undefined) {
    // Every other byte of UTF-16 is NUL in Latin text: it would be refused as binary below.
    diagnostics.push(diagnostic(file, 'warning', 'load/encoding', 'Unexpected UTF-16 text (its byte-order mark says so): decoded as UTF-16; save the file as UTF-8', { line: 1, column: 1 }));
    if (XML_FORBIDDEN.test(utf16)) diagnostics.push(diagnostic(file, 'info', 'load/control-characters', 'Control characters that XML forbids will be removed by the cleaner'));
    return { text: utf16, diagnostics };
  }
  if (looksBinary(bytes)) {
    diagnostics.push(diagnostic(file, 'error', 'load/binary', 'Unexpected binary file, expected UTF-8 text', firstNul(bytes)));
    return { text: '', diagnostics };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const declared = declaredEncoding(bytes);
    // Node reads Windows-1252 (and Latin-1, which the web takes for it) as Latin-1, its curly quotes as control characters: the table here.
    const named = declared?.encoding === 'windows-1252' ? decodeWindows1252(bytes) : declared?.encoding && declared.encoding !== 'utf-8' ? strictDecode(bytes, declared.encoding) : undefined;
    const guess = declared ? undefined : guessedEncoding(bytes);
    const guessed = guess ? strictDecode(bytes, guess) : undefined;
    let as: string;
    if (named !== undefined) {
      text = named;
      as = `${declared!.encoding!.toUpperCase()}, as the file declares;`;
    } else if (guessed !== undefined) {
      text = guessed;
      as = `${guess!.toUpperCase()}, which its letters show (it declares no encoding): check the text, and`;
    } else {
      text = decodeWindows1252(bytes);
      as = 'Windows-1252';
      if (declared) as += declared.encoding ? ` (it declares ${declared.label}, which its bytes are not)` : ` (it declares ${declared.label}, which this Node cannot decode)`;
      as += ';';
    }
    diagnostics.push(diagnostic(file, 'warning', 'load/encoding', `Unexpected bytes that are not UTF-8: decoded as ${as} save the file as UTF-8`, { line: 1, column: 1 }));
  }
  if (XML_FORBIDDEN.test(text)) {
    // Kept in `raw` so positions stay true; the cleaner removes and reports them.
    diagnostics.push(diagnostic(file, 'info', 'load/control-characters', 'Control characters that XML forbids will be removed by the cleaner'));
  }
  return { text, diagnostics };
}

/** The bytes in one encoding, or undefined when they are not valid in it. */
function strictDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Text saved as UTF-16 (Windows Notepad's "Unicode"), told by its byte-order mark; undefined for
 * anything else, for UTF-32's mark (`FF FE 00 00`) and for bytes that are not UTF-16.
 */
export function utf16Text(bytes: Uint8Array): string | undefined {
  const little = bytes[0] === 0xff && bytes[1] === 0xfe;
  const big = bytes[0] === 0xfe && bytes[1] === 0xff;
  if ((!little && !big) || (little && bytes[2] === 0 && bytes[3] === 0) || bytes.length % 2 !== 0) return undefined;
  // A copy, never a view: a Node Buffer's `slice` shares its bytes, and they are swapped below.
  const units = Uint8Array.from(bytes.subarray(2));
  // Node's decoder may be built without UTF-16BE: swap its bytes and read it as UTF-16LE.
  if (big) for (let i = 0; i < units.length; i += 2) [units[i], units[i + 1]] = [units[i + 1]!, units[i]!];
  try {
    return new TextDecoder('utf-16le', { fatal: true }).decode(units);
  } catch {
    return undefined;
  }
}

/** Where the first NUL byte stands, as line:column (columns in UTF-16 code units, as every place the pipeline gives), for the editor to find it. */
function firstNul(bytes: Uint8Array): { line: number; column: number } {
  const at = bytes.indexOf(0);
  if (at < 0) return { line: 1, column: 1 };
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** NUL bytes, or many C0 controls in the first 8 KiB: not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.1;
}

/** Windows-1252's 0x80–0x9F block (curly quotes, dashes, €…); undefined bytes map as Latin-1 does. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decoded by table: Node's own decoder may be built without the legacy encodings. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b)));
  }
  return out;
}
