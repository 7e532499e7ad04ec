import type { Pass } from '../_runner.ts';

/** CRLF and lone CR become LF, so every later pass can split on `\n` alone. */
export const normaliseLineEndings: Pass = {
  ruleId: 'layout/line-endings',
  run(text) {
    return [...text.matchAll(/\r\n?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: '\n', ruleId: 'layout/line-endings' }));
  },
};
