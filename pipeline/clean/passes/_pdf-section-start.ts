import type { PassContext } from '../_context.ts';
import { captionEvidence } from '../_evidence.ts';
import { MONTH_NAMES, isBlank, nextContentLine, wordCount, type Line } from '../_lines.ts';
import { isDictionaryWord } from '../_words.ts';
import { isAllCaps, isDateline, leadingSpace } from './_pdf-lines.ts';
import { bestCapital } from './pdf-drop-cap.ts';
import { ARTICLES, POSSESSIVES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, FINITE_BE, wordsOf, without, endsOnWord } from '../_function-words.ts';

/**
 * Evidence that a paragraph opens on a line as a section's first paragraph is set: the marks a
 * typesetter puts there and an extraction leaves behind, which running text never has.
 */

/** A drop cap the extraction set on a line of its own: "T", "“A". */
const LONE_CAPITAL = /^["“‘]?\p{Lu}$/u;
/** The first word set in small capitals, which come out as capitals: "EARLY in the spring", "ARLY in", "THE supermarkets came". */
const SMALL_CAPS_START = /^["“‘]?\p{Lu}{2,}[,;:]?\s+["“‘(]?\p{Ll}/u;
/** A lower-case fragment at the start of a line: the rest of a word whose drop cap was lost ("e walked", "ompositors were"). */
const FRAGMENT_START = /^["“‘]?(\p{Ll}+)\b/u;

/** Whether the line opens on the rest of a word whose drop cap was lost: letters that are no word by themselves. */
export function opensOnWordTail(text: string, ctx: PassContext): boolean {
  const fragment = FRAGMENT_START.exec(text.trim())?.[1];
  if (fragment === undefined) return false;
  // Dictionaries list single letters; as running text only "a" and "i" stand alone.
  if (fragment.length === 1) return !/^[ai]$/.test(fragment);
  return !isDictionaryWord(ctx.speller, fragment) && ctx.vocabulary.count(fragment) < 2;
}

/** A capital before the line's first letters makes a word the dictionary or the document knows. */
function restoresWord(text: string, ctx: PassContext): boolean {
  const m = /^["“‘]?(\p{Ll}+)[^\p{L}]*(\p{L}*)/u.exec(text.trim());
  return m !== null && bestCapital(m[1]!, m[2]!, false, ctx) !== undefined;
}

/** The line carries a mark that only the first line of a section's first paragraph carries. */
export function carriesSectionMark(text: string, ctx: PassContext): boolean {
  const trimmed = text.trim();
  return LONE_CAPITAL.test(trimmed) || (SMALL_CAPS_START.test(trimmed) && !isAllCaps(trimmed)) || opensOnWordTail(trimmed, ctx);
}

/** Words a sentence cannot stop on: a line ending on one goes on below. */
const CONNECTIVE_END = endsOnWord(ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, FINITE_BE, ['as', 'that', 'which', 'who'], POSSESSIVES);
// A title's lower-case words. It leaves out "from" (title case often keeps it small): as it was written, listed for the lead.
const MINOR_WORDS = new Set<string>(wordsOf(ARTICLES, without(PREPOSITIONS, 'from'), ADVERBIAL_PREPOSITIONS, COORDINATORS, ['as', 'nor']));
/** A section number before a heading's words: "2. ", "2\. ", "IV. ". */
const SECTION_NUMBER = /^(?:\d{1,3}|[IVXLC]{1,6})\\?\.\s+(?=["“‘']?[\p{Lu}\p{N}])/u;
/** A month and a year: a letter's place and date ("Whitby, 2 August 1911"), not a heading. */
const DATED = new RegExp(`\\b(?:${MONTH_NAMES})\\b.*\\b\\d{4}\\b`, 'i');
/** The most words a heading set against an unfinished line may have. */
const MAX_WORDS = 10;

/** Capitalised as headings are (title case or capitals), or so short that case says nothing. */
function capitalisedAsHeading(text: string): boolean {
  const words = text.replace(SECTION_NUMBER, '').match(/\p{L}+/gu) ?? [];
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  if (words.length <= 3 || isAllCaps(text, 4)) return true;
  return words.filter((w) => /^\p{Lu}/u.test(w) || MINOR_WORDS.has(w)).length >= words.length * 0.6;
}

/**
 * A heading set directly under a paragraph whose last sentence lost its full stop (or was cut
 * by the page): the line above looks unfinished, so only the other side can tell. Positive
 * evidence is needed that a section opens below the candidate: a drop cap on its own line, a
 * first word in small capitals, a word's tail whose capital was lost, all marks running text
 * never has; or a blank line below a line set off by an indent, capitals or a section number,
 * where the paragraph above is prose (verse, stanza after stanza, ends on short capitalised
 * lines too). `last` is the heading's last line (it may be wrapped).
 */
export function headsSectionAfterUnfinishedLine(lines: readonly Line[], first: Line, last: Line, typical: readonly number[], ctx: PassContext): boolean {
  const above = lines[first.index - 1];
  if (above === undefined || isBlank(above)) return false;
  const aboveText = above.text.trim();
  // Below a drop cap on its own line, the line is inside the paragraph that letter opens (a letter's place and date).
  if (LONE_CAPITAL.test(aboveText)) return false;
  // A sentence broken at a comma, a hyphen or a word that needs more goes on below.
  if (/[,;:\-\u00AD—–(]$/.test(aboveText) || CONNECTIVE_END.test(aboveText)) return false;
  const heading = lines
    .slice(first.index, last.index + 1)
    .map((l) => l.text.trim())
    .join(' ');
  if (!/^["“‘']?[\p{Lu}\p{N}]/u.test(heading) || /[.,;:!]["”’]?$/.test(heading) || wordCount(heading) > MAX_WORDS || isDateline(heading) || DATED.test(heading)) return false;
  if (captionEvidence(heading).score >= 2) return false;
  // A line in capitals under another in capitals is that heading's next line ("CASE 1: THE STELE" / "OF A YOUNG WOMAN"),
  // not a heading of its own under a paragraph's unfinished line: the two stand or fall together.
  if (isAllCaps(aboveText, 4) && isAllCaps(heading, 4)) return false;
  if (first.text.trim().length >= typical[first.index]! * 0.75 && !isAllCaps(heading, 4)) return false;
  let below = nextContentLine(lines, last.index);
  // A dateline may stand between a heading and its text.
  if (below !== undefined && isDateline(below.text)) below = nextContentLine(lines, below.index);
  if (below === undefined) return false;
  // A drop cap, small capitals or a word's tail below speak for a heading in any case, sentence case too.
  if (carriesSectionMark(below.text, ctx)) return true;
  const capitalised = capitalisedAsHeading(heading);
  const setOff = leadingSpace(first.text) > 0 || isAllCaps(heading, 4) || SECTION_NUMBER.test(heading);
  // A word's tail that a capital makes a word ("he" → "The") lost its drop cap.
  if (FRAGMENT_START.test(below.text.trim())) return (capitalised || setOff) && restoresWord(below.text, ctx);
  if (!capitalised || !setOff || !/^\s*["“‘']?[\p{Lu}\p{N}]/u.test(below.text)) return false;
  if (below.index > last.index + 1) return isProseAbove(lines, above.index, typical);
  // Directly above its text, a heading in capitals or numbered still stands out from a full line of prose.
  return (isAllCaps(heading, 4) || SECTION_NUMBER.test(heading)) && below.text.trim().length >= typical[below.index]! * 0.75;
}

/** The paragraph ending at `index` is prose: its line before the last fills the column (verse leaves every line short). */
function isProseAbove(lines: readonly Line[], index: number, typical: readonly number[]): boolean {
  const before = lines[index - 1];
  const line = lines[index]!;
  if (before === undefined || isBlank(before)) return line.text.trim().length >= typical[index]! * 0.75;
  return before.text.trim().length >= typical[before.index]! * 0.75;
}
