import { describe, expect, it } from 'vitest';
import { casesOf, readTruths, truthsOf } from '../../eval/cases.ts';
import { degradeAll } from './_degrade-all.ts';
import { OWN_TEXTS_FACTS, expectUnreadByRefit, newKindsFacts, ownTextsFacts } from './_own-texts.ts';

// Its freshness (lines, seeds, load) is checked in blind-splits.test.ts. Validation 16 was a blind
// selection set for one round (a debug set since); these tests still print none of its wordings or
// texts: on failure they show counts only.

const devTexts = readTruths();
const own = truthsOf('validation-16');
const seeds = Array.from({ length: 10 }, (_, k) => k + 1);
const FOLDERS = { 'validation-9': 'texts-9', 'validation-10': 'texts-10', 'validation-11': 'texts-11', 'validation-12': 'texts-12', 'validation-13': 'texts-13', 'validation-14': 'texts-14', 'validation-15': 'texts-15' } as const;

describe('the sixteenth validation split (--validation 16)', () => {
  it('degrades twelve texts of its own, of kinds no other folder has, three of them in Czech, Danish and Latin, and only those', () => {
    expect({
      ...ownTextsFacts(own, devTexts),
      ...newKindsFacts(own, 'texts-16', devTexts, FOLDERS),
      // One English text quotes verses in Russian.
      cyrillic: own.filter((t) => /[\u0400-\u04ff]{4}/u.test(t.body)).length,
    }).toEqual({ ...OWN_TEXTS_FACTS, kinds: 12, sharedKinds: 0, sharedWithOtherOwn: 0, languages: ['cs', 'da', 'la'], cyrillic: 1 });
    const cases = casesOf(own, 0, 'validation-16');
    expect(new Set(cases.map((c) => c.truth.name)).size).toBe(12);
    expect(cases.every((c) => c.seed >= 32_000_000 && c.seed < 33_000_000)).toBe(true);
    // The other splits still degrade their own texts alone.
    expect(truthsOf('validation-15').map((t) => t.name)).not.toEqual(expect.arrayContaining(own.map((t) => t.name)));
    expect(truthsOf('validation-8').map((t) => t.name)).toEqual(devTexts.filter((t) => t.split === 'dev').map((t) => t.name));
  });

  it('is never read by the line model’s refit', () => {
    expectUnreadByRefit('validation-16', 'texts-16');
  });

  it('draws its own shapes: breadcrumbs ending with the title, machine-translation notices, cookie vendor lists, newsletter fields, back-to-top lines, sort bars; printer’s marks, cite-as lines, indexes, form blanks', () => {
    const counts = { breadcrumbs: 0, machineTranslation: 0, vendorList: 0, signupFields: 0, backToTop: 0, sortBar: 0, printerMarks: 0, citeLines: 0, index: 0, formBlanks: 0 };
    for (const truth of own) {
      for (const seed of seeds) {
        const web = degradeAll(truth, 'web', seed, 'validation-16');
        const lines = web.raw.split('\n');
        const of = (kind: string) => web.junk.filter((j) => j.kind === kind).map((j) => j.text);
        const firstWords = truth.title.split(' ').slice(0, 3).join(' ');
        if (of('menu').some((m) => / [⟩⁄∙↠➝] /.test(m) && m.includes(firstWords))) counts.breadcrumbs++;
        if (of('notice').some((n) => /machine|automatic|maskinoversat|Automatický|Auto-translated/i.test(n))) counts.machineTranslation++;
        const popups = new Set(of('popup'));
        if (lines.filter((l) => popups.has(l) && /(?:Ltd|GmbH|BV|Inc\.|AB|Oy|Cloud|Partners)$/.test(l)).length >= 3) counts.vendorList++;
        const promos = new Set(of('promo'));
        if (lines.some((l, k) => promos.has(l) && promos.has(lines[k + 1]!) && promos.has(lines[k + 2]!) && promos.has(lines[k + 3]!))) counts.signupFields++;
        const menu = new Set(of('menu'));
        // A "back to top" line with a heading of the text within the next two lines.
        if (lines.some((l, k) => menu.has(l) && /top|toppen|nahoru|contents/i.test(l) && k + 1 < lines.length && lines.slice(k + 1, k + 3).some((x) => x.trim() && !web.junk.some((j) => j.text === x)))) counts.backToTop++;
        const comments = new Set(of('comment form'));
        if (lines.some((l, k) => comments.has(l) && /^(?:\d+|Comments \(\d+\)|💬 \d+)/.test(l) && comments.has(lines[k + 1] ?? '') && /Sort|Sortér|Řadit|first/.test(lines[k + 1] ?? ''))) counts.sortBar++;
        const pdf = degradeAll(truth, 'pdf', seed, 'validation-16');
        const pdfOf = (kind: string) => pdf.junk.filter((j) => j.kind === kind).map((j) => j.text);
        if (pdfOf('footer').some((f) => /^(?:⊕|C {3}M|100 {3}80|Cyan Magenta)/.test(f))) counts.printerMarks++;
        if (pdfOf('footer').filter((f) => /^(?:Cite as|Citér|Please cite)/.test(f)).length >= 2) counts.citeLines++;
        const contents = pdfOf('contents');
        if (contents.length >= 5 && contents.slice(1).every((c) => /, \d+/.test(c))) counts.index++;
        if (pdfOf('notice').some((n) => /_{6}|…{6}/.test(n))) counts.formBlanks++;
      }
    }
    const enough = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v >= 5]));
    expect(enough, JSON.stringify(counts)).toEqual(Object.fromEntries(Object.keys(counts).map((k) => [k, true])));
  });
});
