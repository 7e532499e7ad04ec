import type { Pass } from '../_runner.ts';

/**
 * A single no-break space between words on a web page is a word space the page's editor
 * typed with the wrong key: it would glue the two words on one line for good. Typography
 * adds the no-break spaces that belong (after "Mr.", before "%") on the parsed tree.
 */
export const replaceNoBreakSpace: Pass = {
  ruleId: 'web/no-break-space',
  run(text) {
    return [...text.matchAll(/(?<=\S)\u00a0(?=\S)/g)].map((m) => ({ start: m.index, end: m.index + 1, text: ' ', ruleId: 'web/no-break-space' }));
  },
};
