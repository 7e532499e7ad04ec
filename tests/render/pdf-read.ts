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
  /** Type size in points. */
  size: number;
}

export interface ReadPage {
  number: number;
  width: number;
  height: number;
  items: PlacedText[];
  /** Text lines top to bottom, items joined with a space where they are apart. */
  lines: string[];
  text: string;
  /** Text in content-stream order, items joined by spaces: the order a reader extracts. */
  streamText: string;
  /** Internal links on the page, resolved to the 1-based page they go to. */
  links: Array<{ text: string; page: number }>;
}

export interface OutlineNode {
  title: string;
  /** 1-based page the entry goes to. */
  page: number;
  children: OutlineNode[];
}

export interface ReadPdf {
  pages: ReadPage[];
  info: Record<string, unknown>;
  /** Top-level outline titles. */
  outline: string[];
  outlineTree: OutlineNode[];
  /** Page labels as a viewer shows them (/PageLabels), or null when the file has none. */
  labels: string[] | null;
}

type PdfDocumentProxy = Awaited<ReturnType<typeof getDocument>['promise']>;

/** The 1-based page an explicit or named destination points at. */
async function destinationPage(document: PdfDocumentProxy, dest: unknown): Promise<number> {
  const explicit = typeof dest === 'string' ? await document.getDestination(dest) : (dest as unknown[] | null);
  if (!explicit) return 0;
  return (await document.getPageIndex(explicit[0] as never)) + 1;
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
        size: Math.hypot(item.transform[0] as number, item.transform[1] as number),
      }));
    const lines = groupLines(items);
    const streamText = items.map((item) => item.str).join(' ').replace(/\s+/g, ' ');
    const links: ReadPage['links'] = [];
    for (const annotation of await page.getAnnotations()) {
      if (annotation.subtype !== 'Link' || !annotation.dest) continue;
      const [ax0, ay0, ax1, ay1] = annotation.rect as [number, number, number, number];
      const inside = items.filter((item) => item.x >= ax0 - 0.5 && item.x < ax1 && height - item.y >= ay0 && height - item.y <= ay1);
      links.push({ text: inside.map((item) => item.str).join(' '), page: await destinationPage(document, annotation.dest) });
    }
    pages.push({ number, width: x1 - x0, height, items, lines, text: lines.join('\n'), streamText, links });
  }
  const metadata = await document.getMetadata();
  type RawOutline = { title: string; dest: unknown; items: RawOutline[] };
  const readOutline = async (entries: RawOutline[]): Promise<OutlineNode[]> =>
    Promise.all(
      entries.map(async (entry) => ({
        title: entry.title,
        page: await destinationPage(document, entry.dest),
        children: await readOutline(entry.items ?? []),
      })),
    );
  const outlineTree = await readOutline(((await document.getOutline()) ?? []) as RawOutline[]);
  const labels = await document.getPageLabels();
  await document.destroy();
  return { pages, info: metadata.info as Record<string, unknown>, outline: outlineTree.map((e) => e.title), outlineTree, labels };
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
