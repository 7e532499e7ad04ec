/**
 * No reader crashes, hangs or throws on hostile input: saved pages built from adversarial
 * shapes, Word files whose XML is random or whose zip is damaged, PDFs with bytes flipped.
 * Every outcome is a result or a diagnostic, within a time budget.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { readInput } from '../../pipeline/read/index.ts';
import { makeDocx } from '../read/_docx.ts';
import { arbitraryHtml, arbitraryText, cpuMs } from './shapes.ts';
import PDFDocument from 'pdfkit';

const SEED = Number(process.env.FUZZ_SEED ?? 20261205);

async function within<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const start = cpuMs();
  const result = await work();
  expect(cpuMs() - start, 'CPU time budget').toBeLessThan(ms);
  return result;
}

describe('readers on hostile input', () => {
  it('a share line followed by a long run of letters (a 10-minute fuzz run hung on it: exponential backtracking)', async () => {
    const words = 'A paragraph of the article that Readability keeps as running text, long enough to count. ';
    const html = `<!doctype html><html><body><article><h1>T</h1><p>${words.repeat(4)}</p><p>Share this ${'A'.repeat(80)}The Title.</p><p>${words.repeat(3)}</p></article></body></html>`;
    const result = await within(5_000, () => readInput(strToU8(html), 'page.html', 'html'));
    expect(result.markdown).toContain('AAAA');
  });

  it('saved pages', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryHtml, async (html) => {
        const result = await within(5_000, () => readInput(strToU8(html), 'page.html', 'html'));
        expect(typeof result.markdown).toBe('string');
      }),
      { numRuns: 30, seed: SEED },
    );
  }, 300_000);

  it('Word files with random text, random XML, and damaged zips', async () => {
    const good = makeDocx({ blocks: [{ runs: ['A paragraph.'] }] });
    await fc.assert(
      fc.asyncProperty(arbitraryText(40), fc.string({ maxLength: 400 }), fc.integer({ min: 0, max: good.length - 1 }), async (text, xml, cut) => {
        const docs = [
          makeDocx({ blocks: [{ style: 'Heading1', runs: [text.slice(0, 80)] }, { runs: [text, { footnote: text.slice(0, 40) }] }] }),
          zipSync({ 'word/document.xml': strToU8(xml), '[Content_Types].xml': strToU8(xml) }),
          good.slice(0, cut),
        ];
        for (const bytes of docs) {
          const result = await within(5_000, () => readInput(bytes, 'a.docx', 'docx'));
          expect(typeof result.markdown).toBe('string');
        }
      }),
      { numRuns: 20, seed: SEED },
    );
  }, 300_000);

  it('PDFs with bytes flipped and cut', async () => {
    const pdf = await new Promise<Uint8Array>((resolve) => {
      const doc = new PDFDocument({ size: 'A5', info: { CreationDate: new Date(0) }, compress: false });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      doc.fontSize(18).text('A Heading');
      doc.fontSize(11).text('A paragraph of text on the first page, long enough to wrap over a line or two of the page.');
      doc.addPage().text('The second page.');
      doc.end();
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat({ max: pdf.length - 1 }), fc.nat({ max: 255 })), { maxLength: 40 }), fc.nat({ max: pdf.length }), async (flips, cut) => {
        const bytes = pdf.slice(0, Math.max(8, cut));
        for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
        const result = await within(10_000, () => readInput(bytes, 'a.pdf', 'pdf'));
        expect(typeof result.markdown).toBe('string');
      }),
      { numRuns: 30, seed: SEED },
    );
  }, 300_000);
});
