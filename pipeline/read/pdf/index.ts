/**
 * The PDF reader: what the text copy of a PDF forgot, read back from the page. pdf.js gives
 * glyph runs with positions, sizes and fonts; lines are rebuilt from them, columns read in
 * order, drop caps rejoined; running heads and folios are found by place and repetition,
 * footnotes at the page foot become Markdown footnotes, and sizes tell headings and captions
 * from the text. Places in the report read `file.pdf:p12:l7`.
 */
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
import type { Diagnostic, EditRecord } from '../../types.ts';
import { diagnostic } from '../../diagnostics.ts';
import { createHyphenJudge } from '../../clean/index.ts';
import type { DocumentMeta, MetaOrigins, ReadResult } from '../_types.ts';
import { extractPdf } from './_extract.ts';
import { bodySizeOf, pageLines, type Line } from './_lines.ts';
import { findFurniture } from './_furniture.ts';
import { splitNotes, type Note } from './_notes.ts';
import { buildBlocks } from './_blocks.ts';
import { toPartialDate } from '../html/_metadata.ts';

export interface PdfReadOptions {
  maxPages?: number;
  maxPageCharacters?: number;
}

export async function readPdf(bytes: Uint8Array, file: string, options: PdfReadOptions = {}): Promise<ReadResult> {
  const extracted = await extractPdf(bytes, file, options.maxPages, options.maxPageCharacters);
  const failed = (diagnostics: Diagnostic[]): ReadResult => ({ kind: 'pdf', markdown: '', meta: {}, metaOrigins: {}, edits: [], diagnostics });
  if (extracted.diagnostics.some((d) => d.severity === 'error')) return failed(extracted.diagnostics);

  const bodySize = bodySizeOf(extracted.pages);
  const pages = extracted.pages.map((page) => ({ lines: pageLines(page, bodySize), height: page.height, width: page.width }));
  const place = (line: Line): Pick<EditRecord, 'line' | 'column' | 'place'> => ({ line: line.page, column: line.index, place: `p${line.page}:l${line.index}` });
  const furniture = findFurniture(pages, bodySize);
  const edits: EditRecord[] = [];
  for (const [line, rule] of furniture) edits.push({ ruleId: rule, ...place(line), old: line.text, new: '' });

  let label = 0;
  const notes: Note[] = [];
  const text: Line[] = [];
  for (const page of pages) {
    const kept = page.lines.filter((line) => !furniture.has(line));
    const split = splitNotes(kept, bodySize, () => String(++label));
    notes.push(...split.notes);
    text.push(...split.text);
  }
  const keepsHyphen = createHyphenJudge(text.map((line) => line.text).join('\n'));
  const images = new Map(extracted.pages.map((page) => [page.number, page.images]));
  const built = buildBlocks({ lines: text, notes, bodySize, keepsHyphen, place, images });
  edits.push(...built.edits);
  edits.sort((a, b) => a.line - b.line || a.column - b.column);
  const diagnostics = [...extracted.diagnostics];
  for (const note of built.unreferenced) {
    diagnostics.push(diagnostic(file, 'warning', 'pdf/footnote-unreferenced', `Unexpected note “${note.mark}” at p${note.page}:l${note.lines[0]!.index} whose mark the page's text does not show: kept as a paragraph after the text`));
  }
  for (const page of extracted.pages) {
    if (page.images.length === 0) continue;
    const count = page.images.length;
    diagnostics.push(diagnostic(file, 'warning', 'pdf/image', `Unexpected ${count === 1 ? 'picture' : `${count} pictures`} on p${page.number}: pictures are not taken from PDFs (a caption by it is kept as an italic paragraph); add the picture to the manuscripts folder if the book needs it`));
  }
  const markdown = toMarkdown(built.root, { extensions: [gfmFootnoteToMarkdown()], bullet: '-', emphasis: '*', strong: '*', rule: '-' });
  const meta: DocumentMeta = {};
  const metaOrigins: MetaOrigins = {};
  const title = built.title ?? extracted.info.title;
  if (title) {
    meta.title = title;
    metaOrigins.title = built.title ? 'the largest type on the first page' : 'document properties';
  }
  const author = built.byline ?? extracted.info.author;
  if (author) {
    meta.author = author;
    metaOrigins.author = built.byline ? 'the line under the title' : 'document properties';
  }
  // The date the page states; a PDF's creation date is when the file was made, not the text.
  const date = built.date ? toPartialDate(built.date) : undefined;
  if (date) {
    meta.date = date;
    metaOrigins.date = 'the date on the first page';
  }
  return { kind: 'pdf', markdown, meta, metaOrigins, edits, diagnostics, places: { blocks: built.sources } };
}
