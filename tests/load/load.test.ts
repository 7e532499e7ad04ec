import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadSource } from '../../pipeline/load/index.ts';
import { AnthologyError } from '../../pipeline/diagnostics.ts';
import type { Diagnostic } from '../../pipeline/types.ts';
import { MINIMAL_CONFIG, makeSourceDir, piece } from '../helpers.ts';

async function loadErrors(files: Record<string, string | Uint8Array>): Promise<Diagnostic[]> {
  const dir = await makeSourceDir(files);
  try {
    await loadSource(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(AnthologyError);
    return (error as AnthologyError).diagnostics;
  }
  throw new Error('expected the load to fail');
}

describe('load', () => {
  it('splits front matter from a body kept exactly as received, and knows where each key sits', async () => {
    const body = 'First line\r\nsecond line  \n\n\nlast\n';
    const dir = await makeSourceDir({
      'anthology.yaml': MINIMAL_CONFIG,
      'one.md': piece('title: One\nauthor: Unsigned\nsource:\n  date: 2003-03-07', body),
    });
    const { manuscripts, config } = await loadSource(dir);
    expect(config.editors).toEqual(['Ed Itor']);
    const [m] = manuscripts;
    expect(m!.body).toBe(body);
    expect(m!.raw.slice(m!.bodyOffset)).toBe(body);
    expect(m!.meta).toMatchObject({ title: 'One', author: 'Unsigned', role: 'piece', source: { date: '2003-03-07' } });
    expect(m!.fields['author']).toEqual({ line: 3, column: 1 });
    expect(m!.fields['source.date']).toEqual({ line: 5, column: 3 });
  });

  it('reports invalid YAML with file, line and column', async () => {
    const diagnostics = await loadErrors({ 'anthology.yaml': 'title: [unclosed\nlanguage: en\n' });
    expect(diagnostics[0]).toMatchObject({ severity: 'error', ruleId: 'yaml/syntax' });
    expect(diagnostics[0]!.file).toMatch(/anthology\.yaml$/);
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(1);
    expect(diagnostics[0]!.column).toBeGreaterThanOrEqual(1);
  });

  it('lists every missing required key at once, across files', async () => {
    const diagnostics = await loadErrors({
      'anthology.yaml': 'title: T\nlanguage: en\neditors: [E]\ncontents: [a.md, b.md]\n',
      'a.md': piece('note: nothing else', 'text\n'),
      'b.md': piece('title: B', 'text\n'),
    });
    const missing = diagnostics.filter((d) => d.ruleId === 'schema/missing-key').map((d) => `${path.basename(d.file)} ${d.message}`);
    expect(missing).toEqual(['a.md Missing required key “title”', 'a.md Missing required key “author”', 'b.md Missing required key “author”']);
  });

  it('warns about unknown keys with a suggestion, without failing', async () => {
    const dir = await makeSourceDir({
      'anthology.yaml': `${MINIMAL_CONFIG}titel: oops\n`,
      'one.md': piece('title: One\nauthr: Someone\nauthor: Someone', 'text\n'),
    });
    const { diagnostics } = await loadSource(dir);
    const messages = diagnostics.map((d) => `${path.basename(d.file)}:${d.line} ${d.message}`);
    expect(messages).toContain('anthology.yaml:6 Unknown key titel: did you mean title? (ignored)');
    expect(messages).toContain('one.md:3 Unknown key authr: did you mean author? (ignored)');
  });

  it('refuses front matter that never closes, naming the file and line', async () => {
    const diagnostics = await loadErrors({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': '---\ntitle: One\nauthor: A\nNo closing line\n' });
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'frontmatter/unclosed', line: 1, column: 1 })]);
  });

  it('names the contents entry of a missing file at its line in anthology.yaml', async () => {
    const diagnostics = await loadErrors({ 'anthology.yaml': MINIMAL_CONFIG });
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'load/missing-file', line: 5, column: 5 })]);
  });

  it('refuses contents entries outside the source folder', async () => {
    const diagnostics = await loadErrors({ 'anthology.yaml': MINIMAL_CONFIG.replace('one.md', '../../etc/passwd') });
    expect(diagnostics[0]).toMatchObject({ ruleId: 'load/outside-source' });
  });

  it('refuses an empty body and a binary file', async () => {
    const diagnostics = await loadErrors({
      'anthology.yaml': 'title: T\nlanguage: en\neditors: [E]\ncontents: [a.md, b.md]\n',
      'a.md': piece('title: A\nauthor: X', '\n \n'),
      'b.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
    });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['load/empty-body', 'load/binary']);
  });

  it('decodes Windows-1252 bytes instead of slipping U+FFFD into the book, with a warning', async () => {
    const bytes = new Uint8Array([...Buffer.from('---\ntitle: T\nauthor: A\n---\nthe workers'), 0x92, ...Buffer.from(' state\n')]);
    const dir = await makeSourceDir({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': bytes });
    const { manuscripts, diagnostics } = await loadSource(dir);
    expect(manuscripts[0]!.body).toBe('the workers’ state\n');
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'load/encoding', severity: 'warning' }));
  });

  it('decodes text saved as UTF-16 with a byte-order mark (little- or big-endian), with a warning, where it was refused as binary', async () => {
    const text = '---\ntitle: T\nauthor: A\n---\nŁódź, Ἀριστοτέλης and the workers’ state\n';
    const little = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const big = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    const dir = await makeSourceDir({ 'anthology.yaml': `${MINIMAL_CONFIG}  - two.md\n`, 'one.md': little, 'two.md': big });
    const { manuscripts, diagnostics } = await loadSource(dir);
    expect(manuscripts.map((m) => m.body)).toEqual(['Łódź, Ἀριστοτέλης and the workers’ state\n', 'Łódź, Ἀριστοτέλης and the workers’ state\n']);
    expect(diagnostics.filter((d) => d.ruleId === 'load/encoding').map((d) => d.severity)).toEqual(['warning', 'warning']);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('names the line and column of the NUL byte that makes a text file binary', async () => {
    const bytes = new Uint8Array([...Buffer.from('---\ntitle: T\nauthor: A\n---\nThe first paragraph has a nul'), 0x00, ...Buffer.from('byte.\n')]);
    const diagnostics = await loadErrors({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': bytes });
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'load/binary', line: 5, column: 30 }));
  });

  it('drops a byte-order mark and accepts CRLF front matter', async () => {
    const dir = await makeSourceDir({
      'anthology.yaml': `\uFEFF${MINIMAL_CONFIG.replace(/\n/g, '\r\n')}`,
      'one.md': `\uFEFF---\r\ntitle: One\r\nauthor: A\r\n---\r\nBody\r\n`,
    });
    const { manuscripts } = await loadSource(dir);
    expect(manuscripts[0]!.meta.title).toBe('One');
    expect(manuscripts[0]!.body).toBe('Body\r\n');
  });

  it('keeps no carriage return in the last key of CRLF front matter (a Windows file naming its language)', async () => {
    const dir = await makeSourceDir({
      'anthology.yaml': `${MINIMAL_CONFIG}  - two.md\n`,
      'one.md': `---\r\ntitle: One\r\nauthor: A\r\nlanguage: de\r\n---\r\nBody\r\n`,
      'two.md': `---\r\ntitle: Two\r\nauthor: Hanna Weber\r\n---\r\nBody\r\n`,
    });
    const { manuscripts } = await loadSource(dir);
    expect(manuscripts.map((m) => [m.meta.language, m.meta.author])).toEqual([
      ['de', 'A'],
      [undefined, 'Hanna Weber'],
    ]);
  });

  it('refuses a correction that does not occur in the text', async () => {
    const diagnostics = await loadErrors({
      'anthology.yaml': MINIMAL_CONFIG,
      'one.md': piece('title: One\nauthor: A\ncorrections:\n  - find: nowhere\n    replace: here\n    reason: test', 'some text\n'),
    });
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'corrections/not-found', line: 5 })]);
  });

  it('stops a YAML alias bomb instead of expanding it', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    const diagnostics = await loadErrors({ 'anthology.yaml': `${MINIMAL_CONFIG}${bomb.join('\n')}\n` });
    expect(diagnostics[0]).toMatchObject({ ruleId: 'yaml/aliases', severity: 'error' });
  });
});

const seeds = path.resolve(import.meta.dirname, '../../../shared/seeds');
describe.skipIf(!existsSync(seeds))('the book’s manuscripts', () => {
  it('keep every seed text byte for byte under their front matter', async () => {
    const dir = path.resolve(import.meta.dirname, '../../manuscripts');
    const { manuscripts } = await loadSource(dir);
    const pieces = manuscripts.filter((m) => m.meta.role === 'piece');
    expect(pieces).toHaveLength(readdirSync(seeds).length);
    const files = pieces.map((m) => readFileSync(path.resolve(m.path)));
    for (const seed of readdirSync(seeds)) {
      const bytes = readFileSync(path.join(seeds, seed));
      const holder = pieces.find((_, i) => files[i]!.subarray(files[i]!.length - bytes.length).equals(bytes));
      expect(holder, seed).toBeDefined();
      expect(Buffer.from(holder!.body, 'utf8').equals(bytes), seed).toBe(true);
    }
  });
});
