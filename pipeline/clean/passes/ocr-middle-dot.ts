import type { Pass } from '../_runner.ts';
import { middleDotsBetweenLetters } from '../_words.ts';

/** "hard·line": a middle dot between letters is a hyphen misread. */
export const repairMiddleDot: Pass = {
  ruleId: 'ocr/middle-dot',
  run(text) {
    return middleDotsBetweenLetters(text).map((at) => ({ start: at, end: at + 1, text: '-', ruleId: 'ocr/middle-dot' }));
  },
};
