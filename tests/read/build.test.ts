/**
 * Files that cannot carry front matter, through the real command: read by their reader, their
 * front matter from the document, the entry in anthology.yaml or a sidecar NAME.yaml, and the
 * text in the built EPUB.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { freshDir, openEpub, runCli, visibleText } from '../build/_book.ts';
import { makeSourceDir } from '../helpers.ts';
import { makeDocx } from './_docx.ts';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';

/** A one-page PDF drawn by pdfkit, with text or (`scan`) only a grey box where a scan's image would be. */
function onePagePdf(kind: 'text' | 'scan'): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A5', margin: 50, info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    if (kind === 'scan') doc.rect(50, 50, 300, 400).fill('#888');
    else doc.font('Times-Roman').fontSize(11).text('The pamphlet argues that the strike was won because the employers could not wait as long as the men who worked the boats. It was printed by the committee in the autumn of the same year.', { width: 300 });
    doc.end();
  });
}

const PAGE = readFileSync(path.resolve(import.meta.dirname, '../fixtures/read/html/full-page/input.html'), 'utf8');
const DOCX = makeDocx({
  title: 'Properties Title',
  creator: 'Word User',
  blocks: [
    { runs: ['The boatmen were paid by the ton, ', { text: 'not', italic: true }, ' by the hour, and every delay came out of their own pockets.'] },
    { style: 'Heading1', runs: ['The first week'] },
    { runs: ['The committee met each evening in a public house beside the basin.'] },
  ],
});

const config = (contents: string) => `title: A Test Book\nlanguage: en\neditors: [Ed Itor]\ncontents:\n${contents}`;

function bookText(out: string): { documents: string[]; opf: string } {
  const epub = openEpub(path.join(out, 'a-test-book.epub'));
  return { documents: epub.spine.map((name) => visibleText(epub.text(name))), opf: epub.opf };
}

describe('building from HTML and DOCX files', () => {
  it('reads each, with front matter from the page, the entry and the sidecar, editor first', async () => {
    const source = await makeSourceDir({
      'anthology.yaml': config('  - file: canal.html\n    note: Saved from the web in 2020.\n  - boats.docx\n'),
      'canal.html': PAGE,
      'boats.docx': DOCX,
      'boats.yaml': 'title: On the Boats\nsource:\n  publication: The Boatman\n',
    });
    const out = freshDir('out');
    const result = runCli(['build', source, '--out', out, '--no-cache']);
    expect(result.status, result.stderr).toBe(0);
    const { documents } = bookText(out);
    const canal = documents.find((d) => d.includes('The Canal Workers of 1911') && d.includes('tonnage rate'))!;
    expect(canal).toBeDefined();
    expect(canal).toContain('Margaret Hale');
    expect(canal).toContain('Saved from the web in 2020.');
    for (const furniture of ['Accept all cookies', 'Related posts', 'grandfather', 'Sign up for our newsletter', 'Popular this week']) expect(canal).not.toContain(furniture);
    const boats = documents.find((d) => d.includes('On the Boats') && d.includes('committee met'))!;
    expect(boats).toContain('Word User');
    expect(boats).toContain('The first week');
    expect(boats).not.toContain('Properties Title');
    const report = readFileSync(path.join(out, 'a-test-book-report.md'), 'utf8');
    expect(report).toMatch(/- 43:5 \[html\/sign-up\] “Sign up for our newsletter/);
    expect(result.stderr).toMatch(/canal\.html: info author “Margaret Hale” taken from the document \(JSON-LD author\)/);
    expect(result.stderr).not.toMatch(/boats\.docx: info title/);
  });

  it('carries a picture saved with the page into the book, its caption with it', async () => {
    const png = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#8a6' } }).png().toBuffer();
    const prose = 'The lock keepers lived in cottages beside the gates, and their families worked the paddles when the boats came through at night.';
    const page = `<html lang="en"><head><title>The Locks</title><meta name="author" content="Ann Reed"></head><body><article><h1>The Locks</h1><p>${prose}</p><figure><img src="locks_files/gate.png" alt="A lock gate half open"><figcaption>The top gate at Hatton in 1930</figcaption></figure><p>${prose}</p><p>${prose}</p></article></body></html>`;
    const source = await makeSourceDir({ 'anthology.yaml': config('  - locks.html\n'), 'locks.html': page, 'locks_files/gate.png': new Uint8Array(png) });
    const out = freshDir('out');
    const result = runCli(['build', source, '--out', out, '--no-cache']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/html\/image/);
    const epub = openEpub(path.join(out, 'a-test-book.epub'));
    const piece = epub.spine.map((name) => epub.text(name)).find((x) => x.includes('lock keepers'))!;
    expect(piece).toMatch(/<figure[^>]*>\s*<img [^>]*alt="A lock gate half open"/);
    expect(piece).toMatch(/<figcaption[^>]*>(?:<em>)?The top gate at Hatton in 1930(?:<\/em>)?<\/figcaption>/);
    expect(epub.opf).toMatch(/media-type="image\/png"/);
  });

  it('validates the entry’s and the sidecar’s keys where they are written', async () => {
    const source = await makeSourceDir({
      'anthology.yaml': config('  - file: canal.html\n    language: not a language\n  - boats.docx\n'),
      'canal.html': PAGE,
      'boats.docx': makeDocx({ blocks: [{ runs: ['A text with no document properties, long enough to be a piece.'] }] }),
      'boats.yaml': 'title: On the Boats\nauthr: Someone\n',
    });
    const out = freshDir('out');
    const result = runCli(['build', source, '--out', out, '--no-cache']);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).toMatch(/anthology\.yaml:6:5: error Unexpected value for “language”.*\[schema\/invalid-value\]/);
    expect(result.stderr).toMatch(/boats\.yaml:2:1: warning Unknown key authr: did you mean author\?/);
    expect(result.stderr).toMatch(/boats\.docx:1:1: error Missing required key “author”: the document does not state it; give it in boats\.yaml/);
  });

  it('refuses a broken DOCX and a page with no article, naming the file', async () => {
    const source = await makeSourceDir({
      'anthology.yaml': config('  - file: login.html\n    title: Log in\n    author: Nobody\n  - broken.docx\n'),
      'login.html': '<!DOCTYPE html><html><body><nav><a href="/">Home</a></nav><form><button>Log in</button></form></body></html>',
      'broken.docx': 'not a zip at all',
    });
    const out = freshDir('out');
    const result = runCli(['build', source, '--out', out, '--no-cache']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/login\.html:1:1: error Unexpected page with no article in it.*\[html\/no-article\]/);
    expect(result.stderr).toMatch(/broken\.docx:1:1: error Unexpected content, expected a Word document.*\[docx\/not-zip\]/);
  });

  it('cleans a saved page with `anthology clean`, and a .txt that holds one, with a warning', async () => {
    const source = await makeSourceDir({ 'page.html': PAGE, 'page.txt': PAGE });
    const html = runCli(['clean', path.join(source, 'page.html')]);
    expect(html.status, html.stderr).toBe(0);
    expect(html.stdout).toBe(`# The Canal Workers of 1911\n\n${readFileSync(path.resolve(import.meta.dirname, '../fixtures/read/html/full-page/expected.md'), 'utf8')}`);
    const txt = runCli(['clean', path.join(source, 'page.txt'), '--report']);
    expect(txt.status).toBe(0);
    expect(txt.stdout).toBe(html.stdout);
    expect(txt.stderr).toMatch(/page\.txt:1:1: warning Unexpected HTML content in a file named as text: read as HTML \[read\/kind-mismatch\]/);
    expect(txt.stderr).toMatch(/page\.txt:18:3: html\/template-furniture "We use cookies/);
  });

  it('reads a PDF with its front matter from a sidecar, and refuses a scan: run OCR on it first', async () => {
    const source = await makeSourceDir({
      'anthology.yaml': config('  - pamphlet.pdf\n'),
      'pamphlet.pdf': await onePagePdf('text'),
      'pamphlet.yaml': 'title: The Pamphlet\nauthor: The Strike Committee\n',
    });
    const out = freshDir('out');
    const ok = runCli(['build', source, '--out', out, '--no-cache']);
    expect(ok.status, ok.stderr).toBe(0);
    const { documents } = bookText(out);
    const piece = documents.find((d) => d.includes('The Pamphlet') && d.includes('employers could not wait'))!;
    expect(piece).toContain('The Strike Committee');

    const scanned = await makeSourceDir({ 'anthology.yaml': config('  - file: scan.pdf\n    title: Scan\n    author: Someone\n'), 'scan.pdf': await onePagePdf('scan') });
    const failed = runCli(['build', scanned, '--out', freshDir('out'), '--no-cache']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/scan\.pdf: error Unexpected PDF with no text layer.*run OCR on it first.*\[pdf\/no-text\]/);
    expect(failed.stderr).not.toMatch(/\n\s+at /);
  });
});
