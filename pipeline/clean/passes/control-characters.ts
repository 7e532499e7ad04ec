import type { Pass } from '../_runner.ts';

/**
 * Characters XML 1.0 forbids (they would make the EPUB invalid): C0 controls except tab and
 * newline, U+FFFE/U+FFFF and unpaired surrogates. A form feed marks a page break in PDF
 * extractions, so it becomes a newline rather than gluing two words.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character FORBIDDEN could match: a plain class, found without the lookbehind being tried at every offset. */
const CANDIDATE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

export const removeControlCharacters: Pass = {
  ruleId: 'layout/control-characters',
  run(text) {
    if (!CANDIDATE.test(text)) return [];
    return [...text.matchAll(FORBIDDEN)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0] === '\f' ? '\n' : '',
      ruleId: 'layout/control-characters',
    }));
  },
};
