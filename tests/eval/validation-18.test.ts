import { describe, expect, it } from 'vitest';
import { casesOf, readTruths, truthsOf } from '../../eval/cases.ts';
import { degradeAll } from './_degrade-all.ts';
import { OWN_TEXTS_FACTS, expectUnreadByRefit, newKindsFacts, ownTextsFacts } from './_own-texts.ts';

// Its freshness (lines, seeds, load) is checked in blind-splits.test.ts. Validation 18 is a blind
// selection set: these tests print none of its wordings or texts; on failure they show counts only.

const devTexts = readTruths();
const own = truthsOf('validation-18');
const seeds = Array.from({ length: 20 }, (_, k) => k + 1);
const FOLDERS = { 'validation-9': 'texts-9', 'validation-10': 'texts-10', 'validation-11': 'texts-11', 'validation-12': 'texts-12', 'validation-13': 'texts-13', 'validation-14': 'texts-14', 'validation-15': 'texts-15', 'validation-16': 'texts-16', 'validation-17': 'texts-17' } as const;

describe('the eighteenth validation split (--validation 18)', () => {
  it('degrades twelve texts of its own, of kinds no other folder has, two of them in Norwegian and Turkish, and only those', () => {
    expect({
      ...ownTextsFacts(own, devTexts),
      ...newKindsFacts(own, 'texts-18', devTexts, FOLDERS),
      // One English text quotes a register entry in Cyrillic.
      cyrillic: own.filter((t) => /[\u0400-\u04ff]{4}/u.test(t.body)).length,
    }).toEqual({ ...OWN_TEXTS_FACTS, kinds: 12, sharedKinds: 0, sharedWithOtherOwn: 0, languages: ['nb', 'tr'], cyrillic: 1 });
    const cases = casesOf(own, 0, 'validation-18');
    expect(new Set(cases.map((c) => c.truth.name)).size).toBe(12);
    expect(cases.every((c) => c.seed >= 36_000_000 && c.seed < 37_000_000)).toBe(true);
    // The other splits still degrade their own texts alone.
    expect(truthsOf('validation-17').map((t) => t.name)).not.toEqual(expect.arrayContaining(own.map((t) => t.name)));
    expect(truthsOf('validation-8').map((t) => t.name)).toEqual(devTexts.filter((t) => t.split === 'dev').map((t) => t.name));
  });

  it('is never read by the line model’s refit', () => {
    expectUnreadByRefit('validation-18', 'texts-18');
  });

  it('draws its own shapes: reader views, paywall meters, videos, assistant boxes, fundraisers, pagers; download lines, e-mail headers, placeholders, digitised-by lines, date-due slips', () => {
    const counts = { readerView: 0, meter: 0, video: 0, assistant: 0, fundraiser: 0, pager: 0, download: 0, email: 0, placeholder: 0, digitised: 0, dateDue: 0 };
    for (const truth of own) {
      for (const seed of seeds) {
        const web = degradeAll(truth, 'web', seed, 'validation-18');
        const of = (kind: string) => web.junk.filter((j) => j.kind === kind).map((j) => j.text);
        if (of('notice').some((n) => /minutes|min read|minutter/.test(n))) counts.readerView++;
        if (of('popup').some((p) => /free (?:story|stories)|free this month|gratis artikler|ücretsiz/.test(p))) counts.meter++;
        if (of('promo').some((p) => /^0:00 \/ \d:\d\d$/.test(p))) counts.video++;
        if (of('promo').filter((p) => /\?$/.test(p)).length >= 1 && of('promo').some((p) => /AI|experimental/.test(p))) counts.assistant++;
        if (of('appeal').some((a) => /raised of £/.test(a))) counts.fundraiser++;
        if (of('related links').some((l) => /story before this one|next story along|^‹ /.test(l))) counts.pager++;
        const pdf = degradeAll(truth, 'pdf', seed, 'validation-18');
        const pdfOf = (kind: string) => pdf.junk.filter((j) => j.kind === kind).map((j) => j.text);
        if (pdfOf('footer').filter((f) => /^(?:This content downloaded|Downloaded from)/.test(f)).length >= 2) counts.download++;
        if (pdfOf('notice').some((n) => /^Subject: FW: /.test(n))) counts.email++;
        if (pdfOf('notice').some((n) => /^(?:Click or tap|Choose an item|Klikk eller|\[Type)/.test(n))) counts.placeholder++;
        if (pdfOf('footer').filter((f) => /^(?:Digiti[sz]ed|Scanned)/.test(f)).length >= 2) counts.digitised++;
        if (pdfOf('notice').some((n) => /^(?:DATE DUE|RETURN ON OR BEFORE)/.test(n))) counts.dateDue++;
      }
    }
    const enough = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v >= 5]));
    expect(enough, JSON.stringify(counts)).toEqual(Object.fromEntries(Object.keys(counts).map((k) => [k, true])));
  });

  it('draws validations 16’s and 17’s shapes in words of its own: weather strips, summary boxes, back-to-top lines, ratings, priced boxes; fax lines, disclosure numbers, indexes, figure numbers, side captions', () => {
    const counts = { weather: 0, summary: 0, backToTop: 0, rating: 0, pricedBox: 0, otherTongue: 0, fax: 0, bates: 0, index: 0, figureNumber: 0, sideCaption: 0 };
    for (const truth of own) {
      for (const seed of seeds) {
        const web = degradeAll(truth, 'web', seed, 'validation-18');
        const of = (kind: string) => web.junk.filter((j) => j.kind === kind).map((j) => j.text);
        if (of('menu').some((m) => /°/.test(m))) counts.weather++;
        if (of('notice').some((n) => /^• /.test(n))) counts.summary++;
        if (of('menu').some((m) => /top of the story|headline|toppen|Başa dön|boven/.test(m))) counts.backToTop++;
        if (of('popup').some((p) => /[✭✩]{5}/.test(p))) counts.rating++;
        if (of('promo').some((p) => /[£€]\d/.test(p))) counts.pricedBox++;
        if (of('notice').some((n) => /saken|yazı|verhaal|reportagem|Tekst|material/.test(n))) counts.otherTongue++;
        const pdf = degradeAll(truth, 'pdf', seed, 'validation-18');
        const pdfOf = (kind: string) => pdf.junk.filter((j) => j.kind === kind).map((j) => j.text);
        if (pdfOf('running head').filter((h) => /TEL .* P\.\d\d\/\d\d$/.test(h)).length >= 2) counts.fax++;
        if (pdfOf('folio').filter((f) => /^(?:TWC|FLS-B|HDB\/)\d{7}$/.test(f)).length >= 2) counts.bates++;
        if (pdfOf('contents').some((c) => /, see also /.test(c))) counts.index++;
        if (pdfOf('figure number').some((f) => /^Fig\. \d–\d/.test(f))) counts.figureNumber++;
        if (pdfOf('side caption').length > 0) counts.sideCaption++;
      }
    }
    const enough = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v >= 5]));
    expect(enough, JSON.stringify(counts)).toEqual(Object.fromEntries(Object.keys(counts).map((k) => [k, true])));
  });
});
