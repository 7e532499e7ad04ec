/**
 * The prebuilt SUBTLEX table (pipeline/clean/_frequency-table.ts) holds the same frequencies as
 * the package's JSON folded to lower case: every form, its count, in the same order, whether the
 * file's bytes sit on a multiple of 4 or not. And `npm run compile` (the tests' global setup) has
 * written it, so the cleaner loads it instead of the JSON.
 */
import { describe, expect, it } from 'vitest';
import { buildFrequencyTable, foldFrequencies, loadFrequencyTable, readFrequencyTable } from '../../pipeline/clean/_frequency-table.ts';
import { perMillion } from '../../pipeline/clean/_frequency.ts';

const folded = foldFrequencies();

describe('the SUBTLEX frequency table', () => {
  it('reads back every form and count of the folded list, in order', () => {
    const table = buildFrequencyTable(folded);
    const read = readFrequencyTable(table);
    expect(read.size).toBe(folded.size);
    expect([...read]).toEqual([...folded]);
    // Forms folded from several capitalisations keep their summed count.
    expect(read.get('i')).toBe(folded.get('i'));
    expect(read.get('i')).toBeGreaterThan(2_000_000);
  });

  it('reads a table whose bytes do not start on a multiple of 4', () => {
    const table = buildFrequencyTable(folded);
    const shifted = Buffer.alloc(table.length + 1);
    table.copy(shifted, 1);
    const read = readFrequencyTable(shifted.subarray(1));
    expect([...read]).toEqual([...folded]);
  });

  it('refuses a file that is not a table, or is cut short', () => {
    expect(() => readFrequencyTable(Buffer.from('[{"word":"you","count":1}]'))).toThrow(/not a frequency table/);
    const table = buildFrequencyTable(new Map([['one', 1], ['two', 2], ['three', 3]]));
    expect(() => readFrequencyTable(table.subarray(0, table.length - 6))).toThrow(/2 forms for 3 counts/);
  });

  it('is written by npm run compile and is what the cleaner reads', () => {
    const loaded = loadFrequencyTable();
    expect(loaded).toBeDefined();
    expect([...loaded!]).toEqual([...folded]);
    expect(perMillion('the')).toBe(folded.get('the')! / 51);
    expect(perMillion('qzxv')).toBe(0);
  });
});
