/**
 * The content writer reproduces pdfkit's private `_fragment` (through which the painter used to
 * draw every fragment) byte for byte. Drawing the same strings both ways into two documents
 * must give the same file: same operators, same font subsets, same resources.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { createContentWriter } from '../../pipeline/render/pdf/content-writer.ts';
import { loadFontFaces, registerFontFaces } from '../../pipeline/render/pdf/fonts.ts';
import type { TextStyle } from '../../pipeline/render/pdf/layout/types.ts';
import { pdfTextOptions } from '../../pipeline/render/pdf/measurer.ts';
import type { PdfDocument } from '../../pipeline/render/pdf/pdf-document.ts';
import { fontFamilyFor, loadPrintTheme } from '../../pipeline/render/pdf/theme.ts';

const roman: TextStyle = { face: 'regular', size: 10.5 };
const italic: TextStyle = { face: 'italic', size: 10.5 };
const smallCaps: TextStyle = { face: 'regular', size: 10.5, features: ['smcp'], tracking: 0.525 };
const figures: TextStyle = { face: 'bold', size: 14.25, features: ['onum', 'pnum'] };
const folio: TextStyle = { face: 'regular', size: 9 };

/** Text, x, y (from the top) and style: kerning, ligatures, marks placed by offsets, repeats. */
const DRAWN: Array<[string, number, number, TextStyle]> = [
  ['AVATAR,', 72, 90.123456789, roman],
  ['office', 110.333333333, 90.123456789, roman],
  ['Stalinism', 150.1, 90.123456789, italic],
  ['re\u0301sume\u0301', 72, 103.5, roman],
  ['n\u0303o A\u0308', 120.25, 103.5, italic],
  ['', 130, 103.5, figures],
  ['When the', 72, 117, smallCaps],
  ['1917–1991', 72, 140.75, figures],
  ['office', 200, 117, roman],
  ['office', 72, 160, smallCaps],
  ['AVATAR,', 72, 172, folio],
];

function newDocument(): PdfDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: false,
    tagged: true,
    info: { CreationDate: new Date(Date.UTC(2026, 0, 1)), ModDate: new Date(Date.UTC(2026, 0, 1)) },
  });
  const theme = loadPrintTheme();
  registerFontFaces(doc, loadFontFaces(fontFamilyFor(theme.body.font, theme)));
  return doc;
}

function bytesOf(doc: PdfDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** pdfkit's private step of `doc.text` that writes one string; told the width is known, it measures nothing. */
type Fragment = (text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions & { textWidth: number; wordCount: number }) => void;

/** Two pages of the strings, each line tagged, the way the painter drew them with pdfkit. */
function drawWithPdfkit(doc: PdfDocument): void {
  const fragment = (doc as unknown as { _fragment: Fragment })._fragment;
  for (let page = 0; page < 2; page += 1) {
    doc.addPage({ size: [432, 648], margin: 0 });
    for (const [text, x, y, style] of DRAWN) {
      doc.markStructureContent('P');
      doc.font(style.face).fontSize(style.size);
      fragment.call(doc, text, x + page, y, { ...pdfTextOptions(style), lineBreak: false, baseline: 'alphabetic', textWidth: 0, wordCount: 0 });
      doc.endMarkedContent();
    }
  }
}

function drawWithWriter(doc: PdfDocument): void {
  const writer = createContentWriter(doc);
  for (let page = 0; page < 2; page += 1) {
    writer.addPage({ size: [432, 648], margin: 0 });
    for (const [text, x, y, style] of DRAWN) {
      writer.markStructureContent('P');
      writer.text(text, x + page, y, style);
      writer.endMarkedContent();
    }
  }
  writer.flush();
}

describe('createContentWriter', () => {
  it('writes the same bytes as pdfkit draws', async () => {
    const expected = newDocument();
    drawWithPdfkit(expected);
    const actual = newDocument();
    drawWithWriter(actual);
    const [want, got] = await Promise.all([bytesOf(expected), bytesOf(actual)]);
    // The strings that show glyphs placed by offsets (the combining accents) take the slow path.
    expect(want.toString('latin1')).toMatch(/\] TJ\n1 0 0 1 [\d.]+ [\d.]+ Tm\n\[/);
    expect(got.equals(want)).toBe(true);
  });
});
