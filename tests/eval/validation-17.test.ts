import { describe, expect, it } from 'vitest';
import { casesOf, readTruths, truthsOf } from '../../eval/cases.ts';
import { degradeAll } from './_degrade-all.ts';
import { OWN_TEXTS_FACTS, expectUnreadByRefit, newKindsFacts, ownTextsFacts } from './_own-texts.ts';

// Its freshness (lines, seeds, load) is checked in blind-splits.test.ts. Validation 17 was a blind
// selection set for one round (a debug set since); these tests still print none of its wordings or
// texts: on failure they show counts only.

const devTexts = readTruths();
const own = truthsOf('validation-17');
const seeds = Array.from({ length: 10 }, (_, k) => k + 1);
const FOLDERS = { 'validation-9': 'texts-9', 'validation-10': 'texts-10', 'validation-11': 'texts-11', 'validation-12': 'texts-12', 'validation-13': 'texts-13', 'validation-14': 'texts-14', 'validation-15': 'texts-15', 'validation-16': 'texts-16' } as const;

describe('the seventeenth validation split (--validation 17)', () => {
  it('degrades twelve texts of its own, of kinds no other folder has, two of them in Finnish and Hungarian, and only those', () => {
    expect({
      ...ownTextsFacts(own, devTexts),
      ...newKindsFacts(own, 'texts-17', devTexts, FOLDERS),
      // One English text quotes Greek verses.
      greek: own.filter((t) => /[\u0370-\u03ff\u1f00-\u1fff]{4}/u.test(t.body)).length,
    }).toEqual({ ...OWN_TEXTS_FACTS, kinds: 12, sharedKinds: 0, sharedWithOtherOwn: 0, languages: ['fi', 'hu'], greek: 1 });
    const cases = casesOf(own, 0, 'validation-17');
    expect(new Set(cases.map((c) => c.truth.name)).size).toBe(12);
    expect(cases.every((c) => c.seed >= 34_000_000 && c.seed < 35_000_000)).toBe(true);
    // The other splits still degrade their own texts alone.
    expect(truthsOf('validation-16').map((t) => t.name)).not.toEqual(expect.arrayContaining(own.map((t) => t.name)));
    expect(truthsOf('validation-8').map((t) => t.name)).toEqual(devTexts.filter((t) => t.split === 'dev').map((t) => t.name));
  });

  it('is never read by the line model’s refit', () => {
    expectUnreadByRefit('validation-17', 'texts-17');
  });

  it('draws its own shapes: weather strips, summary boxes, calendar widgets, attachments, review dates, ratings, reactions; formatting balloons, fax lines, disclosure numbers, controlled footers, mark-reader ticks, specks', () => {
    const counts = { weather: 0, summary: 0, calendar: 0, attachments: 0, reviewDates: 0, rating: 0, reactions: 0, formatting: 0, fax: 0, bates: 0, controlled: 0, omr: 0, specks: 0 };
    for (const truth of own) {
      for (const seed of seeds) {
        const web = degradeAll(truth, 'web', seed, 'validation-17');
        const of = (kind: string) => web.junk.filter((j) => j.kind === kind).map((j) => j.text);
        if (of('menu').some((m) => /°C/.test(m))) counts.weather++;
        if (of('notice').some((n) => /summary|Riassunto|összefoglaló|In brief/i.test(n))) counts.summary++;
        if (of('promo').some((p) => /calendar|calendario|Naptár/i.test(p))) counts.calendar++;
        if (of('related links').some((l) => /\((?:\d+ KB|\d\.\d MB)\)|· \d|, \d/.test(l) && /\.(?:pdf|docx|xlsx|zip)\b/.test(l))) counts.attachments++;
        if (of('notice').some((n) => /review|revisione|Last checked/i.test(n))) counts.reviewDates++;
        if (of('popup').some((p) => /^[★☆]{5} /.test(p))) counts.rating++;
        if (of('share').some((s) => /\d+ {2}❤️|React:|reactions$/.test(s))) counts.reactions++;
        const pdf = degradeAll(truth, 'pdf', seed, 'validation-17');
        const pdfOf = (kind: string) => pdf.junk.filter((j) => j.kind === kind).map((j) => j.text);
        if (pdfOf('notice').some((n) => /^(?:Formatted|Deleted|Moved \(insertion\))/.test(n))) counts.formatting++;
        if (pdfOf('running head').filter((h) => /FAX|FROM:|Fax:/.test(h)).length >= 2) counts.fax++;
        if (pdfOf('folio').filter((f) => /^[A-Z-]+-?\d{5,6}/.test(f)).length >= 2) counts.bates++;
        if (pdfOf('footer').filter((f) => /uncontrolled/i.test(f)).length >= 2) counts.controlled++;
        if (pdfOf('footer').some((f) => /^[▮■▬|]/.test(f))) counts.omr++;
        if (pdfOf('footer').some((f) => /^[.,·' ]+$/.test(f))) counts.specks++;
      }
    }
    const enough = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v >= 5]));
    expect(enough, JSON.stringify(counts)).toEqual(Object.fromEntries(Object.keys(counts).map((k) => [k, true])));
  });

  it('draws validation 15’s and 16’s shapes in words of its own: file names, carousels, social posts, vendor lists, field labels, back-to-top lines; reviewer comments, slug lines, stamps, tables, registration marks, cite-as lines, indexes', () => {
    const counts = { imageFile: 0, carousel: 0, social: 0, vendors: 0, fields: 0, backToTop: 0, comments: 0, slug: 0, stamp: 0, table: 0, marks: 0, cite: 0, index: 0 };
    for (const truth of own) {
      for (const seed of seeds) {
        const web = degradeAll(truth, 'web', seed, 'validation-17');
        const of = (kind: string) => web.junk.filter((j) => j.kind === kind).map((j) => j.text);
        if (of('caption').some((c) => /\.(?:JPG|jpg|webp|png)$/.test(c))) counts.imageFile++;
        if (of('related links').some((l) => /^\d ⁄ \d$/.test(l))) counts.carousel++;
        if (of('promo').some((p) => /^\d\d:\d\d · /.test(p))) counts.social++;
        if (of('popup').filter((p) => /(?:Ltd|GmbH|BV|Inc\.|Oy|AB|Cloud|Partners)(?: |$)/.test(p)).length >= 3) counts.vendors++;
        if (of('promo').filter((p) => /^(?:Your given name|Nome|Your email \*|Email address|Your surname|Cognome|Your postcode)$/.test(p)).length >= 2) counts.fields++;
        if (of('menu').some((m) => /top|Torna su|elejére|Alkuun|contents/i.test(m))) counts.backToTop++;
        const pdf = degradeAll(truth, 'pdf', seed, 'validation-17');
        const pdfOf = (kind: string) => pdf.junk.filter((j) => j.kind === kind).map((j) => j.text);
        if (pdfOf('notice').some((n) => /^(?:\[Comment|Comment \[|Commento)/.test(n))) counts.comments++;
        if (pdfOf('footer').some((f) => /\.indd {3}\d+ {3}/.test(f))) counts.slug++;
        if (pdfOf('notice').filter((n) => /^[A-Z ·—0-9]{20,}$/.test(n)).length >= 2) counts.stamp++;
        if (pdfOf('figure number').some((f) => / {3,}\d+ {3,}\d+/.test(f))) counts.table++;
        if (pdfOf('footer').some((f) => /^(?:⌖|Colour bar)/.test(f))) counts.marks++;
        if (pdfOf('footer').filter((f) => /^(?:To cite:|Citare come:)/.test(f)).length >= 2) counts.cite++;
        const contents = pdfOf('contents');
        if (contents.length >= 5 && contents.slice(1).every((c) => /\.{3,} \d+/.test(c))) counts.index++;
      }
    }
    const enough = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v >= 5]));
    expect(enough, JSON.stringify(counts)).toEqual(Object.fromEntries(Object.keys(counts).map((k) => [k, true])));
  });
});
