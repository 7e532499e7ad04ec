import { describe, expect, it } from 'vitest';
import { casesOf, readTruths, truthsOf } from '../../eval/cases.ts';
import { degradeAll } from './_degrade-all.ts';
import { OWN_TEXTS_FACTS, expectUnreadByRefit, newKindsFacts, ownTextsFacts } from './_own-texts.ts';

// Its freshness (lines, seeds, load) is checked in blind-splits.test.ts. Validation 13 is a blind
// selection set like validations 9 and 11: these tests never print one of its wordings or texts; on
// failure they show counts only.

const devTexts = readTruths();
const own = truthsOf('validation-13');
const seeds = Array.from({ length: 10 }, (_, k) => k + 1);
const FOLDERS = { 'validation-9': 'texts-9', 'validation-10': 'texts-10', 'validation-11': 'texts-11', 'validation-12': 'texts-12' } as const;

describe('the thirteenth validation split (--validation 13)', () => {
  it('degrades twelve texts of its own, of kinds no other folder has, two of them in Italian and Dutch, and only those', () => {
    expect({
      ...ownTextsFacts(own, devTexts),
      ...newKindsFacts(own, 'texts-13', devTexts, FOLDERS),
    }).toEqual({ ...OWN_TEXTS_FACTS, kinds: 12, sharedKinds: 0, sharedWithOtherOwn: 0, languages: ['it', 'nl'] });
    const cases = casesOf(own, 0, 'validation-13');
    expect(new Set(cases.map((c) => c.truth.name)).size).toBe(12);
    expect(cases.every((c) => c.seed >= 27_000_000 && c.seed < 28_000_000)).toBe(true);
    // The other splits still degrade their own texts alone.
    expect(truthsOf('validation-8').map((t) => t.name)).toEqual(devTexts.filter((t) => t.split === 'dev').map((t) => t.name));
  });

  it('is never read by the line model’s refit', () => {
    expectUnreadByRefit('validation-13', 'texts-13');
  });

  it('draws its own shapes: jump-to contents repeating the headings, print headers and footers at page turns (some inside a paragraph), polls, references with back-arrows; PDF ligatures, letter-spaced headings, marginal glosses at line ends and on lines of their own, headings split by a page break', () => {
    const counts = { jumpTo: 0, printTurn: 0, turnInside: 0, poll: 0, references: 0, ligatures: 0, spacedHeading: 0, glossAtEnd: 0, glossAlone: 0, splitHeading: 0 };
    for (const truth of own) {
      const headings = [...truth.body.matchAll(/^#{2,} (.*)$/gm)].map((m) => m[1]!.replace(/[*\\]/g, ''));
      for (const seed of seeds) {
        const web = degradeAll(truth, 'web', seed, 'validation-13');
        const lines = web.raw.split('\n');
        const at = (text: string): number => lines.indexOf(text);
        const of = (kind: string) => web.junk.filter((j) => j.kind === kind);
        // Two or more contents lines, each holding one of the piece's headings, above the first heading.
        const jump = of('contents').filter((j) => headings.some((h) => j.text.includes(h)));
        if (jump.length >= 2 && headings.length && jump.every((j) => at(j.text) >= 0 && at(j.text) < lines.lastIndexOf(headings[0]!))) counts.jumpTo++;
        // A print footer with "n/total" or "Page n of total" and the next page's header close under it.
        const feet = new Set(of('folio').filter((j) => /(?:\d+\/\d+|Page \d+ of \d+)$/.test(j.text)).map((j) => j.text));
        const heads = new Set(of('running head').map((j) => j.text));
        if (lines.some((l, k) => feet.has(l) && (heads.has(lines[k + 1]!) || (lines[k + 1] === '' && heads.has(lines[k + 2]!))))) counts.printTurn++;
        // A page turn inside a paragraph: the line before the footer and the line after the header are both not blank and not furniture.
        const junkAt = new Set(web.junk.map((j) => j.text));
        if (lines.some((l, k) => junkAt.has(l) && of('folio').some((j) => j.text === l) && lines[k - 1] && !junkAt.has(lines[k - 1]!) && /^\p{Ll}/u.test(lines[k + (lines[k + 1] === '' ? 3 : 2)] ?? ''))) counts.turnInside++;
        if (of('popup').some((j) => /\d+ ?%\)?$/.test(j.text))) counts.poll++;
        if (of('notice').some((j) => /^(?:↑ |\d+\. \^ |\^ a b )/.test(j.text))) counts.references++;
        const pdf = degradeAll(truth, 'pdf', seed, 'validation-13');
        const pdfLines = pdf.raw.split('\n');
        if (/[ﬀ-ﬄ]/u.test(pdf.raw)) counts.ligatures++;
        if (pdfLines.some((l) => /^ ?(?:\p{Lu} ){3,}/u.test(l) && headings.some((h) => l.replace(/ {2,}/g, '_').replace(/ /g, '').replace(/_/g, ' ').trim() === h.toUpperCase()))) counts.spacedHeading++;
        const glosses = pdf.junk.filter((j) => j.kind === 'side caption');
        if (glosses.some((j) => pdfLines.some((l) => l.endsWith(j.text) && l.length > j.text.length + 20 && / {4,}/.test(l)))) counts.glossAtEnd++;
        if (glosses.some((j) => pdfLines.some((l, k) => l === j.text && pdfLines[k - 1] && pdfLines[k + 1]))) counts.glossAlone++;
        // A heading's first line, then page furniture, then the heading's rest.
        const furniture = new Set(pdf.junk.map((j) => j.text));
        if (headings.some((h) => pdfLines.some((l, k) => {
          const rest = pdfLines.slice(k + 1, k + 8);
          const next = rest.findIndex((x) => x !== '' && !furniture.has(x) && !/^\s*\d+\s*$/.test(x));
          const lead = l.trim();
          return lead.length > 0 && next > 0 && rest.slice(0, next).some((x) => furniture.has(x)) && [h, h.toUpperCase()].includes(`${lead} ${rest[next]!.trim()}`);
        }))) counts.splitHeading++;
      }
    }
    const enough = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v >= 5]));
    expect(enough, JSON.stringify(counts)).toEqual(Object.fromEntries(Object.keys(counts).map((k) => [k, true])));
  });
});
