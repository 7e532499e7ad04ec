import type { Pass } from '../_runner.ts';

/**
 * Two spaces between words (often a space and a no-break space) where the page had a dash that
 * extraction dropped: "Stalinism  the political" → "Stalinism—the political". After a sentence
 * end the double space is just spacing, and becomes one space.
 */
const DOUBLE_SPACE = /(?<=[\p{L}\p{N})"”’'.!?:])[ \u00a0]{2}(?=[\p{L}\p{N}"“‘(])/gu;

export const restoreLostDash: Pass = {
  ruleId: 'web/lost-dash',
  run(text) {
    return [...text.matchAll(DOUBLE_SPACE)].map((m) => {
      const before = text.slice(Math.max(0, m.index - 2), m.index);
      const afterSentence = /[.!?:]["”’')]?$/.test(before);
      return afterSentence
        ? { start: m.index, end: m.index + 2, text: ' ', ruleId: 'web/double-space' }
        : { start: m.index, end: m.index + 2, text: '—', ruleId: 'web/lost-dash' };
    });
  },
};
