/**
 * The word breaker's shortcuts for plain words give what its general rules give: a word with
 * no slash, colon or full stop is never taken for a URL, and only hyphens and dashes are
 * looked at for explicit breaks. Checked on every token of the seed manuscripts and the
 * evaluation texts, and on words made to sit on the edges.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hyphenatorFor } from '../../pipeline/render/pdf/hyphenation.ts';
import { findWordBreaks, looksLikeUrl, type Hyphenator, type WordBreak } from '../../pipeline/render/pdf/layout/word-breaks.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function tokens(): string[] {
  const found = new Set<string>();
  for (const dir of ['manuscripts', 'eval/texts']) {
    for (const name of readdirSync(path.join(ROOT, dir)).sort()) {
      if (name.endsWith('.md')) for (const token of readFileSync(path.join(ROOT, dir, name), 'utf8').split(/\s+/)) if (token) found.add(token);
    }
  }
  return [...found];
}

const EDGES = [
  'WWW.example.org', 'Www.x', '(https://example.org)', '“http://a.b', 'HTTPS://A', 'mailto:someone@example.org', 'MAILTO:x',
  'and/or', 'a/b/c', '1/2/3', 'www', 'www.', 'x.www.y', 'ſtreet', 'e.g.', 'U.S.S.R.', 'ten:thirty', 'http', '//', '/a/',
  'well-known', 'Marx-', '-ism', '1917-1921', 'Stalin–Trotsky', 'self—', '—and', 'x--y', 'ǅ-x', 'a-ñ', 'é-1',
];

/** The breaker's test before its shortcut: both patterns on every word. */
function urlReference(word: string): boolean {
  return /^(\p{P})*(https?:\/\/|www\.|mailto:)/iu.test(word) || /\S\/\S+\/\S/.test(word);
}

/** Explicit breaks as the breaker found them before its shortcut: every character tested. */
function explicitReference(word: string, penalty: number): WordBreak[] {
  const result: WordBreak[] = [];
  for (let i = 1; i < word.length - 1; i += 1) {
    const char = word[i]!;
    const joinsLetters = /\p{L}/u.test(word[i - 1]!) && /[\p{L}\p{N}]/u.test(word[i + 1]!);
    if (char === '-' && joinsLetters) result.push({ offset: i + 1, kind: 'plain', cost: penalty, flagged: true, addsHyphen: false });
    else if (char === '\u2013' || char === '\u2014') result.push({ offset: i + 1, kind: 'plain', cost: 0, flagged: false, addsHyphen: false });
  }
  return result;
}

/** Hyphenation breaks as the breaker found them before its shortcuts: every run of letters by the pattern, acronyms by upper-casing. */
function hyphenReference(word: string, hyphenate: Hyphenator): WordBreak[] {
  const result: WordBreak[] = [];
  for (const match of word.matchAll(/\p{L}+/gu)) {
    const letters = match[0];
    if (letters.length < 5 || letters === letters.toUpperCase()) continue;
    for (const position of hyphenate(letters)) {
      if (position < 2 || letters.length - position < 3) continue;
      result.push({ offset: match.index + position, kind: 'hyphen', cost: 50, flagged: true, addsHyphen: true });
    }
  }
  return result;
}

/** The break options of a line 300 wide in which every piece of a word is 10 wide. */
function breakOptions(hyphenate: (word: string) => readonly number[]) {
  return { hyphenate, minLeft: 2, minRight: 3, hyphenPenalty: 50, explicitHyphenPenalty: 70, widthOf: () => 10, lineWidth: 300, hyphenWidth: 3 };
}

describe('word breaks of plain words', () => {
  const all = [...tokens(), ...EDGES];

  it('take a word for a URL exactly when the patterns do', () => {
    const differ = all.filter((word) => looksLikeUrl(word) !== urlReference(word));
    expect(differ).toEqual([]);
    expect(all.filter(looksLikeUrl).length).toBeGreaterThan(5);
  });

  it('break after hyphens and dashes as the general rule does', () => {
    const options = breakOptions(() => []);
    const differ = all
      .filter((word) => !urlReference(word))
      .filter((word) => JSON.stringify(findWordBreaks(word, options)) !== JSON.stringify(explicitReference(word, 70)));
    expect(differ).toEqual([]);
    expect(findWordBreaks('well-known', options)).toEqual([{ offset: 5, kind: 'plain', cost: 70, flagged: true, addsHyphen: false }]);
  });

  it('hyphenate as the general rule does, ASCII words, acronyms and accented words alike', () => {
    const hyphenate = hyphenatorFor('en');
    const options = breakOptions(hyphenate);
    const words = [...all, 'NATO', 'UNESCO', 'Ünderstanding', 'naïveté', 'ÉCOLE', 'McCarthyism', 'ABCdefghijk'];
    const differ = words
      .filter((word) => !urlReference(word) && !/[-\u2013\u2014]/.test(word))
      .filter((word) => JSON.stringify(findWordBreaks(word, options)) !== JSON.stringify(hyphenReference(word, hyphenate)));
    expect(differ).toEqual([]);
    expect(findWordBreaks('hyphenation', options).map((b) => b.offset)).toEqual([2, 6]);
  });
});
