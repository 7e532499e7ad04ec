import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { normaliseForComparison, splitLines, wordCount, isBlank, type Line } from '../_lines.ts';
import { isStrongProse, isTitleCase } from '../_evidence.ts';
import { isListEntry } from './_web-chrome.ts';
import { isTitleLike } from './_web-lines.ts';

/** Fewer headlines than this in a run between two paragraphs may be the text's own short list: they stay. */
const MIN_HEADLINES = 4;
/** Fewest words of a headline on average: a site's headlines say something ("Council Votes to Keep the Night Buses"); a list of names or places is shorter. */
const MIN_MEAN_WORDS = 4;
/** A last line this share of the headlines' mean length or shorter, set alone over the text, reads as its heading. */
const SHORT_AGAINST_HEADLINES = 0.6;
/** Most words of a headline. */
const MAX_HEADLINE_WORDS = 16;

/** A headline as sites set them in a bare run of links: title-like, in title case, no closing stop. */
function isHeadline(text: string): boolean {
  const t = text.trim();
  const words = wordCount(t);
  return words >= 2 && words <= MAX_HEADLINE_WORDS && isTitleLike(t) && isTitleCase(t) && isListEntry(t) && !/^[•▪●*–-]\s/u.test(t) && !/[:;,]$/.test(t);
}

/** The text goes on at content line `j`: a paragraph, or a heading set apart over one. */
function textGoesOn(content: readonly Line[], j: number): boolean {
  const line = content[j]!;
  const next = content[j + 1];
  return isStrongProse(line.text) || (isTitleLike(line.text) && line.index > content[j - 1]!.index + 1 && next !== undefined && isStrongProse(next.text));
}

/**
 * A bare run of a site's headlines set between two paragraphs of the text: four lines or more,
 * each a headline in title case with no closing stop, one after another with no blank line
 * between (or each alone between blank lines), a paragraph of prose above it that does not
 * announce a list (no colon at its end) and one below it (or a heading set apart over one). The text's own lists are in sentence
 * case, introduced by a colon, bulleted, or short names; a contents list repeats the headings
 * below it, and stays; so does a run of fewer than four.
 */
export const removeHeadlineRun: Pass = {
  ruleId: 'web/headline-run',
  run(text) {
    const lines = splitLines(text);
    const content = lines.filter((line) => !isBlank(line));
    // How often each short line's text stands in the document: a contents list repeats the headings of the text.
    const seen = new Map<string, number>();
    for (const line of content) {
      if (wordCount(line.text) > MAX_HEADLINE_WORDS) continue;
      const key = normaliseForComparison(line.text);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    // Headings of the text's own: a title-like line set apart above a paragraph.
    let headings = 0;
    content.forEach((line, k) => {
      const next = content[k + 1];
      if (k > 0 && isTitleLike(line.text) && next !== undefined && isStrongProse(next.text) && content[k - 1]!.index + 1 < line.index && isStrongProse(content[k - 1]!.text)) headings++;
    });
    const edits: Edit[] = [];
    let i = 1;
    while (i < content.length) {
      if (!isHeadline(content[i]!.text) || !isStrongProse(content[i - 1]!.text) || /:\s*$/.test(content[i - 1]!.text)) {
        i++;
        continue;
      }
      // The run keeps one spacing: all set close, or each alone between blank lines.
      let j = i + 1;
      const gap = content[j] === undefined ? 0 : content[j]!.index - content[i]!.index;
      while (j < content.length && isHeadline(content[j]!.text) && content[j]!.index - content[j - 1]!.index === gap) j++;
      let run: Line[] = content.slice(i, j);
      const below = content[j];
      // The last line may be the heading of the section below: set directly over its paragraph, or, in a run of lines each set
      // alone, where the text has headings of its own elsewhere.
      const lastLine = run[run.length - 1]!;
      const setAlone = run.length > 1 && lastLine.index === run[run.length - 2]!.index + 2;
      const mean = run.slice(0, -1).reduce((n, line) => n + wordCount(line.text), 0) / Math.max(1, run.length - 1);
      if (below !== undefined && (below.index === lastLine.index + 1 || (setAlone && (headings > 0 || wordCount(lastLine.text) <= mean * SHORT_AGAINST_HEADLINES)))) run = run.slice(0, -1);
      const gaps = run.slice(1).map((line, k) => line.index - run[k]!.index);
      // Laid out alike: all set close, or each alone between blank lines.
      const alike = gaps.every((gap) => gap === 1) || gaps.every((gap) => gap === 2);
      const words = run.reduce((n, line) => n + wordCount(line.text), 0);
      const repeated = run.some((line) => (seen.get(normaliseForComparison(line.text)) ?? 0) > 1);
      if (run.length >= MIN_HEADLINES && alike && words >= run.length * MIN_MEAN_WORDS && below !== undefined && textGoesOn(content, j) && !repeated) {
        const last = run[run.length - 1]!;
        let stop = last.index + 1;
        // Under a paragraph with no blank line between, the blank lines below stay, so the two paragraphs do not close up.
        if (isBlank(lines[run[0]!.index - 1])) while (stop < lines.length && isBlank(lines[stop])) stop++;
        edits.push({ start: run[0]!.start, end: lines[stop]!.start, text: '', ruleId: 'web/headline-run', reason: `${run.length} headlines in title case between two paragraphs` });
      }
      i = j;
    }
    return edits;
  },
  describe: (edit, old) => `Removed a bare run of headlines between paragraphs: ${edit.reason ?? ''} (“${old.trim().split('\n')[0]!.slice(0, 60)}”)`,
};
