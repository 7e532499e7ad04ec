import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { captionEvidence, dialogueTurns, isTitleCase, isTurnInTalk, reasons, weigh, type Evidence, type Finding } from '../_evidence.ts';
import { isBlank, nextContentLine, previousContentLine, splitLines, type Line } from '../_lines.ts';
import { startsWithWordTail } from './pdf-caption-in-sentence.ts';
import { NUMBERED_HEADING, breakIsChosen, endsSentence, hasCaptionShape, hasParagraphIndent, isAllCaps, leadingSpace, lineWidths, paragraphIndent } from './_pdf-lines.ts';
import { ARTICLES, POSSESSIVES, DEMONSTRATIVES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, RELATIVES, FINITE_BE, AUXILIARIES, without, endsOnWord } from '../_function-words.ts';

/** Evidence from which a line goes. */
const REMOVE = 5;
/** Evidence from which a line that stays is listed as "kept, may be furniture". */
const NOTE = 4;
/** Share of the column a line of running text fills, at the least. */
const RUNNING = 0.6;
/** Most words such a caption runs to. */
const MAX_WORDS = 14;

/** Words no sentence ends on: an article, a preposition that wants its object, a conjunction, a possessive. */
const OPEN_END = endsOnWord(ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, ['into'], COORDINATORS, ['as', 'that'], POSSESSIVES, ['whose']);

/** Words a line of running text may break after but a caption does not end on: a demonstrative, a relative, a verb that wants more. */
const GOES_ON = endsOnWord(DEMONSTRATIVES, without(RELATIVES, 'whose'), FINITE_BE, AUXILIARIES, ['not', 'very', 'than']);
/** Share of the column from which a line is as wide as the text's lines. */
const AS_WIDE = 0.85;

/** A label and a lower-case description after its colon ("The quay now demolished: the view from the bridge"). */
const LABEL_AND_DESCRIPTION = /^[^:]{3,}:\s+\p{Ll}/u;

/** The lower-case letters opening a line make a word with a capital before them ("hen" → "When"): what a lost drop cap leaves. */
function completesWithCapital(text: string, ctx: PassContext): boolean {
  const fragment = /^\s*(\p{Ll}+)/u.exec(text)?.[1];
  return fragment !== undefined && [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].some((capital) => ctx.isKnownWord(capital + fragment));
}

/** A line an earlier pass or the layout marked as standing alone: a heading, a label, a numbered or capitalised line. */
function isLabel(text: string): boolean {
  const trimmed = text.trim();
  return /^#/.test(trimmed) || NUMBERED_HEADING.test(trimmed) || isAllCaps(trimmed, 3);
}

/**
 * How the sentence around the line runs: the line above unfinished (on a word no sentence ends
 * on, a comma or a broken word: beyond doubt; without a stop: likely) and running text, the
 * line below going on in lower case. A heading never interrupts a sentence.
 */
function interruption(above: Line | undefined, below: Line, column: readonly number[], ctx: PassContext): Finding | undefined {
  if (above === undefined || isLabel(above.text) || !/^\s*["“‘(]?\p{Ll}/u.test(below.text)) return undefined;
  const before = above.text.trim();
  if (endsSentence(before) || /[:;]$/.test(before) || before.length < column[above.index]! * RUNNING) return undefined;
  if (below.text.trim().length < column[below.index]! * RUNNING && !endsSentence(below.text.trim())) return undefined;
  const hyphenated = /[-\u00AD]$/.test(before);
  // Letters below that a lost drop cap left ("he boat") open a paragraph, and a heading may stand over it; not after a broken word.
  if (!hyphenated && startsWithWordTail(below.text, ctx) && completesWithCapital(below.text, ctx)) return undefined;
  if (hyphenated || OPEN_END.test(before) || /,$/.test(before)) return { weight: 3, reason: 'set into a sentence left open above and going on below in lower case' };
  return { weight: 2, reason: 'between a line without a stop and one going on in lower case' };
}

/**
 * What speaks for a caption in a single line of a PDF extraction: the sentence it interrupts,
 * how it is set apart from the text (blank lines, an indent the text's paragraphs do not
 * have, stopping short of the margin inside a sentence), and its wording (captionEvidence, or
 * a label with a lower-case description after its colon). Title case speaks for a heading.
 */
function weighLine(lines: readonly Line[], line: Line, column: readonly number[], indent: number, ctx: PassContext): Evidence | undefined {
  const trimmed = line.text.trim();
  const above = previousContentLine(lines, line.index);
  const below = nextContentLine(lines, line.index);
  if (below === undefined) return undefined;
  const sentence = interruption(above, below, column, ctx);
  const wording = captionEvidence(trimmed);
  const apart = isBlank(lines[line.index - 1]) || isBlank(lines[line.index + 1]);
  const setIn = leadingSpace(line.text) > Math.max(leadingSpace(above?.text ?? ''), leadingSpace(below.text)) && !hasParagraphIndent(line.text, indent);
  return weigh([
    sentence,
    apart && { weight: 1, reason: 'set apart by a blank line' },
    setIn && { weight: 1, reason: 'set in from the text' },
    sentence !== undefined && breakIsChosen(trimmed, below.text, column[line.index]!) && { weight: 1, reason: 'stops short of the margin' },
    ...wording.findings,
    LABEL_AND_DESCRIPTION.test(trimmed) && !wording.findings.some((f) => /label/.test(f.reason)) && { weight: 1, reason: 'a label and its description' },
    isTitleCase(trimmed.replace(/\s*\([^)]*\)$/, '')) && { weight: -2, reason: 'in title case, as headings are set' },
  ]);
}

/**
 * Picture captions of one line in a PDF extraction that no one sign gives away, found by
 * weighing the line's place and wording together (weighLine): a line set apart or set in,
 * inside a sentence that goes on below in lower case, worded as a caption or not; or a line
 * standing apart with picture or credit words and a description. The evidence must include
 * the sentence or picture words, and always some of a caption's wording: blank lines, an
 * indent and an interrupted sentence are also where a heading stands after a paragraph cut
 * short, over one whose drop cap was lost.
 * A line short of the evidence to go, but near it, stays and is listed as "kept, may be
 * furniture". The text's first line (its title) is left alone.
 */
export const removeWeighedPdfCaption: Pass = {
  ruleId: 'pdf/caption-weighed',
  run(text, ctx) {
    const lines = splitLines(text);
    const { column } = lineWidths(lines);
    const indent = paragraphIndent(lines);
    const edits: Edit[] = [];
    const first = lines.find((l) => !isBlank(l));
    // A turn of the text's talk (a script's "NARRATOR: The boat went ashore at first" over the rest of its sentence) is the
    // text's words, set in and short as a caption may be: its label opens other lines of the text (see isTurnInTalk).
    const isTurn = dialogueTurns(lines.filter((l) => !isBlank(l)).map((l) => l.text));
    let claimedUpTo = -1;
    for (const line of lines) {
      if (line.start < claimedUpTo || isBlank(line) || line === first) continue;
      const trimmed = line.text.trim();
      if (!hasCaptionShape(trimmed, MAX_WORDS) || OPEN_END.test(trimmed) || GOES_ON.test(trimmed) || /[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(trimmed)) continue;
      if (isTurnInTalk(line.text, nextContentLine(lines, line.index)?.text, isTurn)) continue;
      const evidence = weighLine(lines, line, column, indent, ctx);
      if (evidence === undefined) continue;
      const inSentence = evidence.findings.some((f) => /sentence|without a stop/.test(f.reason));
      const pictured = evidence.findings.some((f) => /picture or credit/.test(f.reason));
      if (!inSentence && !pictured) continue;
      // A flush line as wide as the text's is a paragraph's first line after one whose end was lost, as likely as a caption: only picture words tell.
      const setIn = evidence.findings.some((f) => /set in/.test(f.reason));
      if (trimmed.length >= column[line.index]! * AS_WIDE && !pictured && !setIn) continue;
      // A heading may stand after a paragraph whose stop was lost, or one cut short by a page, over a paragraph whose
      // one-letter drop cap was lost ("I" / "was born …"): the place alone does not tell, the wording must speak too.
      // A year alone is no caption's wording: running text carries years too.
      const worded = evidence.findings.some((f) => f.weight > 0 && !/sentence|without a stop|apart|set in|short of|carries a year/.test(f.reason));
      if (!worded) continue;
      if (evidence.score < REMOVE) {
        if (evidence.score >= NOTE) ctx.keep(line.start, trimmed, reasons(evidence));
        continue;
      }
      const above = previousContentLine(lines, line.index);
      const below = nextContentLine(lines, line.index)!;
      // Inside a sentence the caption goes and the sentence closes up; standing apart, only its line goes.
      const edit: Edit =
        inSentence && above !== undefined && above.end >= claimedUpTo
          ? { start: above.end, end: below.start, text: '\n', ruleId: 'pdf/caption-weighed', reason: reasons(evidence) }
          : { start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/caption-weighed', reason: reasons(evidence) };
      edits.push(edit);
      claimedUpTo = below.start;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption “${old.trim()}” from the text flow`,
};
