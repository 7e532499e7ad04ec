import type { Pass } from '../_runner.ts';

/** "Lenin,s": a comma typed for an apostrophe before a possessive or contraction ending. */
const COMMA_APOSTROPHE = /(?<=\p{L}\p{L}),(?=(?:s|t|ll|re|ve|d)(?!\p{L}))/gu;

export const fixCommaApostrophe: Pass = {
  ruleId: 'web/comma-apostrophe',
  run(text) {
    return [...text.matchAll(COMMA_APOSTROPHE)].map((m) => ({ start: m.index, end: m.index + 1, text: "'", ruleId: 'web/comma-apostrophe' }));
  },
};
