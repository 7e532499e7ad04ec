/**
 * Booklet imposition for saddle stitching: the book's pages two-up on sheets twice as wide,
 * in the order that, printed duplex (flip on the short edge), stacked and folded in the
 * middle, gives the book's pages in reading order. An A5 book goes on A4 landscape.
 *
 * With n pages (padded with blanks to a multiple of 4), sheet k (from 1) carries:
 *   front: [n − 2k + 2, 2k − 1]   back: [2k, n − 2k + 1]
 * (each side as [left half, right half]), so sheet 1 front = [n, 1], back = [2, n − 1]; sheet 2 front = [n − 2, 3], back = [4, n − 3] …
 * The blanks are added at the end of the book, where they fall on the last leaves.
 */
import { PDFDocument, type PDFPage } from 'pdf-lib';

export interface BookletOptions {
  /** `auto`: twice the page width (A5 → A4, A6 → A5, B5 → B4, 6×9 in → 12×9 in). */
  sheet?: 'auto' | { width: number; height: number };
  /** Written as the creation and modification dates; without it the file carries none. */
  date?: Date;
}

export interface Booklet {
  data: Uint8Array;
  /** Sheets of paper, each printed on both sides. */
  sheets: number;
  /**
   * The page sides in print order: front of sheet 1, back of sheet 1, front of sheet 2, …;
   * each side lists its left and right page as 1-based book pages, 0 for an added blank.
   */
  order: number[][];
}

export async function imposeBooklet(pdf: Uint8Array, options: BookletOptions = {}): Promise<Booklet> {
  const source = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageCount = source.getPageCount();
  if (pageCount === 0) throw new Error('Unexpected empty PDF, expected at least one page to impose');
  const first = source.getPage(0);
  const { width: pageWidth, height: pageHeight } = first.getSize();
  const sheet = options.sheet && options.sheet !== 'auto' ? options.sheet : sheetFor(pageWidth, pageHeight);
  const order = bookletOrder(pageCount);

  const out = await PDFDocument.create({ updateMetadata: false });
  const embedded = await out.embedPages(source.getPages());
  for (const side of order) {
    const page = out.addPage([sheet.width, sheet.height]);
    side.forEach((number, half) => {
      if (number === 0) return;
      placeHalf(page, embedded[number - 1]!, half, sheet, { width: pageWidth, height: pageHeight });
    });
  }
  writeInfo(out, source, options.date);
  // Object streams would make pdf-lib's output depend on nothing else, but older RIPs choke on them.
  const data = await out.save({ useObjectStreams: false });
  return { data, sheets: order.length / 2, order };
}

/** ISO and US trims and the sheet a printer folds them from, in points (portrait page, landscape sheet). */
const STANDARD_SHEETS: ReadonlyArray<{ page: [number, number]; sheet: [number, number] }> = [
  { page: [419.53, 595.28], sheet: [841.89, 595.28] }, // A5 on A4
  { page: [297.64, 419.53], sheet: [595.28, 419.53] }, // A6 on A5
  { page: [595.28, 841.89], sheet: [1190.55, 841.89] }, // A4 on A3
  { page: [498.9, 708.66], sheet: [1000.63, 708.66] }, // B5 on B4
  { page: [354.33, 498.9], sheet: [708.66, 498.9] }, // B6 on B5
  { page: [432, 648], sheet: [864, 648] }, // 6 × 9 in on 12 × 9 in
  { page: [396, 612], sheet: [792, 612] }, // 5.5 × 8.5 in on US Letter
  { page: [612, 792], sheet: [1224, 792] }, // US Letter on Tabloid
];

/** The standard sheet for a standard trim; otherwise a sheet exactly two pages wide. */
export function sheetFor(pageWidth: number, pageHeight: number): { width: number; height: number } {
  const near = (a: number, b: number) => Math.abs(a - b) < 1.5;
  const standard = STANDARD_SHEETS.find(({ page }) => near(page[0], pageWidth) && near(page[1], pageHeight));
  return standard ? { width: standard.sheet[0], height: standard.sheet[1] } : { width: 2 * pageWidth, height: pageHeight };
}

/** Sides in print order for a book of `pageCount` pages; 0 marks a blank. */
export function bookletOrder(pageCount: number): number[][] {
  const n = Math.ceil(pageCount / 4) * 4;
  const real = (page: number) => (page <= pageCount ? page : 0);
  const sides: number[][] = [];
  for (let k = 1; k <= n / 4; k += 1) {
    sides.push([real(n - 2 * k + 2), real(2 * k - 1)]);
    sides.push([real(2 * k), real(n - 2 * k + 1)]);
  }
  return sides;
}

/**
 * A page in the left or right half of the sheet, at its own size, centred in the half; a
 * page larger than the half is scaled down to fit. The fold runs down the sheet's middle.
 */
function placeHalf(
  sheetPage: PDFPage,
  page: Awaited<ReturnType<PDFDocument['embedPages']>>[number],
  half: number,
  sheet: { width: number; height: number },
  size: { width: number; height: number },
): void {
  const halfWidth = sheet.width / 2;
  const scale = Math.min(1, halfWidth / size.width, sheet.height / size.height);
  const width = size.width * scale;
  const height = size.height * scale;
  // Inner edges meet at the fold, so the gutters the book was set with stay where they were.
  const x = half === 0 ? halfWidth - width : halfWidth;
  const y = (sheet.height - height) / 2;
  sheetPage.drawPage(page, { x, y, width, height });
}

/** Title and author carried over; dates only from the caller, so the same input gives the same bytes. */
function writeInfo(out: PDFDocument, source: PDFDocument, date: Date | undefined): void {
  const title = source.getTitle();
  const author = source.getAuthor();
  if (title) out.setTitle(`${title} (booklet)`);
  if (author) out.setAuthor(author);
  out.setCreator('anthology');
  out.setProducer('anthology (pdf-lib)');
  if (date) {
    out.setCreationDate(date);
    out.setModificationDate(date);
  }
}
