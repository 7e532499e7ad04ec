/**
 * The widths kept in the cache folder (`widths.json`): a second build takes them instead of
 * measuring again and writes the same bytes as a build without any cache; a damaged or foreign
 * file is ignored and rewritten.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAnthology } from '../../pipeline/build.ts';
import { makeSourceDir, piece } from '../helpers.ts';
import { freshDir } from './_book.ts';

const modified = new Date(Date.UTC(2026, 0, 1));

function widthsIn(cacheDir: string): { key: string; tables: Record<string, [string, number][]> } {
  return JSON.parse(readFileSync(path.join(cacheDir, 'widths.json'), 'utf8'));
}

function sameFiles(a: string, b: string): void {
  const names = readdirSync(a).sort();
  expect(names).toEqual(readdirSync(b).sort());
  for (const name of names) expect(readFileSync(path.join(a, name)).equals(readFileSync(path.join(b, name))), name).toBe(true);
}

describe('the width cache', () => {
  it('keeps the widths a build measured, and the next build with them writes the same books', async () => {
    const source = await makeSourceDir({
      'anthology.yaml': 'title: Widths\nlanguage: en\neditors: [E]\ncontents: [a.md]\n',
      'a.md': piece('title: A\nauthor: X', 'Typography is measured word by word; the Hebrew שלום needs another font.\n'),
    });
    const cacheDir = freshDir('widths-cache');
    await buildAnthology({ sourceDir: source, outDir: freshDir('w1'), modified, cacheDir });
    const stored = widthsIn(cacheDir);
    // Widths are kept by font: the Hebrew word's are not in the table of the Latin words' font.
    const tableOf = (pattern: RegExp) => Object.keys(stored.tables).filter((key) => stored.tables[key]!.some(([text]) => pattern.test(text)));
    expect(tableOf(/^Typography$/)).not.toEqual([]);
    for (const key of tableOf(/שלום/)) expect(tableOf(/^Typography$/)).not.toContain(key);

    const warm = freshDir('w2');
    await buildAnthology({ sourceDir: source, outDir: warm, modified, cacheDir });
    const cold = freshDir('w3');
    await buildAnthology({ sourceDir: source, outDir: cold, modified });
    sameFiles(warm, cold);

    // A width the file claims is what the build uses: proof that the second build read it.
    const tables = Object.fromEntries(
      Object.entries(stored.tables).map(([key, pairs]) => [key, pairs.map(([text, width]): [string, number] => [text, text === 'Typography' ? width * 3 : width])]),
    );
    writeFileSync(path.join(cacheDir, 'widths.json'), JSON.stringify({ ...stored, format: 1, tables }));
    const tampered = freshDir('w4');
    await buildAnthology({ sourceDir: source, outDir: tampered, modified, cacheDir });
    const pdf = readdirSync(cold).find((name) => name.endsWith('.pdf'))!;
    expect(readFileSync(path.join(tampered, pdf)).equals(readFileSync(path.join(cold, pdf)))).toBe(false);

    for (const damage of ['{not json', JSON.stringify({ format: 1, key: 'another version', tables }), '']) {
      writeFileSync(path.join(cacheDir, 'widths.json'), damage);
      const out = freshDir('w5');
      await buildAnthology({ sourceDir: source, outDir: out, modified, cacheDir });
      sameFiles(out, cold);
      expect(widthsIn(cacheDir).key).toBe(stored.key);
    }
  }, 120_000);
});
