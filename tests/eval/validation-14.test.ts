import { describe, expect, it } from 'vitest';
import { casesOf, readTruths, truthsOf } from '../../eval/cases.ts';
import { degradeAll } from './_degrade-all.ts';
import { OWN_TEXTS_FACTS, expectUnreadByRefit, newKindsFacts, ownTextsFacts } from './_own-texts.ts';

// Its freshness (lines, seeds, load) is checked in blind-splits.test.ts. Validation 14 was a blind
// selection set for one round (a debug set since); these tests still print none of its wordings or
// texts: on failure they show counts only.

const devTexts = readTruths();
const own = truthsOf('validation-14');
const seeds = Array.from({ length: 10 }, (_, k) => k + 1);
const FOLDERS = { 'validation-9': 'texts-9', 'validation-10': 'texts-10', 'validation-11': 'texts-11', 'validation-12': 'texts-12', 'validation-13': 'texts-13' } as const;

describe('the fourteenth validation split (--validation 14)', () => {
  it('degrades twelve texts of its own, of kinds no other folder has, two of them in Portuguese and Swedish, and only those', () => {
    expect({
      ...ownTextsFacts(own, devTexts),
      ...newKindsFacts(own, 'texts-14', devTexts, FOLDERS),
      // One English text quotes a passage in a right-to-left script.
      rightToLeft: own.filter((t) => /[\u0590-\u08ff]/u.test(t.body)).length,
    }).toEqual({ ...OWN_TEXTS_FACTS, kinds: 12, sharedKinds: 0, sharedWithOtherOwn: 0, languages: ['pt', 'sv'], rightToLeft: 1 });
    const cases = casesOf(own, 0, 'validation-14');
    expect(new Set(cases.map((c) => c.truth.name)).size).toBe(12);
    expect(cases.every((c) => c.seed >= 28_000_000 && c.seed < 29_000_000)).toBe(true);
    // The other splits still degrade their own texts alone.
    expect(truthsOf('validation-8').map((t) => t.name)).toEqual(devTexts.filter((t) => t.split === 'dev').map((t) => t.name));
  });

  it('is never read by the line model’s refit', () => {
    expectUnreadByRefit('validation-14', 'texts-14');
  });

  it('draws its own shapes: two-language cookie banners, "Updated" lines with a time zone, key facts one cell a line, glossary boxes, live time stamps; PDF page markers, margin line numbers, watermarks, chart axis labels', () => {
    const counts = { cookieTwoLanguages: 0, updatedZone: 0, keyFacts: 0, glossary: 0, liveStamps: 0, pageMarkers: 0, lineNumbers: 0, watermark: 0, axisLabels: 0 };
    for (const truth of own) {
      for (const seed of seeds) {
        const web = degradeAll(truth, 'web', seed, 'validation-14');
        const lines = web.raw.split('\n');
        const of = (kind: string) => web.junk.filter((j) => j.kind === kind);
        // A banner of three or more lines, one of them holding two wordings joined by a slash, bar, dash or brackets.
        const popups = of('popup').map((j) => j.text);
        if (popups.some((p) => /cookie/i.test(p) && / [/|·—(] ?|\(/.test(p)) && lines.some((l, k) => popups.includes(l) && popups.includes(lines[k + 1]!) && popups.includes(lines[k + 2]!))) counts.cookieTwoLanguages++;
        if (of('notice').some((j) => /^(?:Updated|Last updated|Aktualizacja|Frissítve|Oppdatert|First published)\b.*(?:[A-Z]{3,4}|UTC[+−]\d+|GMT\+\d\d:\d\d|\(UTC\+\d\d:\d\d\)|\))$/.test(j.text))) counts.updatedZone++;
        // Six or more notice lines in a row between two text lines, alternating labels and values.
        const notices = new Set(of('notice').map((j) => j.text));
        if (lines.some((l, k) => notices.has(l) && lines.slice(k + 1, k + 7).every((x) => notices.has(x)) && lines.slice(k + 1, k + 7).some((x) => /^\d/.test(x)))) counts.keyFacts++;
        if (of('notice').filter((j) => / — |: /.test(j.text) && j.text.length > 30).length >= 2) counts.glossary++;
        if (of('byline').filter((j) => /^(?:● )?\d{1,2}[:.]\d\d(?: ?[a-zA-Z]{2,3})?$/.test(j.text)).length >= 2) counts.liveStamps++;
        const pdf = degradeAll(truth, 'pdf', seed, 'validation-14');
        const pdfLines = pdf.raw.split('\n');
        if (pdfLines.filter((l) => /^-- \d+ of \d+ --$/.test(l)).length >= 2) counts.pageMarkers++;
        if (pdfLines.filter((l) => /^ ?\d{1,2} {2,6}\S|\S {2,6}\d{1,2}$/.test(l) && /\p{Ll}/u.test(l)).length >= 3) counts.lineNumbers++;
        const notes = pdf.junk.filter((j) => j.kind === 'notice').map((j) => j.text);
        if (notes.some((n) => notes.filter((x) => x === n).length >= 2 && pdfLines.some((l, k) => l === n && pdfLines[k - 1] && pdfLines[k + 1] && /\p{Ll}/u.test(pdfLines[k + 1]!)))) counts.watermark++;
        const figures = new Set(pdf.junk.filter((j) => j.kind === 'figure number').map((j) => j.text));
        if (pdfLines.some((l, k) => figures.has(l) && pdfLines.slice(k + 1, k + 6).every((x) => /^\d+$/.test(x)))) counts.axisLabels++;
      }
    }
    const enough = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v >= 5]));
    expect(enough, JSON.stringify(counts)).toEqual(Object.fromEntries(Object.keys(counts).map((k) => [k, true])));
  });
});
