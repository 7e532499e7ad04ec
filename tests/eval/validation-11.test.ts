import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casesOf, readTruths, truthsOf } from '../../eval/cases.ts';
import { degradeAll } from './_degrade-all.ts';
import { OWN_TEXTS_FACTS, ownTextsFacts } from './_own-texts.ts';

// Its freshness (lines, seeds, load) is checked in blind-splits.test.ts. Validation 11 is a blind
// selection set like validation 9: these tests never print one of its wordings or texts; on failure
// they show counts only.

const devTexts = readTruths();
const own = truthsOf('validation-11');
const seeds = Array.from({ length: 10 }, (_, k) => k + 1);

describe('the eleventh validation split (--validation 11)', () => {
  it('degrades twelve texts of its own, of kinds no other folder has, and only those', () => {
    const kindOf = (folder: string, name: string): string | undefined => /^kind: *(.*)$/m.exec(readFileSync(new URL(`../../eval/${folder}/${name}.md`, import.meta.url), 'utf8'))?.[1];
    const kinds = new Set(own.map((t) => kindOf('texts-11', t.name)));
    const elsewhere = new Set([...devTexts.map((t) => kindOf('texts', t.name)), ...truthsOf('validation-9').map((t) => kindOf('texts-9', t.name)), ...truthsOf('validation-10').map((t) => kindOf('texts-10', t.name))]);
    const otherNames = new Set([...truthsOf('validation-9'), ...truthsOf('validation-10')].map((t) => t.name));
    expect({ ...ownTextsFacts(own, devTexts), kinds: kinds.size, sharedKinds: [...kinds].filter((k) => elsewhere.has(k)).length, sharedWithOtherOwn: own.filter((t) => otherNames.has(t.name)).length }).toEqual({ ...OWN_TEXTS_FACTS, kinds: 12, sharedKinds: 0, sharedWithOtherOwn: 0 });
    const cases = casesOf(own, 0, 'validation-11');
    expect(new Set(cases.map((c) => c.truth.name)).size).toBe(12);
    expect(cases.every((c) => c.seed >= 23_000_000 && c.seed < 24_000_000)).toBe(true);
    // The other splits still degrade eval/texts alone.
    expect(truthsOf('validation-8').map((t) => t.name)).toEqual(devTexts.filter((t) => t.split === 'dev').map((t) => t.name));
  });

  it('is never read by the line model’s refit', () => {
    const refit = readFileSync(new URL('../../scripts/refit-line-model.ts', import.meta.url), 'utf8');
    expect(/validation-11|texts-11|truthsOf/.test(refit)).toBe(false);
  });

  it('draws its own shapes: switchers and stamps at the head, doubled captions, framed and support boxes, topics one a line, feedback rows, PDF captions under headings and at breaks, source and © lines, plain footnote marks, alternating heads, page breaks inside words', () => {
    const counts = { switcher: 0, stamp: 0, doubled: 0, framedBox: 0, supportBox: 0, topicLines: 0, feedback: 0, underHeading: 0, atBreak: 0, sourceOrCopyright: 0, plainMarks: 0, alternating: 0, brokenWord: 0 };
    for (const truth of own) {
      const headings = new Set([...truth.body.matchAll(/^#{2,} (.*)$/gm)].map((m) => m[1]!.replace(/[*\\]/g, '').toLowerCase()));
      for (const seed of seeds) {
        const web = degradeAll(truth, 'web', seed, 'validation-11');
        const lines = web.raw.split('\n');
        const at = (text: string): number => lines.indexOf(text);
        const of = (kind: string) => web.junk.filter((j) => j.kind === kind);
        // Three or more menu lines of one or two words in a row before the title.
        if (of('menu').some((j, k, all) => all[k + 2] && at(all[k + 2]!.text) === at(j.text) + 2 && j.text.split(' ').length <= 2 && at(j.text) < at(truth.title))) counts.switcher++;
        // A byline-kind stamp and at least one other head line under it, before the first paragraph.
        const junkAt = new Set(web.junk.map((j) => j.text));
        if (of('byline').some((j) => /\d{2}[.:h]\d{2}/.test(j.text) && junkAt.has(lines[at(j.text) + 1] ?? ''))) counts.stamp++;
        // A caption printed twice, the second with a bracketed run of credits.
        if (of('caption').some((j, k, all) => all[k + 1]?.text.startsWith(`${j.text} (`))) counts.doubled++;
        // A box of four or more promo lines in a row, framed by lines in lower case.
        if (of('promo').some((j, k, all) => /^\p{Ll}/u.test(j.text) && all[k + 3] && at(all[k + 3]!.text) === at(j.text) + 3)) counts.framedBox++;
        // An appeal box with more than five lines of the text after it.
        if (of('appeal').some((j) => at(j.text) >= 0 && lines.slice(at(j.text) + 1).filter((l) => l !== '' && !junkAt.has(l)).length > 5)) counts.supportBox++;
        // A related-links head followed by three or more short lines, one topic a line.
        if (of('related links').some((_j, k, all) => [1, 2, 3].every((n) => all[k + n] && all[k + n]!.text.split(' ').length <= 3) && at(all[k + 3]!.text) - at(all[k + 1]!.text) === 2)) counts.topicLines++;
        if (of('popup').some((j, k, all) => /\?$/.test(j.text) && all[k + 1] && all[k + 1]!.text.split(' ').length === 1)) counts.feedback++;
        const pdf = degradeAll(truth, 'pdf', seed, 'validation-11');
        const pdfLines = pdf.raw.split('\n');
        const flat = pdf.raw.replace(/\n/g, ' ');
        // A printed caption on the line under a heading.
        if (pdfLines.some((l, k) => headings.has(l.trim().toLowerCase()) && pdf.junk.some((j) => j.kind === 'caption' && j.text.startsWith(pdfLines[k + 1]!) && pdfLines[k + 1]!.length > 8))) counts.underHeading++;
        // A caption between blank lines at a paragraph break.
        if (pdf.junk.some((j) => j.kind === 'caption' && pdfLines.some((l, k) => l.length > 8 && j.text.startsWith(l) && pdfLines[k - 1] === '' && flat.includes(j.text)))) counts.atBreak++;
        if (pdf.junk.some((j) => j.kind === 'credit' && /^(?:Source|Quelle|Fuente|Fonte|Bron|Źródło)\b|©/u.test(j.text))) counts.sourceOrCopyright++;
        if (pdfLines.some((l) => /\p{Ll}[.,;]\d{1,2}$/u.test(l)) && pdf.junk.some((j) => j.kind === 'footer' && /^\d{1,2} \p{Lu}/u.test(j.text))) counts.plainMarks++;
        const heads = pdf.junk.filter((j) => j.kind === 'running head').map((j) => j.text);
        if (new Set(heads).size >= 2 && heads.some((h) => h.includes(truth.author.split(' ').pop()!) || h.includes(truth.author.split(' ').pop()!.toUpperCase()))) counts.alternating++;
        // A line ending in a hyphen after a letter, followed by page furniture before the word's rest.
        if (pdfLines.some((l, k) => /\p{L}-$/u.test(l) && ['', ...pdf.junk.map((j) => j.text)].includes(pdfLines[k + 1]!) && pdf.junk.some((j) => pdfLines.slice(k + 1, k + 5).includes(j.text)))) counts.brokenWord++;
      }
    }
    const enough = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v >= 5]));
    expect(enough, JSON.stringify(counts)).toEqual(Object.fromEntries(Object.keys(counts).map((k) => [k, true])));
  });
});
