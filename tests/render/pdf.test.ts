import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf, type RenderedPdf } from '../../pipeline/render/pdf/index.ts';
import type { Book } from '../../pipeline/types.ts';
import type { Parent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fixtureBook, FOOTNOTE_TEXT, LONG_URL } from './pdf-fixture.ts';
import { flat, readPdf, type ReadPage, type ReadPdf } from './pdf-read.ts';

function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('renderPdf', () => {
  let book: Book;
  let result: RenderedPdf;
  let pdf: ReadPdf;
  let contentsPage: ReadPage;

  beforeAll(async () => {
    book = fixtureBook();
    result = await renderPdf(book);
    pdf = await readPdf(result.data);
    contentsPage = pdf.pages.find((page) => page.lines[0] === 'Contents')!;
  });

  const isRecto = (page: ReadPage) => page.number % 2 === 1;
  const leftMargin = (page: ReadPage) => (isRecto(page) ? book.print.marginInner : book.print.marginOuter);
  const rightEdge = (page: ReadPage) => page.width - (isRecto(page) ? book.print.marginOuter : book.print.marginInner);
  const openingPages = () => new Set(Object.values(result.sectionPages));
  /** Pages of running text: not the front matter, not an opening, not blank. */
  const bodyPages = () =>
    pdf.pages.filter((page) => page.number > contentsPage.number && !openingPages().has(page.number) && page.lines.length > 10);

  it('sets every page at the trim size of the book', () => {
    expect(pdf.pages.length).toBe(result.pageCount);
    expect(result.pageCount).toBeGreaterThanOrEqual(12);
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(419.53, 1);
      expect(page.height).toBeCloseTo(595.28, 1);
    }
  });

  it('starts with a title page, the copyright on its verso, then the contents', () => {
    const [title, copyright] = pdf.pages;
    expect(title!.text).toContain('Arguments in Print');
    expect(title!.text).toContain('Pamphlets and Articles, 1970–2010');
    expect(flat(title!.text)).toContain('Ada Editor and Ben Compiler');
    expect(title!.text).toContain('Small Press Collective');
    expect(copyright!.text).toContain('Selection and notes copyright');
    expect(contentsPage.number).toBe(3);
  });

  it('opens every section on a recto with its title, author and source, in order', () => {
    const numbers = book.sections.map((section) => result.sectionPages[section.id]!);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const section of book.sections) {
      const page = pdf.pages[result.sectionPages[section.id]! - 1]!;
      expect(page.number % 2, section.id).toBe(1);
      const text = flat(page.text);
      expect(text).toContain(section.title);
      expect(text).toContain(section.author);
      if (section.sourceLine) expect(text).toContain(section.sourceLine);
      if (section.note) expect(text).toContain(section.note);
    }
  });

  it('gives in the contents the page where each title actually appears', () => {
    const lines = contentsPage.lines;
    for (const section of book.sections) {
      const start = lines.findIndex((line) => line.startsWith(section.title.slice(0, 12)));
      expect(start, section.title).toBeGreaterThan(0);
      const numbered = lines.slice(start).find((line) => /(\d+|\b[ivxl]+)$/.test(line))!;
      const listed = /(\d+|\b[ivxl]+)$/.exec(numbered)![1];
      const actual = pdf.pages.find((page) => page.number > contentsPage.number && flat(page.text).includes(section.title))!;
      // The contents give the printed number of the page, which its label repeats.
      expect(listed, section.title).toBe(pdf.labels![actual.number - 1]);
      expect(actual.number).toBe(result.sectionPages[section.id]);
      expect(listed).toBe(result.sectionLabels[section.id]);
      expect(lines[lines.indexOf(numbered) + 1]).toBe(section.author);
    }
  });

  it('ends with the sources and a colophon', () => {
    const sources = pdf.pages.find((page) => page.lines[0] === 'Sources')!;
    expect(sources.number % 2).toBe(1);
    for (const section of book.sections) expect(flat(sources.text)).toContain(section.title);
    expect(flat(pdf.pages[pdf.pages.length - 1]!.text)).toContain('This book was made with anthology');
  });

  it.skipIf(!hasCommand('pdffonts'))('embeds EB Garamond regular, italic and bold, and nothing else', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'anthology-pdf-')), 'book.pdf');
    writeFileSync(file, result.data);
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    const names = rows.map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort();
    expect(names).toEqual(['EBGaramond-Bold', 'EBGaramond-Italic', 'EBGaramond-Regular']);
    // Columns: name, type, encoding, emb, sub, uni, object ID.
    for (const row of rows) expect(row.split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
  });

  it('keeps every piece of text inside the text block, with mirrored margins', () => {
    for (const page of pdf.pages) {
      for (const item of page.items) {
        expect(item.x + item.width, `page ${page.number}: ${item.str}`).toBeLessThanOrEqual(rightEdge(page) + 0.5);
        expect(item.x, `page ${page.number}: ${item.str}`).toBeGreaterThanOrEqual(leftMargin(page) - 0.5);
      }
    }
    // The text starts at the gutter margin on rectos and at the outer margin on versos.
    for (const page of bodyPages()) {
      const left = Math.min(...page.items.map((item) => item.x));
      expect(left, `page ${page.number}`).toBeCloseTo(leftMargin(page), 1);
    }
  });

  it('justifies the running text and hyphenates where it must', () => {
    let lines = 0;
    let flush = 0;
    let hyphenated = 0;
    for (const page of bodyPages()) {
      for (const [y, items] of itemsByBaseline(page)) {
        if (y > page.height - book.print.marginBottom) continue;
        const right = Math.max(...items.map((item) => item.x + item.width));
        lines += 1;
        if (Math.abs(right - rightEdge(page)) < 0.5) flush += 1;
        if (/\p{L}-$/u.test(items[items.length - 1]!.str)) hyphenated += 1;
      }
    }
    expect(flush / lines).toBeGreaterThan(0.6);
    expect(hyphenated).toBeGreaterThan(0);
  });

  it('breaks a URL longer than the measure without adding hyphens', () => {
    const allLines = pdf.pages.flatMap((page) => page.lines);
    const start = allLines.findIndex((line) => line.includes('https://archive.example.org'));
    expect(start).toBeGreaterThan(0);
    const joined = allLines.slice(start, start + 4).join('');
    expect(joined.slice(joined.indexOf('https://'))).toContain(LONG_URL);
  });

  it('keeps headings with at least two lines of the text that follows', () => {
    for (const heading of ['Why these texts', 'The argument in brief', 'A smaller heading']) {
      const page = pdf.pages.find((p) => p.lines.includes(heading))!;
      expect(page, heading).toBeDefined();
      const index = page.lines.indexOf(heading);
      const linesAfter = page.lines.length - index - 2; // the last line is the folio
      expect(linesAfter, heading).toBeGreaterThanOrEqual(2);
    }
  });

  it('puts folios on running pages only', () => {
    const folio = (page: ReadPage) => page.lines[page.lines.length - 1];
    for (const page of bodyPages()) expect(folio(page)).toBe(pdf.labels![page.number - 1]);
    for (const number of [1, 2, 3, ...openingPages()]) {
      const page = pdf.pages[number - 1]!;
      expect(folio(page), `page ${number}`).not.toBe(pdf.labels![number - 1]);
    }
  });

  it('writes the metadata, the language and one outline entry per section', () => {
    expect(pdf.info).toMatchObject({
      Title: 'Arguments in Print',
      Author: 'Ada Editor, Ben Compiler',
      Subject: 'An anthology of political pamphlets.',
      Keywords: 'Politics, Socialism',
      Creator: 'anthology',
      Language: 'en',
    });
    expect(pdf.info.CreationDate).toMatch(/^D:20260102030405/);
    // The introduction is front matter, with the contents; the sources and colophon, back matter.
    const pieces = book.sections.filter((section) => section.role === 'piece').map((section) => section.title);
    expect(pdf.outline).toEqual(['Front matter', ...pieces, 'Back matter']);
    const group = (title: string) => pdf.outlineTree.find((node) => node.title === title)!;
    expect(group('Front matter').children.map((node) => node.title)).toEqual(['Contents', 'Introduction']);
    expect(group('Front matter').page).toBe(1);
    expect(group('Back matter').children.map((node) => node.title)).toEqual(['Sources', 'Colophon']);
    expect(group('Back matter').page).toBe(group('Back matter').children[0]!.page);
  });

  it('nests each piece’s sections under it in the outline, each entry going to its page', () => {
    const entry = (title: string) => [...pdf.outlineTree, ...pdf.outlineTree.flatMap((node) => node.children)].find((node) => node.title === title)!;
    expect(entry('Introduction').children.map((c) => c.title)).toEqual(['Why these texts']);
    expect(entry(book.sections[1]!.title).children.map((c) => c.title)).toEqual(['The argument in brief']);
    // Its notes are at the foot of the pages, so there is no Notes heading to bookmark.
    expect(entry('Still Fighting').children.map((c) => c.title)).toEqual(['A smaller heading']);
    for (const section of book.sections) expect(entry(section.title).page).toBe(result.sectionPages[section.id]);
    const smaller = entry('Still Fighting').children[0]!;
    expect(pdf.pages[smaller.page - 1]!.lines).toContain('A smaller heading');
  });

  it('numbers the front matter and the introduction in roman and the body in arabic from the first piece, in folios and page labels', () => {
    const intro = result.sectionPages.introduction!;
    const first = result.sectionPages['s01-the-alternative-to-leninism']!;
    expect(pdf.labels).toEqual(result.pageLabels);
    const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
    expect(pdf.labels!.slice(0, first - 1)).toEqual(roman.slice(0, first - 1));
    expect(pdf.labels![intro - 1]).toBe(roman[intro - 1]);
    expect(pdf.labels![first - 1]).toBe('1');
    expect(pdf.labels!.slice(first - 1)).toEqual(pdf.pages.slice(first - 1).map((page) => String(page.number - first + 1)));
    // The folio printed at the foot of a running page of the introduction is roman too.
    const introPage = pdf.pages[intro]!;
    expect(introPage.lines[introPage.lines.length - 1]).toBe(roman[intro]);
  });

  it('links each contents entry to the page where its piece opens', () => {
    for (const section of book.sections) {
      const links = contentsPage.links.filter((link) => link.page === result.sectionPages[section.id]);
      expect(links.length, section.title).toBeGreaterThan(0);
      expect(flat(links.map((link) => link.text).join(' ')), section.title).toContain(section.title.split(' ')[0]);
    }
  });

  it('opens each piece with a drop cap three lines deep, the rest of its first word beside it', () => {
    const bodySize = book.print.fontSize;
    for (const section of book.sections) {
      const page = pdf.pages[result.sectionPages[section.id]! - 1]!;
      const first = section.tree.children.find((node) => node.type === 'paragraph')!;
      const initial = page.items.reduce((a, b) => (b.size > a.size ? b : a));
      expect(initial.str, section.id).toBe(toString(first)[0]);
      expect(initial.size, section.id).toBeGreaterThan(3 * bodySize);
      // The initial's baseline is the third line's: two lines of text sit beside it above.
      const beside = page.items.filter((item) => item.x > initial.x + initial.width && item.y < initial.y - 1 && item.y > initial.y - 3 * book.print.leading);
      expect(new Set(beside.map((item) => Math.round(item.y))).size, section.id).toBe(2);
    }
  });

  it('keeps the lines of verse and turns a long one over with an indent', () => {
    const page = pdf.pages.find((p) => p.lines.some((line) => line.startsWith('Sverdlov killed the bloody Tsar,')))!;
    const lineStart = (text: string) => Math.min(...page.items.filter((item) => item.str.startsWith(text)).map((item) => item.x));
    expect(page.lines).toContain('Sverdlov killed the bloody Tsar,');
    expect(page.lines).toContain('He signed the warrant for it;');
    const index = page.lines.findIndex((line) => line.startsWith('So when they struck'));
    const turned = page.lines[index + 1]!;
    expect(turned.startsWith('They hauled')).toBe(false);
    expect(lineStart(turned.split(' ')[0]!)).toBeGreaterThan(lineStart('So when') + 5);
  });

  it('sets footnotes and link URLs at the foot of the page that calls them, under a rule, numbered in the piece', () => {
    const noteSize = (size: number) => size < book.print.fontSize - 1;
    const piece = book.sections[2]!;
    const paragraphs = piece.tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
    const calledFrom = [paragraphs[0]!, paragraphs.find((text) => text.includes('published by the branch'))!];
    for (const [text, number, caller] of [[FOOTNOTE_TEXT, '1', calledFrom[0]!], ['https://example.org/branch/minutes-1990', '2', calledFrom[1]!]] as const) {
      const page = pdf.pages.find((p) => flat(p.text).includes(text))!;
      expect(page, text).toBeDefined();
      // The note's first line, its number then its text, at note size below every line of the body.
      const noteLine = page.items.find((item) => noteSize(item.size) && item.str.startsWith(`${number}. ${text.slice(0, 10)}`));
      expect(noteLine, `${text}: number ${number}`).toBeDefined();
      const body = page.items.filter((item) => item.size === book.print.fontSize);
      expect(Math.max(...body.map((item) => item.y)), text).toBeLessThan(noteLine!.y);
      // The words the call follows are on the same page.
      const callWords = number === '1' ? caller.trim().split(/\s+/).slice(-3).join(' ') : 'published by the branch';
      expect(flat(page.text), text).toContain(callWords);
    }
    expect(pdf.pages.some((page) => page.lines.some((line) => /^notes$/i.test(line)))).toBe(false);
  });

  it('prints notes after each piece instead when print.notes is end', async () => {
    const endBook = { ...fixtureBook(), print: { ...fixtureBook().print, notes: 'end' as const } };
    const ended = await readPdf((await renderPdf(endBook)).data);
    const notesPage = ended.pages.find((page) => page.lines.some((line) => /^notes$/i.test(line)) && flat(page.text).includes(FOOTNOTE_TEXT))!;
    expect(notesPage).toBeDefined();
    expect(flat(notesPage.text)).toContain('https://example.org/branch/minutes-1990');
  });

  it('sets a picture’s description and its caption as centred captions', () => {
    const page = pdf.pages.find((p) => p.lines.includes('A photograph of the branch banner'))!;
    const item = page.items.find((i) => i.str.startsWith('A photograph'))!;
    const centre = (page.number % 2 === 1 ? book.print.marginInner : book.print.marginOuter) + (page.width - book.print.marginInner - book.print.marginOuter) / 2;
    expect(item.x + item.width / 2).toBeCloseTo(centre, 0);
    expect(page.lines).toContain('The branch banner, carried on the May Day march.');
  });

  it('says where each page begins, for the EPUB’s page list', () => {
    expect(result.pageBreaks.map((entry) => entry.label)).toEqual(result.pageLabels);
    expect(result.pageBreaks[0]).toEqual({ label: 'i', target: 'titlepage', block: [], offset: 0 });
    const sections = new Map(book.sections.map((section) => [section.id, section]));
    let checked = 0;
    for (const entry of result.pageBreaks) {
      const section = sections.get(entry.target);
      const page = pdf.pages[result.pageLabels.indexOf(entry.label)]!;
      if (!section || entry.block.length === 0 || page.lines.length === 0) continue;
      let block: Parent | RootContent = section.tree;
      for (const index of entry.block) block = (block as Parent).children[index]!;
      const expectedWord = toString(block).slice(entry.offset).trim().split(/\s+/)[0]!;
      const first = firstTextLine(page, book.print.marginTop).replace(/^\d+\.\s|^\u2022\s/, '');
      const shown = first.split(' ')[0]!.replace(/-$/, '');
      expect(expectedWord.startsWith(shown) || shown.startsWith(expectedWord), `page ${entry.label}: "${first}" vs "${expectedWord}"`).toBe(true);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('gives the text in reading order', () => {
    const section = book.sections[1]!;
    const start = result.sectionPages[section.id]!;
    const end = result.sectionPages[book.sections[2]!.id]!;
    const text = flat(pdf.pages.slice(start - 1, end - 1).map((page) => page.streamText).join(' '));
    let position = 0;
    for (const node of section.tree.children.slice(1)) {
      if (node.type !== 'paragraph') continue;
      const opening = toString(node).split(/\s+/).slice(0, 3).join(' ');
      const found = text.indexOf(opening, position);
      expect(found, opening).toBeGreaterThanOrEqual(position);
      position = found;
    }
  });

  it.skipIf(!hasCommand('pdfinfo'))('is a tagged PDF', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'anthology-pdf-')), 'book.pdf');
    writeFileSync(file, result.data);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
  });

  it.skipIf(!hasCommand('pdftotext'))('extracts a drop cap and the rest of its word as one word', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'anthology-pdf-')), 'book.pdf');
    writeFileSync(file, result.data);
    for (const section of book.sections) {
      const page = String(result.sectionPages[section.id]);
      const text = execFileSync('pdftotext', ['-f', page, '-l', page, file, '-'], { encoding: 'utf8' });
      const first = section.tree.children.find((node) => node.type === 'paragraph')!;
      const word = /^\S+/.exec(toString(first))![0];
      expect(text.split(/\s+/), section.id).toContain(word);
    }
  });

  it('gives byte-identical files for the same book', async () => {
    const again = await renderPdf(fixtureBook());
    expect(Buffer.from(again.data).equals(Buffer.from(result.data))).toBe(true);
  });
});

/** The first line of the text block, under any running head. */
function firstTextLine(page: ReadPage, marginTop: number): string {
  const lines = itemsByBaseline(page)
    .filter(([y]) => y > marginTop)
    .sort(([a], [b]) => a - b);
  const [, items] = lines[0]!;
  return items.map((item) => item.str).join(' ').replace(/\s+/g, ' ').trim();
}

function itemsByBaseline(page: ReadPage): Array<[number, ReadPage['items']]> {
  const lines = new Map<number, ReadPage['items']>();
  for (const item of page.items) {
    const key = Math.round(item.y * 2) / 2;
    lines.set(key, [...(lines.get(key) ?? []), item]);
  }
  return [...lines.entries()].map(([y, items]) => [y, items.sort((a, b) => a.x - b.x)]);
}
