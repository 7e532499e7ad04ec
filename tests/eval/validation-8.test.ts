import { describe, expect, it } from 'vitest';
import { readTruths } from '../../eval/cases.ts';
import { degradeAll } from './_degrade-all.ts';

// Its freshness (lines, seeds, load) is checked in blind-splits.test.ts. Validation 8 is a debug
// set, but like degrade.test.ts these tests show counts only on failure.

const truths = readTruths();
const devTruths = truths.filter((t) => t.split === 'dev');

const seeds = Array.from({ length: 12 }, (_, k) => k + 1);

describe('the eighth validation split (--validation 8)', () => {
  it('sets link entries over several lines, readers’ comment threads, end notices, captions after their paragraph, spaced credits and alternating running heads', () => {
    let entryBlocks = 0;
    let replies = 0;
    let spacedCredits = 0;
    let captionAfter = 0;
    const kinds = new Map<string, number>();
    const heads = new Set<string>();
    for (const truth of devTruths) {
      for (const seed of seeds) {
        for (const kind of ['web', 'pdf'] as const) {
          const { raw, junk } = degradeAll(truth, kind, seed, 'validation-8');
          const lines = raw.split('\n');
          const at = new Map(lines.map((l, k) => [l, k]));
          for (const j of junk) kinds.set(j.kind, (kinds.get(j.kind) ?? 0) + 1);
          junk.forEach((j, k) => {
            const next = junk[k + 1];
            // A link-list entry of two or more lines: furniture of the same kind on the very next line.
            if ((j.kind === 'link list' || j.kind === 'related links') && next?.kind === j.kind && at.has(j.text) && at.get(next.text) === at.get(j.text)! + 1) entryBlocks++;
            if (j.kind === 'comment form' && j.text.startsWith('@')) replies++;
            // A credit set at the end of a caption's line after a run of spaces.
            if (j.kind === 'credit' && !at.has(j.text) && lines.some((l) => l.endsWith(`   ${j.text}`))) spacedCredits++;
            // A caption whose line comes straight after a paragraph's text (no blank line, not furniture).
            const n = at.get(j.text);
            if (kind === 'web' && j.kind === 'caption' && n !== undefined && n > 0 && lines[n - 1]!.split(' ').length > 25) captionAfter++;
            if (j.kind === 'running head') heads.add(j.text.replace(/\d+/g, '').trim());
          });
        }
      }
    }
    expect({
      entryBlocks: entryBlocks > 200,
      replies: replies > 10,
      spacedCredits: spacedCredits > 10,
      captionAfter: captionAfter > 10,
      notices: (kinds.get('notice') ?? 0) > 100,
      contents: (kinds.get('contents') ?? 0) > 10,
      headStyles: heads.size > devTruths.length * 2,
    }).toEqual({ entryBlocks: true, replies: true, spacedCredits: true, captionAfter: true, notices: true, contents: true, headStyles: true });
  });
});
