import { describe, expect, it } from 'vitest';
import { type Split, casesOf, readTruths } from '../../eval/cases.ts';
import { degradePdf } from '../../eval/degrade.ts';
import { degradeAll, furniturePerText, furnitureLines } from './_degrade-all.ts';

// Like degrade.test.ts, these tests never print a wording of the held-out half (nor, being a
// blind check, of any split): on failure they show counts only.

const truths = readTruths();
const devTruths = truths.filter((t) => t.split === 'dev');

const seeds = Array.from({ length: 12 }, (_, k) => k + 1);

describe('the fourth validation split (--validation 4)', () => {
  it('draws no furniture line that the development, validation 1–3 or held-out pools draw', () => {
    const v4 = furnitureLines('validation-4', devTruths, seeds);
    expect(v4.size).toBeGreaterThan(500);
    const shared: Record<string, number> = {};
    for (const split of ['dev', 'held-out', 'validation', 'validation-2', 'validation-3'] as const) {
      const other = furnitureLines(split, split === 'held-out' ? truths : devTruths, seeds);
      shared[split] = [...v4].filter((l) => other.has(l)).length;
    }
    // Counts only: no wording is shown.
    expect(shared, 'furniture lines validation 4 shares with other splits').toEqual({ dev: 0, 'held-out': 0, validation: 0, 'validation-2': 0, 'validation-3': 0 });
  });

  it('gives inputs of its own: other seeds and other raw texts than validations 1–3', () => {
    const seedsOf = (split: Split): Set<number> => new Set(casesOf(devTruths, 0, split).map((c) => c.seed));
    const v4Seeds = seedsOf('validation-4');
    for (const split of ['dev', 'validation', 'validation-2', 'validation-3'] as const) {
      const other = seedsOf(split);
      expect([...v4Seeds].filter((s) => other.has(s)).length, `seeds shared with ${split}`).toBe(0);
    }
    let same = 0;
    let compared = 0;
    for (const truth of devTruths) {
      for (const kind of ['web', 'pdf'] as const) {
        for (const seed of [3, 17]) {
          const v4 = degradeAll(truth, kind, seed, 'validation-4').raw;
          for (const split of ['validation', 'validation-2', 'validation-3'] as const) {
            compared++;
            if (v4 === degradeAll(truth, kind, seed, split).raw) same++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(120);
    expect(same).toBe(0);
  });

  it('adds about as much furniture per text as the development half (within 20%)', () => {
    const ratio = furniturePerText('validation-4', devTruths) / furniturePerText('dev', devTruths);
    expect(ratio).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(1.2);
  });

  it('draws its own shapes: credits, labelled promotion boxes, names on even pages, section titles on odd pages, page-number styles, contents, first-page notices', () => {
    const kinds = new Map<string, number>();
    let boxes = 0;
    let verso = 0;
    let outer = 0;
    let stacked = 0;
    let sectionHeads = 0;
    const folioStyles = new Set<string>();
    for (const truth of devTruths) {
      for (const seed of seeds) {
        const web = degradeAll(truth, 'web', seed, 'validation-4');
        if (web.junk.some((j) => j.kind === 'promo' && /^([─═*=-])\1{2,} .+ \1{12,}$/.test(j.text))) boxes++;
        if (web.junk.some((j, k) => j.kind === 'caption' && web.junk[k + 1]?.kind === 'caption' && web.raw.includes(`${j.text}\n${web.junk[k + 1]!.text}`))) stacked++;
        const pdf = degradePdf(truth.body, truth, seed, { split: 'validation-4' });
        const all = degradeAll(truth, 'pdf', seed, 'validation-4');
        for (const j of [...web.junk, ...pdf.junk, ...all.junk]) kinds.set(j.kind, (kinds.get(j.kind) ?? 0) + 1);
        const surname = truth.author.split(' ').pop()!.toUpperCase();
        const heads = pdf.junk.filter((j) => j.kind === 'running head');
        if (heads.some((j) => j.text.toUpperCase().includes(surname) && !j.text.toUpperCase().includes(truth.title.toUpperCase()))) verso++;
        if (heads.some((j) => /\d/.test(j.text) && /\s{4,}/.test(j.text))) outer++;
        const sections = new Set([...truth.body.matchAll(/^#{2,6} (.*)$/gm)].map((m) => m[1]!.replace(/[*_\\]/g, '').toUpperCase()));
        if (heads.some((j) => sections.has(j.text.replace(/^\S+ {4,}|\s{4,}\S+$/g, '').toUpperCase()))) sectionHeads++;
        const folio = pdf.junk.find((j) => j.kind === 'folio');
        if (folio) folioStyles.add(folio.text.replace(/\d+/g, '9').replace(/^[IVX]+$/, 'R'));
      }
    }
    expect(kinds.get('credit') ?? 0).toBeGreaterThan(20);
    expect(kinds.get('footer') ?? 0).toBeGreaterThan(20);
    expect(kinds.get('contents') ?? 0).toBeGreaterThan(20);
    expect(kinds.get('notice') ?? 0).toBeGreaterThan(20);
    expect(boxes).toBeGreaterThan(3);
    expect(stacked).toBeGreaterThan(3);
    expect(verso).toBeGreaterThan(10);
    expect(outer).toBeGreaterThan(10);
    expect(sectionHeads).toBeGreaterThan(5);
    expect(folioStyles.size).toBeGreaterThanOrEqual(5);
  });
});
