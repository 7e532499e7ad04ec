import { describe, expect, it } from 'vitest';
import { readTruths } from '../../eval/cases.ts';
import { degradeAll } from './_degrade-all.ts';

// Its freshness (lines, seeds, load) is checked in blind-splits.test.ts. Validation 7 is a debug
// set, but like degrade.test.ts these tests show counts only on failure.

const truths = readTruths();
const devTruths = truths.filter((t) => t.split === 'dev');

const seeds = Array.from({ length: 12 }, (_, k) => k + 1);

/** Quote marks other than the English double ones. */
const OTHER_QUOTES = /[«»„‘]/;

describe('the seventh validation split (--validation 7)', () => {
  it('sets credits above captions and beside them after a separator, pull quotes in other marks, maps and source notes', () => {
    let before = 0;
    let joined = 0;
    let otherQuotes = 0;
    const kinds = new Map<string, number>();
    for (const truth of devTruths) {
      for (const seed of seeds) {
        for (const kind of ['web', 'pdf'] as const) {
          const { raw, junk } = degradeAll(truth, kind, seed, 'validation-7');
          const lines = raw.split('\n').map((l) => l.trim());
          const at = new Map(lines.map((l, k) => [l, k]));
          for (const j of junk) kinds.set(j.kind, (kinds.get(j.kind) ?? 0) + 1);
          junk.forEach((j, k) => {
            const next = junk[k + 1];
            // A credit line with its caption on the very next line.
            if (j.kind === 'credit' && next?.kind === 'caption' && at.has(j.text) && at.get(next.text) === at.get(j.text)! + 1) before++;
            // A credit that stands on no line of its own: set after a separator on its caption's line.
            if (j.kind === 'credit' && !at.has(j.text) && lines.some((l) => /[·|/—] /.test(l) && l.endsWith(j.text))) joined++;
            if (j.kind === 'pull quote' && OTHER_QUOTES.test(j.text)) otherQuotes++;
          });
        }
      }
    }
    expect({ before: before > 20, joined: joined > 20, otherQuotes: otherQuotes > 10, maps: (kinds.get('map') ?? 0) > 30, sideCaptions: (kinds.get('side caption') ?? 0) > 10, credits: (kinds.get('credit') ?? 0) > 60 }).toEqual({
      before: true,
      joined: true,
      otherQuotes: true,
      maps: true,
      sideCaptions: true,
      credits: true,
    });
  });
});
