/**
 * A PDF's text as pdf.js places it: glyph runs with their position, type size and font, page
 * by page. Nothing here judges what the text is.
 */
import type { Diagnostic } from '../../types.ts';
import { diagnostic } from '../../diagnostics.ts';

export interface Run {
  str: string;
  /** Left edge and baseline, in points from the page's top-left corner. */
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
  bold: boolean;
  italic: boolean;
}

export interface ExtractedPage {
  number: number;
  width: number;
  height: number;
  runs: Run[];
}

export interface Extracted {
  pages: ExtractedPage[];
  info: { title?: string; author?: string; date?: string };
  diagnostics: Diagnostic[];
}

/** The most pages read by default: past it a PDF is a library, not a piece. */
export const DEFAULT_MAX_PAGES = 1000;

/** Bold and italic faces by name, Computer Modern's (CMBX, CMTI, CMSL) among them. */
const BOLD = /bold|black|heavy|semibold|demi|-bd\b|cmbx|cmb\d/i;
const ITALIC = /italic|oblique|-it\b|cmti|cmsl|slanted/i;

function pdfDate(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^D:(\d{4})(\d{2})?(\d{2})?/.exec(value) : null;
  return match ? [match[1], match[2], match[3]].filter(Boolean).join('-') : undefined;
}

function infoText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

export async function extractPdf(bytes: Uint8Array, file: string, maxPages = DEFAULT_MAX_PAGES, maxPageCharacters = Infinity): Promise<Extracted> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const fail = (ruleId: string, message: string): Extracted => ({ pages: [], info: {}, diagnostics: [diagnostic(file, 'error', ruleId, message)] });
  let document;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false, stopAtErrors: false }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') return fail('pdf/encrypted', 'Unexpected encrypted PDF: it needs a password to open; save a copy without the password (e.g. qpdf --decrypt) and read that');
    return fail('pdf/invalid', `Unexpected PDF that cannot be read (${(error as Error).message}): the file is damaged`);
  }
  try {
    if (document.numPages > maxPages) {
      return fail('pdf/too-many-pages', `Unexpected PDF of ${document.numPages} pages, expected at most ${maxPages}: split it into the pieces the book takes`);
    }
    const meta = await document.getMetadata().catch(() => undefined);
    const rawInfo = (meta?.info ?? {}) as Record<string, unknown>;
    const info: Extracted['info'] = {};
    const title = infoText(rawInfo.Title);
    const author = infoText(rawInfo.Author);
    const date = pdfDate(rawInfo.CreationDate);
    if (title) info.title = title;
    if (author) info.author = author;
    if (date) info.date = date;
    const pages: ExtractedPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      // The operator list loads the fonts, whose real names tell bold and italic apart.
      await page.getOperatorList();
      const content = await page.getTextContent();
      const runs: Run[] = [];
      let characters = 0;
      for (const item of content.items) if ('str' in item) characters += item.str.length;
      if (characters > maxPageCharacters) {
        page.cleanup();
        return fail('limit/pdf-page-text', `Unexpected page ${number} with ${characters} characters of text, expected at most ${maxPageCharacters} (raise limits.pdf_page_characters in anthology.yaml if the page really holds that much)`);
      }
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , d, e, f] = item.transform as number[];
        const size = Math.hypot(a!, b!) || Math.abs(d!);
        const fontName = (page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as { name?: string }).name : undefined) ?? item.fontName;
        const [x, y] = viewport.convertToViewportPoint(e!, f!) as [number, number];
        runs.push({ str: item.str, x, y, width: item.width, size, font: fontName, bold: BOLD.test(fontName), italic: ITALIC.test(fontName) });
      }
      pages.push({ number, width: viewport.width, height: viewport.height, runs });
      page.cleanup();
    }
    if (pages.every((page) => page.runs.length === 0)) {
      return fail('pdf/no-text', 'Unexpected PDF with no text layer (a scan: pages of images): run OCR on it first, e.g. ocrmypdf, and read the result');
    }
    const diagnostics: Diagnostic[] = [];
    const empty = pages.filter((page) => page.runs.length === 0).map((page) => page.number);
    if (empty.length > 0) {
      diagnostics.push(diagnostic(file, 'warning', 'pdf/page-without-text', `Unexpected page${empty.length > 1 ? 's' : ''} ${empty.join(', ')} with no text (images only): any text on ${empty.length > 1 ? 'them' : 'it'} needs OCR`));
    }
    return { pages, info, diagnostics };
  } finally {
    await document.destroy();
  }
}
