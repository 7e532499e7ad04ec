import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { captionEvidence, interviewQuestions, isTitleCase, reasons, weigh, type Evidence } from '../_evidence.ts';
import { SENTENCE_END, isBlank, normaliseForComparison, splitLines, wordCount, type Line } from '../_lines.ts';
import { endsOnFunctionWord, hasCaptionShape, isDateLine, isProse } from './_web-lines.ts';

/** Evidence from which a line goes. */
const REMOVE = 4;
/** Evidence from which a line that stays is listed as "kept, may be furniture". */
const NOTE = 3;
/** Numbered headings a text needs before its numbering is its heading style. */
const MIN_NUMBERED = 3;
/** Most words of a caption's second line, when it runs over two. */
const MAX_CAPTION_TAIL_WORDS = 6;
/** Most words of a line read as a heading of the text. */
const MAX_HEADING_WORDS = 12;

/** A section number before a heading's words: "2. ", "2\. ", "IV. ". */
const SECTION_NUMBER = /^\s*(?:\d{1,3}|[IVXLC]{1,6})\\?\.\s+\S/;

/** A short line standing as a block of its own (blank lines around it, or the first line of a block): a heading's place. */
function standsAlone(lines: readonly Line[], line: Line): boolean {
  return line.index === 0 || isBlank(lines[line.index - 1]);
}

/** Short, capitalised or numbered, no closing stop but a question mark: a heading, a caption, a question. */
function isHeadingLike(text: string): boolean {
  const trimmed = text.trim();
  return /^["“‘(]?[\p{Lu}\p{N}]/u.test(trimmed) && wordCount(trimmed) <= MAX_HEADING_WORDS && !/[.,;:!]["”’]?$/.test(trimmed) && !isProse(trimmed);
}

/**
 * The text's own heading style, read from the lines standing as headings: numbered when
 * several are numbered and no other heading-like line lacking a caption's wording (a date
 * line heads a letter or a diary entry) stands among them; an interview's questions when its heading-like lines are its turns (see
 * interviewQuestions). A line outside that style, in a text that keeps it, is no heading of the text.
 */
function headingStyle(lines: readonly Line[], ctx: PassContext): ((text: string) => boolean) | undefined {
  const first = lines.find((line) => !isBlank(line));
  const headings = lines
    // The piece's title is in no style of the headings, nor is a text's first line when no title is given (it is the title then).
    .filter((line) => !isBlank(line) && standsAlone(lines, line) && isHeadingLike(line.text) && !isTitle(line.text, ctx) && !(line === first && ctx.title === undefined && !SECTION_NUMBER.test(line.text)))
    .map((line) => line.text.trim());
  const numbered = headings.filter((text) => SECTION_NUMBER.test(text));
  const others = headings.filter((text) => !SECTION_NUMBER.test(text) && !isDateLine(text) && captionEvidence(text).score < 2);
  if (numbered.length >= MIN_NUMBERED && others.length === 0) return (text) => SECTION_NUMBER.test(text);
  const isQuestion = interviewQuestions(headings);
  if (headings.some(isQuestion)) return isQuestion;
  return undefined;
}

/** The line stops where no sentence stops: no stop at all, or a comma, semicolon or dash. */
function unfinished(text: string): boolean {
  const trimmed = text.trim();
  return wordCount(trimmed) >= 3 && !SENTENCE_END.test(trimmed) && !/:$/.test(trimmed);
}

/** The nearest content line above, past one blank line. */
function lineAbove(lines: readonly Line[], line: Line): Line | undefined {
  const above = lines[line.index - 1];
  if (above && isBlank(above)) {
    const further = lines[line.index - 2];
    return further && !isBlank(further) ? further : undefined;
  }
  return above;
}

/**
 * What speaks for a caption in a line of a web copy: its wording (picture and credit words, a
 * picture dated or credited), its place inside a sentence (the line above unfinished, the line
 * below going on in lower case), a text whose headings keep a style this line does not, and a
 * caption next to it. Title case speaks for a heading, as headings and subtitles are set.
 */
function weighLine(lines: readonly Line[], line: Line, style: ((text: string) => boolean) | undefined): Evidence {
  const trimmed = line.text.trim();
  const wording = captionEvidence(trimmed);
  const above = lineAbove(lines, line);
  const below = lines[line.index + 1];
  // The line above is a paragraph's (running prose, or stopping on a word that wants more): a short line standing alone
  // there is a heading, and a line under it going on in lower case is no sentence it broke off.
  const interrupts =
    above !== undefined && unfinished(above.text) && (isProse(above.text) || endsOnFunctionWord(above.text)) && below !== undefined && !isBlank(below) && /^\s*["“‘(]?\p{Ll}/u.test(below.text);
  const neighbours = [lines[line.index - 1], lines[line.index + 1]].filter((l): l is Line => l !== undefined && !isBlank(l));
  return weigh([
    ...wording.findings,
    interrupts && { weight: 3, reason: 'set into a sentence that goes on below in lower case' },
    style !== undefined && standsAlone(lines, line) && !style(trimmed) && { weight: 1, reason: "outside the style of the text's headings" },
    neighbours.some((l) => hasCaptionShape(l.text) && captionEvidence(l.text).score >= NOTE) && { weight: 1, reason: 'next to another caption' },
    // A credit in brackets names a collection in capitals ("(County Record Office)"): the caption's own words tell its case.
    isTitleCase(trimmed.replace(/\s*\([^)]*\)$/, '')) && { weight: -2, reason: 'in title case, as headings are set' },
  ]);
}

function isTitle(text: string, ctx: PassContext): boolean {
  return ctx.title !== undefined && normaliseForComparison(text) === normaliseForComparison(ctx.title);
}

/**
 * Picture captions of a web copy that no one sign gives away, found by weighing what the
 * line and the whole text say (weighLine): a caption set into a sentence after a comma or a
 * blank line, worded as one; a dated caption standing alone in a text whose headings are
 * numbered or are an interview's questions. Only a line with caption wording or a sentence
 * around it is weighed at all; the piece's title and its first block are left to the title
 * passes. A line short of the evidence to go, but near it, stays and is listed as "kept, may
 * be furniture".
 */
export const removeWeighedCaption: Pass = {
  ruleId: 'web/caption-weighed',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    const style = headingStyle(lines, ctx);
    const first = lines.find((l) => !isBlank(l));
    let claimedUpTo = -1;
    for (const line of lines) {
      if (line.start < claimedUpTo || isBlank(line) || line === first || !hasCaptionShape(line.text) || /^\s*[#>\\]/.test(line.text)) continue;
      const trimmed = line.text.trim();
      if (isTitle(trimmed, ctx) || style?.(trimmed)) continue;
      // A line ending on a word that wants more, over a line going on in lower case, is the first line of that
      // sentence, however it speaks of pictures ("Photographs of the harbour taken in 1911 hang in" / "the customs house").
      const next = lines[line.index + 1];
      if (endsOnFunctionWord(trimmed) && next !== undefined && /^\s*\p{Ll}/u.test(next.text)) continue;
      const evidence = weighLine(lines, line, style);
      // The wording or the sentence must speak: a text's style and a neighbour alone say too little.
      const spoken = evidence.findings.some((f) => f.weight >= 2);
      if (!spoken || evidence.score < NOTE) continue;
      if (evidence.score < REMOVE) {
        ctx.keep(line.start, trimmed, reasons(evidence));
        continue;
      }
      const interrupts = evidence.findings.some((f) => /set into a sentence/.test(f.reason));
      const above = lineAbove(lines, line)!;
      let below = lines[line.index + 1];
      // A caption run over two lines: a short tail, and the sentence going on in lower case under it.
      const further = below ? lines[below.index + 1] : undefined;
      if (interrupts && below && further && !isBlank(further) && /^\s*\p{Ll}/u.test(further.text) && wordCount(below.text) <= MAX_CAPTION_TAIL_WORDS && !SENTENCE_END.test(below.text.trim()) && !isProse(below.text)) below = further;
      // Set into a sentence, the caption goes and the sentence closes up; standing alone, its line and one blank line after it go.
      const edit: Edit = interrupts
        ? { start: above.end, end: below!.start, text: ' ', ruleId: 'web/caption-weighed', reason: reasons(evidence) }
        : {
            start: line.start,
            end: Math.min(below !== undefined && isBlank(below) ? below.end + 1 : line.end + 1, text.length),
            text: '',
            ruleId: 'web/caption-weighed',
            reason: reasons(evidence),
          };
      if (edit.start < claimedUpTo) continue;
      edits.push(edit);
      claimedUpTo = edit.end;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed photo caption “${old.trim()}” from the text flow`,
};
