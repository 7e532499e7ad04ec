import type { Book, PageBreak, PieceCredit, Section, SectionRole, SourceEntry } from '../../types.ts';
import { isRightToLeftLanguage, sameLanguage } from '../../languages.ts';
import type { EpubLabels } from './_templates.ts';
import { COVER_FILENAME } from './_cover.ts';
import { externalHref } from './_links.ts';
import { EMPTY_PAGE_PLAN, planPageBreaks, type PageMarker, type PagePlan } from './_page-breaks.ts';
import { sectionBodyXhtml } from './_section-body.ts';

/** The author name the pipeline gives a text that does not say who wrote it. */
export const UNSIGNED = 'Unsigned';

export type Matter = 'frontmatter' | 'bodymatter' | 'backmatter';

interface DocumentBase {
  /** Manifest id and the id of the document's section element: unique and XML-safe. */
  id: string;
  filename: string;
  /** The document's `<title>`. */
  title: string;
  matter: Matter;
  /** Structural semantics of the document's section (EPUB SSV), and the matching DPUB-ARIA role if there is one. */
  epubType?: string;
  ariaRole?: string;
  /** Print pages that begin with this document, written before its first heading. */
  pageMarkers: PageMarker[];
  /** The document's language when not the book's (a piece in French), and its direction when right to left. */
  lang?: string;
  dir?: 'rtl';
}

export interface CoverPage extends DocumentBase {
  kind: 'cover';
  image: string;
  alt: string;
}

export interface TitlePage extends DocumentBase {
  kind: 'titlepage';
  bookTitle: string;
  subtitle?: string;
  /** The editors as one phrase in the book's language: "A, B and C". */
  editorNames: string;
  publisher?: string;
}

export interface CopyrightPage extends DocumentBase {
  kind: 'copyright';
  paragraphs: string[];
}

export interface PartPage extends DocumentBase {
  kind: 'part';
  heading: string;
}

export interface SectionDocument extends DocumentBase {
  kind: 'section';
  role: SectionRole;
  heading: string;
  /** The front matter's subtitle, under the heading. */
  subtitle?: string;
  author: string;
  /** “Translated by …”, “Edited by …”, under the author; each line's class names its role (`translator-line`). */
  credits?: readonly PieceCredit[];
  sourceLine: string;
  note?: string;
  part?: string;
  /** The section's text, already serialized as an XHTML fragment. */
  bodyXhtml: string;
}

export interface SourceView {
  title: string;
  /** Absent for unsigned texts. */
  author?: string;
  credits?: readonly PieceCredit[];
  line: string;
  /** As the source gives it, for display. */
  url?: string;
  /** Present only when the URL can be followed from the book. */
  href?: string;
}

export interface SourcesPage extends DocumentBase {
  kind: 'sources';
  heading: string;
  entries: SourceView[];
}

export interface ColophonPage extends DocumentBase {
  kind: 'colophon';
  heading: string;
  paragraphs: string[];
}

export type EpubDocument = CoverPage | TitlePage | CopyrightPage | PartPage | SectionDocument | SourcesPage | ColophonPage;

export interface DocumentPlan {
  /** Every XHTML document of the book except the navigation document, in reading order. */
  documents: EpubDocument[];
  pages: PagePlan;
}

/**
 * The book's documents, with the print edition's page breaks (when given) placed in them:
 * at the start of a document, or in a section's text.
 */
export function planDocuments(book: Book, labels: EpubLabels, pageBreaks: readonly PageBreak[] = []): DocumentPlan {
  const outline = [
    withLanguage(coverPage(book, labels), book),
    withLanguage(titlePage(book, labels), book),
    ...(book.front.copyright.length > 0 ? [withLanguage(copyrightPage(book, labels), book)] : []),
    ...bodyDocuments(book.sections).map((document) => withLanguage(document, book)),
    ...(book.back.sources.length > 0 ? [withLanguage(sourcesPage(book), book)] : []),
    ...(book.back.colophon.length > 0 ? [withLanguage(colophonPage(book, labels), book)] : []),
  ];
  assertDistinctNames(outline);
  const pages = pageBreaks.length > 0 ? planPageBreaks(pageBreaks, outline) : EMPTY_PAGE_PLAN;
  const sections = new Map(book.sections.map((section) => [section.id, section]));
  const packaged = new Set((book.images ?? []).map((image) => image.href));
  // The text is serialized only now, once the markers that go into it are known.
  const documents = outline.map((document): EpubDocument => {
    const pageMarkers = [...(pages.atStart.get(document.id) ?? [])];
    if (document.kind !== 'section') return { ...document, pageMarkers };
    const tree = sections.get(document.id)!.tree;
    return { ...document, pageMarkers, bodyXhtml: sectionBodyXhtml(tree, pages.inText.get(document.id) ?? [], packaged) };
  });
  return { documents, pages };
}

/** The cover image, alone on the first page; its text alternative says what the image shows. */
function coverPage(book: Book, labels: EpubLabels): CoverPage {
  return {
    kind: 'cover',
    id: 'cover',
    filename: 'cover.xhtml',
    title: labels.cover,
    matter: 'frontmatter',
    image: COVER_FILENAME,
    alt: coverAlt(book, labels),
    pageMarkers: [],
  };
}

export function coverAlt(book: Book, labels: EpubLabels): string {
  const { title, subtitle, editors, language } = book.meta;
  // "Socialism or Stalinism?: Five texts" reads badly: a title that ends in punctuation needs no colon.
  const heading = subtitle ? `${title}${/[.?!:;…]$/u.test(title) ? '' : ':'} ${subtitle}` : title;
  return `${labels.cover}: ${heading}. ${labels.editedBy} ${joinNames(editors, language)}.`;
}

/** The editors' line as the title page and the cover word it. */
export function editorsLine(book: Book, labels: EpubLabels): string {
  return `${labels.editedBy} ${joinNames(book.meta.editors, book.meta.language)}`;
}

/** Documents shown before the contents page: the book's own front matter, not a preface or an introduction. */
export function isBeforeContents(document: EpubDocument): boolean {
  return document.matter === 'frontmatter' && document.kind !== 'section';
}

function titlePage(book: Book, labels: EpubLabels): TitlePage {
  const { title, subtitle, editors, publisher, language } = book.meta;
  return {
    kind: 'titlepage',
    id: 'titlepage',
    filename: 'titlepage.xhtml',
    title: labels.titlePage,
    matter: 'frontmatter',
    epubType: 'titlepage',
    bookTitle: title,
    subtitle,
    editorNames: joinNames(editors, language),
    publisher,
    pageMarkers: [],
  };
}

/**
 * Names joined the way the book's language joins them. Intl falls back to the machine's
 * own locale for a language it lacks, which would make the output depend on the machine:
 * such books get English conjunctions instead.
 */
function joinNames(names: readonly string[], language: string): string {
  const supported = supportedListLocale(language);
  return new Intl.ListFormat(supported ?? 'en', { type: 'conjunction' }).format(names);
}

function supportedListLocale(language: string): string | undefined {
  try {
    return Intl.ListFormat.supportedLocalesOf([language])[0];
  } catch {
    return undefined; // not a well-formed language tag
  }
}

function copyrightPage(book: Book, labels: EpubLabels): CopyrightPage {
  return {
    kind: 'copyright',
    id: 'copyright',
    filename: 'copyright.xhtml',
    title: labels.copyrightPage,
    matter: 'frontmatter',
    epubType: 'copyright-page',
    paragraphs: book.front.copyright,
    pageMarkers: [],
  };
}

/** Sections in order, each run of sections in the same part preceded by that part's title page. */
/**
 * `xml:lang` and `lang` of a piece in another language than the book's, and `dir="rtl"` on a
 * document whose language is written right to left (every document of a right-to-left book).
 */
function withLanguage<T extends EpubDocument>(document: T, book: Book): T {
  const language = document.kind === 'section' ? (book.sections.find((s) => s.id === document.id)?.language ?? book.meta.language) : book.meta.language;
  return {
    ...document,
    ...(sameLanguage(language, book.meta.language) ? {} : { lang: language }),
    ...(isRightToLeftLanguage(language) ? { dir: 'rtl' as const } : {}),
  };
}

function bodyDocuments(sections: readonly Section[]): (PartPage | SectionDocument)[] {
  const documents: (PartPage | SectionDocument)[] = [];
  let partCount = 0;
  sections.forEach((section, index) => {
    if (section.part !== undefined && section.part !== sections[index - 1]?.part) {
      partCount += 1;
      documents.push(partPage(section.part, partCount));
    }
    documents.push(sectionDocument(section, matterOf(section, sections)));
  });
  return documents;
}

/** Front-matter roles before the first piece are front matter; the roles that close a book, back matter. */
function matterOf(section: Section, sections: readonly Section[]): Matter {
  if (BACK_ROLES.has(section.role)) return 'backmatter';
  const firstPiece = sections.findIndex((s) => s.role === 'piece');
  return section.role !== 'piece' && (firstPiece === -1 || sections.indexOf(section) < firstPiece) ? 'frontmatter' : 'bodymatter';
}

const BACK_ROLES: ReadonlySet<SectionRole> = new Set(['afterword', 'appendix', 'glossary', 'bibliography']);

/** EPUB structural semantics and DPUB-ARIA role of each role; a piece is a chapter. */
const ROLE_SEMANTICS: Readonly<Record<SectionRole, { epubType: string; ariaRole: string }>> = {
  foreword: { epubType: 'foreword', ariaRole: 'doc-foreword' },
  preface: { epubType: 'preface', ariaRole: 'doc-preface' },
  introduction: { epubType: 'introduction', ariaRole: 'doc-introduction' },
  piece: { epubType: 'chapter', ariaRole: 'doc-chapter' },
  afterword: { epubType: 'afterword', ariaRole: 'doc-afterword' },
  appendix: { epubType: 'appendix', ariaRole: 'doc-appendix' },
  glossary: { epubType: 'glossary', ariaRole: 'doc-glossary' },
  bibliography: { epubType: 'bibliography', ariaRole: 'doc-bibliography' },
};

function partPage(heading: string, ordinal: number): PartPage {
  const id = `part-${String(ordinal).padStart(2, '0')}`;
  return { kind: 'part', id, filename: `${id}.xhtml`, title: heading, matter: 'bodymatter', epubType: 'part', ariaRole: 'doc-part', heading, pageMarkers: [] };
}

function sectionDocument(section: Section, matter: Matter): SectionDocument {
  const semantics = ROLE_SEMANTICS[section.role];
  return {
    kind: 'section',
    id: section.id,
    filename: `${section.id}.xhtml`,
    title: section.title,
    matter,
    ...semantics,
    role: section.role,
    heading: section.title,
    subtitle: section.subtitle,
    author: section.author,
    credits: section.credits,
    sourceLine: section.sourceLine,
    note: section.note,
    part: section.part,
    bodyXhtml: '',
    pageMarkers: [],
  };
}

function sourcesPage(book: Book): SourcesPage {
  return {
    kind: 'sources',
    id: 'sources',
    filename: 'sources.xhtml',
    title: book.back.sourcesTitle,
    matter: 'backmatter',
    // The list says where each text was first published: credits for the included works.
    epubType: 'credits',
    ariaRole: 'doc-credits',
    heading: book.back.sourcesTitle,
    entries: book.back.sources.map(sourceView),
    pageMarkers: [],
  };
}

function sourceView(source: SourceEntry): SourceView {
  return {
    title: source.title,
    author: source.author === UNSIGNED ? undefined : source.author,
    credits: source.credits,
    line: source.line,
    url: source.url,
    href: source.url === undefined ? undefined : externalHref(source.url),
  };
}

function colophonPage(book: Book, labels: EpubLabels): ColophonPage {
  return {
    kind: 'colophon',
    id: 'colophon',
    filename: 'colophon.xhtml',
    title: labels.colophon,
    matter: 'backmatter',
    epubType: 'colophon',
    ariaRole: 'doc-colophon',
    heading: labels.colophon,
    paragraphs: book.back.colophon,
    pageMarkers: [],
  };
}

/** Names of the files made outside planDocuments: epub-gen-memory's navigation document, NCX and CSS, and the cover image. */
const RESERVED_IDS = ['nav', 'ncx', 'css', 'cover-image'];
const RESERVED_FILENAMES = ['toc.xhtml', 'toc.ncx', 'style.css', COVER_FILENAME];

/** Section ids come from the assemble stage; a clash would silently overwrite a document in the zip. */
function assertDistinctNames(documents: readonly EpubDocument[]): void {
  const ids = new Set(RESERVED_IDS);
  const filenames = new Set(RESERVED_FILENAMES);
  for (const { id, filename } of documents) {
    if (ids.has(id) || filenames.has(filename)) {
      throw new Error(`EPUB document id "${id}" (${filename}) is used twice or reserved; section ids must be unique.`);
    }
    ids.add(id);
    filenames.add(filename);
  }
}
