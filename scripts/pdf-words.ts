/**
 * The words poppler finds in a PDF (`pdftotext -bbox`), each with its box in points from the
 * top left of its page and its 1-based page number, in poppler's order. For the typesetting
 * statistics and the tests that compare where words are drawn.
 */
import { execFileSync } from 'node:child_process';

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  const words: PdfWord[] = [];
  let page = 0;
  for (const match of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (match[0] === '<page ') {
      page += 1;
      continue;
    }
    const [xMin, yMin, xMax, yMax] = match.slice(1, 5).map(Number) as [number, number, number, number];
    words.push({ page, text: match[5]!, xMin, yMin, xMax, yMax });
  }
  return words;
}
