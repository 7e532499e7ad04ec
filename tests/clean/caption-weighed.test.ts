import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCleaner, KEPT_MAY_BE_FURNITURE } from '../../pipeline/clean/index.ts';

const cleaner = createCleaner();
const fixture = (rule: string, name: string): string => readFileSync(new URL(`../fixtures/clean/${rule}/${name}/input.txt`, import.meta.url), 'utf8');

describe('captions weighed on their evidence', () => {
  it('keeps a dated line where the text heads its sections so, and lists it with its place and reasons', () => {
    const result = cleaner.cleanText(fixture('web/caption-weighed', 'dated-heading-among-plain-headings-kept'), { file: 'in.txt', format: 'web', title: 'Letters from the Chapel' });
    expect(result.markdown).toContain('## The strike in 1891');
    const kept = result.diagnostics.filter((d) => d.ruleId === KEPT_MAY_BE_FURNITURE);
    expect(kept).toEqual([expect.objectContaining({ line: 5, column: 1, message: expect.stringMatching(/Kept “The strike in 1891”: may be furniture \(ends on a year/) })]);
  });

  it('removes a dated line outside a numbered text’s heading style and says why', () => {
    const result = cleaner.cleanText(fixture('web/caption-weighed', 'dated-caption-in-a-numbered-text'), { file: 'in.txt', format: 'web', title: 'Letters from the Chapel' });
    expect(result.markdown).not.toContain('wages office');
    const edit = result.edits.find((e) => e.ruleId === 'web/caption-weighed');
    expect(edit).toMatchObject({ line: 7, old: expect.stringContaining('The wages office in 1951') });
    expect(edit?.reason).toMatch(/outside the style of the text's headings/);
  });

  it('closes up the sentence a PDF caption interrupted, keeping every word of it', () => {
    const result = cleaner.cleanText(fixture('pdf/caption-weighed', 'dated-caption-set-in-inside-a-sentence'), { file: 'in.txt', format: 'pdf-text' });
    expect(result.markdown).toContain('We mean to open a reading room, to start classes');
    expect(result.markdown).not.toMatch(/shearing|yard from the north/);
    expect(result.edits.find((e) => e.ruleId === 'pdf/caption-weighed')?.reason).toMatch(/set into a sentence left open above/);
  });

  it('takes a caption with picture words from between blank lines inside a sentence', () => {
    const result = cleaner.cleanText(fixture('pdf/caption-weighed', 'picture-caption-between-blank-lines-inside-a-sentence'), { file: 'in.txt', format: 'pdf-text' });
    expect(result.markdown).toContain('the hall began to empty. By 1980');
    expect(result.markdown).not.toContain('photographed');
  });

  it('takes a dated caption from between a plain heading and its paragraph, and leaves the heading', () => {
    const result = cleaner.cleanText(fixture('pdf/caption-above-opening', 'dated-over-a-lost-drop-cap'), { file: 'in.txt', format: 'pdf-text' });
    expect(result.markdown).toContain('## A song of the cut\n\nThe boat people sang');
    expect(result.markdown).not.toContain('1977');
  });
});
