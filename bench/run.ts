/**
 * `npm run bench`: builds the anthology at 1×, 10× and 50× its size (the same pieces repeated),
 * each in its own process, and prints per size the time of every stage, the total, PDF pages per
 * second and peak memory; then pandoc's time to make an EPUB from the same cleaned Markdown
 * (when pandoc is installed) and the ratio; then the time of a rebuild after one manuscript
 * changes, with the cleaned-text cache warm.
 *
 *   npm run bench [-- --sizes 1,10,50] [--source manuscripts] [--json FILE]
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHILD = fileURLToPath(new URL('./_child.ts', import.meta.url));
const STAGES = ['load', 'clean', 'parse', 'images', 'assemble', 'epub', 'pdf', 'report', 'write'];

interface Measure {
  timings: Record<string, number>;
  total: number;
  pages: number;
  pieces: number;
  cleaning: { cleaned: number; cached: number };
  title: string;
  maxRssKb: number;
  /** Peak resident memory when each stage ended. */
  peakAfterKb: Record<string, number>;
}

interface Row {
  size: number;
  build: Measure;
  pandocMs?: number;
  rebuild?: Measure;
}

function option(name: string, fallback: string): string {
  const argv = process.argv.slice(2);
  const index = argv.indexOf(`--${name}`);
  return index === -1 ? fallback : (argv[index + 1] ?? fallback);
}

/** A copy of the source folder whose contents list every piece `size` times (the introduction once). */
function scaledSource(source: string, size: number, work: string): string {
  const dir = path.join(work, `source-${size}x`);
  cpSync(source, dir, { recursive: true });
  const doc = parseDocument(readFileSync(path.join(dir, 'anthology.yaml'), 'utf8'));
  const contents = (doc.toJS() as { contents: (string | { part: string; contents: string[] })[] }).contents;
  const files = contents.flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.contents));
  const intro = files.filter((f) => path.basename(f, '.md') === 'introduction');
  const pieces = files.filter((f) => !intro.includes(f));
  const scaled = [...intro];
  for (let copy = 1; copy <= size; copy++) {
    for (const file of pieces) {
      if (copy === 1) {
        scaled.push(file);
        continue;
      }
      const name = `${path.basename(file, '.md')}-copy${copy}.md`;
      cpSync(path.join(dir, file), path.join(dir, path.dirname(file), name));
      scaled.push(path.join(path.dirname(file), name));
    }
  }
  doc.set('contents', scaled);
  writeFileSync(path.join(dir, 'anthology.yaml'), doc.toString());
  return dir;
}

function measure(source: string, out: string, cache: string, markdown?: string): Measure {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CHILD, source, out, cache, ...(markdown ? [markdown] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`build of ${source} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Measure;
}

function pandocAvailable(): boolean {
  return spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
}

function timePandoc(markdownDir: string, title: string, out: string): number {
  const files = readdirSync(markdownDir).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(markdownDir, f));
  const start = performance.now();
  const result = spawnSync('pandoc', ['-f', 'markdown', '-o', out, '--metadata', `title=${title}`, ...files], { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`pandoc failed:\n${result.stderr}`);
  return ms;
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const pad = (text: string, width: number) => text.padStart(width);

/** The stage during which the build reached its peak memory. */
function peakStage(build: Measure): string {
  const peak = Math.max(...STAGES.map((stage) => build.peakAfterKb[stage] ?? 0));
  return STAGES.find((stage) => (build.peakAfterKb[stage] ?? 0) >= peak) ?? 'n/a';
}

function table(rows: Row[]): string {
  const head = ['size', 'pieces', ...STAGES, 'total s', 'pages', 'pages/s', 'peak MB', 'peak in', 'pandoc s', 'ours/pandoc'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => ' ---: ').join('|')}|`];
  for (const { size, build, pandocMs } of rows) {
    const cells = [
      `${size}×`,
      String(build.pieces),
      ...STAGES.map((stage) => s(build.timings[stage] ?? 0)),
      s(build.total),
      String(build.pages),
      (build.pages / (build.timings.pdf! / 1000)).toFixed(1),
      String(Math.round(build.maxRssKb / 1024)),
      peakStage(build),
      pandocMs === undefined ? 'n/a' : s(pandocMs),
      pandocMs === undefined ? 'n/a' : (build.total / pandocMs).toFixed(2),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

const sizes = option('sizes', '1,10,50').split(',').map(Number).filter((n) => n >= 1);
const source = path.resolve(ROOT, option('source', 'manuscripts'));
const jsonFile = option('json', '');
const work = mkdtempSync(path.join(tmpdir(), 'anthology-bench-'));
const hasPandoc = pandocAvailable();
const rows: Row[] = [];
try {
  for (const size of sizes) {
    process.stderr.write(`bench: ${size}× …\n`);
    const dir = scaledSource(source, size, work);
    const cache = path.join(work, `cache-${size}x`);
    const markdown = path.join(work, `markdown-${size}x`);
    const build = measure(dir, path.join(work, `out-${size}x`), cache, markdown);
    const pandocMs = hasPandoc ? timePandoc(markdown, build.title, path.join(work, `pandoc-${size}x.epub`)) : undefined;
    // One manuscript changes; the rest come from the cache.
    const changed = readdirSync(dir).find((f) => f.endsWith('.md') && !f.startsWith('introduction'))!;
    appendFileSync(path.join(dir, changed), '\nOne more sentence, added to measure a rebuild.\n');
    const rebuild = measure(dir, path.join(work, `out-${size}x`), cache);
    rows.push({ size, build, ...(pandocMs === undefined ? {} : { pandocMs }), rebuild });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const lines = ['Times in seconds; each size built in a fresh process with an empty cache.', '', table(rows), ''];
if (!hasPandoc) lines.push('pandoc is not installed (apt-get install pandoc): no comparison.', '');
lines.push('| size | rebuild after one change s | cleaned | from cache |', '| ---: | ---: | ---: | ---: |');
for (const { size, rebuild } of rows) lines.push(`| ${size}× | ${s(rebuild!.total)} | ${rebuild!.cleaning.cleaned} | ${rebuild!.cleaning.cached} |`);
lines.push('');
const first = rows[0];
const last = rows[rows.length - 1];
if (first && last && last !== first) {
  const growth = last.build.total / first.build.total;
  lines.push(`Growth: ${last.size}× takes ${growth.toFixed(1)} times as long as ${first.size}× (target: within ${((last.size / first.size) * 1.2).toFixed(0)}×).`);
}
const slowest = rows.filter((r) => r.pandocMs !== undefined).map((r) => r.build.total / r.pandocMs!);
if (slowest.length) {
  lines.push(`Against pandoc: the whole pipeline takes ${Math.min(...slowest).toFixed(2)}–${Math.max(...slowest).toFixed(2)} times pandoc's EPUB-only time (target: at most 0.5).`);
}
if (last) lines.push(`Peak memory at ${last.size}×: ${Math.round(last.build.maxRssKb / 1024)} MB (target: under 1024 MB).`);
process.stdout.write(`${lines.join('\n')}\n`);
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(rows, null, 2));
