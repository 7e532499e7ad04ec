/**
 * `npm run bench`: builds the anthology at 1×, 10× and 50× its size (the same pieces repeated),
 * each in its own process, and prints per size the time of every stage, the total, PDF pages per
 * second and peak memory; then, side by side in the same run, the cold build as a user runs it
 * (`anthology build --no-cache` in a fresh process, start-up included), the like-for-like peer
 * (pandoc's EPUB plus pandoc's PDF through pdflatex, from the same cleaned Markdown; at sizes up
 * to --peer-max, as pdflatex takes minutes at 50×) and pandoc's EPUB alone; then the time of a
 * rebuild after one manuscript changes, with the cleaned-text cache warm; then start-up
 * (`--help`, `clean` of a 5 KB text) and `watch`'s rebuild after an edit of one small piece.
 *
 *   npm run bench [-- --sizes 1,10,50] [--peer-max 10] [--source manuscripts] [--json FILE]
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHILD = fileURLToPath(new URL('./_child.ts', import.meta.url));
const BIN = path.join(ROOT, 'bin/anthology.js');
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
  /** `anthology build --no-cache` in a fresh process, wall clock. */
  coldMs: number;
  /** The same build's CPU time (user + system, its child processes included), when known. */
  coldCpuMs?: number;
  pandocMs?: number;
  pandocCpuMs?: number;
  /** pandoc's PDF through pdflatex, from the same Markdown. */
  pandocPdfMs?: number;
  pandocPdfCpuMs?: number;
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

function pdflatexAvailable(): boolean {
  return spawnSync('pdflatex', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * CPU time (user + system, ms) of this process's waited-for children so far, from
 * /proc/self/stat (cutime, cstime: grandchildren such as pdflatex under pandoc count too);
 * undefined where there is no /proc. On a shared machine a child's wall clock includes time
 * spent waiting for a core; its CPU time does not.
 */
function childrenCpuMs(pid: number | 'self' = 'self', own = false): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state is field 3, so utime/stime/cutime/cstime (14–17) are at 11–14.
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number) as [number, number, number, number];
    return ((own ? utime + stime : cutime + cstime) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

interface Timed {
  ms: number;
  cpuMs?: number;
}

/** Runs a child to completion and gives its wall clock and CPU time. */
function timed(run: () => void): Timed {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  run();
  const ms = performance.now() - start;
  const cpuAfter = childrenCpuMs();
  return cpuBefore === undefined || cpuAfter === undefined ? { ms } : { ms, cpuMs: cpuAfter - cpuBefore };
}

/** pandoc from the cleaned Markdown to `out` (.epub, or .pdf through pdflatex). */
function timePandoc(markdownDir: string, title: string, out: string): Timed {
  const files = readdirSync(markdownDir).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(markdownDir, f));
  const engine = out.endsWith('.pdf') ? ['--pdf-engine=pdflatex', '-V', 'papersize=a5', '--toc'] : [];
  let result: ReturnType<typeof spawnSync> | undefined;
  const time = timed(() => {
    result = spawnSync('pandoc', ['-f', 'markdown', '-o', out, '--metadata', `title=${title}`, ...engine, ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  });
  if (result?.status !== 0) throw new Error(`pandoc failed:\n${result?.stderr}`);
  return time;
}

/** Wall clock and CPU time of one fresh process running the CLI, which must succeed. */
function timeCli(args: string[]): Timed {
  let result: ReturnType<typeof spawnSync> | undefined;
  const time = timed(() => {
    result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  });
  if (result?.status !== 0) throw new Error(`anthology ${args.join(' ')} failed:\n${result?.stderr}`);
  return time;
}

/** Median wall clock and median CPU time of `times` runs. */
function medianOf(times: number, run: () => Timed): Timed {
  const runs = Array.from({ length: times }, run);
  const cpu = runs.map((r) => r.cpuMs).filter((ms): ms is number => ms !== undefined);
  return { ms: median(runs.map((r) => r.ms)), ...(cpu.length === runs.length ? { cpuMs: median(cpu) } : {}) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * `anthology watch` on the 1× book: after its first build, one small piece is edited `times`
 * times; each time is measured from the write to both new files in place (the build's line).
 */
async function timeWatch(dir: string, out: string, times: number): Promise<Timed[]> {
  const child = spawn(process.execPath, [BIN, 'watch', dir, '--out', out, '--no-cache'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  let wake: (() => void) | undefined;
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    log += chunk;
    wake?.();
  });
  const builds = (): number => log.split('\n').filter((line) => / built /.test(line)).length;
  const until = (count: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`watch did not build:\n${log}`)), 120_000);
      wake = () => {
        if (builds() >= count) {
          clearTimeout(timer);
          resolve();
        }
      };
      wake();
    });
  try {
    await until(1);
    const small = readdirSync(dir)
      .filter((f) => f.endsWith('.md') && !f.startsWith('introduction'))
      .sort((a, b) => statSync(path.join(dir, a)).size - statSync(path.join(dir, b)).size)[0]!;
    const ms: Timed[] = [];
    for (let i = 1; i <= times; i++) {
      // The watching process's own CPU time over the rebuild (its clean workers are threads).
      const cpuBefore = child.pid === undefined ? undefined : childrenCpuMs(child.pid, true);
      const start = performance.now();
      appendFileSync(path.join(dir, small), `\nAn edit made to measure the watch, number ${i}.\n`);
      await until(1 + i);
      const wall = performance.now() - start;
      const cpuAfter = child.pid === undefined ? undefined : childrenCpuMs(child.pid, true);
      ms.push(cpuBefore === undefined || cpuAfter === undefined ? { ms: wall } : { ms: wall, cpuMs: cpuAfter - cpuBefore });
    }
    return ms;
  } finally {
    child.kill('SIGINT');
  }
}

const s = (ms: number) => (ms / 1000).toFixed(2);

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
const peerMax = Number(option('peer-max', '10'));
const source = path.resolve(ROOT, option('source', 'manuscripts'));
const jsonFile = option('json', '');
// The CLI measured is the one users run: compiled from the current sources.
if (spawnSync('npm', ['run', '--silent', 'compile'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new Error('npm run compile failed');
const work = mkdtempSync(path.join(tmpdir(), 'anthology-bench-'));
const hasPandoc = pandocAvailable();
const hasPdflatex = hasPandoc && pdflatexAvailable();
const rows: Row[] = [];
const startup: { help?: Timed; clean?: Timed; pandoc?: number; watch?: Timed[] } = {};
try {
  for (const size of sizes) {
    process.stderr.write(`bench: ${size}× …\n`);
    const dir = scaledSource(source, size, work);
    const cache = path.join(work, `cache-${size}x`);
    const markdown = path.join(work, `markdown-${size}x`);
    const build = measure(dir, path.join(work, `out-${size}x`), cache, markdown);
    const cold = timeCli(['build', dir, '--out', path.join(work, `cold-${size}x`), '--no-cache', '--quiet']);
    const pandoc = hasPandoc ? timePandoc(markdown, build.title, path.join(work, `pandoc-${size}x.epub`)) : undefined;
    const pandocPdf = hasPdflatex && size <= peerMax ? timePandoc(markdown, build.title, path.join(work, `pandoc-${size}x.pdf`)) : undefined;
    // One manuscript changes; the rest come from the cache.
    const changed = readdirSync(dir).find((f) => f.endsWith('.md') && !f.startsWith('introduction'))!;
    appendFileSync(path.join(dir, changed), '\nOne more sentence, added to measure a rebuild.\n');
    const rebuild = measure(dir, path.join(work, `out-${size}x`), cache);
    rows.push({
      size,
      build,
      coldMs: cold.ms,
      ...(cold.cpuMs === undefined ? {} : { coldCpuMs: cold.cpuMs }),
      ...(pandoc === undefined ? {} : { pandocMs: pandoc.ms, ...(pandoc.cpuMs === undefined ? {} : { pandocCpuMs: pandoc.cpuMs }) }),
      ...(pandocPdf === undefined ? {} : { pandocPdfMs: pandocPdf.ms, ...(pandocPdf.cpuMs === undefined ? {} : { pandocPdfCpuMs: pandocPdf.cpuMs }) }),
      rebuild,
    });
  }
  process.stderr.write('bench: start-up and watch …\n');
  const fiveKb = path.join(work, 'five-kb.txt');
  const body = readFileSync(path.join(source, readdirSync(source).find((f) => f.endsWith('.md') && !f.startsWith('introduction'))!), 'utf8');
  writeFileSync(fiveKb, body.replace(/^---\n[\s\S]*?\n---\n/, '').slice(0, 5000));
  startup.help = medianOf(7, () => timeCli(['--help']));
  startup.clean = medianOf(7, () => timeCli(['clean', fiveKb]));
  if (hasPandoc) {
    startup.pandoc = median(
      Array.from({ length: 7 }, () => {
        const start = performance.now();
        spawnSync('pandoc', ['--help'], { stdio: 'ignore' });
        return performance.now() - start;
      }),
    );
  }
  const watchDir = path.join(work, 'watch-1x');
  cpSync(source, watchDir, { recursive: true });
  startup.watch = await timeWatch(watchDir, path.join(work, 'watch-out'), 5);
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
lines.push('');
lines.push('Side by side, fresh processes, wall clock: our cold build (`anthology build --no-cache`, start-up included),');
lines.push("the like-for-like peer (pandoc's EPUB plus pandoc's PDF through pdflatex, same cleaned Markdown) and pandoc's EPUB alone.");
lines.push('');
lines.push('| size | ours cold s | pandoc EPUB + PDF s | ours / peer | target | pandoc EPUB only s | ours / EPUB only |');
lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { size, coldMs, pandocMs, pandocPdfMs } of rows) {
  const peer = pandocMs !== undefined && pandocPdfMs !== undefined ? pandocMs + pandocPdfMs : undefined;
  const target = size <= 1 ? '≤ 0.50' : size <= 10 ? '≤ 0.25' : 'n/a';
  lines.push(
    `| ${size}× | ${s(coldMs)} | ${peer === undefined ? 'n/a' : s(peer)} | ${peer === undefined ? 'n/a' : (coldMs / peer).toFixed(2)} | ${target} | ${pandocMs === undefined ? 'n/a' : s(pandocMs)} | ${pandocMs === undefined ? 'n/a' : (coldMs / pandocMs).toFixed(2)} |`,
  );
}
// On a machine shared with other work, wall clock counts the time a process waits for a core;
// CPU time (user + system, child processes included) does not, so it is given beside.
if (rows.some((row) => row.coldCpuMs !== undefined)) {
  lines.push('');
  lines.push('The same runs in CPU time (user + system, children included: pdflatex under pandoc, our clean workers).');
  lines.push('');
  lines.push('| size | ours cold CPU s | pandoc EPUB + PDF CPU s | ours / peer (CPU) | target | pandoc EPUB only CPU s |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { size, coldCpuMs, pandocCpuMs, pandocPdfCpuMs } of rows) {
    const peer = pandocCpuMs !== undefined && pandocPdfCpuMs !== undefined ? pandocCpuMs + pandocPdfCpuMs : undefined;
    const target = size <= 1 ? '≤ 0.50' : size <= 10 ? '≤ 0.25' : 'n/a';
    const ours = coldCpuMs === undefined ? 'n/a' : s(coldCpuMs);
    const ratio = peer === undefined || coldCpuMs === undefined ? 'n/a' : (coldCpuMs / peer).toFixed(2);
    lines.push(`| ${size}× | ${ours} | ${peer === undefined ? 'n/a' : s(peer)} | ${ratio} | ${target} | ${pandocCpuMs === undefined ? 'n/a' : s(pandocCpuMs)} |`);
  }
}
if (hasPandoc && !hasPdflatex) lines.push('', 'pdflatex is not installed (apt-get install texlive-latex-recommended): no like-for-like peer.');
lines.push('');
const cpu = (time: Timed | undefined): string => (time?.cpuMs === undefined ? 'n/a' : s(time.cpuMs));
lines.push('| start-up, fresh process (median of 7) | wall s | CPU s | target (wall) |', '| --- | ---: | ---: | ---: |');
lines.push(`| anthology --help | ${startup.help === undefined ? 'n/a' : s(startup.help.ms)} | ${cpu(startup.help)} | ≤ 0.20 |`);
if (startup.pandoc !== undefined) lines.push(`| pandoc --help, for scale | ${s(startup.pandoc)} | | |`);
lines.push(`| anthology clean (5 KB text) | ${startup.clean === undefined ? 'n/a' : s(startup.clean.ms)} | ${cpu(startup.clean)} | ≤ 0.50 |`);
if (startup.watch?.length) {
  lines.push('');
  lines.push(
    `watch, 1×: edit of the smallest piece to new EPUB and PDF in place: ${startup.watch.map((t) => s(t.ms)).join(', ')} s wall (median ${s(median(startup.watch.map((t) => t.ms)))}; target ≤ 0.50)` +
      (startup.watch.every((t) => t.cpuMs !== undefined)
        ? `; the watching process's CPU time: ${startup.watch.map(cpu).join(', ')} s (median ${s(median(startup.watch.map((t) => t.cpuMs!)))}).`
        : '.'),
  );
}
if (last) lines.push(`Peak memory at ${last.size}×: ${Math.round(last.build.maxRssKb / 1024)} MB (target: under 1024 MB).`);
process.stdout.write(`${lines.join('\n')}\n`);
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(rows, null, 2));
