/**
 * The measurer's width of a word, read from the font's shaped run without pdfkit's
 * document-level steps, is pdfkit's `widthOfString` to the bit: every token of the seed
 * manuscripts in each face, at two sizes, with and without letter spacing, and with features
 * and with spaces (which take pdfkit's own way).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPdfMeasurer, pdfTextOptions } from '../../pipeline/render/pdf/measurer.ts';
import { createPdfDocument } from '../../pipeline/render/pdf/pdf-document.ts';
import { FACE_KEYS, loadFontFaces, registerFontFaces } from '../../pipeline/render/pdf/fonts.ts';
import { fontFamilyFor, loadPrintTheme, resolvePrintSettings } from '../../pipeline/render/pdf/theme.ts';
import type { TextStyle } from '../../pipeline/render/pdf/layout/types.ts';
import { fixtureBook } from './pdf-fixture.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function tokens(): string[] {
  const found = new Set<string>();
  for (const name of readdirSync(path.join(ROOT, 'manuscripts')).sort()) {
    if (name.endsWith('.md')) for (const token of readFileSync(path.join(ROOT, 'manuscripts', name), 'utf8').split(/\s+/)) if (token) found.add(token);
  }
  return [...found, '', 'two words', 'tab\tstop', 'naïve', 'Œuvre—and', '1917–1921'];
}

function document() {
  const theme = loadPrintTheme();
  const book = fixtureBook();
  const print = resolvePrintSettings(book.print, theme);
  const doc = createPdfDocument(book, print);
  registerFontFaces(doc, loadFontFaces(fontFamilyFor(print.font, theme)));
  return doc;
}

describe('the PDF measurer', () => {
  it('measures every word as pdfkit does, in each face, size, spacing and feature set', () => {
    const words = tokens();
    const styles: TextStyle[] = FACE_KEYS.flatMap((face) => [
      { face, size: 10.5 },
      { face, size: 7.25, tracking: 0.4 },
      { face, size: 9, features: ['smcp'] },
    ]);
    const measurer = createPdfMeasurer(document());
    const reference = document();
    const differ: string[] = [];
    for (const style of styles) {
      for (const word of words) {
        reference.font(style.face).fontSize(style.size);
        const expected = reference.widthOfString(word, pdfTextOptions(style));
        if (!Object.is(measurer.width(word, style), expected)) differ.push(`${style.face} ${style.size} ${word}`);
      }
    }
    expect(differ).toEqual([]);
    expect(words.length).toBeGreaterThan(5000);
  }, 120_000);
});
