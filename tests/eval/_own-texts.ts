import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { truthsOf, type Split, type Truth } from '../../eval/cases.ts';
import { degradeAll } from './_degrade-all.ts';

const wordsOf = (body: string): number => body.split(/\s+/).filter(Boolean).length;

/**
 * What a split with texts of its own (validations 9 and 10) must be, in counts only, so that a
 * failure never prints a blind split's text: twelve texts sharing no name or title with
 * eval/texts, each of 300-600 words with a title and an author, at least six of one language
 * variety or with foreign phrases.
 */
export function ownTextsFacts(own: readonly Truth[], devTexts: readonly Truth[]) {
  const names = new Set(devTexts.map((t) => t.name));
  const titles = new Set(devTexts.map((t) => t.title));
  return {
    texts: own.length,
    sharedNames: own.filter((t) => names.has(t.name)).length,
    sharedTitles: own.filter((t) => titles.has(t.title)).length,
    outOfRange: own.filter((t) => wordsOf(t.body) < 300 || wordsOf(t.body) > 600).length,
    untitled: own.filter((t) => !t.title || !t.author).length,
    variety: own.filter((t) => t.variety).length >= 6,
  };
}

export const OWN_TEXTS_FACTS = { texts: 12, sharedNames: 0, sharedTitles: 0, outOfRange: 0, untitled: 0, variety: true };

/**
 * A split of texts of its own under the development half's furniture (validations 10 and 12) draws
 * exactly what a development case draws from the same seed, on web pages and PDF extractions.
 */
export function expectDrawsAsDevelopment(own: readonly Truth[], split: Split, seeds: readonly number[]): void {
  for (const truth of own.slice(0, 4)) {
    for (const kind of ['web', 'pdf'] as const) {
      for (const seed of seeds) {
        const mine = degradeAll(truth, kind, seed, split);
        expect(mine).toEqual(degradeAll(truth, kind, seed, 'dev'));
        expect(mine.junk.length).toBeGreaterThan(0);
      }
    }
  }
}

/** The line model's refit never reads a split's name, its texts' folder, or the splits' texts at all. */
export function expectUnreadByRefit(split: Split, folder: string): void {
  const refit = readFileSync(new URL('../../scripts/refit-line-model.ts', import.meta.url), 'utf8');
  expect(new RegExp(`${split}|${folder}|truthsOf`).test(refit)).toBe(false);
}

/** A front-matter field of a text in an eval folder ("kind", "language"). */
export function fieldOf(folder: string, name: string, key: string): string | undefined {
  return new RegExp(`^${key}: *(.*)$`, 'm').exec(readFileSync(new URL(`../../eval/${folder}/${name}.md`, import.meta.url), 'utf8').split('\n---\n')[0]!)?.[1];
}

/**
 * How a split's own texts stand to the other folders', in counts only: how many kinds, how many
 * kinds found elsewhere, texts sharing a name or title with another folder's, and the languages
 * other than English.
 */
export function newKindsFacts(own: readonly Truth[], folder: string, devTexts: readonly Truth[], others: Readonly<Record<string, string>>) {
  const kinds = new Set(own.map((t) => fieldOf(folder, t.name, 'kind')));
  const theirs = Object.entries(others).flatMap(([split, f]) => truthsOf(split as Split).map((t) => ({ folder: f, t })));
  const elsewhere = new Set([...devTexts.map((t) => fieldOf('texts', t.name, 'kind')), ...theirs.map(({ folder: f, t }) => fieldOf(f, t.name, 'kind'))]);
  const names = new Set(theirs.map(({ t }) => t.name));
  const titles = new Set(theirs.map(({ t }) => t.title));
  const languages = own.map((t) => fieldOf(folder, t.name, 'language') ?? 'en').filter((l) => !l.startsWith('en'));
  return {
    kinds: kinds.size,
    sharedKinds: [...kinds].filter((k) => elsewhere.has(k)).length,
    sharedWithOtherOwn: own.filter((t) => names.has(t.name) || titles.has(t.title)).length,
    languages: [...new Set(languages)].sort(),
  };
}
