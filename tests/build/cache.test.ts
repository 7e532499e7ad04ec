import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAnthology } from '../../pipeline/build.ts';
import { makeSourceDir, piece } from '../helpers.ts';
import { freshDir } from './_book.ts';

const CONFIG = 'title: Cache Test\nlanguage: en\neditors: [E]\ncontents: [a.md, b.md]\n';
const modified = new Date(Date.UTC(2026, 0, 1));

function entries(dir: string): string[] {
  return readdirSync(path.join(dir, 'clean'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, 'clean', f));
}

describe('the cleaned-text cache', () => {
  it('cleans only the manuscript that changed, and gives the same book as a build without it', async () => {
    const source = await makeSourceDir({
      'anthology.yaml': CONFIG,
      'a.md': piece('title: A\nauthor: X', 'First text, with some words in it.\n'),
      'b.md': piece('title: B\nauthor: Y', 'Second text, with other words.\n'),
    });
    const cacheDir = freshDir('cache');
    const build = (outDir: string, cache = true) => buildAnthology({ sourceDir: source, outDir, modified, ...(cache ? { cacheDir } : {}) });

    expect((await build(freshDir('o1'))).cleaning).toEqual({ cleaned: 2, cached: 0 });
    expect((await build(freshDir('o2'))).cleaning).toEqual({ cleaned: 0, cached: 2 });
    writeFileSync(path.join(source, 'b.md'), piece('title: B\nauthor: Y', 'Second text, changed.\n'));
    const cachedOut = freshDir('o3');
    expect((await build(cachedOut)).cleaning).toEqual({ cleaned: 1, cached: 1 });

    const freshOut = freshDir('o4');
    expect((await build(freshOut, false)).cleaning).toEqual({ cleaned: 2, cached: 0 });
    for (const name of readdirSync(freshOut)) {
      expect(readFileSync(path.join(cachedOut, name)).equals(readFileSync(path.join(freshOut, name))), name).toBe(true);
    }
  });

  it('ignores a corrupt or foreign entry and rewrites it', async () => {
    const source = await makeSourceDir({ 'anthology.yaml': CONFIG.replace(', b.md', ''), 'a.md': piece('title: A\nauthor: X', 'Some text.\n') });
    const cacheDir = freshDir('cache');
    const outDir = freshDir('out');
    await buildAnthology({ sourceDir: source, outDir, modified, cacheDir });
    const [entry] = entries(cacheDir);
    for (const damage of ['{not json', JSON.stringify({ format: 1, key: 'other', value: {} }), '']) {
      writeFileSync(entry!, damage);
      const result = await buildAnthology({ sourceDir: source, outDir, modified, cacheDir });
      expect(result.cleaning).toEqual({ cleaned: 1, cached: 0 });
      expect(JSON.parse(readFileSync(entry!, 'utf8')).value.markdown).toContain('Some text.');
    }
  });
});
