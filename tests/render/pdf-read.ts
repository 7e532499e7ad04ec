/**
 * Reads a rendered PDF back for the tests, through pdf.js: pages with their size and their
 * text as positioned items, grouped into lines by baseline.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

export interface PlacedText {
  str: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  fontName: string;
}

export interface ReadPage {
  number: number;
  width: number;
  height: number;
  items: PlacedText[];
  /** Text lines top to bottom, items joined with a space where they are apart. */
  lines: string[];
  text: string;
}

export interface ReadPdf {
  pages: ReadPage[];
  info: Record<string, unknown>;
  outline: string[];
}

export async function readPdf(data: Uint8Array): Promise<ReadPdf> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const document = await getDocument({ data: data.slice(), verbosity: 0, disableFontFace: true }).promise;
  const pages: ReadPage[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const height = y1 - y0;
    const content = await page.getTextContent();
    const items = content.items
      .filter((item): item is TextItem => 'str' in item && item.str.length > 0)
      .map((item) => ({
        str: item.str,
        x: item.transform[4] as number,
        y: height - (item.transform[5] as number),
        width: item.width,
        fontName: item.fontName,
      }));
    const lines = groupLines(items);
    pages.push({ number, width: x1 - x0, height, items, lines, text: lines.join('\n') });
  }
  const metadata = await document.getMetadata();
  const outline = ((await document.getOutline()) ?? []).map((entry) => entry.title);
  await document.destroy();
  return { pages, info: metadata.info as Record<string, unknown>, outline };
}

function groupLines(items: readonly PlacedText[]): string[] {
  const byBaseline = new Map<number, PlacedText[]>();
  for (const item of items) {
    const key = Math.round(item.y * 2) / 2;
    byBaseline.set(key, [...(byBaseline.get(key) ?? []), item]);
  }
  return [...byBaseline.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, line]) => joinLine(line.sort((a, b) => a.x - b.x)));
}

function joinLine(items: readonly PlacedText[]): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    if (text && item.x - end > 0.8) text += ' ';
    text += item.str;
    end = item.x + item.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Whitespace collapsed, for comparing text that may be broken over lines. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
