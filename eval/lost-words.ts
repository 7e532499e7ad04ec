/**
 * What the scorer says of the true words a cleaning lost (eval/evaluate.ts): which were left glued to
 * a neighbour and which a rule removed, and which rule. Counts only, so blind splits may print them.
 */
import type { EditRecord } from '../pipeline/types.ts';

/** A word as a glue would run it into its neighbour: letters and figures only, in lower case. */
const bare = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Of the truth words an alignment deletes, those left glued to a neighbour ("by his own" cleaned as
 * "byhisown"): a run of deleted words that, joined to the word matched before or after it, spells
 * that word's hypothesis. They count as lost like a deleted line's words, but no rule removed them:
 * the split says which of the two a split's lost words are, in counts only.
 */
export function gluedDeletions(truth: readonly string[], hyp: readonly string[], toTruth: Int32Array): Set<number> {
  const hypAt = new Int32Array(truth.length).fill(-1);
  toTruth.forEach((t, j) => {
    if (t >= 0) hypAt[t] = j;
  });
  const glued = new Set<number>();
  for (let a = 0; a < truth.length; a++) {
    if (hypAt[a] !== -1) continue;
    let b = a;
    while (b + 1 < truth.length && hypAt[b + 1] === -1) b++;
    const run = truth.slice(a, b + 1).map(bare).join('');
    const before = a > 0 ? hypAt[a - 1]! : -1;
    const after = b + 1 < truth.length ? hypAt[b + 1]! : -1;
    if ((before >= 0 && bare(truth[a - 1]!) + run === bare(hyp[before]!)) || (after >= 0 && run + bare(truth[b + 1]!) === bare(hyp[after]!))) for (let k = a; k <= b; k++) glued.add(k);
    a = b;
  }
  return glued;
}

/**
 * Which rule removed each true word lost that the raw text had: the word's raw line, and the first
 * edit over that line that left fewer words than it found there holding the word. Words no such edit
 * took (misread, or joined into another) count under "none". Counts only, so blind splits print them:
 * they say which rules delete real lines of texts unlike ours, without showing a line.
 */
export function lostByRule(truth: readonly string[], cleanToTruth: Int32Array, raw: string, rawToTruth: Int32Array, edits: readonly EditRecord[], glued: ReadonlySet<number>, words: (text: string) => string[]): Map<string, number> {
  const kept = new Set<number>();
  for (const t of cleanToTruth) if (t >= 0) kept.add(t);
  const rawOf = new Int32Array(truth.length).fill(-1);
  rawToTruth.forEach((t, j) => {
    if (t >= 0) rawOf[t] = j;
  });
  const lineOf: number[] = [];
  const rawTokens: string[] = [];
  raw.split('\n').forEach((text, i) => {
    for (const token of words(text)) {
      lineOf.push(i + 1);
      rawTokens.push(token);
    }
  });
  const byRule = new Map<string, number>();
  if (lineOf.length !== rawToTruth.length) return byRule;
  const spans = edits.map((e) => ({ e, last: e.line + (e.old.match(/\n/g)?.length ?? 0), old: words(e.old), made: words(e.new).length }));
  for (let t = 0; t < truth.length; t++) {
    if (kept.has(t) || glued.has(t)) continue;
    const r = rawOf[t]!;
    const line = r >= 0 ? lineOf[r]! : -1;
    const found = r >= 0 ? spans.find((s) => s.e.line <= line && line <= s.last && s.made < s.old.length && s.old.includes(rawTokens[r]!)) : undefined;
    const rule = found?.e.ruleId ?? 'none';
    byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  }
  return byRule;
}
