/**
 * Cleaned texts, cached by content hash: a rebuild after one manuscript changes cleans only
 * that one. The key is the sha256 of the cleaner's own source code, the dependencies it runs
 * on, and the whole manuscript (path, raw text, front matter). An entry that cannot be read or
 * does not have the expected shape is ignored and rewritten; a cache folder that cannot be
 * written only makes the build slower.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { CleanText, Manuscript } from '../types.ts';

const FORMAT = 1;
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `node_modules/.cache/anthology` of the anthology install, where tools keep their caches. */
export function defaultCacheDir(): string {
  return path.join(PROJECT_ROOT, 'node_modules', '.cache', 'anthology');
}

const place = { line: z.number().int(), column: z.number().int() };
const cleanTextSchema = z.object({
  path: z.string(),
  profile: z.enum(['web', 'pdf-text', 'markdown']),
  markdown: z.string(),
  edits: z.array(
    z.object({ ruleId: z.string(), ...place, old: z.string(), new: z.string(), reason: z.string().optional() }),
  ),
  diagnostics: z.array(
    z.object({
      file: z.string(),
      line: z.number().int().optional(),
      column: z.number().int().optional(),
      severity: z.enum(['error', 'warning', 'info']),
      ruleId: z.string(),
      message: z.string(),
    }),
  ),
});
const entrySchema = z.object({ format: z.literal(FORMAT), key: z.string(), value: cleanTextSchema });

export interface CleanCache {
  /** The cleaned text for a manuscript, when a valid entry exists. */
  get(manuscript: Manuscript): Promise<CleanText | undefined>;
  set(manuscript: Manuscript, value: CleanText): Promise<void>;
}

/** Hash of the cleaner's source files and of the package's dependency list. */
async function cleanerVersion(): Promise<string> {
  const hash = createHash('sha256');
  const cleanDir = path.join(PROJECT_ROOT, 'pipeline', 'clean');
  const files = (await readdir(cleanDir, { recursive: true })).filter((f) => /\.(ts|js|json|txt|dic|aff)$/.test(f)).sort();
  for (const file of files) hash.update(file).update('\0').update(await readFile(path.join(cleanDir, file))).update('\0');
  const pkg = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { dependencies?: unknown };
  hash.update(JSON.stringify(pkg.dependencies ?? {}));
  return hash.digest('hex');
}

export async function openCleanCache(dir: string): Promise<CleanCache> {
  const folder = path.join(dir, 'clean');
  const version = await cleanerVersion();
  const keyOf = (m: Manuscript): string =>
    createHash('sha256')
      .update(version)
      .update('\0')
      .update(JSON.stringify([m.path, m.bodyOffset, m.meta, m.fields]))
      .update('\0')
      .update(m.raw)
      .digest('hex');
  const fileOf = (key: string) => path.join(folder, key.slice(0, 2), `${key}.json`);
  return {
    async get(manuscript) {
      const key = keyOf(manuscript);
      try {
        const entry = entrySchema.safeParse(JSON.parse(await readFile(fileOf(key), 'utf8')));
        return entry.success && entry.data.key === key ? (entry.data.value as CleanText) : undefined;
      } catch {
        return undefined;
      }
    },
    async set(manuscript, value) {
      const key = keyOf(manuscript);
      const file = fileOf(key);
      const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(temporary, JSON.stringify({ format: FORMAT, key, value }));
        await rename(temporary, file);
      } catch {
        // A cache that cannot be written is only a slower build.
      }
    },
  };
}
