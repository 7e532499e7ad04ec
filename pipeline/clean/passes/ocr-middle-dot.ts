import type { Pass } from '../_runner.ts';

/** "hard·line": a middle dot between letters is a hyphen misread. */
export const repairMiddleDot: Pass = {
  ruleId: 'ocr/middle-dot',
  run(text) {
    return [...text.matchAll(/(?<=\p{L})·(?=\p{L})/gu)].map((m) => ({ start: m.index, end: m.index + 1, text: '-', ruleId: 'ocr/middle-dot' }));
  },
};
