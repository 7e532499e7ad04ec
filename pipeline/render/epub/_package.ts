import type { Book, PieceCredit } from '../../types.ts';
import { UNSIGNED } from './_documents.ts';

/** What the package document (content.opf) and the NCX say about the book. */
export interface PackageView {
  identifier: string;
  title: string;
  subtitle?: string;
  language: string;
  editors: string[];
  /** Authors of the pieces, each once, in order of appearance. */
  contributors: string[];
  /** Translators and editors of the pieces, each once, in order of appearance. */
  translators: string[];
  pieceEditors: string[];
  publisher?: string;
  date: string;
  modified: string;
  /** Empty when the book has none: the template then leaves the element out (an empty one is invalid). */
  description: string;
  rights: string;
  subjects: string[];
  /** schema:accessibilityFeature values: what the book offers a reader who relies on them. */
  accessibilityFeatures: string[];
  /** Whoever vouches for the WCAG conformance claim: the publisher, else the editors. */
  certifiedBy: string;
  /**
   * The print edition the page-break markers come from (dc:source), present only when the
   * EPUB carries them.
   */
  paginationSource?: string;
}

/** Features every book of this pipeline has, whatever its content. */
const BASE_FEATURES = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText', 'displayTransformability'];

/**
 * Features of print page numbers. `printPageNumbers` is what the EPUB Accessibility 1.0
 * vocabulary and the issue name; schema.org has since replaced it with the other two, which
 * newer reading systems look for.
 */
const PAGE_FEATURES = ['printPageNumbers', 'pageBreakMarkers', 'pageNavigation'];

export interface PackageOptions {
  /** True when the print edition's page breaks are in the EPUB. */
  paginated: boolean;
}

export function packageView(book: Book, options: PackageOptions = { paginated: false }): PackageView {
  const { meta } = book;
  return {
    identifier: meta.identifier,
    title: meta.title,
    subtitle: meta.subtitle,
    language: meta.language,
    editors: meta.editors,
    contributors: pieceAuthors(book),
    translators: pieceCredited(book, 'translator'),
    pieceEditors: pieceCredited(book, 'editor'),
    publisher: meta.publisher,
    date: meta.date,
    modified: meta.modified,
    description: meta.description.trim(),
    rights: meta.rights.trim(),
    subjects: meta.subjects,
    accessibilityFeatures: options.paginated ? [...BASE_FEATURES, ...PAGE_FEATURES] : BASE_FEATURES,
    certifiedBy: meta.publisher?.trim() || meta.editors.join(', '),
    paginationSource: options.paginated ? printEditionIdentifier(meta.identifier) : undefined,
  };
}

/**
 * The print edition is built from the same sources as this EPUB and has no identifier of
 * its own in anthology.yaml; a fragment of the book's identifier names it unambiguously.
 */
function printEditionIdentifier(identifier: string): string {
  return `${identifier}#print`;
}

function pieceAuthors(book: Book): string[] {
  const authors = book.sections
    .filter((section) => section.role === 'piece' && section.author !== UNSIGNED)
    .map((section) => section.author);
  return [...new Set(authors)];
}

/** The names the pieces credit in one role, each once, in order of appearance. */
function pieceCredited(book: Book, role: PieceCredit['role']): string[] {
  return [...new Set(book.sections.flatMap((section) => (section.credits ?? []).filter((credit) => credit.role === role).map((credit) => credit.name)))];
}
