/**
 * A piece with a subtitle: the front matter's `subtitle` is set under the title in both editions
 * and after it in the sources ("Title: Subtitle"), and the raw text's own subtitle line is taken
 * out as the metadata repeated, so the subtitle is shown once; a piece without one shows none.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { freshDir, openEpub, pdfPages, runCli, visibleText } from '../build/_book.ts';
import { makeSourceDir } from '../helpers.ts';

const BODY = [
  'For three hundred years there was a ferry at the reach, rowed by hand for most of that time,',
  'and the families who kept it handed the oars from father to daughter as often as to son.',
  '',
  'When the county built the bridge upstream, the last ferryman sold the boat for firewood and',
  'opened a tea room in the old toll house, which the village still calls the ferry house.',
  '',
].join('\n');
const FERRY = `---\ntitle: The Last Ferry\nsubtitle: Three Centuries at Hallam Reach\nauthor: Ruth Levy\nformat: pdf-text\n---\nThe Last Ferry\nThree Centuries at Hallam Reach\nRuth Levy\n\n${BODY}`;
const QUESTION = `---\ntitle: Who Kept the Ferry?\nsubtitle: A Reply\nauthor: Tom Hale\nformat: markdown\n---\nThe keepers were the Ashworths, as the parish books show, and not the Hales at all.\n`;
const PLAIN = `---\ntitle: The Toll House\nauthor: Ann Pike\nformat: markdown\n---\nThe toll house stands where the ferry steps came down to the water, and it has never moved.\n`;

describe('a piece with a subtitle', async () => {
  const source = await makeSourceDir({
    'anthology.yaml': 'title: Ferries\nlanguage: en\neditors: [Ed Itor]\ncontents: [ferry.md, question.md, plain.md]\n',
    'ferry.md': FERRY,
    'question.md': QUESTION,
    'plain.md': PLAIN,
  });
  const out = freshDir('subtitle');
  const result = runCli(['build', source, '--out', out, '--no-cache']);

  it('sets the subtitle under the title in the EPUB, once, and none where the front matter gives none', () => {
    expect(result.status, result.stderr).toBe(0);
    const epub = openEpub(path.join(out, 'ferries.epub'));
    const documents = epub.spine.map((name) => epub.text(name));
    const ferry = documents.find((x) => x.includes('a ferry at the reach'))!;
    expect(ferry).toMatch(/<h1>The Last Ferry<\/h1>\s*<p class="subtitle" epub:type="subtitle" role="doc-subtitle">Three Centuries at Hallam Reach<\/p>\s*<p class="byline">Ruth Levy<\/p>/);
    expect(visibleText(ferry).match(/Three Centuries at Hallam Reach/g)).toHaveLength(1);
    const plain = documents.find((x) => x.includes('has never moved'))!;
    expect(plain).not.toContain('class="subtitle"');
    const sources = documents.find((x) => x.includes('class="source-list"'))!;
    expect(sources).toContain('<cite>The Last Ferry: Three Centuries at Hallam Reach</cite>');
    // A title that ends on its own mark takes no colon.
    expect(sources).toContain('<cite>Who Kept the Ferry? A Reply</cite>');
    expect(sources).toContain('<cite>The Toll House</cite>');
  });

  it('sets the subtitle under the title in the PDF, and cites it in the sources', () => {
    const pages = pdfPages(path.join(out, 'ferries.pdf')).map((page) => page.replace(/\s+/g, ' '));
    const opening = pages.find((page) => page.includes('a ferry at the reach'))!;
    expect(opening).toMatch(/The Last Ferry Three Centuries at Hallam Reach Ruth Levy/i);
    expect(opening.match(/Three Centuries at Hallam Reach/g)).toHaveLength(1);
    const sources = pages.find((page) => page.trim().startsWith('Sources'))!;
    expect(sources).toContain('The Last Ferry: Three Centuries at Hallam Reach');
    expect(sources).toContain('Who Kept the Ferry? A Reply');
  });

  it('lists the subtitle line it took out in the report, at its place in the raw file', () => {
    const report = readFileSync(path.join(out, 'ferries-report.md'), 'utf8');
    expect(report).toMatch(/ferry\.md:8:1 info Removed subtitle “Three Centuries at Hallam Reach”, which the front matter gives/);
  });
});

describe("a saved page's subtitle", async () => {
  const prose = (n: number): string =>
    `The cooperative at number ${n} sold bread, coal and boots to its members, and paid back what it made to them each quarter in proportion to what they had spent there.`;
  const page = `<html lang="en"><head><title>What the co-ops got right</title></head><body><article><div class="post-header"><h1>What the co-ops got right</h1><p class="standfirst">A hundred years of shops owned by their customers</p></div><div class="body">${[1, 2, 3, 4].map((n) => `<p>${prose(n)}</p>`).join('')}</div></article></body></html>`;
  const source = await makeSourceDir({
    'anthology.yaml': 'title: Co-ops\nlanguage: en\neditors: [Ed Itor]\ncontents:\n  - file: coops.html\n    author: Tom Hale\n  - file: again.html\n    author: Tom Hale\n    subtitle: The Editors’ Subtitle\n',
    'coops.html': page,
    'again.html': page.replace('What the co-ops got right', 'What the co-ops got wrong').replace('What the co-ops got right', 'What the co-ops got wrong'),
  });
  const out = freshDir('page-subtitle');
  const result = runCli(['build', source, '--out', out, '--no-cache']);

  it("becomes the piece's subtitle, set once under the title, and is named in the messages", () => {
    expect(result.status, result.stderr).toBe(0);
    const epub = openEpub(path.join(out, 'co-ops.epub'));
    const right = epub.spine.map((name) => epub.text(name)).find((x) => x.includes('got right</h1>'))!;
    expect(right).toMatch(/<h1>What the co-ops got right<\/h1>\s*<p class="subtitle"[^>]*>A hundred years of shops owned by their customers<\/p>/);
    expect(visibleText(right).match(/A hundred years of shops/g)).toHaveLength(1);
    expect(result.stderr).toMatch(/coops\.html: info subtitle “A hundred years of shops owned by their customers” taken from the document \(the line under the headline\)/);
  });

  it('stays in the text, in italics, where the editor gave the piece another subtitle', () => {
    const epub = openEpub(path.join(out, 'co-ops.epub'));
    const wrong = epub.spine.map((name) => epub.text(name)).find((x) => x.includes('got wrong</h1>'))!;
    expect(wrong).toMatch(/<p class="subtitle"[^>]*>The Editors’ Subtitle<\/p>/);
    expect(wrong).toMatch(/<em>A hundred years of shops owned by their customers<\/em>/);
  });
});
