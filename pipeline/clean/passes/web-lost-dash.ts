import type { Pass } from '../_runner.ts';

/**
 * Two spaces between words (often a space and a no-break space) where the page had a dash that
 * extraction dropped: "Stalinism  the political" → "Stalinism—the political". After a sentence
 * end the double space is just spacing, and becomes one space.
 */
const DOUBLE_SPACE = /[ \u00a0]{2}(?=[\p{L}\p{N}"“‘(])/gu;
/**
 * What stands before the two spaces: `(?<=[\p{L}\p{N})"”’'.!?:])`, checked on the character there
 * (two code units at most) rather than as a lookbehind tried at every offset of the text.
 */
const AFTER_WORD = /[\p{L}\p{N})"”’'.!?:]$/u;

export const restoreLostDash: Pass = {
  ruleId: 'web/lost-dash',
  run(text) {
    const doubleSpaces = [...text.matchAll(DOUBLE_SPACE)].filter((m) => AFTER_WORD.test(text.slice(Math.max(0, m.index - 2), m.index)));
    return doubleSpaces.map((m) => {
      const before = text.slice(Math.max(0, m.index - 2), m.index);
      const afterSentence = /[.!?:]["”’')]?$/.test(before);
      return afterSentence
        ? { start: m.index, end: m.index + 2, text: ' ', ruleId: 'web/double-space' }
        : { start: m.index, end: m.index + 2, text: '—', ruleId: 'web/lost-dash' };
    });
  },
};
