import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { NUMBERED_HEADING, isAllCaps, isDateline, hasParagraphIndent, isMarkedBlock, leadingSpace, namesRunAcross, paragraphIndent, rhymesAcross } from './_pdf-lines.ts';
import { ARTICLES, POSSESSIVES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, LONGER_PREPOSITIONS, COORDINATORS, RELATIVES, FINITE_BE, AUXILIARIES, endsOnWord } from '../_function-words.ts';

/** Most lines of furniture stacked between two lines of one sentence (a caption, its credit, a second caption). */
const MAX_LINES = 4;
/** Most words on one of those lines. */
const MAX_LINE_WORDS = 12;
/** Fewest words of the lines around the stack for them to be running text. */
const PROSE_WORDS = 5;
/** Share of the running text's lines around it under which a line of the stack stops short. */
const SHORTER_THAN_TEXT = 0.7;
/** Share of the running text's lines around it from which a line is as wide as they are: a paragraph's first line, set in. */
const AS_WIDE_AS_TEXT = 0.85;
/** Share of the measure the line above fills: a line inside a paragraph, not a title's or heading's first line. */
const FULL_LINE = 0.8;
/** Deepest indent of a line set in from the text (a caption's); deeper is verse or a centred line. */
const MAX_INDENT = 3;

/** Words no sentence ends on: an article, a preposition that wants its object, a conjunction, a possessive. */
const OPEN_END = endsOnWord(ARTICLES, PREPOSITIONS, ['into'], COORDINATORS, POSSESSIVES, ['whose']);

/** Words a line of running text may end on and no caption does: function words, and the verbs "be" and "have". */
const RUNS_ON =
  endsOnWord(ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, ['as', 'than', 'that'], RELATIVES, FINITE_BE, AUXILIARIES, ['not'], LONGER_PREPOSITIONS, ['into', 'upon', 'about', 'toward', 'towards', 'without', 'within'], POSSESSIVES);

/** The longest of those words and the character before it: all the patterns need to see of a line's end. */
const WORD_REACH = 9;

/** The line above leaves its sentence open beyond doubt: it ends on a word no sentence ends on, on a comma, or on a hyphenated word's first part. */
function leavesSentenceOpen(line: Line): boolean {
  const trimmed = line.text.trim();
  // A comma after a word leaves the sentence open too ("We started at six,"): no paragraph ends on one.
  return wordCount(trimmed) >= PROSE_WORDS && leadingSpace(line.text) <= MAX_INDENT && !isMarkedBlock(trimmed) && (OPEN_END.test(trimmed.slice(-WORD_REACH)) || /\p{Ll}[-,]$/u.test(trimmed));
}

/**
 * A caption's full stop after a word of four letters or more, or a year ("The schoolroom, 1877."): no abbreviation
 * ("Dr.", "St.") that a sentence goes on after.
 */
const ENDS_ON_STOP = /(?:\p{L}{4,}|\d{4})\.$/u;

/** A line of furniture: opens with a capital, a bracket or ©, ends on no stop or comma, a caption's few words, no section number or date line. */
function isFurnitureLine(line: Line, measure: number, stopAllowed = false, paragraphFirst = false): boolean {
  const trimmed = line.text.trim();
  const indent = leadingSpace(line.text);
  return (
    /^(?:["“‘']?\p{Lu}|\(\p{Lu}|©)/u.test(trimmed) &&
    (!/[.,;:!?"”’-]$/.test(trimmed) || (stopAllowed && ENDS_ON_STOP.test(trimmed))) &&
    // A line of running text: it ends on a word that wants more after it, or a sentence ends inside it.
    !RUNS_ON.test(trimmed.slice(-WORD_REACH)) &&
    !/[.!?]["”’]?\s+["“‘']?\p{Lu}/u.test(trimmed) &&
    wordCount(trimmed) <= MAX_LINE_WORDS &&
    // A line in capitals is a heading or a running head: the page-furniture and heading rules judge those.
    !isAllCaps(trimmed) &&
    !NUMBERED_HEADING.test(trimmed) &&
    !isDateline(trimmed) &&
    !isMarkedBlock(trimmed) &&
    indent <= MAX_INDENT &&
    // Set in by the text's own paragraph indent under a flush line, as wide as the text, it is a paragraph's first line
    // after one whose stop was lost ("… a job for her" / "   The lane to the old quarry ran between high banks").
    (trimmed.length < measure * SHORTER_THAN_TEXT || (indent > 0 && !(paragraphFirst && trimmed.length >= measure * AS_WIDE_AS_TEXT)))
  );
}

/**
 * Lines of furniture stacked between two lines of one sentence of a PDF extraction (a
 * caption, its credit, a second caption set beside the text), with or without blank lines:
 * the line above ends on a word no sentence ends on ("… the state of the") or on the first
 * part of a hyphenated word, and the line below carries the sentence on in lower case. Wrapped
 * running text has no short line inside a sentence, and none of these lines ends one; a line
 * of the stack stops short of the text's measure or is set in from it. The lines go and the
 * sentence closes up.
 */
export const removeCaptionStack: Pass = {
  ruleId: 'pdf/caption-stack',
  run(text, ctx) {
    const lines = splitLines(text);
    const indent = paragraphIndent(lines);
    // A line set in exactly as the text sets its paragraphs' first lines, directly under a flush line of text (a caption
    // set in a space more or less than the paragraphs is no first line of one).
    const opensParagraph = (line: Line): boolean => {
      const above = lines[line.index - 1];
      return hasParagraphIndent(line.text, indent) && leadingSpace(line.text) === indent && above !== undefined && !isBlank(above) && leadingSpace(above.text) === 0;
    };
    const edits: Edit[] = [];
    for (let i = 0; i < lines.length; i++) {
      const before = lines[i]!;
      if (isBlank(before) || !leavesSentenceOpen(before)) continue;
      // The stack: up to MAX_LINES lines of text below, blank lines between them allowed.
      const stack: Line[] = [];
      let j = i + 1;
      while (j < lines.length && stack.length <= MAX_LINES) {
        if (!isBlank(lines[j])) {
          // Lower case goes on with the sentence; a lone capital is a drop cap, whose paragraph begins there.
          if (/^\s*["“‘']?\p{Ll}/u.test(lines[j]!.text) || /^\s*\p{Lu}\s*$/u.test(lines[j]!.text)) break;
          stack.push(lines[j]!);
        }
        j++;
      }
      const after = lines[j];
      if (stack.length === 0 || stack.length > MAX_LINES || after === undefined || isBlank(after)) continue;
      // A word broken at the line's end above and finished below ("tribu-" / "tary."): nothing of the paragraph stands
      // between its halves, however short the line that finishes it.
      const fragment = /(\p{L}+)-$/u.exec(before.text.trim())?.[1];
      const brokenWord = fragment !== undefined && ctx.isKnownWord(fragment + (/^\s*(\p{Ll}+)/u.exec(after.text)?.[1] ?? '#'));
      if ((!brokenWord && wordCount(after.text) < PROSE_WORDS) || leadingSpace(after.text) > MAX_INDENT) continue;
      // Extractions mix measures (a line run together with the next one is twice as long): a line of the stack is
      // short beside both lines around it, and the line above runs to the measure of the line below.
      // Between a word's halves no line is the paragraph's, short or not.
      const measure = brokenWord ? Number.POSITIVE_INFINITY : Math.min(before.text.trim().length, after.text.trim().length);
      if (!brokenWord && before.text.trim().length < after.text.trim().length * FULL_LINE) continue;
      // Inside a sentence left open beyond doubt (on a word no sentence ends on, or a broken word) that goes on in lower
      // case, a line ending on a full stop finishes nothing of it: a caption's stop ("The schoolroom, 1877.").
      const stopAllowed = /[-\p{L}]$/u.test(before.text.trim()) && !/,$/.test(before.text.trim());
      if (!stack.every((l) => isFurnitureLine(l, measure, stopAllowed, opensParagraph(l)))) continue;
      // A list of names wrapped across the stack's edges ("… the Danes, Swedes," / "Norwegians, Finns and Icelanders") is the sentence's own.
      if (namesRunAcross(lines[stack[0]!.index - 1], stack, lines[stack[stack.length - 1]!.index + 1])) continue;
      // Between two lines that rhyme, the short lines are a stanza's (a refrain, a short line of the metre): they stay, noted.
      if (rhymesAcross(before, after)) {
        ctx.keep(stack[0]!.start, stack[0]!.text.trim(), 'short lines between two lines that rhyme: a stanza, kept');
        continue;
      }
      edits.push({ start: before.end, end: after.start, text: '\n', ruleId: 'pdf/caption-stack' });
      i = j - 1;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption lines “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from the middle of a sentence`,
};
