/**
 * Every kind of bad input, through the real command (`node bin/anthology.js build SRC --out OUT`):
 * exit 1 naming the file (or 0 with a warning when the input is repairable), never a stack
 * trace, and on failure the output folder exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freshDir, openEpub, runCli, visibleText } from '../build/_book.ts';
import { MINIMAL_CONFIG, makeSourceDir, piece } from '../helpers.ts';

const SENTINEL = { 'a-test-book.epub': 'earlier epub', 'a-test-book.pdf': 'earlier pdf', 'notes.txt': 'kept' };

function outputWithEarlierContents(): string {
  const out = freshDir('out');
  for (const [name, text] of Object.entries(SENTINEL)) writeFileSync(path.join(out, name), text);
  return out;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'latin1')]));
}

async function build(files: Record<string, string | Uint8Array>) {
  const source = await makeSourceDir(files);
  const out = outputWithEarlierContents();
  const result = runCli(['build', source, '--out', out, '--no-cache']);
  expect(result.stderr, 'no stack trace').not.toMatch(/\n\s+at |internal error/);
  return { ...result, out, source };
}

/** Exit 1, every listed rule at file:line:column of the named file, output folder untouched. */
async function expectFailure(files: Record<string, string | Uint8Array>, file: string, rules: string[]) {
  const result = await build(files);
  expect(result.status, result.stderr).toBe(1);
  for (const rule of rules) {
    expect(result.stderr).toMatch(new RegExp(`${file.replace('.', '\\.')}(:\\d+:\\d+)?: error .*\\[${rule}\\]`));
  }
  expect(snapshot(result.out)).toEqual(SENTINEL);
  return result;
}

async function expectSuccess(files: Record<string, string | Uint8Array>, warnings: string[] = []) {
  const result = await build(files);
  expect(result.status, result.stderr).toBe(0);
  for (const rule of warnings) expect(result.stderr).toMatch(new RegExp(`one\\.md:\\d+:\\d+: warning .*\\[${rule}\\]`));
  const epub = openEpub(path.join(result.out, 'a-test-book.epub'));
  const xhtml = epub.spine.map((doc) => epub.text(doc)).join('\n');
  const report = readFileSync(path.join(result.out, 'a-test-book-report.md'), 'utf8');
  expect(xhtml).not.toContain('\uFFFD');
  return { ...result, xhtml, text: visibleText(xhtml), report };
}

const one = (body: string, front = 'title: One\nauthor: A') => ({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': piece(front, body) });

describe('bad input through the command line', () => {
  it('invalid YAML in anthology.yaml', async () => {
    await expectFailure({ 'anthology.yaml': 'title: [unclosed\nlanguage: en\n' }, 'anthology.yaml', ['yaml/syntax']);
  });

  it('invalid YAML in front matter', async () => {
    await expectFailure(one('text\n', 'title: One\nauthor: "unclosed'), 'one.md', ['yaml/syntax']);
  });

  it('front matter that never closes', async () => {
    await expectFailure({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': '---\ntitle: One\nauthor: A\nbody\n' }, 'one.md', ['frontmatter/unclosed']);
  });

  it('missing required keys, all listed at once', async () => {
    const result = await expectFailure({ 'anthology.yaml': 'contents: [one.md]\n', 'one.md': piece('note: x', 'text\n') }, 'anthology.yaml', [
      'schema/missing-key',
    ]);
    for (const key of ['title', 'language', 'editors']) expect(result.stderr).toContain(`Missing required key “${key}”`);
  });

  it('unknown keys: warned with a suggestion, and the book is built', async () => {
    const result = await build({ 'anthology.yaml': `${MINIMAL_CONFIG}titel: x\n`, 'one.md': piece('title: One\nauthr: A\nauthor: A', 'Text.\n') });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/anthology\.yaml:6:1: warning Unknown key titel: did you mean title\?/);
    expect(result.stderr).toMatch(/one\.md:3:1: warning Unknown key authr: did you mean author\?/);
  });

  it('a file named in the contents that does not exist', async () => {
    await expectFailure({ 'anthology.yaml': MINIMAL_CONFIG }, 'anthology.yaml', ['load/missing-file']);
  });

  it('an empty body', async () => {
    await expectFailure(one('\n\n'), 'one.md', ['load/empty-body']);
  });

  it('a binary file', async () => {
    await expectFailure({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x1a, 0x0a]) }, 'one.md', [
      'load/binary',
    ]);
  });

  it('a YAML alias bomb', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    await expectFailure({ 'anthology.yaml': `${MINIMAL_CONFIG}${bomb.join('\n')}\n` }, 'anthology.yaml', ['yaml/aliases']);
  });

  it('Windows-1252 bytes: decoded, with a warning, and no U+FFFD in the book', async () => {
    const bytes = new Uint8Array([...Buffer.from('---\ntitle: One\nauthor: A\n---\nThe workers'), 0x92, ...Buffer.from(' state, '), 0x93, ...Buffer.from('caf'), 0xe9, 0x94, ...Buffer.from('.\n')]);
    const result = await expectSuccess({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': bytes });
    expect(result.stderr).toMatch(/one\.md:1:1: warning .*\[load\/encoding\]/);
    expect(result.text).toContain('The workers’ state, “café”.');
  });

  it('mojibake: repaired, warned at file:line:column and listed in the report', async () => {
    const result = await expectSuccess(one('Intro line.\n\nThe workersâ€™ state and the cafÃ© in SÃ£o Paulo, naïve “as ever”.\n'), ['load/mojibake']);
    expect(result.stderr).toContain('one.md:7:12: warning Unexpected “â€™”');
    expect(result.text).toContain('The workers’ state and the café in São Paulo, naïve “as ever”.');
    expect(result.report).toMatch(/\| 7:12 \| load\/mojibake \| `â€™` \| `’` \|/);
  });

  it('a byte-order mark and CRLF line ends', async () => {
    const result = await expectSuccess({
      'anthology.yaml': `\uFEFF${MINIMAL_CONFIG.replace(/\n/g, '\r\n')}`,
      'one.md': '\uFEFF---\r\ntitle: One\r\nauthor: A\r\n---\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n',
    });
    expect(result.text).toContain('First paragraph. Second paragraph.');
    expect(result.xhtml).not.toMatch(/\r|\uFEFF/);
  });

  it('control characters that XML forbids: removed and reported', async () => {
    const result = await expectSuccess(one('Bell\u0007 and escape\u001B and vertical\u000Btab.\n'));
    expect(result.xhtml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(result.report).toContain('layout/control-characters');
  });

  it('raw HTML: sanitized, so no script, iframe, event handler or javascript: URL reaches the EPUB', async () => {
    const body = [
      'Hello <b onclick="steal()">bold</b> and <a href="javascript:alert(1)">a link</a>.',
      '',
      '<script>alert("x")</script>',
      '',
      '<div onmouseover="x()"><p>Kept <em>words</em></p><iframe src="https://evil.example/"></iframe><style>p{}</style></div>',
      '',
      '<a href="https://example.org/" onclick="y()">fine link</a> <svg onload="z()"><text>no</text></svg>',
      '',
    ].join('\n');
    const result = await expectSuccess(one(body, 'title: One\nauthor: A\nformat: markdown'), ['html/event-handler', 'html/unsafe-url', 'html/unsafe-element']);
    expect(result.xhtml).not.toMatch(/<script|<iframe|<style|<svg|\son[a-z]+=|javascript:/i);
    expect(result.text).toContain('Hello bold and a link.');
    expect(result.text).toContain('Kept words');
    expect(result.xhtml).toContain('<strong>bold</strong>');
    expect(result.xhtml).toMatch(/<a [^>]*href="https:\/\/example\.org\/"[^>]*>fine link<\/a>/);
    expect(result.stderr).toMatch(/one\.md:8:1: warning Unexpected <script>/);
  });

  it('an image on the network: refused, and nothing is fetched', async () => {
    await expectFailure(one('Text.\n\n![a chart](https://example.com/chart.png)\n', 'title: One\nauthor: A\nformat: markdown'), 'one.md', ['image/remote']);
    await expectFailure(one('Text.\n\n<img src="//cdn.example/x.png" alt="x">\n', 'title: One\nauthor: A\nformat: markdown'), 'one.md', ['image/remote']);
  });

  it('an image outside the source folder: refused', async () => {
    await expectFailure(one('Text.\n\n![secret](../../etc/passwd.png)\n', 'title: One\nauthor: A\nformat: markdown'), 'one.md', ['image/outside-source']);
  });

  it('a word of thousands of characters: refused with its place, not left to exhaust memory', async () => {
    const result = await expectFailure(one(`Some words.\n\n${'x'.repeat(200_000)}\n`), 'one.md', ['load/long-word']);
    expect(result.stderr).toMatch(/one\.md:7:1: error Unexpected run of 200000 characters/);
  });

  it('a long line of ordinary words builds', async () => {
    const words = Array.from({ length: 6000 }, (_, i) => ['the', 'workers', 'state', 'and', 'of', 'revolution'][i % 6]).join(' ');
    const result = await expectSuccess(one(`${words}.\n`));
    expect(result.text).toContain('workers state and of revolution the workers');
  });

  it('an output folder that is a file: exit 1 without a stack trace', async () => {
    const source = await makeSourceDir(one('Text.\n'));
    const parent = freshDir('file-out');
    const blocked = path.join(parent, 'out');
    writeFileSync(blocked, 'a file');
    const result = runCli(['build', source, '--out', blocked, '--no-cache']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('out');
    expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
    expect(readFileSync(blocked, 'utf8')).toBe('a file');
  });
});
