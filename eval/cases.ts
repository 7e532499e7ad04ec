/**
 * The evaluation's texts and cases, shared by the scorer (evaluate.ts) and the line model's
 * refit (scripts/refit-line-model.ts), so both draw the very same cases from the same seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAILURE_CLASSES, rng, type FailureClass, type RawKind, type Split } from './degrade.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Which wordings degrade a case: the development half's, the held-out half's, or a validation split's (development texts, furniture worded anew). */
export type { Split };

/** Where each split's seeds start: the held-out half and each validation split draw from a range of their own (validations 1 and 2 share theirs). */
const SEED_OFFSETS: Readonly<Record<Split, number>> = { dev: 0, 'held-out': 7_000_000, validation: 3_000_000, 'validation-2': 3_000_000, 'validation-3': 5_000_000, 'validation-4': 9_000_000, 'validation-5': 11_000_000, 'validation-6': 13_000_000, 'validation-7': 15_000_000, 'validation-8': 17_000_000, 'validation-9': 19_000_000, 'validation-10': 21_000_000, 'validation-11': 23_000_000, 'validation-12': 25_000_000, 'validation-13': 27_000_000, 'validation-14': 28_000_000, 'validation-15': 30_000_000, 'validation-16': 32_000_000, 'validation-17': 34_000_000, 'validation-18': 36_000_000 };

/**
 * Where a split's texts come from: eval/texts (its development or held-out half), or a folder of
 * its own. Validation 9 degrades texts no other split has (eval/texts-9), so that a rule tuned to
 * the development texts' words and layouts meets pieces it was never run on; nothing else (the line
 * model's refit included) reads that folder. Validation 10 (eval/texts-10) does the same with the
 * development half's furniture, so that a fall against `npm run eval` is the texts' doing alone;
 * validation 12 (eval/texts-12) likewise, with texts of shapes real books have (a play, dated diary
 * entries, articles and lettered items, footnotes, figures set as a table, numbered theses, letters
 * with salutations and postscripts) and three in French, German and Spanish.
 * Validation 11 (eval/texts-11) is blind like validation 9: new texts of other kinds, new shapes;
 * validation 13 (eval/texts-13) is a third such blind set, validation 14 (eval/texts-14) a fourth (a
 * debug set since), validation 15 (eval/texts-15) a fifth (a debug set since), validation 16
 * (eval/texts-16) a sixth (a debug set since), validation 17 (eval/texts-17) a seventh (a debug set
 * since), and validation 18 (eval/texts-18) an eighth.
 */
const OWN_TEXTS: Partial<Readonly<Record<Split, string>>> = { 'validation-9': 'texts-9', 'validation-10': 'texts-10', 'validation-11': 'texts-11', 'validation-12': 'texts-12', 'validation-13': 'texts-13', 'validation-14': 'texts-14', 'validation-15': 'texts-15', 'validation-16': 'texts-16', 'validation-17': 'texts-17', 'validation-18': 'texts-18' };

/** The half whose texts a split degrades: the validation splits degrade the development texts. */
export const halfOf = (split: Split): Truth['split'] => (split === 'held-out' ? 'held-out' : 'dev');

export interface Truth {
  name: string;
  title: string;
  author: string;
  body: string;
  split: 'dev' | 'held-out';
  /** British spelling, or foreign phrases in italics: the texts a wrong "repair" would harm. */
  variety: boolean;
}

/** The truths of eval/texts (both halves), or of another folder of eval/ given by name. */
export function readTruths(folder = 'texts'): Truth[] {
  const dir = path.join(here, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
      const field = (key: string): string => new RegExp(`^${key}: *"?(.*?)"?$`, 'm').exec(m[1]!)?.[1] ?? '';
      const body = text.slice(m[0].length);
      return {
        name: f.replace(/\.md$/, ''),
        title: field('title'),
        author: field('author'),
        body,
        split: field('split') === 'held-out' ? 'held-out' : 'dev',
        variety: field('language') === 'en-GB' || /(?<![*\w])\*[^*\s][^*]*\*(?!\*)/.test(body.replace(/^\*[^*]+\*$/gm, '')),
      } satisfies Truth;
    });
}

/** The texts a split degrades: its own folder's, or its half of eval/texts. */
export function truthsOf(split: Split): Truth[] {
  const own = OWN_TEXTS[split];
  return own ? readTruths(own) : readTruths().filter((t) => t.split === halfOf(split));
}

export interface Case {
  truth: Truth;
  kind: RawKind;
  /** The class this case is about ('mixed' adds every class that fits the kind at random, 'base' none). */
  focus: FailureClass | 'mixed';
  classes: Set<FailureClass>;
  seed: number;
  round: number;
  /** The split whose wordings degrade it (the validation split degrades development texts). */
  split: Split;
}

export const CLASSES = Object.keys(FAILURE_CLASSES) as FailureClass[];
const FOCUS = CLASSES.filter((c) => c !== 'base');

function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}

/**
 * Every text gives one base case, a mixed web page and a mixed PDF, and a focus case for
 * a rotating third of the classes; seeds come from the text, kind and class, and the held-out
 * half draws them from another range.
 */
export function casesOf(truths: readonly Truth[], round = 0, split: Split = 'dev'): Case[] {
  const cases: Case[] = [];
  truths.forEach((truth, t) => {
    const seedOf = (kind: RawKind, focus: string): number => (hash(`${truth.name}|${kind}|${focus}${round ? `|${round}` : ''}`) % 1_000_000) + SEED_OFFSETS[split];
    const baseKind: RawKind = t % 2 ? 'web' : 'pdf';
    cases.push({ truth, kind: baseKind, focus: 'base', classes: new Set(['base']), seed: seedOf(baseKind, 'base'), round, split });
    for (const kind of ['web', 'pdf'] as const) {
      const seed = seedOf(kind, 'mixed');
      const r = rng(seed ^ 0x5bd1e995);
      const classes = new Set<FailureClass>(['base']);
      for (const c of FOCUS) if ((FAILURE_CLASSES[c].kinds as readonly RawKind[]).includes(kind) && r() < (c === 'no-title' ? 0.25 : 0.45)) classes.add(c);
      cases.push({ truth, kind, focus: 'mixed', classes, seed, round, split });
    }
    FOCUS.forEach((c, k) => {
      const kinds = FAILURE_CLASSES[c].kinds as readonly RawKind[];
      if (c === 'spelling-variety' ? !truth.variety : (t + k + round) % 3 !== 0) return;
      const kind = kinds[(t + k + round) % kinds.length]!;
      cases.push({ truth, kind, focus: c, classes: new Set(['base', c]), seed: seedOf(kind, c), round, split });
    });
  });
  return cases;
}
