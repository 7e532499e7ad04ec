import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casesOf, readTruths, truthsOf } from '../../eval/cases.ts';
import { degradeWeb } from '../../eval/degrade.ts';
import { degradeAll } from './_degrade-all.ts';
import { OWN_TEXTS_FACTS, ownTextsFacts } from './_own-texts.ts';

// Its freshness (lines, seeds, load) is checked in blind-splits.test.ts. Validation 9 was the lead's
// blind selection set (a debug set since 2026-12-07); these tests still print none of its wordings or
// texts: on failure they show counts only.

const devTexts = readTruths();
const own = truthsOf('validation-9');
const seeds = Array.from({ length: 10 }, (_, k) => k + 1);

describe('the ninth validation split (--validation 9)', () => {
  it('degrades twelve texts of its own, none of them in eval/texts, and only those', () => {
    const names = new Set(devTexts.map((t) => t.name));
    expect(ownTextsFacts(own, devTexts)).toEqual(OWN_TEXTS_FACTS);
    const cases = casesOf(own, 0, 'validation-9');
    expect(cases.filter((c) => names.has(c.truth.name)).length).toBe(0);
    expect(new Set(cases.map((c) => c.truth.name)).size).toBe(12);
    // The other splits still degrade eval/texts alone.
    expect(truthsOf('validation-8').map((t) => t.name)).toEqual(devTexts.filter((t) => t.split === 'dev').map((t) => t.name));
  });

  it('is never read by the line model’s refit', () => {
    const refit = readFileSync(new URL('../../scripts/refit-line-model.ts', import.meta.url), 'utf8');
    expect(/validation-9|texts-9|truthsOf/.test(refit)).toBe(false);
  });

  it('draws its own shapes: players or tools under the head, boxes in the text, ranks on their own lines, topic rows, author boxes, consent buttons, wrapped captions, footnotes and their marks, first-page feet, section running heads', () => {
    const counts = { player: 0, box: 0, ranks: 0, topics: 0, authorBox: 0, consent: 0, wrappedCaptions: 0, footnotes: 0, marks: 0, firstFoot: 0, sectionHeads: 0 };
    for (const truth of own) {
      const sections = [...truth.body.matchAll(/^#{2,} (.*)$/gm)].map((m) => m[1]!.replace(/[*\\]/g, ''));
      for (const seed of seeds) {
        const web = degradeAll(truth, 'web', seed, 'validation-9');
        const lines = web.raw.split('\n');
        const at = (text: string): number => lines.indexOf(text);
        const of = (kind: string) => web.junk.filter((j) => j.kind === kind);
        // On a page with no list of links before the title: a player's or a tools row's line in the page's first third.
        const bare = degradeWeb(truth.body, truth, seed, { split: 'validation-9' });
        const bareLines = bare.raw.split('\n');
        if (bare.junk.some((j) => (j.kind === 'promo' || j.kind === 'share') && bareLines.indexOf(j.text) >= 0 && bareLines.indexOf(j.text) < bareLines.length / 3)) counts.player++;
        // A box of three or more promo lines in a row, inside the text.
        if (web.junk.some((j, k) => j.kind === 'promo' && web.junk[k + 2]?.kind === 'promo' && at(web.junk[k + 2]!.text) === at(j.text) + 2)) counts.box++;
        // A rank on its own line: a related-links line with no letter, followed by one with letters.
        if (of('related links').some((j) => !/\p{L}/u.test(j.text) && /\p{L}/u.test(lines[at(j.text) + 1] ?? ''))) counts.ranks++;
        if (of('related links').some((j) => /^[\p{L}]+ ?(?::|→)/u.test(j.text) && j.text.split(/[,·|/#]/).length >= 3)) counts.topics++;
        if (of('byline').some((j) => j.text.includes('@'))) counts.authorBox++;
        if (of('popup').length >= 3) counts.consent++;
        const pdf = degradeAll(truth, 'pdf', seed, 'validation-9');
        const pdfLines = pdf.raw.split('\n');
        // A caption wrapped over several lines: recorded whole, found only across lines.
        if (pdf.junk.some((j) => j.kind === 'caption' && j.text.split(' ').length > 12 && !pdfLines.includes(j.text) && pdf.raw.replace(/\n/g, ' ').includes(j.text))) counts.wrappedCaptions++;
        if (pdf.junk.some((j) => j.kind === 'footer' && /^(?:\d+|\(\d+\)|\[\d+\]) \p{Lu}/u.test(j.text))) counts.footnotes++;
        if (pdfLines.some((l) => /\p{Ll}[.,;](?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\(\d+\)|\[\d+\])$/u.test(l))) counts.marks++;
        if (pdf.junk.some((j) => j.kind === 'notice' && /doi|issn|licen[cs]e|ricevuto/i.test(j.text))) counts.firstFoot++;
        if (pdf.junk.some((j) => j.kind === 'running head' && sections.some((s) => j.text.toLowerCase().includes(s.toLowerCase())))) counts.sectionHeads++;
      }
    }
    const enough = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v >= 5]));
    expect(enough, JSON.stringify(counts)).toEqual(Object.fromEntries(Object.keys(counts).map((k) => [k, true])));
  });
});
