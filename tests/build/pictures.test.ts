/**
 * Pictures wherever Markdown puts them (tests/fixtures/build/pictures): a reference-style picture,
 * pictures inside running text (one inside emphasis) and a picture followed by a caption that is
 * not in italics. Every one is placed in both books, never set as its description alone, and the
 * caption is the figure's caption in both.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, freshDir, hasCommand, openEpub, pdfPages, runCli } from './_book.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/build/pictures');
const SLUG = 'pictures-in-the-text';
const ALTS = ['A green map of the route', 'a red star', 'a blue banner', 'A green map again'];

describe('pictures in running text and by reference', () => {
  let out: string;
  let pdf: string;

  beforeAll(() => {
    out = freshDir('pictures');
    const result = runCli(['build', FIXTURE, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    pdf = path.join(out, `${SLUG}.pdf`);
  });

  it('places every picture in the PDF, in reading order, tagged Figure with its alt text', () => {
    const rows = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((line) => line.trim().split(/\s+/));
    expect(rows.map((cols) => `${cols[3]}x${cols[4]}`)).toEqual(['900x450', '40x40', '600x400', '900x450']);
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
    // pdfkit writes an ASCII string as a literal, any other as UTF-16 in hex.
    const alts = [...qdf.matchAll(/\/Alt (?:\(([^)]*)\)|<feff([0-9a-f]+)>)/gi)].map((m) => m[1] ?? Buffer.from(m[2]!, 'hex').swap16().toString('utf16le'));
    expect(alts).toEqual(ALTS);
    expect(qdf.match(/\/S \/Figure/g)).toHaveLength(4);
  });

  it('keeps the text around a picture in running text, and prints no description in its place', () => {
    const text = pdfPages(pdf).join('\n');
    const flat = text.replace(/\s+/g, ' ');
    for (const alt of ALTS) expect(text).not.toContain(alt);
    expect(flat).toContain('Here the badge stands among the words, and the sentence goes on after it');
    // The banner starts a page: the running head comes between.
    expect(flat).toContain('and beyond, with the banner');
    expect(flat).toContain('in emphasis and more words after the picture.');
  });

  it('sets the caption under its picture, on the same page', () => {
    const rows = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    const page = Number(rows[0]!.trim().split(/\s+/)[0]);
    expect(pdfPages(pdf)[page - 1]).toContain('Photo: the route of the march, drawn by the committee in 1912.');
    const words = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-'], { encoding: 'utf8' });
    const photo = /xMin="([\d.]+)"[^>]*>Photo:</.exec(words);
    const first = /xMin="([\d.]+)"[^>]*>The</.exec(words);
    // Centred under the picture, not at the text's left edge.
    expect(Number(photo?.[1])).toBeGreaterThan(Number(first?.[1]) + 20);
  });

  it('shows every picture in the EPUB, the caption as the figure’s figcaption', () => {
    const epub = openEpub(path.join(out, `${SLUG}.epub`));
    const piece = epub.spine.map((doc) => epub.text(doc)).find((xhtml) => xhtml.includes('Here the badge'))!;
    expect(piece).toMatch(/<figure><img src="images\/01-map\.png" alt="A green map of the route" title="The route" ?\/>\s*<figcaption>Photo: the route of the march, drawn by the committee in 1912\.<\/figcaption><\/figure>/);
    expect(piece).toMatch(/<p>Here the badge <img src="images\/02-star\.png" alt="a red star" ?\/> stands among/);
    expect(piece).toMatch(/<img src="images\/03-march\.png" alt="a blue banner" ?\/> in emphasis<\/em>/);
    // A sentence of the text after a picture stays text.
    expect(piece).toMatch(/<figure><img src="images\/01-map\.png" alt="A green map again" ?\/><\/figure>\s*<p>The march went on/);
  });

  it.skipIf(!existsSync('/usr/share/java/epubcheck.jar') || !hasCommand('java'))('passes EPUBCheck', () => {
    const output = execFileSync('java', ['-jar', '/usr/share/java/epubcheck.jar', path.join(out, `${SLUG}.epub`)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toMatch(/0 fatals \/ 0 errors \/ 0 warnings/);
  });
});
