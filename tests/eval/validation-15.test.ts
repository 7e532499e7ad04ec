import { describe, expect, it } from 'vitest';
import { casesOf, readTruths, truthsOf } from '../../eval/cases.ts';
import { degradeAll } from './_degrade-all.ts';
import { OWN_TEXTS_FACTS, expectUnreadByRefit, newKindsFacts, ownTextsFacts } from './_own-texts.ts';

// Its freshness (lines, seeds, load) is checked in blind-splits.test.ts. Validation 15 was a blind
// selection set for one round (a debug set since); these tests still print none of its wordings or
// texts: on failure they show counts only.

const devTexts = readTruths();
const own = truthsOf('validation-15');
const seeds = Array.from({ length: 10 }, (_, k) => k + 1);
const FOLDERS = { 'validation-9': 'texts-9', 'validation-10': 'texts-10', 'validation-11': 'texts-11', 'validation-12': 'texts-12', 'validation-13': 'texts-13', 'validation-14': 'texts-14' } as const;

describe('the fifteenth validation split (--validation 15)', () => {
  it('degrades twelve texts of its own, of kinds no other folder has, two of them in Welsh and Polish, and only those', () => {
    expect({
      ...ownTextsFacts(own, devTexts),
      ...newKindsFacts(own, 'texts-15', devTexts, FOLDERS),
      // One English text quotes inscriptions in Greek.
      greek: own.filter((t) => /[\u0370-\u03ff\u1f00-\u1fff]{4}/u.test(t.body)).length,
    }).toEqual({ ...OWN_TEXTS_FACTS, kinds: 12, sharedKinds: 0, sharedWithOtherOwn: 0, languages: ['cy', 'pl'], greek: 1 });
    const cases = casesOf(own, 0, 'validation-15');
    expect(new Set(cases.map((c) => c.truth.name)).size).toBe(12);
    expect(cases.every((c) => c.seed >= 30_000_000 && c.seed < 31_000_000)).toBe(true);
    // The other splits still degrade their own texts alone.
    expect(truthsOf('validation-14').map((t) => t.name)).not.toEqual(expect.arrayContaining(own.map((t) => t.name)));
    expect(truthsOf('validation-8').map((t) => t.name)).toEqual(devTexts.filter((t) => t.split === 'dev').map((t) => t.name));
  });

  it('is never read by the line model’s refit', () => {
    expectUnreadByRefit('validation-15', 'texts-15');
  });

  it('draws its own shapes: accessibility toolbars, paywalls inside a paragraph, carousels, social and map embeds, file names with alt text; slug lines, blank pages, reviewers’ comments, table rows, scan hyphen marks, dropped ligatures', () => {
    const counts = { accessibility: 0, paywallInside: 0, carousel: 0, socialEmbed: 0, mapEmbed: 0, imageFile: 0, slugLine: 0, blankPage: 0, reviewerComments: 0, tableRows: 0, hyphenMarks: 0, droppedLigatures: 0 };
    for (const truth of own) {
      for (const seed of seeds) {
        const web = degradeAll(truth, 'web', seed, 'validation-15');
        const lines = web.raw.split('\n');
        const of = (kind: string) => web.junk.filter((j) => j.kind === kind).map((j) => j.text);
        // Three or more menu lines in a row at the top, the first a "skip" link in one of several languages.
        const menu = new Set(of('menu'));
        if (lines.some((l, k) => k < 4 && /^(?:Skip to|Przejdź|Neidio|Přeskočit|Jump to)/.test(l) && menu.has(l) && menu.has(lines[k + 1]!) && menu.has(lines[k + 2]!))) counts.accessibility++;
        // Overlay lines with a text line above them and the paragraph's lower-case rest below them.
        const popups = new Set(of('popup'));
        const text = (l: string | undefined) => l !== undefined && l.trim() !== '' && !web.junk.some((j) => j.text === l);
        if (lines.some((l, k) => popups.has(l) && text(lines.slice(0, k).filter((x) => x.trim()).pop()) && /^\p{Ll}/u.test(lines.slice(k + 1).find((x) => x.trim() && !popups.has(x)) ?? ''))) counts.paywallInside++;
        const related = new Set(of('related links'));
        if (lines.some((l, k) => related.has(l) && related.has(lines[k + 1]!) && related.has(lines[k + 2]!) && lines.slice(k + 3, k + 10).some((x) => related.has(x) && /\d+ \/ \d+|\d+ of \d+|Next ›|● ○/.test(x)))) counts.carousel++;
        if (of('promo').some((p) => /@[a-z]+_[a-z]+/.test(p))) counts.socialEmbed++;
        if (of('map').length >= 2) counts.mapEmbed++;
        if (of('caption').some((c) => /\.(?:jpe?g|JPG|tif)\b/.test(c))) counts.imageFile++;
        const pdf = degradeAll(truth, 'pdf', seed, 'validation-15');
        const pdfLines = pdf.raw.split('\n');
        const pdfOf = (kind: string) => pdf.junk.filter((j) => j.kind === kind).map((j) => j.text);
        if (pdfOf('footer').filter((f) => /\.(?:indd|qxp) {3}\d+ {3}\S+ {3}\d\d:\d\d$/.test(f)).length >= 2) counts.slugLine++;
        const notices = pdfOf('notice');
        if (pdfLines.some((l, k) => notices.includes(l) && /blank|pusta|wag yn/i.test(l) && pdfLines[k - 1] === '' && pdfLines[k + 1] === '')) counts.blankPage++;
        if (notices.filter((n) => /^(?:Comment \[[A-Z]+\d+\]|\[[A-Z]+\d+\] |Annotation \d+ \()/.test(n)).length >= 2) counts.reviewerComments++;
        const figures = new Set(pdfOf('figure number'));
        if (pdfLines.some((l, k) => figures.has(l) && / {3}/.test(l) && pdfLines.slice(k + 1, k + 4).every((x) => figures.has(x) && /^\d+ {3,}\d+/.test(x)))) counts.tableRows++;
        if (pdfLines.filter((l) => /\p{L}[¬\u00ad\u2010]$/u.test(l)).length >= 2) counts.hyphenMarks++;
        // Words of the text with "fi", "fl" or "ff" found in the extraction without them.
        const dropped = new Set((truth.body.match(/\p{L}*f[fil]\p{L}*/gu) ?? []).map((w) => w.replace(/ff[il]|f[fil]/g, '')).filter((w) => w.length >= 3));
        const rawWords = new Set(pdf.raw.match(/\p{L}+/gu) ?? []);
        if ([...dropped].filter((w) => rawWords.has(w)).length >= 2) counts.droppedLigatures++;
      }
    }
    const enough = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v >= 5]));
    expect(enough, JSON.stringify(counts)).toEqual(Object.fromEntries(Object.keys(counts).map((k) => [k, true])));
  });
});
