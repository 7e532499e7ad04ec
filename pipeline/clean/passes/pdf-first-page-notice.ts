import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isStrongProse, reasons, weigh, type Evidence } from '../_evidence.ts';
import { isBlank, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { endsSentence, isMarkedBlock, startsLowercase } from './_pdf-lines.ts';
import { INSTITUTION, noticeEvidence } from './_pdf-front.ts';

/** Content lines a first page holds at most: a printed page sets fifty lines of text or fewer. */
const FIRST_PAGE_LINES = 60;
/** Most lines of a notice set at a page's foot. */
const MAX_BLOCK_LINES = 4;
/** Fewest words of a text line a page's break cuts (a heading above ends no sentence, and is shorter). */
const MIN_CUT_WORDS = 6;
/** A line cut by the page's break is at least this share of the length of the text line over it. */
const FULL_LINE = 0.75;
/** Evidence from which the block goes. */
const REMOVE = 3;
/** Most words of an institution's line in the block. */
const MAX_INSTITUTION_WORDS = 16;

/**
 * One line of the block: a notice's words, or (weaker, and only beside a notice) an
 * institution's name and address, as a journal sets its author's under the citation.
 */
function lineEvidence(text: string): Evidence {
  const notice = noticeEvidence(text);
  if (notice.score > 0) return notice;
  const trimmed = text.trim();
  return weigh([INSTITUTION.test(trimmed) && wordCount(trimmed) <= MAX_INSTITUTION_WORDS && !isStrongProse(trimmed) && { weight: 1, reason: "an institution's name" }]);
}

/**
 * A notice set at the foot of a piece's first page, as journals and reprints set it: where the
 * piece was first published or reprinted from, the rights and the permission, a translation,
 * the journal's citation, a DOI or a web address, the dates the paper was received and
 * accepted, an address for correspondence. The extraction leaves it after the page's last
 * line, often inside a sentence the next page finishes. Weighed by block: a run of at most four
 * lines set off by a blank line above, within the first page's reach, every line carrying a
 * notice's words (or an institution's name beside them); the sentence cut round it adds to the
 * evidence, and is joined again when the block goes. A paragraph that speaks of copyright or
 * thanks a society for permission is prose: its lines run on, most of them with no notice's
 * words, and it stays.
 */
export const removeFirstPageNotice: Pass = {
  ruleId: 'pdf/first-page-notice',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    let seen = 0;
    let last = -1;
    for (const line of lines) {
      if (isBlank(line)) continue;
      if (++seen > FIRST_PAGE_LINES) break;
      last = line.index;
    }
    // The title and a line of text stand above any foot: the block is looked for below the second content line.
    const second = lines.filter((line) => !isBlank(line))[1];
    if (second === undefined) return edits;
    for (let i = second.index + 2; i <= last; i++) {
      const first = lines[i]!;
      if (isBlank(first) || !isBlank(lines[i - 1])) continue;
      // The block runs while its lines carry a notice's evidence: the next page's text may follow with no blank line.
      let end = i;
      while (end + 1 < lines.length && !isBlank(lines[end + 1]) && end + 1 - i < MAX_BLOCK_LINES && lineEvidence(lines[end + 1]!.text).score > 0) end++;
      const block = lines.slice(i, end + 1);
      i = end;
      // A notice opens on a capital, a sign or a number; a line in lower case goes on from the text above (a lost drop cap's word), unless it is an address.
      if (block.some((l) => isMarkedBlock(l.text) || /^\s*#/.test(l.text) || (startsLowercase(l.text) && !/^\s*(?:https?:|www\.|doi\b)/i.test(l.text)))) continue;
      const each = block.map((l) => lineEvidence(l.text));
      const best = each.reduce((a, b) => (b.score > a.score ? b : a));
      if (best.score < 2) continue;
      const above = previousContentLine(lines, first.index);
      if (above === undefined) continue;
      const directlyBelow = lines[end + 1];
      let below: Line | undefined = directlyBelow;
      for (let k = end + 1; below !== undefined && isBlank(below); k++) below = lines[k + 1];
      // A heading above ends no sentence either, nor does a jump line ("continued overleaf") set under the page's last line: only a line as long as the text's lines is cut.
      const overAbove = previousContentLine(lines, above.index);
      const fullLine = wordCount(above.text) >= MIN_CUT_WORDS && !/^\s*[([]|[)\]]\s*$/.test(above.text) && (overAbove === undefined || above.text.trim().length >= FULL_LINE * overAbove.text.trim().length);
      const cut = below !== undefined && fullLine && !endsSentence(above.text.trim()) && !/[:;]$/.test(above.text.trim()) && startsLowercase(below.text);
      // Text under it with no blank between: the block closes on a stop, a number or an address (a paragraph's first line runs on), and lower case below goes on from a cut sentence above, not from the block.
      const runsOn = directlyBelow !== undefined && !isBlank(directlyBelow);
      if (runsOn && ((!cut && startsLowercase(directlyBelow.text)) || !/[.!?\d/)]["'”’]?$/.test(block[block.length - 1]!.text.trim()))) continue;
      const evidence = weigh([
        ...best.findings,
        { weight: 1, reason: 'set off by a blank line within the first page' },
        cut && { weight: 1, reason: 'the sentence above goes on below it' },
      ]);
      if (evidence.score < REMOVE || each.some((e) => e.score <= 0)) {
        ctx.keep(first.start, block.map((l) => l.text.trim()).join(' / '), `at the first page's foot; ${reasons(evidence)}`);
        continue;
      }
      // With the sentence cut, the blank lines round the block were the page's break, and go with it.
      const start = cut ? above.end + 1 : first.start;
      const stop = cut ? below!.start : Math.min(block[block.length - 1]!.end + 1, text.length);
      edits.push({ start, end: stop, text: '', ruleId: 'pdf/first-page-notice', reason: reasons(evidence) });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed notice “${old.trim().replace(/\s*\n\s*/g, ' / ')}” at the foot of the first page`,
};
