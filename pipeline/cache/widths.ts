/**
 * Text widths, kept in the cache folder from one build to the next (`widths.json`): a build
 * measures only the words no earlier build measured. Widths are keyed by the font file's
 * content (see render/pdf/measurer.ts), so another font finds no entries; the file as a whole
 * is keyed by the measuring code and the versions of the packages it runs on. A file that
 * cannot be read or has another key is ignored and rewritten; one that cannot be written only
 * makes the next build slower. Only `build` with a cache folder uses it (`--no-cache` does not).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMeasureCache, type MeasureCache } from '../render/pdf/measurer.ts';

const FORMAT = 1;
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Past this many widths the file starts afresh, so a cache folder shared by many books stays small. */
const MAX_WIDTHS = 1_000_000;

interface WidthsFile {
  format: number;
  key: string;
  /** Table key (font content, size, features, tracking) -> [text, width] pairs. */
  tables: Record<string, [string, number][]>;
}

/** The measuring code and the dependency list (pdfkit's and fontkit's versions among them). */
async function measurerVersion(): Promise<string> {
  const hash = createHash('sha256').update(String(FORMAT));
  for (const file of ['pipeline/render/pdf/measurer.ts', 'package.json']) {
    hash.update(await readFile(path.join(PROJECT_ROOT, file)).catch(() => Buffer.from('')));
  }
  return hash.digest('hex');
}

function fileOf(dir: string): string {
  return path.join(dir, 'widths.json');
}

function count(cache: MeasureCache): number {
  let total = 0;
  for (const table of cache.widths.values()) total += table.size;
  return total;
}

export interface StoredMeasureCache {
  cache: MeasureCache;
  /** Writes the widths back when the build measured new ones. */
  save: () => Promise<void>;
}

export async function openMeasureCache(dir: string): Promise<StoredMeasureCache> {
  const key = await measurerVersion();
  const cache = createMeasureCache();
  try {
    const stored = JSON.parse(await readFile(fileOf(dir), 'utf8')) as WidthsFile;
    if (stored?.format === FORMAT && stored.key === key && stored.tables && typeof stored.tables === 'object') {
      for (const [tableKey, pairs] of Object.entries(stored.tables)) {
        if (!Array.isArray(pairs)) continue;
        const table = new Map<string, number>();
        for (const pair of pairs) {
          if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'number' && Number.isFinite(pair[1])) table.set(pair[0], pair[1]);
        }
        cache.widths.set(tableKey, table);
      }
    }
  } catch {
    // No file yet, or one that is not ours: start afresh.
  }
  const loaded = count(cache);
  return {
    cache,
    async save() {
      const total = count(cache);
      if (total === loaded) return;
      const tables: WidthsFile['tables'] = {};
      if (total <= MAX_WIDTHS) for (const [tableKey, table] of cache.widths) tables[tableKey] = [...table];
      const file = fileOf(dir);
      const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(temporary, JSON.stringify({ format: FORMAT, key, tables } satisfies WidthsFile));
        await rename(temporary, file);
      } catch {
        // A cache that cannot be written is only a slower build.
      }
    },
  };
}
