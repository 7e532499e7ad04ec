import { describe, expect, it } from 'vitest';
import { type Split, casesOf, readTruths } from '../../eval/cases.ts';
import { degradeAll, furniturePerText, furnitureLines } from './_degrade-all.ts';

// The splits that word every pool anew must each be a fresh measure: no furniture line, seed or
// raw text in common with a split written before them, and about the development half's load of
// furniture. Like degrade.test.ts, these tests never print a wording (the held-out half's, or a
// blind split's): on failure they show counts only. Each split's own shapes are checked in its
// own file (validation-3/4/5/6/7/8/9/11/13/14/15/16/17/18.test.ts).

const truths = readTruths();
const devTruths = truths.filter((t) => t.split === 'dev');
const seeds = Array.from({ length: 12 }, (_, k) => k + 1);

/** Splits in the order they were written; each is checked against every one before it. */
const ORDER: readonly Split[] = ['dev', 'held-out', 'validation', 'validation-2', 'validation-3', 'validation-4', 'validation-5', 'validation-6', 'validation-7', 'validation-8', 'validation-9', 'validation-11', 'validation-13', 'validation-14', 'validation-15', 'validation-16', 'validation-17', 'validation-18'];
const FRESH: readonly Split[] = ['validation-3', 'validation-4', 'validation-5', 'validation-6', 'validation-7', 'validation-8', 'validation-9', 'validation-11', 'validation-13', 'validation-14', 'validation-15', 'validation-16', 'validation-17', 'validation-18'];

const linesCache = new Map<Split, Set<string>>();
const linesOf = (split: Split): Set<string> => {
  let lines = linesCache.get(split);
  if (!lines) linesCache.set(split, (lines = furnitureLines(split, split === 'held-out' ? truths : devTruths, seeds)));
  return lines;
};
const seedsOf = (split: Split): Set<number> => new Set(casesOf(devTruths, 0, split).map((c) => c.seed));

describe.each(FRESH)('the blind split %s', (split) => {
  const earlier = ORDER.slice(0, ORDER.indexOf(split));

  it('draws no furniture line that an earlier split draws', () => {
    const own = linesOf(split);
    expect(own.size).toBeGreaterThan(500);
    const shared = Object.fromEntries(earlier.map((other) => [other, [...own].filter((l) => linesOf(other).has(l)).length]));
    expect(shared, `furniture lines ${split} shares with earlier splits`).toEqual(Object.fromEntries(earlier.map((other) => [other, 0])));
  });

  it('gives inputs of its own: other seeds and other raw texts than the earlier development splits', () => {
    const own = seedsOf(split);
    const devSplits = earlier.filter((s) => s !== 'held-out');
    const sharedSeeds = Object.fromEntries(devSplits.map((other) => [other, [...own].filter((s) => seedsOf(other).has(s)).length]));
    expect(sharedSeeds, `seeds ${split} shares`).toEqual(Object.fromEntries(devSplits.map((other) => [other, 0])));
    let same = 0;
    let compared = 0;
    for (const truth of devTruths) {
      for (const kind of ['web', 'pdf'] as const) {
        for (const seed of [3, 17]) {
          const raw = degradeAll(truth, kind, seed, split).raw;
          for (const other of devSplits.filter((s) => s !== 'dev')) {
            compared++;
            if (raw === degradeAll(truth, kind, seed, other).raw) same++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(40);
    expect(same).toBe(0);
  });

  it('adds about as much furniture per text as the development half (within 20%)', () => {
    const ratio = furniturePerText(split, devTruths) / furniturePerText('dev', devTruths);
    expect(ratio).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(1.2);
  });
});
