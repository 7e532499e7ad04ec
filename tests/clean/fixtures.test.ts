import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCleaner, RULE_FAILED, type CleanTextOptions } from '../../pipeline/clean/index.ts';

/**
 * Golden tests: tests/fixtures/clean/<rule>/<case>/{input.txt, options.json, expected.md}.
 * Run with UPDATE=1 to regenerate expected.md, then review the diff.
 */
const root = fileURLToPath(new URL('../fixtures/clean/', import.meta.url));
const update = Boolean(process.env.UPDATE);

function caseFolders(dir: string): string[] {
  if (existsSync(path.join(dir, 'input.txt'))) return [dir];
  return readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter((p) => statSync(p).isDirectory())
    .flatMap(caseFolders);
}

const cleaner = createCleaner();

describe('clean fixtures', () => {
  for (const folder of caseFolders(root)) {
    const name = path.relative(root, folder);
    it(name, () => {
      const input = readFileSync(path.join(folder, 'input.txt'), 'utf8');
      const optionsFile = path.join(folder, 'options.json');
      const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Partial<CleanTextOptions>) : {};
      const result = cleaner.cleanText(input, { file: 'input.txt', ...options });
      const expectedFile = path.join(folder, 'expected.md');
      if (update || !existsSync(expectedFile)) writeFileSync(expectedFile, result.markdown);
      expect(result.markdown).toBe(readFileSync(expectedFile, 'utf8'));
      // No rule may fail on a fixture (the cleaner would skip it and say so in the report).
      expect(result.diagnostics.filter((d) => d.ruleId === RULE_FAILED)).toEqual([]);
      const rule = path.dirname(name);
      const isOk = path.basename(name) === 'ok';
      const ruleEdits = result.edits.filter((e) => e.ruleId === rule || e.ruleId.startsWith(`${rule}`));
      // An ok case needs nothing from its rule; every other case exercises it (or shows where it holds back).
      if (isOk) expect(ruleEdits).toEqual([]);
    });
  }
});
