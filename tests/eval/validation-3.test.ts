import { describe, expect, it } from 'vitest';
import { casesOf, readTruths } from '../../eval/cases.ts';
import { degradePdf } from '../../eval/degrade.ts';
import { degradeAll, furniturePerText, furnitureLines } from './_degrade-all.ts';

// Like degrade.test.ts, these tests never print a wording of the held-out half: on failure they
// show counts only.

const truths = readTruths();
const devTruths = truths.filter((t) => t.split === 'dev');


const seeds = Array.from({ length: 12 }, (_, k) => k + 1);

describe('the third validation split (--validation 3)', () => {
  it('draws no furniture line that the development or the held-out half draws', () => {
    const v3 = furnitureLines('validation-3', devTruths, seeds);
    const dev = furnitureLines('dev', truths, seeds);
    const heldOut = furnitureLines('held-out', truths, seeds);
    expect(v3.size).toBeGreaterThan(500);
    const withDev = [...v3].filter((l) => dev.has(l)).length;
    const withHeldOut = [...v3].filter((l) => heldOut.has(l)).length;
    // Counts only: the held-out wordings are not to be shown.
    expect({ withDev, withHeldOut }, 'furniture lines validation 3 shares with the development and held-out halves').toEqual({ withDev: 0, withHeldOut: 0 });
  });

  it('gives inputs of its own: other seeds and other raw texts than validation 1', () => {
    const seedsOf = (split: 'validation' | 'validation-3'): Set<number> => new Set(casesOf(devTruths, 0, split).map((c) => c.seed));
    const v1Seeds = seedsOf('validation');
    expect([...seedsOf('validation-3')].filter((s) => v1Seeds.has(s))).toEqual([]);
    let same = 0;
    let compared = 0;
    for (const truth of devTruths) {
      for (const kind of ['web', 'pdf'] as const) {
        for (const seed of [3, 17]) {
          compared++;
          if (degradeAll(truth, kind, seed, 'validation-3').raw === degradeAll(truth, kind, seed, 'validation').raw) same++;
        }
      }
    }
    expect(compared).toBeGreaterThan(40);
    expect(same).toBe(0);
  });

  it('adds about as much furniture per text as the development half (within 20%)', () => {
    const ratio = furniturePerText('validation-3', devTruths) / furniturePerText('dev', devTruths);
    expect(ratio).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(1.2);
  });

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
