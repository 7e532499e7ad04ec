/**
 * Mojibake: UTF-8 bytes that were once decoded as Windows-1252 (or Latin-1) and saved again,
 * so “’” reads “â€™” and “é” reads “Ã©”. Each such run is turned back into the bytes it came
 * from and decoded as UTF-8 — but only when those bytes form complete, valid UTF-8 characters,
 * so legitimate text (“café”, “São Paulo”, “Ærø”, “€5”) is never touched.
 */

export interface MojibakeRepair {
  /** Offset of the damaged run in the text given to `repairMojibake`. */
  offset: number;
  old: string;
  new: string;
}

export interface MojibakeResult {
  text: string;
  repairs: MojibakeRepair[];
}

/** Windows-1252's 0x80–0x9F block; the five undefined bytes map to their C1 code points as Latin-1 does. */
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** A continuation byte (0x80–0xBF) as Windows-1252 shows it. */
const CONT = `[${CP1252_HIGH}\\u00A0-\\u00BF]`;
/**
 * One UTF-8 character seen through Windows-1252: a lead byte (0xC2–0xDF, 0xE0–0xEF, 0xF0–0xF4)
 * and the right number of continuation bytes. Runs of them are matched together.
 */
const MOJIBAKE = new RegExp(`(?:[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3})+`, 'g');

/** Byte of a character under Windows-1252, or undefined when it has none. */
function cp1252Byte(char: string): number | undefined {
  const code = char.charCodeAt(0);
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  const index = CP1252_HIGH.indexOf(char);
  return index === -1 ? undefined : 0x80 + index;
}

/** The UTF-8 text a damaged run came from, or undefined when it is not really mojibake. */
function undo(run: string): string | undefined {
  const bytes: number[] = [];
  for (const char of run) {
    const byte = cp1252Byte(char);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
  // Overlong or C1-control results are not text anyone wrote.
  for (const char of decoded) {
    const code = char.codePointAt(0)!;
    if (code < 0xa0 || code === 0xfffd) return undefined;
  }
  return decoded;
}

/**
 * Finds and undoes mojibake; text encoded wrongly twice (“Ã¢â‚¬â„¢”) is undone in up to three
 * rounds. Pure: returns the repaired text and every repair, in offsets of the text given.
 */
export function repairMojibake(text: string): MojibakeResult {
  // Cheap exit: every mojibake run starts with a character from U+00C2 to U+00F4.
  if (!/[\u00C2-\u00F4]/.test(text)) return { text, repairs: [] };
  const repairs: MojibakeRepair[] = [];
  let out = '';
  let last = 0;
  for (const match of text.matchAll(MOJIBAKE)) {
    const once = undo(match[0]);
    if (once === undefined) continue;
    let fixed: string = once;
    for (let round = 1; round < 3; round++) {
      const again: string = fixed.replace(MOJIBAKE, (run) => undo(run) ?? run);
      if (again === fixed) break;
      fixed = again;
    }
    repairs.push({ offset: match.index, old: match[0], new: fixed });
    out += text.slice(last, match.index) + fixed;
    last = match.index + match[0].length;
  }
  return repairs.length === 0 ? { text, repairs } : { text: out + text.slice(last), repairs };
}

/** A place in the file as read, from a place in the repaired text (repairs never span lines). */
export function placeBeforeRepairs(
  repairs: readonly { line: number; column: number; old: string; new: string }[],
  place: { line: number; column: number },
): { line: number; column: number } {
  let shift = 0;
  for (const repair of repairs) {
    if (repair.line !== place.line) continue;
    const repairedColumn = repair.column - shift;
    if (place.column < repairedColumn + repair.new.length) {
      // Inside a repaired character: point at the start of its damaged run.
      return place.column >= repairedColumn ? { line: place.line, column: repair.column } : { line: place.line, column: place.column + shift };
    }
    shift += repair.old.length - repair.new.length;
  }
  return { line: place.line, column: place.column + shift };
}
