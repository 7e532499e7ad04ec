import type { Book } from '../../types.ts';
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
  publisher?: string;
  date: string;
  modified: string;
  /** Empty when the book has none: the template then leaves the element out (an empty one is invalid). */
  description: string;
  rights: string;
  subjects: string[];
}

export function packageView(book: Book): PackageView {
  const { meta } = book;
  return {
    identifier: meta.identifier,
    title: meta.title,
    subtitle: meta.subtitle,
    language: meta.language,
    editors: meta.editors,
    contributors: pieceAuthors(book),
    publisher: meta.publisher,
    date: meta.date,
    modified: meta.modified,
    description: meta.description.trim(),
    rights: meta.rights.trim(),
    subjects: meta.subjects,
  };
}

function pieceAuthors(book: Book): string[] {
  const authors = book.sections
    .filter((section) => section.role === 'piece' && section.author !== UNSIGNED)
    .map((section) => section.author);
  return [...new Set(authors)];
}
