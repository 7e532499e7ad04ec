import { describe, expect, it } from 'vitest';
import { prepareEpubCover, renderEpub } from '../../pipeline/render/epub/index.ts';
import type { Book } from '../../pipeline/types.ts';
import { fixtureBook } from './epub-fixture.ts';
import { attribute, element, elements, openEpub, text } from './epub-xml.ts';

function withMeta(change: Partial<Book['meta']>): Book {
  const book = fixtureBook();
  return { ...book, meta: { ...book.meta, ...change } };
}

/** Every x and y the SVG's paths visit. */
function pathPoints(svg: ReturnType<ReturnType<typeof openEpub>['xml']>): { x: number; y: number }[] {
  return elements(svg, 'path').flatMap((path) => {
    const numbers = (attribute(path, 'd') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    const points: { x: number; y: number }[] = [];
    for (let i = 0; i + 1 < numbers.length; i += 2) points.push({ x: numbers[i]!, y: numbers[i + 1]! });
    return points;
  });
}

describe('renderEpub: cover', () => {
  it('packs the cover drawn ahead (prepareEpubCover) only for a book with the same front matter', async () => {
    const alone = await renderEpub(fixtureBook());
    await prepareEpubCover(withMeta({ title: 'Another Title Altogether' }));
    // The book's own cover, not the one drawn ahead for another title.
    const other = openEpub(await renderEpub(fixtureBook())).xml('OEBPS/cover.svg');
    expect(text(element(other, 'title'))).toBe('Cover: Voices of the Strike: Writings 1990–1991. Edited by Ada Editor and Ben Compiler.');
    await prepareEpubCover(fixtureBook());
    expect(Buffer.from(await renderEpub(fixtureBook())).equals(Buffer.from(alone))).toBe(true);
    const retitled = openEpub(await renderEpub(withMeta({ title: 'Another Title Altogether' }))).xml('OEBPS/cover.svg');
    expect(text(element(retitled, 'title'))).toContain('Another Title Altogether');
  });

  it('declares a cover image and opens the book with a cover page that describes it', async () => {
    const epub = openEpub(await renderEpub(fixtureBook()));
    const opf = epub.xml('OEBPS/content.opf');
    const item = elements(opf, 'item').find((i) => attribute(i, 'properties') === 'cover-image')!;
    expect([attribute(item, 'href'), attribute(item, 'media-type')]).toEqual(['cover.svg', 'image/svg+xml']);
    const legacy = elements(opf, 'meta').find((meta) => attribute(meta, 'name') === 'cover');
    expect(legacy && attribute(legacy, 'content')).toBe(attribute(item, 'id'));
    const coverPage = epub.xml('OEBPS/cover.xhtml');
    const img = element(coverPage, 'img');
    expect([attribute(img, 'src'), attribute(img, 'epub:type'), attribute(img, 'role')]).toEqual(['cover.svg', 'cover', 'doc-cover']);
    expect(attribute(img, 'alt')).toBe('Cover: Voices of the Strike: Writings 1990–1991. Edited by Ada Editor and Ben Compiler.');
  });

  it('draws the title, subtitle and editors as outlines, so no font is needed', async () => {
    const epub = openEpub(await renderEpub(fixtureBook()));
    const svg = epub.xml('OEBPS/cover.svg');
    const root = element(svg, 'svg');
    expect(attribute(root, 'xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(attribute(root, 'viewBox')).toBe('0 0 1600 2560');
    expect(elements(svg, 'text')).toEqual([]);
    expect(text(element(svg, 'title'))).toContain('Voices of the Strike');
    // One path per line: title (one or two lines at this length), subtitle, editors, publisher.
    expect(elements(svg, 'path').length).toBeGreaterThanOrEqual(4);
  });

  it('shrinks and wraps a long title to stay inside the cover', async () => {
    const long = 'Incomprehensibilities and Counterrevolutionaries: A Very Long Title That Must Wrap Over Several Lines';
    const svg = openEpub(await renderEpub(withMeta({ title: long }))).xml('OEBPS/cover.svg');
    const points = pathPoints(svg);
    expect(points.length).toBeGreaterThan(100);
    for (const { x, y } of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1600);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(2560);
    }
  });

  it('is the same bytes for the same book and changes with the title', async () => {
    const cover = async (book: Book) => openEpub(await renderEpub(book)).files['OEBPS/cover.svg']!;
    const first = await cover(fixtureBook());
    const second = await cover(fixtureBook());
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(await cover(withMeta({ title: 'Another Title' }))).equals(Buffer.from(first))).toBe(false);
  });

  it('leaves out the subtitle and publisher lines when the book has none', async () => {
    const lines = async (book: Book) => elements(openEpub(await renderEpub(book)).xml('OEBPS/cover.svg'), 'path').length;
    expect(await lines(withMeta({ subtitle: undefined, publisher: undefined }))).toBe((await lines(fixtureBook())) - 2);
    const alt = attribute(element(openEpub(await renderEpub(withMeta({ subtitle: undefined }))).xml('OEBPS/cover.xhtml'), 'img'), 'alt');
    expect(alt).toBe('Cover: Voices of the Strike. Edited by Ada Editor and Ben Compiler.');
  });
});

describe('renderEpub: accessibility metadata', () => {
  it('declares access modes, features, hazards, a summary and the WCAG 2.1 AA conformance claim', async () => {
    const opf = openEpub(await renderEpub(fixtureBook())).xml('OEBPS/content.opf');
    const values = (property: string) => elements(opf, 'meta').filter((meta) => attribute(meta, 'property') === property).map(text);
    expect(values('schema:accessMode')).toEqual(['textual', 'visual']);
    expect(values('schema:accessModeSufficient')).toEqual(['textual']);
    expect(values('schema:accessibilityFeature')).toEqual(
      expect.arrayContaining(['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText']),
    );
    expect(values('schema:accessibilityHazard')).toEqual(['none']);
    expect(values('schema:accessibilitySummary')[0]!.length).toBeGreaterThan(40);
    expect(values('dcterms:conformsTo')).toEqual(['EPUB Accessibility 1.1 - WCAG 2.1 Level AA']);
    const link = elements(opf, 'link').find((l) => attribute(l, 'rel') === 'dcterms:conformsTo');
    expect(link && attribute(link, 'href')).toBe('http://www.idpf.org/epub/a11y/accessibility-20170105.html#wcag-aa');
    expect(values('a11y:certifiedBy')).toEqual(['Study Group Press']);
  });

  it('names the editors as certifier when the book has no publisher', async () => {
    const opf = openEpub(await renderEpub(withMeta({ publisher: undefined }))).xml('OEBPS/content.opf');
    const certifier = elements(opf, 'meta').find((meta) => attribute(meta, 'property') === 'a11y:certifiedBy');
    expect(certifier && text(certifier)).toBe('Ada Editor, Ben Compiler');
  });
});
