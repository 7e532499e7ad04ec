import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { PLACE_AND_DATE_LINE, isBlank, splitLines, type Line } from '../_lines.ts';
import {
  DATE_LABEL,
  ITEM_START,
  endsInHardBreak,
  OVERLONG,
  breakIsChosen,
  breakIsChosenInType,
  endsSentence,
  hasParagraphIndent,
  isMarkedBlock,
  leadingSpace,
  lineWidths,
  paragraphIndent,
  startsLowercase,
} from './_pdf-lines.ts';
import { ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, oneOf, without } from '../_function-words.ts';

/** Shorter than this share of the local full line, a line that ends a sentence ends its paragraph. */
const SHORT_LINE = 0.8;
/** A line ending on one of these words has not finished its sentence, whatever follows. */
// Of the coordinators it leaves out "but": as it was written, listed for the lead.
const DANGLING = new RegExp(String.raw`\b(${oneOf(ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, without(COORDINATORS, 'but'), ['that'])})$`, 'i');
/** A salutation or a letter's closing is short: less than this share of the column. */
const SALUTATION_LINE = 0.6;
/** A label such as a year in a timeline is much shorter than a line. */
const LABEL_LINE = 0.4;

/** A line that stops without punctuation here has lost its full stop, if the next word would have fitted. */
const UNFINISHED = /[,;:(\-–—]$/;

/**
 * An indent this deep sets a block apart (a quotation). One space is no evidence: extractions
 * leave it before the tail of a hyphenated word and before stray lines.
 */
const BLOCK_INDENT = 2;

/** A numbered list item as the escaping pass left it: "1\. that the machines". */
const NUMBERED_ITEM = /^(\s*\d{1,2})\\(\.\s)/;

interface Widths {
  typical: readonly number[];
  column: readonly number[];
  typeColumn: readonly number[];
  /** Speakers' labels that open turns in this text. */
  speakers: ReadonlySet<string>;
  /** The text's full line: a letter's short lines at its head or foot leave their neighbourhood no measure. */
  measure: number;
  /** How deep the text indents its paragraphs' first lines; 0 when it does not. */
  indent: number;
}

/**
 * The length of the text's full lines, taken over the whole text: most lines of running text are
 * full, and a paragraph set on one long line is rare among them.
 */
function fullLineLength(lines: readonly Line[]): number {
  const lengths = lines.filter((line) => !isBlank(line)).map((line) => line.text.trim().length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * FULL_LINE_PERCENTILE)] ?? 0;
}
const FULL_LINE_PERCENTILE = 0.75;

/**
 * Measured in the book face, a greedy or justified typesetter leaves less room at the end of a
 * line inside a paragraph than its first word would take; this share of the column allows
 * for the face not being the one the PDF used.
 */
const TYPE_SLACK = 0.97;

/** A capitalised word the document also writes in lower case: a sentence start, not a name. */
function opensSentence(text: string, ctx: PassContext): boolean {
  const word = /^["“‘(]?(\p{Lu}\p{Ll}*)\b/u.exec(text)?.[1];
  return word !== undefined && ctx.vocabulary.count(word) > ctx.vocabulary.capitalCount(word);
}

function isIndented(line: Line | undefined): boolean {
  return line !== undefined && !isBlank(line) && leadingSpace(line.text) >= BLOCK_INDENT;
}

/** A bullet, or a number before lower-case text after a line that closed a clause: "…as follows:" / "1. that the …". */
function startsItem(lines: readonly Line[], i: number): boolean {
  const line = lines[i]!.text;
  if (!ITEM_START.test(line)) return false;
  return !/^\s*\d/.test(line) || i === 0 || /[.:;!?]["”’)]?\s*$/.test(lines[i - 1]!.text);
}

/**
 * Where the indent changes, a block set apart begins or ends: an indented quotation after
 * the sentence that introduces it, or the running text again after it. Leaving the indent
 * counts only after two indented lines, since a paragraph's first line may be indented alone.
 */
function indentChanges(lines: readonly Line[], i: number): boolean {
  const current = lines[i]!;
  const next = lines[i + 1]!;
  if (!endsSentence(current.text) && !/:\s*$/.test(current.text)) return false;
  if (!isIndented(current) && isIndented(next)) return true;
  return isIndented(current) && !isIndented(next) && isIndented(lines[i - 1]);
}

/** A speaker's label opening a turn of an interview or a play: "Q: ", "A: ", "JH: ", "Mrs Hale: ". */
const SPEAKER_LABEL = /^["“‘]?(\p{Lu}{1,3}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?):\s+\S/u;
/** Line starts a label must open before it counts as a speaker's: one use may be anything ("Note: …"). */
const MIN_TURNS = 2;

/** The speakers' labels of the text: those that open at least MIN_TURNS lines. */
function speakerLabels(lines: readonly Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const label = SPEAKER_LABEL.exec(line.text.trim())?.[1];
    if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= MIN_TURNS).map(([label]) => label));
}

/** A line well short of the column that opens on a capital: a salutation, a closing, a name, a place. */
function isShortCapitalised(text: string, column: number): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && trimmed.length < column * SALUTATION_LINE && /^["“‘]?\p{Lu}/u.test(trimmed);
}

/** A letter's salutation: a few words, capitalised, ending on a comma ("Sir,", "My dear Margaret,", "Dearest Grace,"). */
function isSalutation(text: string, column: number, maxWords = MAX_SALUTATION_WORDS): boolean {
  const trimmed = text.trim();
  return isShortCapitalised(trimmed, column) && /,["”’]?$/.test(trimmed) && trimmed.split(/\s+/).length <= maxWords;
}
const MAX_SALUTATION_WORDS = 4;
/** A letter's closing may say more: "Your envious but loving sister,". */
const MAX_CLOSING_WORDS = 6;

/**
 * The short lines that frame a letter stand on their own, whatever the line before left
 * unfinished: a place and date ("Leeds, 6 August 1911"), a salutation above the letter's
 * first line ("To the Editor of the Gazette⏎Sir,"), the name under a closing ("Your loving
 * sister,⏎Lydia") when the letter ends there. Lines run together are no letter's frame.
 */
function isLetterFrame(lines: readonly Line[], i: number, widths: Widths): boolean {
  const column = (k: number): number => Math.max(widths.column[k]!, widths.measure);
  const current = lines[i]!.text.trim();
  const next = lines[i + 1]!.text.trim();
  const after = lines[i + 2];
  const capitalised = (text: string): boolean => /^["“‘]?\p{Lu}/u.test(text.trim());
  if (!capitalised(next) || current.length >= column(i) * SALUTATION_LINE) return false;
  if (PLACE_AND_DATE_LINE.test(next) || PLACE_AND_DATE_LINE.test(current)) return !UNFINISHED.test(current) || /,["”’]?$/.test(current);
  if (UNFINISHED.test(current) && !isSalutation(current, column(i), MAX_CLOSING_WORDS)) return false;
  if (DANGLING.test(current)) return false;
  // A salutation with the letter's text below it.
  if (isSalutation(next, column(i + 1)) && after !== undefined && !isBlank(after) && capitalised(after.text)) return true;
  // A closing, then the name that ends the letter (a blank line, the end, or the next letter's place and date below).
  const closes = isSalutation(current, column(i), MAX_CLOSING_WORDS) && endsSentence(lines[i - 1]?.text ?? '.');
  return closes && isShortCapitalised(next, column(i + 1)) && !/[,.;:]["”’]?$/.test(next) && (after === undefined || isBlank(after) || PLACE_AND_DATE_LINE.test(after.text));
}

/** A lettered or roman-numbered item's label in brackets: "(a) ", "(iv) ". */
const LETTERED_ITEM = /^\((?:\p{Ll}|[ivx]{1,4})\)\s/u;

function endsParagraph(lines: readonly Line[], i: number, inItem: boolean, widths: Widths, ctx: PassContext): boolean {
  const { typical, column, typeColumn, speakers } = widths;
  const current = lines[i]!.text.trim();
  const next = lines[i + 1]!.text.trim();
  if (startsItem(lines, i + 1)) return true;
  // A lettered item ("(b) junior members, …") after a clause closed by a colon, a semicolon or a stop opens a paragraph of its own.
  if (LETTERED_ITEM.test(next) && /[.:;]["”’)]?$/.test(current)) return true;
  if (startsLowercase(next)) return false;
  // A speaker's turn ends where the next speaker's label opens a line.
  const label = SPEAKER_LABEL.exec(next)?.[1];
  if (label !== undefined && speakers.has(label) && (endsSentence(current) || /[—–-]["”’]?$/.test(current))) return true;
  if (indentChanges(lines, i)) return true;
  // Where the text indents its paragraphs, a line over a line set in by that indent ends its paragraph, stop or none:
  // a flush line, or a short one (an indented block's lines are full).
  if (
    hasParagraphIndent(lines[i + 1]!.text, widths.indent) &&
    (!isIndented(lines[i]) || current.length < typical[i]! * SHORT_LINE) &&
    !DANGLING.test(current) &&
    !/[-–—]$/.test(current)
  )
    return true;
  // A list item is a sentence or a clause: one that ends before a capital is the end of the list.
  if (inItem && endsSentence(current)) return true;
  const full = typical[i]!;
  const firstOfBlock = i === 0 || isBlank(lines[i - 1]);
  if (firstOfBlock && current.length < full * LABEL_LINE && !endsSentence(current)) return true;
  // A bare year over a timeline's entries is a label of its own.
  if (/^\d{4}(?:[–-]\d{1,4})?s?$/.test(current) && endsSentence(lines[i - 1]?.text ?? '.')) return true;
  const introduces = /:$/.test(current);
  if ((endsSentence(current) || introduces) && (DATE_LABEL.test(next) || /^\d{4}(?:[–-]\d{1,4})?s?$/.test(next))) return true;
  const overlong = current.length > full * OVERLONG || next.length > typical[i + 1]! * OVERLONG;
  if (isLetterFrame(lines, i, widths)) return true;
  // A letter's closing after its last sentence: a short line ending on a comma over a short capitalised line (the name).
  if (endsSentence(current) && isShortCapitalised(next, column[i + 1]!) && /,["”’]?$/.test(next) && isShortCapitalised(lines[i + 2]?.text ?? '', column[i + 1]!)) return true;
  if (endsSentence(current)) return overlong || current.length < full * SHORT_LINE || breakIsChosenInType(current, next, typeColumn[i]!, TYPE_SLACK);
  // A colon over the first of numbered points ("1. The main drain …", "2. …" below): the list it announces begins.
  if (introduces && opensNumberedPoints(lines, i + 1)) return true;
  // A colon with room left after it: the author broke the line, to set out what it announces.
  if (introduces) return breakIsChosen(current, next, column[i]!);
  // A signature's lines, each on its own: the name, then the place, closing the text or its block.
  if (
    isShortCapitalised(current, column[i]!) &&
    !/[,;:]$/.test(current) &&
    isShortCapitalised(next, column[i]!) &&
    /,["”’]?$/.test(lines[i - 1]?.text.trim() ?? '') &&
    (lines[i + 2] === undefined || isBlank(lines[i + 2]))
  )
    return true;
  // A short line ending on a comma with room left, before a capital: a letter's salutation or closing ("My dear Margaret,").
  if (/,["”’]?$/.test(current) && /^["“‘]?\p{Lu}/u.test(next) && current.length < column[i]! * SALUTATION_LINE && breakIsChosen(current, next, column[i]!)) return true;
  // The full stop was lost: the line stops short of a column the next line fills, and the next starts a sentence.
  return (
    !overlong &&
    !UNFINISHED.test(current) &&
    !DANGLING.test(current) &&
    opensSentence(next, ctx) &&
    current.length < column[i]! * SHORT_LINE &&
    next.length >= column[i + 1]! * SHORT_LINE &&
    breakIsChosen(current, next, column[i]!)
  );
}

/** Lines below a first point within which its second must open. */
const POINTS_REACH = 8;

/** The line opens a numbered list's first point ("1. The …", "1\\. The …"), and its second point follows within a few lines. */
function opensNumberedPoints(lines: readonly Line[], i: number): boolean {
  if (!/^\s*1\\?[.)]\s+\S/.test(lines[i]!.text)) return false;
  for (let k = i + 1; k < lines.length && k <= i + POINTS_REACH; k++) if (/^\s*2\\?[.)]\s+\S/.test(lines[k]!.text)) return true;
  return false;
}

/**
 * How each line joins the one before: run on, start a paragraph, start a list item (one per
 * line), or keep a line of verse.
 */
type Join = 'run-on' | 'paragraph' | 'item' | 'verse' | 'first';

/**
 * Hard-wrapped lines become paragraphs. A line ends its paragraph when it finishes a sentence
 * and falls short of the full line length around it (columns differ in width, so the
 * comparison is local), or when one of the two lines is a whole paragraph on one line.
 * Lists become Markdown lists, one item a line; an indented passage of two lines or more
 * becomes a block quote.
 */
export const unwrapLines: Pass = {
  ruleId: 'pdf/unwrap',
  run(text, ctx) {
    const lines = splitLines(text);
    const ignore = (line: Line): boolean => isMarkedBlock(line.text);
    const measured = lineWidths(lines, ignore, true);
    const widths: Widths = { ...measured, speakers: speakerLabels(lines), measure: fullLineLength(lines), indent: paragraphIndent(lines) };
    const edits: Edit[] = [];
    // Paragraphs as runs of lines, to mark the indented ones as quotations afterwards.
    const paragraphs: { first: Line; lines: Line[]; item: boolean }[] = [];
    let previous: Line | undefined;
    for (const line of lines) {
      if (isBlank(line)) continue;
      const content = line.start + leadingSpace(line.text);
      const paragraph = paragraphs[paragraphs.length - 1];
      let join: Join = 'first';
      if (previous) {
        const contentEnd = previous.start + previous.text.trimEnd().length;
        const marked = isMarkedBlock(previous.text) || isMarkedBlock(line.text);
        if (previous.index + 1 === line.index && endsInHardBreak(previous.text)) {
          join = 'verse';
          if (content > line.start) edits.push({ start: line.start, end: content, text: '', ruleId: 'pdf/unwrap' });
        } else if (previous.index + 1 === line.index) {
          const separate = marked || endsParagraph(lines, previous.index, paragraph?.item ?? false, widths, ctx);
          const item = separate && !marked && startsItem(lines, line.index);
          join = !separate ? 'run-on' : item && paragraph?.item ? 'item' : 'paragraph';
          edits.push({ start: contentEnd, end: content, text: join === 'run-on' ? ' ' : join === 'item' ? '\n' : '\n\n', ruleId: 'pdf/unwrap' });
        } else if (!marked && !endsSentence(previous.text) && !startsItem(lines, line.index) && (startsLowercase(line.text) || DANGLING.test(previous.text.trim()))) {
          // A page or column break cut the sentence: the blank line is not a paragraph end.
          join = 'run-on';
          edits.push({ start: contentEnd, end: content, text: ' ', ruleId: 'pdf/unwrap' });
        } else if (content > line.start) {
          edits.push({ start: line.start, end: content, text: '', ruleId: 'pdf/unwrap' });
        }
      } else if (content > line.start) {
        edits.push({ start: line.start, end: content, text: '', ruleId: 'pdf/unwrap' });
      }
      if (join === 'run-on' || join === 'verse') paragraph!.lines.push(line);
      else paragraphs.push({ first: line, lines: [line], item: startsItem(lines, line.index) && !isMarkedBlock(line.text) });
      previous = line;
    }
    for (const { first, lines: block, item } of paragraphs) {
      const content = first.start + leadingSpace(first.text);
      const numbered = item ? NUMBERED_ITEM.exec(first.text) : null;
      // The escaping pass guarded the number against becoming a list: here it is one.
      if (numbered) edits.push({ start: first.start + numbered[1]!.length, end: first.start + numbered[1]!.length + 1, text: '', ruleId: 'pdf/unwrap' });
      else if (!item && block.length >= 2 && block.every((l) => isIndented(l) && !isMarkedBlock(l.text))) {
        edits.push({ start: content, end: content, text: '> ', ruleId: 'pdf/unwrap' });
      }
    }
    return edits;
  },
};
