/**
 * Typesetting figures for the real book: renders manuscripts/ through the pipeline, reads the
 * PDF back with poppler and prints how even the setting is; when pdflatex is installed, the
 * same cleaned text set by pdflatex (Latin Modern, the same page, measure, size and leading,
 * pandoc's print route) is read back the same way, so the comparison stays in one run.
 *
 *   npx tsx scripts/typeset-stats.ts [SOURCE_DIR]
 *
 * A "full" body line is a line of body-size text on a running page followed, one leading
 * below, by another that starts at the left edge: a line inside a paragraph, not its last.
 * Words and spaces come from poppler's `pdftotext -bbox` (poppler-utils must be installed).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import PDFDocument from 'pdfkit';
import { loadSource } from '../pipeline/load/index.ts';
import { createCleaner } from '../pipeline/clean/index.ts';
import { parseMarkdown } from '../pipeline/parse/index.ts';
import { assembleBook, loadBookText } from '../pipeline/assemble/index.ts';
import { renderPdf } from '../pipeline/render/pdf/index.ts';
import { fontFamilyFor, loadPrintTheme, resolvePrintSettings } from '../pipeline/render/pdf/theme.ts';
import type { Book, PrintSettings } from '../pipeline/types.ts';
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

/** The page as the print settings give it: what the statistics need to tell inner lines from the rest. */
type Geometry = Pick<PrintSettings, 'pageWidth' | 'pageHeight' | 'marginTop' | 'marginBottom' | 'marginInner' | 'marginOuter' | 'leading'>;

interface Figures {
  pages: number;
  bodyLines: number;
  fullBodyLines: number;
  /** Full lines that end in a hyphen (a word broken across lines), per full line. */
  hyphenatedShare: number;
  longestHyphenRun: number;
  /** The widest space of the 95th-percentile full line, per line height. */
  p95WordSpacePerLineHeight: number;
  flushRightShare: number;
  overfullLines: number;
}

const ours = {
  ...measure(readWords(rendered.data), print, new Set(Object.values(rendered.sectionPages)), Math.min(...Object.values(rendered.sectionPages)), rendered.pageCount),
  typesetSeconds: Number((typesetMs / 1000).toFixed(2)),
  normalSpacePt: Number(spaceWidth.toFixed(3)),
};
const latex = setWithPdflatex(book, print);
console.log(JSON.stringify({ ours, pdflatex: latex ?? 'pdflatex not installed' }, null, 2));
console.log(table(ours, latex));

/**
 * Reads the body lines of pages `first`…`last` (openings skipped): lines grouped by baseline,
 * inner lines those followed one leading below by a line starting at the left edge.
 */
function measure(words: readonly PdfWord[], page: Geometry, openings: ReadonlySet<number>, first: number, last: number): Figures {
  const bodyHeight = mode(words.filter((word) => word.page >= first).map((word) => round(word.yMax - word.yMin)));
  let bodyLines = 0;
  let fullLines = 0;
  let flush = 0;
  let overfull = 0;
  let hyphenated = 0;
  let run = 0;
  let longestRun = 0;
  const lineSpaces: number[] = [];
  for (let number = first; number <= last; number += 1) {
    if (openings.has(number)) continue;
    const recto = number % 2 === 1;
    const left = recto ? page.marginInner : page.marginOuter;
    const right = page.pageWidth - (recto ? page.marginOuter : page.marginInner);
    const pageWords = words.filter(
      (word) =>
        word.page === number &&
        round(word.yMax - word.yMin) === bodyHeight &&
        word.yMin > page.marginTop - 5 &&
        word.yMax < page.pageHeight - page.marginBottom + 2,
    );
    const lines = [...groupByBaseline(pageWords).entries()].sort(([a], [b]) => a - b);
    lines.forEach(([y, line], index) => {
      bodyLines += 1;
      const lastWord = line[line.length - 1]!;
      const next = lines[index + 1];
      // Inside a paragraph: the next line follows at one leading and starts flush left.
      const continues = next !== undefined && Math.abs(next[0] - y - page.leading) < 0.6 && Math.abs(next[1][0]!.xMin - left) < 1;
      const endsInHyphen = /\p{L}-$/u.test(lastWord.text);
      if (!continues) {
        run = 0;
        return;
      }
      fullLines += 1;
      if (endsInHyphen) {
        hyphenated += 1;
        run += 1;
        longestRun = Math.max(longestRun, run);
      } else run = 0;
      if (Math.abs(lastWord.xMax - right) < 0.5) flush += 1;
      else if (lastWord.xMax > right + 0.5) overfull += 1;
      const gaps = line.slice(1).map((word, k) => word.xMin - line[k]!.xMax);
      if (gaps.length > 0) lineSpaces.push(Math.max(...gaps));
    });
  }
  lineSpaces.sort((a, b) => a - b);
  const p95 = lineSpaces[Math.min(lineSpaces.length - 1, Math.floor(lineSpaces.length * 0.95))] ?? 0;
  return {
    pages: last,
    bodyLines,
    fullBodyLines: fullLines,
    hyphenatedShare: Number((hyphenated / Math.max(1, fullLines)).toFixed(4)),
    longestHyphenRun: longestRun,
    p95WordSpacePerLineHeight: Number((p95 / page.leading).toFixed(3)),
    flushRightShare: Number((flush / Math.max(1, fullLines)).toFixed(4)),
    overfullLines: overfull,
  };
}

/**
 * The book's sections as LaTeX (paragraphs and headings, each piece on a new recto) set on
 * the same page with the same size and leading; undefined when pdflatex is not installed.
 */
function setWithPdflatex(book: Book, page: Geometry & { fontSize: number }): Figures | undefined {
  if (spawnSync('pdflatex', ['--version'], { stdio: 'ignore' }).status !== 0) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'typeset-stats-latex-'));
  const mm = (points: number) => `${(points * 25.4 / 72).toFixed(2)}mm`;
  const body = book.sections
    .map((section) => `\\cleardoublepage\\thispagestyle{empty}\\section*{${escapeLatex(section.title)}}\n\n${latexBlocks(section.tree)}`)
    .join('\n\n');
  const document = [
    '\\documentclass[twoside]{article}',
    '\\usepackage[T1]{fontenc}',
    '\\usepackage[utf8]{inputenc}',
    '\\usepackage{lmodern}',
    '\\usepackage[protrusion=false]{microtype}',
    `\\usepackage[paperwidth=${mm(page.pageWidth)},paperheight=${mm(page.pageHeight)},top=${mm(page.marginTop)},bottom=${mm(page.marginBottom)},inner=${mm(page.marginInner)},outer=${mm(page.marginOuter)},includehead=false,includefoot=false]{geometry}`,
    '\\pagestyle{plain}',
    '\\setlength{\\parskip}{0pt}',
    '\\begin{document}',
    `\\fontsize{${page.fontSize}}{${page.leading}}\\selectfont`,
    body,
    '\\end{document}',
  ].join('\n');
  writeFileSync(path.join(dir, 'book.tex'), document);
  spawnSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'book.tex'], { cwd: dir, stdio: 'ignore' });
  const pdf = path.join(dir, 'book.pdf');
  let words: PdfWord[];
  try {
    words = pdfWords(pdf);
  } catch {
    return undefined;
  }
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  // Openings: the first page of each piece, found by its empty page style (no folio).
  const openings = new Set<number>();
  const perPage = new Map<number, PdfWord[]>();
  for (const word of words) perPage.set(word.page, [...(perPage.get(word.page) ?? []), word]);
  for (const [number, pageWords] of perPage) if (!pageWords.some((w) => w.yMin > page.pageHeight - page.marginBottom + 2)) openings.add(number);
  return measure(words, page, openings, 1, pages);
}

function latexBlocks(tree: Root): string {
  return tree.children.map(latexBlock).filter(Boolean).join('\n\n');
}

function latexBlock(node: RootContent): string {
  switch (node.type) {
    case 'heading':
      return `\\subsection*{${escapeLatex(toString(node))}}`;
    case 'paragraph':
      return escapeLatex(toString(node));
    case 'blockquote':
      return `\\begin{quote}\n${node.children.map(latexBlock).join('\n\n')}\n\\end{quote}`;
    case 'list':
      return `\\begin{itemize}\n${node.children.map((item) => `\\item ${item.children.map(latexBlock).join('\n\n')}`).join('\n')}\n\\end{itemize}`;
    default:
      return '';
  }
}

function escapeLatex(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([#$%&_{}])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/\u00a0/g, '~')
    .replace(/[\u2018\u2019]/g, (q) => (q === '\u2018' ? '`' : "'"))
    .replace(/[\u201c\u201d]/g, (q) => (q === '\u201c' ? '``' : "''"))
    .replace(/\u2014/g, '---')
    .replace(/\u2013/g, '--')
    .replace(/\u2026/g, '\\ldots{}')
    .replace(/[^\x00-\x7f\u00a0-\u017f]/g, '?');
}

function table(a: Figures, b: Figures | undefined): string {
  const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
  const rows: Array<[string, (f: Figures) => string]> = [
    ['full lines ending in a hyphen', (f) => pct(f.hyphenatedShare)],
    ['longest run of consecutive hyphenated lines', (f) => String(f.longestHyphenRun)],
    ['word space on the 95th-percentile line, per line height', (f) => f.p95WordSpacePerLineHeight.toFixed(2)],
    ['inner lines flush right / overfull', (f) => `${pct(f.flushRightShare)} / ${f.overfullLines}`],
  ];
  return [
    '| | ours | pdflatex |',
    '| --- | --- | --- |',
    ...rows.map(([label, value]) => `| ${label} | ${value(a)} | ${b ? value(b) : 'n/a'} |`),
  ].join('\n');
}

function readWords(pdf: Uint8Array): PdfWord[] {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'typeset-stats-')), 'book.pdf');
  writeFileSync(file, pdf);
  return pdfWords(file);
}

function groupByBaseline(items: readonly PdfWord[]): Map<number, PdfWord[]> {
  const lines = new Map<number, PdfWord[]>();
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
