import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Book, CleanText, Diagnostic } from './types.ts';
import { loadSource } from './load/index.ts';
import { createCleaner } from './clean/index.ts';
import { parseMarkdown } from './parse/index.ts';
import { assembleBook, loadBookText, type ParsedPiece } from './assemble/index.ts';
import { renderEpub } from './render/epub/index.ts';
import { renderPdf } from './render/pdf/index.ts';
import { renderReport } from './report/index.ts';

export interface BuildOptions {
  sourceDir: string;
  outDir: string;
  /** The build's instant; pass SOURCE_DATE_EPOCH's date for reproducible output. */
  modified: Date;
  /** Called as each stage starts, for progress on a terminal. */
  onStage?: (stage: string) => void;
}

export interface BuildResult {
  book: Book;
  files: { epub: string; pdf: string; report: string };
  pageCount: number;
  diagnostics: Diagnostic[];
  /** Milliseconds per stage. */
  timings: Record<string, number>;
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

  const source = await time('load', () => loadSource(options.sourceDir));
  const cleaner = createCleaner();
  const cleaned: CleanText[] = await time('clean', () => source.manuscripts.map((m) => cleaner.cleanManuscript(m)));
  const pieces: ParsedPiece[] = await time('parse', () =>
    source.manuscripts.map((manuscript, i) => ({ manuscript, part: source.parts[i], tree: parseMarkdown(cleaned[i]!.markdown) })),
  );
  const book = await time('assemble', () =>
    assembleBook({ config: source.config, pieces, modified: options.modified, text: loadBookText() }),
  );
  const epub = await time('epub', () => renderEpub(book));
  const pdf = await time('pdf', () => renderPdf(book));

  const slug = book.meta.slug;
  const names = { epub: `${slug}.epub`, pdf: `${slug}.pdf`, report: `${slug}-report.md` };
  const report = await time('report', () =>
    renderReport({
      meta: book.meta,
      cleaned,
      diagnostics: source.diagnostics,
      outputs: [
        { file: names.epub, bytes: epub.byteLength },
        { file: names.pdf, bytes: pdf.data.byteLength, note: `${pdf.pageCount} pages` },
      ],
    }),
  );

  await time('write', () =>
    writeAtomically(options.outDir, [
      [names.epub, epub],
      [names.pdf, pdf.data],
      [names.report, report],
    ]),
  );
  const files = {
    epub: path.join(options.outDir, names.epub),
    pdf: path.join(options.outDir, names.pdf),
    report: path.join(options.outDir, names.report),
  };
  const diagnostics = [...source.diagnostics, ...cleaned.flatMap((c) => c.diagnostics.filter((d) => d.severity !== 'info'))];
  return { book, files, pageCount: pdf.pageCount, diagnostics, timings };
}

/** Writes every file into a fresh sibling folder, then renames each into the output folder. */
export async function writeAtomically(outDir: string, files: [string, Uint8Array | string][]): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(path.join(parent, `.${path.basename(outDir)}-staging-`));
  try {
    for (const [name, data] of files) await writeFile(path.join(staging, name), data);
    await mkdir(outDir, { recursive: true });
    for (const [name] of files) await rename(path.join(staging, name), path.join(outDir, name));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** SOURCE_DATE_EPOCH (seconds since 1970, UTC) when set and valid; otherwise now. */
export function buildInstant(env: NodeJS.ProcessEnv = process.env, now = new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  return now;
}
