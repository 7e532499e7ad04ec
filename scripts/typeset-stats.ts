/**
 * Typesetting figures for the real book: renders manuscripts/ through the pipeline, reads the
 * PDF back with pdf.js and prints how even the setting is.
 *
 *   npx tsx scripts/typeset-stats.ts [SOURCE_DIR]
 *
 * A "full" body line is a line of body-size text on a running page followed, one leading
 * below, by another that starts at the left edge: a line inside a paragraph, not its last.
 * Words and spaces come from poppler's `pdftotext -bbox` (poppler-utils must be installed).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { loadSource } from '../pipeline/load/index.ts';
import { createCleaner } from '../pipeline/clean/index.ts';
import { parseMarkdown } from '../pipeline/parse/index.ts';
import { assembleBook, loadBookText } from '../pipeline/assemble/index.ts';
import { renderPdf } from '../pipeline/render/pdf/index.ts';
import { fontFamilyFor, loadPrintTheme, resolvePrintSettings } from '../pipeline/render/pdf/theme.ts';
import { pdfWords, type PdfWord } from './pdf-words.ts';

const sourceDir = process.argv[2] ?? 'manuscripts';
const source = await loadSource(sourceDir);
const cleaner = createCleaner();
const pieces = source.manuscripts.map((manuscript, i) => ({
  manuscript,
  part: source.parts[i],
  tree: parseMarkdown(cleaner.cleanManuscript(manuscript).markdown),
}));
const book = assembleBook({ config: source.config, pieces, modified: new Date(1767225600 * 1000), text: loadBookText() });

const started = performance.now();
const rendered = await renderPdf(book);
const typesetMs = performance.now() - started;

const theme = loadPrintTheme();
const print = resolvePrintSettings(book.print, theme);
const spaceWidth = normalSpace(fontFamilyFor(print.font, theme).regular, print.fontSize);

// Words with their boxes from poppler's pdftotext: it splits at every space, stretched or not.
const words = readWords(rendered.data);
const openings = new Set(Object.values(rendered.sectionPages));
const firstBodyPage = Math.min(...openings);
const bodyHeight = mode(words.filter((word) => word.page >= firstBodyPage).map((word) => round(word.yMax - word.yMin)));
let bodyLines = 0;
let fullLines = 0;
let flush = 0;
let hyphenated = 0;
const lineSpaces: number[] = [];
for (let number = firstBodyPage; number <= rendered.pageCount; number += 1) {
  if (openings.has(number)) continue;
  const recto = number % 2 === 1;
  const left = print.marginInner * (recto ? 1 : 0) + print.marginOuter * (recto ? 0 : 1);
  const right = print.pageWidth - (recto ? print.marginOuter : print.marginInner);
  const pageWords = words.filter(
    (word) => word.page === number && round(word.yMax - word.yMin) === bodyHeight && word.yMin > print.marginTop - 5 && word.yMax < print.pageHeight - print.marginBottom,
  );
  const lines = [...groupByBaseline(pageWords).entries()].sort(([a], [b]) => a - b);
  lines.forEach(([y, line], index) => {
    bodyLines += 1;
    const last = line[line.length - 1]!;
    if (/\p{L}-$/u.test(last.text)) hyphenated += 1;
    const next = lines[index + 1];
    // Inside a paragraph: the next line follows at one leading and starts flush left.
    const continues = next !== undefined && Math.abs(next[0] - y - print.leading) < 0.5 && Math.abs(next[1][0]!.xMin - left) < 0.5;
    if (!continues) return;
    fullLines += 1;
    if (Math.abs(last.xMax - right) < 0.5) flush += 1;
    const gaps = line.slice(1).map((word, k) => word.xMin - line[k]!.xMax);
    if (gaps.length > 0) lineSpaces.push(Math.max(...gaps));
  });
}

lineSpaces.sort((a, b) => a - b);
const p95 = lineSpaces[Math.min(lineSpaces.length - 1, Math.floor(lineSpaces.length * 0.95))] ?? spaceWidth;
const figures = {
  pages: rendered.pageCount,
  typesetSeconds: Number((typesetMs / 1000).toFixed(2)),
  bodyLines,
  fullBodyLines: fullLines,
  flushRightShare: Number((flush / Math.max(1, fullLines)).toFixed(4)),
  normalSpacePt: Number(spaceWidth.toFixed(3)),
  p95WidestSpacePt: Number(p95.toFixed(3)),
  p95WidestSpaceRatio: Number((p95 / spaceWidth).toFixed(3)),
  maxWidestSpaceRatio: Number(((lineSpaces[lineSpaces.length - 1] ?? spaceWidth) / spaceWidth).toFixed(3)),
  hyphenatedPer100Lines: Number(((100 * hyphenated) / Math.max(1, bodyLines)).toFixed(2)),
};
console.log(JSON.stringify(figures, null, 2));

type Word = PdfWord;

function readWords(pdf: Uint8Array): Word[] {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'typeset-stats-')), 'book.pdf');
  writeFileSync(file, pdf);
  return pdfWords(file);
}

function groupByBaseline(items: readonly Word[]): Map<number, Word[]> {
  const lines = new Map<number, Word[]>();
  for (const item of items) {
    const key = Math.round(item.yMax * 2) / 2;
    lines.set(key, [...(lines.get(key) ?? []), item]);
  }
  for (const line of lines.values()) line.sort((a, b) => a.xMin - b.xMin);
  return lines;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** The width of a space in the body face at the body size, from the font itself. */
function normalSpace(fontPath: string, size: number): number {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('body', createRequire(import.meta.url).resolve(fontPath));
  return doc.font('body').fontSize(size).widthOfString(' ');
}
