import type { Pass } from '../_runner.ts';

export const removeTrailingWhitespace: Pass = {
  ruleId: 'layout/trailing-whitespace',
  run(text) {
    return [...text.matchAll(/[ \t\u00a0]+(?=\n|$)/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      text: '',
      ruleId: 'layout/trailing-whitespace',
    }));
  },
};
