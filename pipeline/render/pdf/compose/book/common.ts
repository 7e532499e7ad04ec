/** Small pieces the book's pages share: plain text runs, centred lines, page decor, tags. */
import { setCentredLine } from '../../layout/single-line.ts';
import type { NumberStyle, PageDecor, SetLine, TextStyle } from '../../layout/types.ts';
import { plainShape, textStyle, type Composer } from '../composer.ts';
import type { FlowBuilder, LineKeep } from '../flow-builder.ts';

export const NO_DECOR: PageDecor = { folio: false };

/**
 * What a line of the book's own pages is, for the structure tree and the EPUB's page list:
 * the document it belongs to (`titlepage`, `contents`, a section id…), its role (`H1`, `P`),
 * a key unique within the document, and the entry it belongs to where the EPUB has one.
 */
export interface LineTag {
  document: string;
  role: string;
  key: string;
  path?: readonly number[];
  /** Structure elements between the document's `Sect` and this line's element (a `TOC`). */
  within?: ReadonlyArray<{ key: string; role: string }>;
}

export function tagBookLines(lines: readonly SetLine[], tag: LineTag): SetLine[] {
  const struct = [
    { key: tag.document, role: 'Sect' },
    ...(tag.within ?? []).map((node) => ({ key: `${tag.document}/${node.key}`, role: node.role })),
    { key: `${tag.document}/${tag.key}`, role: tag.role },
  ];
  return lines.map((line) => ({ ...line, struct, anchor: { document: tag.document, path: tag.path ?? [], offset: 0 } }));
}

/** Sets `text` centred across the text block. */
export function addCentred(
  text: string,
  style: TextStyle,
  leading: number,
  context: BookContext,
  tag: LineTag,
  keep: LineKeep = 'together',
): void {
  const lines = context.composer.setText([{ text, style }], { ...plainShape('center', 0, context.composer.textWidth), hyphenate: false });
  context.flow.addLines(tagBookLines(lines, tag), { height: leading, size: style.size }, keep);
}

/** Sets `text` ragged right from `left`. */
export function addRagged(text: string, style: TextStyle, leading: number, left: number, context: BookContext, tag: LineTag): void {
  const lines = context.composer.setText([{ text, style }], plainShape('left', left, context.composer.textWidth - left));
  context.flow.addLines(tagBookLines(lines, tag), { height: leading, size: style.size }, 'paragraph');
}

/**
 * An entry of the PDF outline: `depth` 1 for the front matter, a part, a piece outside parts
 * and the back matter; 2 for what they hold; deeper for the sections of a text.
 */
export interface OutlineEntry {
  id: string;
  title: string;
  depth: number;
  /** Shown open: the entries that only group others. */
  expanded?: boolean;
}

export interface BookContext {
  composer: Composer;
  flow: FlowBuilder;
  /** Outline entries in reading order; the flow carries a mark with each id. */
  outline: OutlineEntry[];
}

/** Marks the next line as the place of an outline entry. */
export function addBookmark(context: BookContext, entry: OutlineEntry): string {
  context.outline.push(entry);
  context.flow.mark(entry.id);
  return entry.id;
}

/** The outline entry that holds the front matter, on the title page. */
export function openFrontMatter(context: BookContext): void {
  addBookmark(context, { id: 'front-matter', title: context.composer.theme.contents.frontMatter, depth: 1, expanded: true });
}

/** The outline entry that holds the back matter, on its first page. */
export function openBackMatter(context: BookContext): void {
  addBookmark(context, { id: 'back-matter', title: context.composer.theme.contents.backMatter, depth: 1, expanded: true });
}

/** Folio at the foot; running heads (book title on the left, `recto` on the right) when the theme shows them. */
export function bodyDecor(verso: string, recto: string, composer: Composer): PageDecor {
  const heads = composer.theme.runningHeads;
  if (!heads.show) return { folio: true };
  const style = textStyle('regular', heads.size, { caps: heads.caps, tracking: heads.tracking });
  const centre = composer.textWidth / 2;
  const set = (text: string) => setCentredLine(text, style, centre, composer.textWidth * 0.8, composer.env.measurer);
  return { folio: true, heads: { verso: set(verso), recto: set(recto) } };
}

/** Page numbering of the body: arabic from 1, the front matter before it in roman. */
export const BODY_NUMBERING: NumberStyle = 'arabic';

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** Ends a sentence with a full stop unless it already ends in punctuation. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?\u2026:;]["\u201d\u2019)]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}
