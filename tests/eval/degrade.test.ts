import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readTruths } from '../../eval/cases.ts';
import { degradeAll } from './_degrade-all.ts';

// These tests never print a held-out wording: on failure they show counts and hashes only, so
// a rule writer running the suite sees nothing of the held-out half.

// The evaluation's own texts, as its scorer reads them (names without `.md`).
const truths = readTruths();


describe('the evaluation’s degrader', () => {
  it('gives the development half the inputs it always had (the rules were debugged on them)', () => {
    // Pinned on the generator before the held-out wordings were rewritten (2026-12-06): a change
    // to the development inputs must be deliberate, and its figures re-measured. Re-pinned once
    // since, deliberately: a development-only pull-quote shape (a loose repeat of its sentence).
    const hash = createHash('sha256');
    for (const truth of truths.filter((t) => t.split === 'dev')) {
      for (const kind of ['web', 'pdf'] as const) {
        for (const seed of [11, 4242, 90001]) {
          const d = degradeAll(truth, kind, seed, 'dev');
          hash.update(`${truth.name}.md|${kind}|${seed}\n${d.raw}\0${JSON.stringify(d.junk)}\0`);
        }
      }
    }
    expect(hash.digest('hex')).toBe('6821c0565ed2c8ea8467aed8cd1ec13c0c28d1502ae03e316b3e3925140b6925');
  });

  it('draws no furniture wording for the held-out half that the development half shows, and the reverse', () => {
    const lines = (split: 'dev' | 'held-out'): Set<string> => {
      const seen = new Set<string>();
      for (const truth of truths) {
        for (const kind of ['web', 'pdf'] as const) {
          for (let seed = 1; seed <= 12; seed++) {
            // Running heads repeat the piece's title, pull quotes its sentences, folios are numbers,
            // and a byline may be the author's name alone: none of them is a wording of the pools.
            for (const j of degradeAll(truth, kind, seed, split).junk) {
              const text = j.text.toLowerCase();
              if (!['running head', 'pull quote', 'folio'].includes(j.kind) && text !== truth.author.toLowerCase()) seen.add(text);
            }
          }
        }
      }
      return seen;
    };
    const dev = lines('dev');
    const heldOut = lines('held-out');
    expect(dev.size).toBeGreaterThan(500);
    expect(heldOut.size).toBeGreaterThan(500);
    const shared = [...heldOut].filter((l) => dev.has(l)).length;
    expect(shared, 'furniture lines drawn by both halves (count only; the held-out wordings are not to be shown)').toBe(0);
  });

  it('adds about as much furniture to the held-out half as to the development half, per text', () => {
    const words = (split: 'dev' | 'held-out'): number => {
      let n = 0;
      for (const truth of truths) for (const kind of ['web', 'pdf'] as const) for (const seed of [5, 6, 7, 8]) n += degradeAll(truth, kind, seed, split).junk.reduce((k, j) => k + j.text.split(/\s+/).length, 0);
      return n;
    };
    const ratio = words('held-out') / words('dev');
    expect(ratio).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(1.2);
  });
});
