/**
 * The part of a print render that does not depend on the book's text: the theme's font files
 * parsed with their fast shaping tables, and the hyphenation patterns of the book's language.
 * A build does it while the text is cleaned on another thread (see build.ts); the render then
 * takes the parsed fonts as it takes the ones `watch` keeps from render to render
 * (RenderPdfOptions.fonts), and the patterns from Node's module cache. What the render makes is
 * the same with it or without.
 */
import { loadFontFaces, prepareFontLibrary, type FontLibrary } from './fonts.ts';
import { hyphenatorFor } from './hyphenation.ts';
import { fontFamilyFor, loadPrintTheme } from './theme.ts';

export interface PrintPreparation {
  /** `print.font` of anthology.yaml, if set. */
  font?: string;
  /** The book's language. */
  language: string;
}

export function preparePrint(settings: PrintPreparation, library: FontLibrary): void {
  const theme = loadPrintTheme();
  const family = fontFamilyFor(settings.font?.trim() ? settings.font : theme.body.font, theme);
  prepareFontLibrary(loadFontFaces(family), library);
  hyphenatorFor(settings.language);
}
