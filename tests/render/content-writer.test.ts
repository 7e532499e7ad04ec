/**
 * The content writer draws text as pdfkit's `doc.text` (the painter's path before the writer)
 * does, in fewer operators: one text object per marked-content sequence instead of one per
 * string. The same sample is drawn both ways into two documents: kerning, ligatures, small
 * capitals with tracking, old-style figures, combining accents, a superscript, a drop cap in an
 * ActualText span, lines tagged as structure content, a running head and a folio as artifacts,
 * on two pages.
 *
 * Then both are checked:
 * - the content streams are read back by a small interpreter: every TJ shows the same glyphs
 *   and kerning, from the same place, in the same font, size and letter spacing (Tc), inside the
 *   same marked content; text objects and marked content nest, `q`/`Q` balance and the writer
 *   leaves the page's transformation and Tc as pdfkit expects them;
 * - with poppler, when installed: the words `pdftotext -bbox` finds, with their boxes, and the
 *   pages `pdftoppm` renders.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { createContentWriter } from '../../pipeline/render/pdf/content-writer.ts';
import { loadFontFaces, registerFontFaces } from '../../pipeline/render/pdf/fonts.ts';
import type { TextStyle } from '../../pipeline/render/pdf/layout/types.ts';
import { createPdfMeasurer, pdfTextOptions } from '../../pipeline/render/pdf/measurer.ts';
import type { PdfDocument } from '../../pipeline/render/pdf/pdf-document.ts';
import { fontFamilyFor, loadPrintTheme } from '../../pipeline/render/pdf/theme.ts';
import { pdfWords, type PdfWord } from '../../scripts/pdf-words.ts';

const roman: TextStyle = { face: 'regular', size: 10.5 };
const italic: TextStyle = { face: 'italic', size: 10.5 };
const smallCaps: TextStyle = { face: 'regular', size: 10.5, features: ['smcp'], tracking: 0.525 };
const figures: TextStyle = { face: 'bold', size: 10.5, features: ['onum', 'pnum'] };
const superscript: TextStyle = { face: 'regular', size: 6.5, baselineShift: -3.85 };
const dropCap: TextStyle = { face: 'regular', size: 42 };
const heading: TextStyle = { face: 'bold', size: 20 };
const folio: TextStyle = { face: 'regular', size: 9 };

const PAGE = { width: 432, height: 648 };

interface SampleFragment {
  text: string;
  style: TextStyle;
  x: number;
  /** Baseline, from the top of the page, before the style's shift. */
  y: number;
  /** Opens an ActualText span over this many fragments. */
  actual?: { text: string; span: number };
}

/** A line: marked as structure content of its role, or an artifact (role `Artifact`). */
interface SampleLine {
  role: string;
  fragments: SampleFragment[];
}

type Run = [text: string, style: TextStyle];

/** Sets runs from `x` along a baseline, as a justified line is: words apart by an odd space, a superscript after its word. */
function setLine(measure: (text: string, style: TextStyle) => number, x: number, y: number, runs: Run[], space = 3.137): SampleFragment[] {
  return runs.map(([text, style], index) => {
    const fragment: SampleFragment = { text, style, x, y };
    x += measure(text, style) + (runs[index + 1]?.[1] === superscript ? 0 : space);
    return fragment;
  });
}

function sample(shift: number): SampleLine[] {
  const measurer = createPdfMeasurer(newDocument());
  const measure = (text: string, style: TextStyle): number => measurer.width(text, style);
  const left = 72.123457 + shift;
  return [
    // A running head in the folio's style: the next page starts in the font the last one ended with.
    { role: 'Artifact', fragments: setLine(measure, 150.5 + shift, 40.75, [['Socialism', folio], ['or', folio], ['Stalinism', folio]]) },
    { role: 'H1', fragments: setLine(measure, left, 90.25, [['Socialism', heading], ['AVATAR', heading]]) },
    {
      role: 'P',
      fragments: [
        { text: 'W', style: dropCap, x: left, y: 144.55, actual: { text: 'When', span: 2 } },
        ...setLine(measure, left + 41.3, 117.25, [
          ['hen', smallCaps],
          ['the', roman],
          ['office', roman],
          ['AVATAR,', roman],
          ['Stalinism', italic],
        ]),
      ],
    },
    {
      role: 'P',
      fragments: setLine(measure, left + 41.3, 130.9, [
        ['re\u0301sume\u0301', roman],
        ['n\u0303o A\u0308', italic],
        // Its macron is placed up and to the left.
        ['G\u0304', roman],
        ['Marx', roman],
        ['12', superscript],
        ['wrote', roman],
        // Small capitals at the end of a line and at the start of the next.
        ['nato', smallCaps],
      ]),
    },
    {
      role: 'P',
      fragments: setLine(measure, left, 158.2, [
        ['When', smallCaps],
        ['the', smallCaps],
        ['office', roman],
        ['1917–1991', figures],
        ['affluent', italic],
        ['efficient', roman],
      ]),
    },
    { role: 'Artifact', fragments: setLine(measure, 205.75 + shift, 600.5, [['17', folio]]) },
  ];
}

function newDocument(): PdfDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: false,
    tagged: true,
    info: { CreationDate: new Date(Date.UTC(2026, 0, 1)), ModDate: new Date(Date.UTC(2026, 0, 1)) },
  });
  const theme = loadPrintTheme();
  registerFontFaces(doc, loadFontFaces(fontFamilyFor(theme.body.font, theme)));
  return doc;
}

function bytesOf(doc: PdfDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** What draws: pdfkit itself, or the writer; both mark content the way the painter does. */
interface Drawer {
  addPage(): void;
  mark(role: string): void;
  span(actual: string): void;
  end(): void;
  text(fragment: SampleFragment): void;
  finish(): void;
}

function pdfkitDrawer(doc: PdfDocument): Drawer {
  return {
    addPage: () => doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 }),
    mark: (role) => (role === 'Artifact' ? doc.markContent('Artifact', { type: 'Pagination' }) : doc.markStructureContent(role)),
    span: (actual) => doc.markContent('Span', { actual }),
    end: () => doc.endMarkedContent(),
    text: ({ text, style, x, y }) => {
      doc.font(style.face).fontSize(style.size);
      doc.text(text, x, y + (style.baselineShift ?? 0), { ...pdfTextOptions(style), lineBreak: false, baseline: 'alphabetic' });
    },
    finish: () => undefined,
  };
}

function writerDrawer(doc: PdfDocument): Drawer {
  const writer = createContentWriter(doc);
  return {
    addPage: () => writer.addPage({ size: [PAGE.width, PAGE.height], margin: 0 }),
    mark: (role) => (role === 'Artifact' ? writer.markContent('Artifact', { type: 'Pagination' }) : writer.markStructureContent(role)),
    span: (actual) => writer.markContent('Span', { actual }),
    end: () => writer.endMarkedContent(),
    text: ({ text, style, x, y }) => writer.text(text, x, y + (style.baselineShift ?? 0), style),
    finish: () => writer.flush(),
  };
}

/** Two pages of the sample, drawn as paint.ts draws lines (drawLine, drawFragments). */
function drawSample(drawer: Drawer): void {
  for (let page = 0; page < 2; page += 1) {
    drawer.addPage();
    for (const line of sample(page * 0.371)) {
      drawer.mark(line.role);
      let spanEndsAfter = -1;
      line.fragments.forEach((fragment, index) => {
        if (fragment.actual) {
          drawer.span(fragment.actual.text);
          spanEndsAfter = index + fragment.actual.span - 1;
        }
        drawer.text(fragment);
        if (index === spanEndsAfter) drawer.end();
      });
      drawer.end();
    }
  }
  drawer.finish();
}

async function drawn(draw: (doc: PdfDocument) => Drawer): Promise<Buffer> {
  const doc = newDocument();
  drawSample(draw(doc));
  return bytesOf(doc);
}

// ---------------------------------------------------------------------------------------------
// Reading the content streams back.

/** The content stream of each page, in page order (pdfkit writes pages in order, uncompressed here). */
function contentStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const ids = [...text.matchAll(/\/Contents (\d+) 0 R/g)].map((match) => match[1]!);
  return ids.map((id) => {
    const start = text.indexOf(`\n${id} 0 obj\n`);
    const length = Number(/\/Length (\d+)/.exec(text.slice(start, text.indexOf('stream\n', start)))![1]);
    const body = text.indexOf('stream\n', start) + 'stream\n'.length;
    return text.slice(body, body + length);
  });
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** a × b: a applied first. */
const multiply = (a: Matrix, b: Matrix): Matrix => [
  a[0] * b[0] + a[1] * b[2],
  a[0] * b[1] + a[1] * b[3],
  a[2] * b[0] + a[3] * b[2],
  a[2] * b[1] + a[3] * b[3],
  a[4] * b[0] + a[5] * b[2] + b[4],
  a[4] * b[1] + a[5] * b[3] + b[5],
];

/** A TJ as read: what it shows, where it starts on the page (PDF space, y up) and in which state. */
interface Show {
  array: string;
  x: number;
  y: number;
  /** Shown right after another TJ, from where that one ended. */
  continued: boolean;
  /** The rest of the glyphs' matrix: scale and direction, which must be upright. */
  matrix: string;
  font: string;
  size: number;
  tc: number;
  /** The marked content it is in, outermost first: tag and MCID or ActualText. */
  marked: string;
  /** The text object it is in, counted from 0 on the page. */
  textObject: number;
}

function tokenize(stream: string): string[] {
  const tokens: string[] = [];
  const re = /\s*(<<|>>|\[|\]|<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|\/[^\s/<>[\]()]+|[^\s/<>[\]()]+)/gy;
  let end = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(stream)) !== null) {
    tokens.push(match[1]!);
    end = re.lastIndex;
  }
  expect(stream.slice(end).trim(), 'content the reader does not understand').toBe('');
  return tokens;
}

/**
 * Interprets a page's content stream as far as text is concerned, checking as it goes that
 * the structure is sound; returns the TJs shown.
 */
function readPage(stream: string, pageHeight: number): Show[] {
  const shows: Show[] = [];
  const pageCtm: Matrix = [1, 0, 0, -1, 0, pageHeight];
  interface State {
    ctm: Matrix;
    font: string;
    size: number;
    tc: number;
  }
  let state: State = { ctm: IDENTITY, font: '', size: 0, tc: 0 };
  const saved: State[] = [];
  const marked: string[] = [];
  /** For each open marked-content sequence, the transformation an ActualText span opened with. */
  const spans: Array<Matrix | undefined> = [];
  // The marked-content depth where the open text object began: it must end at the same depth.
  let text: { marked: number } | undefined;
  let textObjects = 0;
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  let afterShow = false;
  let operands: string[] = [];
  for (const token of tokenize(stream)) {
    if (/^[A-Za-z'"*]+$/.test(token) && !['true', 'false', 'null'].includes(token)) {
      const n = operands.map(Number);
      const spanBefore = spans.some(Boolean);
      switch (token) {
        case 'q':
          expect(text, 'q inside a text object').toBeUndefined();
          saved.push({ ...state });
          break;
        case 'Q':
          expect(text, 'Q inside a text object').toBeUndefined();
          expect(saved.length, 'Q without q').toBeGreaterThan(0);
          state = saved.pop()!;
          break;
        case 'cm':
          expect(text, 'cm inside a text object').toBeUndefined();
          state.ctm = multiply(n as Matrix, state.ctm);
          break;
        case 'BT':
          expect(text, 'nested BT').toBeUndefined();
          text = { marked: marked.length };
          textObjects += 1;
          tm = tlm = IDENTITY;
          afterShow = false;
          break;
        case 'ET':
          expect(text, 'ET outside a text object').toBeDefined();
          expect(marked.length, 'a text object crosses a marked-content boundary').toBe(text!.marked);
          text = undefined;
          break;
        case 'Tm':
          tm = tlm = n as Matrix;
          afterShow = false;
          break;
        case 'Td':
          tm = tlm = multiply([1, 0, 0, 1, n[0]!, n[1]!], tlm);
          afterShow = false;
          break;
        case 'Tf':
          state.font = operands[0]!;
          state.size = n[1]!;
          break;
        case 'Tc':
          state.tc = n[0]!;
          break;
        case 'TJ': {
          expect(text, 'TJ outside a text object').toBeDefined();
          const trm = multiply(tm, state.ctm);
          shows.push({
            array: operands.join(' '),
            x: trm[4],
            y: trm[5],
            continued: afterShow,
            matrix: trm.slice(0, 4).map((value) => Math.round(value * 1e6) / 1e6).join(' '),
            font: state.font,
            size: state.size,
            tc: state.tc,
            marked: marked.join(' > '),
            textObject: textObjects - 1,
          });
          afterShow = true;
          break;
        }
        case 'BDC':
        case 'BMC': {
          const description = operands.slice(1).join(' ');
          const actualText = /\/ActualText (\([^)]*\))/.exec(description)?.[1];
          const detail = /\/MCID (\d+)/.exec(description)?.[1] ?? actualText ?? '';
          marked.push(`${operands[0]}${detail ? ` ${detail}` : ''}`);
          spans.push(actualText === undefined ? undefined : state.ctm);
          break;
        }
        case 'EMC': {
          expect(marked.length, 'EMC without BDC').toBeGreaterThan(0);
          expect(text === undefined || marked.length > text.marked, 'EMC closes content opened outside the text object').toBe(true);
          marked.pop();
          const opened = spans.pop();
          // A reader places an ActualText span's text with the transformation in force at
          // its end: the one it opened with (the writer's own, or the page's as pdfkit has it).
          if (opened) expect(state.ctm).toEqual(opened);
          break;
        }
        default:
          throw new Error(`Unexpected operator ${token}`);
      }
      if (['BDC', 'BMC', 'EMC'].includes(token) && text === undefined && !spanBefore && !spans.some(Boolean)) {
        // Between text objects and outside ActualText spans the writer leaves the page as pdfkit set it up.
        expect(state.ctm).toEqual(pageCtm);
        expect(state.tc).toBe(0);
      }
      operands = [];
    } else {
      operands.push(token);
    }
  }
  expect(text, 'text object left open').toBeUndefined();
  expect(marked, 'marked content left open').toEqual([]);
  expect(saved.length, 'q without Q').toBe(0);
  expect(state.tc, 'Tc left set at the end of the page').toBe(0);
  expect(state.ctm).toEqual(pageCtm);
  return shows;
}

function shownText(pdf: Buffer): Show[][] {
  return contentStreams(pdf).map((stream) => readPage(stream, PAGE.height));
}

/** All but the positions, which are compared within a tolerance, and how shows make text objects. */
function unplaced(pages: Show[][]): unknown {
  return pages.map((shows) => shows.map(({ x: _x, y: _y, textObject: _textObject, ...show }) => show));
}

/** Where two lists of placed things are further apart than `tolerance`, as messages. */
function misplaced<T>(want: T[], got: T[], keys: ReadonlyArray<keyof T>, tolerance: number, name: (item: T) => string): string[] {
  return want.flatMap((item, index) =>
    keys
      .filter((key) => !(Math.abs((got[index]![key] as number) - (item[key] as number)) < tolerance))
      .map((key) => `${name(item)}: ${String(key)} ${String(got[index]![key])}, expected ${String(item[key])}`),
  );
}

// ---------------------------------------------------------------------------------------------
// Poppler.

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

type Word = PdfWord;

function words(file: string): Word[] {
  // In reading order on the page's lines, whatever the order poppler's reading-order analysis gives.
  return pdfWords(file).sort((a, b) => a.page - b.page || Math.round(a.yMax * 10) - Math.round(b.yMax * 10) || a.xMin - b.xMin);
}

/** Gray pixels of each page at 150 dpi. */
function render(file: string, dir: string): Buffer[] {
  const prefix = path.join(dir, path.basename(file, '.pdf'));
  execFileSync('pdftoppm', ['-r', '150', '-gray', file, prefix]);
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${path.basename(prefix)}-`) && name.endsWith('.pgm'))
    .sort()
    .map((name) => readFileSync(path.join(dir, name)));
}

// ---------------------------------------------------------------------------------------------

describe('createContentWriter', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-writer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const both = Promise.all([drawn(pdfkitDrawer), drawn(writerDrawer)]);

  it('shows the same glyphs from the same places, in the same fonts, tracking and marked content', async () => {
    const [expected, actual] = await both;
    const want = shownText(expected);
    const got = shownText(actual);
    expect(unplaced(got)).toEqual(unplaced(want));
    // pdfkit writes positions to a millionth of a point; the writer places strings from one
    // another, as far as that rounding lets it.
    expect(misplaced(want.flat(), got.flat(), ['x', 'y'], 1e-5, (show) => show.array)).toEqual([]);
    // The sample covers what it is meant to: glyphs placed by offsets (the accents), tracking, a span.
    const shows = got.flat();
    expect(shows.some((show) => show.continued)).toBe(false);
    expect(contentStreams(actual).join('')).toMatch(/\] TJ\n1 0 0 1 [\d.]+ [\d.]+ Tm\n\[/);
    expect(shows.filter((show) => show.tc !== 0).length).toBeGreaterThan(2);
    expect(shows.filter((show) => show.marked.includes('/Span (When)')).length).toBe(4);
  });

  it('writes one text object per marked-content sequence, and the font and tracking only when they change', async () => {
    const [expected, actual] = await both;
    const streams = contentStreams(actual);
    for (const [page, shows] of shownText(actual).entries()) {
      const count = (operator: RegExp): number => streams[page]!.match(operator)?.length ?? 0;
      /** Shows that start a text object, or whose `key` differs from the one before's (or from 0). */
      const changes = (key: (show: Show) => string | number, initial: string | number): number =>
        shows.filter((show, index) => {
          const before = shows[index - 1];
          return key(show) !== (before?.textObject === show.textObject ? key(before) : initial);
        }).length;
      expect(count(/^BT$/gm)).toBe(changes((show) => show.marked, ''));
      expect(count(/ Tf$/gm)).toBe(changes((show) => `${show.font} ${show.size}`, ''));
      expect(count(/ Tc$/gm)).toBe(changes((show) => show.tc, 0));
      expect(count(/^q$/gm)).toBe(count(/^BT$/gm));
    }
    const size = (pdf: Buffer): number => contentStreams(pdf).join('').length;
    expect(size(actual)).toBeLessThan(size(expected) * 0.75);
  });

  describe.skipIf(!hasPoppler())('read by poppler', () => {
    const files = both.then(([expected, actual]) => {
      const names = [path.join(dir, 'pdfkit.pdf'), path.join(dir, 'writer.pdf')] as const;
      writeFileSync(names[0], expected);
      writeFileSync(names[1], actual);
      return names;
    });

    it('finds the same words in the same boxes', async () => {
      const [expected, actual] = await files;
      const want = words(expected);
      const got = words(actual);
      // All but the ActualText span's word, which poppler places by the first glyph's text
      // position and the transformation in force at the span's end: pdfkit's `Q` has undone
      // its own by then, and the word is read far down the page, the writer's is not.
      const plain = (list: Word[]): Word[] => list.filter((word) => word.text !== 'When');
      expect(plain(got).map((word) => `${word.page} ${word.text}`)).toEqual(plain(want).map((word) => `${word.page} ${word.text}`));
      expect(got.length).toBe(2 * 26);
      expect(misplaced(plain(want), plain(got), ['xMin', 'yMin', 'xMax', 'yMax'], 0.01, (word) => `page ${word.page} ${word.text}`)).toEqual([]);
      for (const page of [1, 2]) {
        // Read where it is drawn: from the drop cap's left edge, across its baseline, to the
        // small capitals that end it, and before the words of the line after them.
        const left = 72.123457 + (page - 1) * 0.371;
        const spanned = got.find((word) => word.page === page && word.text === 'When')!;
        expect(spanned.xMin).toBeCloseTo(left, 2);
        expect(spanned.xMax).toBeGreaterThan(left + 41.3);
        expect(spanned.yMin).toBeLessThan(144.55);
        expect(spanned.yMax).toBeGreaterThan(144.55);
        expect(spanned.yMax).toBeLessThan(144.55 + 10);
        const inOrder = got.filter((word) => word.page === page).map((word) => word.text);
        expect(inOrder.indexOf('When')).toBeLessThan(inOrder.indexOf('efficient'));
      }
    });

    it('renders the same pages', async () => {
      const [expected, actual] = await files;
      const want = render(expected, dir);
      const got = render(actual, dir);
      expect(got.length).toBe(2);
      expect(want.length).toBe(2);
      for (const [page, pixels] of want.entries()) {
        const other = got[page]!;
        expect(other.length).toBe(pixels.length);
        let differing = 0;
        let largest = 0;
        for (let i = 0; i < pixels.length; i += 1) {
          const difference = Math.abs(pixels[i]! - other[i]!);
          if (difference === 0) continue;
          differing += 1;
          largest = Math.max(largest, difference);
        }
        // Positions equal to a millionth of a point render alike, but for a glyph that stands
        // just on a subpixel boundary: it may be smoothed a shade differently (a quarter pixel
        // changes an edge pixel by 64 at most). A glyph a pixel off changes some by far more.
        expect(largest, `page ${page + 1}: largest difference`).toBeLessThanOrEqual(80);
        expect(differing, `page ${page + 1}: pixels that differ`).toBeLessThanOrEqual(200);
      }
    });
  });
});
