import type { Diagnostic, EditRecord } from '../types.ts';
import type { InputKind } from './detect.ts';
import type { SourcePlaces } from './_places.ts';

/**
 * What a document says about itself: a page's `<title>`, `og:*` and JSON-LD, a PDF's or a
 * Word file's document properties. These are defaults; front matter the editor writes wins.
 */
export interface DocumentMeta {
  title?: string;
  /** A line under the title that its page or style names a subtitle (a standfirst, Word's Subtitle). */
  subtitle?: string;
  author?: string;
  /** As the document states it, reduced to `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  publication?: string;
  url?: string;
  /** The language the document says it is written in, as a BCP 47 tag (`fr`, `en-GB`). */
  language?: string;
}

/** Where each value of `DocumentMeta` was found, for the report ("title from og:title"). */
export type MetaOrigins = Partial<Record<keyof DocumentMeta, string>>;

/**
 * A raw input read into the Markdown the cleaner takes: the body without its title (which the
 * cleaner sets from the front matter), what the document says about itself, and every piece of
 * text left out, placed in the source (`line:column` in HTML, `p12:l7` in a PDF).
 */
export interface ReadResult {
  kind: Exclude<InputKind, 'text'>;
  markdown: string;
  meta: DocumentMeta;
  metaOrigins: MetaOrigins;
  edits: EditRecord[];
  diagnostics: Diagnostic[];
  /** Where each block of `markdown` stands in the source, to place the cleaner's edits there. */
  places?: SourcePlaces;
}
