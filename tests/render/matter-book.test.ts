/**
 * The fixture book in tests/fixtures/render/matter-book (a preface, an introduction, a piece
 * whose text calls a footnote, an afterword), built through the whole pipeline with its cover:
 * the note stands at the foot of its call's page, each role has its folios in print and its
 * semantics and landmark in the EPUB, and the cover sheet has exactly the computed size.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAnthology, type BuildResult } from '../../pipeline/build.ts';
import { coverGeometry } from '../../pipeline/render/cover/index.ts';
import { freshDir, hasCommand, openEpub, type Epub } from '../build/_book.ts';
import { flat, readPdf, type ReadPdf } from './pdf-read.ts';

const SOURCE = path.resolve(import.meta.dirname, '../fixtures/render/matter-book');
const NOTE = 'The minutes of the meeting were kept by the secretary';

describe('a book with front and back matter, a footnote and a cover', () => {
  let result: BuildResult;
  let pdf: ReadPdf;
  let epub: Epub;

  beforeAll(async () => {
    result = await buildAnthology({ sourceDir: SOURCE, outDir: freshDir('matter'), modified: new Date(Date.UTC(2026, 0, 1)), cover: true });
    pdf = await readPdf(new Uint8Array(readFileSync(result.files.pdf)));
    epub = openEpub(result.files.epub);
  }, 120_000);

  it('sets the footnote at the foot of the page that calls it', () => {
    const pages = pdf.pages.filter((page) => flat(page.text).includes(NOTE));
    expect(pages).toHaveLength(1);
    const page = pages[0]!;
    // The call, a superior 1 after "delegates" in the fourth paragraph, is on the same page.
    const pageText = execFileSync('pdftotext', ['-f', String(page.number), '-l', String(page.number), result.files.pdf, '-'], { encoding: 'utf8' });
    expect(pageText).toMatch(/delegates1 argued/);
    const note = page.items.find((item) => item.str.startsWith(`1. ${NOTE.slice(0, 20)}`))!;
    expect(note.size).toBeLessThan(result.book.print.fontSize);
    const body = page.items.filter((item) => item.size === result.book.print.fontSize);
    expect(Math.max(...body.map((item) => item.y))).toBeLessThan(note.y);
    // At the foot of the text block: within two note lines of its bottom.
    expect(note.y).toBeGreaterThan(result.book.print.pageHeight - result.book.print.marginBottom - 30);
  });

  it('numbers the preface and the introduction in roman, the piece and the afterword in arabic', () => {
    const label = (id: string) => result.book.sections.find((s) => s.id === id) && pdf.labels![pageOf(id) - 1]!;
    const pageOf = (id: string) => {
      const section = result.book.sections.find((s) => s.id === id)!;
      return pdf.pages.find((page) => page.number > 3 && page.lines.includes(section.title))!.number;
    };
    expect(label('preface')).toMatch(/^[ivx]+$/);
    expect(label('introduction')).toMatch(/^[ivx]+$/);
    // The part that holds the first piece opens with its title page, a recto with a blank
    // verso: the arabic numbers start there, and the piece opens on page 3.
    const piece = result.book.sections.find((s) => s.role === 'piece')!;
    const partPage = pdf.pages.find((page) => page.lines.length === 1 && page.lines[0] === 'The Texts')!;
    expect(pdf.labels![partPage.number - 1]).toBe('1');
    expect(pdf.pages[partPage.number]!.lines).toEqual([]);
    expect(label(piece.id)).toBe('3');
    expect(label('afterword')).toMatch(/^\d+$/);
    // The contents list them in order, with those numbers.
    const contents = pdf.pages.find((page) => page.lines[0] === 'Contents')!;
    expect(contents.lines.find((line) => line.startsWith('Preface'))).toMatch(new RegExp(`${label('preface')}$`));
    expect(contents.lines.find((line) => line.startsWith('Afterword'))).toMatch(new RegExp(`${label('afterword')}$`));
  });

  it('groups the outline: the front matter, the part with its piece, the back matter, each open on its entries', () => {
    const tree = pdf.outlineTree.map((node) => [node.title, node.children.map((child) => child.title)]);
    expect(tree).toEqual([
      ['Front matter', ['Contents', 'Preface', 'Introduction']],
      ['The Texts', ['A Long Night of Argument']],
      ['Back matter', ['Afterword', 'Sources', 'Colophon']],
    ]);
    // Each group goes where its first page is: the title page, the part's title page (a
    // spread before its piece), the afterword.
    const [front, part, back] = pdf.outlineTree;
    expect(front!.page).toBe(1);
    expect(part!.page).toBe(part!.children[0]!.page - 2);
    expect(pdf.pages[part!.page - 1]!.lines).toEqual(['The Texts']);
    expect(back!.page).toBe(back!.children[0]!.page);
    // Read back by another reader too: the groups are open (`-`), so the sections show.
    if (hasCommand('mutool')) {
      const outline = execFileSync('mutool', ['show', result.files.pdf, 'outline'], { encoding: 'utf8' }).trim().split('\n');
      const shown = outline.map((line) => /^([-+|])(\t+)"(.*)"\t#page=(\d+)/.exec(line)!).map(([, state, tabs, title, page]) => ({ state, depth: tabs!.length, title, page: Number(page) }));
      expect(shown.filter((entry) => entry.depth === 1).map((entry) => `${entry.state} ${entry.title}`)).toEqual(['- Front matter', '- The Texts', '- Back matter']);
      expect(shown.filter((entry) => entry.depth === 2).map((entry) => entry.title)).toEqual(['Contents', 'Preface', 'Introduction', 'A Long Night of Argument', 'Afterword', 'Sources', 'Colophon']);
      const sources = pdf.pages.find((page) => page.lines[0] === 'Sources')!;
      expect(shown.find((entry) => entry.title === 'Sources')!.page).toBe(sources.number);
    }
  });

  it('lists the front matter, the part, the back matter and the sources in the contents, each group set apart', () => {
    const contents = pdf.pages.find((page) => page.lines[0] === 'Contents')!;
    const titles = contents.lines.slice(1).filter((line) => !/Editor|Writer/.test(line));
    expect(titles.map((line) => line.replace(/[\s.]+[ivx\d]+$/, ''))).toEqual(['Preface', 'Introduction', 'The Texts', 'A Long Night of Argument', 'Afterword', 'Sources']);
    const sourcesPage = pdf.pages.find((page) => page.lines[0] === 'Sources')!;
    expect(titles.at(-1)).toMatch(new RegExp(`${pdf.labels![sourcesPage.number - 1]}$`));
    // Baselines: the gap between groups (introduction's author to the part title, the piece's
    // author to the afterword) is larger than the gap between entries of a group.
    const baseline = (start: string) => contents.items.find((item) => item.str.startsWith(start))!.y;
    const entryGap = baseline('Introduction') - baseline('Preface');
    expect(baseline('Afterword') - baseline('A Long Night')).toBeGreaterThan(entryGap);
    expect(baseline('Sources') - baseline('Afterword')).toBeCloseTo(entryGap, 0);
  });

  it('gives each role its EPUB semantics, its matter and its landmark, and the note as a footnote aside', () => {
    const doc = (id: string) => epub.text(epub.spine.find((name) => name.endsWith(`/${id}.xhtml`))!);
    const expected: Array<[string, string, string, string]> = [
      ['preface', 'preface', 'doc-preface', 'frontmatter'],
      ['introduction', 'introduction', 'doc-introduction', 'frontmatter'],
      ['afterword', 'afterword', 'doc-afterword', 'backmatter'],
    ];
    for (const [id, type, role, matter] of expected) {
      const xhtml = doc(id);
      expect(xhtml, id).toMatch(new RegExp(`<body[^>]*epub:type="${matter}"`));
      expect(xhtml, id).toMatch(new RegExp(`<section[^>]*epub:type="${type}"[^>]*role="${role}"|<section[^>]*role="${role}"[^>]*epub:type="${type}"`));
    }
    const piece = result.book.sections.find((s) => s.role === 'piece')!;
    const pieceXhtml = doc(piece.id);
    expect(pieceXhtml).toMatch(/epub:type="chapter"/);
    expect(pieceXhtml).toMatch(/<aside[^>]*epub:type="footnote"[^>]*>[\s\S]*The minutes of the meeting[\s\S]*role="doc-backlink"[\s\S]*<\/aside>/);
    expect(pieceXhtml).toMatch(/<a[^>]*epub:type="noteref"/);
    const nav = epub.text(epub.spine.find((name) => name.endsWith('toc.xhtml')) ?? path.posix.join(path.posix.dirname(epub.opfPath), 'toc.xhtml'));
    const landmarks = /<nav[^>]*epub:type="landmarks"[\s\S]*?<\/nav>/.exec(nav)![0];
    for (const type of ['preface', 'introduction', 'afterword']) expect(landmarks).toContain(`epub:type="${type}" href="${type}.xhtml"`);
    // The body starts at the part that holds the piece, not at the preface.
    expect(landmarks).toContain('epub:type="bodymatter" href="part-01.xhtml"');
    // The preface and the introduction come after the contents, in contents order.
    const order = epub.spine.map((name) => path.posix.basename(name));
    expect(order.indexOf('preface.xhtml')).toBeLessThan(order.indexOf('introduction.xhtml'));
    expect(order.indexOf('introduction.xhtml')).toBeLessThan(order.indexOf(`${piece.id}.xhtml`));
    expect(order.indexOf(`${piece.id}.xhtml`)).toBeLessThan(order.indexOf('afterword.xhtml'));
  });

  it.skipIf(!hasCommand('pdfinfo'))('writes a cover of exactly the computed size, with its fonts embedded', () => {
    const geometry = coverGeometry(result.book, result.pageCount);
    const mm = 72 / 25.4;
    // Two A5 pages (148 mm), the spine (pages × 0.0572 mm of white paper) and 3.175 mm of bleed each side.
    expect(geometry.spineMm).toBeCloseTo(result.pageCount * 0.0572, 6);
    expect(geometry.widthMm).toBeCloseTo(2 * 148 + result.pageCount * 0.0572 + 2 * 3.175, 1);
    expect(geometry.heightMm).toBeCloseTo(210 + 2 * 3.175, 1);
    const info = execFileSync('pdfinfo', ['-box', result.files.cover!], { encoding: 'utf8' });
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect(Number(width)).toBeCloseTo(geometry.widthMm * mm, 2);
    expect(Number(height)).toBeCloseTo(geometry.heightMm * mm, 2);
    // The trim box is the sheet less the bleed.
    const trim = /TrimBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(info)!.slice(1).map(Number);
    expect(trim[0]).toBeCloseTo(3.175 * mm, 2);
    expect(trim[2]! - trim[0]!).toBeCloseTo((2 * 148 + geometry.spineMm) * mm, 0);
    if (hasCommand('pdffonts')) {
      const rows = execFileSync('pdffonts', [result.files.cover!], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
    }
    const text = execFileSync('pdftotext', [result.files.cover!, '-'], { encoding: 'utf8' });
    expect(text).toContain('Notes and Matter');
    expect(text).toContain('A small book with every kind of section');
    expect(text).toContain('Ada Editor and Ben Editor');
    expect(flat(text)).toContain('A fixture book: a preface, an introduction');
    // This thin book's spine (under 6 mm) carries no text: the title appears once, on the front.
    expect(text.match(/Notes and Matter/g)).toHaveLength(1);
  });
});
