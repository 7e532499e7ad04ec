import type { Chapter, Options } from 'epub-gen-memory';
import type { Book } from '../../types.ts';
import { isBeforeContents, planDocuments, type EpubDocument } from './_documents.ts';
import { AnthologyEpub } from './_generator.ts';
import { buildNavigation, type Navigation } from './_navigation.ts';
import { packageView, type PackageView } from './_package.ts';
import { loadEpubTemplates, type EpubLabels, type EpubTemplates } from './_templates.ts';
import { packageEpub } from './_zip.ts';

/** What our templates read besides epub-gen-memory's own variables (passed as an extra option). */
interface TemplateData extends Navigation {
  meta: PackageView;
  labels: EpubLabels;
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
 * The book as an EPUB 3: title page, copyright page, contents, the sections (with part
 * title pages), sources and colophon. The same Book always gives the same bytes.
 */
export async function renderEpub(book: Book): Promise<Uint8Array> {
  const templates = await loadEpubTemplates();
  const documents = planDocuments(book, templates.labels);
  const data: TemplateData = {
    ...buildNavigation(documents, templates.labels),
    meta: packageView(book),
    labels: templates.labels,
  };
  const chapters = documents.map((doc) => documentChapter(doc, templates.labels));
  const generator = new AnthologyEpub(generatorOptions(book, templates, data), chapters, book.meta.identifier);
  return packageEpub(await generator.renderFiles(), book.meta.modified);
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
    css: templates.css,
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
