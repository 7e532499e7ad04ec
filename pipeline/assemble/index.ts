import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';
import type { Book, BookImage, BookMeta, Manuscript, PieceCredit, Section, SourceEntry, SourceInfo } from '../types.ts';
import type { BookConfig } from '../load/schema.ts';
import { fillTemplate, formatDate, joinNames, slugify } from './_text.ts';
import { printSettings } from './_print.ts';
import { smarten } from '../parse/typography.ts';

export { slugify } from './_text.ts';

/** Wording of front and back matter, from templates/book-text.yaml. */
export interface BookText {
  rights: string;
  copyright: string[];
  sourcesTitle: string;
  /** “Translated by {translator}”. */
  translatedBy: string;
  /** “Edited by {editor}”, under a piece's author (the book's editors are on its title page). */
  pieceEditedBy: string;
  colophon: string[];
}

export function loadBookText(): BookText {
  const file = new URL('../../templates/book-text.yaml', import.meta.url);
  return parseYaml(readFileSync(file, 'utf8')) as BookText;
}

export interface ParsedPiece {
  manuscript: Manuscript;
  part?: string;
  tree: Root;
}

export interface AssembleInput {
  config: BookConfig;
  pieces: ParsedPiece[];
  /** The build's instant: SOURCE_DATE_EPOCH when set, so outputs are reproducible. */
  modified: Date;
  text: BookText;
  /** The pictures the trees' image nodes point at (pipeline/images). */
  images?: BookImage[];
}

/** Config, parsed pieces and wording → the frozen Book that every renderer reads. */
export function assembleBook({ config, pieces, modified, text, images }: AssembleInput): Book {
  const ids = new Set<string>();
  const sections = pieces.map((piece, index) => toSection(piece, index, ids, config.language, text));
  const meta = bookMeta(config, modified, text);
  const pieceCount = sections.filter((s) => s.role === 'piece').length;
  const values = {
    title: meta.title,
    subtitleLine: meta.subtitle ? `: ${meta.subtitle}` : '',
    editors: joinNames(meta.editors),
    publisher: meta.publisher ?? joinNames(meta.editors),
    year: meta.date.slice(0, 4),
    rights: meta.rights,
    identifier: meta.identifier,
    modified: formatDate(meta.modified.slice(0, 10)),
    pieces: String(pieceCount),
    // "the raw text" for one piece ("the 1 raw texts" read as a slip), "the 5 raw texts" for more.
    theRawTexts: pieceCount === 1 ? 'the raw text' : `the ${pieceCount} raw texts`,
  };
  const book: Book = {
    meta,
    print: printSettings(config.print),
    front: { copyright: text.copyright.map((line) => fillTemplate(line, values)) },
    sections,
    back: {
      sourcesTitle: text.sourcesTitle,
      sources: sections.filter((s) => s.role === 'piece').map(sourceEntry),
      colophon: text.colophon.map((line) => fillTemplate(line, values)),
    },
    ...(images && images.length > 0 ? { images } : {}),
  };
  return deepFreeze(book);
}

function bookMeta(config: BookConfig, modified: Date, text: BookText): BookMeta {
  const modifiedIso = modified.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    title: smarten(config.title, config.language),
    subtitle: config.subtitle === undefined ? undefined : smarten(config.subtitle, config.language),
    language: config.language,
    editors: config.editors,
    identifier: config.identifier ?? stableIdentifier(config),
    publisher: config.publisher,
    date: config.date ?? modifiedIso.slice(0, 4),
    modified: modifiedIso,
    rights: smarten(config.rights ?? text.rights.trim(), config.language),
    description: smarten(config.description ?? `${config.title}: an anthology edited by ${joinNames(config.editors)}.`),
    subjects: config.subjects,
    slug: bookSlug(config),
  };
}

/** The name of the output files: `slug:` in anthology.yaml, else from the title. */
export function bookSlug(config: BookConfig): string {
  return config.slug ?? (slugify(config.title) || identifierSlug(config.identifier ?? '', stableIdentifier(config)));
}

/** `urn:uuid:1b4e28ba-…` → `book-1b4e28ba`; `urn:isbn:9780…` → `book-9780…`: for a title no letter of which transliterates. */
function identifierSlug(identifier: string, stable: string): string {
  const core = (value: string): string => {
    const bare = value.replace(/^urn:[a-z]+:/i, '').toLowerCase();
    return /^[0-9a-f]{8}-/.test(bare) ? bare.slice(0, 8) : bare.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  };
  return `book-${core(identifier) || core(stable)}`;
}

/**
 * A urn:uuid that stays the same from build to build (a name-based UUID over title and editors),
 * for books whose config sets no identifier: a random one would make every build a new book.
 */
function stableIdentifier(config: BookConfig): string {
  const hash = createHash('sha1').update(`anthology\0${config.title}\0${config.editors.join('\0')}`).digest('hex');
  const variant = ((parseInt(hash[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-${variant}${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
}

/**
 * A piece's id is its place and title (`s03-the-title`); front and back matter are named by
 * their role (`introduction`, `preface`), numbered from the second of a kind (`introduction-2`).
 */
function sectionId(role: Section['role'], title: string, index: number, taken: Set<string>): string {
  let id = role === 'piece' ? [`s${String(index).padStart(2, '0')}`, slugify(title, 32)].filter(Boolean).join('-') : role;
  for (let n = 2; taken.has(id); n += 1) id = role === 'piece' ? `s${String(index).padStart(2, '0')}-${n}` : `${role}-${n}`;
  taken.add(id);
  return id;
}

function toSection({ manuscript, part, tree }: ParsedPiece, index: number, taken: Set<string>, bookLanguage: string, text: BookText): Section {
  const meta = manuscript.meta;
  const language = meta.language ?? bookLanguage;
  const id = sectionId(meta.role, meta.title, index, taken);
  return {
    id,
    role: meta.role,
    // Front-matter strings get the same typography as the bodies, in the piece's language.
    title: smarten(meta.title, language),
    titleSupplied: meta.titleSupplied,
    ...(meta.subtitle !== undefined ? { subtitle: smarten(meta.subtitle, language) } : {}),
    author: smarten(meta.author, language),
    part: part === undefined ? undefined : smarten(part, bookLanguage),
    source: meta.source,
    sourceLine: smarten(sourceLine(meta.source), language),
    ...pieceCredits(meta, text, language),
    note: meta.note === undefined ? undefined : smarten(meta.note, language),
    tree,
    file: manuscript.path,
    ...(meta.language ? { language: meta.language } : {}),
  };
}

/** The front matter's translator and editor of a piece, each with its line; nothing when it names neither. */
function pieceCredits(meta: Manuscript['meta'], text: BookText, language: string): { credits?: PieceCredit[] } {
  const credits: PieceCredit[] = [];
  if (meta.translator !== undefined) credits.push({ role: 'translator', name: smarten(meta.translator, language), line: smarten(fillTemplate(text.translatedBy, { translator: meta.translator }), language) });
  if (meta.editor !== undefined) credits.push({ role: 'editor', name: smarten(meta.editor, language), line: smarten(fillTemplate(text.pieceEditedBy, { editor: meta.editor }), language) });
  return credits.length > 0 ? { credits } : {};
}

/** "Workers’ Liberty (Alliance for Workers’ Liberty), January 1990" — only what the front matter states. */
export function sourceLine(source: SourceInfo | undefined): string {
  if (!source) return '';
  const where = [source.publication, source.publisher && source.publisher !== source.publication ? source.publisher : undefined]
    .filter(Boolean)
    .join(', ');
  return [where, source.date ? formatDate(source.date) : undefined].filter(Boolean).join(', ');
}

function sourceEntry(section: Section): SourceEntry {
  const titleNote = section.titleSupplied ? ' (title supplied by the editors)' : '';
  const line = [section.sourceLine || 'Source not stated in the text', titleNote].join('');
  return {
    sectionId: section.id,
    title: withSubtitle(section.title, section.subtitle),
    author: section.author,
    ...(section.credits !== undefined ? { credits: section.credits } : {}),
    line,
    url: section.source?.url,
  };
}

/**
 * A title with its subtitle, as a list of sources cites it: after a colon ("Bread: A History"),
 * or after a space when the title ends on its own mark ("Whither Russia? A Reply").
 */
export function withSubtitle(title: string, subtitle: string | undefined): string {
  if (subtitle === undefined || !subtitle.trim()) return title;
  return /[?!:.…]["'”’»)]*$/u.test(title.trim()) ? `${title.trim()} ${subtitle.trim()}` : `${title.trim()}: ${subtitle.trim()}`;
}

function deepFreeze<T>(value: T): T {
  // A picture's bytes cannot be frozen (a typed array with elements); the renderers only read them.
  if (ArrayBuffer.isView(value)) return value;
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
