/**
 * A new anthology from the starter in templates/init/: anthology.yaml (with the line that
 * points editors at the JSON Schema), an introduction, one example piece that uses every
 * front-matter key, a .gitignore and a release workflow. Returns the files to write; the CLI
 * writes them, and refuses to overwrite any file that exists.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STARTER = path.join(PACKAGE_ROOT, 'templates/init');

/** Starter file → file in the new anthology. */
const FILES: [string, string][] = [
  ['anthology.yaml', 'anthology.yaml'],
  ['introduction.md', 'introduction.md'],
  ['example-piece.md', 'example-piece.md'],
  ['gitignore', '.gitignore'],
  ['.github/workflows/release.yml', '.github/workflows/release.yml'],
];

export interface StarterOptions {
  /** The folder of the new anthology, absolute. */
  dir: string;
  /** The year written as the book's date. */
  year: number;
  /** The book's urn:uuid; random unless given (tests). */
  uuid?: string;
}

/** The schema file shipped in the package, for the `$schema` line. */
export const BOOK_SCHEMA_FILE = path.join(PACKAGE_ROOT, 'schema/anthology.schema.json');

export function starterFiles(options: StarterOptions): { file: string; text: string }[] {
  const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const schema = path.relative(options.dir, BOOK_SCHEMA_FILE).split(path.sep).join('/');
  const values: Record<string, string> = {
    __SCHEMA__: schema,
    __UUID__: options.uuid ?? randomUUID(),
    __YEAR__: String(options.year),
    __PACKAGE__: `${pkg.name}@${pkg.version}`,
  };
  return FILES.map(([from, to]) => ({
    file: to,
    text: readFileSync(path.join(STARTER, from), 'utf8').replace(/__[A-Z]+__/g, (name) => values[name] ?? name),
  }));
}
