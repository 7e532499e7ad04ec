import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { textContent } from 'domutils';
import type { DataNode, Element, Node as DomNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { renderEpub } from '../../pipeline/render/epub/index.ts';
import { sectionBodyXhtml } from '../../pipeline/render/epub/_section-body.ts';
import { DEFAULT_EPUBCHECK_JAR, runEpubcheck } from '../../pipeline/check/epubcheck.ts';
import type { PageBreak } from '../../pipeline/types.ts';
import { FIXTURE_PAGES, fixtureBook } from './epub-fixture.ts';
import { attribute, element, elements, openEpub, text } from './epub-xml.ts';

const epubcheckInstalled = existsSync(DEFAULT_EPUBCHECK_JAR) && spawnSync('java', ['-version']).status === 0;


async function writeTemp(bytes: Uint8Array): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'anthology-epub-pages-'));
  const file = path.join(dir, 'book.epub');
  await writeFile(file, bytes);
  return file;
}

function opfMetaValues(opf: ReturnType<ReturnType<typeof openEpub>['xml']>, property: string): string[] {
  return elements(opf, 'meta')
    .filter((meta) => attribute(meta, 'property') === property)
    .map(text);
}

/** Text of the nodes before `target` in document order, within `root`. */
function textBefore(root: DomNode, target: DomNode): string {
  let found = false;
  const parts: string[] = [];
  const visit = (node: DomNode): void => {
    if (found) return;
    if (node === target) {
      found = true;
      return;
    }
    if (node.type === 'text') parts.push((node as DataNode).data);
    if ('children' in node) (node.children as DomNode[]).forEach(visit);
  };
  visit(root);
  return parts.join('');
}

function ancestors(node: DomNode): Element[] {
  const chain: Element[] = [];
  for (let parent = node.parent; parent && parent.type === 'tag'; parent = parent.parent) chain.push(parent as Element);
  return chain;
}

const squeeze = (value: string) => value.replace(/\s+/g, '');

describe('renderEpub with the print edition’s page breaks', () => {
  it('lists every page in order in a hidden page-list nav that links to its marker', async () => {
    const epub = openEpub(await renderEpub(fixtureBook(), { pageBreaks: FIXTURE_PAGES }));
    const nav = epub.xml('OEBPS/toc.xhtml');
    const pageList = elements(nav, 'nav').find((n) => attribute(n, 'epub:type') === 'page-list')!;
    expect(pageList).toBeDefined();
    expect(attribute(pageList, 'role')).toBe('doc-pagelist');
    expect(attribute(pageList, 'hidden')).toBeDefined();
    const links = elements(pageList, 'a');
    expect(links.map(text)).toEqual(FIXTURE_PAGES.map((page) => page.label));
    for (const link of links) {
      const [file, id] = attribute(link, 'href')!.split('#');
      const doc = epub.xml(`OEBPS/${file}`);
      const marker = elements(doc, 'span').find((span) => attribute(span, 'id') === id);
      expect(marker, attribute(link, 'href')).toBeDefined();
      expect([attribute(marker!, 'epub:type'), attribute(marker!, 'role'), attribute(marker!, 'aria-label')]).toEqual(['pagebreak', 'doc-pagebreak', text(link)]);
    }
  });

  it('opens a document with the pages that begin it, before its heading', async () => {
    const epub = openEpub(await renderEpub(fixtureBook(), { pageBreaks: FIXTURE_PAGES }));
    const first = (body: Element) => elements(body, 'span').find((span) => attribute(span, 'epub:type') === 'pagebreak');
    for (const [file, label] of [
      ['titlepage.xhtml', 'i'],
      ['copyright.xhtml', 'ii'],
      ['toc.xhtml', 'iii'],
      ['introduction.xhtml', '1'],
      ['s01-the-strike-and-after.xhtml', '3'],
      ['sources.xhtml', '7'],
      ['colophon.xhtml', '8'],
    ] as const) {
      const body = element(epub.xml(`OEBPS/${file}`), 'body');
      const marker = first(body);
      expect(marker && attribute(marker, 'aria-label'), file).toBe(label);
      expect(textBefore(body, marker!).trim(), file).toBe('');
    }
  });

  it('puts a page that begins inside a block into that block, before the right character', async () => {
    const epub = openEpub(await renderEpub(fixtureBook(), { pageBreaks: FIXTURE_PAGES }));
    const marker = (file: string, label: string) => {
      const doc = parseDocument(epub.text(`OEBPS/${file}`), { xmlMode: true });
      const span = elements(doc, 'span').find((s) => attribute(s, 'aria-label') === label)!;
      const block = ancestors(span).find((a) => ['p', 'li', 'h2', 'h3', 'pre'].includes(a.name))!;
      return { block: block.name, before: textBefore(block, span), after: textContent(block).slice(textBefore(block, span).length) };
    };
    expect(marker('introduction.xhtml', '2')).toEqual({ block: 'p', before: 'These texts were written for meetings, ', after: 'not for libraries.' });
    expect(marker('s01-the-strike-and-after.xhtml', '4')).toEqual({ block: 'p', before: 'We’ll st', after: 'ay out until the last of us goes back.' });
    const fair = marker('s01-the-strike-and-after.xhtml', '5');
    expect(fair).toEqual({ block: 'li', before: 'a ', after: 'fair wage' });
    expect(marker('s02-a-leaflet.xhtml', '6')).toMatchObject({ block: 'p', after: '' });
  });

  it('declares the print edition as the pagination source and the page features', async () => {
    const epub = openEpub(await renderEpub(fixtureBook(), { pageBreaks: FIXTURE_PAGES }));
    const opf = epub.xml('OEBPS/content.opf');
    const source = element(opf, 'dc:source');
    expect(text(source)).toBe(`${fixtureBook().meta.identifier}#print`);
    const refinement = elements(opf, 'meta').find((meta) => attribute(meta, 'refines') === `#${attribute(source, 'id')}`);
    expect(refinement && [attribute(refinement, 'property'), text(refinement)]).toEqual(['source-of', 'pagination']);
    expect(opfMetaValues(opf, 'schema:accessibilityFeature')).toEqual(expect.arrayContaining(['printPageNumbers', 'pageBreakMarkers', 'pageNavigation']));
  });

  it('carries no page numbers, source or page features without page breaks', async () => {
    const epub = openEpub(await renderEpub(fixtureBook()));
    const opf = epub.xml('OEBPS/content.opf');
    expect(elements(opf, 'dc:source')).toEqual([]);
    expect(opfMetaValues(opf, 'schema:accessibilityFeature')).not.toContain('printPageNumbers');
    expect(elements(epub.xml('OEBPS/toc.xhtml'), 'nav').map((nav) => attribute(nav, 'epub:type'))).toEqual(['toc', 'landmarks']);
    for (const [name, bytes] of Object.entries(epub.files)) {
      if (name.endsWith('.xhtml')) expect(Buffer.from(bytes).toString('utf8'), name).not.toContain('pagebreak');
    }
  });

  it('keeps ids unique when labels repeat or hold characters an id cannot', async () => {
    const pages: PageBreak[] = [
      { label: '1', target: 'introduction', block: [], offset: 0 },
      { label: '1', target: 'introduction', block: [0], offset: 5 },
      { label: 'A 1', target: 's02-a-leaflet', block: [0], offset: 0 },
    ];
    const epub = openEpub(await renderEpub(fixtureBook(), { pageBreaks: pages }));
    const hrefs = elements(epub.xml('OEBPS/toc.xhtml'), 'nav')
      .find((n) => attribute(n, 'epub:type') === 'page-list')!
      .children.length;
    expect(hrefs).toBeGreaterThan(0);
    const ids = ['introduction.xhtml', 's02-a-leaflet.xhtml'].flatMap((file) =>
      elements(epub.xml(`OEBPS/${file}`), 'span').map((span) => attribute(span, 'id')),
    );
    expect(ids).toEqual(['page-1', 'page-1-2', 'page-A_1']);
  });

  it('refuses a page in a document or block the book does not have', async () => {
    await expect(renderEpub(fixtureBook(), { pageBreaks: [{ label: '9', target: 'index', block: [], offset: 0 }] })).rejects.toThrow(/"index"/);
    await expect(renderEpub(fixtureBook(), { pageBreaks: [{ label: '9', target: 'introduction', block: [7], offset: 0 }] })).rejects.toThrow(
      /block \[7\].*no child 7/,
    );
    await expect(renderEpub(fixtureBook(), { pageBreaks: [{ label: '9', target: 'introduction', block: [0], offset: 999 }] })).rejects.toThrow(
      /offset 999/,
    );
  });

  it('gives the same bytes for the same page breaks', async () => {
    const first = await renderEpub(fixtureBook(), { pageBreaks: FIXTURE_PAGES });
    const second = await renderEpub(fixtureBook(), { pageBreaks: FIXTURE_PAGES });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it.skipIf(!epubcheckInstalled)('passes EPUBCheck with no messages at all', async () => {
    const result = await runEpubcheck(await writeTemp(await renderEpub(fixtureBook(), { pageBreaks: FIXTURE_PAGES })));
    expect(result.messages).toEqual([]);
    expect(result.summary).toBe('Messages: 0 fatals / 0 errors / 0 warnings / 0 infos');
  });
});

/** A body with every kind of block and inline the pipeline produces. */
const RICH_BODY = [
  'Opening with *emphasis*, **strong**, `inline code` and a [link](https://example.org/x) here.',
  '',
  '## A heading with *style*',
  '',
  '> Quoted paragraph one.',
  '>',
  '> Quoted two with ![alt words](https://example.org/y.png) inside.',
  '',
  '- tight item one',
  '- tight item *two*',
  '',
  '1. loose item',
  '',
  '   with a second paragraph',
  '',
  '2. another',
  '',
  '```',
  'code block line one',
  'line two',
  '```',
  '',
  'Line one\\',
  'line two after a hard break.',
  '',
  '### Deeper',
  '',
  'Last paragraph.',
].join('\n');

interface BlockRef {
  path: number[];
  node: Nodes;
  /** Characters of the whole tree's text before this block. */
  start: number;
}

/** Every block that holds text, at any depth, with where its text starts in the whole body. */
function textBlocks(tree: Root): BlockRef[] {
  const found: BlockRef[] = [];
  let offset = 0;
  const visit = (node: Nodes, path: number[]): void => {
    const isBlock = ['paragraph', 'heading', 'code', 'blockquote', 'list', 'listItem'].includes(node.type);
    if (isBlock && toString(node).length > 0) found.push({ path, node, start: offset });
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
      node.children.forEach((child, index) => visit(child as Nodes, [...path, index]));
    } else {
      offset += toString(node).length;
    }
  };
  tree.children.forEach((child, index) => visit(child, [index]));
  return found;
}

/** The XHTML element a block of this type becomes (a tight list's paragraph is unwrapped into its item). */
const BLOCK_ELEMENTS: Record<string, string[]> = {
  paragraph: ['p', 'li'],
  heading: ['h2', 'h3', 'h4', 'h5', 'h6'],
  code: ['pre'],
  blockquote: ['blockquote'],
  list: ['ul', 'ol'],
  listItem: ['li'],
};

describe('page-break markers in a section’s text (property)', () => {
  const tree = unified().use(remarkParse).parse(RICH_BODY);
  const blocks = textBlocks(tree);
  const wholeText = toString(tree);

  const pageBreakArbitrary = fc
    .integer({ min: 0, max: blocks.length - 1 })
    .chain((index) => fc.record({ index: fc.constant(index), offset: fc.integer({ min: 0, max: toString(blocks[index]!.node).length }) }));

  it('lands every marker in its block’s element, before the character the page begins with', () => {
    fc.assert(
      fc.property(fc.array(pageBreakArbitrary, { minLength: 1, maxLength: 8 }), (picks) => {
        const markers = picks.map((pick, n) => ({ label: String(n + 1), id: `page-${n + 1}`, block: blocks[pick.index]!.path, offset: pick.offset }));
        const xhtml = sectionBodyXhtml(tree, markers);
        const doc = parseDocument(`<div xmlns="http://www.w3.org/1999/xhtml">${xhtml}</div>`, { xmlMode: true });
        const root = doc.children[0]!;
        const spans = elements(doc, 'span');
        expect(spans.map((span) => attribute(span, 'id')).sort()).toEqual(markers.map((marker) => marker.id).sort());
        const order: number[] = [];
        for (const [n, pick] of picks.entries()) {
          const span = spans.find((s) => attribute(s, 'id') === `page-${n + 1}`)!;
          const block = blocks[pick.index]!;
          const expected = wholeText.slice(0, block.start + pick.offset);
          expect(squeeze(textBefore(root, span))).toBe(squeeze(expected));
          const tags = ancestors(span).map((a) => a.name);
          expect(tags.some((tag) => BLOCK_ELEMENTS[block.node.type]!.includes(tag)), `${block.node.type} ${tags.join('<')}`).toBe(true);
          order.push(block.start + pick.offset);
        }
        // Markers keep the print order: a page's marker never follows a later page's.
        const documentOrder = spans.map((span) => order[Number(attribute(span, 'id')!.slice(5)) - 1]!);
        expect(documentOrder).toEqual([...documentOrder].sort((a, b) => a - b));
        expect(() => parseDocument(xhtml, { xmlMode: true })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('splits a code block’s text and keeps the rest of it', () => {
    const code = blocks.find((block) => block.node.type === 'code')!;
    const xhtml = sectionBodyXhtml(tree, [{ label: '9', id: 'page-9', block: code.path, offset: 5 }]);
    expect(xhtml).toContain('<pre><code>code <span epub:type="pagebreak" role="doc-pagebreak" id="page-9" aria-label="9"></span>block line one\nline two\n</code></pre>');
  });
});
