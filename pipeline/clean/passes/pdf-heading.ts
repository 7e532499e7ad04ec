import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { POSTSCRIPT, countedPartHeading, dialogueTurns, interviewQuestions, isSalutationLine, isLabelledQuestionTurn, isTitleCase, isTurnOfTalk, ordinalHeadings, sectionCount, sectionNumber, closesSentenceInside } from '../_evidence.ts';
import { PLACE_AND_DATE_LINE, isBlank, nextContentLine, normaliseForComparison, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { headsSectionAfterUnfinishedLine, opensOnWordTail } from './_pdf-section-start.ts';
import { followsStanza, opensStanza, verseColumns } from './_pdf-verse-lines.ts';
import { DATE_LABEL, ITEM_START, NUMBERED_HEADING, breakIsChosen, endsSentence, hasParagraphIndent, isAllCaps, isDateline, leadingSpace, lineWidths, paragraphIndent, startsLowercase } from './_pdf-lines.ts';
import { contributorCredit } from './_pdf-front.ts';
import { caseOfHeadings, recaseEdits, type HeadingCase } from './_heading-case.ts';
import { ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, FINITE_BE, oneOf, wordsOf, without } from '../_function-words.ts';

/** Words a heading line can end on only when the heading goes on below. */
// Of the coordinators it leaves out "but": as it was written, listed for the lead. Group 1 is the word.
const CONNECTIVE_WORD = new RegExp(String.raw`\b(${oneOf(ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, without(COORDINATORS, 'but'), FINITE_BE, ['as'])})$`, 'i');
/** A word in the possessive closing the line ("for the Bishop's", "the town’s"): the thing possessed follows. */
const POSSESSIVE_END = /\p{L}['’]s$/u;

/** The line stops on a connective or a possessive: what it says goes on in the next line. */
function endsUnfinished(text: string): boolean {
  return endsOnConnective(text) || POSSESSIVE_END.test(text);
}

/**
 * The line ends on a word that needs more. A capital "A" closing a line in mixed case is a letter that
 * names something ("Section A", "Appendix A", "Class A"), not the article, which is "a" there and "A" only
 * in a line set wholly in capitals.
 */
function endsOnConnective(text: string): boolean {
  const word = CONNECTIVE_WORD.exec(text)?.[1];
  return word !== undefined && (word !== 'A' || isAllCaps(text));
}

// A title's lower-case words. It leaves out "from" (title case often keeps it small): as it was written, listed for the lead.
const MINOR_WORDS = new Set<string>(wordsOf(ARTICLES, without(PREPOSITIONS, 'from'), ADVERBIAL_PREPOSITIONS, COORDINATORS, ['as', 'nor']));
const MAX_HEADING_LINES = 5;

type HeadingKind = 'numbered' | 'indented' | 'standalone' | 'short' | 'capitals' | 'dateline' | 'turn';

/** Most words of a heading are capitalised, or it is short enough that case says nothing. */
function readsLikeHeading(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length === 0 || words.length > 10) return false;
  if (words.length <= 4) return true;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w) || MINOR_WORDS.has(w)).length;
  return capitalised >= words.length * 0.6 || /[?]$/.test(text);
}

/**
 * The line below a heading opens a paragraph: a line of running text, perhaps missing its
 * drop cap, or the drop cap alone, or a dateline.
 */
function opensParagraphBelow(lines: readonly Line[], i: number, typical: readonly number[]): boolean {
  const below = lines[i + 1];
  if (below === undefined || isBlank(below)) return true;
  const text = below.text.trim();
  return /^["“‘]?\p{Lu}$/u.test(text) || isDateline(text) || text.length >= typical[i + 1]! * 0.75;
}

interface Heading {
  kind: HeadingKind;
  /** 2 for a chapter, 3 for a subhead or an item of a numbered list inside a chapter. */
  depth: number;
  lines: Line[];
  dateline?: Line;
}

/** Opens on a capital or a figure, or on the section sign before a figure ("§ 2 Methods"). */
function startsLikeHeading(text: string): boolean {
  return /^\s*(?:["“‘'(]?[\p{Lu}\p{N}]|§\s*\d)/u.test(text);
}

/**
 * `indent` is the document's paragraph indent (0 when it has none): a line set in by it opens a
 * paragraph, so in mixed case and unnumbered it is no heading, however short.
 */
function kindOf(
  lines: readonly Line[],
  i: number,
  typical: readonly number[],
  ctx: PassContext,
  indent = 0,
  isQuestionTurn: (text: string) => boolean = () => false,
  isCounted: (text: string) => boolean = () => false,
  runOnItems: ReadonlySet<number> = new Set(),
  isOrdinal: (text: string) => boolean = () => false,
): HeadingKind | undefined {
  const line = lines[i]!;
  const trimmed = line.text.trim();
  const previous = lines[i - 1];
  const afterBreak =
    previous === undefined ||
    isBlank(previous) ||
    endsSentence(previous.text) ||
    /^#/.test(previous.text) ||
    endsParagraphBeforeHeading(lines, i, typical) ||
    (startsLikeHeading(trimmed) && headsSectionAfterUnfinishedLine(lines, line, lastHeadingLine(lines, i, typical, ctx), typical, ctx));
  const indented = leadingSpace(line.text) > 0;
  if (!trimmed || !startsLikeHeading(trimmed) || wordCount(trimmed) > 16) return undefined;
  // A speaker's label opens a turn of an interview or a play ("Q: How did you start?"), not a section.
  if (SPEAKER_LABEL.test(trimmed)) return undefined;
  // Over a postscript ("P.S.", "P.-S.") stands the letter's signature.
  if (POSTSCRIPT.test(nextContentLine(lines, i)?.text ?? '')) return undefined;
  // A line wholly in brackets is an aside: an epigraph's source, a stage direction, an editor's note ("(F. D. Roosevelt, 1944)").
  if (/^\(.*\)$/.test(trimmed)) return undefined;
  // An interview's question over its answer is a turn, however much it looks like a heading.
  if (isQuestionTurn(trimmed)) return undefined;
  // A line of dialogue among quoted turns ("Has Daniel gone?" under "… find one yourself.") is someone's words.
  if (isTurnOfTalk(trimmed, previousContentLine(lines, i)?.text.trim(), nextContentLine(lines, i)?.text)) return undefined;
  // A question under a speaker's label over a labelled answer ("By the Coroner: Was …?" / "Witness: …") is a turn of the exchange.
  if (isLabelledQuestionTurn(trimmed, nextContentLine(lines, i)?.text)) return undefined;
  // A translator's or editor's credit that pdf/byline kept ("Translated from the Welsh by …") is a line of the front, not a section.
  if (contributorCredit(trimmed, ctx) !== undefined && /\bby\s+\p{Lu}/u.test(trimmed)) return undefined;
  const short = trimmed.length < typical[i]! * 0.75;
  // An indented number starts a chapter even where a jump line cut the sentence above it.
  // The section sign before the number ("§ 5. What We Do Not Know") numbers the heading as the number alone does.
  if (NUMBERED_HEADING.test(trimmed.replace(/^§\s*(?=\d)/u, '')) && trimmed.length <= typical[i]! * 1.2 && (afterBreak || indented) && !endsAsListItem(lines, i, typical, runOnItems)) return 'numbered';
  // A roman number in the count of the text's other short lines ("I. Setúbal, 3rd April", "II. The pans") numbers a section as a
  // figure does; where the next in the count stands directly above or below, with no text between, they are items of a list.
  const listed = ROMAN_START.test(nextContentLine(lines, i)?.text ?? '') || ROMAN_START.test(previousContentLine(lines, i)?.text ?? '');
  // (One set in capitals is judged as a subhead in capitals, below.)
  if (ROMAN_START.test(trimmed) && isCounted(trimmed) && !listed && !isAllCaps(trimmed, 4) && trimmed.length < typical[i]! * 0.75 && (afterBreak || indented)) return 'numbered';
  // An ordinal's stop closing a line in the document's pattern ("Szombat, október 5.") closes no sentence.
  if (!afterBreak || (/[.;]$/.test(trimmed) && !isOrdinal(trimmed))) return undefined;
  if (isAllCaps(trimmed, 4)) return readsAsClauses(trimmed) ? undefined : 'capitals';
  if (hasParagraphIndent(line.text, indent)) return undefined;
  if (indented && short && !trimmed.endsWith(',')) return 'indented';
  if (previous !== undefined && isBlank(previous) && short && !isDateline(trimmed)) return 'standalone';
  // Between blank lines, in title case and short of the measure, a line is a title however near the measure it runs
  // (a poem's title as long as its lines: "A Window at Four in the Morning"); running text is not set so. A comma or a
  // colon in it marks a signature or a label and its value ("For the Committee: Jane Hart, Secretary").
  if (isBlank(previous) && isBlank(lines[i + 1]) && trimmed.length < typical[i]! && isTitleCase(trimmed) && !/[,:;!?]/.test(trimmed) && !isDateline(trimmed)) return 'standalone';
  // Set on its own line between two paragraphs, without a blank line or an indent to mark it.
  // Whether it reads as a heading and opens a paragraph is judged on the whole heading, once its further lines are known.
  if (short && couldOpenShortHeading(trimmed)) return 'short';
  return undefined;
}

/** Forms of a finite verb: auxiliaries, modals and past tenses. */
const FINITE_VERB = /^(?:is|was|were|are|am|has|had|have|will|would|could|can|shall|should|may|might|must|did|does|do|\p{Ll}{3,}ed)$/u;
/** Words at least on a line in capitals that says something in clauses rather than naming a section. */
const CLAUSE_LINE_WORDS = 5;

/**
 * A line in capitals with two verbs apart and no stop between them runs clauses on as a telegram
 * or a shouted notice does ("DELAYED AT CUSTOMS WILL WRITE DO NOT WORRY"): text quoted in
 * capitals, not a heading, which names its section with one verb at most ("WHAT IS TO BE DONE",
 * "HOW THE TEXTS WERE EDITED") or asks a question.
 */
function readsAsClauses(trimmed: string): boolean {
  if (trimmed.endsWith('?')) return false;
  const words = trimmed.toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean);
  if (words.length < CLAUSE_LINE_WORDS) return false;
  // A verb and its auxiliary are one ("WHAT WE MUST DO NEXT", "HOW THE TEXTS WERE EDITED"): count the runs of verbs.
  let runs = 0;
  let inRun = false;
  for (const word of words) {
    const verb = FINITE_VERB.test(word);
    if (verb && !inRun) runs++;
    inRun = verb || (inRun && word === 'not');
  }
  return runs >= 2;
}

/**
 * A paragraph whose last line lost its full stop in extraction still ends: its last line stops
 * well short of the column, and does not end on a word that needs more ("of", "the"). A line
 * below it that reads as a heading and has a blank line under it starts a section.
 */
function endsParagraphBeforeHeading(lines: readonly Line[], i: number, typical: readonly number[]): boolean {
  const previous = lines[i - 1];
  const line = lines[i]!;
  if (previous === undefined || isBlank(previous) || !isBlank(lines[i + 1]) || /^#/.test(previous.text)) return false;
  const above = previous.text.trim();
  if (above.length >= typical[i - 1]! * 0.75 || endsOnConnective(above) || /[,:;]$/.test(above) || wordCount(above) < 3) return false;
  const trimmed = line.text.trim();
  if (/[,:;.!?"”’]$/.test(trimmed) || wordCount(trimmed) > MAX_PLAIN_HEADING_WORDS) return false;
  // A line in capitals under another set in capitals is the second line of one heading ("CASE 1: THE STELE" / "OF A YOUNG
  // WOMAN"), not a heading under a paragraph's last line: the two stand or fall together.
  if (isAllCaps(above, 4) && isAllCaps(trimmed, 4)) return false;
  // And a paragraph opens below it: a full line of running text (a signature's place line ends the document instead).
  const below = nextContentLine(lines, i);
  if (below === undefined || below.text.trim().length < typical[below.index]! * 0.75) return false;
  // Capitalised as a heading is, or set off by an indent, or over a paragraph that lost its drop cap.
  return readsLikeHeading(trimmed) || leadingSpace(line.text) > 0 || startsLowercase(below.text);
}

/** A short line that may be the first of a heading set directly above its text: not a dateline, a timeline entry or a list item. */
function couldOpenShortHeading(trimmed: string): boolean {
  return !/[,:]$/.test(trimmed) && !isDateline(trimmed) && !DATE_LABEL.test(trimmed) && !ITEM_START.test(trimmed) && !YEAR_LABEL.test(trimmed);
}

/** "Q:", "A:", "JH:": the label of a speaker's turn. */
const SPEAKER_LABEL = /^\p{Lu}{1,3}:\s/u;

const NUMBER_START = /^\s*(\d{1,2})\\?[.)]\s/;
/** A roman section number opening a line: "IV. Lisbon". */
const ROMAN_START = /^\s*[IVXLC]{1,7}\\?\.\s/;

/**
 * A numbered line whose text, with the lower-case lines that carry it on, ends in a full stop
 * or a semicolon, set directly against another numbered line above or below, is an item of a
 * numbered list ("2. Two of the four sluices no longer close, and one has / been removed
 * altogether. / 3. The eastern branch …"), not a numbered heading. A numbered statement with
 * its own paragraph below it stays a heading. So is one next in the count to an item that runs
 * on (see runsOnAsItem), whatever follows it: an examination's "3. What is meant by …?" or
 * "6. Describe the formation of a meandering river's flood plain." between questions that run
 * over their lines; numbered questions that each stop on their line, with text set tight under
 * them, stay headings.
 */
function endsAsListItem(lines: readonly Line[], i: number, typical: readonly number[], runOnItems: ReadonlySet<number>): boolean {
  if (runsOnAsItem(lines, i, typical)) return true;
  let k = i;
  // Its sentence goes on in lines opening in lower case, or under a numbered line that stops on a word that needs more
  // ("8. … for the Bishop's" / "Castle railway station, …"). (Only the numbered line's own end counts: a paragraph's
  // lines below a heading end on such words as often as not.)
  while (k + 1 < lines.length && k < i + MAX_HEADING_LINES && !isBlank(lines[k + 1]) && (startsLowercase(lines[k + 1]!.text) || (k === i && endsUnfinished(lines[k]!.text.trim())))) k++;
  if (wordCount(lines[i]!.text) <= 3) return false;
  const n = Number(NUMBER_START.exec(lines[i]!.text)?.[1] ?? NaN);
  if (/[.;?!]["”’)]?$/.test(lines[k]!.text.trim()) && (runOnItems.has(n - 1) || runOnItems.has(n + 1))) return true;
  if (!/[.;]["”’)]?$/.test(lines[k]!.text.trim())) return false;
  const below = lines[k + 1];
  if (below !== undefined && NUMBER_START.test(below.text)) return true;
  return numberedAboveInRun(lines, i);
}

/** The numbers of the lines that run on as items of a numbered list (see runsOnAsItem). */
function runOnItemNumbers(lines: readonly Line[], typical: readonly number[]): Set<number> {
  const numbers = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const number = NUMBER_START.exec(lines[i]!.text)?.[1];
    if (number !== undefined && runsOnAsItem(lines, i, typical)) numbers.add(Number(number));
  }
  return numbers;
}

/** The line under the run of lines that holds line `k` (no blank line between) opens on a number. */
function numberBelowRun(lines: readonly Line[], k: number): boolean {
  const start = k;
  while (k + 1 < lines.length && k < start + MAX_ITEM_LINES && !isBlank(lines[k + 1]) && !NUMBER_START.test(lines[k + 1]!.text)) k++;
  const below = lines[k + 1];
  return below !== undefined && NUMBER_START.test(below.text);
}

/** A numbered line stands above `i` in the same run of lines, no blank line between. */
function numberedAboveInRun(lines: readonly Line[], i: number): boolean {
  for (let up = i - 1; up >= 0 && up >= i - MAX_HEADING_LINES && !isBlank(lines[up]); up--) {
    if (NUMBER_START.test(lines[up]!.text)) return true;
  }
  return false;
}

/** The line runs to the measure, or near it, as a paragraph's lines do and a heading's first line seldom does. */
function fillsMeasure(lines: readonly Line[], i: number, typical: readonly number[]): boolean {
  return lines[i]!.text.trim().length >= typical[i]! * FULL_LINE;
}

/** Share of the measure at which a line runs full. */
const FULL_LINE = 0.75;

/** Most lines of one item of a numbered list walked to find the next number. */
const MAX_ITEM_LINES = 8;

/**
 * A numbered line that fills the measure and breaks off in mid-sentence, its sentence going on
 * in the full line directly under it (a lower-case word, or after a word that needs more: "4. A granite
 * boulder weighing about forty tons is" / "found resting …"), opens a paragraph, not a heading,
 * which is short or closes where its line does. Where another number stands directly against its
 * run of lines (the next item at its end, or the one before it above), it is an item of a
 * numbered list, however its last line ends (a page break may cut it).
 */
function runsOnAsItem(lines: readonly Line[], i: number, typical: readonly number[]): boolean {
  const trimmed = lines[i]!.text.trim();
  const next = lines[i + 1];
  // The line under it runs full as well: a heading wrapped over two lines ends on a short one ("… at the funeral of" / "socialism?").
  if (next === undefined || isBlank(next) || !fillsMeasure(lines, i, typical) || !fillsMeasure(lines, i + 1, typical) || /[.;:!?,]["”’)]?$/.test(trimmed)) return false;
  if (!startsLowercase(next.text) && !endsOnConnective(trimmed)) return false;
  return numberBelowRun(lines, i) || numberedAboveInRun(lines, i) || previousNumberNear(lines, i);
}

/**
 * The number before this line's stands a few lines above it, across a page break if need be
 * ("9. Draw a labeled cross section …" / … / "10. The accompanying map …"), and the line sits
 * directly under the text above, as items do: the two count on as items of one list. (A
 * numbered claim set apart by a blank line above is a section's heading.)
 */
function previousNumberNear(lines: readonly Line[], i: number): boolean {
  const n = Number(/^\s*(\d{1,2})/.exec(lines[i]!.text)?.[1] ?? NaN);
  if (!(n > 1) || i === 0 || isBlank(lines[i - 1])) return false;
  let seen = 0;
  for (let up = i - 1; up >= 0 && seen < MAX_ITEM_LINES; up--) {
    if (isBlank(lines[up])) continue;
    seen++;
    const m = /^\s*(\d{1,2})\\?[.)]\s/.exec(lines[up]!.text);
    if (m) return Number(m[1]) === n - 1;
  }
  return false;
}

/** A year or decade on its own heads an entry of a timeline, not a section: "1979", "1980–1", "Early 1990s". */
const YEAR_LABEL = /^(?:(?:early|mid|late)[\s-]+)?\d{4}s?(?:[–-]\d{1,4})?$/i;

/** Longest heading in sentence case that the layout alone, without capitalised words, may mark. */
const MAX_PLAIN_HEADING_WORDS = 8;

/**
 * Without a blank line above, a short line after a sentence end is a heading only on more
 * evidence: wording that reads as a heading (capitalised, or very short); or a layout prose
 * never has. A short line that goes on to a second short line is not a paragraph's last line,
 * and a short unpunctuated line before a new sentence (or a lost drop cap) is no paragraph at all.
 */
function setApartAsHeading(lines: readonly Line[], headingLines: readonly Line[], column: readonly number[]): boolean {
  const words = headingLines.map((l) => l.text.trim()).join(' ');
  if (readsLikeHeading(words)) return true;
  // A sentence on a line of its own is a short paragraph, whatever its length.
  if (wordCount(words) > MAX_PLAIN_HEADING_WORDS || /["”’]$/.test(words) || endsSentence(words)) return false;
  if (headingLines.length > 1) return true;
  const last = headingLines[headingLines.length - 1]!;
  const below = nextContentLine(lines, last.index);
  // A line cut short because the next word would not fit is running text, however short it looks.
  return below !== undefined && (below.index > last.index + 1 || breakIsChosen(last.text, below.text, column[last.index]!));
}

/**
 * The text below starts a sentence: a capital, a drop cap or a figure. A lower-case start
 * counts too: the line above the heading ended a sentence, so the text below cannot continue
 * it, and no paragraph runs on from a short line; it is a word that lost its drop cap. A dash
 * or a closing bracket goes on from something else, as it does below a caption.
 */
function sentenceOpensBelow(lines: readonly Line[], last: Line): boolean {
  const below = nextContentLine(lines, last.index);
  return below === undefined || /^["“‘(]?[\p{L}\p{N}]/u.test(below.text.trim());
}

/** Most words of a letter's place and day ("Leeds, the 3rd of May", "Roubaix, le 12 octobre"). */
const MAX_PLACE_AND_DAY_WORDS = 7;

/**
 * A place, a comma, then a day in figures, and no sentence: where and when a letter was written,
 * in any language; its capital may be a drop cap the extraction lost ("oubaix, le 30 novembre").
 */
function isPlaceAndDay(text: string): boolean {
  const trimmed = text.trim();
  return (isDateline(trimmed) || /^["“‘]?\p{L}[^.;:!?,]*,\s.*\d/u.test(trimmed)) && wordCount(trimmed) <= MAX_PLACE_AND_DAY_WORDS && !endsSentence(trimmed);
}

/**
 * The line at `index` is a place and day over a salutation ("Roubaix, le 12 octobre" / "Ma chère
 * Jeanne,"): a letter opens there, and the short line over it is that letter's heading, not a
 * stanza's first line nor a heading that runs on into the place.
 */
function opensLetter(lines: readonly Line[], index: number): boolean {
  return letterSalutation(lines, index) !== undefined;
}

/** The salutation under a letter's place and day at `index` (see opensLetter). */
function letterSalutation(lines: readonly Line[], index: number): Line | undefined {
  const place = lines[index];
  if (place === undefined || isBlank(place) || !isPlaceAndDay(place.text)) return undefined;
  const salutation = nextContentLine(lines, index);
  return salutation !== undefined && isSalutationLine(salutation.text) ? salutation : undefined;
}

/** Every word of the line is said again in the salutation ("Grace" over "Dearest Grace,"): the letter's addressee, no heading. */
function namesAddressee(text: string, salutation: string): boolean {
  const said = new Set((salutation.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase()));
  return (text.match(/\p{L}+/gu) ?? []).every((w) => said.has(w.toLowerCase()));
}

/** Further lines of a heading split by the typesetting: lower-case starts, or after a dangling connective. */
/** A number and its stop alone on a line ("21."): an ordinal a heading's line may have been broken before. */
const ORDINAL_ALONE = /^\s*\d{1,2}\\?\.\s*$/;

function continuationLines(lines: readonly Line[], i: number, kind: HeadingKind, typical: readonly number[], ctx: PassContext, isOrdinal: (text: string) => boolean = () => false): Line[] {
  const taken: Line[] = [];
  let last = lines[i]!;
  for (let j = i + 1; j < lines.length && taken.length < MAX_HEADING_LINES - 1; j++) {
    let next = lines[j]!;
    if (kind === 'capitals' && isBlank(next) && lines[j + 1] && isAllCaps(lines[j + 1]!.text)) next = lines[++j]!;
    if (isBlank(next) || /[.?!]["”’]?$/.test(last.text.trim())) break;
    const trimmed = next.text.trim();
    // A day's number broken from its line ("Szombat, szeptember" / "21.") ends the heading, in the document's pattern of them.
    if (ORDINAL_ALONE.test(trimmed) && isOrdinal(`${last.text.trim()} ${trimmed}`)) {
      taken.push(next);
      break;
    }
    // A line opening on a word's tail starts the paragraph whose drop cap was lost, not the heading's next line.
    if (opensOnWordTail(trimmed, ctx)) break;
    // A letter's place and day over its salutation is the letter's first line, however short.
    if (opensLetter(lines, j)) break;
    // A salutation ("My dear Hester,") opens the letter under its heading: no heading goes on into one.
    if (isSalutationLine(trimmed)) break;
    // A heading set in capitals goes on in capitals: a line in lower case below it is its text.
    if (isAllCaps(lines[i]!.text, 4) && !isAllCaps(trimmed)) break;
    // A heading's next line is short: a full line below it is the text it heads.
    // Only a numbered heading, a whole sentence, may run to full lines; below any other a full line is the text it heads.
    const fits = trimmed.length <= typical[j]! * (kind === 'numbered' ? 1 : 0.75) && !isDateline(trimmed);
    // A numbered heading is a whole sentence: it runs on until it ends, over lines shorter than the text's.
    const numberedRunsOn = kind === 'numbered' && trimmed.length <= typical[j]! * 0.9;
    // A full line under a heading line that stopped short is the text below the heading.
    if (trimmed.length >= typical[j]! * 0.75 && last.text.trim().length < typical[last.index]! * 0.5) break;
    const continues =
      kind === 'capitals' ? isAllCaps(trimmed) : fits && (startsLowercase(trimmed) || endsOnConnective(last.text.trim()) || numberedRunsOn);
    if (!continues) break;
    taken.push(next);
    last = next;
  }
  return taken;
}

/** Standalone headings must stand alone: a blank line (or the end) below them. */
function isFollowedByBreak(lines: readonly Line[], last: Line): boolean {
  const below = lines[last.index + 1];
  return below === undefined || isBlank(below);
}

/** A month and year between blank lines: a dateline even where no heading stands above it. */
function isLoneDateline(lines: readonly Line[], i: number): boolean {
  const line = lines[i]!;
  return isDateline(line.text) && /\p{L}/u.test(line.text) && (i === 0 || isBlank(lines[i - 1])) && (i + 1 >= lines.length || isBlank(lines[i + 1]));
}

/** A note of where and when a piece was recorded, written or given: "Recorded in Hull, March 1981", "Delivered at Leeds, 4 May 1909". */
const RECORDING_NOTE = /^["“‘]?(?:recorded|written|interviewed|taped|transcribed|delivered|spoken|given|broadcast)\s+(?:in|at|on|to|before)\b/i;

/** Most words a place-and-date line holds. */
const MAX_PLACE_AND_DATE_WORDS = 8;

/**
 * A place and a date on a line of their own, set off above and below (a drop cap may stand
 * above): where and when a letter was written or an interview recorded. It reads as a
 * dateline, not a section heading.
 */
function isLonePlaceAndDate(lines: readonly Line[], i: number, ctx: PassContext): boolean {
  const trimmed = lines[i]!.text.trim();
  if (!PLACE_AND_DATE_LINE.test(trimmed) || wordCount(trimmed) > MAX_PLACE_AND_DATE_WORDS) return false;
  const above = lines[i - 1];
  const below = lines[i + 1];
  // Below it a blank line, or the letter's first line that lost its drop cap ("gnes Pollard started …"); a
  // note of when and where the piece was recorded or given may have its text set directly below it.
  return (
    (above === undefined || isBlank(above) || /^["“‘]?\p{Lu}$/u.test(above.text.trim())) &&
    (below === undefined || isBlank(below) || opensOnWordTail(below.text, ctx) || RECORDING_NOTE.test(trimmed))
  );
}

function datelineBelow(lines: readonly Line[], last: Line): Line | undefined {
  for (let j = last.index + 1; j < lines.length && j <= last.index + 4; j++) {
    const line = lines[j]!;
    if (isBlank(line)) continue;
    const standsAlone = lines[j + 1] === undefined || isBlank(lines[j + 1]);
    // A month and year is a dateline even with the text set directly below it; a bare year must stand alone.
    return (standsAlone && /^\s*\d{4}\s*$/.test(line.text)) || (isDateline(line.text) && /\p{L}/u.test(line.text)) ? line : undefined;
  }
  return undefined;
}

/** The last line of a heading that starts at line `i` and may be wrapped. */
function lastHeadingLine(lines: readonly Line[], i: number, typical: readonly number[], ctx: PassContext): Line {
  return [lines[i]!, ...continuationLines(lines, i, isAllCaps(lines[i]!.text, 4) ? 'capitals' : 'short', typical, ctx)].pop()!;
}

/**
 * An interview's question on a line of its own after a sentence's end, short of the column: a
 * turn, set as a paragraph of its own between the answers (the extraction may have kept no
 * blank line or indent to say so).
 */
function isTurnOfItsOwn(lines: readonly Line[], i: number, typical: readonly number[], isQuestionTurn: (text: string) => boolean): boolean {
  const line = lines[i]!;
  const trimmed = line.text.trim();
  if (!trimmed || !isQuestionTurn(trimmed) || trimmed.length >= typical[i]! * 0.75) return false;
  const previous = lines[i - 1];
  return previous === undefined || isBlank(previous) || endsSentence(previous.text);
}

/** "Chair: Tom Ellery", "Present: eleven members": a one-word label, a colon and its value. */
const FIELD_LINE = /^\s*\p{Lu}\p{Ll}+:\s+\S/u;
/** Lines so shaped at which a document sets out fields (minutes, a memorandum, a form), not headings. */
const FIELDS = 2;

/**
 * A division's label and its number alone on a line, the stop after the number ("Chapter 4.", "PART II."): the stop
 * closes the number, not a sentence, and the heading's name may stand on the line below ("Chapter 4." / "Raising and
 * Firing"), where a typesetter broke it.
 */
const BARE_LABEL = /^\s*(?:\p{Lu}\p{Ll}{1,11}|\p{Lu}{2,12})\s+(?:\d{1,3}|[IVXLC]{1,7})\\?\.$/u;

/**
 * A label and number alone on a line ("Chapter 4.") after a break, with the heading's name on the short line directly
 * below ("Hooping the Cask"): the two lines are one heading where, joined, they stand in the count the document keeps
 * under that label ("Chapter 3. Wood", "Chapter 5. Your First Cask") and the label names no picture ("Plate 4." over a
 * caption is furniture). The count is the document's own evidence; a label without it stays as it was.
 */
function labelOverName(lines: readonly Line[], i: number, typical: readonly number[], isCountedPart: (text: string) => boolean): Line | undefined {
  const line = lines[i]!;
  if (!BARE_LABEL.test(line.text)) return undefined;
  const previous = lines[i - 1];
  if (!(previous === undefined || isBlank(previous) || endsSentence(previous.text) || leadingSpace(line.text) > 0)) return undefined;
  const name = lines[i + 1];
  if (name === undefined || isBlank(name)) return undefined;
  const trimmed = name.text.trim();
  if (!startsLikeHeading(trimmed) || trimmed.length >= typical[i + 1]! * 0.75 || /[.,;:]$/.test(trimmed) || endsUnfinished(trimmed) || !readsLikeHeading(trimmed)) return undefined;
  return isCountedPart(`${line.text.trim()} ${trimmed}`) ? name : undefined;
}

function findHeadings(lines: readonly Line[], ctx: PassContext): Heading[] {
  const { typical, column } = lineWidths(lines);
  // Minutes and memoranda set out their particulars as labelled lines: a label and its value is a field, not a section.
  let fieldLines = 0;
  for (const line of lines) if (FIELD_LINE.test(line.text)) fieldLines++;
  const verseColumn = verseColumns(lines, column);
  const lineCounts = new Map<string, number>();
  for (const line of lines) {
    if (isBlank(line)) continue;
    const key = normaliseForComparison(line.text, false);
    lineCounts.set(key, (lineCounts.get(key) ?? 0) + 1);
  }
  const indent = paragraphIndent(lines);
  // Any short line may be a question on its own (the line above may have lost its stop), or one of the text's other headings.
  const isInterviewQuestion = interviewQuestions(lines.filter((line) => !isBlank(line) && (line.text.trim().length < typical[line.index]! * 0.75 || /\?["'”’)]?$/.test(line.text.trim()))).map((line) => line.text));
  // A speaker's turn of a dialogue or a play ("ROSA: And the bell does the rest?", "ALFRED. You think …") is someone's words, not a section.
  const isSpeakerTurn = dialogueTurns(lines.map((line) => line.text));
  const isQuestionTurn = (text: string): boolean => isInterviewQuestion(text) || isSpeakerTurn(text);
  // Sections numbered in a count, from the lines short of the column ("I. Setúbal, 3rd April" … "IV. Lisbon,").
  const isCounted = sectionCount(lines.filter((line) => !isBlank(line) && line.text.trim().length < typical[line.index]! * 0.75).map((line) => line.text));
  // The numbers of the items of a numbered list whose sentences run over their lines: the items next to them in the count are items too.
  const runOnItems = runOnItemNumbers(lines, typical);
  // Parts counted under one label, from the short lines, and from each label alone on a line read with the line below it.
  const shortLines = lines.filter((line) => !isBlank(line) && line.text.trim().length < typical[line.index]! * 0.75);
  const isCountedPart = countedPartHeading(
    shortLines.map((line) => (BARE_LABEL.test(line.text) && lines[line.index + 1] !== undefined ? `${line.text.trim()} ${lines[line.index + 1]!.text.trim()}` : line.text)),
  );
  // Lines closed by an ordinal's stop ("Szombat, október 5."), where the document sets two or more short of the column.
  const isOrdinal = ordinalHeadings(shortLines.map((line) => (ORDINAL_ALONE.test(lines[line.index + 1]?.text ?? '') ? `${line.text.trim()} ${lines[line.index + 1]!.text.trim()}` : line.text)));
  const headings: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const name = labelOverName(lines, i, typical, isCountedPart);
    if (name !== undefined) {
      headings.push({ kind: 'numbered', depth: 2, lines: [lines[i]!, name] });
      i = name.index;
      continue;
    }
    let kind = isLonePlaceAndDate(lines, i, ctx) || (fieldLines >= FIELDS && FIELD_LINE.test(lines[i]!.text)) ? undefined : kindOf(lines, i, typical, ctx, indent, isQuestionTurn, isCounted, runOnItems, isOrdinal);
    if (!kind && isTurnOfItsOwn(lines, i, typical, isQuestionTurn)) {
      headings.push({ kind: 'turn', depth: 0, lines: [lines[i]!] });
      continue;
    }
    if (!kind) {
      if (isLoneDateline(lines, i) || isLonePlaceAndDate(lines, i, ctx)) headings.push({ kind: 'dateline', depth: 0, lines: [], dateline: lines[i]! });
      continue;
    }
    let headingLines = [lines[i]!, ...continuationLines(lines, i, kind, typical, ctx, isOrdinal)];
    let last = headingLines[headingLines.length - 1]!;
    let dateline = datelineBelow(lines, last);
    if (kind === 'standalone' && !dateline && !isFollowedByBreak(lines, last)) {
      // No blank line below: perhaps a heading set directly above its text, which a blank line above already sets apart.
      if (!couldOpenShortHeading(lines[i]!.text.trim())) continue;
      kind = 'short';
      headingLines = [lines[i]!, ...continuationLines(lines, i, kind, typical, ctx, isOrdinal)];
      last = headingLines[headingLines.length - 1]!;
      dateline = datelineBelow(lines, last);
    }
    // Over a letter's place and day and its salutation stands the letter's heading ("Deuxième lettre"), where it reads
    // as no address (no comma, no house number, not the name the salutation greets) and is one line.
    const salutation = letterSalutation(lines, nextContentLine(lines, last.index)?.index ?? -1);
    const overLetter = headingLines.length === 1 && !/,|^\s*\d/.test(lines[i]!.text) && salutation !== undefined && !namesAddressee(lines[i]!.text, salutation.text);
    // A speaker's turn below (an interview's first "Q. How did you come to the trade?") opens the section's text, however short.
    const turnBelow = isSpeakerTurn(nextContentLine(lines, last.index)?.text ?? '');
    // Under a heading in the document's pattern of ordinal-closed lines ("Szombat, október 5."), a list's first item opens its text.
    const listBelow = isOrdinal(headingLines.map((l) => l.text.trim()).join(' ')) && /^\s*[•▪●◦]\s/u.test(nextContentLine(lines, last.index)?.text ?? '');
    if (kind === 'short' && !dateline && !overLetter && !turnBelow && !listBelow && !(opensParagraphBelow(lines, last.index, typical) && sentenceOpensBelow(lines, last))) continue;
    if (kind === 'short' && i > 0 && !isBlank(lines[i - 1]) && !overLetter && !setApartAsHeading(lines, headingLines, column)) continue;
    if (/[,:;]$/.test(last.text.trim())) continue;
    // A heading never stops on a word that needs more: a possessive, an article, a preposition ("8. A fusee wall clock,
    // the dial inscribed for the Bishop's" / "Castle railway station, …"). Where such a line runs to the measure with
    // text set directly under it, it is a paragraph's first line, its sentence going on below. (One line only: a heading
    // that took a line below it as its own is judged by what it took.)
    if (headingLines.length === 1 && endsUnfinished(last.text.trim()) && fillsMeasure(lines, last.index, typical) && lines[last.index + 1] !== undefined && !isBlank(lines[last.index + 1])) continue;
    // A numbered claim of two sentences set apart and closed ("8. Socialism is discredited … Without it you get state
    // control …") is a section's heading; one whose last line runs on into the paragraph is an item.
    if (!/[.!?]["”’)]?$/u.test(last.text.trim()) && closesSentenceInside(headingLines.map((l) => l.text.trim()).join(' '))) continue;
    // A dedication at the top ("For my mother," / "who sang them first") is the book's, not a section's heading.
    if (kind !== 'numbered' && DEDICATION.test(headingLines.map((l) => l.text.trim()).join(' ')) && contentAbove(lines, i) < DEDICATION_REACH) continue;
    // A line said again under a stanza is the song's refrain, however much it stands apart as a heading does.
    if (kind !== 'numbered' && headingLines.length === 1 && (lineCounts.get(normaliseForComparison(lines[i]!.text, false)) ?? 0) >= 2 && followsStanza(lines, i, verseColumn)) continue;
    // A stanza's first line, set in or after a blank line, goes on into the stanza's other lines: a poem's
    // title over it needs evidence of its own (capitals, a number, a blank line under it, a length far short of its lines).
    if ((kind === 'indented' || kind === 'standalone' || kind === 'short') && headingLines.length === 1 && !dateline && !overLetter && opensStanza(lines, i, verseColumn)) continue;
    // Under a line that ends on a comma (a letter's closing, "Yours faithfully,") stands a signature: no heading follows a comma.
    const above = previousContentLine(lines, i);
    if (above !== undefined && /,["”’)]?$/.test(above.text.trim()) && kind !== 'numbered') continue;
    // Under one that ends on a colon stands what it announces (signs, headlines, lines quoted, one or several set in
    // capitals), not a section's title; a poem's title over its stanza may stand there.
    if (kind !== 'numbered' && /:["”’)]?$/.test(previousContentLine(lines, firstOfCapitalRun(lines, i))?.text.trim() ?? '')) {
      const under = nextContentLine(lines, last.index);
      if (!under || !opensStanza(lines, under.index, verseColumn)) continue;
    }
    // Over a letter's salutation ("Sir,") stands the letter's address, not a heading.
    const below = nextContentLine(lines, (dateline ?? last).index);
    if (below !== undefined && isSalutationLine(below.text) && kind !== 'numbered') continue;
    headings.push({ kind, depth: kind === 'capitals' ? 3 : 2, lines: headingLines, ...(dateline ? { dateline } : {}) });
    i = (dateline ?? last).index;
  }
  nestNumberedLists(headings);
  return headings;
}

/** Most lines in capitals (signs, headlines) looked past above a line, so that each line costs a bounded look. */
const MAX_CAPITAL_RUN = 6;

/** The first of the lines in capitals set tight above and including the line at `index` (the line itself when the one above is not). */
function firstOfCapitalRun(lines: readonly Line[], index: number): number {
  let first = index;
  while (first > 0 && index - first < MAX_CAPITAL_RUN && !isBlank(lines[first - 1]) && isAllCaps(lines[first - 1]!.text)) first--;
  return first;
}

/** A dedication's opening: to or for someone of the author's own, or in someone's memory. */
const DEDICATION = /^["“‘]?(?:(?:for|to)\s+(?:my|our)\b|in\s+(?:loving\s+)?memory\s+of\b|in\s+memoriam\b|dedicated\s+to\b)/i;
/** Content lines above a dedication at most: the title and its byline. */
const DEDICATION_REACH = 4;

/** Content lines above the line at `index`, counted up to DEDICATION_REACH. */
function contentAbove(lines: readonly Line[], index: number): number {
  let n = 0;
  for (let i = index - 1; i >= 0 && n < DEDICATION_REACH; i--) if (!isBlank(lines[i])) n++;
  return n;
}

/** How far apart two numbers of one list may stand: typesetting sometimes swaps neighbours. */
const LIST_NUMBER_DRIFT = 2;

/**
 * Chapters count up; a numbered list inside a chapter ("1. … 15.") starts again at a number
 * no greater than the chapter's. Its items go one level down, until a number fits the next
 * chapter better than the list.
 */
function nestNumberedLists(headings: Heading[]): void {
  let chapter = 0;
  let listItem: number | undefined;
  for (const heading of headings) {
    if (heading.kind !== 'numbered') continue;
    // The roman number the heading opens on ("III. Alcácer, 9th April"), or the first figure in its first line.
    const roman = ROMAN_START.test(heading.lines[0]!.text) ? sectionNumber(heading.lines[0]!.text)?.value : undefined;
    const n = roman ?? Number(/\d+/.exec(heading.lines[0]!.text)?.[0] ?? 0);
    const continuesList = listItem !== undefined && Math.abs(n - listItem) <= LIST_NUMBER_DRIFT;
    if (continuesList || (n <= chapter && chapter > 0)) {
      heading.depth = 3;
      listItem = n;
    } else {
      chapter = n;
      listItem = undefined;
    }
  }
}

/**
 * How the document capitalises its headings (see _heading-case.ts): from those it sets in mixed
 * case, or capitals where every one of them is so set; a dateline says nothing of it.
 */
function headingCase(headings: readonly Heading[], ctx: PassContext): HeadingCase {
  return caseOfHeadings(headings.filter((heading) => heading.kind !== 'dateline').map((heading) => heading.lines.map((l) => l.text).join(' ')), ctx);
}

/** Blank lines around a turn, so it stays a paragraph of its own. */
function turnEdits(lines: readonly Line[], turn: Line): Edit[] {
  const edits: Edit[] = [];
  const previous = lines[turn.index - 1];
  const next = lines[turn.index + 1];
  if (previous !== undefined && !isBlank(previous)) edits.push({ start: turn.start, end: turn.start + leadingSpace(turn.text), text: '\n', ruleId: 'pdf/heading' });
  if (next !== undefined && !isBlank(next)) edits.push({ start: next.start, end: next.start, text: '\n', ruleId: 'pdf/heading' });
  return edits;
}

function headingEdits(heading: Heading, style: HeadingCase, ctx: PassContext): Edit[] {
  const marker = `${'#'.repeat(heading.depth)} `;
  // A numbered or indented heading may be set in capitals too ("2. THE MACHINE QUESTION"): it takes the document's case like a subhead.
  const inCapitals = heading.kind === 'capitals' || isAllCaps(heading.lines.map((l) => l.text).join(' '), 4);
  const [first] = heading.lines;
  const edits: Edit[] = first ? [{ start: first.start, end: first.start + leadingSpace(first.text), text: marker, ruleId: 'pdf/heading' }] : [];
  heading.lines.forEach((line, k) => {
    const next = heading.lines[k + 1];
    const contentEnd = line.start + line.text.trimEnd().length;
    if (next) edits.push({ start: contentEnd, end: next.start + leadingSpace(next.text), text: ' ', ruleId: 'pdf/heading' });
    if (inCapitals) edits.push(...recaseEdits(style, line, k === 0, ctx, 'pdf/heading'));
  });
  if (heading.dateline) {
    const d = heading.dateline;
    edits.push({ start: d.start, end: d.end, text: `*${d.text.trim()}*`, ruleId: 'pdf/dateline' });
  }
  return edits;
}

/**
 * Two headings on consecutive lines each ask for something at the point between them: a turn
 * for the blank line after it, the next one for the blank line before it or its `#` marker.
 * One insertion is made there: the blank line once, then the marker.
 */
function mergedInsertions(edits: readonly Edit[]): Edit[] {
  const byPoint = new Map<number, Edit>();
  const out: Edit[] = [];
  for (const edit of edits) {
    if (edit.start !== edit.end) {
      out.push(edit);
      continue;
    }
    const there = byPoint.get(edit.start);
    if (!there) {
      const copy = { ...edit };
      byPoint.set(edit.start, copy);
      out.push(copy);
    } else if (edit.text !== '\n') there.text = there.text === '\n' ? `\n${edit.text}` : there.text + edit.text;
    else if (!there.text.startsWith('\n')) there.text = `\n${there.text}`;
  }
  return out;
}

/**
 * Headings: numbered ("1. The risen people"), indented, or standing alone, short and without
 * final punctuation, possibly split over lines; subheads in capitals become `###`, in the
 * case the document's other headings use. A dateline directly under a heading becomes its own italic paragraph.
 */
export const markPdfHeadings: Pass = {
  ruleId: 'pdf/heading',
  run(text, ctx) {
    const lines = splitLines(text);
    const headings = findHeadings(lines, ctx);
    const style = headingCase(headings.filter((heading) => heading.kind !== 'turn'), ctx);
    const edits = headings.flatMap((heading) => (heading.kind === 'turn' ? turnEdits(lines, heading.lines[0]!) : headingEdits(heading, style, ctx)));
    return mergedInsertions(edits);
  },
};
