/**
 * Hunspell dictionaries as prebuilt word tables. nspell expands a dictionary's affixes into
 * every form it accepts each time it loads: 0.2 s for English, 0.9 s for Spanish or German,
 * 5 s and 700 MB for French. That expansion never changes, so `npm run compile` (and so
 * `npm ci`'s prepare) runs it once per installed dictionary and writes what nspell holds —
 * every form with the flags its `correct` reads, its compound rules and input conversions —
 * as one binary table in words/. Loading a table is one file read and one decoding of its
 * forms into a single string; a lookup is a probe of a hash stored with it.
 * `TableSpeller.correct` is nspell's `correct` over that same data, so the answers are
 * nspell's (tests/clean/word-table.test.ts compares them word for word).
 *
 * A dictionary whose table is missing (a checkout before its first compile, or a read-only
 * install) is built by nspell at run time, as before: slower, the same answers.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Speller } from './_words.ts';

const require = createRequire(import.meta.url);

/** Bumped whenever the layout below changes, so old tables are rebuilt, never misread. */
const FORMAT = 3;
const MAGIC = Buffer.from('anthology word table\n');

/** Where the tables live: words/ at the package root, beside pipeline/ and lib/. */
const TABLES = new URL('../../words/', import.meta.url);

/** The flags of one form, as nspell's `correct` reads them. */
const FORBIDDEN = 1;
const KEEPCASE = 2;
const ONLY_IN_COMPOUND = 4;
const MISSING = -1;

/** The Hunspell dictionary packages the cleaner knows, by the npm name. */
export const DICTIONARY_PACKAGES = ['dictionary-en', 'dictionary-en-gb', 'dictionary-fr', 'dictionary-de', 'dictionary-es', 'dictionary-ru'] as const;
export type DictionaryPackage = (typeof DICTIONARY_PACKAGES)[number];

interface Header {
  format: number;
  dictionary: string;
  count: number;
  compoundMin: number;
  /** nspell's compound rules, as RegExp source and flags. */
  compoundRules: [string, string][];
  /** ICONV: pattern source, flags, replacement. */
  conversions: [string, string, string][];
  /**
   * The affix file joins words by compound flags (COMPOUNDBEGIN … COMPOUNDEND, COMPOUNDFLAG),
   * which nspell does not read: German "Arbeiterbewegung". See `TableSpeller.compound`.
   */
  flagCompounds: boolean;
}

/** nspell's state after loading a dictionary: the part `correct` reads. */
interface NSpellState {
  data: Record<string, string[]>;
  flags: Record<string, unknown>;
  compoundRules: RegExp[];
  conversion: { in: [RegExp, string][] };
}

interface Dictionary {
  aff: Buffer;
  dic: Buffer;
}

/** A dictionary package's files and version, read only when that dictionary is first needed. */
export function readDictionary(name: string): Dictionary & { version: string } {
  const entry = import.meta.resolve(name);
  const { version } = JSON.parse(readFileSync(new URL('package.json', entry), 'utf8')) as { version: string };
  return { aff: readFileSync(new URL('index.aff', entry)), dic: readFileSync(new URL('index.dic', entry)), version };
}

/** nspell built from a dictionary: the slow path, and the source every table is made from. */
export function nspellFrom(dictionary: Dictionary): Speller & NSpellState {
  const nspell = require('nspell') as (dictionary: Dictionary) => Speller & NSpellState;
  return nspell(dictionary);
}

function nspellVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('nspell/package.json'), 'utf8')) as { version: string }).version;
}

/** The table file of a dictionary package at its installed version, and of the nspell that expanded it. */
function tableFile(name: string, version: string): URL {
  return new URL(`${name}@${version}-nspell@${nspellVersion()}-v${FORMAT}.table`, TABLES);
}

/** Every form nspell holds for the dictionary, with its flags, as a table. */
export function buildWordTable(name: string, dictionary: Dictionary): Buffer {
  const spell = nspellFrom(dictionary);
  const { flags } = spell;
  const has = (codes: string[], flag: string) => flag in flags && codes.includes(flags[flag] as string);
  // In nspell's own order, which is the same for the same dictionary and nspell (lookups go
  // through the hash, so no order is needed); offsets count UTF-16 code units.
  const keys = Object.keys(spell.data);
  const classes = new Uint8Array(keys.length);
  const offsets = new Uint32Array(keys.length + 1);
  let at = 0;
  keys.forEach((form, i) => {
    const codes = spell.data[form]!;
    classes[i] = (has(codes, 'FORBIDDENWORD') ? FORBIDDEN : 0) | (has(codes, 'KEEPCASE') ? KEEPCASE : 0) | (has(codes, 'ONLYINCOMPOUND') ? ONLY_IN_COMPOUND : 0);
    offsets[i] = at;
    at += form.length;
  });
  offsets[keys.length] = at;
  // An open-addressing hash of the forms (linear probing; a slot holds a form's index + 1, 0 is
  // empty), at most three quarters full: most lookups are of words one edit from a real one,
  // which are not in the table, and a hash answers those in a probe or two.
  const slots = new Uint32Array(slotCount(keys.length));
  const mask = slots.length - 1;
  keys.forEach((form, i) => {
    let slot = hashOf(form) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = i + 1;
  });
  const aff = dictionary.aff.toString('utf8');
  const header: Header = {
    format: FORMAT,
    dictionary: name,
    count: keys.length,
    compoundMin: flags.COMPOUNDMIN as number,
    compoundRules: spell.compoundRules.map((rule) => [rule.source, rule.flags]),
    conversions: spell.conversion.in.map(([pattern, replacement]) => [pattern.source, pattern.flags, replacement]),
    flagCompounds: /^(?:COMPOUNDBEGIN|COMPOUNDFLAG)\s/m.test(aff),
  };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  // The offsets start on a multiple of 4, so they can be read as a Uint32Array in place.
  const padding = (4 - ((MAGIC.length + 4 + json.length) % 4)) % 4;
  json = Buffer.concat([json, Buffer.alloc(padding, 0x20)]);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return Buffer.concat([MAGIC, length, json, Buffer.from(offsets.buffer), Buffer.from(slots.buffer), classes, Buffer.from(keys.join(''), 'utf8')]);
}

/**
 * Writes the table of every installed dictionary package whose current table is missing, and
 * removes tables of other versions. Run by `npm run compile`; each dictionary is built in turn,
 * so only one expansion is in memory at a time.
 */
export function writeWordTables(log: (line: string) => void = () => {}): void {
  mkdirSync(TABLES, { recursive: true });
  const wanted = new Set<string>();
  for (const name of DICTIONARY_PACKAGES) {
    let dictionary;
    try {
      dictionary = readDictionary(name);
    } catch {
      continue;
    }
    const file = tableFile(name, dictionary.version);
    wanted.add(file.href);
    if (existsSync(file)) continue;
    const start = performance.now();
    const table = buildWordTable(name, dictionary);
    const partial = new URL(`${file.pathname.split('/').pop()}.${process.pid}.partial`, TABLES);
    writeFileSync(partial, table);
    renameSync(partial, file);
    log(`words: ${name}@${dictionary.version}, ${(table.length / 1e6).toFixed(1)} MB in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
  for (const entry of readdirSync(TABLES)) {
    const file = new URL(entry, TABLES);
    // Only dictionaries' tables: words/ also holds the frequency table (_frequency-table.ts).
    if (!wanted.has(file.href) && DICTIONARY_PACKAGES.some((name) => entry.startsWith(`${name}@`))) rmSync(file, { force: true });
  }
}

/**
 * The speller of a dictionary package: its prebuilt table when there is one for the installed
 * version, else nspell built now.
 */
export function loadDictionarySpeller(name: DictionaryPackage): Speller {
  const dictionary = readDictionary(name);
  const file = tableFile(name, dictionary.version);
  if (existsSync(file)) return readWordTable(readFileSync(file));
  return nspellFrom(dictionary);
}

/** A table as a speller. */
export function readWordTable(buffer: Buffer): TableSpeller {
  if (!buffer.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('Unexpected file: not a word table');
  const jsonLength = buffer.readUInt32LE(MAGIC.length);
  const jsonStart = MAGIC.length + 4;
  const header = JSON.parse(buffer.toString('utf8', jsonStart, jsonStart + jsonLength)) as Header;
  if (header.format !== FORMAT) throw new Error(`Unexpected word table format ${header.format}, expected ${FORMAT}`);
  let at = jsonStart + jsonLength;
  // A Buffer from a file read may sit anywhere in its ArrayBuffer: copied when not on a multiple of 4.
  const uint32s = (length: number): Uint32Array => {
    const view =
      (buffer.byteOffset + at) % 4 === 0
        ? new Uint32Array(buffer.buffer, buffer.byteOffset + at, length)
        : new Uint32Array(Uint8Array.prototype.slice.call(buffer, at, at + length * 4).buffer);
    at += length * 4;
    return view;
  };
  const offsets = uint32s(header.count + 1);
  const slots = uint32s(slotCount(header.count));
  const classes = buffer.subarray(at, at + header.count);
  at += header.count;
  return new TableSpeller(header, offsets, slots, classes, buffer.toString('utf8', at));
}

/**
 * nspell's `correct` (lib/util/form.js and exact.js) over a table: the word as written after
 * the input conversions; if it is in capitals, in sentence case; then in lower case. A form
 * flagged FORBIDDENWORD is refused, KEEPCASE only as written, ONLYINCOMPOUND only inside
 * compounds; a form the table lacks may still match a compound rule.
 */
export class TableSpeller implements Speller {
  readonly #header: Header;
  readonly #offsets: Uint32Array;
  readonly #slots: Uint32Array;
  readonly #classes: Uint8Array;
  /** Every form, one after another; form i is `#words.slice(#offsets[i], #offsets[i + 1])`. */
  readonly #words: string;
  readonly #compoundRules: RegExp[];
  readonly #conversions: [RegExp, string][];

  constructor(header: Header, offsets: Uint32Array, slots: Uint32Array, classes: Uint8Array, words: string) {
    this.#header = header;
    this.#offsets = offsets;
    this.#slots = slots;
    this.#classes = classes;
    this.#words = words;
    this.#compoundRules = header.compoundRules.map(([source, flags]) => new RegExp(source, flags));
    this.#conversions = header.conversions.map(([source, flags, replacement]) => [new RegExp(source, flags), replacement]);
  }

  /** How many forms the table holds. */
  get size(): number {
    return this.#header.count;
  }

  correct(value: string): boolean {
    if (this.#form(value)) return true;
    return this.#header.flagCompounds && this.compound(value.trim(), 0);
  }

  /** The flags of a form, or MISSING. */
  #classOf(form: string): number {
    const offsets = this.#offsets;
    const slots = this.#slots;
    const words = this.#words;
    const mask = slots.length - 1;
    for (let slot = hashOf(form) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const index = slots[slot]! - 1;
      // The form in this slot against the one looked up, code unit by code unit, without copying it out.
      const start = offsets[index]!;
      if (offsets[index + 1]! - start !== form.length) continue;
      let i = 0;
      while (i < form.length && words.charCodeAt(start + i) === form.charCodeAt(i)) i++;
      if (i === form.length) return this.#classes[index]!;
    }
    return MISSING;
  }

  #exact(form: string, found: number): boolean {
    if (found !== MISSING) return (found & ONLY_IN_COMPOUND) === 0;
    if (form.length < this.#header.compoundMin) return false;
    // Loops, not `some` with a closure: this runs for every word the table lacks.
    const rules = this.#compoundRules;
    for (let i = 0; i < rules.length; i++) if (rules[i]!.test(form)) return true;
    return false;
  }

  #form(value: string): boolean {
    let normal = value.trim();
    if (!normal) return false;
    const conversions = this.#conversions;
    for (let i = 0; i < conversions.length; i++) normal = normal.replace(conversions[i]![0], conversions[i]![1]);
    const found = this.#classOf(normal);
    if (this.#exact(normal, found)) return found === MISSING || (found & FORBIDDEN) === 0;
    if (normal.toUpperCase() === normal) {
      const sentence = normal.charAt(0) + normal.slice(1).toLowerCase();
      const other = this.#classOf(sentence);
      if (other !== MISSING && (other & (KEEPCASE | FORBIDDEN)) !== 0) return false;
      if (this.#exact(sentence, other)) return true;
    }
    const lower = normal.toLowerCase();
    if (lower !== normal) {
      const other = this.#classOf(lower);
      if (other !== MISSING && (other & (KEEPCASE | FORBIDDEN)) !== 0) return false;
      if (this.#exact(lower, other)) return true;
    }
    return false;
  }

  /**
   * A compound of known words, for a dictionary that forms compounds by flags (German), which
   * nspell cannot check: "Arbeiterbewegung" is "Arbeiter" + "bewegung", and a joining "s" may
   * end a part ("Arbeitsamt"). Each part has at least MIN_COMPOUND_PART letters and is a form the
   * dictionary knows as written or, after the first, capitalised (German nouns inside a compound
   * lose their capital); at most MAX_COMPOUND_PARTS parts. Looser than Hunspell, which also asks
   * whether each form may begin, continue or end a compound; the cost is that a misspelling that
   * happens to be two real words is not flagged, where without this every compound would be.
   */
  compound(word: string, depth: number): boolean {
    if (depth >= MAX_COMPOUND_PARTS - 1 || word.length < 2 * MIN_COMPOUND_PART) return false;
    for (let split = MIN_COMPOUND_PART; split <= word.length - MIN_COMPOUND_PART; split++) {
      const head = word.slice(0, split);
      const tail = word.slice(split);
      const headKnown = this.#form(head) || (head.length > MIN_COMPOUND_PART && head.endsWith('s') && this.#form(head.slice(0, -1)));
      if (!headKnown || !/^\p{Ll}/u.test(tail)) continue;
      const capital = tail.charAt(0).toUpperCase() + tail.slice(1);
      if (this.#form(tail) || this.#form(capital) || this.compound(capital, depth + 1) || this.compound(tail, depth + 1)) return true;
    }
    return false;
  }
}

/** Hash slots for a table of `count` forms: a power of two, at most three quarters full. */
function slotCount(count: number): number {
  let slots = 1;
  while (slots < count * 1.34) slots *= 2;
  return slots;
}

/** FNV-1a over the UTF-16 code units of a form. */
function hashOf(form: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < form.length; i++) hash = Math.imul(hash ^ form.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const MIN_COMPOUND_PART = 3;
const MAX_COMPOUND_PARTS = 3;
