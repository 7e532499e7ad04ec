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
