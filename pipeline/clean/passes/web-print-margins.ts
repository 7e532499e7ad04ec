import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, endWithFollowingBlanks, isBlank, normaliseForComparison, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';

/** Most words of a browser's printed header or footer line. */
const MAX_WORDS = 20;
/** Fewest times the line's skeleton (its words without figures) comes back: once a printed page. */
const MIN_REPEATS = 2;
/** Times an address alone, with no counter or stamp, must come back. */
const MIN_BARE_ADDRESSES = 3;
/** The page's address, as a browser prints it in the footer. */
const ADDRESS = /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+/iu;
/** A page counter ending the line: "2/4", "2 / 4", "Page 2 of 4", "Seite 2 von 4", "2 of 4". */
const COUNTER = /(?:^|\s)(?:\p{L}{2,8}\s+)?\d{1,3}\s*(?:\/|\p{Ll}{1,4})\s*\d{1,3}\s*$/u;
/** A date with a time of day, as a browser stamps the header: "12/7/26, 10:14 AM", "07.12.2026 10:14". */
const STAMP = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}\b/u;

/**
 * The header and footer a browser prints on every page of a web page saved as PDF (the date and
 * time with the page's title; its address with "2/4"), kept in the text extracted from it: lines
 * with an address, a page counter or a time stamp whose words come back, figures aside, at every
 * page turn. They go; where a page turn fell inside a paragraph (the line before it unfinished,
 * the line after it going on in lower case) the paragraph's halves are joined again.
 */
export const removePrintMargins: Pass = {
  ruleId: 'web/print-margins',
  run(text) {
    if (!ADDRESS.test(text) && !COUNTER.test(text) && !STAMP.test(text)) return [];
    const lines = splitLines(text);
    const skeletons = new Map<string, Line[]>();
    for (const line of lines) {
      if (isBlank(line) || wordCount(line.text) > MAX_WORDS) continue;
      const skeleton = normaliseForComparison(line.text, false);
      if (!skeleton) continue;
      const list = skeletons.get(skeleton);
      if (list) list.push(line);
      else skeletons.set(skeleton, [line]);
    }
    const margin = new Set<number>();
    for (const group of skeletons.values()) {
      if (group.length < MIN_REPEATS || !group.every(isMarginLine)) continue;
      if (group.every((line) => COUNTER.test(line.text.trimEnd())) && !countsPages(group)) continue;
      if (!group.some((line) => STAMP.test(line.text) || COUNTER.test(line.text.trimEnd())) && group.length < MIN_BARE_ADDRESSES) continue;
      for (const line of group) margin.add(line.index);
    }
    if (margin.size === 0) return [];
    const edits: Edit[] = [];
    let i = 0;
    while (i < lines.length) {
      if (!margin.has(i)) {
        i++;
        continue;
      }
      // The page turn: margin lines and the blank lines among them.
      let last = i;
      let j = i + 1;
      while (j < lines.length && (isBlank(lines[j]) || margin.has(j))) {
        if (margin.has(j)) last = j;
        j++;
      }
      const before = previousContentLine(lines, i);
      const after = lines[j];
      const first = lines[i]!;
      if (before && after && !isBlank(after) && !SENTENCE_END.test(before.text) && /^\s*\p{Ll}/u.test(after.text)) {
        edits.push({ start: before.end, end: after.start, text: ' ', ruleId: 'web/print-margins', reason: 'a printed page’s header and footer inside a paragraph' });
      } else {
        const end = endWithFollowingBlanks(lines, last, text.length);
        // Between two paragraphs, they stay two.
        const apart = before !== undefined && end < text.length ? '\n' : '';
        edits.push({ start: first.start, end, text: apart, ruleId: 'web/print-margins', reason: 'a printed page’s header or footer' });
      }
      i = j;
    }
    return edits;
  },
  describe: (edit, old) => `Removed ${edit.reason ?? 'a printed page’s margin'} (“${old.trim().replace(/\s+/g, ' ').slice(0, 60)}”)`,
};

function isMarginLine(line: Line): boolean {
  return ADDRESS.test(line.text) || COUNTER.test(line.text.trimEnd()) || STAMP.test(line.text);
}

/** The counters count pages: one total, and each page past the last ("2/4", "3/4"), so no diary's "3/4", "10/4". */
function countsPages(group: readonly Line[]): boolean {
  const counts = group.map((line) => /(\d{1,3})\s*(?:\/|\p{Ll}{1,4})\s*(\d{1,3})\s*$/u.exec(line.text.trimEnd())).map((m) => (m ? [Number(m[1]), Number(m[2])] : [0, 0]));
  return counts.every(([page, total], k) => page >= 1 && page <= total && total === counts[0]![1] && (k === 0 || page > counts[k - 1]![0]!));
}
