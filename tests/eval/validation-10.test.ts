import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casesOf, readTruths, truthsOf } from '../../eval/cases.ts';
import { OWN_TEXTS_FACTS, expectDrawsAsDevelopment, expectUnreadByRefit, ownTextsFacts } from './_own-texts.ts';

// Validation 10 is a debug set: the development half's furniture on twelve texts of its own
// (eval/texts-10), so that what falls there against `npm run eval` is the texts' doing.

const devTexts = readTruths();
const own = truthsOf('validation-10');

describe('the tenth validation split (--validation 10)', () => {
  it('degrades twelve texts of its own, none of them in eval/texts, of many kinds', () => {
    const kinds = new Set(own.map((t) => /^kind: *(.*)$/m.exec(readFileSync(new URL(`../../eval/texts-10/${t.name}.md`, import.meta.url), 'utf8'))?.[1]));
    expect({ ...ownTextsFacts(own, devTexts), kinds: kinds.size >= 10 }).toEqual({ ...OWN_TEXTS_FACTS, kinds: true });
    const cases = casesOf(own, 0, 'validation-10');
    expect(new Set(cases.map((c) => c.truth.name)).size).toBe(12);
    expect(cases.every((c) => c.seed >= 21_000_000 && c.seed < 22_000_000)).toBe(true);
    // The other splits still degrade eval/texts alone.
    expect(truthsOf('dev').map((t) => t.name)).toEqual(devTexts.filter((t) => t.split === 'dev').map((t) => t.name));
  });

  it('draws exactly what a development case draws from the same seed', () => {
    expectDrawsAsDevelopment(own, 'validation-10', [3, 21_000_017]);
  });

  it('is never read by the line model’s refit', () => {
    expectUnreadByRefit('validation-10', 'texts-10');
  });
});
