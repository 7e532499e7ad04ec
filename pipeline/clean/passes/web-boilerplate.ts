import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { endWithFollowingBlanks, splitLines } from '../_lines.ts';

/** Lines that are site furniture wherever they stand. */
const FURNITURE: RegExp[] = [
  /^share (this|the)( article| post| page| story)?!?:?$/i,
  /^avatar( placeholder)?$/i,
  /your e-?mail address will not be published/i,
  /required fields are marked/i,
  /\bakismet\b/i,
  /this (will|window will) close in \d+ seconds?/i,
  /^this (article|page|post|text) is (also )?available in( \p{Lu}\p{Ll}+)+\.?$/iu,
  /^e-?mail .{0,40}\b(site changes|updates|newsletter)\b/i,
  /^(subscribe|sign up)( to| for)?( our)? (newsletter|mailing list|updates)/i,
  /^save my name, e-?mail,? and website/i,
  /^(post comment|cancel reply|skip to (main )?content|back to top|print this (page|article))$/i,
  /^(we use cookies|this (web)?site uses cookies)/i,
  /^(related|read more|you may also like|more articles)( articles| posts| stories)?:?$/i,
];

/** A share block or comment form: once one begins near the end, the article is over. */
const TAIL_START: RegExp[] = [
  /^share (this|the)( article| post| page| story)?!?:?$/i,
  /^share (on|via) /i,
  /^(leave|post|add|write) a (reply|comment)\b/i,
  /^\d+ (comments?|responses?|replies)$/i,
  /^comments?( \(\d+\))?:?$/i,
];

/** How far into the text (as a fraction of its length) a share block or comment form has to be. */
const TAIL_REGION = 0.5;

export const removeBoilerplate: Pass = {
  ruleId: 'web/boilerplate',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    for (const line of lines) {
      const trimmed = line.text.trim();
      if (!trimmed) continue;
      if (line.start >= text.length * TAIL_REGION && TAIL_START.some((re) => re.test(trimmed))) {
        edits.push({ start: line.start, end: text.length, text: '', ruleId: 'web/boilerplate', reason: 'share block or comment form, and everything after it' });
        break;
      }
      if (FURNITURE.some((re) => re.test(trimmed))) {
        edits.push({ start: line.start, end: endWithFollowingBlanks(lines, line.index, text.length), text: '', ruleId: 'web/boilerplate' });
      }
    }
    return edits;
  },
};
