/**
 * Text set in TeX's bitmap fonts, read back by TeX's T1 (Cork) encoding. pdfTeX embeds a
 * Metafont font it has no outline for (the EC fonts of `\usepackage[T1]{fontenc}` without
 * cm-super) as a Type 3 font whose glyphs are named `/a<code>` and which carries no Unicode
 * map, so pdf.js reads each code as the Latin-1 letter of the same number: “Straße” comes out
 * “Straÿe”, “Żółć” as “óª¢”, and the quotes, dashes and fi/fl ligatures as control characters,
 * which the cleaner would then delete. What decides: a Type 3 font whose every glyph name is
 * `a` and its own code (pdfTeX's naming, which says nothing else about the font), and, in the
 * text set in it, codes that only T1 gives a meaning: its ligatures, quotes and dashes below
 * 32, or any code above 127 (OT1, LaTeX's other text encoding, has none). A font without that
 * evidence is left as read, and the reader warns where characters stay unmapped.
 */

/** T1 (Cork) codes 0x00–0x1F: spacing accents (TeX sets them over a letter T1 lacks; the reader composes the pair), quotes, dashes, the compound-word mark, ligatures. */
const T1_LOW = ['`', '´', 'ˆ', '˜', '¨', '˝', '˚', 'ˇ', '˘', '¯', '˙', '¸', '˛', '‚', '‹', '›', '“', '”', '„', '«', '»', '–', '—', '', '', 'ı', 'ȷ', 'ff', 'fi', 'fl', 'ffi', 'ffl'];
/** T1 codes 0x80–0xBF: the letters of Central and Eastern European languages, and §, ¡, ¿, £. */
const T1_HIGH = [...'ĂĄĆČĎĚĘĞĹĽŁŃŇŊŐŔŘŚŠŞŤŢŰŮŸŹŽŻĲİđ§ăąćčďěęğĺľłńňŋőŕřśšşťţűůÿźžżĳ¡¿£'];
/** The other T1 codes whose meaning differs from ASCII and Latin-1. */
const T1_OTHER = new Map<number, string>([[0x27, '’'], [0x60, '‘'], [0x7f, '-'], [0xd7, 'Œ'], [0xdf, 'SS'], [0xf7, 'œ'], [0xff, 'ß']]);

function t1(code: number): string | undefined {
  if (code < 0x20) return T1_LOW[code];
  if (code >= 0x80 && code < 0xc0) return T1_HIGH[code - 0x80];
  return T1_OTHER.get(code);
}

/** Codes that mean something in T1 and nothing in text otherwise: ligatures, quotes, dashes, and every code past ASCII. */
const T1_ONLY = /[\u0010-\u0016\u001b-\u001f\u0080-\u00ff]/;

/** The font facts pdf.js gives (with `fontExtraProperties`) that tell a pdfTeX bitmap font. */
export interface FontFacts {
  isType3Font?: boolean;
  differences?: readonly (string | undefined)[];
}

/** A Type 3 font whose glyphs pdfTeX named by their codes, and nothing else: its encoding is not in the PDF. */
export function isTexBitmapFont(font: FontFacts | undefined): boolean {
  if (!font?.isType3Font || !font.differences) return false;
  let named = 0;
  for (const [code, name] of Object.entries(font.differences)) {
    if (name === undefined || name === '.notdef' || name === '') continue;
    if (name !== `a${code}`) return false;
    named++;
  }
  return named > 0;
}

/** Whether the text set in one such font shows T1's codes. */
export function readsAsT1(texts: Iterable<string>): boolean {
  for (const text of texts) if (T1_ONLY.test(text)) return true;
  return false;
}

/** The text as T1 means it: each character is the code pdf.js read it by. */
export function decodeT1(text: string): string {
  let out = '';
  // The per-mille sign is a percent sign and T1's extra zero.
  for (const char of text.replace(/%\u0018/g, '‰')) {
    const code = char.codePointAt(0)!;
    out += code <= 0xff ? (t1(code) ?? char) : char;
  }
  return out;
}
