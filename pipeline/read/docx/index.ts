/**
 * The Word reader: mammoth turns the document's styles into HTML (Heading 1–6 into h1–h6,
 * italics into em, notes into a list the text's references point at), and the HTML path does
 * the rest. The whole document is the piece, so Readability does not judge it. The document
 * properties (docProps/core.xml) give the title and author when the editor does not; never the
 * date, which is the file's, not the text's.
 */
import mammoth from 'mammoth';
import { unzipSync, strFromU8 } from 'fflate';
import type { Diagnostic } from '../../types.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { DocumentMeta, ReadResult } from '../_types.ts';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { leafBlocks, readHtml, textOf } from '../html/index.ts';
import type { SourceBlock } from '../_places.ts';
import { propertyAuthor } from '../_properties.ts';
import { docxLanguage } from './_language.ts';

/**
 * Word's own style names for a title, mapped as headings so they are not lost as paragraphs;
 * and for a quotation (Word's Quote and Intense Quote, pandoc's and LibreOffice's Block Text,
 * LibreOffice's Quotations), mapped as one so it stays set apart.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2.subtitle:fresh",
  ...['Quote', 'Intense Quote', 'Block Text', 'Quotations'].map((name) => `p[style-name='${name}'] => blockquote > p:fresh`),
];

function xmlText(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  const value = match?.[1]?.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").trim();
  return value ? value : undefined;
}

/** Title and author from the document properties, when Word recorded them. */
function coreProperties(bytes: Uint8Array): DocumentMeta {
  try {
    const files = unzipSync(bytes, { filter: (entry) => entry.name === 'docProps/core.xml' });
    const core = files['docProps/core.xml'];
    if (!core) return {};
    const xml = strFromU8(core);
    const meta: DocumentMeta = {};
    const title = xmlText(xml, 'dc:title');
    const author = propertyAuthor(xmlText(xml, 'dc:creator'));
    // No date: `dcterms:created` is when the file was made (often the template's), not the text.
    if (title) meta.title = title;
    if (author) meta.author = author;
    return meta;
  } catch {
    return {};
  }
}

export async function readDocx(bytes: Uint8Array, file: string): Promise<ReadResult> {
  const diagnostics: Diagnostic[] = [];
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, externalFileAccess: false });
    html = result.value;
    for (const message of result.messages) {
      // Unknown styles fall back to plain paragraphs: worth knowing, not worth stopping for.
      diagnostics.push(diagnostic(file, message.type === 'error' ? 'warning' : 'info', 'docx/mammoth', message.message));
    }
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    return {
      kind: 'docx',
      markdown: '',
      meta: {},
      metaOrigins: {},
      edits: [],
      diagnostics: [diagnostic(file, 'error', 'docx/invalid', `Unexpected Word document that cannot be read (${reason}): save it again from the word processor`, { line: 1, column: 1 })],
    };
  }
  const page = `<!DOCTYPE html><html><body>${html}</body></html>`;
  const language = docxLanguage(bytes);
  const read = readHtml(page, { file, findArticle: false, meta: { ...coreProperties(bytes), ...(language ? { language: language.language } : {}) }, kind: 'docx' });
  if (language) read.metaOrigins.language = language.origin;
  // Places in mammoth's HTML mean nothing to the editor: name the Word paragraph instead, by
  // its number and opening words.
  const paragraphs = leafBlocks(unified().use(rehypeParse).parse(page));
  const byOffset = new Map(paragraphs.map((p, i) => [p.position?.start.offset ?? -1, i]));
  const named = (offset: number): { line: number; column: number; place: string } | undefined => {
    const index = byOffset.get(offset);
    if (index === undefined) return undefined;
    return { line: index + 1, column: 1, place: paragraphPlace(index + 1, textOf(paragraphs[index]!)) };
  };
  // mammoth writes the document on one line: an edit's column is its offset.
  const edits = read.edits.map((edit) => ({ ...edit, ...(named(edit.column - 1) ?? { place: 'document' }) }));
  const blocks = (read.places?.blocks ?? []).map((block): SourceBlock | undefined => {
    if (block?.kind !== 'extent') return block;
    const place = named(block.start);
    return place ? { kind: 'named', ...place } : undefined;
  });
  return { ...read, edits, diagnostics: [...diagnostics, ...read.diagnostics], places: { blocks } };
}

/** `¶12 “The opening words of the paragraph…”`: where an editor finds a Word paragraph. */
export function paragraphPlace(number: number, text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const opening = words.slice(0, 6).join(' ');
  return `¶${number} “${opening}${words.length > 6 ? '…' : ''}”`;
}
