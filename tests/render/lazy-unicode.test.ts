/**
 * The stand-in the bundle gives fontkit for `unicode-properties` answers every question as the
 * package does, over the whole code space: those it answers itself (marks in Latin and
 * punctuation blocks, the scripts of ASCII and General Punctuation) and those it passes on.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { getCategory, getCombiningClass, getScript, isDigit, isMark } from '../../pipeline/render/pdf/fonts/lazy-unicode.ts';

const standIn = { isMark, getScript, getCategory, getCombiningClass, isDigit };

const require = createRequire(import.meta.url);
const unicode = require('unicode-properties') as typeof standIn;

describe('the unicode-properties stand-in', () => {
  for (const name of ['isMark', 'getScript', 'getCategory', 'getCombiningClass', 'isDigit'] as const) {
    it(`answers ${name} as the package does for every code point`, () => {
      const differ: number[] = [];
      for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += 1) {
        if (standIn[name](codePoint) !== unicode[name](codePoint)) differ.push(codePoint);
      }
      expect(differ).toEqual([]);
    });
  }

  it('tells marks and scripts apart where it answers itself', () => {
    expect(standIn.isMark(0x301)).toBe(true);
    expect(standIn.isMark(0x65)).toBe(false);
    expect(standIn.getScript(0x41)).toBe('Latin');
    expect(standIn.getScript(0x2002)).toBe('Common');
    expect(standIn.getScript(0x200d)).toBe('Inherited');
  });
});
