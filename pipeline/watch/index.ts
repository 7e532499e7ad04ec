/**
 * Builds a book, then again after every change to its sources (any file under the source
 * folder: manuscripts, anthology.yaml, images) or to the templates (EPUB templates, print
 * theme, book wording). One process for the whole session, so what the stages load once (the
 * dictionary and speller, the hyphenation patterns, the code itself) stays in memory, and the
 * cleaned text of every manuscript that did not change is taken from memory, and so are the
 * widths and shaping of the words and the lines of every paragraph the edit did not touch
 * (render/pdf/paragraph-memory.ts): a rebuild sets only the paragraphs that changed.
 *
 * Changes that arrive while a build runs are gathered into one next build. A failed build
 * leaves the last good outputs in place (the build writes them atomically) and the watch goes
 * on; stopping waits for a build in progress to finish writing, so no staging folder is left.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { watch, type FSWatcher } from 'chokidar';
import { buildAnthology, buildInstant, type BuildResult } from '../build.ts';
import { openCleanCache, type CleanCache } from '../cache/index.ts';
import { openMeasureCache } from '../cache/widths.ts';
import { createMeasureCache } from '../render/pdf/measurer.ts';
import { createParagraphStore } from '../render/pdf/paragraph-memory.ts';
import type { CleanText, Manuscript } from '../types.ts';

const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Quiet time after a change before building, so an editor's save (write, rename) is one build. */
const SETTLE_MS = 40;

export interface WatchOptions {
  sourceDir: string;
  outDir: string;
  /** The disk cache behind the memory one; none when undefined (`--no-cache`). */
  cacheDir?: string;
  env?: NodeJS.ProcessEnv;
  /** Called after each build, with the files whose change started it (none for the first). */
  onBuild: (outcome: { result?: BuildResult; error?: unknown; changed: string[]; seconds: number }) => void;
  /** Called once the watcher is ready and the first build is done. */
  onReady?: () => void;
}

export interface Watching {
  /** Stops watching; resolves once a build in progress has finished and nothing is left behind. */
  close: () => Promise<void>;
}

export async function watchBook(options: WatchOptions): Promise<Watching> {
  const outDir = path.resolve(options.outDir);
  const cleanCache = memoryCache(options.cacheDir === undefined ? undefined : await openCleanCache(options.cacheDir));
  // Widths and shaped words of the book's fonts, learnt by one build and used by the next; the
  // widths start from the cache folder's and go back to it after each build.
  const storedWidths = options.cacheDir === undefined ? undefined : await openMeasureCache(options.cacheDir);
  const measureCache = storedWidths?.cache ?? createMeasureCache();
  // And the lines of every paragraph, so that an edit sets only the paragraphs it changed.
  measureCache.paragraphs = createParagraphStore();
  measureCache.fonts = new Map();
  measureCache.deflated = { current: new Map(), previous: new Map() };
  let pending = new Set<string>();
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const buildOnce = async (changed: string[]): Promise<void> => {
    const start = performance.now();
    try {
      const result = await buildAnthology({
        sourceDir: options.sourceDir,
        outDir: options.outDir,
        modified: buildInstant(options.env),
        cleanCache,
        measureCache,
      });
      const seconds = (performance.now() - start) / 1000;
      await storedWidths?.save();
      options.onBuild({ result, changed, seconds });
    } catch (error) {
      options.onBuild({ error, changed, seconds: (performance.now() - start) / 1000 });
    }
  };
  // One build at a time: changes that arrive during a build are gathered into the next. `running`
  // is cleared only after the build settles, so a change is never left waiting with no build.
  const startBuilds = (): void => {
    if (running || closed || pending.size === 0) return;
    running = (async () => {
      while (pending.size > 0 && !closed) {
        const changed = [...pending];
        pending = new Set();
        await buildOnce(changed);
      }
    })().finally(() => {
      running = undefined;
      startBuilds();
    });
  };
  const schedule = (file: string): void => {
    if (closed) return;
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(startBuilds, SETTLE_MS);
  };

  const firstBuild = buildOnce([]).finally(() => {
    running = undefined;
    startBuilds();
  });
  running = firstBuild;
  const roots = [path.resolve(options.sourceDir), TEMPLATES_DIR];
  const watcher: FSWatcher = watch(roots, {
    ignoreInitial: true,
    // Polled, not fs.watch: a write right after a failed build was sometimes never reported by
    // fs.watch (the editor's fix then waited for ever); a book's folder is small enough to poll.
    usePolling: true,
    interval: 100,
    binaryInterval: 300,
    // The output folder (often inside the source folder), its staging folders, and dot-files
    // and dot-folders (.git, .cache) inside a watched folder.
    ignored: (file) => isInside(file, outDir) || roots.some((root) => isInside(file, root) && isHidden(path.relative(root, path.resolve(file)))),
  });
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, schedule);
  await Promise.all([new Promise<void>((resolve) => watcher.once('ready', () => resolve())), firstBuild]);
  options.onReady?.();

  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
      await running;
      await removeStaging(outDir);
    },
  };
}

function isHidden(relative: string): boolean {
  return relative.split(/[/\\]/).some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..');
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, path.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Staging folders a killed build may have left beside the output folder (build.ts names them). */
async function removeStaging(outDir: string): Promise<void> {
  const parent = path.dirname(outDir);
  const prefix = `.${path.basename(outDir)}-staging-`;
  const names = await readdir(parent).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => name.startsWith(prefix)).map((name) => rm(path.join(parent, name), { recursive: true, force: true })));
}

/**
 * Cleaned texts by manuscript, in memory, in front of the disk cache. A manuscript's entry is
 * replaced when it changes, so memory holds one cleaned text per manuscript at most.
 */
function memoryCache(disk: CleanCache | undefined): CleanCache {
  const entries = new Map<string, { key: string; value: CleanText }>();
  const keyOf = (m: Manuscript): string => JSON.stringify([m.bodyOffset, m.meta, m.fields, m.raw]);
  return {
    async get(manuscript) {
      const entry = entries.get(manuscript.path);
      const key = keyOf(manuscript);
      if (entry?.key === key) return entry.value;
      const value = await disk?.get(manuscript);
      if (value) entries.set(manuscript.path, { key, value });
      return value;
    },
    async set(manuscript, value) {
      entries.set(manuscript.path, { key: keyOf(manuscript), value });
      await disk?.set(manuscript, value);
    },
  };
}
