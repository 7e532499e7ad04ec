import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isWhiteSpace } from '../_chars.ts';

/**
 * "party.Lenin": a sentence end glued to the next sentence. Two lower-case letters before the
 * stop keep abbreviations ("U.S.", "e.g.") and decimals out; tokens that look like addresses
 * (URLs, e-mail, file names) are left alone.
 *
 * The place is `(?<=\p{Ll}\p{Ll}["”’)]?[.!?]["”’)]?)(?=\p{Lu}\p{Ll})`. A lookbehind would be tried
 * at every offset of the text, so the stops before a capitalised word are found first, and the
 * letters before each stop checked on the few characters there.
 */
const STOP_BEFORE_CAPITAL = /[.!?]["”’)]?(?=\p{Lu}\p{Ll})/gu;
const AFTER_LOWER_CASE_STOP = /\p{Ll}\p{Ll}["”’)]?[.!?]["”’)]?$/u;
/** Code units AFTER_LOWER_CASE_STOP can span: two letters (a surrogate pair each, at most), two quotes and the stop, and one more. */
const STOP_REACH = 8;
const ADDRESS = /:\/\/|www\.|@|\.(html?|php|pdf|com|org|net)\b/i;

/** The run of characters other than white space around an offset. */
function tokenAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && !isWhiteSpace(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

export const spaceAfterSentence: Pass = {
  ruleId: 'web/sentence-space',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(STOP_BEFORE_CAPITAL)) {
      const at = m.index + m[0].length;
      if (!AFTER_LOWER_CASE_STOP.test(text.slice(Math.max(0, at - STOP_REACH), at))) continue;
      if (!ADDRESS.test(tokenAround(text, at))) edits.push({ start: at, end: at, text: ' ', ruleId: 'web/sentence-space' });
    }
    return edits;
  },
};
