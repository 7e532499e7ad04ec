/**
 * The print edition: a Book laid out by our own typesetting (total-fit line breaking with
 * hyphenation, keeps, a baseline grid) and drawn with pdfkit.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Book, Diagnostic, PageBreak, Section } from '../../types.ts';
import { composeBodyInParts, composeFrontMatter, createBodyComposer, type ComposedBook } from './compose/book/index.ts';
import { createComposer, textStyle } from './compose/composer.ts';
import { loadFontFaces, registerFontFaces, type FontLibrary } from './fonts.ts';
import { hyphenatorFor } from './hyphenation.ts';
import { createWordItemCache, type WordItemCache } from './layout/items.ts';
import { createPaginator, paginate, type InsertionFrame, type PageFrame } from './layout/paginate.ts';
import type { TypesetEnvironment } from './layout/paragraph.ts';
import type { LaidOutPage, TextMeasurer } from './layout/types.ts';
import { createPdfMeasurer, sharedWordItemCache, wordItemsKey, type MeasureCache } from './measurer.ts';
import { pageBreaksOf, pageStartOf, type PageStart } from './page-breaks.ts';
import { createPainter } from './paint.ts';
import { createPdfDocument, finishPdf } from './pdf-document.ts';
import { fontFamilyFor, loadPrintTheme, resolvePrintSettings, THEME_DIR, type PrintTheme } from './theme.ts';
import { createFontSet } from './fonts/font-set.ts';
import { MissingGlyphsError } from './fonts/missing-glyphs.ts';
import { openParagraphMemory, type ParagraphStore } from './paragraph-memory.ts';
import { createSystemFontFinder } from './fonts/sources.ts';

export { MissingGlyphsError, missingGlyphDiagnostics } from './fonts/missing-glyphs.ts';
export { createMeasureCache, type MeasureCache } from './measurer.ts';
export { createParagraphStore } from './paragraph-memory.ts';
export { preparePrint } from './prepare.ts';
export type { FontLibrary } from './fonts.ts';

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
  /** Warnings about the print edition (pictures of low resolution at their printed size). */
  diagnostics: Diagnostic[];
}

export interface RenderPdfOptions {
  /** Widths and shaping kept from earlier renders (`watch`); the output is the same without it. */
  measureCache?: MeasureCache;
  /** The book's font files parsed before (see prepare.ts), when the measure cache keeps none; the output is the same without it. */
  fonts?: FontLibrary;
}

export async function renderPdf(book: Book, options: RenderPdfOptions = {}): Promise<RenderedPdf> {
  return startPdf(book, options).finish(book);
}

/** A print render fed the book's sections one at a time (see startPdf). */
export interface PdfRender {
  /**
   * Composes, cuts into pages and draws the next section in the book's order: the book's own
   * section, with its text, in place of the outline's.
   */
  section: (section: Section) => void;
  /** How many sections were drawn so far. */
  readonly sections: number;
  /**
   * Draws the sections not given yet, the back matter and the front matter of `book`, which
   * must be the outline's with the texts in (see sameOutline), and ends the document.
   */
  finish: (book: Book) => Promise<RenderedPdf>;
}

/**
 * Starts the print edition of a book whose sections' texts may not be known yet: `outline` is
 * the book with every section's front matter (title, author, part, id) and any texts. The
 * front matter is laid out from it first, as it shows only those, and each section is then set
 * and drawn as it is given, in order, so a build draws the pieces cleaned while the rest are
 * still being cleaned. The calls on the document are the very ones renderPdf makes, in the
 * same order, so the output is the same.
 */
export function startPdf(outline: Book, options: RenderPdfOptions = {}): PdfRender {
  const { theme, print, doc, measurer, fonts, composer, images, warnings } = setUp(outline, options);
  const frame: PageFrame = {
    height: print.pageHeight - print.marginTop - print.marginBottom,
    grid: composer.line,
    insertions: footnoteFrame(theme, composer.line, print.pageWidth - print.marginInner - print.marginOuter),
  };
  const painter = createPainter(doc, {
    print,
    folioStyle: textStyle('regular', theme.folio.size),
    folioDrop: theme.folio.baselineBelowText,
    headRise: theme.runningHeads.baselineAboveText,
    destinations: new Set(outline.sections.map((section) => section.id)),
    measurer,
    fonts,
    images: new Map([...images].map(([href, image]) => [href, image.print.data])),
    ...(options.measureCache?.deflated ? { deflated: options.measureCache.deflated } : {}),
  });

  // The front matter shows the pages the sections open on, known only once the body is cut
  // into pages; its length does not depend on them (the contents keep a column for the
  // numbers). So it is laid out first without them, to keep its pages, and drawn into them last.
  const draft = composeFrontMatter(outline, composer, {});
  const draftPages = paginate(draft.flow, frame);
  painter.addOutlineEntries(draft.outline);
  painter.reserve(draftPages);

  // The body is composed a part at a time, cut into pages as it comes, and each page drawn and
  // let go as soon as it is final: a long book never holds more than a part's lines.
  const body: PageRecord[] = [];
  const paginator = createPaginator(frame, draftPages.length);
  const paint = (pages: readonly LaidOutPage[]): void => {
    for (const page of pages) {
      body.push(recordOf(page));
      painter.paint(page);
    }
  };
  const take = (part: ComposedBook): void => {
    painter.addOutlineEntries(part.outline);
    for (const item of part.flow) paginator.push(item);
    paint(paginator.takeFinished());
  };
  const composeBody = createBodyComposer(composer);
  // The book as far as it is known: each section given takes the outline's place.
  const known: Book = { ...outline, sections: [...outline.sections] };
  let next = 0;
  const section = (given: Section): void => {
    (known.sections as Section[])[next] = given;
    next += 1;
    take(composeBody.section(known, given));
  };

  return {
    section,
    get sections() {
      return next;
    },
    async finish(book) {
      while (next < book.sections.length) section(book.sections[next]!);
      composeBody.backMatter(book, take);
      paint(paginator.finish());

      const sectionPages = sectionOpenings(body, book);
      const labelOf = (number: number): string => body[number - 1 - draftPages.length]!.label;
      const sectionLabels = Object.fromEntries(Object.entries(sectionPages).map(([id, number]) => [id, labelOf(number)]));
      const sources = body.find((page) => page.marks.includes('sources'));
      const contentsLabels = { ...sectionLabels, ...(sources ? { sources: sources.label } : {}) };
      const frontPages = paginate(composeFrontMatter(book, composer, contentsLabels).flow, frame);
      painter.paintReserved(frontPages);
      const pages = [...frontPages.map(recordOf), ...body];
      painter.finish(pages.map((page) => page.numbering));
      // Every string was measured and drawn by now: a letter no font has fails the build, with its places.
      if (fonts.missing().length > 0) throw new MissingGlyphsError(fonts.missing());
      return {
        data: await finishPdf(doc),
        pageCount: pages.length,
        sectionPages,
        sectionLabels,
        pageLabels: pages.map((page) => page.label),
        pageBreaks: pageBreaksOf(pages),
        diagnostics: warnings,
      };
    },
  };
}

/**
 * Whether `book` is `outline` with the texts in: the same everything but the sections' trees
 * and the pictures, which the outline has none of (a picture's bytes go into the document as
 * its page is drawn, so a render started without them cannot take them later).
 */
export function sameOutline(outline: Book, book: Book): boolean {
  if ((book.images ?? []).length > 0 || (outline.images ?? []).length > 0) return false;
  const withoutTrees = (b: Book): unknown => ({ ...b, images: undefined, sections: b.sections.map((section) => ({ ...section, tree: undefined })) });
  return isDeepStrictEqual(withoutTrees(outline), withoutTrees(book));
}

/** What a render composes with: the document, its fonts, the measurer and the composer. */
function setUp(book: Book, options: RenderPdfOptions) {
  const theme = loadPrintTheme();
  const print = resolvePrintSettings(book.print, theme);
  const doc = createPdfDocument(book, print, options.measureCache?.shaped);
  const faces = loadFontFaces(fontFamilyFor(print.font, theme));
  registerFontFaces(doc, faces, options.measureCache?.fonts ?? options.fonts);
  const fontSet = createFontSet(doc, {
    main: faces,
    mainName: '',
    fallbacks: theme.fallbacks,
    language: book.meta.language,
    themeDir: THEME_DIR,
    system: createSystemFontFinder(),
  });
  const settingsKey = options.measureCache ? wordItemsKey(faces, { theme, print, language: book.meta.language }) : '';
  // Paragraphs set by the render before (`watch`), taken again with the marks setting them left on the document.
  const recorder = options.measureCache?.paragraphs ? openParagraphMemory(options.measureCache.paragraphs, settingsKey, doc, fontSet) : undefined;
  const fonts = recorder?.fonts ?? fontSet;
  const measurer = createPdfMeasurer(doc, fonts, options.measureCache);
  const warnings: Diagnostic[] = [];
  const images = new Map((book.images ?? []).map((image) => [image.href, image]));
  const wordCache = options.measureCache
    ? sharedWordItemCache(options.measureCache, settingsKey, fonts)
    : createWordItemCache();
  const env = typesetEnvironment(theme, measurer, book.meta.language, wordCache);
  const composer = createComposer(theme, print, recorder ? { ...env, paragraphs: recorder.memory } : env, {
    fontsUsed: () => fonts.familiesUsed(),
    images,
    // The front matter is composed twice: a warning is kept once.
    warn: (warning) => {
      if (!warnings.some((w) => w.message === warning.message && w.line === warning.line)) warnings.push(warning);
    },
  });
  return { theme, print, doc, measurer, fonts, composer, images, warnings };
}

/**
 * Sets the body paragraphs of books (a few of a book's pieces at a time, as they are cleaned)
 * into the measure cache's paragraph memory, and makes nothing: a render of a book with the
 * same paragraphs then takes their lines instead of setting them afresh, and leaves the same
 * marks on its document, so its output is the same as without (see paragraph-memory.ts). A
 * build does this while the rest of the text is still being cleaned. Every book given is set
 * with one document, composer and memory, so it must have the print settings and language of
 * the first. Whatever fails here is left for the render to find and report.
 */
export function createRehearsal(options: RenderPdfOptions & { measureCache: MeasureCache & { paragraphs: ParagraphStore } }): (book: Book) => void {
  let composer: ReturnType<typeof createComposer> | undefined;
  return (book) => {
    try {
      composer ??= setUp(book, options).composer;
      composeBodyInParts(book, composer, () => {});
    } catch {
      // The paragraphs set before the failure are kept; the render reports it.
    }
  };
}

/** What is kept of a page once it is drawn. */
interface PageRecord extends PageStart {
  number: number;
  numbering: LaidOutPage['numbering'];
  marks: string[];
}

function recordOf(page: LaidOutPage): PageRecord {
  return { ...pageStartOf(page), number: page.number, numbering: page.numbering, marks: page.marks };
}

function typesetEnvironment(theme: PrintTheme, measurer: TextMeasurer, language: string, wordCache: WordItemCache): TypesetEnvironment {
  return {
    measurer,
    hyphenate: hyphenatorFor(language),
    hyphenation: theme.hyphenation,
    pretolerance: theme.justification.pretolerance,
    tolerance: theme.justification.tolerance,
    emergencyStretch: theme.justification.emergencyStretch,
    raggedness: theme.justification.raggedness,
    ...(theme.justification.spaceStretchEm === undefined ? {} : { spaceStretchEm: theme.justification.spaceStretchEm }),
    ...(theme.justification.spaceShrinkEm === undefined ? {} : { spaceShrinkEm: theme.justification.spaceShrinkEm }),
    ...(theme.justification.adjacentDemerits === undefined ? {} : { adjacentDemerits: theme.justification.adjacentDemerits }),
    wordCache,
  };
}

/** How the theme sets footnotes at the foot of the page. */
function footnoteFrame(theme: PrintTheme, line: number, width: number): InsertionFrame {
  const notes = theme.notes;
  return {
    width,
    skip: (notes.footSkip ?? 1) * line,
    ruleWidth: notes.ruleWidth ?? 72,
    continuedRuleWidth: notes.continuedRuleWidth ?? 36,
    ruleThickness: notes.ruleThickness ?? 0.4,
    minLines: notes.minLines ?? 2,
  };
}

function sectionOpenings(pages: readonly PageRecord[], book: Book): Record<string, number> {
  const ids = new Set(book.sections.map((section) => section.id));
  const openings: Record<string, number> = {};
  for (const page of pages) {
    for (const mark of page.marks) if (ids.has(mark) && !(mark in openings)) openings[mark] = page.number;
  }
  return openings;
}
