/**
 * Font files for the PDF: the four faces of the theme's family, read from the npm packages
 * that ship them and registered with the document under their face keys.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PdfDocument } from './pdf-document.ts';
import type { FaceKey, FontFamilyFiles } from './theme.ts';
import * as fontkit from 'fontkit';
import { useFastShaping, type FontkitFont } from './fonts/fast-shaping.ts';

/**
 * fontkit's objects for font files by their content, kept from render to render (`watch`):
 * each file is parsed once (its tables, the fast shaping plan), not on every rebuild.
 */
export type FontLibrary = Map<string, FontkitFont>;

export const FACE_KEYS: readonly FaceKey[] = ['regular', 'italic', 'bold', 'boldItalic'];

/** Reads each face's file; paths in the theme are package specifiers or paths from the theme file. */
export function loadFontFaces(family: FontFamilyFiles): Record<FaceKey, Buffer> {
  const require = createRequire(import.meta.url);
  const read = (specifier: string): Buffer => readFileSync(require.resolve(specifier));
  return {
    regular: read(family.regular),
    italic: read(family.italic),
    bold: read(family.bold),
    boldItalic: read(family.boldItalic),
  };
}

/** With a library, the faces are registered as fontkit objects kept from earlier renders (pdfkit takes those too). */
export function registerFontFaces(doc: PdfDocument, faces: Record<FaceKey, Buffer>, library?: FontLibrary): void {
  for (const key of FACE_KEYS) {
    const source = library ? (keptFont(library, faces[key]) as unknown as Buffer) : faces[key];
    doc.registerFont(key, source);
  }
}

/**
 * The kept font of this content, or a new one. Its glyph objects are let go, as a new font
 * would have none: a glyph records the characters it was first made for, which pdfkit maps it
 * back to, so a render makes its own in its own order.
 */
function keptFont(library: FontLibrary, data: Buffer): FontkitFont {
  const key = createHash('sha256').update(data).digest('hex');
  let font = library.get(key);
  if (!font) {
    font = fontkit.create(data, undefined) as unknown as FontkitFont;
    library.set(key, font);
  }
  (font as unknown as { _glyphs: Record<number, unknown> })._glyphs = {};
  return font;
}

/** A few plain Latin words, ligatures among them: shaping them builds a face's fast shaping plan for text. */
const SAMPLE = 'The office fluffy';

/**
 * Parses the faces into `library` ahead of a render, with the tables of their fast shaping
 * path (fonts/fast-shaping.ts), as a render that kept the library would have left them (see
 * prepare.ts). The glyphs this makes are let go when the render registers the faces.
 */
export function prepareFontLibrary(faces: Record<FaceKey, Buffer>, library: FontLibrary): void {
  for (const key of FACE_KEYS) {
    const font = keptFont(library, faces[key]);
    useFastShaping(font);
    font.layout(SAMPLE);
  }
}
