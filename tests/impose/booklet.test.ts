/**
 * Booklet imposition read back through pdf.js: sheet size, padding to a multiple of four,
 * and the saddle-stitch order, found by reading the page number printed on each half.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { bookletOrder, imposeBooklet } from '../../pipeline/impose/booklet.ts';

const A5: [number, number] = [419.53, 595.28];

/** A book whose every page says only its own number, fixed dates so the bytes are stable. */
async function numberedBook(pages: number, size: [number, number] = A5): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n += 1) {
    const page = doc.addPage(size);
    page.drawText(`P${n}`, { x: size[0] / 2 - 10, y: size[1] / 2, size: 24, font });
  }
  return doc.save();
}

/** Each sheet side as [left number, right number], 0 where the half is blank. */
async function readSides(data: Uint8Array): Promise<{ sides: number[][]; sizes: Array<[number, number]> }> {
  const document = await getDocument({ data: data.slice(), verbosity: 0, disableFontFace: true }).promise;
  const sides: number[][] = [];
  const sizes: Array<[number, number]> = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const [, , width, height] = page.view as [number, number, number, number];
    sizes.push([width, height]);
    const items = (await page.getTextContent()).items.filter((item): item is TextItem => 'str' in item && item.str.startsWith('P'));
    const half = (left: boolean) => {
      const found = items.find((item) => ((item.transform[4] as number) < width / 2) === left);
      return found ? Number(found.str.slice(1)) : 0;
    };
    sides.push([half(true), half(false)]);
  }
  await document.destroy();
  return { sides, sizes };
}

describe('bookletOrder', () => {
  it('puts the outer pages on the first sheet and pairs pages that add up to n + 1', () => {
    expect(bookletOrder(8)).toEqual([
      [8, 1],
      [2, 7],
      [6, 3],
      [4, 5],
    ]);
    for (const side of bookletOrder(16)) expect(side[0]! + side[1]!).toBe(17);
  });

  it('pads with blanks at the end of the book', () => {
    expect(bookletOrder(6)).toEqual([
      [0, 1],
      [2, 0],
      [6, 3],
      [4, 5],
    ]);
  });
});

describe('imposeBooklet', () => {
  it('sets A5 pages two-up on A4 landscape in saddle-stitch order, padded to a multiple of four', async () => {
    const booklet = await imposeBooklet(await numberedBook(10), {});
    expect(booklet.sheets).toBe(3);
    expect(booklet.order).toEqual(bookletOrder(10));
    expect(booklet.order[0]).toEqual([0, 1]);
    expect(booklet.order[1]).toEqual([2, 0]);
    const { sides, sizes } = await readSides(booklet.data);
    expect(sides).toEqual(booklet.order);
    for (const [width, height] of sizes) {
      expect(width).toBeCloseTo(841.89, 1);
      expect(height).toBeCloseTo(595.28, 1);
    }
  });

  it('folds other trims from the matching sheet, or from one twice the page width', async () => {
    const nineBySix = await readSides((await imposeBooklet(await numberedBook(4, [432, 648]), {})).data);
    expect(nineBySix.sizes[0]).toEqual([864, 648]);
    expect(nineBySix.sides).toEqual([
      [4, 1],
      [2, 3],
    ]);
    const custom = await readSides((await imposeBooklet(await numberedBook(4, [300, 500]), { sheet: 'auto' })).data);
    expect(custom.sizes[0]).toEqual([600, 500]);
    const given = await readSides((await imposeBooklet(await numberedBook(4), { sheet: { width: 900, height: 640 } })).data);
    expect(given.sizes[0]).toEqual([900, 640]);
  });

  it('gives the same bytes for the same book, dated only when asked', async () => {
    const book = await numberedBook(7);
    const a = await imposeBooklet(book, {});
    const b = await imposeBooklet(book, {});
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    expect(Buffer.from(a.data).toString('latin1')).not.toContain('/CreationDate');
    const dated = await imposeBooklet(book, { date: new Date('2026-01-01T00:00:00Z') });
    expect(Buffer.from(dated.data).toString('latin1')).toContain('/CreationDate (D:20260101000000Z)');
  });
});
