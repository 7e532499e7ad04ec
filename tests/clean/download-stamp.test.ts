import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCleaner, KEPT_MAY_BE_FURNITURE } from '../../pipeline/clean/index.ts';

const cleaner = createCleaner();
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/clean/pdf/download-stamp/${name}/input.txt`, import.meta.url), 'utf8');

describe('pdf/download-stamp on prose', () => {
  it('neither removes nor lists a line of prose whose sentence goes on, though it holds an access verb ("served by")', () => {
    const result = cleaner.cleanText(fixture('prose-line-with-an-access-verb-kept'), { file: 'in.txt', format: 'pdf-text' });
    expect(result.markdown).toContain('the exploitation of workers by the owners served by the county');
    const kept = result.diagnostics.filter((d) => d.ruleId === KEPT_MAY_BE_FURNITURE);
    expect(kept.filter((d) => /download stamp/.test(d.message))).toEqual([]);
  });
});
