/**
 * What fontkit imports from `unicode-properties`, loaded only when a question needs its
 * tables (the bundle gives fontkit this module in the package's place; see scripts/bundle.mjs).
 * The package inflates its Unicode data as it loads (about 30 ms of CPU at the start of every
 * build), yet what a plain Latin book asks it is only whether each glyph's characters are
 * combining marks, as fontkit makes every glyph object: none of Basic Latin, the Latin
 * supplements and extensions, the IPA letters and spacing modifiers (below U+0300), Latin
 * Extended Additional, General Punctuation and the currency signs is one. Those are answered
 * here, and the scripts of ASCII and General Punctuation (fontkit shapes the spaces the fast
 * path leaves to it); anything else asks the package. tests/render/lazy-unicode.test.ts compares every
 * answer with the package's over the whole code space.
 */
import { createRequire } from 'node:module';

interface UnicodeProperties {
  getCategory(codePoint: number): string;
  getCombiningClass(codePoint: number): string;
  getScript(codePoint: number): string;
  isDigit(codePoint: number): boolean;
  isMark(codePoint: number): boolean;
}

let loaded: UnicodeProperties | undefined;
function real(): UnicodeProperties {
  loaded ??= createRequire(import.meta.url)('unicode-properties') as UnicodeProperties;
  return loaded;
}

/** True for the blocks answered here: they hold no combining mark. */
function withoutMarks(codePoint: number): boolean {
  return codePoint < 0x300 || (codePoint >= 0x1e00 && codePoint <= 0x1eff) || (codePoint >= 0x2000 && codePoint <= 0x20cf);
}

export function isMark(codePoint: number): boolean {
  return withoutMarks(codePoint) ? false : real().isMark(codePoint);
}

export function getCategory(codePoint: number): string {
  return real().getCategory(codePoint);
}

export function getCombiningClass(codePoint: number): string {
  return real().getCombiningClass(codePoint);
}

/**
 * The scripts of ASCII (its letters Latin, the rest Common) and of General Punctuation (Common
 * but for the zero-width joiner and non-joiner, Inherited): fontkit asks for the spaces the
 * fast path leaves to it (a lone space, an en space).
 */
export function getScript(codePoint: number): string {
  if (codePoint < 0x80) return (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x61 && codePoint <= 0x7a) ? 'Latin' : 'Common';
  if (codePoint >= 0x2000 && codePoint <= 0x206f) return codePoint === 0x200c || codePoint === 0x200d ? 'Inherited' : 'Common';
  return real().getScript(codePoint);
}

export function isDigit(codePoint: number): boolean {
  return real().isDigit(codePoint);
}
