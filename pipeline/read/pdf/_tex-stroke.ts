/**
 * "ł" and "Ł" as TeX sets them in Computer Modern's OT1 fonts (LaTeX's default, without
 * `fontenc`): an "l" or "L" with the font's stroke glyph (code 32, which Computer Modern's text
 * fonts hold instead of a space) drawn over it and kerned back. pdf.js reads the stroke as a
 * space that the kern cancels, so "Łódź" comes out "Lódź" and nothing says a letter changed.
 * What decides: in the page's operator list, a code-32 glyph of a Computer Modern text font
 * followed (kerns aside) by an "l" or "L" of the same string. The letter is then found in the
 * text content by its place among the page's letters, counted the same way in both; where the
 * two counts disagree the page is left as read.
 */

/** Computer Modern's text faces (roman, italic, bold, slanted, sans, typewriter, small capitals), subset-tagged or not; not its math fonts. */
const CM_TEXT_FONT = /^(?:[A-Z]{6}\+)?CM(?:R|TI|BX|BXTI|SL|SS|SSI|SSBX|TT|SLTT|ITT|CSC|U|B|DUNH|FIB|FF)\d+$/;

interface Glyph {
  unicode?: string;
  originalCharCode?: number;
}

/** How many letters one character counts for in both counts: none for white space, two for a ligature such as "ﬁ" (NFKC, character by character). */
function weight(char: string): number {
  return [...char.normalize('NFKC')].filter((c) => !/\s/u.test(c)).length;
}

/**
 * Positions, among the page's letters in drawing order, of each "l" or "L" with TeX's stroke
 * over it, and the page's letters as the operator list draws them.
 */
function strokedLetters(fnArray: readonly number[], argsArray: readonly unknown[], ops: Record<string, number>, fontName: (loadedName: string) => string | undefined): { stroked: Set<number>; count: number } {
  const stroked = new Set<number>();
  let count = 0;
  let cmText = false;
  for (let i = 0; i < fnArray.length; i++) {
    const op = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (op === ops.setFont) cmText = CM_TEXT_FONT.test(fontName(String(args?.[0])) ?? '');
    if (op !== ops.showText && op !== ops.showSpacedText) continue;
    const glyphs = (args?.[0] ?? []) as (Glyph | number | null)[];
    let strokeWaiting = false;
    for (const glyph of glyphs) {
      if (glyph === null || typeof glyph === 'number') continue;
      if (cmText && glyph.originalCharCode === 32) {
        strokeWaiting = true;
        continue;
      }
      for (const char of glyph.unicode ?? '') {
        const n = weight(char);
        if (n === 0) continue;
        if (strokeWaiting && (char === 'l' || char === 'L')) stroked.add(count);
        strokeWaiting = false;
        count += n;
      }
    }
  }
  return { stroked, count };
}

/**
 * The text content's strings with TeX's stroked letters read as "ł" and "Ł". `unplaced` counts
 * the strokes the page draws that could not be placed (the two counts disagree): those letters
 * stay "l" and "L", and the reader says so.
 */
export function restoreStrokedLetters(strings: readonly string[], fnArray: readonly number[], argsArray: readonly unknown[], ops: Record<string, number>, fontName: (loadedName: string) => string | undefined): { strings: string[]; unplaced: number } {
  const { stroked, count } = strokedLetters(fnArray, argsArray, ops, fontName);
  if (stroked.size === 0) return { strings: [...strings], unplaced: 0 };
  const total = strings.reduce((sum, text) => sum + [...text].reduce((n, char) => n + weight(char), 0), 0);
  if (total !== count) return { strings: [...strings], unplaced: stroked.size };
  let index = 0;
  const restored = strings.map((text) => {
    let out = '';
    for (const char of text) {
      const n = weight(char);
      out += n === 1 && stroked.has(index) ? (char === 'l' ? 'ł' : char === 'L' ? 'Ł' : char) : char;
      index += n;
    }
    return out;
  });
  return { strings: restored, unplaced: 0 };
}
