/**
 * The one data model that flows through the pipeline:
 * Manuscript -> CleanText -> (mdast) -> Book -> renderers.
 * Stages share these types and nothing else.
 */
import type { Root } from 'mdast';

export type Severity = 'error' | 'warning' | 'info';

/** 1-based line and column, as editors show them. */
export interface Place {
  line: number;
  column: number;
}

/** One problem or remark, with the place it concerns. Printed only by the CLI. */
export interface Diagnostic {
  /** Path as shown to the user (relative to the working directory when possible). */
  file: string;
  line?: number;
  column?: number;
  severity: Severity;
  /** Stable id of the rule or check that produced it, e.g. `schema/missing-key`. */
  ruleId: string;
  message: string;
}

export type TextFormat = 'web' | 'pdf-text' | 'markdown';
/** What a section is in the book; front-matter roles before the first piece get roman folios. */
export type SectionRole = 'foreword' | 'preface' | 'introduction' | 'piece' | 'afterword' | 'appendix' | 'glossary' | 'bibliography';

export const SECTION_ROLES: readonly SectionRole[] = ['foreword', 'preface', 'introduction', 'piece', 'afterword', 'appendix', 'glossary', 'bibliography'];

export interface SourceInfo {
  publication?: string;
  url?: string;
  /** As the text states it: `2003-03-07`, `1990-01`, `2009`. */
  date?: string;
  publisher?: string;
}

/** An exact find/replace that only one text needs, with the editor's reason. */
export interface Correction {
  find: string;
  replace: string;
  reason: string;
}

/** Front matter of one piece, validated. */
export interface PieceMeta {
  title: string;
  /** True when the text carries no title and the editor supplied one. */
  titleSupplied: boolean;
  /** The piece's subtitle, when the front matter gives one: shown under its title. */
  subtitle?: string;
  /** A person or organisation; `Unsigned` when the text does not say. */
  author: string;
  /** Who translated the piece, when the front matter says. */
  translator?: string;
  /** Who edited the piece (compiled, annotated, abridged it), when the front matter says. */
  editor?: string;
  role: SectionRole;
  source?: SourceInfo;
  format?: TextFormat;
  language?: string;
  corrections: Correction[];
  /** Editor's note shown under the title. */
  note?: string;
}

/** One source file, as loaded: a VFile-like record. */
export interface Manuscript {
  /** Path as shown in messages. */
  path: string;
  /** The whole file, decoded. */
  raw: string;
  /** The text after the front matter, exactly as received. */
  body: string;
  /** Offset of `body` inside `raw`. */
  bodyOffset: number;
  meta: PieceMeta;
  /** Where each front-matter key sits in the file (`source.date` for nested keys). */
  fields: Record<string, Place>;
}

/** One change a cleaning pass wants, in offsets of the text it was given. */
export interface Edit {
  start: number;
  end: number;
  text: string;
  ruleId: string;
  /** Why, when the rule id alone does not say (e.g. the correction's reason). */
  reason?: string;
}

/** An applied edit, reported against the raw file. */
export interface EditRecord {
  ruleId: string;
  line: number;
  column: number;
  old: string;
  new: string;
  reason?: string;
  /**
   * The place as shown, when a reader's source is not lines of text (`p12:l7` in a PDF);
   * `line` and `column` then only order the edits.
   */
  place?: string;
}

export interface CleanText {
  path: string;
  profile: TextFormat;
  markdown: string;
  edits: EditRecord[];
  diagnostics: Diagnostic[];
}

export interface PrintSettings {
  /** Page size in PostScript points. */
  pageWidth: number;
  pageHeight: number;
  /** Margins in points; inner is the gutter side. */
  marginTop: number;
  marginBottom: number;
  marginInner: number;
  marginOuter: number;
  fontSize: number;
  leading: number;
  /** Font family key, resolved by the PDF renderer (see templates/print-theme.yaml). */
  font: string;
  /** Where notes are set: at the foot of the page that calls them (the default) or after each piece. */
  notes?: 'foot' | 'end';
  /** Write the print-on-demand cover too (`print.cover`, or `--cover`). */
  cover?: boolean;
  /** Paper thickness in mm per page (one leaf is two pages), for the cover's spine. */
  paperMmPerPage?: number;
}

export interface BookMeta {
  title: string;
  subtitle?: string;
  language: string;
  editors: string[];
  /** `urn:uuid:…` or `urn:isbn:…`. */
  identifier: string;
  publisher?: string;
  /** Publication date, ISO 8601 (`YYYY` or `YYYY-MM-DD`). */
  date: string;
  /** Last-modified instant, ISO 8601 UTC without fractions: from SOURCE_DATE_EPOCH when set. */
  modified: string;
  rights: string;
  description: string;
  subjects: string[];
  slug: string;
}

/** The introduction or one piece, parsed once. */
export interface Section {
  /** Stable, XML-safe id: `introduction`, `s01-the-title`. */
  id: string;
  role: SectionRole;
  title: string;
  titleSupplied: boolean;
  /** The subtitle the front matter gives, set under the title. */
  subtitle?: string;
  author: string;
  /** Part this section belongs to, when contents are grouped into parts. */
  part?: string;
  source?: SourceInfo;
  /** Human-readable source line: "Workers’ Liberty, January 1990". Empty when nothing is known. */
  sourceLine: string;
  /** The piece's translator and editor, each with its line under the author (“Translated by …”), as the front matter names them. */
  credits?: readonly PieceCredit[];
  note?: string;
  /** Body only: the title is not in the tree. Headings start at depth 2. */
  tree: Root;
  file: string;
  /** BCP 47 language of the piece, when its front matter gives one; else the book's. */
  language?: string;
}

/** A contributor to one piece besides its author, named in the front matter. */
export interface PieceCredit {
  role: 'translator' | 'editor';
  name: string;
  /** “Translated by {name}”, “Edited by {name}” (templates/book-text.yaml). */
  line: string;
}

export interface SourceEntry {
  sectionId: string;
  /** The title, and the subtitle after it when the front matter gives one (“Title: Subtitle”). */
  title: string;
  author: string;
  /** “Translated by …”, “Edited by …”: the piece's credits, in order. */
  credits?: readonly PieceCredit[];
  line: string;
  url?: string;
}

/** A picture of the book, read from the source folder, in the forms the two editions need. */
export interface BookImage {
  /**
   * Path inside the EPUB (`images/01-figure.png`), and the `url` the image nodes of the
   * section trees carry once the image is read.
   */
  href: string;
  mediaType: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/svg+xml';
  /** For screens: the file as given, or resampled when oversized, or converted (WebP to PNG). */
  data: Uint8Array;
  /** For print: PNG or JPEG (what a PDF takes), pixels as given or resampled to print resolution. */
  print: { data: Uint8Array; width: number; height: number };
  /** Size of the picture as given, in pixels, and its resolution as the file states it (dots per inch). */
  width: number;
  height: number;
  dpi?: number;
  /** Where the image is called from, for messages about it (its resolution in print). */
  file: string;
  line?: number;
  column?: number;
}

/** The assembled book, frozen before rendering. Renderers read nothing else. */
export interface Book {
  meta: BookMeta;
  print: PrintSettings;
  front: {
    /** Paragraphs of the copyright page, wording from templates/. */
    copyright: string[];
  };
  sections: Section[];
  back: {
    sourcesTitle: string;
    sources: SourceEntry[];
    colophon: string[];
  };
  /** The pictures the sections show, by href (see BookImage). */
  images?: BookImage[];
}

/**
 * Where a printed page begins, so the EPUB can carry the print edition's page numbers
 * (page-list and page-break markers) at the same places.
 */
export interface PageBreak {
  /** The page's label as printed: `iv` in the front matter, `42` in the body. */
  label: string;
  /**
   * The document the page begins in: a section id, or one of `titlepage`, `copyright`,
   * `contents`, `sources`, `colophon`.
   */
  target: string;
  /**
   * Path of child indices from `section.tree` to the block whose text the page begins in
   * (a paragraph, heading, list item's paragraph, …); empty when the page begins the document.
   */
  block: number[];
  /**
   * Characters of that block's plain text (mdast-util-to-string of the block, after typography)
   * that stand before the page's first character; 0 at the block's start.
   */
  offset: number;
}
