/**
 * A translated or edited piece: the front matter's `translator` and `editor` are shown under the
 * author in both editions, named in the sources and in the EPUB's package metadata (MARC roles
 * trl and edt), and the raw text's own credit line that names the same person is taken out as
 * the metadata repeated; a piece without them shows none.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { freshDir, openEpub, pdfPages, runCli, visibleText } from '../build/_book.ts';
import { makeSourceDir } from '../helpers.ts';

const BODY = [
  'The price of bread rose three times in the winter of that year, and each time the bakers',
  'of the lower town said the millers were to blame, and the millers said the harvest was.',
  '',
  'Nobody in the lower town believed either of them. The women who queued at the bakery door',
  'before dawn kept their own account of what a loaf weighed, and it was not a kind one.',
  '',
].join('\n');
const TRANSLATED = `---\ntitle: The Price of Bread\nauthor: Karl Weber\ntranslator: Anna Weiss\neditor: Jo Marsh\nformat: pdf-text\n---\nThe Price of Bread\nKarl Weber\nTranslated from the German by Anna Weiss\nEdited by Jo Marsh\n\n${BODY}`;
const ENGLISH = `---\ntitle: The Ferry\nauthor: Ruth Levy\nformat: markdown\n---\nFor three hundred years there was a ferry at the reach, rowed by hand for most of that time.\n`;

describe("a translated or edited piece", async () => {
  const source = await makeSourceDir({ 'anthology.yaml': 'title: Bread and Ferries\nlanguage: en\neditors: [Ed Itor]\ncontents: [bread.md, ferry.md]\n', 'bread.md': TRANSLATED, 'ferry.md': ENGLISH });
  const out = freshDir('translator');
  const result = runCli(['build', source, '--out', out, '--no-cache']);

  it('shows the translator under the author in the EPUB, and takes the raw credit line out', () => {
    expect(result.status, result.stderr).toBe(0);
    const epub = openEpub(path.join(out, 'bread-and-ferries.epub'));
    const documents = epub.spine.map((name) => epub.text(name));
    const bread = documents.find((x) => x.includes('The price of bread rose'))!;
    expect(bread).toMatch(/<p class="byline">Karl Weber<\/p>\s*<p class="translator-line">Translated by Anna Weiss<\/p>\s*<p class="editor-line">Edited by Jo Marsh<\/p>/);
    expect(visibleText(bread)).not.toContain('Translated from the German');
    expect(visibleText(bread).match(/Jo Marsh/g)).toHaveLength(1);
    const ferry = documents.find((x) => x.includes('three hundred years'))!;
    expect(ferry).not.toContain('translator-line');
    expect(ferry).not.toContain('editor-line');
    const sources = documents.find((x) => x.includes('class="source-list"'))!;
    expect(sources).toMatch(/<p class="source-translator">Translated by Anna Weiss<\/p>\s*<p class="source-editor">Edited by Jo Marsh<\/p>/);
    expect(epub.opf).toContain('<dc:contributor id="translator-1">Anna Weiss</dc:contributor>');
    expect(epub.opf).toContain('<meta refines="#translator-1" property="role" scheme="marc:relators">trl</meta>');
    expect(epub.opf).toContain('<dc:contributor id="piece-editor-1">Jo Marsh</dc:contributor>');
    expect(epub.opf).toContain('<meta refines="#piece-editor-1" property="role" scheme="marc:relators">edt</meta>');
  });

  it('shows the translator under the author in the PDF and in its sources', () => {
    const pages = pdfPages(path.join(out, 'bread-and-ferries.pdf')).map((page) => page.replace(/\s+/g, ' '));
    const opening = pages.find((page) => page.includes('The price of bread rose'))!;
    expect(opening).toMatch(/Karl Weber\s+Translated by Anna Weiss\s+Edited by Jo Marsh/i);
    expect(opening.match(/Jo Marsh/g)).toHaveLength(1);
    expect(pages.join(' ')).not.toContain('Translated from the German');
    const sources = pages.find((page) => page.trim().startsWith('Sources'))!;
    expect(sources).toContain('Translated by Anna Weiss. Edited by Jo Marsh.');
  });

  it('lists the credit line it took out in the report, at its place in the raw file', () => {
    const report = readFileSync(path.join(out, 'bread-and-ferries-report.md'), 'utf8');
    expect(report).toMatch(/bread\.md:10:1 info Removed byline “Translated from the German by Anna Weiss”/);
    expect(report).toMatch(/bread\.md:11:1 info Removed byline “Edited by Jo Marsh”/);
  });
});
