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
/** An account's name, then its handle, on one line: "ashcombe parish @ashcombe_parish". */
const NAMED_HANDLE = /^[\p{L}\p{N}][\p{L}\p{N} .'’-]{0,40}\s@[\p{L}\p{N}_.]{2,}(?:\s*·\s*\S{1,12})?$/u;
/** A figure and its word, two or three times, set apart by wide spaces or a middle dot: "66 Reposts  390 Likes". */
const WORDED_COUNTS = /^\d[\d,.]*\s*[kKM]?\s+\p{L}+(?:(?:\s{2,}|\s*·\s*)\d[\d,.]*\s*[kKM]?\s+\p{L}+){1,2}$/u;
/** Icons with their figures, two or more, and nothing else: a post's reactions ("♡ 427   ↻ 42   💬 12"). */
const ICON_COUNTS = /^(?:[^\p{L}\p{N}\s]{1,3}\s*\d[\d,.]*\s*[kKM]?\s*){2,}$/u;
/** The hour and the day a post was sent, set apart by a middle dot: "16:15 · August 25, 2025", "06:09 · 24 August 2012". */
const SENT_AT = /^\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\s*·\s*(?:\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4})$/u;
/** Most lines, and most words, of a post's own text set between its handle and its hour or counts. */
const MAX_POST_LINES = 3;
const MAX_POST_WORDS = 40;

/** Most words of the account's name over its handle and of the link under the counts ("View on Threads"). */
const MAX_LABEL_WORDS = 5;

type Part = 'handle' | 'named' | 'sign-off' | 'link' | 'counts' | 'sent';

function partOf(text: string): Part | undefined {
  const t = text.trim();
  if (HANDLE_LINE.test(t)) return 'handle';
  // A name and a handle may be a writer's own line ("Write to me @tferrer"): a post's only where its frame closes under it (see postEnd).
  if (NAMED_HANDLE.test(t)) return 'named';
  if (SIGN_OFF.test(t)) return 'sign-off';
  if (BARE_LINK.test(t)) return 'link';
  if (COUNTS.test(t) || WORDED_COUNTS.test(t) || ICON_COUNTS.test(t)) return 'counts';
  if (SENT_AT.test(t)) return 'sent';
  return undefined;
}

/**
 * Where a post's own text ends, when the block holds it between its handle (at `k`) and the hour it was
 * sent or its counts: the index of the last part after it; undefined when no such part follows within
 * a few short lines. The handle over it and the machine's hour or counts under it, in one block, are the
 * embed's frame: what stands inside is the post.
 */
function postEnd(block: readonly Line[], parts: readonly (Part | undefined)[], k: number): number | undefined {
  let words = 0;
  for (let j = k + 1; j < block.length && j - k - 1 <= MAX_POST_LINES; j++) {
    if (parts[j] === 'sent' || parts[j] === 'counts') {
      if (j === k + 1) return undefined;
      let last = j;
      while (last + 1 < block.length && parts[last + 1] !== undefined) last++;
      return last;
    }
    if (parts[j] !== undefined) return undefined;
    words += wordCount(block[j]!.text);
    if (words > MAX_POST_WORDS) return undefined;
  }
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
        if (parts[k] === 'named' && postEnd(block, parts, k) === undefined) continue;
        if (parts[k] !== 'handle' && parts[k] !== 'named' && parts[k] !== 'sign-off') continue;
        let first = k;
        let last = k;
        while (first > 0 && parts[first - 1] !== undefined) first--;
        while (last + 1 < block.length && parts[last + 1] !== undefined) last++;
        // The post's own text, framed by its handle above and the hour it was sent or its counts below.
        const framedTo = parts[last] === 'handle' || parts[last] === 'named' ? postEnd(block, parts, last) : undefined;
        if (framedTo !== undefined) last = framedTo;
        const core: string[] = [...new Set(parts.slice(first, last + 1).filter((p) => p !== undefined))];
        if (framedTo !== undefined) core.push('text');
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
