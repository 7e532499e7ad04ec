import type { Pass } from '../_runner.ts';

/** Short function words that web extraction glues to the following name ("inStalin's"). */
const GLUED = /(in|of|on|to|at|by|and|the|for|from|with|into|as|is|or|but|was|that|a|an)(\p{Lu}\p{Ll}+)/gu;
/**
 * Not inside a word: `(?<![\p{L}'’])` before the match, checked on the character there (two code
 * units at most) rather than as a lookbehind tried at every offset of the text.
 */
const INSIDE_WORD = /[\p{L}'’]$/u;

export const separateGluedWords: Pass = {
  ruleId: 'web/glued-word',
  run(text, ctx) {
    return [...text.matchAll(GLUED)]
      .filter((m) => !INSIDE_WORD.test(text.slice(Math.max(0, m.index - 2), m.index)))
      .filter((m) => !ctx.isKnownWord(m[0]) && ctx.vocabulary.count(m[0]) < 2)
      .map((m) => {
        const at = m.index + m[1]!.length;
        return { start: at, end: at, text: ' ', ruleId: 'web/glued-word' };
      });
  },
};
