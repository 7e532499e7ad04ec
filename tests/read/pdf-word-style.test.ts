/**
 * The PDF reader on a PDF laid out as a word processor exports one: paragraphs set flush left
 * and parted by space rather than an indent, headings in bold at larger sizes, a large title
 * with the author under it, page numbers centred at the foot. The text repeats its sentences,
 * so a line at a page's top or foot can repeat another page's: it must stay text, not be taken
 * for a running head. Made here with pdfkit, in several paragraph spacings.
 */
import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { readPdf } from '../../pipeline/read/pdf/index.ts';
import { score } from '../../eval/readers/_metrics.ts';
import { SENTENCES } from './_estuary.ts';

const threeOf = (n: number): string => [0, 1, 2].map((k) => SENTENCES[(n + k) % 3]).join(' ');

/** The PDF and its truth: `after` points of space after each paragraph, `lineGap` between its lines. */
async function wordStyle(after: number, lineGap: number): Promise<{ pdf: Uint8Array; truth: string }> {
  const doc = new PDFDocument({ size: 'A4', margin: 72, bufferPages: true, info: { Title: 'draft' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const truth: string[] = [];
  const heading = (text: string, size: number, depth: number): void => {
    doc.font('Helvetica-Bold').fontSize(size).fillColor('#2F5496').text(text, { paragraphGap: 6 });
    doc.font('Helvetica').fontSize(11).fillColor('black');
    truth.push(`${'#'.repeat(depth)} ${text}`);
  };
  const text = (n: number): void => {
    doc.text(threeOf(n), { paragraphGap: after, lineGap });
    truth.push(threeOf(n));
  };
  doc.font('Helvetica').fontSize(26).text('The Salt Roads of the Estuary', { paragraphGap: 4 });
  doc.fontSize(11).text('Ruth Penhaligon', { paragraphGap: 16 });
  let n = 0;
  heading('Introduction', 16, 2);
  for (let i = 0; i < 3; i++) text(n++);
  heading('The crossing places', 16, 2);
  for (let i = 0; i < 3; i++) text(n++);
  heading('Tides and fords', 13, 3);
  for (let i = 0; i < 3; i++) text(n++);
  heading('Afterwards', 16, 2);
  for (let i = 0; i < 4; i++) text(n++);
  const pages = doc.bufferedPageRange();
  for (let i = pages.start; i < pages.start + pages.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(9).text(String(i + 1), 0, 800, { width: doc.page.width, align: 'center', lineBreak: false });
  }
  doc.end();
  await ended;
  return { pdf: new Uint8Array(Buffer.concat(chunks)), truth: truth.join('\n\n') };
}

describe('a PDF laid out as a word processor exports one', () => {
  it.each([
    [8, 1.5],
    [6, 0],
    [10, 3],
    [4, 0],
  ])('with %spt after each paragraph and %spt between lines: every word, paragraph and heading, title and author', async (after, lineGap) => {
    const { pdf, truth } = await wordStyle(after, lineGap);
    const read = await readPdf(pdf, 'word.pdf');
    const result = score(truth, read.markdown, []);
    expect(result.wer).toBe(0);
    expect(result.paragraphs.f1).toBe(1);
    expect(result.headings.f1).toBe(1);
    expect(read.markdown).toMatch(/^### Tides and fords$/m);
    expect(read.meta).toMatchObject({ title: 'The Salt Roads of the Estuary', author: 'Ruth Penhaligon' });
    expect(read.edits.filter((e) => e.ruleId === 'pdf/running-head')).toEqual([]);
    expect(read.edits.filter((e) => e.ruleId === 'pdf/folio').length).toBeGreaterThanOrEqual(2);
  });
});
