import { describe, expect, it } from 'vitest';
import { readTruths } from '../../eval/cases.ts';
import { degradePdf, degradeWeb } from '../../eval/degrade.ts';
import { degradeAll } from './_degrade-all.ts';

// Its freshness (lines, seeds, load) is checked in blind-splits.test.ts. Like degrade.test.ts,
// these tests never print a wording of the held-out half (nor, being a
// blind check, of any split): on failure they show counts only.

const truths = readTruths();
const devTruths = truths.filter((t) => t.split === 'dev');

const seeds = Array.from({ length: 12 }, (_, k) => k + 1);

describe('the fifth validation split (--validation 5)', () => {
  it('draws its own shapes: cookie banners, share heads over network names, numbered most-read lists, biographies, numbered photo captions, marked credits', () => {
    let banners = 0;
    let shareBlocks = 0;
    let mostRead = 0;
    let bios = 0;
    let galleries = 0;
    let marked = 0;
    for (const truth of devTruths) {
      for (const seed of seeds) {
        const web = degradeAll(truth, 'web', seed, 'validation-5');
        const base = degradeWeb(truth.body, truth, seed, { split: 'validation-5' });
        const pdf = degradePdf(truth.body, truth, seed, { split: 'validation-5' });
        for (const d of [web, base]) {
          const lines = d.raw.split('\n');
          // A banner: three popup lines or more in a row.
          if (d.junk.some((j, k) => j.kind === 'popup' && d.junk[k + 1]?.kind === 'popup' && d.junk[k + 2]?.kind === 'popup' && d.raw.includes(`${j.text}\n${d.junk[k + 1]!.text}\n${d.junk[k + 2]!.text}`))) banners++;
          // A share head over network names, one a line: three share lines or more in a row.
          if (d.junk.some((j, k) => j.kind === 'share' && d.junk[k + 2]?.kind === 'share' && d.raw.includes(`${j.text}\n${d.junk[k + 1]!.text}\n${d.junk[k + 2]!.text}`))) shareBlocks++;
          // A most-read list: related-links lines numbered 1 to 5.
          const numbered = d.junk.filter((j) => j.kind === 'related links' && /^#?0?[1-5]\.? \S/.test(j.text)).length;
          if (numbered >= 5) mostRead++;
          if (d.junk.some((j) => j.kind === 'byline' && j.text.includes(truth.author) && lines.indexOf(j.text) > lines.length / 2)) bios++;
          if (d.junk.some((j) => j.kind === 'figure number' && /^(?:Photo )?\d+ (?:\/|of) \d+$/.test(j.text))) galleries++;
        }
        for (const j of pdf.junk) if (j.kind === 'credit' && /^[*†¹] /.test(j.text)) marked++;
      }
    }
    expect({ banners: banners > 10, shareBlocks: shareBlocks > 10, mostRead: mostRead > 10, bios: bios > 10, galleries: galleries > 3, marked: marked > 3 }).toEqual({
      banners: true,
      shareBlocks: true,
      mostRead: true,
      bios: true,
      galleries: true,
      marked: true,
    });
  });

  it('draws its own PDF shapes: a masthead or scan stamp above the title, download stamps at page feet, short titles and names as running heads, a colophon after the text', () => {
    let front = 0;
    let stamps = 0;
    let shortHeads = 0;
    let versoNames = 0;
    let colophons = 0;
    const folioStyles = new Set<string>();
    for (const truth of devTruths) {
      for (const seed of seeds) {
        const pdf = degradePdf(truth.body, truth, seed, { split: 'validation-5' });
        const lines = pdf.raw.split('\n');
        const titleAt = lines.findIndex((l) => l.trim() === truth.title);
        if (titleAt > 0 && pdf.junk.some((j) => j.kind === 'notice' && lines.indexOf(j.text) >= 0 && lines.indexOf(j.text) < titleAt)) front++;
        if (pdf.junk.filter((j) => j.kind === 'footer' && /download|provided by/i.test(j.text)).length >= 2) stamps++;
        const heads = pdf.junk.filter((j) => j.kind === 'running head').map((j) => j.text.toUpperCase());
        const title = truth.title.toUpperCase();
        if (heads.some((h) => h !== title && h.length < title.length && title.startsWith(h.replace(/…$/, '')))) shortHeads++;
        if (heads.some((h) => h === truth.author.toUpperCase())) versoNames++;
        const last = pdf.junk[pdf.junk.length - 1];
        if (last?.kind === 'notice' && pdf.raw.trimEnd().endsWith(last.text)) colophons++;
        const folio = pdf.junk.find((j) => j.kind === 'folio');
        if (folio) folioStyles.add(folio.text.replace(/\d+/g, '9'));
      }
    }
    expect({ front: front > 10, stamps: stamps > 10, shortHeads: shortHeads > 10, versoNames: versoNames > 10, colophons: colophons > 10, folioStyles: folioStyles.size }).toEqual({
      front: true,
      stamps: true,
      shortHeads: true,
      versoNames: true,
      colophons: true,
      folioStyles: 5,
    });
  });
});
