/**
 * A PDF's text as pdf.js places it: glyph runs with their position, type size and font, page
 * by page. Nothing here judges what the text is.
 */
import type { Diagnostic } from '../../types.ts';
import { diagnostic } from '../../diagnostics.ts';
import { propertyAuthor } from '../_properties.ts';
import { restoreStrokedLetters } from './_tex-stroke.ts';
import { decodeT1, type FontFacts, isTexBitmapFont, readsAsT1 } from './_tex-encoding.ts';

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
  /** A small-capitals face by its name (Computer Modern's CMCSC, a `…SC` or `…Caps` face). */
  smallCaps: boolean;
}

/** Where a picture is painted on the page, in points from the page's top-left corner. */
export interface ImageBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface ExtractedPage {
  number: number;
  width: number;
  height: number;
  runs: Run[];
  images: ImageBox[];
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];

/**
 * The boxes of the pictures an operator list paints: each image fills the unit square of the
 * current transformation matrix, followed through save, restore and transform.
 */
function imageBoxes(fnArray: readonly number[], argsArray: readonly unknown[], ops: Record<string, number>, toViewport: (x: number, y: number) => [number, number]): ImageBox[] {
  const boxes: ImageBox[] = [];
  const paints = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat].filter((op): op is number => op !== undefined));
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const op = fnArray[i];
    if (op === ops.save) stack.push(ctm);
    else if (op === ops.restore) ctm = stack.pop() ?? ctm;
    else if (op === ops.transform) ctm = multiply(ctm, argsArray[i] as Matrix);
    else if (op === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = (argsArray[i] as unknown[] | undefined)?.[0];
      if (Array.isArray(matrix) && matrix.length === 6) ctm = multiply(ctm, matrix as Matrix);
    } else if (op === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (op !== undefined && paints.has(op)) {
      const corners = [[0, 0], [1, 0], [0, 1], [1, 1]].map(([u, v]) => toViewport(ctm[0] * u! + ctm[2] * v! + ctm[4], ctm[1] * u! + ctm[3] * v! + ctm[5]));
      const xs = corners.map((c) => c[0]);
      const ys = corners.map((c) => c[1]);
      const box = { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
      // A hairline or a dot is a rule or an ornament, not a picture.
      if (box.right - box.left > 8 && box.bottom - box.top > 8) boxes.push(box);
    }
  }
  return boxes;
}

export interface Extracted {
  pages: ExtractedPage[];
  info: { title?: string; author?: string; date?: string };
  diagnostics: Diagnostic[];
}

/** The most pages read by default: past it a PDF is a library, not a piece. */
export const DEFAULT_MAX_PAGES = 1000;

/** Bold and italic faces by name, Computer Modern's (CMBX, CMTI, CMSL) among them. */
const BOLD = /bold|black|heavy|semibold|demi|-bd\b|cmbx|cmb\d|nimbus\w*-medi\b/i;
/** Small-capital faces: Computer Modern's CMCSC, a face named …SC, …-sc, SmallCaps or Caps. */
const SMALL_CAPS = /cmcsc|smallcaps|small-caps/i;
const SMALL_CAPS_SUFFIX = /(?:SC|Sc|-sc)\d*$|Caps$/;
const ITALIC = /italic|oblique|-it\b|cmti|cmsl|slanted/i;

/** Control characters: a glyph code pdf.js found no letter for. */
const UNMAPPED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function pageList(pages: ReadonlySet<number>): string {
  const sorted = [...pages].sort((a, b) => a - b);
  const shown = sorted.slice(0, 10).join(', ') + (sorted.length > 10 ? ` and ${sorted.length - 10} more` : '');
  return `${sorted.length === 1 ? 'page' : 'pages'} ${shown}`;
}

function pdfDate(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^D:(\d{4})(\d{2})?(\d{2})?/.exec(value) : null;
  return match ? [match[1], match[2], match[3]].filter(Boolean).join('-') : undefined;
}

function infoText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

export async function extractPdf(bytes: Uint8Array, file: string, maxPages = DEFAULT_MAX_PAGES, maxPageCharacters = Infinity): Promise<Extracted> {
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const fail = (ruleId: string, message: string): Extracted => ({ pages: [], info: {}, diagnostics: [diagnostic(file, 'error', ruleId, message)] });
  let document;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false, stopAtErrors: false, fontExtraProperties: true }).promise;
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
    const author = propertyAuthor(infoText(rawInfo.Author));
    const date = pdfDate(rawInfo.CreationDate);
    if (title) info.title = title;
    if (author) info.author = author;
    if (date) info.date = date;
    const pages: ExtractedPage[] = [];
    /** The runs set in each of pdfTeX's bitmap fonts, by pdf.js's name for the font. */
    const texBitmapRuns = new Map<string, { run: Run; page: number }[]>();
    /** Pages where TeX drew the stroke of ł or Ł over a letter the reader could not place. */
    const unplacedStrokes = new Set<number>();
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      // The operator list loads the fonts, whose real names tell bold and italic apart.
      const operators = await page.getOperatorList();
      const images = imageBoxes(operators.fnArray, operators.argsArray, OPS as Record<string, number>, (x, y) => viewport.convertToViewportPoint(x, y) as [number, number]);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      let characters = 0;
      for (const item of content.items) if ('str' in item) characters += item.str.length;
      if (characters > maxPageCharacters) {
        page.cleanup();
        return fail('limit/pdf-page-text', `Unexpected page ${number} with ${characters} characters of text, expected at most ${maxPageCharacters} (raise limits.pdf_page_characters in anthology.yaml if the page really holds that much)`);
      }
      const fontNameOf = (loadedName: string): string | undefined => (page.commonObjs.has(loadedName) ? (page.commonObjs.get(loadedName) as { name?: string }).name : undefined);
      const textItems = content.items.filter((item): item is typeof item & { str: string } => 'str' in item);
      const { strings, unplaced } = restoreStrokedLetters(textItems.map((item) => item.str), operators.fnArray, operators.argsArray, OPS as Record<string, number>, fontNameOf);
      textItems.forEach((item, k) => {
        item.str = strings[k]!;
      });
      if (unplaced > 0) unplacedStrokes.add(number);
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , d, e, f] = item.transform as number[];
        const size = Math.hypot(a!, b!) || Math.abs(d!);
        const font = page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as FontFacts & { name?: string }) : undefined;
        const fontName = font?.name ?? item.fontName;
        const [x, y] = viewport.convertToViewportPoint(e!, f!) as [number, number];
        const run: Run = { str: item.str, x, y, width: item.width, size, font: fontName, bold: BOLD.test(fontName), italic: ITALIC.test(fontName), smallCaps: SMALL_CAPS.test(fontName) || SMALL_CAPS_SUFFIX.test(fontName) };
        runs.push(run);
        if (isTexBitmapFont(font)) {
          const set = texBitmapRuns.get(item.fontName) ?? [];
          set.push({ run, page: number });
          texBitmapRuns.set(item.fontName, set);
        }
      }
      pages.push({ number, width: viewport.width, height: viewport.height, runs, images });
      page.cleanup();
    }
    if (pages.every((page) => page.runs.length === 0)) {
      return fail('pdf/no-text', 'Unexpected PDF with no text layer (a scan: pages of images): run OCR on it first, e.g. ocrmypdf, and read the result');
    }
    const diagnostics: Diagnostic[] = [];
    const decoded = new Set<number>();
    for (const set of texBitmapRuns.values()) {
      if (!readsAsT1(set.map(({ run }) => run.str))) continue;
      for (const { run, page } of set) {
        run.str = decodeT1(run.str);
        decoded.add(page);
      }
    }
    if (decoded.size > 0) {
      diagnostics.push(diagnostic(file, 'info', 'pdf/tex-t1-font', `Read the text of TeX's bitmap fonts on ${pageList(decoded)} by TeX's T1 encoding: the PDF gives their letters no Unicode; check accented letters, quotes and dashes there`));
    }
    if (unplacedStrokes.size > 0) {
      diagnostics.push(diagnostic(file, 'warning', 'pdf/unmapped-characters', `Unexpected strokes of “ł” or “Ł” (TeX's OT1 fonts) on ${pageList(unplacedStrokes)} that could not be placed on their letters: those letters read “l” or “L”; compare the text with the PDF`));
    }
    // Characters the PDF maps to no letter (a font without a Unicode map): the cleaner would drop them.
    const unmapped = new Set(pages.filter((page) => page.runs.some((run) => UNMAPPED.test(run.str))).map((page) => page.number));
    if (unmapped.size > 0) {
      diagnostics.push(diagnostic(file, 'warning', 'pdf/unmapped-characters', `Unexpected characters the PDF maps to no letter on ${pageList(unmapped)} (a font without a Unicode map): the text there may be garbled or missing letters; compare it with the PDF`));
    }
    const empty = pages.filter((page) => page.runs.length === 0).map((page) => page.number);
    if (empty.length > 0) {
      diagnostics.push(diagnostic(file, 'warning', 'pdf/page-without-text', `Unexpected page${empty.length > 1 ? 's' : ''} ${empty.join(', ')} with no text (images only): any text on ${empty.length > 1 ? 'them' : 'it'} needs OCR`));
    }
    return { pages, info, diagnostics };
  } finally {
    await document.destroy();
  }
}
