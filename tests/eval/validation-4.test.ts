import { describe, expect, it } from 'vitest';
import { readTruths } from '../../eval/cases.ts';
import { degradePdf } from '../../eval/degrade.ts';
import { degradeAll } from './_degrade-all.ts';

// Its freshness (lines, seeds, load) is checked in blind-splits.test.ts. Like degrade.test.ts,
// these tests never print a wording of the held-out half (nor, being a
// blind check, of any split): on failure they show counts only.

const truths = readTruths();
const devTruths = truths.filter((t) => t.split === 'dev');

const seeds = Array.from({ length: 12 }, (_, k) => k + 1);

describe('the fourth validation split (--validation 4)', () => {
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
