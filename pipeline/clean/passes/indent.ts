import type { Pass } from '../_runner.ts';

/** Leading spaces mean nothing in a web page's text, but four of them make a Markdown code block. */
export const removeIndentation: Pass = {
  ruleId: 'layout/indent',
  run(text) {
    return [...text.matchAll(/^[ \t\u00a0]+/gm)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: '', ruleId: 'layout/indent' }));
  },
};
