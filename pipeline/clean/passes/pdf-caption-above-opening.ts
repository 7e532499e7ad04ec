import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { captionWording, reasons } from '../_evidence.ts';
import { isBlank, nextContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { startsWithWordTail } from './pdf-caption-in-sentence.ts';
import { NUMBERED_HEADING, breakIsChosen, endsSentence, hasCaptionShape, isAllCaps, leadingSpace, lineWidths } from './_pdf-lines.ts';
import { ARTICLES, POSSESSIVES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, endsOnWord } from '../_function-words.ts';

/** Share of the column a heading stays under. */
const HEADING_SHARE = 0.75;
/** Share of the column a capitalised paragraph's first line fills. */
const FULL_LINE = 0.85;
/** Most words such a caption runs to. */
const MAX_WORDS = 12;

/** Words no heading ends on: the heading would go on in the next line. */
const OPEN_END = endsOnWord(ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, ['as', 'that'], POSSESSIVES, ['whose']);

/** A part's or chapter's label: the heading of its own under it may be dated ("Part Two" / "Strikes in 1926"). */
const PART_LABEL = /^(?:part|chapter|book|section|appendix|volume)\b|^(?:[IVXLC]{1,6}|\d{1,3})\.?$/i;

/** Share of the column a paragraph's measure fills: lines of verse, a list or a table are set narrower. */
const PROSE_MEASURE = 0.6;

/**
 * A short line standing on its own as a heading: it opens with a capital or a number, ends
 * no sentence (a question in capitals may), does not end on a word that wants more, and
 * stands after a blank line or a finished sentence, or is numbered, in capitals or set in.
 */
function isHeadingLine(lines: readonly Line[], line: Line, column: number): boolean {
  const trimmed = line.text.trim();
  if (!/^["“‘']?[\p{Lu}\p{N}]/u.test(trimmed) || /^#/.test(trimmed) || trimmed.length >= column * HEADING_SHARE || wordCount(trimmed) > MAX_WORDS) return false;
  if (/[,;:]$/.test(trimmed) || OPEN_END.test(trimmed) || PART_LABEL.test(trimmed)) return false;
  const capitals = isAllCaps(trimmed, 3);
  if (endsSentence(trimmed) && !(capitals && /\?["”’]?$/.test(trimmed))) return false;
  if (capitals || NUMBERED_HEADING.test(trimmed) || /^\s*[IVXLC]{1,6}\.\s+\S/.test(trimmed)) return true;
  const above = lines[line.index - 1];
  return above === undefined || isBlank(above) || endsSentence(above.text) || leadingSpace(line.text) > leadingSpace(above.text);
}

/**
 * The line opens a paragraph beyond doubt: a drop cap on a line of its own ("T"), the rest of
 * a word whose drop cap was lost ("he boat"), a first word in small capitals ("WHEN the"), or
 * a capitalised line running to the margin.
 */
export function opensParagraph(lines: readonly Line[], line: Line, column: number, ctx: PassContext): boolean {
  const trimmed = line.text.trim();
  if (/^["“‘]?\p{Lu}$/u.test(trimmed)) return true;
  if (/^["“‘]?\p{Lu}{2,}\s+\p{Ll}/u.test(trimmed)) return true;
  if (/^\p{Ll}/u.test(trimmed)) return startsWithWordTail(trimmed, ctx);
  const measure = paragraphMeasure(lines, line);
  return /^["“‘]?\p{Lu}/u.test(trimmed) && measure >= column * PROSE_MEASURE && trimmed.length >= Math.min(column, measure) * FULL_LINE;
}

/** Lines of a paragraph measured for its own width: a section may be set on a narrower measure than the page around it. */
const MEASURED_LINES = 3;

/** The longest of a paragraph's first lines: the measure it was set on. */
export function paragraphMeasure(lines: readonly Line[], first: Line): number {
  let longest = 0;
  for (let i = first.index; i < first.index + MEASURED_LINES && i < lines.length && !isBlank(lines[i]); i++) longest = Math.max(longest, lines[i]!.text.trim().length);
  return longest;
}

/**
 * A picture caption of a PDF extraction set between a section heading and the section's
 * first paragraph (the picture stood at the head of the section), where the heading is set
 * flush and plain, as pdf/caption-under-heading does not take it: a short line after a blank
 * line or a finished sentence that stopped with room for the caption's first word, so the two
 * are not one heading wrapped. What decides is the place and the wording together: the line
 * below opens the paragraph beyond doubt (a drop cap, the rest of a word whose drop cap was
 * lost, small capitals, or a full capitalised line the caption stops short of), so the line is
 * no paragraph's first line; and its wording is a caption's (a picture dated or credited,
 * picture words, never a line in title case as a subtitle is set). The text's opening lines,
 * where a title and its subtitle stand, are left alone.
 */
export const removeCaptionAboveOpening: Pass = {
  ruleId: 'pdf/caption-above-opening',
  run(text, ctx) {
    const lines = splitLines(text);
    const { column } = lineWidths(lines);
    const edits: Edit[] = [];
    const firstContent = lines.find((l) => !isBlank(l));
    for (const line of lines) {
      const above = lines[line.index - 1];
      if (above === undefined || isBlank(line) || isBlank(above) || above === firstContent) continue;
      const trimmed = line.text.trim();
      if (!hasCaptionShape(trimmed, MAX_WORDS) || OPEN_END.test(trimmed)) continue;
      const width = column[line.index]!;
      if (!isHeadingLine(lines, above, width)) continue;
      // The heading stopped short of the caption's first word: had it gone on, that word would have been on its line.
      if (!isAllCaps(above.text, 3) && leadingSpace(above.text) === 0 && !breakIsChosen(above.text, trimmed, width)) continue;
      const below = nextContentLine(lines, line.index);
      if (below === undefined || !opensParagraph(lines, below, width, ctx)) continue;
      // A capitalised line below that is the paragraph's first: the caption stopped short of its first word.
      if (/^["“‘]?\p{Lu}\p{Ll}/u.test(below.text.trim()) && below.index === line.index + 1 && !breakIsChosen(trimmed, below.text, Math.min(width, paragraphMeasure(lines, below)))) continue;
      const evidence = captionWording(trimmed);
      if (!evidence) continue;
      edits.push({
        start: line.start,
        end: Math.min(line.end + 1, text.length),
        text: '',
        ruleId: 'pdf/caption-above-opening',
        reason: `between a heading and its paragraph's opening; ${reasons(evidence)}`,
      });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption “${old.trim()}” from between a heading and its paragraph`,
};
