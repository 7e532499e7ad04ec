import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, endWithFollowingBlanks, previousContentLine, splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';

/** An account's handle alone on its line, perhaps with its server and how long ago it posted: "@kadri_clocks", "@vera.bsky.social · 20h". */
const HANDLE_LINE = /^@[\p{L}\p{N}_.]{2,}(?:\s*·\s*\S{1,12})?$/u;
/** An embedded post's sign-off: a dash, a name, the handle in brackets, the day it was posted: "— Ann Lee (@annlee) May 1, 2025". */
const SIGN_OFF = /^[—–-]\s*[^()]{2,60}\(@[\p{L}\p{N}_.]{2,}\)\s+.{0,30}\d{4}$/u;
/** A link standing bare on its line, no space in it ("pic.twitter.com/1c26Qx1"): a post's picture link under its sign-off. */
const BARE_LINK = /^(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/\S+$/u;
/** A post's counts, two figures with their words set apart by a middle dot: "332 likes · 50 comments". */
const COUNTS = /^\d[\d,.]*\s*[kKM]?\s+\p{L}+\s*·\s*\d[\d,.]*\s*[kKM]?\s+\p{L}+$/u;

/** Most words of the account's name over its handle and of the link under the counts ("View on Threads"). */
const MAX_LABEL_WORDS = 5;

type Part = 'handle' | 'sign-off' | 'link' | 'counts';

function partOf(text: string): Part | undefined {
  const t = text.trim();
  if (HANDLE_LINE.test(t)) return 'handle';
  if (SIGN_OFF.test(t)) return 'sign-off';
  if (BARE_LINK.test(t)) return 'link';
  if (COUNTS.test(t)) return 'counts';
  return undefined;
}

/** A short label beside a post's parts: a name, or the link to the post's network; no sentence, no list's item. */
function isLabel(line: Line | undefined): boolean {
  if (!line) return false;
  const t = line.text.trim();
  return wordCount(t) >= 1 && wordCount(t) <= MAX_LABEL_WORDS && /^[\p{Lu}\p{N}]/u.test(t) && !SENTENCE_END.test(t) && !/[,;:]$/.test(t);
}

/**
 * What is left of a post from a social network embedded in a web page, found by the machine's
 * shapes and no network's name: an account's handle alone on a line ("@kadri_clocks"), or a
 * post's sign-off with the handle in brackets and the day ("— Ann Lee (@annlee) May 1, 2025"),
 * with the parts set close to it: a bare link ("pic.twitter.com/…"), the post's counts ("332
 * likes · 50 comments"), the account's name right over its handle and one short line right under
 * the counts ("View on …"). A bare link or counts alone are no post: the handle must be there.
 * Lines of the block beside them (a post's own text, a heading set close) stay, and so does a block
 * the text introduces with a colon.
 */
export const removeSocialEmbed: Pass = {
  ruleId: 'web/social-embed',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    for (const block of splitBlocks(lines)) {
      // Lines the text introduces with a colon are its own ("write to the letters desk, whose account is this:").
      if (/:\s*$/.test(previousContentLine(lines, block[0]!.index)?.text ?? '')) continue;
      const parts = block.map((l) => partOf(l.text));
      for (let k = 0; k < block.length; k++) {
        if (parts[k] !== 'handle' && parts[k] !== 'sign-off') continue;
        let first = k;
        let last = k;
        while (first > 0 && parts[first - 1] !== undefined) first--;
        while (last + 1 < block.length && parts[last + 1] !== undefined) last++;
        const core = parts.slice(first, last + 1);
        // The account's name over a handle alone; the network's link under the counts.
        if (parts[first] === 'handle' && first > 0 && isLabel(block[first - 1])) first--;
        if (core.includes('counts') && last + 1 < block.length && isLabel(block[last + 1])) last++;
        const whole = first === 0 && last === block.length - 1;
        const start = block[first]!.start;
        const end = whole ? endWithFollowingBlanks(lines, block[last]!.index, text.length) : Math.min(block[last]!.end + 1, text.length);
        edits.push({ start, end, text: '', ruleId: 'web/social-embed', reason: `an embedded post's ${core.join(', ')}` });
        k = last;
      }
    }
    return edits;
  },
  describe: (edit, old) => `Removed ${edit.reason ?? "an embedded post's leftovers"} (“${old.trim().replace(/\s+/g, ' ').slice(0, 60)}”)`,
};
