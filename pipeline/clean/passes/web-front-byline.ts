import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { MONTH_NAMES, isBlank, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { isBareName, isProperNounIn } from './_pdf-front.ts';
import { FRONT_LINE_THRESHOLD, HONORIFIC, frontLineEvidence, namesTranslator } from './_web-front-evidence.ts';
import { topicWords } from './_web-vocabulary.ts';
import { endKeepingSeparation, sameText } from './_web-lines.ts';
import { firstParagraph } from './web-navigation.ts';

/** A name alone on a line: two to four capitalised words or initials, nothing else. */
const NAME = /^\s*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}\s*$/u;
const MONTHS = `${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec`;
/** A date alone on a line, as a byline sets it under the name: "March 3, 2020", "Tue 3 Mar 2020", "Mar 3", "03/03/2020". */
const DATE_ALONE = new RegExp(
  `^(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?(?:,?\\s+\\d{4})?|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})$`,
  'iu',
);
/** Most words of a byline or notice; topic words it may share with the first paragraph. */
const MAX_WORDS = 16;
const MAX_SHARED = 0.34;

/**
 * A byline, credit, time stamp or notice about the page between the title and the first
 * paragraph, weighed by shape: a credit's lead ("Photography by …", "Edited on …"), a name with
 * a role, a date with a time of day, a notice's words (translated, sponsored, partnership,
 * archived), a language named, the site speaking, a dateline in capitals. It goes with enough
 * weight and few topic words shared with the first paragraph; a subtitle, an epigraph and its
 * attribution, a letter's place and date (no time of day) stay.
 */
/** Most words of a letter's salutation ("Dear Mr and Mrs Trewin,"). */
const MAX_SALUTATION_WORDS = 6;

/** The next line with text under `line` is a letter's salutation: a few words opening on a capital and ending on a comma, nothing else. */
function overSalutation(content: readonly Line[], line: Line): boolean {
  const next = content.find((l) => l.index > line.index)?.text.trim() ?? '';
  return /^["“‘]?\p{Lu}[^.;:!?,]*,$/u.test(next) && wordCount(next) <= MAX_SALUTATION_WORDS;
}

/** Short lines weighed under a short line taken for the first paragraph. */
const MAX_SHORT_AFTER = 2;
/** Words of a line below that carries a sentence on. */
const RESUMED_WORDS = 8;

export const removeFrontByline: Pass = {
  ruleId: 'web/front-byline',
  run(text, ctx) {
    const lines = splitLines(text);
    const content = lines.filter((line) => !isBlank(line));
    const first = firstParagraph(content);
    if (first < 1) return [];
    // The title: the metadata's where it stands (when it is not there, an earlier pass took it); a bare page's first line.
    const titleAt = content.findIndex((line, i) => i < first && sameText(line.text, ctx.title));
    const from = titleAt >= 0 ? titleAt + 1 : ctx.title ? 0 : 1;
    // A short notice that reads as a sentence may be taken for the first paragraph: then it is weighed too, and so are
    // the short lines under it (a byline under a note on the writer), up to the first line of a paragraph's length.
    let end = first;
    while (end < content.length && end <= first + MAX_SHORT_AFTER && wordCount(content[end]!.text) <= MAX_WORDS) end++;
    // The piece's opening paragraph, whose topic a line of the piece shares.
    const opening = content.slice(end - 1).find((line) => wordCount(line.text) > MAX_WORDS) ?? content[first]!;
    const edits: Edit[] = [];
    const removed = new Set<number>();
    const paragraph = new Set(topicWords(opening.text));
    for (const line of content.slice(from, end)) {
      const t = line.text.trim();
      if (wordCount(t) > MAX_WORDS) continue;
      // A line in lower case goes on from the one above, unless it is set apart (a blank line above it) or opens on "by".
      const above = lines[line.index - 1];
      if (/^\p{Ll}/u.test(t) && !/^by\s/.test(t) && above && !isBlank(above)) continue;
      // A sentence going on in lower case directly below: the line is set into the text (a picture's credit inside a
      // paragraph, which web/caption-credit takes with its caption), no byline over it.
      const below = lines[line.index + 1];
      if (below && /^\s*\p{Ll}/u.test(below.text) && wordCount(below.text) >= RESUMED_WORDS) continue;
      // A line of a list a sentence of the piece announces with a colon ("… falls into three parts:") is the author's.
      if (announcedByColon(lines, line.index)) continue;
      // The translator named, and not in the metadata: the words on the page are the translator's as much as the author's.
      // The credit stays with the piece, noted.
      if (namesTranslator(t, ctx)) {
        ctx.keep(line.start, t, "a translator's credit under the title: the piece's own attribution");
        continue;
      }
      const { score, reasons } = frontLineEvidence(t, ctx.author);
      if (score < FRONT_LINE_THRESHOLD) continue;
      // Set directly over a letter's salutation ("Our ref: RMH/TRE/0917⏎⏎Dear Mr and Mrs Trewin,"), a short line is the
      // letter's own head (its reference, its date, the addressee), written by the one who signs it.
      if (overSalutation(content, line)) {
        ctx.keep(line.start, t, "over a letter's salutation: the letter's own reference or date");
        continue;
      }
      const own = new Set(topicWords(t));
      const shared = [...own].filter((w) => paragraph.has(w)).length;
      if (own.size && shared / own.size > MAX_SHARED) continue;
      removed.add(line.index);
      edits.push({
        start: line.start,
        end: endKeepingSeparation(lines, line.index, text.length),
        text: '',
        ruleId: 'web/front-byline',
        reason: `a byline or notice between the title and the text (weight ${score}: ${reasons.join(', ')}; ${shared} of ${own.size} topic words shared with the first paragraph)`,
      });
    }
    // A name on the line directly above or below a byline's role ("Tom Hale" over "Senior correspondent") is the byline's.
    const isProperNoun = isProperNounIn(ctx);
    for (const line of content.slice(from, end)) {
      if (removed.has(line.index)) continue;
      const t = line.text.trim();
      const against = removed.has(line.index - 1) || removed.has(line.index + 1);
      const dateBelow = lines[line.index + 1] !== undefined && DATE_ALONE.test(lines[line.index + 1]!.text.trim());
      let reason: string | undefined;
      if (NAME.test(line.text) && against) reason = 'a name set directly against a byline';
      // A name alone directly over a date alone ("Ann Hale" over "March 3, 2020"): a byline, when its first word is a
      // given name (a place over a date, as a letter opens, is not: "New York", "Hebden Bridge").
      // A title of address before the name ("Dr. Ann Hale") makes it no less a name.
      else if (dateBelow && isBareName(t.replace(HONORIFIC, ''), isProperNoun)) reason = 'a name alone over a date';
      // A date alone set directly against a byline, or under a name taken for one, is the byline's date.
      else if (DATE_ALONE.test(t) && (against || removed.has(line.index - 1))) reason = 'a date set directly against a byline';
      if (!reason) continue;
      removed.add(line.index);
      edits.push({ start: line.start, end: endKeepingSeparation(lines, line.index, text.length), text: '', ruleId: 'web/front-byline', reason });
    }
    return edits;
  },
};

/** Words of a sentence that announces a list (more than a label's "Contents:"). */
const ANNOUNCING_WORDS = 5;

/** The line stands in a list under a sentence of the piece ending on a colon, in its block or just above it. */
function announcedByColon(lines: readonly Line[], index: number): boolean {
  const announces = (line: Line | undefined): boolean => line !== undefined && /:\s*$/.test(line.text) && wordCount(line.text) >= ANNOUNCING_WORDS;
  let i = index - 1;
  for (; i >= 0 && !isBlank(lines[i]); i--) if (announces(lines[i])) return true;
  return i >= 0 && announces(previousContentLine(lines, i));
}
