/**
 * A book built from untrusted contributions, through the real command: a link that leads out
 * of the source folder publishes nothing, and what is published carries no script, no active
 * PDF content and nothing of the machine that built it.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import PDFDocument from 'pdfkit';
import { makeDocx } from '../read/_docx.ts';
import { pngDeclaring } from '../fixtures/hostile/png-bomb.ts';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { BIN, EPOCH, ROOT, freshDir, hasCommand, openEpub, runCli } from '../build/_book.ts';
import { MINIMAL_CONFIG, makeSourceDir, piece } from '../helpers.ts';

const SECRET = 'Zanzibar-credentials-4471';

/** A file outside any source folder, shaped like a manuscript so only its path gives it away. */
function secretOutside(): string {
  const dir = freshDir('secret');
  const file = path.join(dir, 'secret.md');
  writeFileSync(file, piece('title: Harmless\nauthor: A', `The key is ${SECRET}.\n`));
  return file;
}

function outputs(out: string): string[] {
  return readdirSync(out);
}

/** Every byte the outputs publish, as text: EPUB entries unzipped, PDF streams uncompressed. */
function publishedText(out: string): string {
  const texts: string[] = [];
  for (const name of outputs(out)) {
    const file = path.join(out, name);
    if (name.endsWith('.epub')) {
      const epub = openEpub(file);
      for (const entry of Object.keys(epub.files)) texts.push(entry, strFromU8(epub.files[entry]!, true));
    } else if (name.endsWith('.pdf') && hasCommand('qpdf')) {
      const flat = path.join(freshDir('qdf'), 'flat.pdf');
      execFileSync('qpdf', ['--qdf', '--object-streams=disable', '--stream-data=uncompress', file, flat]);
      texts.push(readFileSync(flat, 'latin1'));
    } else {
      texts.push(readFileSync(file, 'latin1'));
    }
  }
  return texts.join('\n');
}

describe('links out of the source folder', () => {
  it('a manuscript that is a link to a file outside is refused, and nothing is published', async () => {
    const secret = secretOutside();
    const source = await makeSourceDir({ 'anthology.yaml': MINIMAL_CONFIG });
    symlinkSync(secret, path.join(source, 'one.md'));
    const out = freshDir('out');
    const result = runCli(['build', source, '--out', out, '--no-cache']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/anthology\.yaml:5:\d+: error Unexpected link: Path “one\.md” leads outside the source folder, to “[^”]*secret\.md”.*\[load\/outside-source\]/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(outputs(out)).toEqual([]);
  });

  it('a linked folder inside the source that leads out is refused too', async () => {
    const secret = secretOutside();
    const source = await makeSourceDir({ 'anthology.yaml': MINIMAL_CONFIG.replace('one.md', 'shared/secret.md') });
    symlinkSync(path.dirname(secret), path.join(source, 'shared'));
    const result = runCli(['build', source, '--out', freshDir('out'), '--no-cache']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain('[load/outside-source]');
  });

  it('anthology.yaml itself may not be a link out of the folder', async () => {
    const elsewhere = await makeSourceDir({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': piece('title: One\nauthor: A', 'Text.\n') });
    const source = freshDir('src');
    symlinkSync(path.join(elsewhere, 'anthology.yaml'), path.join(source, 'anthology.yaml'));
    const result = runCli(['build', source, '--out', freshDir('out'), '--no-cache']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/anthology\.yaml:1:1: error Unexpected link.*\[load\/outside-source\]/);
  });

  it('a sidecar NAME.yaml that is a link out of the folder is refused', async () => {
    const elsewhere = freshDir('secret');
    writeFileSync(path.join(elsewhere, 'meta.yaml'), `title: ${SECRET}\n`);
    const page = '<!doctype html><html><head><title>Page</title></head><body><article><h1>Page</h1><p>A paragraph of the article, long enough to be read as one by Readability and kept.</p><p>Another paragraph of the same article, so that there is an article to find here.</p></article></body></html>';
    const source = await makeSourceDir({ 'anthology.yaml': MINIMAL_CONFIG.replace('one.md', 'page.html'), 'page.html': page });
    symlinkSync(path.join(elsewhere, 'meta.yaml'), path.join(source, 'page.yaml'));
    const out = freshDir('out');
    const result = runCli(['build', source, '--out', out, '--no-cache']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/page\.yaml:1:1: error Unexpected link.*\[load\/outside-source\]/);
    expect(outputs(out)).toEqual([]);
  });

  it('check refuses the same link', async () => {
    const secret = secretOutside();
    const source = await makeSourceDir({ 'anthology.yaml': MINIMAL_CONFIG });
    symlinkSync(secret, path.join(source, 'one.md'));
    const result = runCli(['check', source, '--out', freshDir('out')]);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain('[load/outside-source]');
  });

  it('--allow-outside lets a named folder in, and a link inside the folder is fine', async () => {
    const secret = secretOutside();
    const source = await makeSourceDir({
      'anthology.yaml': MINIMAL_CONFIG.replace('  - one.md\n', '  - one.md\n  - two.md\n'),
      'real/two.md': piece('title: Two\nauthor: B', 'The second text.\n'),
    });
    symlinkSync(secret, path.join(source, 'one.md'));
    symlinkSync(path.join(source, 'real/two.md'), path.join(source, 'two.md'));
    const out = freshDir('out');
    const result = runCli(['build', source, '--out', out, '--no-cache', '--allow-outside', path.dirname(secret)]);
    expect(result.status, result.stderr).toBe(0);
    const text = publishedText(out);
    expect(text).toContain(SECRET);
    expect(text).toContain('The second text.');
  });
});

describe('what a published book carries', () => {
  it('no script, no active PDF content, and no path, user or folder of the build machine', async () => {
    const source = await makeSourceDir({
      'anthology.yaml': `${MINIMAL_CONFIG}description: A book.\n`,
      'one.md': piece('title: One\nauthor: A\nformat: markdown', 'Text with <script>alert(1)</script> a script in it.\n\n<a href="javascript:alert(2)">link</a>\n'),
    });
    const out = path.join(freshDir('out'), 'nested-output-folder');
    mkdirSync(out);
    const result = runCli(['build', source, '--out', out, '--no-cache']);
    expect(result.status, result.stderr).toBe(0);

    const epub = openEpub(path.join(out, 'a-test-book.epub'));
    expect(epub.opf).not.toMatch(/\bscripted\b/);
    for (const [name, bytes] of Object.entries(epub.files)) {
      if (!/\.(x?html|opf|ncx|css|svg)$/.test(name)) continue;
      const text = strFromU8(bytes);
      expect(text, name).not.toMatch(/<script\b|(?:href|src)\s*=\s*["']\s*javascript:|<[^>]*\son[a-z]+\s*=/i);
    }

    if (hasCommand('qpdf')) {
      expect(publishedText(out)).not.toMatch(/\/(JavaScript|JS|Launch|EmbeddedFile|EmbeddedFiles|SubmitForm|ImportData|RichMedia)\b/);
    }

    const published = publishedText(out);
    // Each folder with its separator: "/root" alone is also the start of "</rootfile>".
    const machine = [source, out, path.dirname(out), tmpdir(), process.cwd(), homedir()].map((folder) => `${folder}/`);
    for (const place of machine) expect(published, place).not.toContain(place);
    const user = userInfo().username;
    if (user.length >= 4) expect(published).not.toMatch(new RegExp(`\\b${user}\\b`));
    expect(published).not.toMatch(/anthology-test-|anthology-out-/);
  });
});

describe('nothing reaches out', () => {
  it('a book whose sources point at the network builds with all networking code made to throw, and calls none of it', async () => {
    const html = [
      'Text before.',
      '',
      '<link rel="stylesheet" href="https://example.com/a.css">',
      '<style>@import url("https://example.com/b.css");</style>',
      '<p style="background: url(https://example.com/c.png)">Styled paragraph.</p>',
      '<svg><image href="https://example.com/d.png"/></svg>',
      '<iframe src="https://example.com/e.html"></iframe>',
      '<object data="https://example.com/f.swf"></object>',
      '',
      'Text after.',
      '',
    ].join('\n');
    const source = await makeSourceDir({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': piece('title: One\nauthor: A\nformat: markdown', html) });
    const out = freshDir('out');
    const log = path.join(freshDir('net'), 'attempts.log');
    writeFileSync(log, '');
    const stub = pathToFileURL(path.join(ROOT, 'tests/fixtures/hostile/no-network.mjs')).href;
    const result = spawnSync(process.execPath, ['--import', stub, BIN, 'build', source, '--out', out, '--no-cache'], {
      cwd: ROOT,
      env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, ANTHOLOGY_NETWORK_LOG: log },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe('');
    const published = publishedText(out);
    expect(published).toContain('Styled paragraph.');
    expect(published).not.toContain('example.com');
  });

  it('the stub itself catches a fetch, so the test above can fail', () => {
    const log = path.join(freshDir('net'), 'attempts.log');
    const stub = pathToFileURL(path.join(ROOT, 'tests/fixtures/hostile/no-network.mjs')).href;
    const result = spawnSync(process.execPath, ['--import', stub, '-e', 'try { fetch("https://example.com/") } catch {}'], {
      env: { ...process.env, ANTHOLOGY_NETWORK_LOG: log },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(readFileSync(log, 'utf8')).toContain('fetch https://example.com/');
  });
});

describe('limits on what a file can make the build expand to', () => {
  const deep = (lines: string) => ({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': piece('title: One\nauthor: A\nformat: markdown', `Text.\n\n${lines}\n\nMore.\n`) });
  const fails = (files: Record<string, string>, file: string, rule: string, line?: number) => {
    return makeSourceDir(files).then((source) => {
      const out = freshDir('out');
      const result = runCli(['build', source, '--out', out, '--no-cache']);
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
      expect(result.stderr).toMatch(new RegExp(`${file.replace('.', '\\.')}:${line ?? '\\d+'}:\\d+: error .*\\[${rule.replace('/', '\\/')}\\]`));
      expect(outputs(out)).toEqual([]);
      return result;
    });
  };

  it('block quotes nested thousands deep: refused at their line, not a stack overflow', async () => {
    const result = await fails(deep(`${'> '.repeat(20000)}deep`), 'one.md', 'limit/nesting', 8);
    expect(result.stderr).toContain('limits.nesting');
  });

  it('lists nested thousands deep: refused at the first line too deep, quickly', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    await fails(deep(lines), 'one.md', 'limit/nesting', 8 + 100);
  });

  it('raw HTML nested thousands deep', async () => {
    await fails(deep(`${'<div> '.repeat(20000)}deep${' </div>'.repeat(20000)}`), 'one.md', 'limit/nesting', 8);
  });

  it('emphasis nested thousands deep', async () => {
    await fails(deep(`${'*a _b '.repeat(3000)}x${'_ b* a'.repeat(3000)}`), 'one.md', 'limit/nesting', 8);
  });

  it('limits.nesting raises the limit for a book that needs it', async () => {
    const lines = Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    const files = deep(lines);
    await fails(files, 'one.md', 'limit/nesting');
    const source = await makeSourceDir({ ...files, 'anthology.yaml': `${MINIMAL_CONFIG}limits:\n  nesting: 150\n` });
    const result = runCli(['build', source, '--out', freshDir('out'), '--no-cache']);
    expect(result.status, result.stderr).toBe(0);
  });

  it('more pieces than limits.pieces: refused at contents', async () => {
    const config = `${MINIMAL_CONFIG.replace('  - one.md\n', '  - one.md\n  - two.md\n  - three.md\n')}limits: {pieces: 2}\n`;
    const body = piece('title: T\nauthor: A', 'Text.\n');
    const result = await fails({ 'anthology.yaml': config, 'one.md': body, 'two.md': body, 'three.md': body }, 'anthology.yaml', 'limit/pieces', 4);
    expect(result.stderr).toContain('Unexpected 3 files in contents, expected at most 2');
  });
});

describe('limits on footnotes', () => {
  it('more footnotes in a piece than limits.footnotes: refused at the first one too many', async () => {
    const body = 'One[^1], two[^2] and three[^3].\n\n[^1]: First.\n[^2]: Second.\n[^3]: Third.\n';
    const files = { 'anthology.yaml': `${MINIMAL_CONFIG}limits: {footnotes: 2}\n`, 'one.md': piece('title: One\nauthor: A\nformat: markdown', body) };
    const source = await makeSourceDir(files);
    const out = freshDir('out');
    const result = runCli(['build', source, '--out', out, '--no-cache']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/one\.md:10:1: error Unexpected footnote number 3 in one piece, expected at most 2 .*\[limit\/footnotes\]/);
    expect(outputs(out)).toEqual([]);
    const raised = await makeSourceDir({ ...files, 'anthology.yaml': `${MINIMAL_CONFIG}limits: {footnotes: 3}\n` });
    expect(runCli(['build', raised, '--out', freshDir('out'), '--no-cache']).status).toBe(0);
  });
});

describe('limits on what the readers open', () => {
  const CONFIG = (file: string, limits = '') => `${MINIMAL_CONFIG.replace('one.md', `file: ${file}\n    title: T\n    author: A`).replace('  - file:', '  - file:')}${limits}`;
  const docx = () =>
    makeDocx({ blocks: [{ style: 'Heading1', runs: ['A heading'] }, { runs: ['A paragraph of the document, long enough to be a paragraph of running text.'] }] });
  const withExtra = (bytes: Uint8Array, extra: Record<string, Uint8Array>) => zipSync({ ...unzipSync(bytes), ...extra });
  const refusedWith = async (files: Record<string, string | Uint8Array>, file: string, rule: string) => {
    const source = await makeSourceDir(files);
    const out = freshDir('out');
    const result = runCli(['build', source, '--out', out, '--no-cache']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
    expect(result.stderr).toMatch(new RegExp(`${file.replace('.', '\\.')}(:\\d+:\\d+)?: error .*\\[${rule.replace('/', '\\/')}\\]`));
    expect(outputs(out)).toEqual([]);
    return result;
  };

  it('a Word file that unpacks to more than limits.docx_bytes (a zip bomb) is refused before it is inflated', async () => {
    const bomb = withExtra(docx(), { 'word/media/zeros.bin': new Uint8Array(4_000_000) });
    expect(bomb.length).toBeLessThan(100_000);
    const result = await refusedWith({ 'anthology.yaml': CONFIG('bomb.docx', 'limits: {docx_bytes: 1000000}\n'), 'bomb.docx': bomb }, 'bomb.docx', 'limit/docx-bytes');
    expect(result.stderr).toContain('limits.docx_bytes');
  });

  it('a Word file of more files than limits.docx_entries is refused', async () => {
    const many = withExtra(docx(), Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`word/media/${i}.bin`, new Uint8Array(1)])));
    await refusedWith({ 'anthology.yaml': CONFIG('many.docx', 'limits: {docx_entries: 10}\n'), 'many.docx': many }, 'many.docx', 'limit/docx-entries');
  });

  it('a saved page nested deeper than limits.html_nesting is refused at its line', async () => {
    const page = `<!doctype html><html><body><article><h1>Deep</h1>\n<p>Text.</p>\n${'<div>'.repeat(2000)}deep${'</div>'.repeat(2000)}</article></body></html>`;
    const result = await refusedWith({ 'anthology.yaml': CONFIG('deep.html'), 'deep.html': page }, 'deep.html', 'limit/html-nesting');
    expect(result.stderr).toMatch(/deep\.html:3:\d+: error/);
  });

  it('a PDF of more objects than limits.pdf_objects is refused before pdf.js parses it', async () => {
    const pdf = await new Promise<Uint8Array>((resolve) => {
      const doc = new PDFDocument({ size: 'A5', margin: 40, info: { CreationDate: new Date(0) } });
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      for (let page = 0; page < 30; page++) (page ? doc.addPage() : doc).text(`Page ${page + 1} of a pamphlet, with a line of text.`);
      doc.end();
    });
    const result = await refusedWith({ 'anthology.yaml': CONFIG('many.pdf', 'limits: {pdf_objects: 40}\n'), 'many.pdf': pdf }, 'many.pdf', 'limit/pdf-objects');
    expect(result.stderr).toMatch(/Unexpected PDF of \d+ objects, expected at most 40/);
  });

  it('a PDF page with more text than limits.pdf_page_characters is refused, naming the page', async () => {
    const pdf = await new Promise<Uint8Array>((resolve) => {
      const doc = new PDFDocument({ size: 'A5', margin: 40, info: { CreationDate: new Date(0) } });
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      doc.fontSize(11).text('A first page with a short paragraph of text on it.');
      doc.addPage().fontSize(4).text('word '.repeat(3000));
      doc.end();
    });
    const result = await refusedWith({ 'anthology.yaml': CONFIG('dense.pdf', 'limits: {pdf_page_characters: 5000}\n'), 'dense.pdf': pdf }, 'dense.pdf', 'limit/pdf-page-text');
    expect(result.stderr).toMatch(/Unexpected page 2 with \d+ characters/);
  });
});

describe('pictures', () => {
  const withPicture = (extra: Record<string, string | Uint8Array>, limits = '') => ({
    'anthology.yaml': `${MINIMAL_CONFIG}${limits}`,
    'one.md': piece('title: One\nauthor: A\nformat: markdown', 'Text.\n\n![A picture](pictures/p.png)\n\nMore text.\n'),
    ...extra,
  });

  it('a picture that declares more pixels than limits.image_pixels is refused from its header, at its place', async () => {
    for (const [width, height] of [[8_000, 8_000], [30_000, 30_000]] as const) {
      const source = await makeSourceDir(withPicture({ 'pictures/p.png': pngDeclaring(width, height) }));
      const out = freshDir('out');
      const result = runCli(['build', source, '--out', out, '--no-cache']);
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`one\\.md:8:\\d+: error Unexpected image “pictures/p\\.png” of ${width} × ${height} pixels, expected at most 50000000 .*\\[limit/image-pixels\\]`));
      expect(outputs(out)).toEqual([]);
    }
  });

  it('limits.image_pixels lowers or raises the limit', async () => {
    const source = await makeSourceDir(withPicture({ 'pictures/p.png': pngDeclaring(2_000, 2_000) }, 'limits: {image_pixels: 1000000}\n'));
    const result = runCli(['build', source, '--out', freshDir('out'), '--no-cache']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain('[limit/image-pixels]');
  });

  it('a picture that is a link to a file outside the folder is refused', async () => {
    const elsewhere = freshDir('secret');
    const real = path.join(elsewhere, 'p.png');
    writeFileSync(real, pngDeclaring(10, 10));
    const source = await makeSourceDir(withPicture({}));
    mkdirSync(path.join(source, 'pictures'));
    symlinkSync(real, path.join(source, 'pictures/p.png'));
    const out = freshDir('out');
    const result = runCli(['build', source, '--out', out, '--no-cache']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/one\.md:8:\d+: error Unexpected link: image “pictures\/p\.png” leads outside the source folder.*\[image\/outside-source\]/);
    expect(outputs(out)).toEqual([]);
  });
});

describe('no configuration ends in a stack trace', () => {
  it('an unknown print font is an error at its place in anthology.yaml', async () => {
    const source = await makeSourceDir({ 'anthology.yaml': `${MINIMAL_CONFIG}print:\n  font: Comic Sans\n`, 'one.md': piece('title: One\nauthor: A', 'Text.\n') });
    const out = freshDir('out');
    const result = runCli(['build', source, '--out', out, '--no-cache']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
    expect(result.stderr).toMatch(/anthology\.yaml:7:3: error Unexpected print font “Comic Sans”, expected one of: eb-garamond .*\[schema\/invalid-value\]/);
    expect(outputs(out)).toEqual([]);
  });
});
