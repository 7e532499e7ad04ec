/**
 * The fast shaping path gives what fontkit's OpenType engine gives, to the glyph: the same
 * glyph ids, the same code points on each glyph (pdfkit's ToUnicode map takes them), the same
 * positions and advance, for every word of the seed manuscripts and the evaluation texts and
 * every prefix of each (the line breaker measures words up to each hyphenation point), in each
 * face of the theme's family and in a fallback font. Two fresh fontkit objects of the same
 * file are fed the same strings in the same order, one through fontkit alone and one through
 * the fast path, so glyphs are also created in the same order with the same code points.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { createFastShaper, useFastShaping, type FontkitFont, type Glyph } from '../../pipeline/render/pdf/fonts/fast-shaping.ts';
import { fontFamilyFor, loadPrintTheme } from '../../pipeline/render/pdf/theme.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

interface Run {
  glyphs: Glyph[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
  advanceWidth: number;
}

/** Every whitespace-separated word of the seeds and evaluation texts, and every prefix of each, in order of first sight. */
function vocabulary(): string[] {
  const dirs = ['manuscripts', 'eval/texts'].map((dir) => path.join(ROOT, dir));
  const strings = new Set<string>();
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.md')) continue;
      for (const word of readFileSync(path.join(dir, name), 'utf8').split(/[\s\u00a0]+/)) {
        for (let end = 1; end <= word.length; end += 1) strings.add(word.slice(0, end));
      }
    }
  }
  return [...strings];
}

function open(file: string): FontkitFont {
  return fontkit.create(readFileSync(file), undefined) as unknown as FontkitFont;
}

function summary(run: Run): string {
  return JSON.stringify({
    glyphs: run.glyphs.map((glyph) => [glyph.id, glyph.codePoints, glyph.advanceWidth]),
    positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
    advance: run.advanceWidth,
  });
}

const theme = loadPrintTheme();
const family = fontFamilyFor('EB Garamond', theme);
const faces: [string, string][] = [
  ...Object.entries(family).map(([face, spec]): [string, string] => [face, require.resolve(spec)]),
  ['Noto Serif (a fallback)', require.resolve('@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf')],
];

describe('fast shaping', () => {
  const strings = vocabulary();

  it.each(faces)('equals fontkit on the whole vocabulary in %s', (_face, file) => {
    expect(strings.length).toBeGreaterThan(10_000);
    const reference = open(file);
    const fast = open(file);
    const shaper = createFastShaper(fast)!;
    expect(shaper).toBeDefined();
    let taken = 0;
    const differences: string[] = [];
    for (const text of strings) {
      const expected = reference.layout(text) as Run;
      const shaped = shaper(text);
      if (shaped) taken += 1;
      const actual = (shaped ?? fast.layout(text)) as Run;
      if (summary(actual) !== summary(expected)) differences.push(text);
    }
    expect(differences).toEqual([]);
    // The fast path is not idle: it takes almost every string of Latin text.
    expect(taken / strings.length).toBeGreaterThan(0.5);
  }, 120_000);

  it.each([['smcp'], ['c2sc', 'smcp'], ['sups']])('equals fontkit with the features %s asked for, in the regular face', (...features) => {
    const file = faces[0]![1];
    const reference = open(file);
    const fast = open(file);
    const shaper = createFastShaper(fast)!;
    let taken = 0;
    const differences: string[] = [];
    for (const text of strings.filter((_, i) => i % 3 === 0)) {
      const expected = reference.layout(text, features) as Run;
      const shaped = shaper(text, features);
      if (shaped) taken += 1;
      const actual = (shaped ?? fast.layout(text, features)) as Run;
      if (summary(actual) !== summary(expected)) differences.push(text);
    }
    expect(differences).toEqual([]);
    expect(taken).toBeGreaterThan(1000);
  }, 120_000);

  it('leaves to fontkit what it does not implement, and fontkit then shapes it as before', () => {
    const file = faces[0]![1];
    const shaper = createFastShaper(open(file))!;
    // A soft hyphen (hidden by fontkit), a combining accent (a mark), the fraction slash, Greek, and an empty string.
    for (const text of ['hy\u00adphen', 'cafe\u0301', '1\u20442', 'λόγος', '']) expect(shaper(text), text).toBeUndefined();
    // Figures are the fast path's, and so is EB Garamond's ligature of `^1` (a superior one); the
    // figure after a superior figure is where its contextual lookup makes another one, which is fontkit's.
    expect(shaper('1917')).toBeDefined();
    expect(shaper('^1')).toBeDefined();
    expect(shaper('^12')).toBeUndefined();
    const reference = open(file);
    const patched = open(file);
    useFastShaping(patched);
    for (const text of ['hy\u00adphen', 'cafe\u0301', 'first office', 'Stalinism?', '^1', '^12', '*unknown', '1917']) {
      expect(summary(patched.layout(text) as Run)).toBe(summary(reference.layout(text) as Run));
    }
    // With OpenType features asked for (small capitals).
    expect(summary(patched.layout('Office', ['smcp']) as Run)).toBe(summary(reference.layout('Office', ['smcp']) as Run));
    expect(summary(patched.layout('Office', ['smcp']) as Run)).not.toBe(summary(reference.layout('Office') as Run));
  });
});
