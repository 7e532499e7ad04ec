/** Degrades a truth text with every failure class that fits its kind, so each wording pool and shape is drawn. */
import type { Truth } from '../../eval/cases.ts';
import { type DegradeOptions, FAILURE_CLASSES, type FailureClass, type RawKind, degradePdf, degradeWeb } from '../../eval/degrade.ts';

/** Every class that fits a kind (no-title left out: it takes the title away). */
export const allClasses = (kind: RawKind): Set<FailureClass> =>
  new Set((Object.keys(FAILURE_CLASSES) as FailureClass[]).filter((c) => c !== 'no-title' && (FAILURE_CLASSES[c].kinds as readonly RawKind[]).includes(kind)));

export function degradeAll(truth: Truth, kind: RawKind, seed: number, split: DegradeOptions['split']) {
  const meta = { title: truth.title, author: truth.author };
  const o = { classes: allClasses(kind), split };
  return kind === 'web' ? degradeWeb(truth.body, meta, seed, o) : degradePdf(truth.body, meta, seed, o);
}

/** The furniture lines a split draws (lower case), leaving out what is not a pool's wording: running heads, pull quotes, folios, the author's name. */
export function furnitureLines(split: DegradeOptions['split'], texts: readonly Truth[], seeds: readonly number[]): Set<string> {
  const seen = new Set<string>();
  for (const truth of texts) {
    for (const kind of ['web', 'pdf'] as const) {
      for (const seed of seeds) {
        for (const j of degradeAll(truth, kind, seed, split).junk) {
          const text = j.text.toLowerCase();
          if (!['running head', 'pull quote', 'folio'].includes(j.kind) && text !== truth.author.toLowerCase()) seen.add(text);
        }
      }
    }
  }
  return seen;
}

/** Furniture words a split adds per development text (seeds 5–8, web and PDF), to compare splits' loads. */
export function furniturePerText(split: DegradeOptions['split'], texts: readonly Truth[]): number {
  let n = 0;
  for (const truth of texts) for (const kind of ['web', 'pdf'] as const) for (const seed of [5, 6, 7, 8]) n += degradeAll(truth, kind, seed, split).junk.reduce((k, j) => k + j.text.split(/\s+/).length, 0);
  return n / texts.length;
}
