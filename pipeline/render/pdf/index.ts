/**
 * The print edition: a Book laid out by our own typesetting (total-fit line breaking with
 * hyphenation, keeps, a baseline grid) and drawn with pdfkit.
 */
import type { Book, PageBreak } from '../../types.ts';
import { composeBody, composeFrontMatter, type ComposedBook } from './compose/book/index.ts';
import { createComposer, textStyle, type Composer } from './compose/composer.ts';
import { loadFontFaces, registerFontFaces } from './fonts.ts';
import { hyphenatorFor } from './hyphenation.ts';
import { createWordItemCache } from './layout/items.ts';
import { paginate } from './layout/paginate.ts';
import type { TypesetEnvironment } from './layout/paragraph.ts';
import type { LaidOutPage, TextMeasurer } from './layout/types.ts';
import { createPdfMeasurer } from './measurer.ts';
import type { OutlineEntry } from './compose/book/common.ts';
import { pageBreaksOf } from './page-breaks.ts';
import { paintPages } from './paint.ts';
import { createPdfDocument, finishPdf } from './pdf-document.ts';
import { fontFamilyFor, loadPrintTheme, resolvePrintSettings, type PrintTheme } from './theme.ts';

export interface RenderedPdf {
  data: Uint8Array;
  pageCount: number;
  /** Section id -> 1-based physical page where the section opens. */
  sectionPages: Record<string, number>;
  /** Section id -> the printed number of that page (`1`, `23`), as the contents give it. */
  sectionLabels: Record<string, string>;
  /** The printed label of every page, physical page 1 first: `i`, `ii`, …, `1`, `2`, … */
  pageLabels: string[];
  /** Where each page begins, for the EPUB's page list (see PageBreak in pipeline/types.ts). */
  pageBreaks: PageBreak[];
}

/** Contents numbers settle on the second pass; more passes mean the layout oscillates. */
const MAX_LAYOUT_PASSES = 4;

export async function renderPdf(book: Book): Promise<RenderedPdf> {
  const theme = loadPrintTheme();
  const print = resolvePrintSettings(book.print, theme);
  const doc = createPdfDocument(book, print);
  registerFontFaces(doc, loadFontFaces(fontFamilyFor(print.font, theme)));
  const measurer = createPdfMeasurer(doc);
  const composer = createComposer(theme, print, typesetEnvironment(theme, measurer, book.meta.language));
  const { pages, sectionPages, outline } = layOutBook(book, composer);
  const pageCount = pages.length;
  const sectionLabels = labelsOf(sectionPages, pages);
  const pageLabels = pages.map((page) => page.label);
  const pageBreaks = pageBreaksOf(pages);
  // Painting takes each page out of `pages` as it draws it, so a long book does not hold
  // every line until the end.
  paintPages(doc, pages, {
    print,
    folioStyle: textStyle('regular', theme.folio.size),
    folioDrop: theme.folio.baselineBelowText,
    headRise: theme.runningHeads.baselineAboveText,
    outline,
    destinations: new Set(book.sections.map((section) => section.id)),
    measurer,
  });
  return { data: await finishPdf(doc), pageCount, sectionPages, sectionLabels, pageLabels, pageBreaks };
}

function typesetEnvironment(theme: PrintTheme, measurer: TextMeasurer, language: string): TypesetEnvironment {
  return {
    measurer,
    hyphenate: hyphenatorFor(language),
    hyphenation: theme.hyphenation,
    pretolerance: theme.justification.pretolerance,
    tolerance: theme.justification.tolerance,
    emergencyStretch: theme.justification.emergencyStretch,
    raggedness: theme.justification.raggedness,
    wordCache: createWordItemCache(),
  };
}

/**
 * Lays the book out until the contents show the pages the sections really open on. The
 * contents keep a fixed column for the numbers, so the second pass normally settles it.
 */
interface LaidOutBook {
  pages: LaidOutPage[];
  sectionPages: Record<string, number>;
  outline: OutlineEntry[];
}

function layOutBook(book: Book, composer: Composer): LaidOutBook {
  const frame = {
    height: composer.print.pageHeight - composer.print.marginTop - composer.print.marginBottom,
    grid: composer.line,
  };
  let labels: Record<string, string> = {};
  // Only the front matter shows page numbers: the body is composed once, after the front
  // matter of the first pass (so fonts are first used in reading order), and reused.
  let body: ComposedBook | undefined;
  for (let pass = 0; pass < MAX_LAYOUT_PASSES; pass += 1) {
    const front = composeFrontMatter(book, composer, labels);
    body ??= composeBody(book, composer);
    const pages = paginate([...front.flow, ...body.flow], frame);
    const found = sectionOpenings(pages, book);
    const foundLabels = labelsOf(found, pages);
    if (sameLabels(foundLabels, labels)) return { pages, sectionPages: found, outline: [...front.outline, ...body.outline] };
    labels = foundLabels;
  }
  throw new Error(`The contents page numbers did not settle after ${MAX_LAYOUT_PASSES} layout passes`);
}

function sectionOpenings(pages: readonly LaidOutPage[], book: Book): Record<string, number> {
  const ids = new Set(book.sections.map((section) => section.id));
  const openings: Record<string, number> = {};
  for (const page of pages) {
    for (const mark of page.marks) if (ids.has(mark) && !(mark in openings)) openings[mark] = page.number;
  }
  return openings;
}

function labelsOf(numbers: Readonly<Record<string, number>>, pages: readonly LaidOutPage[]): Record<string, string> {
  return Object.fromEntries(Object.entries(numbers).map(([id, number]) => [id, pages[number - 1]!.label]));
}

function sameLabels(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
