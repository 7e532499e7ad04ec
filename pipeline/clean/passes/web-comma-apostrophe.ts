import type { Pass } from '../_runner.ts';

/**
 * "Lenin,s": a comma typed for an apostrophe before a possessive or contraction ending:
 * `(?<=\p{L}\p{L}),(?=(?:s|t|ll|re|ve|d)(?!\p{L}))`. The commas before an ending are found first
 * and the two letters before each checked there, rather than a lookbehind tried at every offset.
 */
const COMMA_BEFORE_ENDING = /,(?=(?:s|t|ll|re|ve|d)(?!\p{L}))/gu;
const AFTER_TWO_LETTERS = /\p{L}\p{L}$/u;
/** Code units two letters can take (a surrogate pair each). */
const TWO_LETTERS_REACH = 4;

export const fixCommaApostrophe: Pass = {
  ruleId: 'web/comma-apostrophe',
  run(text) {
    return [...text.matchAll(COMMA_BEFORE_ENDING)]
      .filter((m) => AFTER_TWO_LETTERS.test(text.slice(Math.max(0, m.index - TWO_LETTERS_REACH), m.index)))
      .map((m) => ({ start: m.index, end: m.index + 1, text: "'", ruleId: 'web/comma-apostrophe' }));
  },
};
