/**
 * The prebuilt word tables (pipeline/clean/_word-table.ts) answer as nspell does: for every
 * form nspell holds, in its own case, in capitals, capitalised and in lower case, for every
 * word of the seed manuscripts and the evaluation texts, and for words one edit away from a
 * third of those, which are mostly not words. And `npm run compile` (the tests' global setup) has
 * written a table for every installed dictionary, which is what the cleaner loads.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_PACKAGES, TableSpeller, buildWordTable, loadDictionarySpeller, nspellFrom, readDictionary, readWordTable } from '../../pipeline/clean/_word-table.ts';
import { ROOT } from '../build/_book.ts';

/** Every word of the Markdown files in a folder. */
function wordsIn(dir: string): string[] {
  const words = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
    for (const [word] of readFileSync(path.join(dir, file), 'utf8').matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)) words.add(word);
  }
  return [...words];
}

/** Words one edit away: a letter dropped, doubled, swapped with the next, or replaced. */
function oneEditAway(word: string): string[] {
  const near: string[] = [];
  for (let i = 0; i < word.length; i++) {
    near.push(word.slice(0, i) + word.slice(i + 1), word.slice(0, i + 1) + word.slice(i), word.slice(0, i) + 'q' + word.slice(i + 1));
    if (i + 1 < word.length) near.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return near;
}

function variants(word: string): string[] {
  return [word, word.toUpperCase(), word.toLowerCase(), word.charAt(0).toUpperCase() + word.slice(1), ` ${word} `];
}

const texts = [...wordsIn(path.join(ROOT, 'manuscripts')), ...wordsIn(path.join(ROOT, 'eval/texts'))];

describe.each(['dictionary-en', 'dictionary-en-gb'] as const)('the word table of %s', (name) => {
  const dictionary = readDictionary(name);
  const nspell = nspellFrom(dictionary);
  const table = readWordTable(buildWordTable(name, dictionary));

  it('holds every form nspell holds and answers as nspell for each, in every case', () => {
    const forms = Object.keys(nspell.data);
    expect(table.size).toBe(forms.length);
    const differences = forms.flatMap(variants).filter((word) => table.correct(word) !== nspell.correct(word));
    expect(differences).toEqual([]);
  });

  it('answers as nspell for the words of the seed and evaluation texts and for words one edit from a third of them', () => {
    const words = [...texts, ...texts.filter((_, i) => i % 3 === 0).flatMap(oneEditAway), '1st', '22nd', '103rd', '4th', '12th', 'Ph.D', ''];
    const differences = words.flatMap(variants).filter((word) => table.correct(word) !== nspell.correct(word));
    expect(differences).toEqual([]);
    // The test has teeth: both kinds of answer occur.
    expect(words.some((word) => table.correct(word))).toBe(true);
    expect(words.some((word) => !table.correct(word))).toBe(true);
  });
});

describe('the installed word tables', () => {
  it('are what the cleaner loads, for every dictionary package', () => {
    for (const name of DICTIONARY_PACKAGES) expect(loadDictionarySpeller(name), name).toBeInstanceOf(TableSpeller);
  });

  it('refuse a file that is not a table', () => {
    expect(() => readWordTable(Buffer.from('not a table at all'))).toThrow(/not a word table/);
  });
});
