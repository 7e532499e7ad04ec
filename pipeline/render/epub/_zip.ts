import { zipSync, type Zippable } from 'fflate';

const MIMETYPE = 'mimetype';

/** Entries a reading system looks for first; the rest follow in code-point order of their paths. */
const LEADING_ENTRIES = [MIMETYPE, 'META-INF/container.xml', 'OEBPS/content.opf'];

/** DOS time in a zip cannot go below 1980 or beyond 2107; fflate accepts 1980–2099. */
const EARLIEST_ZIP_TIME = Date.UTC(1980, 0, 1);
const LATEST_ZIP_TIME = Date.UTC(2099, 11, 31, 23, 59, 58);

/**
 * Deflate level of the other entries: the smallest. Level 1 would pack a long book's EPUB in
 * about a third less time (45 ms at 10x the anthology) for a file about a tenth larger; a
 * reader downloads and stores the file many times more often than we build it.
 */
const DEFLATE_LEVEL = 9;

/**
 * The final EPUB container: `mimetype` first and stored, as OCF requires, the other
 * entries deflated in a fixed order with one fixed time, so the same files always give
 * the same bytes.
 */
export function packageEpub(files: Readonly<Record<string, Uint8Array>>, modified: string): Uint8Array {
  if (!(MIMETYPE in files)) throw new Error('epub-gen-memory produced no mimetype entry');
  const mtime = zipEntryTime(modified);
  const archive: Zippable = {};
  for (const path of entryOrder(Object.keys(files))) {
    archive[path] = [files[path]!, { level: path === MIMETYPE ? 0 : DEFLATE_LEVEL, mtime }];
  }
  return zipSync(archive);
}

function entryOrder(paths: readonly string[]): string[] {
  const leading = LEADING_ENTRIES.filter((path) => paths.includes(path));
  const rest = paths.filter((path) => !LEADING_ENTRIES.includes(path)).sort(byCodePoint);
  return [...leading, ...rest];
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * fflate writes an entry's time from the local-time fields of a Date. Building the Date
 * from the UTC fields of `modified` makes those fields, and so the bytes, the same in
 * every time zone. A wall-clock time that a daylight-saving jump skips locally would
 * shift by an hour; noon of the same day exists everywhere and stands in for it.
 */
export function zipEntryTime(modified: string): Date {
  const instant = new Date(modified).getTime();
  if (Number.isNaN(instant)) throw new Error(`book.meta.modified is not a date: ${modified}`);
  const utc = new Date(Math.min(Math.max(instant, EARLIEST_ZIP_TIME), LATEST_ZIP_TIME));
  const [year, month, day] = [utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate()];
  const local = new Date(year, month, day, utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
  const sameWallClock = local.getHours() === utc.getUTCHours() && local.getMinutes() === utc.getUTCMinutes();
  return sameWallClock ? local : new Date(year, month, day, 12);
}
