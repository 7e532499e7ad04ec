import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseDocument } from 'htmlparser2';
import { textContent } from 'domutils';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSource } from '../../pipeline/load/index.ts';
import { ROOT, freshDir, hasCommand } from '../build/_book.ts';
import { attribute, element, elements } from '../render/epub-xml.ts';
import { buildRealEpub } from './_real-book.ts';

/** A section of the built EPUB as a reader should meet it: title, then its first and last words. */
interface Expected {
  file: string;
  title: string;
  opening: string;
  closing: string;
}

const WORDS = 8;
const flat = (value: string) => value.replace(/\s+/g, ' ').trim();

/** The section documents of the EPUB, in spine order, with their title and the first and last words of their text. */
function sectionsOf(epubFile: string): Expected[] {
  const files = unzipSync(readFileSync(epubFile));
  const xml = (name: string) => parseDocument(strFromU8(files[`OEBPS/${name}`]!), { xmlMode: true });
  const opf = xml('content.opf');
  const hrefs = new Map(elements(opf, 'item').map((item) => [attribute(item, 'id'), attribute(item, 'href')!]));
  return elements(opf, 'itemref')
    .map((itemref) => hrefs.get(attribute(itemref, 'idref'))!)
    .flatMap((file) => {
      const doc = xml(file);
      const section = elements(doc, 'section')[0];
      if (!section || !['chapter', 'introduction'].includes(attribute(section, 'epub:type') ?? '')) return [];
      // The text proper: paragraphs outside the header (title, author, source) and the editor's note.
      const paragraphs = elements(section, 'p').filter((p) => !['byline', 'source-line'].includes(attribute(p, 'class') ?? '') && attribute(p.parent as never, 'class') !== 'editor-note');
      const words = flat(paragraphs.map((p) => textContent(p)).join(' ')).split(' ');
      return [{ file, title: flat(textContent(element(doc, 'h1'))), opening: words.slice(0, WORDS).join(' '), closing: words.slice(-WORDS).join(' ') }];
    });
}

describe.skipIf(!hasCommand('ebook-convert'))('Calibre reads the built EPUB', () => {
  let text: string;
  let expected: Expected[];

  beforeAll(() => {
    const epub = buildRealEpub();
    const txt = path.join(freshDir('calibre'), 'book.txt');
    execFileSync('ebook-convert', [epub, txt], { stdio: 'ignore', timeout: 240_000 });
    text = flat(readFileSync(txt, 'utf8'));
    expected = sectionsOf(epub);
  }, 300_000);

  it('finds the introduction and every piece', async () => {
    const { manuscripts } = await loadSource(path.join(ROOT, 'manuscripts'));
    expect(expected.length).toBe(manuscripts.length);
  });

  it('gives every piece’s title, opening and closing words, in reading order', () => {
    let from = 0;
    for (const section of expected) {
      const openingAt = text.indexOf(section.opening, from);
      expect(openingAt, `${section.file}: opening “${section.opening}”`).toBeGreaterThanOrEqual(0);
      // The title stands just before the text (author, source and note between), not only in the contents.
      const titleAt = text.lastIndexOf(section.title, openingAt);
      expect(titleAt, `${section.file}: title “${section.title}”`).toBeGreaterThanOrEqual(from);
      expect(openingAt - titleAt, `${section.file}: title too far from the text`).toBeLessThan(1500);
      const closingAt = text.indexOf(section.closing, openingAt);
      expect(closingAt, `${section.file}: closing “${section.closing}”`).toBeGreaterThan(openingAt);
      from = closingAt + section.closing.length;
    }
  });
});
