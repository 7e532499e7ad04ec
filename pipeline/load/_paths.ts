import { realpath } from 'node:fs/promises';
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Where a source folder's files may lead. A path is judged by where it really leads
 * (`realpath`), not as written: a symlink inside the folder that points at a secret elsewhere
 * must not be published. Folders named with `--allow-outside` are let in explicitly.
 */
export interface SourceBounds {
  /** The source folder and the allowed folders, each resolved through its links. */
  readonly roots: readonly string[];
}

export async function sourceBounds(dir: string, allowOutside: readonly string[] = []): Promise<SourceBounds> {
  const roots = await Promise.all([dir, ...allowOutside].map(async (folder) => realpath(folder).catch(() => path.resolve(folder))));
  return { roots };
}

/** True when `file` (absolute) lies inside `dir` as written: no `..` climbs out of it. */
export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(path.resolve(dir), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

export type Destination =
  | { kind: 'inside'; real: string }
  | { kind: 'outside'; real: string }
  /** Nothing there (or a broken link): the caller reports the file as missing. */
  | { kind: 'missing' };

/** Where `file` leads once every link is followed, and whether that is inside the bounds. */
export async function destinationOf(file: string, bounds: SourceBounds): Promise<Destination> {
  const real = await realpath(file).catch(() => undefined);
  if (real === undefined) return { kind: 'missing' };
  const inside = bounds.roots.some((root) => isInside(root, real));
  return { kind: inside ? 'inside' : 'outside', real };
}

/**
 * Whether a picture's `src`, relative to the page in `dir`, is a file inside the bounds: a page
 * saved “complete” keeps its pictures in a folder beside it. Synchronous: a page names few.
 */
export function localFileCheck(dir: string, bounds: SourceBounds): (src: string) => boolean {
  return (src) => {
    let decoded = src.replace(/[?#].*$/, '');
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      // A stray % is part of the file name.
    }
    try {
      const real = realpathSync(path.resolve(dir, decoded));
      return statSync(real).isFile() && bounds.roots.some((root) => isInside(root, real));
    } catch {
      return false;
    }
  };
}
