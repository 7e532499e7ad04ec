/**
 * A heading set in capitals, put in the case the document gives its other headings: sentence
 * case ("The keeper's cottage") or title case ("The Keeper's Cottage"), keeping names, words the
 * text writes in capitals anyway ("USSR") and a roman section number. Shared by the PDF and web
 * heading passes.
 */
import type { Edit } from '../../types.ts';
import type { PassContext } from '../_context.ts';
import type { Line } from '../_lines.ts';
import { isAllCaps } from './_pdf-lines.ts';
import { ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, wordsOf, without } from '../_function-words.ts';

// A title's lower-case words. It leaves out "from" (title case often keeps it small): as it was written, listed for the lead.
const MINOR_WORDS = new Set<string>(wordsOf(ARTICLES, without(PREPOSITIONS, 'from'), ADVERBIAL_PREPOSITIONS, COORDINATORS, ['as', 'nor']));

export type HeadingCase = 'title' | 'sentence' | 'capitals';

/**
 * Fewest headings, every one set in capitals and none in mixed case, that make capitals the
 * document's own style ("READING AND WRITING", "MATHEMATICS", "WORK HABITS"): a report, a
 * timetable's notes or a form set so keep them. A copy that shouted headings (a site's style, a
 * typesetter's) shouts some and not others: every one of five by chance is about one page in
 * thirty where each is shouted half the time. Four would keep a wine list's four (validation 17
 * worse 646 -> 556, validation 16 54 -> 34) but made one word worse on rounds 20-24: left to the lead.
 */
const MIN_CAPITAL_HEADINGS = 5;

/**
 * A heading that says nothing of how the document cases its own: a site's row or a caption's
 * counter taken for a heading (separators "·", "∙", "|", braces, a file's name), or a line of
 * another language (a notice, a button) in a text whose headings in capitals are words the
 * dictionary knows. Its case is some other writer's, so it neither overturns capitals as the
 * document's style nor votes for sentence or title case.
 */
const ROW_SHAPE = /[·∙•|{}[\]]|\S\.\p{Ll}{3,4}$/u;
function saysNothingOfCase(text: string, ctx: PassContext | undefined, capitalsKnown: boolean): boolean {
  if (ROW_SHAPE.test(text)) return true;
  if (!ctx || !capitalsKnown) return false;
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return words.length > 0 && words.filter((w) => !known(w, ctx)).length * 2 > words.length;
}

function known(word: string, ctx: PassContext): boolean {
  return ctx.isKnownWord(word) || ctx.isKnownWord(word.toLowerCase());
}

/**
 * How the document capitalises its headings, from their texts: "The keeper's cottage"
 * (sentence case) or "The Keeper's Cottage" (title case) from the headings set in mixed case,
 * which a heading set in capitals takes too; with no mixed-case heading to go by, title case,
 * unless every heading, and enough of them to make a pattern, is in capitals: then they keep it.
 * Headings that say nothing of the document's case (saysNothingOfCase) are not counted.
 */
export function caseOfHeadings(texts: readonly string[], ctx?: PassContext): HeadingCase {
  let lower = 0;
  let upper = 0;
  let inCapitals = 0;
  let mixed = 0;
  const capitalWords = texts.filter((text) => isAllCaps(text, 4)).flatMap((text) => text.match(/\p{L}{2,}/gu) ?? []);
  const capitalsKnown = ctx !== undefined && capitalWords.filter((w) => known(w, ctx)).length * 2 > capitalWords.length;
  for (const text of texts) {
    if (isAllCaps(text, 4)) inCapitals++;
    else if (saysNothingOfCase(text, ctx, capitalsKnown)) continue;
    else if (/\p{Ll}/u.test(text)) mixed++;
    const words = text.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
    for (const word of words.slice(1)) {
      if (MINOR_WORDS.has(word.toLowerCase()) || word.length < 3) continue;
      if (/^\p{Ll}/u.test(word)) lower++;
      else if (/^\p{Lu}\p{Ll}/u.test(word)) upper++;
    }
  }
  if (mixed === 0 && inCapitals >= MIN_CAPITAL_HEADINGS) return 'capitals';
  return lower > upper ? 'sentence' : 'title';
}

/** The edits that put a heading set in capitals in the document's case; none where capitals are its style. */
export function recaseEdits(style: HeadingCase, line: Line, isFirstLine: boolean, ctx: PassContext, ruleId: string): Edit[] {
  if (style === 'capitals') return [];
  return (style === 'sentence' ? sentenceCaseEdits : titleCaseEdits)(line, isFirstLine, ctx, ruleId);
}

/** A name ("Coventry", "Stalinism"): the dictionary has it only capitalised, or the text always capitalises it. */
function isName(word: string, ctx: PassContext): boolean {
  const lower = word.toLowerCase();
  if (lower === 'i') return true;
  const capitalised = lower[0]!.toUpperCase() + lower.slice(1);
  if (!ctx.speller.correct(lower)) return ctx.speller.correct(capitalised) || ctx.vocabulary.capitalCount(word) >= 1;
  // A common word that the text capitalises nearly everywhere ("the Party") is a name there.
  return ctx.vocabulary.capitalCount(word) >= 2 && ctx.vocabulary.capitalCount(word) >= ctx.vocabulary.count(word) * 0.8;
}

const ROMAN = /^(?=[IVXLC]+$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/**
 * A roman number in a heading, kept in capitals: of two letters or more it is no English word,
 * wherever it stands ("II. WHO THE KEEPERS WERE", "PART III. THE GREEN", "CHARLES XII"); a single
 * letter is one where it opens the heading, or stands before a stop or the heading's end ("PART V.").
 */
function isSectionNumeral(text: string, at: number, word: string): boolean {
  if (!ROMAN.test(word)) return false;
  if (word.length > 1) return true;
  const after = text.slice(at + word.length);
  return /^\\?[.:)]|^\s*$/.test(after) && (text.slice(0, at).trim().replace(/^#+/, '').trim() === '' || /\p{L}\s+$/u.test(text.slice(0, at)));
}

/** A section's number and its stop just before the word ("PART III. THE GREEN"): the word opens the heading's words. */
const NUMBER_BEFORE = /(?:^|\s)(?:[IVXLC]+|\d+(?:\.\d+)*)\\?[.)]\s*$/;

/** "THE KEEPER'S COTTAGE" → "The keeper's cottage", keeping names and words the text writes in capitals anyway. */
export function sentenceCaseEdits(line: Line, isFirstLine: boolean, ctx: PassContext, ruleId: string): Edit[] {
  const edits: Edit[] = [];
  let first = isFirstLine;
  for (const m of line.text.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)) {
    const word = m[0];
    let replacement: string;
    // The number stays in capitals ("I. THE LOG BOOK" too), and the word after it opens the heading.
    if (isSectionNumeral(line.text, m.index, word)) continue;
    if (NUMBER_BEFORE.test(line.text.slice(0, m.index))) first = true;
    if (word.length > 1 && ctx.vocabulary.isAcronym(word)) replacement = word;
    else if (first || isName(word, ctx)) replacement = word[0]! + word.slice(1).toLowerCase();
    else replacement = word.toLowerCase();
    first = false;
    if (replacement !== word) edits.push({ start: line.start + m.index, end: line.start + m.index + word.length, text: replacement, ruleId });
  }
  return edits;
}

/** "THE RUSSIAN EMPIRE" → "The Russian Empire", keeping words the text writes in capitals anyway ("USSR"). */
/** A section's number or letter and its stop at a heading's start, or a colon or dash before the word. */
const LABEL_BEFORE = /^\s*(?:[IVXLCDM]+|\d+(?:\.\d+)*|\p{Lu})[.:)]\s*$|[:—–]\s*$/u;

export function titleCaseEdits(line: Line, isFirstLine: boolean, ctx: PassContext, ruleId: string): Edit[] {
  const edits: Edit[] = [];
  let first = isFirstLine;
  for (const m of line.text.matchAll(/\p{L}+/gu)) {
    const word = m[0];
    const before = line.text.slice(0, m.index);
    const afterApostrophe = /['’\p{N}]$/u.test(before) && word.length === 1;
    // The word after a section's number ("I. THE YARD", "3) THE TOWN") or after a colon or dash opens the heading's words.
    if (LABEL_BEFORE.test(before) || NUMBER_BEFORE.test(before)) first = true;
    let replacement: string;
    if (afterApostrophe) replacement = word.toLowerCase();
    else if (word.length > 1 && isSectionNumeral(line.text, m.index, word)) continue;
    else if (word.length > 1 && ctx.vocabulary.isAcronym(word)) replacement = word;
    else if (!first && MINOR_WORDS.has(word.toLowerCase())) replacement = word.toLowerCase();
    else replacement = word[0]! + word.slice(1).toLowerCase();
    first = false;
    if (replacement !== word) edits.push({ start: line.start + m.index, end: line.start + m.index + word.length, text: replacement, ruleId });
  }
  return edits;
}
