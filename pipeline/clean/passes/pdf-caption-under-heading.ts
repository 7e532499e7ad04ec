import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { captionWording, isTitleCase, reasons } from '../_evidence.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { NUMBERED_HEADING, breakIsChosen, endsSentence, hasCaptionShape, isAllCaps, leadingSpace, lineWidths, opensInSmallCapitals } from './_pdf-lines.ts';
import { sharesNoTopicWord, startsWithWordTail, topicWordUses, type TopicWordUses } from './pdf-caption-in-sentence.ts';
import { isCreditLine } from './web-caption-credit.ts';

/** Share of the column a heading stays under. */
const HEADING_SHARE = 0.75;
/** Share of the column under which a capitalised line after a blank one is short enough to open a heading. */
const SHORT_SHARE = 0.5;
const ROMAN_HEADING = /^\s*[IVXLC]{1,6}\.\s+\S/;

function couldBeCaption(text: string): boolean {
  return hasCaptionShape(text) && !ROMAN_HEADING.test(text);
}

/**
 * A heading set on its own line: numbered, in capitals, or short and set in from the margin,
 * after a line that ended its paragraph (or the second line of such a heading).
 */
function isHeading(lines: readonly Line[], line: Line, column: readonly number[], depth = 0): boolean {
  const trimmed = line.text.trim();
  if (!trimmed || /^#/.test(trimmed) || endsSentence(trimmed) || /[,;:]$/.test(trimmed) || wordCount(trimmed) > 12) return false;
  if (trimmed.length >= column[line.index]! * HEADING_SHARE) return false;
  if (NUMBERED_HEADING.test(trimmed) || ROMAN_HEADING.test(trimmed) || isAllCaps(trimmed)) return true;
  const above = lines[line.index - 1];
  const closedAbove = above === undefined || isBlank(above) || endsSentence(above.text);
  if (leadingSpace(line.text) > 0 && /^["“‘']?\p{Lu}/u.test(trimmed) && closedAbove) return true;
  // Short, capitalised, after a blank line: the first line of a heading wrapped over two ("A waterway⏎and its people").
  if (depth === 1 && /^["“‘']?\p{Lu}/u.test(trimmed) && (above === undefined || isBlank(above)) && trimmed.length < column[line.index]! * SHORT_SHARE) return true;
  // The second line of a heading wrapped over two ("A calendar⏎of bad years").
  return depth === 0 && above !== undefined && !isBlank(above) && isHeading(lines, above, column, 1) && !isBlank(line);
}

/**
 * A picture caption set directly under a section heading of a PDF extraction, before the
 * section's first paragraph (the picture stood at the head of the section). Its place says
 * little (a subtitle stands there too), so only a caption's wording removes it: picture or
 * credit words, or a picture dated ("… in 1905", "c. 1905"); never a line in title case without
 * picture words, as subtitles are set. A line that fills the column is a paragraph's first line,
 * unless the paragraph opens below it with what a lost drop cap left of its first word. A
 * credit on the line below is a caption's evidence too: the two go together.
 */
export const removeCaptionUnderHeading: Pass = {
  ruleId: 'pdf/caption-under-heading',
  run(text, ctx) {
    const lines = splitLines(text);
    const { column } = lineWidths(lines);
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    let topicUses: TopicWordUses | undefined;
    for (const line of lines) {
      if (line.start < claimedUpTo) continue;
      const above = lines[line.index - 1];
      if (above === undefined || isBlank(line) || isBlank(above) || !couldBeCaption(line.text)) continue;
      if (!isHeading(lines, above, column)) continue;
      // A paragraph's first line fills the column ("The drains were last cleared in 1908⏎and since …"); a caption stops short.
      // Over letters a lost drop cap left ("he boat families …") the paragraph opens below, so the line is none of its lines.
      const below = lines[line.index + 1];
      const opensBelow = below !== undefined && startsWithWordTail(below.text, ctx);
      if (below !== undefined && !isBlank(below) && below.text.trim().length > 1 && !opensBelow && !breakIsChosen(line.text, below.text, column[line.index]!)) continue;
      // A credit on the next line ("Photo: …", "© …", "Image courtesy of …", "(Reuters)") is the picture's: the line
      // between it and the heading is its caption, however it is worded. Not a line opening on a quotation mark, an
      // epigraph, whose source (a dash and a name) is no credit.
      if (below !== undefined && !isBlank(below) && isCreditLine(below.text) && !/^\s*["“‘']/u.test(line.text)) {
        edits.push({ start: line.start, end: Math.min(below.end + 1, text.length), text: '', ruleId: 'pdf/caption-under-heading', reason: 'under a heading, over its credit' });
        claimedUpTo = below.end + 1;
        continue;
      }
      const evidence = captionWording(line.text);
      if (evidence) {
        edits.push({ start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/caption-under-heading', reason: `under a heading; ${reasons(evidence)}` });
        continue;
      }
      // Worded as no caption is worded, a line whose topic words (three or more) the text uses nowhere else speaks of
      // nothing the section does: no subtitle (which names the section's subject), nor the heading's own second line,
      // nor the paragraph's first (it stops short). Not a line in title case (as subtitles are set), nor one opening on
      // a quotation mark (an epigraph, brought in from elsewhere as a caption is).
      // Nor a line over one opening in lower case, or that opens in small capitals: a paragraph's first line ("WE owe them
      // more than a brass band and a speech, though they⏎shall have both"), whatever its words. Lower-case letters a lost
      // drop cap left ("he boat") are no exception here: in a text in another language, its words are no English words
      // either ("… de la⏎cour sans mes lunettes"), and only a caption's wording tells.
      const runsOn = below !== undefined && /^\s*["“‘'(]?\p{Ll}/u.test(below.text);
      if (runsOn || opensInSmallCapitals(line.text)) continue;
      topicUses ??= topicWordUses(text);
      if (isTitleCase(line.text) || /^\s*["“‘'*_]/u.test(line.text) || !sharesNoTopicWord(line.text, topicUses)) continue;
      edits.push({ start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/caption-under-heading', reason: 'under a heading; no topic word shared with the text' });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption “${old.trim()}” from under a heading`,
};
