import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import type { Diagnostic, EditRecord, Manuscript, PieceMeta, Place, SectionRole, TextFormat } from '../types.ts';
import { AnthologyError, diagnostic, hasErrors, lineStarts, placeOf } from '../diagnostics.ts';
import { decodeSource } from './_decode.ts';
import { parsePositionedYaml, placeOfPath, type PositionedYaml } from './_yaml.ts';
import { suggestKey } from '../suggest.ts';
import { repairMojibake } from './_mojibake.ts';
import { destinationOf, isInside, localFileCheck, sourceBounds, type SourceBounds } from './_paths.ts';
import { detectKind, type InputKind } from '../read/detect.ts';
import type { SourcePlaces } from '../read/_places.ts';
import { vaguerLanguage } from '../languages.ts';
import {
  BOOK_KEYS,
  PIECE_KEYS,
  PRINT_KEYS,
  SOURCE_KEYS,
  bookSchema,
  limitsOf,
  pieceSchema,
  type BookConfig,
  type Limits,
  type PieceFrontMatter,
} from './schema.ts';

export type { BookConfig, Limits } from './schema.ts';
export { limitsOf } from './schema.ts';
export { repairMojibake, placeBeforeRepairs, type MojibakeRepair, type MojibakeResult } from './_mojibake.ts';

export interface ContentsItem {
  file: string;
  part?: string;
  /** Front-matter keys written on the entry (`- file: pamphlet.pdf` with `title:` beneath). */
  fields?: Record<string, unknown>;
  /** The entry's key path in anthology.yaml (`contents.3`, `contents.1.contents.0`), for places. */
  key: string;
}

export interface LoadedSource {
  dir: string;
  configPath: string;
  /** anthology.yaml as read (decoded), to place messages about its values. */
  configText: string;
  config: BookConfig;
  /** Where each key of anthology.yaml sits. */
  configPlaces: Record<string, Place>;
  manuscripts: Manuscript[];
  parts: (string | undefined)[];
  /**
   * Decoding repairs made at load (mojibake undone), per manuscript path, placed in the file
   * as read. `Manuscript.raw` holds the repaired text; the report lists these as edits.
   */
  repairs: Record<string, EditRecord[]>;
  /** Warnings and infos (errors throw). */
  diagnostics: Diagnostic[];
  /**
   * For a manuscript read from HTML, PDF or DOCX: what its reader left out, placed in that
   * file. `Manuscript.raw` then holds the Markdown the reader made.
   */
  reads?: Record<string, EditRecord[]>;
  /** Where each block of a read file's Markdown stands in the file, by the manuscript's path. */
  readPlaces?: Record<string, SourcePlaces>;
}

const CONFIG_FILE = 'anthology.yaml';
const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

/** Shows paths relative to the working directory, as editors and terminals link them. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}

/**
 * Reads a source folder: anthology.yaml and every file its contents name.
 * Reports every problem found, not only the first; throws AnthologyError when any is an error.
 */
export interface LoadOptions {
  /** Folders outside the source folder that its links may lead into (`--allow-outside`). */
  allowOutside?: readonly string[];
}

export async function loadSource(dir: string, options: LoadOptions = {}): Promise<LoadedSource> {
  const configFile = path.join(dir, CONFIG_FILE);
  const configPath = displayPath(configFile);
  const bounds = await sourceBounds(dir, options.allowOutside);
  const configLeads = await destinationOf(configFile, bounds);
  if (configLeads.kind === 'outside') {
    throw new AnthologyError([leadsOutside(configPath, configLeads.real, { line: 1, column: 1 })]);
  }
  const configBytes = await readFile(configFile).catch(() => undefined);
  if (!configBytes) {
    throw new AnthologyError([diagnostic(displayPath(dir), 'error', 'load/no-config', `Missing ${CONFIG_FILE} in the source folder`)]);
  }
  const decoded = decodeSource(configBytes, configPath);
  const yaml = decoded.diagnostics.some((d) => d.severity === 'error')
    ? { data: undefined, places: {}, diagnostics: [] }
    : parsePositionedYaml(repairText(decoded.text.replace(/^\uFEFF/, ''), configPath, decoded.diagnostics), configPath);
  const diagnostics = [...decoded.diagnostics, ...yaml.diagnostics];
  if (hasErrors(diagnostics)) throw new AnthologyError(diagnostics);

  const config = validateConfig(yaml, configPath, diagnostics);
  if (!config) throw new AnthologyError(diagnostics);

  const items = flattenContents(config.contents);
  const { pieces: maxPieces } = limitsOf(config);
  if (items.length > maxPieces) {
    const place = yaml.places['contents'] ?? { line: 1, column: 1 };
    diagnostics.push(
      diagnostic(configPath, 'error', 'limit/pieces', `Unexpected ${items.length} files in contents, expected at most ${maxPieces} (raise limits.pieces in ${CONFIG_FILE} if the book needs more)`, place),
    );
    throw new AnthologyError(diagnostics);
  }
  const manuscripts: Manuscript[] = [];
  const repairs: Record<string, EditRecord[]> = {};
  const parts: (string | undefined)[] = [];
  // Which entries name a file to read is known before any is read, so reads can run ahead.
  const seen = new Set<string>();
  const readEdits: Record<string, EditRecord[]> = {};
  const readPlaces: Record<string, SourcePlaces> = {};
  const entries = items.map((item) => {
    const place = yaml.places[item.key] ?? yaml.places['contents'] ?? { line: 1, column: 1 };
    const absolute = path.resolve(dir, item.file);
    if (!isInside(dir, absolute)) {
      return { item, place, refused: diagnostic(configPath, 'error', 'load/outside-source', `Unexpected path “${item.file}” outside the source folder`, place) };
    }
    if (seen.has(absolute)) {
      return { item, place, refused: diagnostic(configPath, 'error', 'load/duplicate-entry', `Unexpected second entry for “${item.file}” in contents`, place) };
    }
    seen.add(absolute);
    return { item, place, absolute };
  });
  const reads = prefetched(entries.map((entry) => (entry.absolute === undefined ? undefined : () => readSourceFile(entry.absolute, bounds))));
  for (const [index, { item, place, absolute, refused }] of entries.entries()) {
    if (refused || absolute === undefined) {
      if (refused) diagnostics.push(refused);
      continue;
    }
    const read = (await reads(index))!;
    if (read.kind === 'outside') {
      diagnostics.push(leadsOutside(configPath, read.real, place, item.file));
      continue;
    }
    if (read.kind === 'missing') {
      diagnostics.push(diagnostic(configPath, 'error', 'load/missing-file', `Missing file “${item.file}” named in contents`, place));
      continue;
    }
    if (read.kind === 'too-large') {
      diagnostics.push(diagnostic(displayPath(absolute), 'error', 'load/too-large', `Unexpected file of ${read.size} bytes, expected at most ${MAX_SOURCE_BYTES}`));
      continue;
    }
    if (read.kind === 'unreadable') {
      diagnostics.push(diagnostic(displayPath(absolute), 'error', 'load/unreadable', `Unexpected ${read.code} reading the file`));
      continue;
    }
    const detection = detectKind(read.bytes, displayPath(absolute));
    diagnostics.push(...detection.diagnostics);
    if (hasErrors(detection.diagnostics)) continue;
    if (detection.kind !== 'text') {
      const fromReader = await readManuscript(read.bytes, absolute, detection.kind as Exclude<InputKind, 'text'>, item, { configPath, places: yaml.places, limits: limitsOf(config), language: config.language }, diagnostics, bounds);
      if (fromReader) {
        readEdits[fromReader.manuscript.path] = fromReader.edits;
        if (fromReader.places) readPlaces[fromReader.manuscript.path] = fromReader.places;
        manuscripts.push(fromReader.manuscript);
        parts.push(item.part);
      }
      continue;
    }
    if (item.fields) {
      diagnostics.push(
        diagnostic(configPath, 'warning', 'load/entry-fields', `Unexpected front-matter keys on the entry for “${item.file}”, a text file: write them in its own front matter (ignored)`, place),
      );
    }
    const fileRepairs: EditRecord[] = [];
    const manuscript = parseManuscript(read.bytes, displayPath(absolute), diagnostics, fileRepairs);
    if (manuscript) {
      if (fileRepairs.length > 0) repairs[manuscript.path] = fileRepairs;
      manuscripts.push(manuscript);
      parts.push(item.part);
    }
  }
  if (hasErrors(diagnostics)) throw new AnthologyError(diagnostics);
  return { dir, configPath, configText: decoded.text.replace(/^\uFEFF/, ''), config, configPlaces: yaml.places, manuscripts, parts, repairs, diagnostics, ...(Object.keys(readEdits).length ? { reads: readEdits } : {}), ...(Object.keys(readPlaces).length ? { readPlaces } : {}) };
}

/** One source of front-matter keys, with the file and places its messages point at. */
interface FieldSource {
  data: Record<string, unknown>;
  file: string;
  places: Record<string, Place>;
  /** Prefix of `data`'s keys in `places`. */
  prefix: string;
}

/**
 * A file that cannot carry front matter (HTML, PDF, DOCX): read by its reader into Markdown,
 * with front matter from, in rising order of precedence, what the document says about itself,
 * the file's entry in anthology.yaml, and a sidecar `NAME.yaml` beside it. Keys the editor wrote
 * are validated where they are written; the report says which values came from the document.
 */
async function readManuscript(
  bytes: Uint8Array,
  absolute: string,
  kind: Exclude<InputKind, 'text'>,
  item: ContentsItem,
  config: { configPath: string; places: Record<string, Place>; limits: Limits; language?: string },
  diagnostics: Diagnostic[],
  bounds: SourceBounds,
): Promise<{ manuscript: Manuscript; edits: EditRecord[]; places?: SourcePlaces } | undefined> {
  const file = displayPath(absolute);
  const { readInput, readOptionsOf } = await import('../read/index.ts');
  const read = await readInput(bytes, file, kind, { ...readOptionsOf(config.limits), localImage: localFileCheck(path.dirname(absolute), bounds) });
  diagnostics.push(...read.diagnostics);
  if (hasErrors(read.diagnostics)) return undefined;

  const sources: FieldSource[] = [];
  if (item.fields) sources.push({ data: item.fields, file: config.configPath, places: config.places, prefix: `${item.key}.` });
  const sidecarFile = absolute.slice(0, absolute.length - path.extname(absolute).length) + '.yaml';
  const sidecarLeads = await destinationOf(sidecarFile, bounds);
  if (sidecarLeads.kind === 'outside') {
    diagnostics.push(leadsOutside(displayPath(sidecarFile), sidecarLeads.real, { line: 1, column: 1 }));
    return undefined;
  }
  const sidecarBytes = await readFile(sidecarFile).catch(() => undefined);
  if (sidecarBytes) {
    const sidecarPath = displayPath(sidecarFile);
    const decoded = decodeSource(sidecarBytes, sidecarPath);
    const yaml = hasErrors(decoded.diagnostics) ? undefined : parsePositionedYaml(decoded.text.replace(/^\uFEFF/, ''), sidecarPath);
    diagnostics.push(...decoded.diagnostics, ...(yaml?.diagnostics ?? []));
    if (!yaml || hasErrors(yaml.diagnostics)) return undefined;
    if (yaml.data !== null && yaml.data !== undefined && !isPlainObject(yaml.data)) {
      diagnostics.push(diagnostic(sidecarPath, 'error', 'schema/not-a-mapping', 'Unexpected content, expected a YAML mapping of front-matter keys', { line: 1, column: 1 }));
      return undefined;
    }
    sources.push({ data: (yaml.data ?? {}) as Record<string, unknown>, file: sidecarPath, places: yaml.places, prefix: '' });
  }
  for (const source of sources) {
    const data = Object.fromEntries(Object.entries(source.data).filter(([key]) => key !== 'file'));
    warnUnknownKeys(data, PIECE_KEYS, source.prefix.replace(/\.$/, ''), source.places, source.file, diagnostics);
  }

  const fromDocument: Record<string, unknown> = {};
  const { title, subtitle, author, date, publication, url, language } = read.meta;
  if (title) fromDocument.title = title;
  if (subtitle) fromDocument.subtitle = subtitle;
  if (author) fromDocument.author = author;
  // The document's language drives its hyphenation, quotes and spelling, unless it only names
  // the book's language less precisely (a page's `lang="en"` in an `en-GB` book).
  if (language && !vaguerLanguage(language, config.language)) fromDocument.language = language;
  const documentSource = Object.fromEntries(Object.entries({ publication, date, url }).filter(([, v]) => v !== undefined));
  if (Object.keys(documentSource).length) fromDocument.source = documentSource;
  const written = sources.map((s) => Object.fromEntries(Object.entries(s.data).filter(([key]) => key !== 'file')));
  const merged: Record<string, unknown> = { ...fromDocument, ...Object.assign({}, ...written) };
  // The source block merges key by key: the editor may name the publication and keep the page's URL.
  const sourceBlocks = [fromDocument.source, ...written.map((w) => w.source)].filter(isPlainObject);
  if (sourceBlocks.length) merged.source = Object.assign({}, ...sourceBlocks);
  merged.format = 'markdown';

  const result = pieceSchema.safeParse(merged);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keyPath = issue.path.map(String);
      const owner = [...sources].reverse().find((s) => valueAt(s.data, issue.path) !== undefined);
      const missing = valueAt(merged, issue.path) === undefined;
      const message = describeIssue(issue, keyPath, missing);
      if (owner) {
        const place = placeOfPath(owner.places, [...owner.prefix.split('.').filter(Boolean), ...keyPath], { line: 1, column: 1 });
        diagnostics.push(diagnostic(owner.file, 'error', missing ? 'schema/missing-key' : 'schema/invalid-value', message, place));
      } else {
        const hint = missing ? `: the document does not state it; give it in ${path.basename(sidecarFile)} beside the file, or under “file: ${item.file}” in contents` : ' (as the document states it)';
        diagnostics.push(diagnostic(file, 'error', missing ? 'schema/missing-key' : 'schema/invalid-value', message + hint, { line: 1, column: 1 }));
      }
    }
    return undefined;
  }
  if (read.markdown.trim() === '') {
    diagnostics.push(diagnostic(file, 'error', 'load/empty-body', 'Unexpected document with no text in it', { line: 1, column: 1 }));
    return undefined;
  }
  const editorKeys = new Set(written.flatMap((w) => Object.keys(w)));
  for (const [key, origin] of Object.entries(read.metaOrigins)) {
    const topKey = key === 'title' || key === 'subtitle' || key === 'author' || key === 'language' ? key : 'source';
    const value = read.meta[key as keyof typeof read.meta];
    if (key === 'language' && fromDocument.language === undefined) continue;
    const editorWrote = topKey === 'source' ? written.some((w) => isPlainObject(w.source) && key in w.source) : editorKeys.has(topKey);
    if (!editorWrote && value !== undefined) {
      diagnostics.push(diagnostic(file, 'info', 'read/from-document', `${key} “${value}” taken from the document (${origin})`));
    }
  }
  const front = result.data;
  const manuscript: Manuscript = { path: file, raw: read.markdown, body: read.markdown, bodyOffset: 0, meta: toPieceMeta(front, file), fields: {} };
  return { manuscript, edits: read.edits, ...(read.places ? { places: read.places } : {}) };
}

type SourceRead =
  | { kind: 'missing' }
  | { kind: 'outside'; real: string }
  | { kind: 'too-large'; size: number }
  | { kind: 'unreadable'; code: string }
  | { kind: 'read'; bytes: Uint8Array };

/** A manuscript's bytes, unless it is missing, leads outside the source, is too large to read or unreadable. */
async function readSourceFile(file: string, bounds: SourceBounds): Promise<SourceRead> {
  const leads = await destinationOf(file, bounds);
  if (leads.kind === 'missing') return { kind: 'missing' };
  if (leads.kind === 'outside') return { kind: 'outside', real: leads.real };
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return { kind: 'missing' };
  if (info.size > MAX_SOURCE_BYTES) return { kind: 'too-large', size: info.size };
  try {
    return { kind: 'read', bytes: await readFile(file) };
  } catch (error) {
    return { kind: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'error' };
  }
}

/** Files read ahead of the one being parsed: enough to keep the disk busy, few enough to stay far from the open-file limit. */
const READ_AHEAD = 16;

/**
 * A getter of each task's result in turn: asking for task `i` starts every task up to
 * `i + READ_AHEAD`, so the files ahead are read while this one is parsed (one read after the
 * other, the load would wait on each file in turn).
 */
function prefetched<T>(tasks: readonly ((() => Promise<T>) | undefined)[]): (index: number) => Promise<T> | undefined {
  const started: (Promise<T> | undefined)[] = [];
  let next = 0;
  return (index) => {
    for (; next < tasks.length && next <= index + READ_AHEAD; next++) started[next] = tasks[next]?.();
    return started[index];
  };
}

function flattenContents(contents: BookConfig['contents']): ContentsItem[] {
  const item = (entry: string | { file: string }, key: string, part?: string): ContentsItem => {
    const base = typeof entry === 'string' ? { file: entry, key } : { file: entry.file, key, fields: entry as Record<string, unknown> };
    return part === undefined ? base : { ...base, part };
  };
  return contents.flatMap((entry, i) =>
    typeof entry === 'string' || 'file' in entry
      ? [item(entry as string | { file: string }, `contents.${i}`)]
      : entry.contents.map((file, j) => item(file, `contents.${i}.contents.${j}`, entry.part)),
  );
}

/** A link (or a path through a linked folder) that leads out of the source folder. */
function leadsOutside(file: string, real: string, place: Place, written?: string): Diagnostic {
  const what = written === undefined ? 'File' : `Path “${written}”`;
  return diagnostic(
    file,
    'error',
    'load/outside-source',
    `Unexpected link: ${what} leads outside the source folder, to “${real}”; move the file into the folder, or allow its folder with --allow-outside`,
    place,
  );
}

function validateConfig(yaml: PositionedYaml, file: string, diagnostics: Diagnostic[]): BookConfig | undefined {
  if (!isPlainObject(yaml.data)) {
    diagnostics.push(diagnostic(file, 'error', 'schema/not-a-mapping', 'Unexpected content, expected a YAML mapping of keys', { line: 1, column: 1 }));
    return undefined;
  }
  warnUnknownKeys(yaml.data, BOOK_KEYS, '', yaml.places, file, diagnostics);
  if (isPlainObject(yaml.data.print)) warnUnknownKeys(yaml.data.print, PRINT_KEYS, 'print', yaml.places, file, diagnostics);
  return validate(bookSchema, yaml, file, diagnostics);
}

/**
 * Splits front matter from body with gray-matter (parsing its YAML with positions),
 * validates it, and records where the body starts so edits can be reported as file:line:column.
 */
export function parseManuscript(
  bytes: Uint8Array,
  file: string,
  diagnostics: Diagnostic[],
  repairs: EditRecord[] = [],
): Manuscript | undefined {
  const decoded = decodeSource(bytes, file);
  diagnostics.push(...decoded.diagnostics);
  if (decoded.diagnostics.some((d) => d.severity === 'error')) return undefined;
  const raw = repairText(decoded.text.replace(/^\uFEFF/, ''), file, diagnostics, repairs);

  const opening = /^---[ \t]*\r?\n/.exec(raw);
  if (!opening) {
    diagnostics.push(
      diagnostic(file, 'error', 'frontmatter/missing', 'Missing front matter, expected a block opened and closed by “---” with at least title and author', {
        line: 1,
        column: 1,
      }),
    );
    return undefined;
  }
  const closing = /^---[ \t]*(\r?\n|$)/m;
  const rest = raw.slice(opening[0].length);
  const close = closing.exec(rest);
  if (!close) {
    diagnostics.push(diagnostic(file, 'error', 'frontmatter/unclosed', 'Unexpected end of file: the front matter opened on line 1 never closes with “---”', { line: 1, column: 1 }));
    return undefined;
  }

  let yaml: PositionedYaml = { data: {}, places: {}, diagnostics: [] };
  const parsed = matter(raw, {
    engines: {
      yaml: {
        // gray-matter hands over the text from the end of the opening "---", so its line 1 is the file's line 1.
        // With CRLF line ends it ends on the closing line's “\r”, which YAML would keep in the last value.
        parse: (text: string) => {
          yaml = parsePositionedYaml(text.replace(/\r$/, ''), file, 1);
          return (isPlainObject(yaml.data) ? yaml.data : {}) as object;
        },
        stringify: () => '',
      },
    },
  });
  diagnostics.push(...yaml.diagnostics);
  if (yaml.diagnostics.some((d) => d.severity === 'error')) return undefined;
  if (yaml.data !== undefined && yaml.data !== null && !isPlainObject(yaml.data)) {
    diagnostics.push(diagnostic(file, 'error', 'schema/not-a-mapping', 'Unexpected front matter, expected a YAML mapping of keys', { line: 2, column: 1 }));
    return undefined;
  }
  const data = (yaml.data ?? {}) as Record<string, unknown>;
  warnUnknownKeys(data, PIECE_KEYS, '', yaml.places, file, diagnostics);
  if (isPlainObject(data.source)) warnUnknownKeys(data.source, SOURCE_KEYS, 'source', yaml.places, file, diagnostics);
  const front = validate(pieceSchema, { ...yaml, data }, file, diagnostics);

  const body = parsed.content;
  const bodyOffset = raw.length - body.length;
  if (!raw.endsWith(body)) throw new Error(`internal: body of ${file} is not a suffix of the file`);
  if (!front) return undefined;
  if (body.trim() === '') {
    diagnostics.push(diagnostic(file, 'error', 'load/empty-body', 'Unexpected empty text after the front matter', placeOfOffset(raw, bodyOffset)));
    return undefined;
  }
  checkCorrections(front, body, bodyOffset, raw, yaml.places, file, diagnostics);
  warnReplacementCharacters(raw, bodyOffset, file, diagnostics);
  if (!checkLongWords(front, body, bodyOffset, raw, file, diagnostics)) return undefined;
  return { path: file, raw, body, bodyOffset, meta: toPieceMeta(front, file), fields: yaml.places };
}

/** Warnings shown per file before the rest are summed up (the report lists every repair). */
const MAX_REPAIR_WARNINGS = 10;

/** Undoes mojibake, warning at each place in the file as read and recording each repair. */
function repairText(text: string, file: string, diagnostics: Diagnostic[], repairs: EditRecord[] = []): string {
  const result = repairMojibake(text);
  if (result.repairs.length === 0) return text;
  const starts = lineStarts(text);
  for (const [index, repair] of result.repairs.entries()) {
    const place = placeOf(starts, repair.offset);
    repairs.push({ ruleId: 'load/mojibake', ...place, old: repair.old, new: repair.new, reason: 'UTF-8 text once decoded as Windows-1252' });
    if (index < MAX_REPAIR_WARNINGS) {
      diagnostics.push(
        diagnostic(file, 'warning', 'load/mojibake', `Unexpected “${repair.old}” (UTF-8 read as Windows-1252): repaired to “${repair.new}”`, place),
      );
    }
  }
  const more = result.repairs.length - MAX_REPAIR_WARNINGS;
  if (more > 0) {
    diagnostics.push(diagnostic(file, 'warning', 'load/mojibake', `Unexpected mojibake: ${more} more repaired, listed in the report`));
  }
  return result.text;
}

function toPieceMeta(front: PieceFrontMatter, file: string): PieceMeta {
  const role = (front.role as SectionRole | undefined) ?? (path.basename(file, path.extname(file)) === 'introduction' ? 'introduction' : 'piece');
  return {
    title: front.title,
    titleSupplied: front.title_supplied,
    ...(front.subtitle !== undefined ? { subtitle: front.subtitle } : {}),
    author: front.author,
    ...(front.translator !== undefined ? { translator: front.translator } : {}),
    ...(front.editor !== undefined ? { editor: front.editor } : {}),
    role,
    source: front.source,
    format: front.format as TextFormat | undefined,
    language: front.language,
    note: front.note,
    corrections: front.corrections,
  };
}

/** A correction that matches nothing is a stale fix: say so where it is written. */
function checkCorrections(
  front: PieceFrontMatter,
  body: string,
  bodyOffset: number,
  raw: string,
  places: Record<string, Place>,
  file: string,
  diagnostics: Diagnostic[],
): void {
  front.corrections.forEach((correction, index) => {
    if (!body.includes(correction.find)) {
      const place = placeOfPath(places, ['corrections', index], placeOfOffset(raw, bodyOffset));
      diagnostics.push(diagnostic(file, 'error', 'corrections/not-found', `Unexpected correction: “${correction.find}” does not occur in the text`, place));
    }
  });
}

/**
 * U+FFFD in a file that decoded cleanly was put there by an earlier lossy conversion: the
 * character it replaced is lost, and only the editor can restore it.
 */
function warnReplacementCharacters(raw: string, bodyOffset: number, file: string, diagnostics: Diagnostic[]): void {
  const first = raw.indexOf('\uFFFD', bodyOffset);
  if (first === -1) return;
  const starts = lineStarts(raw);
  let count = 0;
  for (let at = first; at !== -1; at = raw.indexOf('\uFFFD', at + 1)) {
    if (++count <= MAX_REPAIR_WARNINGS) {
      diagnostics.push(
        diagnostic(file, 'warning', 'load/replacement-character', 'Unexpected “\uFFFD” (a character lost in an earlier conversion): restore it with a correction', placeOf(starts, at)),
      );
    }
  }
  if (count > MAX_REPAIR_WARNINGS) {
    diagnostics.push(diagnostic(file, 'warning', 'load/replacement-character', `Unexpected “\uFFFD”: ${count - MAX_REPAIR_WARNINGS} more in the file`));
  }
}

/**
 * No language has words of a thousand letters: such a run is pasted data (an inline image,
 * a minified script) that no line of the book can hold, and that the spelling checks would
 * spend minutes on. Refused, unless a correction replaces it.
 */
const MAX_WORD = 1000;
const IDEOGRAPHIC = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]/;

function checkLongWords(front: PieceFrontMatter, body: string, bodyOffset: number, raw: string, file: string, diagnostics: Diagnostic[]): boolean {
  if (!hasRunLongerThan(body, MAX_WORD)) return true;
  const pattern = new RegExp(`\\S{${MAX_WORD + 1},}`, 'g');
  const corrected = front.corrections.reduce((text, c) => text.split(c.find).join(c.replace), body);
  let starts: number[] | undefined;
  let found = 0;
  for (const match of body.matchAll(pattern)) {
    if (!corrected.includes(match[0])) continue;
    // Chinese and Japanese are written without spaces, and a line may break between any two
    // of their characters: a run of them is a long sentence, not pasted data.
    if (!match[0].split(IDEOGRAPHIC).some((part) => part.length > MAX_WORD)) continue;
    starts ??= lineStarts(raw);
    const shown = `${match[0].slice(0, 20)}…`;
    diagnostics.push(
      diagnostic(
        file,
        'error',
        'load/long-word',
        `Unexpected run of ${match[0].length} characters without a space (“${shown}”), expected at most ${MAX_WORD}: break it up, or replace it with a correction`,
        placeOf(starts, bodyOffset + match.index),
      ),
    );
    if (++found === 10) break;
  }
  return found === 0;
}

const WHITE_SPACE = /\s/;

/**
 * Whether `text` holds more than `max` consecutive non-white-space code units (as `\S` counts
 * them). Any such run covers a multiple of `max`, so only those offsets are probed and the
 * run around each is measured: a few characters per probe in prose, where a regular
 * expression would try a match at every offset.
 */
function hasRunLongerThan(text: string, max: number): boolean {
  for (let probe = 0; probe < text.length; probe += max) {
    if (WHITE_SPACE.test(text[probe]!)) continue;
    let start = probe;
    while (start > 0 && !WHITE_SPACE.test(text[start - 1]!)) start--;
    let end = probe + 1;
    while (end < text.length && !WHITE_SPACE.test(text[end]!)) end++;
    if (end - start > max) return true;
  }
  return false;
}

function validate<T extends z.ZodType>(schema: T, yaml: PositionedYaml, file: string, diagnostics: Diagnostic[]): z.infer<T> | undefined {
  const result = schema.safeParse(yaml.data);
  if (result.success) return result.data;
  const fallback = { line: 1, column: 1 };
  for (const issue of result.error.issues) {
    const keyPath = issue.path.map(String);
    const place = placeOfPath(yaml.places, keyPath, fallback);
    // zod does not keep the input on its issues: a key is missing when the data has nothing there.
    const missing = valueAt(yaml.data, issue.path) === undefined;
    diagnostics.push(diagnostic(file, 'error', missing ? 'schema/missing-key' : 'schema/invalid-value', describeIssue(issue, keyPath, missing), place));
  }
  return undefined;
}

function valueAt(data: unknown, keyPath: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of keyPath) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, keyPath: string[], missing: boolean): string {
  const key = keyPath.join('.') || '(root)';
  if (missing) return `Missing required key “${key}”`;
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `Unexpected value for “${key}”, expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'invalid_type') return `Unexpected value for “${key}”, expected ${issue.expected}`;
  if (issue.code === 'invalid_union') return `Unexpected value for “${key}”`;
  return `Unexpected value for “${key}”: ${issue.message}`;
}

function warnUnknownKeys(
  data: Record<string, unknown>,
  known: readonly string[],
  prefix: string,
  places: Record<string, Place>,
  file: string,
  diagnostics: Diagnostic[],
): void {
  for (const key of Object.keys(data)) {
    if (known.includes(key)) continue;
    const full = prefix ? `${prefix}.${key}` : key;
    const suggestion = suggestKey(key, known);
    const hint = suggestion ? `: did you mean ${suggestion}?` : ` (known keys: ${known.join(', ')})`;
    diagnostics.push(diagnostic(file, 'warning', 'schema/unknown-key', `Unknown key ${key}${hint} (ignored)`, places[full] ?? { line: 1, column: 1 }));
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function placeOfOffset(text: string, offset: number): Place {
  return placeOf(lineStarts(text), offset);
}
