import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { captionWording, isSalutationLine, reasons } from '../_evidence.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { ITEM_START, NUMBERED_HEADING, breakIsChosen, endsSentence, isAllCaps, isDateline, lineWidths } from './_pdf-lines.ts';
import { opensParagraph, paragraphMeasure } from './pdf-caption-above-opening.ts';
import { isPdfCredit } from './pdf-caption-credit.ts';
import { creditAtEnd } from './pdf-caption-credited-line.ts';
import { withoutGluedCredit } from './web-caption-credit.ts';
import { markedCreditAt } from './_pdf-credit-tail.ts';
import { ARTICLES, POSSESSIVES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, endsOnWord } from '../_function-words.ts';

/** Most lines of the heading over the block: a heading wrapped over three lines at most. */
const MAX_HEADING_LINES = 3;
/** Most lines of the block: a caption's two or three lines and its credit. */
const MAX_BLOCK_LINES = 4;
/** Most words of the block: a caption of a sentence or two and a credit. */
const MAX_BLOCK_WORDS = 40;
/** Most words of one line of a heading. */
const MAX_HEADING_WORDS = 12;
/** Share of the column a heading's line stays under. */
const HEADING_SHARE = 0.75;

/** Words no heading's line ends on: the heading goes on in the next line ("A calendar of" / "bad years"). */
const OPEN_END = endsOnWord(ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, ['as', 'that'], POSSESSIVES, ['whose']);

/** A part's or chapter's label: the line under it is the part's own title, dated or not ("Part Two" / "Strikes in 1926"). */
const PART_LABEL = /^(?:part|chapter|book|section|appendix|volume)\b|^(?:[IVXLC]{1,6}|\d{1,3})\.?$/i;
/** Fewest words of a block that its wording alone, with no credit, marks as a caption: a heading's second part is shorter. */
const MIN_WORDED_WORDS = 6;
/** The writer or the reader as a subject: a sentence of the text, not a caption's description of its picture. */
const WRITER_SPEAKS = /\b(?:I|we|We|us|our|Our|you|You|your|Your)\b/;

/** A line of a heading: short, no sentence ended (a question in capitals may end one), no clause left open by a comma or a colon. */
function isHeadingPart(text: string, column: number): boolean {
  const t = text.trim();
  if (!t || /^#/.test(t) || wordCount(t) > MAX_HEADING_WORDS || t.length >= column * HEADING_SHARE || /[,;:]$/.test(t)) return false;
  return !endsSentence(t) || (isAllCaps(t, 3) && /\?["”’]?$/.test(t));
}

/**
 * A line the block may start or hold: no epigraph (a quotation opens it, or its source after a
 * dash and a capital), no numbered heading or list item, no letter's date line or salutation,
 * no clause left open by a comma or a colon (an address, a salutation, a line introducing the
 * text).
 */
export function couldBeBlockLine(text: string): boolean {
  const t = text.trim();
  if (/^[—–-]\s*\p{Lu}/u.test(t) || NUMBERED_HEADING.test(t) || ITEM_START.test(text)) return false;
  return !isDateline(t) && !isSalutationLine(t) && !/[,:;]$/.test(t);
}

/** What marks the block as a caption: a credit on a line of its own or closing one, or a caption's wording. */
function captionEvidence(block: readonly Line[]): string | undefined {
  if (block.some((l) => isPdfCredit(l.text))) return 'a credit on a line of its own';
  // A credit's label and a name after a mark ("… before the railings went up. Fotoğraf: A. Nurmi") closes a caption's line too.
  if (block.some((l) => creditAtEnd(l.text) !== undefined || markedCreditAt(l.text) !== undefined || withoutGluedCredit(l.text) !== undefined)) return 'a credit closing a line';
  const words = block.map((l) => l.text.trim()).join(' ');
  if (wordCount(words) < MIN_WORDED_WORDS) return undefined;
  // A caption tells of its picture; the writer speaking ("we can build a rough picture of …") is the text's own paragraph.
  if (WRITER_SPEAKS.test(words)) return undefined;
  const evidence = captionWording(words);
  return evidence ? reasons(evidence) : undefined;
}

/**
 * The lines from the end of the heading run up to `end`: consecutive lines after a blank one or
 * a line that ends its paragraph, the heading's and the block's. Undefined when more lines than
 * a heading and a caption run to stand there, or the lines go on from a paragraph above.
 */
function runUpTo(lines: readonly Line[], end: number): Line[] | undefined {
  const run: Line[] = [];
  for (let i = end; i >= 0; i--) {
    const line = lines[i]!;
    if (isBlank(line)) break;
    // A paragraph's last line above the heading: a finished sentence too long to be a heading's line.
    if (endsSentence(line.text) && run.length > 0 && !isHeadingPart(line.text, Number.POSITIVE_INFINITY)) break;
    run.unshift(line);
    if (run.length > MAX_HEADING_LINES + MAX_BLOCK_LINES) return undefined;
  }
  if (run.length === 0) return undefined;
  const above = lines[run[0]!.index - 1];
  if (above !== undefined && !isBlank(above) && !endsSentence(above.text)) return undefined;
  return run;
}

/** A line that may open the block under a heading: capitalised, not in capitals (a heading's own line). */
export const opensCapitalised = (l: Line): boolean => /^["“‘']?\p{Lu}/u.test(l.text.trim()) && !isAllCaps(l.text, 3);

/**
 * The heading over a paragraph's opening and the block between them: the run of lines up to the
 * opening (runUpTo), split at the first line that may open the block (`opensBlock`) after a line
 * that ends as a heading may, within MAX_HEADING_LINES, every heading line a heading's part.
 * Undefined where the run is the text's first lines, a part's title, already claimed, or splits so
 * nowhere. Shared by the rules that weigh such a block: pdf/caption-over-opening and pdf/caption-over-drop-cap.
 */
export function headingOverBlock(
  lines: readonly Line[],
  opening: Line,
  column: readonly number[],
  firstContent: Line | undefined,
  claimedUpTo: number,
  opensBlock: (l: Line) => boolean,
): { run: Line[]; block: Line[]; gap: number } | undefined {
  const gap = isBlank(lines[opening.index - 1]) ? 1 : 0;
  const run = runUpTo(lines, opening.index - 1 - gap);
  if (run === undefined || run.length < 2 || run[0] === firstContent || run[0]!.start < claimedUpTo) return undefined;
  if (!/^["“‘']?[\p{Lu}\p{N}]/u.test(run[0]!.text.trim()) || PART_LABEL.test(run[0]!.text.trim())) return undefined;
  // The heading's lines run down to the first line that may open the block after one that ends as a heading may.
  let start = 1;
  while (start < run.length && start <= MAX_HEADING_LINES && (!opensBlock(run[start]!) || OPEN_END.test(run[start - 1]!.text.trim()))) start++;
  if (start >= run.length || start > MAX_HEADING_LINES) return undefined;
  if (!run.slice(0, start).every((l) => isHeadingPart(l.text, column[l.index]!))) return undefined;
  return { run, block: run.slice(start), gap };
}

/**
 * A picture caption of a PDF extraction, over one line or several, with or without its
 * credit, set between a section's heading and its first paragraph (the picture stood at the
 * head of the section). The paragraph below opens beyond doubt (a drop cap on a line of its
 * own, the letters a lost drop cap left, small capitals, or a full line the block stopped short
 * of), so the block is none of its lines; the heading above is short lines after a blank line
 * or a finished paragraph, the block starts on a capitalised line after a heading line that
 * ends on a word a heading may end on. What decides is the block's wording as a whole: a
 * credit (a label and a name, a name and an agency, a copyright sign, an agency in capitals), or
 * a caption's wording (picture words, a picture dated or named), never a title-case subtitle
 * or a bare year. An epigraph (opened by a quotation mark, its source after a dash), a letter's
 * date line or salutation, a numbered heading and the text's opening lines stay.
 */
export const removeCaptionOverOpening: Pass = {
  ruleId: 'pdf/caption-over-opening',
  run(text, ctx) {
    const lines = splitLines(text);
    const { column } = lineWidths(lines);
    const edits: Edit[] = [];
    const firstContent = lines.find((l) => !isBlank(l));
    let claimedUpTo = -1;
    for (const opening of lines) {
      if (isBlank(opening) || opening.index < 2) continue;
      const width = column[opening.index]!;
      if (!opensParagraph(lines, opening, width, ctx)) continue;
      const found = headingOverBlock(lines, opening, column, firstContent, claimedUpTo, opensCapitalised);
      if (found === undefined) continue;
      const { run, block, gap } = found;
      // A full capitalised line is a paragraph's opening only under a heading set apart by a blank line; after a
      // finished sentence, the short lines over it may be a title and its note inside the text.
      const fullLine = /^["“‘]?\p{Lu}\p{Ll}/u.test(opening.text.trim());
      if (fullLine && !isBlank(lines[run[0]!.index - 1]) && run[0]!.index > 0) continue;
      if (block.length > MAX_BLOCK_LINES || wordCount(block.map((l) => l.text).join(' ')) > MAX_BLOCK_WORDS) continue;
      // An epigraph opens on its quotation.
      if (/^["“‘']/u.test(block[0]!.text.trim()) || !block.every((l) => couldBeBlockLine(l.text))) continue;
      const last = block[block.length - 1]!;
      // A capitalised full line right under the block is the paragraph's first only where the block stopped short of its first word.
      if (gap === 0 && fullLine && !breakIsChosen(last.text, opening.text, Math.min(width, paragraphMeasure(lines, opening)))) continue;
      const why = captionEvidence(block);
      if (why === undefined) continue;
      edits.push({
        start: block[0]!.start,
        end: Math.min(last.end + 1, text.length),
        text: '',
        ruleId: 'pdf/caption-over-opening',
        reason: `between a heading and its paragraph's opening; ${why}`,
      });
      claimedUpTo = last.end + 1;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from between a heading and its paragraph`,
};
