import { describe, expect, it } from 'vitest';
import { readTruths } from '../../eval/cases.ts';
import { degradePdf } from '../../eval/degrade.ts';
import { degradeAll } from './_degrade-all.ts';

// Its freshness (lines, seeds, load) is checked in blind-splits.test.ts. Like degrade.test.ts,
// these tests never print a wording of the held-out half: on failure they show counts only.

const truths = readTruths();
const devTruths = truths.filter((t) => t.split === 'dev');

const seeds = Array.from({ length: 12 }, (_, k) => k + 1);

describe('the third validation split (--validation 3)', () => {
  it('draws its own shapes: credits, ruled promotion boxes, an author on even pages, page-number styles per document', () => {
    const kinds = new Map<string, number>();
    let boxes = 0;
    let versoAuthor = 0;
    const folioStyles = new Set<string>();
    for (const truth of devTruths) {
      for (const seed of seeds) {
        const web = degradeAll(truth, 'web', seed, 'validation-3');
        if (web.junk.some((j) => j.kind === 'promo' && /^([─═*\-━])\1{17,}$/.test(j.text))) boxes++;
        const pdf = degradePdf(truth.body, truth, seed, { split: 'validation-3' });
        for (const j of [...web.junk, ...pdf.junk]) kinds.set(j.kind, (kinds.get(j.kind) ?? 0) + 1);
        if (pdf.junk.some((j) => j.kind === 'running head' && j.text.replace(/ /g, '').toLowerCase() === truth.author.replace(/ /g, '').toLowerCase())) versoAuthor++;
        const folio = pdf.junk.find((j) => j.kind === 'folio');
        if (folio) folioStyles.add(folio.text.replace(/\d+/g, '9').replace(truth.title, 'T').replace(/^[ivx]+$/, 'r'));
      }
    }
    expect(kinds.get('credit') ?? 0).toBeGreaterThan(20);
    expect(kinds.get('footer') ?? 0).toBeGreaterThan(20);
    expect(boxes).toBeGreaterThan(3);
    expect(versoAuthor).toBeGreaterThan(10);
    expect(folioStyles.size).toBeGreaterThanOrEqual(6);
  });
});
