import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { AnthologyError, diagnostic } from '../diagnostics.ts';
import { parseArgs, UsageError } from './_args.ts';
import type { CommandIo } from './_io.ts';

/**
 * `anthology preview [SOURCE_DIR] [--pages 1-8] [--out DIR] [--dpi 96]`: PNG images of the
 * built PDF's pages in DIR/preview/, and index.html. The PDF is DIR/<slug>.pdf, the slug from
 * SOURCE_DIR's anthology.yaml; without SOURCE_DIR, the one book PDF in DIR.
 */
export async function previewCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { positionals, flags } = parseArgs(argv, { boolean: [], value: ['out', 'pages', 'dpi'] });
  if (positionals.length > 1) throw new UsageError('preview takes at most one SOURCE_DIR');
  const outDir = typeof flags.out === 'string' ? flags.out : 'dist';
  const pages = parsePages(typeof flags.pages === 'string' ? flags.pages : '1-8');
  const dpi = typeof flags.dpi === 'string' ? Number(flags.dpi) : 96;
  if (!Number.isFinite(dpi) || dpi < 10 || dpi > 600) throw new UsageError(`Unexpected --dpi ${String(flags.dpi)}, expected a number from 10 to 600`);

  const pdfPath = await findPdf(outDir, positionals[0]);
  const [{ renderPreview, contactSheet }, { writeAtomically }, { displayPath }] = await Promise.all([
    import('../preview/index.ts'),
    import('../build.ts'),
    import('../load/index.ts'),
  ]);
  const shownPdf = displayPath(path.resolve(pdfPath));
  const data = await readFile(pdfPath).catch(() => {
    throw new AnthologyError([diagnostic(shownPdf, 'error', 'preview/missing-pdf', `Missing ${shownPdf}: run “anthology build” first`)]);
  });
  let rendered;
  try {
    rendered = await renderPreview(data, { ...pages, dpi });
  } catch (error) {
    throw new AnthologyError([diagnostic(shownPdf, 'error', 'preview/unreadable-pdf', `Unexpected PDF that cannot be drawn: ${(error as Error).message}`)]);
  }
  if (rendered.pages.length === 0) {
    throw new UsageError(`--pages ${pages.first}-${pages.last} is past the last page (${rendered.pageCount})`);
  }
  const previewDir = path.join(outDir, 'preview');
  const sheet = contactSheet(path.basename(pdfPath, '.pdf'), path.basename(pdfPath), rendered.pageCount, rendered.pages);
  await writeAtomically(previewDir, [...rendered.pages.map((p) => [p.file, p.png] as [string, Uint8Array]), ['index.html', sheet]]);
  // Pages of an earlier, longer preview would pass for current ones.
  const current = new Set(rendered.pages.map((p) => p.file));
  const stale = (await readdir(previewDir)).filter((name) => /^page-\d+\.png$/.test(name) && !current.has(name));
  await Promise.all(stale.map((name) => rm(path.join(previewDir, name), { force: true })));
  io.err(
    `wrote ${rendered.pages.length} page${rendered.pages.length === 1 ? '' : 's'} of ${shownPdf} and ${displayPath(path.resolve(previewDir, 'index.html'))}\n`,
  );
  return 0;
}

function parsePages(spec: string): { first: number; last: number } {
  const match = /^(\d+)(?:-(\d+))?$/.exec(spec.trim());
  const first = Number(match?.[1]);
  const last = match?.[2] === undefined ? first : Number(match[2]);
  if (!match || first < 1 || last < first) throw new UsageError(`Unexpected --pages ${spec}, expected a range such as 1-8 or one page such as 3`);
  return { first, last };
}

async function findPdf(outDir: string, sourceDir: string | undefined): Promise<string> {
  if (sourceDir !== undefined) {
    const [{ loadSource }, { bookSlug }] = await Promise.all([import('../load/index.ts'), import('../assemble/index.ts')]);
    const source = await loadSource(sourceDir);
    return path.join(outDir, `${bookSlug(source.config)}.pdf`);
  }
  const names = (await readdir(outDir).catch(() => [] as string[])).filter((name) => name.endsWith('.pdf') && !/-(booklet|cover)\.pdf$/.test(name));
  if (names.length === 1) return path.join(outDir, names[0]!);
  const problem =
    names.length === 0 ? `no book PDF in ${outDir}: run “anthology build” first` : `several PDFs in ${outDir} (${names.join(', ')}): name the SOURCE_DIR`;
  throw new AnthologyError([diagnostic(outDir, 'error', 'preview/which-pdf', `Unexpected ${problem}`)]);
}
