/**
 * Pipe tables in both editions, read back from what the renderers make: the EPUB's XHTML
 * (thead/tbody, th scope, alignment classes, the caption, the style sheet), the PDF's text as
 * pdftotext lays it out (cells of a row on one line, rows in order), its structure tree
 * (Table > THead/TBody > TR > TH/TD, through pdf.js), and a long table over two pages with its
 * header row set again on the second.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Element } from 'domhandler';
import { DEFAULT_EPUBCHECK_JAR, runEpubcheck } from '../../pipeline/check/epubcheck.ts';
import { renderEpub } from '../../pipeline/render/epub/index.ts';
import { MissingGlyphsError, renderPdf } from '../../pipeline/render/pdf/index.ts';
import { parseMarkdown } from '../../pipeline/parse/index.ts';
import type { Book, Section } from '../../pipeline/types.ts';
import { fixtureBook } from './pdf-fixture.ts';
import { attribute, childElements, element, elements, openEpub, text } from './epub-xml.ts';

const REPORT = [
  'The year closed with more members than it opened with. The table shows the districts side by side.',
  '',
  '| District | Members | Change | Notes |',
  '|:---------|--------:|:------:|:------|',
  '| *Leeds* | 1,200 | +4% | Two new branches, at **Armley** and Hunslet |',
  '| Bradford | 12,450 | −2% | See [the report](https://example.org/report) |',
  '| Halifax | 310 | +11% | The returns came late[^1] |',
  '| Total | 13,960 | +1% | |',
  '',
  'Table: Members by district at the end of the year',
  '',
  'The committee met eleven times.',
  '',
  '[^1]: After the meeting.',
].join('\n');

const YEARS = 70;
const LONG = [
  'The figures run for seventy years, so the table goes over more than one page.',
  '',
  '| Year | Branch | Members |',
  '|:-----|:-------|--------:|',
  ...Array.from({ length: YEARS }, (_, i) => `| ${1900 + i} | Branch ${String.fromCharCode(65 + (i % 26))}${i % 7 ? '' : ' and the villages around it'} | ${(1000 + i * 37).toLocaleString('en')} |`),
  '',
  'After the table, the text goes on.',
].join('\n');

function bookOf(...pieces: Array<[id: string, title: string, markdown: string]>): Book {
  const base = fixtureBook();
  const section = ([id, title, markdown]: [string, string, string]): Section => ({ ...base.sections[0]!, id, title, role: 'piece', tree: parseMarkdown(markdown) });
  return { ...base, sections: pieces.map(section) };
}

function tableBook(): Book {
  return bookOf(['s01-report', 'The Annual Report', REPORT], ['s02-long', 'Year by Year', LONG]);
}

const epubcheckInstalled = existsSync(DEFAULT_EPUBCHECK_JAR) && spawnSync('java', ['-version']).status === 0;

describe('tables in the EPUB', () => {
  let bytes: Uint8Array;
  let epub: ReturnType<typeof openEpub>;
  beforeAll(async () => {
    bytes = await renderEpub(tableBook());
    epub = openEpub(bytes);
  });

  it.skipIf(!epubcheckInstalled)('passes EPUBCheck with no message at all', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'anthology-tables-')), 'tables.epub');
    writeFileSync(file, bytes);
    const result = await runEpubcheck(file);
    expect(result.messages).toEqual([]);
    expect(result.summary).toBe('Messages: 0 fatals / 0 errors / 0 warnings / 0 infos');
  }, 60_000);

  it('sets the table with its caption, a header row of th scope=col and a body of td, alignment as classes', () => {
    const documentPath = Object.keys(epub.files).find((name) => name.endsWith('s01-report.xhtml'))!;
    const xhtml = epub.xml(documentPath);
    const [wrapper] = elements(xhtml, 'div').filter((div) => attribute(div, 'class') === 'table');
    const table = element(wrapper!, 'table');
    expect(childElements(table).map((child) => child.name)).toEqual(['caption', 'thead', 'tbody']);
    expect(text(element(table, 'caption'))).toBe('Members by district at the end of the year');
    const headers = elements(element(table, 'thead'), 'th');
    expect(headers.map(text)).toEqual(['District', 'Members', 'Change', 'Notes']);
    expect(headers.map((th) => attribute(th, 'scope'))).toEqual(['col', 'col', 'col', 'col']);
    const rows = elements(element(table, 'tbody'), 'tr').map((tr) => elements(tr, 'td'));
    expect(rows.map((cells) => cells.map(text))).toEqual([
      ['Leeds', '1,200', '+4%', 'Two new branches, at Armley and Hunslet'],
      ['Bradford', '12,450', '−2%', 'See the report'],
      ['Halifax', '310', '+11%', 'The returns came late1'],
      ['Total', '13,960', '+1%', ''],
    ]);
    expect(rows[0]!.map((td) => attribute(td, 'class'))).toEqual(['align-left', 'align-right', 'align-center', 'align-left']);
    expect(elements(rows[0]![0]!, 'em')).toHaveLength(1);
    expect(elements(rows[0]![3]!, 'strong').map(text)).toEqual(['Armley']);
    expect(elements(rows[2]![3]!, 'a').map((a: Element) => attribute(a, 'epub:type'))).toEqual(['noteref']);
    expect(elements(table, '*').some((node) => attribute(node, 'align') !== undefined || attribute(node, 'style') !== undefined)).toBe(false);
  });

  it('carries the tables’ style rules only in a book with tables', async () => {
    expect(epub.text('OEBPS/style.css')).toContain('div.table table');
    const plain = openEpub(await renderEpub(fixtureBook()));
    expect(plain.text('OEBPS/style.css')).not.toContain('div.table');
  });
});

describe('tables in the PDF', () => {
  let data: Uint8Array;
  let file: string;
  beforeAll(async () => {
    data = (await renderPdf(tableBook())).data;
    file = path.join(mkdtempSync(path.join(tmpdir(), 'anthology-tables-')), 'tables.pdf');
    writeFileSync(file, data);
  });

  const pagesText = (): string[] => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
  const squeeze = (line: string) => line.trim().replace(/\s+/g, ' ');

  it('sets each row’s cells on one line, the rows in order, under the caption and the header row', () => {
    const page = pagesText().find((text) => text.includes('Members by district'))!;
    const lines = page.split('\n').map(squeeze).filter(Boolean);
    const at = (start: string) => lines.findIndex((line) => line.startsWith(start));
    expect(lines[at('Members by district')]).toBe('Members by district at the end of the year');
    expect(lines[at('District')]).toBe('District Members Change Notes');
    expect(lines[at('Leeds')]).toBe('Leeds 1,200 +4% Two new branches, at Armley and Hunslet');
    expect(lines[at('Bradford')]).toMatch(/^Bradford 12,450 −2% See the report\d$/);
    expect(lines[at('Halifax')]).toMatch(/^Halifax 310 \+11% The returns came late\d$/);
    expect(lines[at('Total')]).toBe('Total 13,960 +1%');
    const order = ['Members by district', 'District', 'Leeds', 'Bradford', 'Halifax', 'Total', 'The committee met'].map(at);
    expect(order.every((index, i) => index >= 0 && (i === 0 || index > order[i - 1]!))).toBe(true);
  });

  it('flushes a right-aligned column right: the numbers end where the column ends', () => {
    const page = pagesText().find((text) => text.includes('Members by district'))!;
    const lines = page.split('\n');
    const ends = ['Leeds', 'Bradford', 'Halifax', 'Total'].map((name) => {
      const line = lines.find((l) => l.trim().startsWith(name))!;
      const number = /\d[\d,]*\d/.exec(line)!;
      return number.index + number[0].length;
    });
    expect(new Set(ends).size).toBe(1);
  });

  it('tags the table: Table with Caption, THead and TBody, rows of TH and TD holding their cells’ text', async () => {
    const document = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
    const found: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const tree = await page.getStructTree();
      const content = await page.getTextContent({ includeMarkedContent: true });
      const texts = new Map<string, string>();
      const open: string[] = [];
      for (const item of content.items as Array<{ type?: string; id?: string; str?: string }>) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item.id ?? '');
        else if (item.type === 'endMarkedContent') open.pop();
        else if (item.str !== undefined && open.length > 0) texts.set(open[open.length - 1]!, (texts.get(open[open.length - 1]!) ?? '') + item.str);
      }
      type Node = { role?: string; type?: string; id?: string; children?: Node[] };
      const textOf = (node: Node): string => (node.type === 'content' ? (texts.get(node.id ?? '') ?? '') : (node.children ?? []).map(textOf).join('')).trim();
      const walk = (node: Node, depth: string): void => {
        if (node.role && ['Table', 'Caption', 'THead', 'TBody', 'TR', 'TH', 'TD'].includes(node.role)) {
          found.push(`${depth}${node.role}${node.role === 'TH' || node.role === 'TD' || node.role === 'Caption' ? ` ${textOf(node)}` : ''}`);
          for (const child of node.children ?? []) walk(child, `${depth} `);
        } else for (const child of node.children ?? []) walk(child, depth);
      };
      if (tree) walk(tree as Node, '');
      if (found.length > 0) break;
    }
    expect(found.slice(0, 14)).toEqual([
      'Table',
      ' Caption Members by district at the end of the year',
      ' THead',
      '  TR',
      '   TH District',
      '   TH Members',
      '   TH Change',
      '   TH Notes',
      ' TBody',
      '  TR',
      '   TD Leeds',
      '   TD 1,200',
      '   TD +4%',
      '   TD Two new branches, at Armley and Hunslet',
    ]);
    // Every row has its four cells, the empty one too.
    expect(found.filter((line) => line.trim().startsWith('TD')).length).toBe(16);
  });

  it('breaks a long table between rows and sets its header row again at the top of the next page, every row once', () => {
    const pages = pagesText().filter((text) => /\b19[0-6]\d\b/.test(text) && text.includes('Branch'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      const lines = page.split('\n').map(squeeze).filter(Boolean);
      const header = lines.indexOf('Year Branch Members');
      const firstRow = lines.findIndex((line) => /^19\d\d Branch/.test(line));
      expect(header, page.slice(0, 200)).toBeGreaterThanOrEqual(0);
      expect(header).toBeLessThan(firstRow);
    }
    // The header set again is decoration: the structure tree has each table's header cells once (4 + 3).
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('latin1');
    expect(qdf.match(/\/S \/TH\b/g)).toHaveLength(7);
    expect(qdf.match(/\/S \/Table\b/g)).toHaveLength(2);
    const rows = pages.flatMap((page) => page.split('\n').map(squeeze).filter((line) => /^19\d\d Branch/.test(line)));
    expect(rows.map((row) => Number(row.slice(0, 4)))).toEqual(Array.from({ length: YEARS }, (_, i) => 1900 + i));
    expect(rows[7]).toBe('1907 Branch H and the villages around it 1,259');
  });

  it('sets a table in a footnote as running text, each cell on a line of its own, no two cells’ words run together', async () => {
    const note = 'A text with a note.[^1]\n\n[^1]: The returns:\n\n    | Leeds | Bradford |\n    |---|---|\n    | twelve | thirty |\n';
    const pdf = (await renderPdf(bookOf(['s01-note', 'A Note', note]))).data;
    const noted = path.join(mkdtempSync(path.join(tmpdir(), 'anthology-tables-')), 'note.pdf');
    writeFileSync(noted, pdf);
    const lines = execFileSync('pdftotext', ['-layout', noted, '-'], { encoding: 'utf8' }).split('\n').map(squeeze);
    for (const cell of ['Leeds', 'Bradford', 'twelve', 'thirty']) expect(lines).toContain(cell);
  });

  it('reports a letter in a cell that no print font has, as everywhere else', async () => {
    const book = bookOf(['s01-sign', 'Signs', '| Sign | Meaning |\n|---|---|\n| \u{F0001} | a man |\n']);
    await expect(renderPdf(book)).rejects.toThrow(MissingGlyphsError);
  });
});
