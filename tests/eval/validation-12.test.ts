import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casesOf, readTruths, truthsOf } from '../../eval/cases.ts';
import { OWN_TEXTS_FACTS, expectDrawsAsDevelopment, expectUnreadByRefit, ownTextsFacts } from './_own-texts.ts';

// Validation 12 is a debug set: the development half's furniture on twelve texts of its own
// (eval/texts-12) shaped as real books are (speakers in capitals, dated entries, lettered items,
// notes, figures set as a table, numbered theses, salutations and postscripts) and three of them
// in French, German and Spanish, so that what falls there against `npm run eval` is the texts' doing.

const devTexts = readTruths();
const own = truthsOf('validation-12');
const frontOf = (name: string): string => readFileSync(new URL(`../../eval/texts-12/${name}.md`, import.meta.url), 'utf8').split('\n---\n')[0]!;
const fieldOf = (name: string, key: string): string | undefined => new RegExp(`^${key}: *(.*)$`, 'm').exec(frontOf(name))?.[1];

describe('the twelfth validation split (--validation 12)', () => {
  it('degrades twelve texts of its own, none of them in eval/texts or eval/texts-10, of many kinds and three languages besides English', () => {
    const kinds = new Set(own.map((t) => fieldOf(t.name, 'kind')));
    const languages = own.map((t) => fieldOf(t.name, 'language') ?? 'en').filter((l) => !l.startsWith('en'));
    expect({ ...ownTextsFacts(own, [...devTexts, ...truthsOf('validation-10')]), kinds: kinds.size >= 10, languages: [...new Set(languages)].sort() }).toEqual({ ...OWN_TEXTS_FACTS, kinds: true, languages: ['de', 'es', 'fr'] });
    const cases = casesOf(own, 0, 'validation-12');
    expect(new Set(cases.map((c) => c.truth.name)).size).toBe(12);
    expect(cases.every((c) => c.seed >= 25_000_000 && c.seed < 26_000_000)).toBe(true);
    // The other splits still degrade their own texts alone.
    expect(truthsOf('dev').map((t) => t.name)).toEqual(devTexts.filter((t) => t.split === 'dev').map((t) => t.name));
    expect(truthsOf('validation-10').some((t) => own.some((o) => o.name === t.name))).toBe(false);
  });

  it('draws exactly what a development case draws from the same seed', () => {
    expectDrawsAsDevelopment(own, 'validation-12', [3, 25_000_017]);
  });

  it('is never read by the line model’s refit', () => {
    expectUnreadByRefit('validation-12', 'texts-12');
  });
});
