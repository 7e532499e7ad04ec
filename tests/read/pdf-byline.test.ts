/** The byline rule: a line of names under a title is not a heading; a short subheading is. */
import { describe, expect, it } from 'vitest';
import { isByline, readsAsNames } from '../../pipeline/read/pdf/_byline.ts';
import type { Line } from '../../pipeline/read/pdf/_lines.ts';

const line = (text: string, x: number, right: number, y: number, size: number): Line => ({
  page: 1, index: 1, column: 0, parts: [], text, x, right, y, size, bold: false, italic: false,
});
const column = { left: 60, right: 340 };
const title = line('An alternative is needed to Leninism', 64, 336, 137, 20);

describe('bylines under a title', () => {
  it('reads names, bodies and “by” lines as names, and sentences or questions not', () => {
    expect(readsAsNames('Margaret Hale')).toBe(true);
    expect(readsAsNames('Movement for a Socialist Future')).toBe(true);
    expect(readsAsNames('by J. R. Smith and Ana de la Cruz')).toBe(true);
    expect(readsAsNames('AWL')).toBe(true);
    expect(readsAsNames('Why?')).toBe(false);
    expect(readsAsNames('The strike began in June.')).toBe(false);
    expect(readsAsNames('what the committee wrote in its minutes')).toBe(false);
  });

  it('takes a centred line of names under a larger title as a byline', () => {
    expect(isByline(line('Margaret Hale', 170, 230, 164, 12), title, column)).toBe(true);
  });

  it('takes a name in small capitals at the left as a byline', () => {
    expect(isByline(line('MARGARET HALE', 60, 140, 164, 11), title, column)).toBe(true);
  });

  it('leaves a subheading at the left margin, one far below, or one as large as the title a heading', () => {
    expect(isByline(line('The Bolsheviks', 60, 150, 164, 12), title, column)).toBe(false);
    expect(isByline(line('Margaret Hale', 170, 230, 250, 12), title, column)).toBe(false);
    expect(isByline(line('Margaret Hale', 170, 230, 164, 20), title, column)).toBe(false);
  });
});
