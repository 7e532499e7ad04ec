import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Book, CleanText, Diagnostic, EditRecord, Manuscript, Place } from './types.ts';
import { limitsOf, loadSource } from './load/index.ts';
import { cleanAll } from './parallel/clean-pool.ts';
import { parseCleanText, type ParseOptions, type ParsedText } from './parse/index.ts';
import { displayPath, placeBeforeRepairs } from './load/index.ts';
import { openCleanCache, type CleanCache } from './cache/index.ts';
import { AnthologyError, diagnostic, hasErrors, lineStarts, placeOf } from './diagnostics.ts';
import { loadImages } from './images/index.ts';
import { assembleBook, loadBookText, type ParsedPiece } from './assemble/index.ts';
import type { FontLibrary, MeasureCache, PdfRender } from './render/pdf/index.ts';
import type { ParagraphStore } from './render/pdf/paragraph-memory.ts';
import { unknownPrintFont } from './render/pdf/theme.ts';
import { renderReport } from './report/index.ts';
import { takePreparedFonts } from './startup.ts';

export interface BuildOptions {
  sourceDir: string;
  outDir: string;
  /** The build's instant; pass SOURCE_DATE_EPOCH's date for reproducible output. */
  modified: Date;
  /** `booklet` also writes the pages imposed for saddle stitching; overrides `print.impose`. */
  impose?: 'none' | 'booklet';
  /** Folders outside the source folder that its links may lead into (`--allow-outside`). */
  allowOutside?: readonly string[];
  /** Also write the print-on-demand cover; overrides `print.cover`. */
  cover?: boolean;
  /** Folder of the cleaned-text cache; none when undefined (`--no-cache`). */
  cacheDir?: string;
  /** A cleaned-text cache to use instead of cacheDir's (`watch` keeps one in memory). */
  cleanCache?: CleanCache;
  /** Text widths and shaping kept from build to build (`watch`); outputs are the same without it. */
  measureCache?: MeasureCache;
  /** Called as each stage starts, and as each piece is cleaned, for progress on a terminal. */
  onStage?: (stage: string, done?: number, total?: number) => void;
}

export interface BuildResult {
  book: Book;
  files: { epub: string; pdf: string; report: string; booklet?: string; cover?: string };
  pageCount: number;
  diagnostics: Diagnostic[];
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  /** The cleaned texts, in contents order (for the report, and for benchmarks against other tools). */
  cleaned: CleanText[];
  /** Pieces cleaned afresh and pieces taken from the cache. */
  cleaning: { cleaned: number; cached: number };
}

/**
 * load → clean → parse → assemble → render → report. Outputs are written to a temporary
 * folder beside the output folder and moved into place only when every one of them is ready,
 * so a failed build leaves the output folder as it was.
 */
export async function buildAnthology(options: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    options.onStage?.(stage);
    const start = performance.now();
    const result = await work();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
    return result;
  };

  const source = await time('load', () => loadSource(options.sourceDir, { allowOutside: options.allowOutside }));
  const fontProblem = unknownPrintFont(source.config.print.font, source.configPath, source.configPlaces['print.font']);
  if (fontProblem) throw new AnthologyError([...source.diagnostics, fontProblem]);
  const cleaning = { cleaned: 0, cached: 0 };
  // A piece without a language of its own is in the book's: its spelling is checked in that
  // language (and the cache key, which holds the front matter, changes with it).
  const manuscripts = source.manuscripts.map((m) =>
    m.meta.language || !source.config.language ? m : { ...m, meta: { ...m.meta, language: source.config.language } },
  );
  // The renderers' modules (pdfkit, fontkit …) and what the print renderer needs before it has
  // the text (the font files parsed, the hyphenation patterns: about a third of its time for a
  // short book) are loaded and prepared while the text is cleaned on a worker thread, unless
  // `watch` keeps the fonts parsed from the build before.
  const fonts: FontLibrary = options.measureCache?.fonts ?? takePreparedFonts() ?? new Map();
  const renderers = {
    pdf: undefined as typeof import('./render/pdf/index.ts') | undefined,
    epub: undefined as typeof import('./render/epub/index.ts') | undefined,
  };
  const prepareRenderers = async (): Promise<void> => {
    const start = performance.now();
    [renderers.pdf, renderers.epub] = await Promise.all([import('./render/pdf/index.ts'), import('./render/epub/index.ts')]);
    try {
      renderers.pdf.preparePrint({ font: source.config.print.font, language: source.config.language }, fonts);
    } catch {
      // Nothing is lost: the render does the same again, and reports what fails.
    }
    timings.prepare = performance.now() - start;
  };
  // Widths come from the session (`watch`), else from the cache folder, which keeps new ones.
  const storedWidths =
    options.measureCache || options.cacheDir === undefined ? undefined : await (await import('./cache/widths.ts')).openMeasureCache(options.cacheDir);
  // While the worker cleans, the main thread draws the print edition of the pieces cleaned so far.
  const stream = options.measureCache ? undefined : printStream(source, options, renderers, fonts, storedWidths?.cache);
  const cleaned: CleanText[] = await time('clean', async () => {
    const cache = options.cleanCache ?? (options.cacheDir === undefined ? undefined : await openCleanCache(options.cacheDir));
    const fromCache = await Promise.all(manuscripts.map((manuscript) => cache?.get(manuscript)));
    const freshIndex = manuscripts.flatMap((_, i) => (fromCache[i] === undefined ? [i] : []));
    const fresh = freshIndex.map((i) => manuscripts[i]!);
    cleaning.cached = source.manuscripts.length - fresh.length;
    cleaning.cleaned = fresh.length;
    options.onStage?.('clean', cleaning.cached, source.manuscripts.length);
    const cleanedNow = await cleanAll(fresh, {
      ...(options.measureCache?.fonts?.size ? {} : { mainWork: prepareRenderers }),
      ...(stream
        ? {
            withCleaned: (index: number, result: CleanText) => stream.take(freshIndex[index]!, result),
            // The EPUB's cover shows only the front matter: drawn now, it is off the end of the build.
            whileWaiting: () => renderers.epub?.prepareEpubCover(stream.outline()),
          }
        : {}),
      onProgress: (done) => options.onStage?.('clean', cleaning.cached + done, source.manuscripts.length),
    });
    await Promise.all(fresh.map((manuscript, i) => cache?.set(manuscript, cleanedNow[i]!)));
    let k = 0;
    // The cleaner's edits on a read file's Markdown are placed in the file it was read from.
    const placeInSource = source.readPlaces ? (await import('./read/_places.ts')).placeInSource : undefined;
    return source.manuscripts.map((manuscript, i) => {
      let result = fromCache[i] ?? cleanedNow[k++]!;
      const places = source.readPlaces?.[manuscript.path];
      if (places && placeInSource) result = { ...result, edits: placeInSource(manuscript.raw, places, result.edits) };
      return withReadEdits(withLoadRepairs(result, source.repairs[manuscript.path] ?? []), source.reads?.[manuscript.path]);
    });
  });
  const parseDiagnostics: Diagnostic[] = [];
  const pieces: ParsedPiece[] = await time('parse', () =>
    source.manuscripts.map((manuscript, i) => {
      // A piece drawn while the text was cleaned was parsed then, from the same text with the same options.
      const parsed = stream?.parsed(i, cleaned[i]!.markdown) ?? parseCleanText(cleaned[i]!.markdown, parseOptions(source, options, manuscript));
      parseDiagnostics.push(...parsed.diagnostics);
      return { manuscript, part: source.parts[i], tree: parsed.tree };
    }),
  );
  if (hasErrors(parseDiagnostics)) throw new AnthologyError([...source.diagnostics, ...parseDiagnostics]);
  const images = await time('images', () =>
    loadImages(
      pieces.map(({ manuscript, tree }) => ({ tree, file: manuscript.path, dir: path.dirname(path.resolve(manuscript.path)), place: placeIn(manuscript) })),
      options.sourceDir,
      { maxPixels: limitsOf(source.config).image_pixels, ...(options.allowOutside ? { allowOutside: options.allowOutside } : {}) },
    ),
  );
  parseDiagnostics.push(...images.diagnostics);
  if (hasErrors(parseDiagnostics)) throw new AnthologyError([...source.diagnostics, ...parseDiagnostics]);
  const book = await time('assemble', () =>
    assembleBook({ config: source.config, pieces, modified: options.modified, text: loadBookText(), images: images.images }),
  );
  // The print layout comes first: its page starts become the EPUB's page-list and page-break markers.
  const measureCache = options.measureCache ?? stream?.cache() ?? storedWidths?.cache;
  const { renderPdf, MissingGlyphsError, missingGlyphDiagnostics } = (renderers.pdf ??= await import('./render/pdf/index.ts'));
  const streamed = stream?.render(book);
  const pdf = await time('pdf', () =>
    (streamed ? streamed.finish(book) : renderPdf(book, { ...(measureCache ? { measureCache } : {}), fonts })).catch((error: unknown) => {
      if (!(error instanceof MissingGlyphsError)) throw error;
      const sources = [{ file: source.configPath, text: source.configText }, ...source.manuscripts.map((m) => ({ file: m.path, text: m.raw }))];
      throw new AnthologyError(missingGlyphDiagnostics(error.missing, sources));
    }),
  );
  await storedWidths?.save();
  const { renderEpub } = (renderers.epub ??= await import('./render/epub/index.ts'));
  const epub = await time('epub', () => renderEpub(book, { pageBreaks: pdf.pageBreaks }));
  const impose = options.impose ?? source.config.print.impose ?? 'none';
  // The booklet (pdf-lib: ~0.2 s of CPU to load) and the cover are imported only when asked for.
  const booklet =
    impose === 'booklet' ? await time('impose', async () => (await import('./impose/booklet.ts')).imposeBooklet(pdf.data, { date: new Date(book.meta.modified) })) : undefined;

  const cover = (options.cover ?? book.print.cover) ? await time('cover', async () => (await import('./render/cover/index.ts')).renderCover(book, pdf.pageCount)) : undefined;

  const slug = book.meta.slug;
  const names = { epub: `${slug}.epub`, pdf: `${slug}.pdf`, booklet: `${slug}-booklet.pdf`, cover: `${slug}-cover.pdf`, report: `${slug}-report.md` };
  const report = await time('report', () =>
    renderReport({
      meta: book.meta,
      cleaned,
      diagnostics: [...source.diagnostics, ...parseDiagnostics, ...pdf.diagnostics],
      sourceDir: path.resolve(options.sourceDir),
      outputs: [
        { file: names.epub, bytes: epub.byteLength },
        { file: names.pdf, bytes: pdf.data.byteLength, note: `${pdf.pageCount} pages` },
        ...(booklet ? [{ file: names.booklet, bytes: booklet.data.byteLength, note: `${booklet.sheets} sheets, printed on both sides` }] : []),
        ...(cover ? [{ file: names.cover, bytes: cover.data.byteLength, note: coverNote(cover.geometry) }] : []),
      ],
    }),
  );

  await time('write', () =>
    writeAtomically(options.outDir, [
      [names.epub, epub],
      [names.pdf, pdf.data],
      ...(booklet ? [[names.booklet, booklet.data] as [string, Uint8Array]] : []),
      ...(cover ? [[names.cover, cover.data] as [string, Uint8Array]] : []),
      [names.report, report],
    ]),
  );
  const files = {
    epub: path.join(options.outDir, names.epub),
    pdf: path.join(options.outDir, names.pdf),
    report: path.join(options.outDir, names.report),
    ...(booklet ? { booklet: path.join(options.outDir, names.booklet) } : {}),
    ...(cover ? { cover: path.join(options.outDir, names.cover) } : {}),
  };
  const diagnostics = [...source.diagnostics, ...parseDiagnostics, ...pdf.diagnostics, ...cleaned.flatMap((c) => c.diagnostics.filter((d) => d.severity !== 'info'))];
  return { book, files, pageCount: pdf.pageCount, diagnostics, timings, cleaned, cleaning };
}

/**
 * The print edition, drawn while the text is cleaned: each piece cleaned is parsed and, once
 * every piece before it is drawn, set and drawn (render/pdf startPdf, from an outline of the
 * book made of the manuscripts' front matter); a piece cleaned ahead of its turn (the main
 * thread cleaned it while the worker was still on the one before) has its paragraphs set into
 * a paragraph memory (createRehearsal) meanwhile, so that its turn takes their lines. Time spent
 * here counts in the clean stage's. The outputs are the same as
 * without: the render makes the same calls in the same order, and the build ends it with the
 * book as parsed after cleaning, or, when that book is not the outline with the texts in (a
 * picture, a piece that did not parse), lets it go and renders afresh. Nothing here reports:
 * the stages after cleaning parse and render the whole book as ever.
 *
 * Measured and left out, on two cores (the anthology at 1×, runs at real-time priority so other
 * work on the machine did not count): the build already keeps about 1.7 cores busy (3.3 s of CPU
 * in 2.0 s), the second core taken by V8's compiler and collector threads whenever the worker
 * is not cleaning, so work moved into the worker's or the main thread's waits only competes with
 * them. The worker setting the paragraphs of the piece the main thread is on, once it has cleaned
 * everything (it must load pdfkit, fontkit and the fonts, and warm up the layout code, again):
 * +0.65 to +1.3 s of CPU for 0.1-0.15 s less on the main thread, 2.2-2.65 s against 2.0 s.
 * Loading the EPUB renderer and drawing its cover while the main thread waits for the last
 * piece: 2.11 s against 2.08 s. Starting the worker before the source is read: 2.06 against 2.07.
 *
 * With the start-up snapshot the renderers are loaded before the build begins, and the main
 * thread, done drawing the short pieces at about 0.7 s, waits about 0.35 s for the worker to
 * send the longest piece (184 of the 234 KB, last in the contents; the worker cleans it in about
 * 0.53 s), then parses it (50 ms), sets and draws it (475 ms), ends the PDF (60 ms) and makes
 * the EPUB: that tail runs on one core. The EPUB's cover (50 ms) is now drawn in that wait
 * (clean-pool whileWaiting, render/epub prepareEpubCover), and the worker is no longer waited
 * for as it exits (10-35 ms). Measured and left out (interleaved cold builds, real-time
 * priority): the worker cleaning the longest piece first while the main thread cleans the others
 * in the contents' order (stealing the first, not the last): the piece took the worker 0.70-0.77 s
 * instead of 0.53 s, as both cores were then busy (alone and cold it took 0.57 s), so it came
 * later (1.10 s against 1.05 s) and the build took 1.86-1.91 s against 1.75-1.80 s; with no
 * stealing it came at 0.92 s, but the short pieces after it, and so all the drawing, waited for
 * it. A paragraph store that keeps only the rehearsed paragraphs (less for the collector to copy
 * at the end): 1.94 s both ways at 1×, and 10× 5.0 → 5.9 s, as the copies of each piece there
 * take their paragraphs from the store. Parsing the longest piece on the worker: its parse
 * modules would load, and it would parse cold, before the piece is sent, on the longest path.
 * A larger young generation for the worker (48 MB): the same. The EPUB renderer and the layout
 * code run once on a sample book while the snapshot is made (so their functions are compiled in
 * it): the short pieces were drawn about 50 ms sooner, which the main thread then waited (three
 * traced builds, 1.77-1.81 s, as without).
 */
interface PrintStream {
  /** The measure cache holding the paragraphs set, once a piece was. */
  cache: () => MeasureCache | undefined;
  /** Takes the piece at `index` in the book, cleaned. */
  take: (index: number, result: CleanText) => void;
  /** The render with the pieces drawn so far, when it can be ended with `book`. */
  render: (book: Book) => PdfRender | undefined;
  /** The piece at `index` as parsed for drawing, if it was drawn from `markdown`. */
  parsed: (index: number, markdown: string) => ParsedText | undefined;
  /** The book made of the manuscripts' front matter, without their texts. */
  outline: () => Book;
}

function printStream(
  source: Awaited<ReturnType<typeof loadSource>>,
  options: BuildOptions,
  renderers: { pdf?: typeof import('./render/pdf/index.ts') },
  fonts: FontLibrary,
  widths: MeasureCache | undefined,
): PrintStream {
  let cache: (MeasureCache & { paragraphs: ParagraphStore }) | undefined;
  let outline: Book | undefined;
  let render: PdfRender | undefined;
  let rehearse: ((book: Book) => void) | undefined;
  let broken = false;
  const cleaned = new Map<number, CleanText>();
  const drawn = new Map<number, { markdown: string; parsed: ParsedText }>();
  const parse = (index: number, result: CleanText, keep = false): ParsedText['tree'] | undefined => {
    try {
      const parsed = parseCleanText(result.markdown, parseOptions(source, options, source.manuscripts[index]!));
      if (keep) drawn.set(index, { markdown: result.markdown, parsed });
      return hasErrors(parsed.diagnostics) ? undefined : parsed.tree;
    } catch {
      return undefined;
    }
  };
  const outlined = (): Book =>
    (outline ??= assembleBook({
      config: source.config,
      pieces: source.manuscripts.map((manuscript, i) => ({ manuscript, part: source.parts[i], tree: { type: 'root', children: [] } })),
      modified: options.modified,
      text: loadBookText(),
    }));
  const draw = (pdf: typeof import('./render/pdf/index.ts'), shared: MeasureCache & { paragraphs: ParagraphStore }): void => {
    outline = outlined();
    for (let next = render?.sections ?? 0; !broken && cleaned.has(next); next = render?.sections ?? 0) {
      const tree = parse(next, cleaned.get(next)!, true);
      cleaned.delete(next);
      // A picture is loaded (and its node rewritten) after cleaning: its piece waits for the book.
      if (!tree || hasImages(tree)) {
        broken = true;
        break;
      }
      try {
        render ??= pdf.startPdf(outline, { measureCache: shared, fonts });
        render.section({ ...outline.sections[next]!, tree });
      } catch {
        broken = true;
      }
    }
  };
  return {
    outline: outlined,
    cache: () => cache,
    take: (index, result) => {
      const pdf = renderers.pdf;
      if (!pdf || broken) return;
      cache ??= Object.assign(widths ?? pdf.createMeasureCache(), { paragraphs: pdf.createParagraphStore() });
      cleaned.set(index, result);
      if (index === (render?.sections ?? 0)) return draw(pdf, cache);
      const tree = parse(index, result);
      if (!tree) return;
      rehearse ??= pdf.createRehearsal({ measureCache: cache, fonts });
      rehearse(assembleBook({ config: source.config, pieces: [{ manuscript: source.manuscripts[index]!, part: source.parts[index], tree }], modified: options.modified, text: loadBookText() }));
    },
    render: (book) => (!broken && render && outline && renderers.pdf?.sameOutline(outline, book) ? render : undefined),
    parsed: (index, markdown) => {
      const kept = drawn.get(index);
      return kept?.markdown === markdown ? kept.parsed : undefined;
    },
  };
}

/** Whether a parsed piece shows a picture (or may: a reference to one). */
function hasImages(node: { type: string; children?: unknown[] }): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true;
  return (node.children ?? []).some((child) => hasImages(child as { type: string; children?: unknown[] }));
}

/** How a manuscript's cleaned text is parsed. */
function parseOptions(source: Awaited<ReturnType<typeof loadSource>>, options: BuildOptions, manuscript: Manuscript): ParseOptions {
  return {
    file: manuscript.path,
    raw: manuscript.raw,
    bodyOffset: manuscript.bodyOffset,
    manuscriptDir: path.dirname(path.resolve(manuscript.path)),
    sourceDir: path.resolve(options.sourceDir),
    maxNesting: limitsOf(source.config).nesting,
    maxFootnotes: limitsOf(source.config).footnotes,
    language: manuscript.meta.language ?? source.config.language,
  };
}

/** "309.92 × 216.35 mm, spine 6.52 mm": the figures to check against a printer's calculator. */
function coverNote(geometry: { widthMm: number; heightMm: number; spineMm: number }): string {
  return `${geometry.widthMm.toFixed(2)} × ${geometry.heightMm.toFixed(2)} mm, spine ${geometry.spineMm.toFixed(2)} mm`;
}

/** Where a string (an image's url) first stands in a manuscript's body. */
function placeIn(manuscript: { raw: string; bodyOffset: number }): (snippet: string) => Place | undefined {
  return (snippet) => {
    const at = manuscript.raw.indexOf(snippet, manuscript.bodyOffset);
    return at === -1 ? undefined : placeOf(lineStarts(manuscript.raw), at);
  };
}

/**
 * Load repairs (mojibake undone) join the cleaner's edits in the report. The cleaner saw the
 * repaired text, so its places on a repaired line are moved back to the file as read.
 */
function withLoadRepairs(result: CleanText, repairs: readonly EditRecord[]): CleanText {
  if (repairs.length === 0) return result;
  const restore = <T extends { line?: number; column?: number }>(item: T): T =>
    item.line === undefined || item.column === undefined ? item : { ...item, ...placeBeforeRepairs(repairs, { line: item.line, column: item.column }) };
  const edits = [...repairs, ...result.edits.map(restore)];
  edits.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ...result, edits, diagnostics: result.diagnostics.map(restore) };
}

/**
 * What a reader (HTML, PDF, DOCX) left out joins the report ahead of the cleaner's edits, which
 * are placed in the Markdown the reader made.
 */
function withReadEdits(result: CleanText, edits: readonly EditRecord[] | undefined): CleanText {
  return edits?.length ? { ...result, edits: [...edits, ...result.edits] } : result;
}

/**
 * Writes every file into a fresh sibling folder, then renames each into the output folder
 * (a rename within one file system replaces a file whole). A folder that cannot be written
 * is the user's to fix: reported, not thrown as an internal error.
 */
export async function writeAtomically(outDir: string, files: [string, Uint8Array | string][]): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  let staging: string | undefined;
  try {
    await mkdir(parent, { recursive: true });
    staging = await mkdtemp(path.join(parent, `.${path.basename(outDir)}-staging-`));
    for (const [name, data] of files) await writeFile(path.join(staging, name), data);
    await mkdir(outDir, { recursive: true });
    for (const [name] of files) await rename(path.join(staging, name), path.join(outDir, name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new AnthologyError([
      diagnostic(displayPath(path.resolve(outDir)), 'error', 'write/failed', `Unexpected ${code} writing the output folder: ${(error as Error).message.replace(/^\w+: /, '')}`),
    ]);
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true });
  }
}

/** SOURCE_DATE_EPOCH (seconds since 1970, UTC) when set and valid; otherwise now. */
export function buildInstant(env: NodeJS.ProcessEnv = process.env, now = new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  return now;
}
