import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSource } from '../../pipeline/load/index.ts';
import { smarten } from '../../pipeline/parse/typography.ts';
import type { Manuscript } from '../../pipeline/types.ts';
import { ROOT, EPOCH, freshDir, hasCommand, openEpub, pdfPages, runCli, visibleText, type Epub } from './_book.ts';

const EPUBCHECK = '/usr/share/java/epubcheck.jar';
/** Site furniture that must never reach the book (web page menus, share and comment forms, pop-ups). */
const FURNITURE = [
  'Share this article',
  'Leave a Reply',
  'Your email address will not be published',
  'Required fields are marked',
  'Akismet',
  'Avatar placeholder',
  'This will close in',
  'exit this pop-up',
  'available in Russian',
  'E-mail to hear about site changes',
];

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

let out: string;
let slug: string;
let manuscripts: Manuscript[];
let config: Awaited<ReturnType<typeof loadSource>>['config'];
let epub: Epub;

beforeAll(async () => {
  out = freshDir('book');
  const result = runCli(['build', 'manuscripts', '--out', out]);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.status, result.stderr).toBe(0);
  ({ manuscripts, config } = await loadSource(path.join(ROOT, 'manuscripts')));
  slug = config.slug!;
  epub = openEpub(path.join(out, `${slug}.epub`));
});

describe('npm run build on the anthology', () => {
  it('writes the EPUB, the PDF and the report, named by the slug', () => {
    expect(readdirSync(out).sort()).toEqual([`${slug}-report.md`, `${slug}.epub`, `${slug}.pdf`].sort());
  });

  it('gives the EPUB the book’s own identifier, dates, description and rights', () => {
    expect(epub.opf).toContain(`>${config.identifier}</dc:identifier>`);
    expect(epub.opf).toContain('<meta property="dcterms:modified">2026-01-01T00:00:00Z</meta>');
    expect(epub.opf).not.toMatch(/All rights reserved/);
    const description = /<dc:description>([\s\S]*?)<\/dc:description>/.exec(epub.opf)?.[1] ?? '';
    expect(description.length).toBeGreaterThan(40);
    const rights = /<dc:rights>([\s\S]*?)<\/dc:rights>/.exec(epub.opf)?.[1] ?? '';
    expect(flat(rights)).toContain('reproduced here for study');
    expect(epub.opf).toMatch(/<dc:language>en<\/dc:language>/);
  });

  it('puts every piece in the EPUB in the order of contents, with its title and author', () => {
    const docs = epub.spine.map((doc) => epub.text(doc));
    const texts = docs.map(visibleText);
    const heading = (xhtml: string) => visibleText(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(xhtml)?.[1] ?? '');
    let previous = -1;
    for (const m of manuscripts) {
      const index = docs.findIndex((d) => heading(d) === flat(smarten(m.meta.title)));
      expect(index, m.meta.title).toBeGreaterThan(previous);
      expect(texts[index], m.path).toContain(m.meta.author);
      previous = index;
    }
  });

  it('leaves the web pages’ menus, share buttons, comment forms and pop-ups out of the EPUB', () => {
    const all = epub.spine.map((doc) => visibleText(epub.text(doc))).join('\n');
    for (const phrase of FURNITURE) expect(all, phrase).not.toContain(phrase);
    // The first entries of seed 004's navigation list of other articles.
    expect(all).not.toContain('London terror attacks condemned');
    expect(all).not.toContain('Make the G8 leaders history');
  });

  it.skipIf(!existsSync(EPUBCHECK))('passes EPUBCheck with no errors or warnings', () => {
    let output: string;
    try {
      output = execFileSync('java', ['-jar', EPUBCHECK, path.join(out, `${slug}.epub`)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const e = error as { stdout: string; stderr: string };
      throw new Error(`EPUBCheck failed:\n${e.stdout}\n${e.stderr}`);
    }
    expect(output).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings \/ 0 infos/);
  });

  it.skipIf(!hasCommand('pdffonts'))('embeds every font of the PDF', () => {
    const table = execFileSync('pdffonts', [path.join(out, `${slug}.pdf`)], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(table.length).toBeGreaterThanOrEqual(3);
    for (const row of table) {
      expect(row).toMatch(/EBGaramond/);
      // Columns: name, type, encoding, emb, sub, uni, object ID.
      expect(row.split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
    }
  });

  it.skipIf(!hasCommand('pdftotext'))('sets every piece in the PDF in order, with title, author and a contents page', () => {
    const pages = pdfPages(path.join(out, `${slug}.pdf`)).map(flat);
    expect(pages.length).toBeGreaterThan(40);
    const contentsPage = pages.findIndex((p) => /^Contents\b/.test(p));
    expect(contentsPage).toBeGreaterThanOrEqual(0);
    let previous = contentsPage;
    for (const m of manuscripts) {
      const title = flat(smarten(m.meta.title));
      const opening = pages.findIndex((p, i) => i > previous && p.includes(title.slice(0, 24)));
      expect(opening, title).toBeGreaterThan(previous);
      expect(pages[opening], title).toContain(m.meta.author);
      previous = opening;
    }
    const all = pages.join('\n');
    for (const phrase of FURNITURE) expect(all, phrase).not.toContain(phrase);
  });

  it.skipIf(!hasCommand('pdftotext'))('marks in the EPUB where each printed page begins, with a page-list of every page', () => {
    const pdfFile = path.join(out, `${slug}.pdf`);
    const pages = pdfPages(pdfFile);
    const nav = epub.text(epub.spine.find((doc) => epub.text(doc).includes('epub:type="page-list"')) ?? '');
    const listed = [...(/<nav[^>]*epub:type="page-list"[\s\S]*?<\/nav>/.exec(nav)?.[0] ?? '').matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);
    expect(listed).toHaveLength(pages.length);
    expect(epub.opf).toMatch(/schema:accessibilityFeature">printPageNumbers</);
    // For body pages, the words after the marker are the first words of that printed page.
    const documents = epub.spine.map((doc) => epub.text(doc)).join('\n');
    for (const label of ['1', '10', '25', '50', '75']) {
      const after = new RegExp(`id="page-${label}"[^>]*>(?:</span>)?([\\s\\S]{0,400})`).exec(documents)?.[1];
      expect(after, `marker for page ${label}`).toBeDefined();
      const words = visibleText(`<body>${after!}</body>`).split(' ').slice(0, 3).join(' ');
      // The page-list follows the PDF's page order, so its index is the physical page; a blank
      // verso before an opening shares its marker with the opening.
      const index = listed.indexOf(label);
      const page = flat(pages.slice(index).find((text) => flat(text) !== '') ?? '');
      expect(page, `page ${label}`).toContain(words.replace(/[-\u00AD]$/, ''));
    }
  });

  it('reports every cleaning edit with the raw file’s line and column', () => {
    const report = readFileSync(path.join(out, `${slug}-report.md`), 'utf8');
    for (const m of manuscripts) expect(report).toContain(`## ${m.path}`);
    expect(report).toMatch(/^- \d+:\d+ \[[a-z-]+\/[a-z-]+\] “Share this article!/m);
    expect(report).toMatch(/^\| \d+:\d+ \| [a-z-]+\/[a-z-]+ \|/m);
  });
});

describe('reproducible builds', () => {
  it('gives byte-identical EPUB and PDF for the same inputs and SOURCE_DATE_EPOCH', () => {
    const again = freshDir('again');
    expect(runCli(['build', 'manuscripts', '--out', again]).status).toBe(0);
    for (const ext of ['epub', 'pdf']) {
      const a = readFileSync(path.join(out, `${slug}.${ext}`));
      const b = readFileSync(path.join(again, `${slug}.${ext}`));
      expect(a.equals(b), ext).toBe(true);
    }
  });
});

describe('the command line', () => {
  it('fails with file:line:column, exit 1 and no stack trace, leaving the output folder as it was', () => {
    const source = freshDir('bad');
    cpSync(path.join(ROOT, 'manuscripts'), source, { recursive: true });
    const target = path.join(source, 'alternative-to-leninism.md');
    writeFileSync(target, readFileSync(target, 'utf8').replace(/^author: .*$/m, 'author: [unclosed'));
    const before = readdirSync(out).map((f) => [f, readFileSync(path.join(out, f)).toString('base64')]);
    const result = runCli(['build', source, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/alternative-to-leninism\.md:\d+:\d+: error /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out).map((f) => [f, readFileSync(path.join(out, f)).toString('base64')])).toEqual(before);
  });

  it.skipIf(!hasCommand('pdfinfo'))('imposes a booklet for saddle stitching with --impose booklet', () => {
    const target = freshDir('booklet');
    const result = runCli(['build', 'manuscripts', '--out', target, '--impose', 'booklet']);
    expect(result.status, result.stderr).toBe(0);
    const info = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info(path.join(target, `${slug}.pdf`)))![1]);
    const booklet = info(path.join(target, `${slug}-booklet.pdf`));
    expect(Number(/Pages:\s+(\d+)/.exec(booklet)![1])).toBe(Math.ceil(pages / 4) * 2);
    expect(booklet).toMatch(/Page size:\s+841\.89 x 595\.28 pts/);
    expect(runCli(['build', 'manuscripts', '--out', target, '--impose', 'quarto']).status).toBe(2);
  });

  it('exits 2 on wrong usage and 0 on --help', () => {
    expect(runCli(['frobnicate']).status).toBe(2);
    expect(runCli(['build', '--nope']).status).toBe(2);
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('anthology build');
  });

  it('cleans a raw web page with no front matter to Markdown on stdout, edits on stderr', () => {
    const raw = path.join(freshDir('clean'), 'page.txt');
    writeFileSync(raw, 'Body text of the article, long enough to read as prose and not as a menu line at all.\n\nShare this article!\n\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n');
    const result = runCli(['clean', raw, '--report']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Body text of the article');
    expect(result.stdout).not.toContain('Leave a Reply');
    expect(result.stderr).toMatch(/page\.txt: profile web, \d+ edits/);
    expect(result.stderr).toMatch(/page\.txt:3:1: web\/boilerplate "Share this article!/);
  });

  it('checks the sources and the built EPUB', () => {
    const result = runCli(['check', 'manuscripts', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(existsSync(EPUBCHECK) ? /EPUBCheck on .*0 fatals \/ 0 errors \/ 0 warnings \/ 0 infos/ : /EPUBCheck not installed/);
  });
});

export { EPOCH };
