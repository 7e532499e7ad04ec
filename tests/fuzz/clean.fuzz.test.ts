/**
 * No cleaning pass can run away: every pass of every profile, on every adversarial shape,
 * finishes in time that grows at most linearly with the text (checked at two sizes), and the
 * whole cleaner never throws on random mixtures of those shapes. A short run here; `npm run
 * fuzz -- --minutes 10` runs the same properties for longer and prints its seed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TextFormat } from '../../pipeline/types.ts';
import { createCleaner } from '../../pipeline/clean/index.ts';
import { passesFor } from '../../pipeline/clean/_profiles.ts';
import { createContext } from '../../pipeline/clean/_context.ts';
import { loadSpeller } from '../../pipeline/clean/_words.ts';
import { arbitraryText, cpuMs, fixedShapes } from './shapes.ts';

const PROFILES: TextFormat[] = ['web', 'pdf-text', 'markdown'];
const speller = loadSpeller();

function timed(work: () => unknown): number {
  const start = cpuMs();
  work();
  return cpuMs() - start;
}

/** Milliseconds each pass of the profile takes on the text, by rule id: the best of three, as the machine is shared. */
function passTimes(text: string, profile: TextFormat): Map<string, number> {
  const ctx = createContext(text, { file: 'fuzz.txt', profile }, speller);
  const times = new Map<string, number>();
  for (const pass of passesFor(profile, [])) {
    times.set(pass.ruleId, Math.min(timed(() => pass.run(text, ctx)), timed(() => pass.run(text, ctx)), timed(() => pass.run(text, ctx))));
  }
  return times;
}

describe('no cleaning pass is slower than linear on an adversarial shape', () => {
  const small = 4_000;
  const large = 32_000;
  for (const profile of PROFILES) {
    it(`${profile} passes`, () => {
      const slow: string[] = [];
      for (const shape of fixedShapes()) {
        const a = passTimes(shape.make(small), profile);
        const b = passTimes(shape.make(large), profile);
        for (const [rule, tb] of b) {
          const ta = a.get(rule) ?? 0;
          // 8× the text: linear work takes about 8× as long, quadratic 64×; allow noise and fixed costs.
          if (tb > 30 * ta + 60) slow.push(`${rule} on ${shape.name}: ${ta.toFixed(1)} ms → ${tb.toFixed(1)} ms`);
          if (tb > 2_000) slow.push(`${rule} on ${shape.name}: ${tb.toFixed(0)} ms at ${large} characters`);
        }
      }
      expect(slow).toEqual([]);
    }, 240_000);
  }
});

/** Texts a longer fuzz run (`npm run fuzz`) once failed on, kept so they never fail again. */
const COUNTEREXAMPLES = [
  // pdf/caption removed a strong caption, then closed up the next caption's sentence across it: overlapping edits.
  'Photo: "\n\n\n\nWord a line that runs on\nsed massa      >      > | a | b |\nIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIII',
];

describe('the cleaner never throws, and keeps within a time budget, on random mixtures', () => {
  it('the counterexamples of earlier runs', () => {
    const cleaner = createCleaner();
    for (const text of COUNTEREXAMPLES) for (const profile of PROFILES) expect(() => cleaner.cleanText(text, { file: 'fuzz.txt', format: profile })).not.toThrow();
  });

  for (const profile of PROFILES) {
    it(`${profile}`, () => {
      const cleaner = createCleaner();
      fc.assert(
        fc.property(arbitraryText(), (text) => {
          const ms = timed(() => cleaner.cleanText(text, { file: 'fuzz.txt', format: profile }));
          return ms < 3_000 + text.length / 10;
        }),
        { numRuns: 25, seed: Number(process.env.FUZZ_SEED ?? 20261205) },
      );
    }, 240_000);
  }
});
