import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { isStrongProse, isTitleCase } from '../_evidence.ts';
import { isEntryDetail, isListEntry, isListLabel, isTag, isTagLabel } from './_web-chrome.ts';
import { isProse, isTitleLike, sameText } from './_web-lines.ts';

/** Fewer titles than this under a list's label are no list of other pages ("Related⏎One title" is left to the line rules). */
const MIN_TITLES = 3;
/** Fewer tags than this under a tag label are no rail of tags. */
const MIN_TAGS = 2;
/** Fewest words of a paragraph the text goes on with under a list. */
const MIN_PARAGRAPH_WORDS = 15;
/** A last line this share of the titles' mean length or shorter reads as a heading. */
const SHORT_AGAINST_TITLES = 0.6;
/** How many lines (a byline, a date, a standfirst) may stand between a title under a list and the text. */
const TITLE_TO_TEXT = 3;
/** Most words of a standfirst set under a listed title: one short sentence. */
const MAX_STANDFIRST_WORDS = 25;

/** A paragraph of the text: a finished statement of some length; a pop-up's or form's short sentence ("Don't go yet! Take a discount.") is none. */
function isParagraph(text: string): boolean {
  return isStrongProse(text) && wordCount(text) >= MIN_PARAGRAPH_WORDS;
}

/** A listed title: an entry that is neither a detail (a date, a byline, a reading time) nor a bare number. */
function isTitleEntry(text: string): boolean {
  const t = text.trim();
  return isListEntry(t) && !isEntryDetail(t) && !/^\d{1,2}[.)]?$/.test(t);
}

/** Most words of the second line of a wrapped title. */
const MAX_WRAP_WORDS = 8;

/** The rest of a title wrapped onto the next line: a few words in lower case, no stop. */
function isWrappedTitle(text: string): boolean {
  const t = text.trim();
  return /^\p{Ll}/u.test(t) && wordCount(t) <= MAX_WRAP_WORDS && !/[.!…]["”’)]*$/u.test(t);
}

/** A standfirst under a listed title: one short finished sentence, set directly under it. */
function isStandfirst(text: string): boolean {
  const t = text.trim();
  const words = wordCount(t);
  return words >= 4 && words <= MAX_STANDFIRST_WORDS && SENTENCE_END.test(t) && !/[.!?].+[.!?]/u.test(t.slice(0, -1)) && /^["“‘']?\p{Lu}/u.test(t);
}

/** A heading of the text's own: a title-like line with a blank line above and a paragraph of prose directly or one blank line under it. */
function isSectionHeading(content: readonly Line[], i: number): boolean {
  const line = content[i]!;
  const next = content[i + 1];
  const previous = content[i - 1];
  return isTitleLike(line.text) && !SENTENCE_END.test(line.text.trim()) && next !== undefined && isStrongProse(next.text) && (previous === undefined || previous.index + 1 < line.index);
}

/** A line's part in a listed entry, for comparing entries' shapes: a number, a numbered title, a title, a detail, a standfirst. */
function partOf(text: string): string {
  const t = text.trim();
  if (/^\d{1,2}[.)]?$/.test(t)) return 'n';
  if (isEntryDetail(t)) return 'd';
  if (/^\d/.test(t)) return 'N';
  return isListEntry(t) ? (isTitleCase(t) ? 'T' : 'h') : 's';
}

/**
 * Whether the last title of a list, standing over the text's next paragraph (at `next`), is
 * that section's heading rather than an entry: it stands directly over the paragraph; or its
 * group (the lines after the last blank line) is not shaped like the entries above it (a lone
 * title under entries with numbers, kickers, details, or under a run of titles set close, or in
 * another case style); or the text has headings of its own elsewhere. Groups of one title each,
 * alike, with no heading elsewhere, are entries, unless the last is much shorter than the titles
 * above (a heading's length).
 */
function isHeadingAtEnd(content: readonly Line[], from: number, last: number, next: number, otherHeadings: number): boolean {
  if (content[next]!.index === content[last]!.index + 1) return true;
  // Set close under the entry above, or numbered on from it, it is one more entry.
  if (content[last]!.index === content[last - 1]!.index + 1 || /^\d/.test(content[last]!.text.trim())) return false;
  if (otherHeadings > 0) return true;
  const groups: string[] = [];
  for (let k = from; k <= last; k++) {
    const part = partOf(content[k]!.text);
    if (k === from || content[k]!.index > content[k - 1]!.index + 1) groups.push(part);
    else groups[groups.length - 1] += part;
  }
  const lastGroup = groups.pop()!;
  if (groups.length < 2 || groups.some((group) => group !== lastGroup)) return true;
  // Titles each set alone, alike: a line much shorter than the titles above is a heading's length, not a headline's.
  const words = content.slice(from, last).map((line) => wordCount(line.text));
  const mean = words.reduce((a, b) => a + b, 0) / Math.max(1, words.length);
  return wordCount(content[last]!.text) <= mean * SHORT_AGAINST_TITLES;
}

/**
 * A site's list of other pages set under its label anywhere on the page (before the title,
 * between two paragraphs, after the end): a label of a ranking or relation ("Most read",
 * "Trending", "Read next", "More from …", in English and the commoner European languages) over
 * three titles or more, numbered or not, each maybe with a kicker, a standfirst or a detail line
 * (a date, a byline, a reading time), with a paragraph of the text still to come (the page's
 * tail after the last one is web/page-tail's and web/related-links', save a list whose every
 * title carries a date, byline or count, which they take for a letter's date); or a tag label
 * ("Topics", "Filed under") over tags. The entries run on over blank lines down to the first
 * line that is none, and the text must go on under them; a title directly above
 * the text's next paragraph, or set apart above it where the text has headings of its own, is
 * that section's heading and stays; so does the page's title. The author's own lists ("Further
 * reading", "Sources") are never a site's label; a numbered list under any other heading stays.
 */
export const removeLabelledList: Pass = {
  ruleId: 'web/labelled-list',
  run(text, ctx) {
    const lines = splitLines(text);
    const content = lines.filter((line) => !isBlank(line));
    // Headings the text has of its own: a title standing over a paragraph elsewhere makes one more likely where a list meets the text.
    // Only below the first paragraph: above it stand the title and the byline.
    let headings = 0;
    const firstProse = content.findIndex((line) => isStrongProse(line.text));
    for (let i = firstProse + 1; firstProse >= 0 && i < content.length; i++) if (isSectionHeading(content, i) && !isEntryDetail(content[i]!.text)) headings++;
    let lastProse = -1;
    content.forEach((line, k) => {
      if (isParagraph(line.text)) lastProse = k;
    });
    const edits: Edit[] = [];
    const remove = (from: number, to: number, reason: string): void => {
      const first = content[from]!;
      // Keep a blank line between the text above and the text below.
      const above = lines[first.index - 1];
      let stop = content[to]!.index + 1;
      if (above === undefined || isBlank(above)) while (stop < lines.length && isBlank(lines[stop])) stop++;
      edits.push({ start: first.start, end: stop < lines.length ? lines[stop]!.start : text.length, text: '', ruleId: 'web/labelled-list', reason });
    };
    let i = 0;
    while (i < content.length) {
      const label = content[i]!.text.trim();
      const kind = isListLabel(label) ? 'list' : isTagLabel(label) ? 'tags' : undefined;
      if (!kind) {
        i++;
        continue;
      }
      let j = i + 1;
      let titles = 0;
      while (j < content.length) {
        const t = content[j]!.text;
        if (sameText(t, ctx.title)) break;
        const tight = content[j]!.index === content[j - 1]!.index + 1;
        const underTitle = tight && j > i + 1 && isTitleEntry(content[j - 1]!.text);
        // A title wrapped over two lines goes on in lower case directly under it ("… over Sunday⏎trading").
        const entry = kind === 'tags' ? isTag(t) : isListEntry(t) || (underTitle && (isStandfirst(t) || isWrappedTitle(t)));
        if (!entry) break;
        if (kind === 'list' && isTitleEntry(t)) titles++;
        j++;
      }
      let last = j - 1;
      // Where the list meets the text, its last title may be the heading of the section that follows.
      if (last > i + 1 && j < content.length && isProse(content[j]!.text) && (kind === 'tags' || isTitleEntry(content[last]!.text)) && isHeadingAtEnd(content, i + 1, last, j, headings - (last > firstProse && isSectionHeading(content, last) ? 1 : 0))) {
        last--;
        if (kind === 'list') titles--;
      }
      // After the text's last paragraph the page's tail is the tail rules' to weigh, with the comment forms and footers around it.
      if (last >= lastProse) {
        // There, a list whose every title carries a detail (a date, a byline, a count) goes down to its last detail: a date under a
        // label's titles is no letter's; the comment form below it is the tail rules' still.
        let lastDetail = last;
        while (lastDetail > i && !isEntryDetail(content[lastDetail]!.text)) lastDetail--;
        const titled = content.slice(i + 1, lastDetail + 1).filter((line) => isTitleEntry(line.text)).length;
        const details = content.slice(i + 1, lastDetail + 1).filter((line) => isEntryDetail(line.text)).length;
        // A list that goes on past its last detail (a number, a numbered title) is not all seen here: it is left whole to the tail rules.
        const after = content[lastDetail + 1];
        const cut = after !== undefined && lastDetail < last && /^[nN]$/.test(partOf(after.text));
        if (kind === 'list' && titled >= MIN_TITLES && details >= titled && !cut) remove(i, lastDetail, `a list of ${titled} other pages with their details under “${label.slice(0, 40)}”`);
        break;
      }
      // The text goes on right under the list: a paragraph, the page's title, or a heading or title over a paragraph a few lines down.
      const under = content[last + 1];
      const textUnder =
        under !== undefined &&
        (isParagraph(under.text) || sameText(under.text, ctx.title) || (isTitleLike(under.text) && content.slice(last + 2, last + 2 + TITLE_TO_TEXT).some((line) => isParagraph(line.text))));
      if (!textUnder) {
        i = last + 1;
        continue;
      }
      const count = kind === 'tags' ? last - i : titles;
      if (count < (kind === 'tags' ? MIN_TAGS : MIN_TITLES)) {
        i = Math.max(i + 1, last + 1);
        continue;
      }
      remove(i, last, `${kind === 'tags' ? 'a rail of tags' : `a list of ${count} other pages`} under “${label.slice(0, 40)}”`);
      i = last + 1;
    }
    return edits;
  },
  describe: (edit, old) => `Removed a site’s list under its label: ${edit.reason ?? ''} (“${old.trim().split('\n')[0]!.slice(0, 60)}”)`,
};
