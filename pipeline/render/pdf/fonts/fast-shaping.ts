/**
 * Shaping of plain text without fontkit's general OpenType engine: the same glyphs and
 * positions `font.layout(text)` gives, found with tables compiled once per font.
 *
 * fontkit plans every call afresh (script, language system, features, lookups) and walks its
 * lookups through a generic glyph iterator; for a word of Latin letters and punctuation in a
 * font like EB Garamond that plan is always the same, and what it does is the default
 * features' ligature substitutions and pair kerning. A book measures and draws tens of
 * thousands of distinct strings, so planning once matters more than anything else in the
 * print stage's fixed cost.
 *
 * The fast path follows fontkit 2.0.4's `OTLayoutEngine` step by step for its plan (script
 * detected from the string, the script's default language system, the DefaultShaper's
 * features and any asked for, such as `smcp`, left to right), and takes a string only when
 * nothing it does not implement could act on it:
 *
 * 1. every character is Latin or Common punctuation of a fixed, small set (no combining marks,
 *    no format characters such as the soft hyphen, no fraction slash, no variation selectors);
 * 2. the font is a plain OpenType font with GSUB and GPOS (no AAT `morx`, no variations, no
 *    old `kern` table);
 * 3. of the lookups the plan applies, single and ligature substitutions and pair positioning
 *    are carried out here; a chaining contextual substitution of format 3 (EB Garamond's
 *    superior figures after `^` or `*`) is matched where it stands in the plan, and a string
 *    it matches anywhere goes to fontkit; for every other lookup (contextual of other formats,
 *    mark attachment, cursive, …) no glyph of the string, as first mapped or as substituted,
 *    is one it could start at (in the coverage of its subtables), so fontkit's run of that
 *    lookup would change nothing;
 * 4. no glyph is a mark by GDEF, so no lookup flag skips a glyph.
 *
 * Anything else returns undefined and the caller shapes with fontkit. The result is fontkit's
 * to the object: the same cached Glyph objects (created in the same order, so a glyph's code
 * points, which pdfkit's ToUnicode map takes, are the same) and the same positions.
 * tests/render/fast-shaping.test.ts compares the two on every word of the seed and evaluation
 * texts in each face; run it on a fontkit upgrade.
 */

/** fontkit's Glyph, as far as shaping uses it. */
export interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

/** fontkit's GlyphPosition: the same four fields, in the same order. */
export class GlyphPosition {
  xAdvance: number;
  yAdvance = 0;
  xOffset = 0;
  yOffset = 0;
  constructor(xAdvance: number) {
    this.xAdvance = xAdvance;
  }
}

/** What `font.layout` returns, as far as pdfkit reads it: the advance is summed as fontkit's GlyphRun sums it. */
export class ShapedRun {
  constructor(
    readonly glyphs: Glyph[],
    readonly positions: GlyphPosition[],
  ) {}
  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

/** The parts of a fontkit TTFFont and of its parsed OpenType tables that the fast path reads. */
interface Coverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number; startCoverageIndex: number }[];
}
interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}
interface LazyArray<T> {
  length: number;
  get(index: number): T;
}
interface ValueRecord {
  xAdvance?: number;
  yAdvance?: number;
  xPlacement?: number;
  yPlacement?: number;
}
// biome-ignore lint/suspicious/noExplicitAny: the subtables of every lookup type, as restructure parses them
type SubTable = any;
interface Lookup {
  lookupType: number;
  flags: { markAttachmentType: number; flags: { ignoreBaseGlyphs: boolean; ignoreLigatures: boolean } };
  subTables: SubTable[];
}
interface LayoutTable {
  scriptList: { tag: string; script: { defaultLangSys: { featureIndexes: number[] } | null } }[] | null;
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: LazyArray<Lookup>;
}
export interface FontkitFont {
  directory: { tables: Record<string, unknown> };
  GSUB?: LayoutTable;
  GPOS?: LayoutTable;
  GDEF?: { glyphClassDef?: ClassDef };
  glyphForCodePoint(codePoint: number): Glyph;
  /** What glyphForCodePoint looks a character up in (fontkit 2.0.4). */
  _cmapProcessor: { lookup(codePoint: number): number };
  getGlyph(id: number, codePoints: number[]): Glyph;
  layout(text: string, ...rest: unknown[]): unknown;
}

/** The DefaultShaper's features for left-to-right text, in the order its plan adds them (fontkit 2.0.4). */
const GLOBAL_FEATURES = ['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'];
/** Added to the same stage but given only to the digits around a fraction slash, which the fast path never sees. */
const LOCAL_FEATURES = ['frac', 'numr', 'dnom'];
const STAGE = [...GLOBAL_FEATURES.slice(0, 3), ...LOCAL_FEATURES, ...GLOBAL_FEATURES.slice(3)];
/** Where fontkit looks when the font has no entry for the string's script. */
const DEFAULT_SCRIPTS = ['DFLT', 'dflt', 'latn'];

const LATIN = /\p{Script=Latin}/u;

/**
 * Characters the fast path takes: Latin letters of the Basic Latin, Latin-1, Extended-A/B and
 * Extended Additional blocks, and the punctuation and symbols of those blocks, of General
 * Punctuation and of Currency Symbols. Left out: controls, the soft hyphen (fontkit hides
 * it), the spacing and format characters U+2000–U+200F and U+2028–U+202F, the fraction slash
 * (fontkit's fractions), and the invisible operators from U+205F.
 */
function isPlain(code: number): boolean {
  if (code < 0x20) return false;
  if (code < 0x7f) return true;
  if (code < 0xa0) return false;
  if (code < 0x250) return code !== 0xad;
  if (code >= 0x1e00 && code <= 0x1eff) return true;
  if (code >= 0x2010 && code <= 0x2027) return true;
  if (code >= 0x2030 && code <= 0x205e) return code !== 0x2044;
  return code >= 0x20a0 && code <= 0x20c0;
}

/** A lookup compiled for the fast path. */
type Step =
  | { kind: 'single'; subTables: { coverage: Map<number, number>; delta?: number; substitute?: LazyArray<number> }[] }
  | { kind: 'ligature'; subTables: { coverage: Map<number, number>; sets: LazyArray<{ glyph: number; components: number[] }[]> }[] }
  | { kind: 'pair'; subTables: PairTable[]; pairs: Map<number, Float64Array | null> }
  | { kind: 'context'; subTables: ContextTable[] };

/** A chaining context subtable of format 3: coverages of the glyphs before, of the input, and after. */
interface ContextTable {
  backtrack: Map<number, number>[];
  input: Map<number, number>[];
  lookahead: Map<number, number>[];
}

/** The values a pair lookup gives a pair of glyphs, from the first subtable that covers it. */
type PairValues = readonly [ValueRecord | undefined, ValueRecord | undefined];

interface PairTable {
  coverage: Map<number, number>;
  /** Format 1: pair sets by coverage index. */
  sets?: LazyArray<{ secondGlyph: number; value1: ValueRecord; value2: ValueRecord }[]>;
  /** Format 2: classes, and rows of class records by first class. */
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  records?: LazyArray<LazyArray<{ value1: ValueRecord; value2: ValueRecord }>>;
}

/** The plan of one script in one table: the steps in order, and the glyphs the other lookups could start at. */
interface TablePlan {
  steps: Step[];
  unsafe: Set<number>;
}

interface Plan {
  gsub: TablePlan;
  gpos: TablePlan;
  /**
   * The glyphs a substitution step can start at: those in the coverage of a single or
   * ligature subtable, or of a context subtable's first input. A string with none of them is
   * left as it is by every step (a step changes, or matches at, only a glyph it covers, and
   * only a changed glyph is new), so its substitution steps are skipped. Null when a step
   * could match without covering the glyph (a context with no input).
   */
  gsubStarts: Set<number> | null;
}

interface Shaping {
  font: FontkitFont;
  plans: Map<string, Plan | null>;
  marks: Map<number, boolean>;
  /** Glyph ids by character, as the font's character map gives them. */
  cmap: Map<number, number>;
  /**
   * The font's glyph objects by id, as `getGlyph` made them, and the table they came from:
   * `getGlyph` returns the object it made first for an id (with that call's code points) for
   * as long as the font keeps its table, so looking it up here gives the same object without
   * a call, a code-point array and a table walk per character. A font whose table is let go
   * (fonts.ts keeps fonts from render to render and empties it) starts this afresh.
   */
  glyphs: Map<number, Glyph>;
  glyphTable: unknown;
  /** Advance widths by glyph id, from the font's metrics; they never change. */
  advances: Map<number, number>;
}

/** `features`: OpenType features asked for, as pdfkit passes a style's (`smcp`, `sups`). */
export type FastShaper = (text: string, features?: readonly string[]) => ShapedRun | undefined;

/**
 * Lets the font shape plain strings through the fast path: its `layout`, called with a string
 * and at most a list of features (as pdfkit calls it), tries the fast path first. Any other
 * call, and any string the fast path does not take, goes to fontkit.
 */
export function useFastShaping(font: FontkitFont): void {
  // A font kept from render to render (`watch`) is given the fast path once.
  if (FAST in font.layout) return;
  const shaper = createFastShaper(font);
  if (!shaper) return;
  const layout = font.layout;
  const fastLayout = function (this: FontkitFont, text: string, ...rest: unknown[]) {
    const [features, ...others] = rest;
    const plain = typeof text === 'string' && others.every((arg) => arg === undefined);
    const fast = !plain ? undefined : features === undefined ? shaper(text) : isFeatureList(features) ? shaper(text, features) : undefined;
    return fast ?? layout.call(this, text, ...rest);
  };
  font.layout = Object.assign(fastLayout, { [FAST]: true });
}

const FAST = Symbol('fast shaping');

function isFeatureList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((tag) => typeof tag === 'string');
}

/** A shaper for the font, or undefined when the font is not one the fast path can take at all. */
export function createFastShaper(font: FontkitFont): FastShaper | undefined {
  const tables = font.directory.tables;
  if (!tables.GSUB || !tables.GPOS || tables.morx || tables.fvar || tables.kern || tables.sbix || (tables.COLR && tables.CPAL)) return undefined;
  const state: Shaping = { font, plans: new Map(), marks: new Map(), cmap: new Map(), glyphs: new Map(), glyphTable: undefined, advances: new Map() };
  return (text, features = []) => shape(state, text, features);
}

function shape(state: Shaping, text: string, features: readonly string[]): ShapedRun | undefined {
  if (text.length === 0) return undefined;
  let latin = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (!isPlain(code)) return undefined;
    if (!latin && code >= 0x41 && LATIN.test(text[i]!)) latin = true;
  }
  // fontkit's script: the first character's that is not Common; none, and it is Unknown.
  const plan = planFor(state, latin ? 'latn' : 'zzzz', features);
  if (!plan) return undefined;
  const { font } = state;

  // As glyphsForString, then the engine's GlyphInfos, which copy each glyph's code points.
  const ids: number[] = [];
  const codePoints: number[][] = [];
  for (let i = 0; i < text.length; i += 1) {
    // glyphForCodePoint, with the character map read once per character.
    const code = text.charCodeAt(i);
    let id = state.cmap.get(code);
    if (id === undefined) {
      id = font._cmapProcessor.lookup(code);
      state.cmap.set(code, id);
    }
    const glyph = glyphOf(state, id, code);
    if (!usable(state, plan, glyph.id)) return undefined;
    ids.push(glyph.id);
    codePoints.push([...glyph.codePoints]);
  }

  const starts = plan.gsubStarts;
  let substitutes = starts === null;
  for (let i = 0; !substitutes && i < ids.length; i += 1) substitutes = starts!.has(ids[i]!);
  for (const step of substitutes ? plan.gsub.steps : []) {
    if (step.kind === 'context') {
      // A contextual lookup the fast path does not carry out: the string goes to fontkit if it would act anywhere.
      for (let i = 0; i < ids.length; i += 1) if (step.subTables.some((table) => contextMatches(table, ids, i))) return undefined;
    } else if (step.kind === 'single') {
      for (let i = 0; i < ids.length; i += 1) {
        for (const table of step.subTables) {
          const index = table.coverage.get(ids[i]!);
          if (index === undefined) continue;
          ids[i] = table.delta !== undefined ? (ids[i]! + table.delta) & 0xffff : table.substitute!.get(index);
          if (!usable(state, plan, ids[i]!)) return undefined;
          break;
        }
      }
    } else if (step.kind === 'ligature') {
      for (let i = 0; i < ids.length; i += 1) {
        for (const table of step.subTables) {
          const index = table.coverage.get(ids[i]!);
          if (index === undefined) continue;
          const ligature = table.sets.get(index).find((candidate) => matches(ids, i + 1, candidate.components));
          if (!ligature) continue;
          const n = ligature.components.length;
          const joined = codePoints[i]!.slice();
          for (let k = 1; k <= n; k += 1) joined.push(...codePoints[i + k]!);
          ids.splice(i, n + 1, ligature.glyph);
          codePoints.splice(i, n + 1, joined);
          if (!usable(state, plan, ligature.glyph)) return undefined;
          break;
        }
      }
    }
  }

  const glyphs = ids.map((id, i) => glyphOf(state, id, codePoints[i]!));
  const positions = glyphs.map((glyph) => new GlyphPosition(advanceOf(state, glyph)));
  for (const step of plan.gpos.steps) {
    if (step.kind !== 'pair') continue;
    // As fontkit's pair adjustment: the first subtable that covers the pair applies, even
    // when its values are zero, and the glyph after it is looked at next all the same.
    for (let i = 0; i + 1 < ids.length; i += 1) {
      const key = ids[i]! * 0x10000 + ids[i + 1]!;
      let values = step.pairs.get(key);
      if (values === undefined) {
        let found: PairValues | null = null;
        for (const table of step.subTables) {
          found = pairValues(table, ids[i]!, ids[i + 1]!);
          if (found) break;
        }
        values = found && adjustments(found);
        step.pairs.set(key, values);
      }
      if (values) {
        applyAdjustments(positions[i]!, values, 0);
        applyAdjustments(positions[i + 1]!, values, 4);
      }
    }
  }
  return new ShapedRun(glyphs, positions);
}

/** `font.getGlyph(id, codePoints)`: the glyph the font made first for the id, made now (with these code points) when it has none. */
function glyphOf(state: Shaping, id: number, codePoints: number | number[]): Glyph {
  const table = (state.font as unknown as { _glyphs: unknown })._glyphs;
  if (table !== state.glyphTable) {
    state.glyphs.clear();
    state.glyphTable = table;
  }
  let glyph = state.glyphs.get(id);
  if (glyph === undefined) {
    glyph = state.font.getGlyph(id, typeof codePoints === 'number' ? [codePoints] : codePoints);
    state.glyphs.set(id, glyph);
  }
  return glyph;
}

function advanceOf(state: Shaping, glyph: Glyph): number {
  let advance = state.advances.get(glyph.id);
  if (advance === undefined) {
    advance = glyph.advanceWidth;
    state.advances.set(glyph.id, advance);
  }
  return advance;
}

/** A glyph the fast path can carry: not a mark, and not one a lookup it does not run could start at. */
function usable(state: Shaping, plan: Plan, id: number): boolean {
  if (plan.gsub.unsafe.has(id) || plan.gpos.unsafe.has(id)) return false;
  let mark = state.marks.get(id);
  if (mark === undefined) {
    const classes = state.font.GDEF?.glyphClassDef;
    mark = classes ? classOf(id, classes) === 3 : false;
    state.marks.set(id, mark);
  }
  return !mark;
}

function matches(ids: readonly number[], start: number, components: readonly number[]): boolean {
  if (start + components.length > ids.length) return false;
  for (let k = 0; k < components.length; k += 1) if (ids[start + k] !== components[k]) return false;
  return true;
}

/** The subtable's values for the pair; null when it does not cover the pair (fontkit then tries the next subtable). */
function pairValues(table: PairTable, first: number, second: number): PairValues | null {
  const index = table.coverage.get(first);
  if (index === undefined) return null;
  if (table.sets) {
    const pair = table.sets.get(index).find((candidate) => candidate.secondGlyph === second);
    return pair ? [pair.value1, pair.value2] : null;
  }
  const record = table.records!.get(classOf(first, table.classDef1!)).get(classOf(second, table.classDef2!));
  return [record.value1, record.value2];
}

/**
 * A pair's values as eight numbers, each glyph's x and y advance and x and y placement, a
 * value the record lacks as 0: read back for every later use of the pair without touching the
 * parsed records, whose many shapes make every read slow. Adding 0 changes no position (they
 * are sums of whole font units, never -0), so a missing value and 0 do the same.
 */
function adjustments(values: PairValues): Float64Array {
  const out = new Float64Array(8);
  values.forEach((value, glyph) => {
    out[glyph * 4] = value?.xAdvance ?? 0;
    out[glyph * 4 + 1] = value?.yAdvance ?? 0;
    out[glyph * 4 + 2] = value?.xPlacement ?? 0;
    out[glyph * 4 + 3] = value?.yPlacement ?? 0;
  });
  return out;
}

/** Adds one glyph's adjustments (see `adjustments`), from `at`, to its position, as fontkit adds a value record's. */
function applyAdjustments(position: GlyphPosition, values: Float64Array, at: number): void {
  if (values[at] !== 0) position.xAdvance += values[at]!;
  if (values[at + 1] !== 0) position.yAdvance += values[at + 1]!;
  if (values[at + 2] !== 0) position.xOffset += values[at + 2]!;
  if (values[at + 3] !== 0) position.yOffset += values[at + 3]!;
}

/** fontkit's getClassID: 0 for a glyph the definition does not list. */
function classOf(glyph: number, classDef: ClassDef): number {
  if (classDef.version === 1) {
    const i = glyph - classDef.startGlyph!;
    if (i >= 0 && i < classDef.classValueArray!.length) return classDef.classValueArray![i]!;
  } else if (classDef.version === 2) {
    for (const range of classDef.classRangeRecord!) if (range.start <= glyph && glyph <= range.end) return range.class;
  }
  return 0;
}

function planFor(state: Shaping, script: string, userFeatures: readonly string[]): Plan | undefined {
  const key = `${script}\u0000${userFeatures.join(',')}`;
  let plan = state.plans.get(key);
  if (plan === undefined) {
    // The features asked for join the one stage after the shaper's, each once (ShapingPlan.add).
    const stage = [...STAGE];
    for (const tag of userFeatures) if (!stage.includes(tag)) stage.push(tag);
    const gsub = tablePlan(state.font.GSUB!, script, true, stage);
    const gpos = tablePlan(state.font.GPOS!, script, false, stage);
    plan = gsub && gpos ? { gsub, gpos, gsubStarts: substitutionStarts(gsub.steps) } : null;
    state.plans.set(key, plan);
  }
  return plan ?? undefined;
}

/** Plan.gsubStarts of these steps. */
function substitutionStarts(steps: readonly Step[]): Set<number> | null {
  const starts = new Set<number>();
  for (const step of steps) {
    if (step.kind === 'context') {
      for (const table of step.subTables) {
        if (table.input.length === 0) return null;
        for (const id of table.input[0]!.keys()) starts.add(id);
      }
    } else if (step.kind === 'single' || step.kind === 'ligature') {
      for (const table of step.subTables) for (const id of table.coverage.keys()) starts.add(id);
    }
  }
  return starts;
}

/**
 * Whether a chaining context subtable of format 3 matches at glyph `i`, as fontkit matches it:
 * its backtrack coverages against the glyphs before, in order from the farthest, the input
 * coverages from `i` on, and the lookahead coverages after the input.
 */
function contextMatches(table: ContextTable, ids: readonly number[], i: number): boolean {
  const before = i - table.backtrack.length;
  if (before < 0) return false;
  for (let k = 0; k < table.backtrack.length; k += 1) if (!table.backtrack[k]!.has(ids[before + k]!)) return false;
  for (let k = 0; k < table.input.length; k += 1) if (i + k >= ids.length || !table.input[k]!.has(ids[i + k]!)) return false;
  const after = i + table.input.length;
  for (let k = 0; k < table.lookahead.length; k += 1) if (after + k >= ids.length || !table.lookahead[k]!.has(ids[after + k]!)) return false;
  return true;
}

/**
 * The lookups fontkit's plan runs for the script, as its OTProcessor finds them: the script's
 * entry (else the default scripts'), its default language system, the stage's features in
 * order, their lookups sorted by index. Undefined when the table has no entry to fall back on,
 * where fontkit would keep whatever script it last selected.
 */
function tablePlan(table: LayoutTable, script: string, gsub: boolean, stage: readonly string[]): TablePlan | undefined {
  const entry = findScript(table, [script]) ?? findScript(table, DEFAULT_SCRIPTS);
  if (!entry) return undefined;
  const features = new Map<string, { lookupListIndexes: number[] }>();
  for (const index of entry.script.defaultLangSys?.featureIndexes ?? []) {
    const record = table.featureList[index]!;
    features.set(record.tag, record.feature);
  }
  const lookups: { feature: string; index: number }[] = [];
  for (const tag of stage) {
    const feature = features.get(tag);
    if (!feature) continue;
    for (const index of feature.lookupListIndexes) lookups.push({ feature: tag, index });
  }
  lookups.sort((a, b) => a.index - b.index);
  const plan: TablePlan = { steps: [], unsafe: new Set() };
  for (const { feature, index } of lookups) {
    // A local feature's lookups pass over every glyph of a plain string without acting.
    if (LOCAL_FEATURES.includes(feature)) continue;
    const lookup = table.lookupList.get(index);
    const step = compile(lookup, gsub);
    if (step) plan.steps.push(step);
    else for (const id of starts(lookup)) plan.unsafe.add(id);
  }
  return plan;
}

type ScriptEntry = NonNullable<LayoutTable['scriptList']>[number];

function findScript(table: LayoutTable, tags: readonly string[]): ScriptEntry | undefined {
  for (const tag of tags) for (const entry of table.scriptList ?? []) if (entry.tag === tag) return entry;
  return undefined;
}

/** The lookup as a step of the fast path, or undefined when it is one it does not carry out. */
function compile(lookup: Lookup, gsub: boolean): Step | undefined {
  const flags = lookup.flags.flags;
  if (flags.ignoreBaseGlyphs || flags.ignoreLigatures) return undefined;
  const subTables = lookup.subTables.map((sub) => unwrap(lookup.lookupType, sub, gsub));
  const types = new Set(subTables.map((sub) => sub.type));
  if (types.size !== 1) return undefined;
  const type = [...types][0];
  if (gsub && type === 1) {
    return {
      kind: 'single',
      subTables: subTables.map(({ table: sub }) => ({
        coverage: coverageMap(sub.coverage),
        ...(sub.version === 1 ? { delta: sub.deltaGlyphID as number } : { substitute: sub.substitute as LazyArray<number> }),
      })),
    };
  }
  if (gsub && type === 6 && subTables.every(({ table: sub }) => sub.version === 3)) {
    return {
      kind: 'context',
      subTables: subTables.map(({ table: sub }) => ({
        backtrack: (sub.backtrackCoverage as Coverage[]).map(coverageMap),
        input: (sub.inputCoverage as Coverage[]).map(coverageMap),
        lookahead: (sub.lookaheadCoverage as Coverage[]).map(coverageMap),
      })),
    };
  }
  if (gsub && type === 4) return { kind: 'ligature', subTables: subTables.map(({ table: sub }) => ({ coverage: coverageMap(sub.coverage), sets: memo(sub.ligatureSets) })) };
  if (!gsub && type === 2 && subTables.every(({ table: sub }) => sub.version === 1 || sub.version === 2)) {
    return {
      kind: 'pair',
      pairs: new Map(),
      subTables: subTables.map(({ table: sub }) =>
        sub.version === 1
          ? { coverage: coverageMap(sub.coverage), sets: memo(sub.pairSets) }
          : { coverage: coverageMap(sub.coverage), classDef1: sub.classDef1, classDef2: sub.classDef2, records: memo(sub.classRecords, (row: LazyArray<unknown>) => memo(row)) },
      ),
    };
  }
  return undefined;
}

/** An extension subtable (GSUB 7, GPOS 9) stands for the subtable it points to. */
function unwrap(type: number, sub: SubTable, gsub: boolean): { type: number; table: SubTable } {
  if ((gsub && type === 7) || (!gsub && type === 9)) return { type: sub.lookupType, table: sub.extension };
  return { type, table: sub };
}

/**
 * Every glyph a lookup the fast path does not run could act at: the coverage that decides
 * whether a subtable applies at the current glyph (for contextual lookups, the first input
 * glyph's; for mark attachment, the mark's).
 */
function starts(lookup: Lookup): number[] {
  const ids: number[] = [];
  for (const raw of lookup.subTables) {
    const sub = raw.extension ?? raw;
    const coverages: Coverage[] = [];
    for (const key of ['coverage', 'markCoverage', 'mark1Coverage']) if (sub[key]) coverages.push(sub[key]);
    if (sub.coverages?.[0]) coverages.push(sub.coverages[0]);
    if (sub.inputCoverage?.[0]) coverages.push(sub.inputCoverage[0]);
    // A subtable with none of these (an unknown format) could act anywhere: every glyph is unsafe.
    if (coverages.length === 0) return Array.from({ length: 0x10000 }, (_, i) => i);
    for (const coverage of coverages) ids.push(...coverageMap(coverage).keys());
  }
  return ids;
}

function coverageMap(coverage: Coverage): Map<number, number> {
  const map = new Map<number, number>();
  if (coverage.version === 1) coverage.glyphs!.forEach((glyph, index) => map.has(glyph) || map.set(glyph, index));
  else if (coverage.version === 2) {
    for (const range of coverage.rangeRecords!) {
      for (let glyph = range.start; glyph <= range.end; glyph += 1) if (!map.has(glyph)) map.set(glyph, range.startCoverageIndex + glyph - range.start);
    }
  }
  return map;
}

/** A lazy array read once per index. */
function memo<T, U = T>(array: LazyArray<T>, wrap?: (value: T) => U): LazyArray<U> {
  const cache = new Map<number, U>();
  return {
    length: array.length,
    get(index) {
      let value = cache.get(index);
      if (value === undefined) {
        value = wrap ? wrap(array.get(index)) : (array.get(index) as unknown as U);
        cache.set(index, value);
      }
      return value;
    },
  };
}
