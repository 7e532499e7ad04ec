import type { Chapter, Options } from 'epub-gen-memory';
import { strToU8 } from 'fflate';
import { isRightToLeftLanguage } from '../../languages.ts';
import type { Book, PageBreak } from '../../types.ts';
import { COVER_FILENAME, COVER_MEDIA_TYPE, coverSvg, loadCoverFonts } from './_cover.ts';
import { coverAlt, editorsLine, isBeforeContents, planDocuments, type EpubDocument } from './_documents.ts';
import { AnthologyEpub } from './_generator.ts';
import { buildNavigation, type Navigation } from './_navigation.ts';
import { packageView, type PackageView } from './_package.ts';
import { loadEpubTemplates, type EpubLabels, type EpubTemplates } from './_templates.ts';
import { packageEpub } from './_zip.ts';

export interface RenderEpubOptions {
  /**
   * Where the print edition's pages begin (from the PDF renderer). When given, the EPUB
   * carries page-break markers, a page-list and the print edition as pagination source.
   */
  pageBreaks?: readonly PageBreak[];
}

/** The cover image's manifest entry, for the package template. */
interface CoverItem {
  id: string;
  href: string;
  mediaType: string;
}

/** What our templates read besides epub-gen-memory's own variables (passed as an extra option). */
interface TemplateData extends Navigation {
  meta: PackageView;
  labels: EpubLabels;
  cover: CoverItem;
  /** `rtl` for a book whose language is written right to left: its pages turn from right to left. */
  pageProgression?: 'rtl';
  /** The pictures packaged with the text, for the manifest. */
  pictures: Array<{ id: string; href: string; mediaType: string }>;
}

interface GeneratorOptions extends Options {
  anthology: TemplateData;
}

/** A chapter as epub-gen-memory sees it, carrying the document our chapter template renders. */
interface DocumentChapter extends Chapter {
  id: string;
  doc: EpubDocument;
  labels: EpubLabels;
}

/**
 * The book as an EPUB 3: cover, title page, copyright page, contents, the sections (with
 * part title pages), sources and colophon, and the print edition's page numbers when its
 * page breaks are given. The same Book and page breaks always give the same bytes.
 */
export async function renderEpub(book: Book, options: RenderEpubOptions = {}): Promise<Uint8Array> {
  const pageBreaks = options.pageBreaks ?? [];
  const templates = await loadEpubTemplates();
  const { documents, pages } = planDocuments(book, templates.labels, pageBreaks);
  const data: TemplateData = {
    ...buildNavigation(documents, templates.labels, { pages: pages.pages, contentsMarkers: pages.atStart.get('nav') ?? [] }),
    meta: packageView(book, { paginated: pageBreaks.length > 0 }),
    labels: templates.labels,
    cover: { id: 'cover-image', href: COVER_FILENAME, mediaType: COVER_MEDIA_TYPE },
    ...(isRightToLeftLanguage(book.meta.language) ? { pageProgression: 'rtl' as const } : {}),
    pictures: (book.images ?? []).map((image, index) => ({ id: `picture-${index + 1}`, href: image.href, mediaType: image.mediaType })),
  };
  const chapters = documents.map((doc) => documentChapter(doc, templates.labels));
  const generator = new AnthologyEpub(generatorOptions(book, templates, data), chapters, book.meta.identifier);
  const files = await generator.renderFiles();
  const cover = await epubCover(book, templates);
  const pictures = Object.fromEntries((book.images ?? []).map((image) => [`OEBPS/${image.href}`, image.data]));
  return await packageEpub({ ...files, ...pictures, [`OEBPS/${COVER_FILENAME}`]: strToU8(cover) }, book.meta.modified);
}

/** The cover last drawn, by what it shows: its words and the design (see prepareEpubCover). */
let lastCover: { key: string; svg: Promise<string> } | undefined;

/**
 * The cover's SVG, drawn from the book's title, subtitle, editors and publisher with the
 * cover fonts (about 50 ms: the three fonts parsed and the letters outlined), or the one drawn
 * last when those are the same: a pure function of them, so the bytes are the same either way.
 */
function epubCover(book: Book, templates: EpubTemplates): Promise<string> {
  const text = { title: book.meta.title, subtitle: book.meta.subtitle, editors: editorsLine(book, templates.labels), publisher: book.meta.publisher, alt: coverAlt(book, templates.labels) };
  const key = JSON.stringify([text, templates.cover]);
  if (lastCover?.key !== key) {
    const svg = loadCoverFonts(templates.cover).then((fonts) => coverSvg(text, templates.cover, fonts));
    lastCover = { key, svg };
    // A failure is the render's to report, when it asks for this cover itself.
    svg.catch(() => {
      if (lastCover?.svg === svg) lastCover = undefined;
    });
  }
  return lastCover.svg;
}

/**
 * Draws the EPUB's cover ahead of the render, from a book with the same front matter (an
 * outline of it): a build does it while its main thread waits for a piece to be cleaned, so
 * the render after the print edition finds it drawn. Never fails: the render draws it again.
 */
export async function prepareEpubCover(book: Book): Promise<void> {
  try {
    await epubCover(book, await loadEpubTemplates());
  } catch {
    // The render draws the cover itself, and reports what fails.
  }
}

function generatorOptions(book: Book, templates: EpubTemplates, data: TemplateData): GeneratorOptions {
  return {
    title: book.meta.title,
    author: book.meta.editors,
    publisher: book.meta.publisher,
    description: book.meta.description,
    // Our templates print book.meta.date; this only keeps the package from defaulting to now.
    date: book.meta.modified,
    lang: book.meta.language,
    tocTitle: templates.labels.contents,
    tocInTOC: false,
    numberChaptersInTOC: false,
    prependChapterTitles: false,
    css: hasTables(book) ? `${templates.css}\n${templates.tablesCss}` : templates.css,
    contentOPF: templates.contentOPF,
    chapterXHTML: templates.chapterXHTML,
    tocXHTML: templates.tocXHTML,
    tocNCX: templates.tocNCX,
    fonts: [],
    version: 3,
    verbose: false,
    anthology: data,
  };
}

/** Whether any section has a table: only then does the style sheet carry the tables' rules. */
function hasTables(book: Book): boolean {
  const visit = (node: { type: string; children?: unknown[] }): boolean =>
    node.type === 'table' || (node.children ?? []).some((child) => visit(child as { type: string; children?: unknown[] }));
  return book.sections.some((section) => visit(section.tree));
}

/**
 * The text goes to the template in `doc`, not in `content`: epub-gen-memory re-parses
 * `content` as HTML, drops attributes it does not know (such as `start` on lists) and
 * turns every non-ASCII character into a numeric reference.
 */
function documentChapter(doc: EpubDocument, labels: EpubLabels): DocumentChapter {
  return {
    id: doc.id,
    filename: doc.filename,
    title: doc.title,
    content: '',
    beforeToc: isBeforeContents(doc),
    excludeFromToc: true,
    doc,
    labels,
  };
}
