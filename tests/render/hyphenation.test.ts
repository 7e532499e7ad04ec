/**
 * The hyphenator finds the break points `hyphen`'s own `hyphenateSync` finds, for every run of
 * letters of the seed manuscripts and the evaluation texts and every word of the English
 * dictionary, capitalised too, in English (US patterns, the book's `en`), British English and
 * German: it looks words up in the package's patterns directly instead of reading a text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hyphenatorFor } from '../../pipeline/render/pdf/hyphenation.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

function words(): string[] {
  const found = new Set<string>();
  for (const dir of ['manuscripts', 'eval/texts']) {
    for (const name of readdirSync(path.join(ROOT, dir)).sort()) {
      if (name.endsWith('.md')) for (const match of readFileSync(path.join(ROOT, dir, name), 'utf8').matchAll(/\p{L}+/gu)) found.add(match[0]);
    }
  }
  const dictionary = readFileSync(path.join(ROOT, 'node_modules/dictionary-en/index.dic'), 'utf8').split('\n').slice(1);
  for (const line of dictionary) {
    const word = line.split('/')[0]!.trim();
    if (/^\p{L}+$/u.test(word)) {
      found.add(word);
      found.add(word[0]!.toUpperCase() + word.slice(1));
    }
  }
  return [...found];
}

/** `hyphen`'s answer: where `hyphenateSync` puts soft hyphens in the word. */
function reference(module: string): (word: string) => number[] {
  const hyphen = require(module) as { hyphenateSync(text: string, options: object): string };
  return (word) => {
    const positions: number[] = [];
    let letters = 0;
    for (const char of hyphen.hyphenateSync(word, { hyphenChar: '\u00ad', minWordLength: 4 })) {
      if (char === '\u00ad') positions.push(letters);
      else letters += char.length;
    }
    return positions;
  };
}

describe('hyphenation', () => {
  const all = words();

  it.each([
    ['en', 'hyphen/en'],
    ['en-GB', 'hyphen/en-gb'],
    ['de', 'hyphen/de'],
  ])('breaks words where hyphen does, in %s', (language, module) => {
    expect(all.length).toBeGreaterThan(50_000);
    const hyphenate = hyphenatorFor(language);
    const expected = reference(module);
    const differences = all.filter((word) => hyphenate(word).join() !== expected(word).join());
    expect(differences).toEqual([]);
    // Not idle: most long words get break points.
    expect(hyphenate('internationalisation').length).toBeGreaterThan(3);
  }, 120_000);

  it('gives no break points for a language without patterns', () => {
    expect(hyphenatorFor('tlh')('Qapla')).toEqual([]);
  });
});
