/**
 * Font files for the PDF: the four faces of the theme's family, read from the npm packages
 * that ship them and registered with the document under their face keys.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PdfDocument } from './pdf-document.ts';
import type { FaceKey, FontFamilyFiles } from './theme.ts';

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

export function registerFontFaces(doc: PdfDocument, faces: Record<FaceKey, Buffer>): void {
  for (const key of FACE_KEYS) doc.registerFont(key, faces[key]);
}
