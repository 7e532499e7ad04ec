/**
 * The content writer writes the numbers of its operators from their millionths rather than
 * with `String`: the text must be `String`'s, digit for digit, for every number it writes
 * (rounded to six decimals), or the page streams would change.
 */
import { describe, expect, it } from 'vitest';
import { numberText } from '../../pipeline/render/pdf/content-writer.ts';

const rounded = (n: number): number => Math.round(n * 1e6) / 1e6;

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('numberText', () => {
  it('writes what String writes for numbers rounded to six decimals', () => {
    const next = random(14);
    const samples = [0, -0, 1e-6, -1e-6, 5e-7, -5e-7, 0.1 + 0.2, 595.28, 841.89, 12.5, -12.5, 1, 100, 123456.000001, 999999999.999999];
    for (let i = 0; i < 200_000; i += 1) {
      const scale = [1e-5, 1, 10, 600, 1e6][i % 5]!;
      samples.push((next() - 0.4) * scale);
    }
    for (const sample of samples) {
      const n = rounded(sample);
      expect(numberText(n), `${sample}`).toBe(String(n));
    }
  });

  it('leaves numbers too large for six exact decimals to String', () => {
    for (const n of [1e9 + 0.5, 1e15, 1e21, -3e25]) expect(numberText(n)).toBe(String(n));
  });
});
