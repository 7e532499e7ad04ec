import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { renderEpub } from '../../pipeline/render/epub/index.ts';
import { DEFAULT_EPUBCHECK_JAR, runEpubcheck } from '../../pipeline/check/epubcheck.ts';
import type { Book } from '../../pipeline/types.ts';
import { FIXTURE_IDENTIFIER, FIXTURE_MODIFIED, fixtureBook } from './epub-fixture.ts';
import type { Element } from 'domhandler';
import { attribute, childElements, element, elements, openEpub, text, type OpenedEpub } from './epub-xml.ts';

const epubcheckInstalled = existsSync(DEFAULT_EPUBCHECK_JAR) && spawnSync('java', ['-version']).status === 0;

async function rendered(book: Book = fixtureBook()): Promise<OpenedEpub> {
  return openEpub(await renderEpub(book));
}

async function writeTemp(bytes: Uint8Array): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'anthology-epub-'));
  const file = path.join(dir, 'book.epub');
  await writeFile(file, bytes);
  return file;
}

/** The values of the OPF metadata elements with this name. */
function metadataValues(epub: OpenedEpub, name: string): string[] {
  return elements(epub.xml('OEBPS/content.opf'), name).map(text);
}

/** Spine order as file names. */
function spineFiles(epub: OpenedEpub): string[] {
  const opf = epub.xml('OEBPS/content.opf');
  const hrefById = new Map(elements(opf, 'item').map((item) => [attribute(item, 'id'), attribute(item, 'href')]));
  return elements(opf, 'itemref').map((itemref) => hrefById.get(attribute(itemref, 'idref')) ?? '?');
}

function withPieces(book: Book, change: (section: Book['sections'][number]) => Partial<Book['sections'][number]>): Book {
  return { ...book, sections: book.sections.map((section) => (section.role === 'piece' ? { ...section, ...change(section) } : section)) };
}

describe('renderEpub: package metadata', () => {
  it('takes identifier, dates, description, rights and language from the book', async () => {
    const epub = await rendered();
    const opf = epub.xml('OEBPS/content.opf');
    const pkg = element(opf, 'package');
    expect(metadataValues(epub, 'dc:identifier')).toEqual([FIXTURE_IDENTIFIER]);
    expect(`#${attribute(element(opf, 'dc:identifier'), 'id')}`).toBe(`#${attribute(pkg, 'unique-identifier')}`);
    const modified = elements(opf, 'meta').find((meta) => attribute(meta, 'property') === 'dcterms:modified');
    expect(modified && text(modified)).toBe(FIXTURE_MODIFIED);
    expect(metadataValues(epub, 'dc:date')).toEqual(['2024-04-20']);
    expect(metadataValues(epub, 'dc:description')).toEqual(['Articles & leaflets from the strike.']);
    expect(metadataValues(epub, 'dc:rights')).toEqual(['The texts remain the property of their authors.']);
    expect(metadataValues(epub, 'dc:language')).toEqual(['en-GB']);
    expect(attribute(pkg, 'xml:lang')).toBe('en-GB');
    expect(metadataValues(epub, 'dc:publisher')).toEqual(['Study Group Press']);
    expect(metadataValues(epub, 'dc:subject')).toEqual(['Labour history', 'Strikes']);
  });

  it('says nothing of its own: no hard-coded rights, no build time', async () => {
    const opf = (await rendered()).text('OEBPS/content.opf');
    expect(opf).not.toMatch(/All rights reserved|Copyright ©/);
    expect(opf).not.toContain(new Date().toISOString().slice(0, 10));
  });

  it('gives the subtitle as a second title refined as a subtitle', async () => {
    const epub = await rendered();
    const opf = epub.xml('OEBPS/content.opf');
    const subtitle = elements(opf, 'dc:title').find((title) => text(title) === 'Writings 1990–1991');
    const refinement = elements(opf, 'meta').find((meta) => attribute(meta, 'refines') === `#${subtitle && attribute(subtitle, 'id')}`);
    expect(refinement && [attribute(refinement, 'property'), text(refinement)]).toEqual(['title-type', 'subtitle']);
  });

  it('lists the editors as creators with the edt role and signed piece authors as contributors', async () => {
    const epub = await rendered();
    const opf = epub.xml('OEBPS/content.opf');
    const roleOf = (node: Element) => {
      const meta = elements(opf, 'meta').find((m) => attribute(m, 'refines') === `#${attribute(node, 'id')}` && attribute(m, 'property') === 'role');
      return meta && [attribute(meta, 'scheme'), text(meta)];
    };
    const creators = elements(opf, 'dc:creator');
    expect(creators.map(text)).toEqual(['Ada Editor', 'Ben Compiler']);
    for (const creator of creators) expect(roleOf(creator)).toEqual(['marc:relators', 'edt']);
    expect(metadataValues(epub, 'dc:contributor')).toEqual(['Rosa Writer']);
  });

  it('leaves out an empty description instead of writing an invalid empty element', async () => {
    const book = fixtureBook();
    const epub = await rendered({ ...book, meta: { ...book.meta, description: '' } });
    expect(metadataValues(epub, 'dc:description')).toEqual([]);
  });
});

describe('renderEpub: documents', () => {
  it('puts cover, title page, copyright page and contents first, then the sections in order with part pages, then back matter', async () => {
    expect(spineFiles(await rendered())).toEqual([
      'cover.xhtml',
      'titlepage.xhtml',
      'copyright.xhtml',
      'toc.xhtml',
      'introduction.xhtml',
      'part-01.xhtml',
      's01-the-strike-and-after.xhtml',
      'part-02.xhtml',
      's02-a-leaflet.xhtml',
      'sources.xhtml',
      'colophon.xhtml',
    ]);
  });

  it('keeps the order of book.sections in the spine', async () => {
    const book = fixtureBook();
    const reversed = { ...book, sections: [...book.sections].reverse() };
    const sections = spineFiles(await rendered(reversed)).filter((file) => /^(introduction|s\d\d-)/.test(file));
    expect(sections).toEqual(reversed.sections.map((section) => `${section.id}.xhtml`));
  });

  it('starts a part page only when the part changes', async () => {
    const samePart = withPieces(fixtureBook(), () => ({ part: 'The Strike' }));
    expect(spineFiles(await rendered(samePart)).filter((file) => file.startsWith('part-'))).toEqual(['part-01.xhtml']);
    const noParts = withPieces(fixtureBook(), () => ({ part: undefined }));
    expect(spineFiles(await rendered(noParts)).filter((file) => file.startsWith('part-'))).toEqual([]);
  });

  it('opens every section with its title, author and source, under the right semantics', async () => {
    const epub = await rendered();
    for (const section of fixtureBook().sections) {
      const doc = epub.xml(`OEBPS/${section.id}.xhtml`);
      const wrapper = element(doc, 'section');
      expect(text(element(doc, 'h1'))).toBe(section.title);
      const byline = elements(doc, 'p').find((p) => attribute(p, 'class') === 'byline');
      expect(byline && text(byline)).toBe(section.author);
      const [type, role] = section.role === 'introduction' ? ['introduction', 'doc-introduction'] : ['chapter', 'doc-chapter'];
      expect([attribute(wrapper, 'epub:type'), attribute(wrapper, 'role')]).toEqual([type, role]);
      if (section.sourceLine) expect(text(element(doc, 'header'))).toContain(section.sourceLine);
    }
  });

  it('shows the editor’s note under the title', async () => {
    const doc = (await rendered()).xml('OEBPS/s01-the-strike-and-after.xhtml');
    const note = elements(doc, 'div').find((div) => attribute(div, 'class') === 'editor-note');
    expect(note && text(note)).toBe('Abridged by the editors.');
  });

  it('converts the body: quotes, ampersand, emphasis, block quote, list, link, headings from h2 without gaps', async () => {
    const epub = await rendered();
    const raw = epub.text('OEBPS/s01-the-strike-and-after.xhtml');
    const doc = epub.xml('OEBPS/s01-the-strike-and-after.xhtml');
    expect(raw).toContain('“small”');
    expect(raw).toContain('We’ll stay out');
    expect(raw).not.toMatch(/&(?!amp;|#x26;|lt;|#x3C;)/);
    expect(text(element(doc, 'body'))).toContain('a “small” matter & a long meeting');
    expect(text(element(doc, 'blockquote'))).toBe('We’ll stay out until the last of us goes back.');
    expect(elements(element(doc, 'ul'), 'li').map(text)).toEqual(['shorter hours', 'a fair wage', 'the right to organise']);
    expect(elements(doc, 'em').map(text)).toContain('fair');
    expect(attribute(element(doc, 'ol'), 'start')).toBe('3');
    const headings = descendants(element(doc, 'body'))
      .map((node) => node.name)
      .filter((name) => /^h[1-6]$/.test(name));
    expect(headings).toEqual(['h1', 'h2', 'h3']);
  });

  it('keeps only links a reader can follow and never refers to remote images', async () => {
    const epub = await rendered();
    const doc = epub.xml('OEBPS/s01-the-strike-and-after.xhtml');
    expect(elements(doc, 'a').map((a) => attribute(a, 'href'))).toEqual(['https://example.org/organise']);
    expect(elements(doc, 'img')).toEqual([]);
    expect(text(element(doc, 'body'))).toContain('See our notes and a crowd.');
    expect(Object.keys(epub.files).filter((file) => file.includes('images/'))).toEqual([]);
  });

  it('keeps sibling headings siblings, links within the document, and no character XML forbids', async () => {
    const book = fixtureBook();
    const tree = unified().use(remarkParse).parse('#### One\n\n#### Two\n\n###### Deeper\n\nPage\fbreak, [dead](#nowhere).');
    const withFootnote: Root = {
      type: 'root',
      children: [
        ...tree.children,
        { type: 'paragraph', children: [{ type: 'text', value: 'Noted' }, { type: 'footnoteReference', identifier: 'n', label: 'n' }] },
        { type: 'footnoteDefinition', identifier: 'n', label: 'n', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'A note.' }] }] },
      ],
    };
    const epub = await rendered({ ...book, sections: [{ ...book.sections[0]!, tree: withFootnote }, ...book.sections.slice(1)] });
    const doc = epub.xml('OEBPS/introduction.xhtml');
    const headings = descendants(element(doc, 'body')).filter((node) => /^h[1-6]$/.test(node.name));
    expect(headings.map((node) => `${node.name} ${text(node)}`)).toEqual(['h1 Introduction', 'h2 One', 'h2 Two', 'h3 Deeper']);
    expect(epub.text('OEBPS/introduction.xhtml')).not.toContain('\f');
    const hrefs = elements(doc, 'a').map((a) => attribute(a, 'href'));
    expect(hrefs).toEqual(['#user-content-fn-n', '#user-content-fnref-n']);
    const semantics = (node: Element) => [attribute(node, 'epub:type'), attribute(node, 'role')];
    expect(elements(doc, 'a').map(semantics)).toEqual([
      ['noteref', 'doc-noteref'],
      [undefined, 'doc-backlink'],
    ]);
    // The note is a footnote aside (a pop-up in reading systems) with its number and its back link.
    const asides = elements(doc, 'aside');
    expect(asides.map(semantics)).toEqual([['footnote', 'doc-footnote']]);
    expect(attribute(asides[0]!, 'id')).toBe('user-content-fn-n');
    expect(text(asides[0]!)).toMatch(/^1\. A note\./);
    expect(elements(asides[0]!, 'a').map((a) => attribute(a, 'href'))).toEqual(['#user-content-fnref-n']);
    expect(elements(doc, 'a').every((a) => attribute(a, 'aria-describedby') === undefined)).toBe(true);
  });

  it('marks front and back matter and lists the sources with their links', async () => {
    const epub = await rendered();
    const typeOf = (file: string) => attribute(element(epub.xml(`OEBPS/${file}`), 'section'), 'epub:type');
    expect(typeOf('titlepage.xhtml')).toBe('titlepage');
    expect(typeOf('copyright.xhtml')).toBe('copyright-page');
    expect(typeOf('colophon.xhtml')).toBe('colophon');
    expect(attribute(element(epub.xml('OEBPS/sources.xhtml'), 'body'), 'epub:type')).toBe('backmatter');
    const titlepage = text(element(epub.xml('OEBPS/titlepage.xhtml'), 'section'));
    for (const words of ['Voices of the Strike', 'Writings 1990–1991', 'Ada Editor and Ben Compiler', 'Study Group Press']) {
      expect(titlepage).toContain(words);
    }
    const copyright = elements(epub.xml('OEBPS/copyright.xhtml'), 'p').map(text);
    expect(copyright).toEqual(fixtureBook().front.copyright);
    const sources = epub.xml('OEBPS/sources.xhtml');
    expect(text(element(sources, 'h1'))).toBe('Sources');
    expect(elements(sources, 'li').map((li) => text(element(li, 'cite')))).toEqual(['The Strike & After', 'A Leaflet']);
    expect(elements(sources, 'a').map((a) => attribute(a, 'href'))).toEqual(['https://example.org/strike']);
    expect(text(element(epub.xml('OEBPS/colophon.xhtml'), 'section'))).toContain('Made with anthology.');
  });
});

describe('renderEpub: navigation', () => {
  it('nests pieces under their parts in the nav', async () => {
    const nav = (await rendered()).xml('OEBPS/toc.xhtml');
    const toc = elements(nav, 'nav').find((n) => attribute(n, 'epub:type') === 'toc')!;
    const topLevel = childElements(element(toc, 'ol')).map((li) => attribute(element(li, 'a'), 'href'));
    expect(topLevel).toEqual(['introduction.xhtml', 'part-01.xhtml', 'part-02.xhtml', 'sources.xhtml', 'colophon.xhtml']);
    const part = childElements(element(toc, 'ol'))[1]!;
    const nested = childElements(element(part, 'ol')).map((li) => attribute(element(li, 'a'), 'href'));
    expect(nested).toEqual(['s01-the-strike-and-after.xhtml']);
  });

  it('has landmarks for the cover, the contents and the start of the body, after the introduction', async () => {
    const nav = (await rendered()).xml('OEBPS/toc.xhtml');
    const landmarks = elements(nav, 'nav').find((n) => attribute(n, 'epub:type') === 'landmarks')!;
    const links = elements(landmarks, 'a').map((a) => [attribute(a, 'epub:type'), attribute(a, 'href')]);
    expect(links).toEqual([
      ['cover', 'cover.xhtml'],
      ['toc', 'toc.xhtml#toc'],
      ['bodymatter', 'part-01.xhtml'],
      ['introduction', 'introduction.xhtml'],
    ]);
  });

  it('nests the NCX the same way and names the book by its identifier', async () => {
    const ncx = (await rendered()).xml('OEBPS/toc.ncx');
    const uid = elements(ncx, 'meta').find((meta) => attribute(meta, 'name') === 'dtb:uid');
    expect(uid && attribute(uid, 'content')).toBe(FIXTURE_IDENTIFIER);
    const top = childElements(element(ncx, 'navMap')).map((point) => attribute(element(point, 'content'), 'src'));
    expect(top).toEqual(['introduction.xhtml', 'part-01.xhtml', 'part-02.xhtml', 'sources.xhtml', 'colophon.xhtml']);
    const playOrders = elements(ncx, 'navPoint').map((point) => Number(attribute(point, 'playOrder')));
    expect(playOrders).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('renderEpub: container', () => {
  it('gives byte-identical output for the same book, in any time zone', async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      const first = await renderEpub(fixtureBook());
      process.env.TZ = 'Asia/Tokyo';
      const second = await renderEpub(fixtureBook());
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('writes mimetype as the first entry, stored, dated book.meta.modified', async () => {
    const bytes = Buffer.from(await renderEpub(fixtureBook()));
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50); // local file header
    expect(bytes.readUInt16LE(8)).toBe(0); // compression method: stored
    const nameLength = bytes.readUInt16LE(26);
    const extraLength = bytes.readUInt16LE(28);
    expect(bytes.toString('latin1', 30, 30 + nameLength)).toBe('mimetype');
    const dataStart = 30 + nameLength + extraLength;
    expect(bytes.toString('latin1', dataStart, dataStart + 20)).toBe('application/epub+zip');
    // DOS date and time of 2024-05-01 12:30:00
    expect(bytes.readUInt16LE(12)).toBe(((2024 - 1980) << 9) | (5 << 5) | 1);
    expect(bytes.readUInt16LE(10)).toBe((12 << 11) | (30 << 5));
  });

  it('does not mutate the frozen book', async () => {
    await expect(renderEpub(fixtureBook())).resolves.toBeInstanceOf(Uint8Array);
  });

  it.skipIf(!epubcheckInstalled)('passes EPUBCheck with no errors and no warnings', async () => {
    const result = await runEpubcheck(await writeTemp(await renderEpub(fixtureBook())));
    expect(result.available).toBe(true);
    expect(result.messages.filter((message) => message.severity !== 'info')).toEqual([]);
    expect(result.summary).toBe('Messages: 0 fatals / 0 errors / 0 warnings / 0 infos');
  });
});

function descendants(root: Element): Element[] {
  return childElements(root).flatMap((child) => [child, ...descendants(child)]);
}
