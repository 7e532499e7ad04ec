/**
 * `anthology build --cover`, and `print: {cover: true}` in anthology.yaml, through the real
 * command: the cover sheet is back, spine and front with 3.175 mm of bleed all round, of
 * exactly the size a printer's calculator gives for the interior's page count and paper,
 * with its fonts embedded and its spine lettered only when the spine is at least 6 mm wide.
 * Figures are worked out here from the printers' rules, not taken from the code under test.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDir, hasCommand, runCli } from '../build/_book.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/render/matter-book');
const SLUG = 'notes-and-matter';
const MM = 72 / 25.4;
/** A5 trim, and the bleed print-on-demand printers ask for (0.125 in). */
const TRIM = { width: 148, height: 210 };
const BLEED = 3.175;
const WHITE = 0.0572;
const CREAM = 0.0635;

interface Built {
  out: string;
  stderr: string;
  pages: number;
  cover: string;
}

/** The fixture book with `print:` replaced, built by the command with `flags`. */
function build(print: string, flags: string[] = []): Built {
  const source = path.join(freshDir('cover-src'), 'book');
  cpSync(FIXTURE, source, { recursive: true });
  const config = path.join(source, 'anthology.yaml');
  const yaml = readFileSync(config, 'utf8');
  expect(yaml).toMatch(/^print:\n {2}trim: A5\n/m);
  writeFileSync(config, yaml.replace(/^print:\n {2}trim: A5\n/m, `print:\n  trim: A5\n${print}`));
  const out = freshDir('cover-out');
  const result = runCli(['build', source, '--out', out, '--no-cache', ...flags]);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(out, `${SLUG}.pdf`)], { encoding: 'utf8' }))![1]);
  return { out, stderr: `${result.stdout}${result.stderr}`, pages, cover: path.join(out, `${SLUG}-cover.pdf`) };
}

/** Page size and trim box in points, as pdfinfo reads them. */
function sheet(file: string): { width: number; height: number; trim: number[]; pages: number } {
  const info = execFileSync('pdfinfo', ['-box', file], { encoding: 'utf8' });
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  const trim = /TrimBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(info)!.slice(1).map(Number);
  return { width: Number(width), height: Number(height), trim, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}

function expectSize(file: string, spineMm: number): void {
  const { width, height, trim, pages } = sheet(file);
  expect(pages).toBe(1);
  // pdfinfo prints two decimals: within 0.05 pt, a fiftieth of a millimetre.
  expect(width).toBeCloseTo((2 * TRIM.width + spineMm + 2 * BLEED) * MM, 1);
  expect(height).toBeCloseTo((TRIM.height + 2 * BLEED) * MM, 1);
  expect(trim[0]).toBeCloseTo(BLEED * MM, 1);
  expect(trim[1]).toBeCloseTo(BLEED * MM, 1);
  expect(trim[2]! - trim[0]!).toBeCloseTo((2 * TRIM.width + spineMm) * MM, 1);
  expect(trim[3]! - trim[1]!).toBeCloseTo(TRIM.height * MM, 1);
}

function expectFontsEmbedded(file: string): void {
  const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(rows.length).toBeGreaterThan(0);
  // Columns from the right: object ID (two), uni, sub, emb.
  for (const row of rows) expect(row.trim().split(/\s+/).at(-5), row).toBe('yes');
}

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The words whose middle lies on the spine, between the back and the front. */
function spineWords(file: string, spineMm: number): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
    ([, xMin, yMin, xMax, yMax, text]) => ({ text: text!, xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), yMax: Number(yMax) }),
  );
  const left = (BLEED + TRIM.width) * MM;
  const right = left + spineMm * MM;
  return words.filter((word) => (word.xMin + word.xMax) / 2 > left && (word.xMin + word.xMax) / 2 < right);
}

describe.skipIf(!hasCommand('pdfinfo') || !hasCommand('pdffonts') || !hasCommand('pdftotext'))('anthology build --cover', () => {
  it('writes <slug>-cover.pdf for white paper at exactly the computed size, fonts embedded, a thin spine left blank', () => {
    const built = build('', ['--cover']);
    expect(built.stderr).toContain(`${SLUG}-cover.pdf`);
    const spine = built.pages * WHITE;
    expect(spine).toBeLessThan(6);
    expectSize(built.cover, spine);
    expectFontsEmbedded(built.cover);
    expect(spineWords(built.cover, spine)).toEqual([]);
    // The front and back still carry the title, the editors and the description.
    const text = execFileSync('pdftotext', [built.cover, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text.match(/Notes and Matter/g)).toHaveLength(1);
    expect(text).toContain('Ada Editor and Ben Editor');
    expect(text).toContain('A fixture book: a preface, an introduction');
  }, 60_000);

  it('takes print: {cover: true, paper: cream} from anthology.yaml, without the flag', () => {
    const built = build('  cover: true\n  paper: cream\n');
    const spine = built.pages * CREAM;
    expectSize(built.cover, spine);
    expectFontsEmbedded(built.cover);
    // Cream paper is thicker: the sheet is wider than on white by the pages' difference.
    expect(sheet(built.cover).width - (2 * TRIM.width + built.pages * WHITE + 2 * BLEED) * MM).toBeCloseTo(built.pages * (CREAM - WHITE) * MM, 1);
  }, 60_000);

  it('letters the spine, top to bottom, from 6 mm up, and not below', () => {
    // A paper thickness in mm per page sets the spine: the same book with a spine a little
    // over 6 mm, then one a twentieth of a millimetre short of it.
    const thickPaper = 0.4;
    const thick = build(`  cover: true\n  paper: ${thickPaper}\n`);
    const thinPaper = 5.95 / thick.pages;
    const thin = build(`  cover: true\n  paper: ${thinPaper}\n`);
    expect(thin.pages).toBe(thick.pages);
    const [thinSpine, thickSpine] = [thin.pages * thinPaper, thick.pages * thickPaper];
    expect(thinSpine).toBeLessThan(6);
    expect(thickSpine).toBeGreaterThanOrEqual(6);
    expectSize(thin.cover, thinSpine);
    expectSize(thick.cover, thickSpine);
    expect(spineWords(thin.cover, thinSpine)).toEqual([]);
    const words = spineWords(thick.cover, thickSpine);
    expect(words.map((word) => word.text).join(' ')).toMatch(/Notes and Matter.*Ada Editor/);
    // Set sideways: each word (the separator dot aside) taller than it is wide.
    for (const word of words.filter((w) => /\p{L}{2}/u.test(w.text))) expect(word.yMax - word.yMin, word.text).toBeGreaterThan(word.xMax - word.xMin);
    // Top to bottom: each word below the one before it.
    for (let i = 1; i < words.length; i += 1) expect(words[i]!.yMin).toBeGreaterThan(words[i - 1]!.yMin);
    expectFontsEmbedded(thick.cover);
  }, 120_000);
});
