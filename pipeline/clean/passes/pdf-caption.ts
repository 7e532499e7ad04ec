import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { captionEvidence, continuesNameList, dialogueTurns, isNumberedFigure, isTurnInTalk, labelledSectionCount, reasons } from '../_evidence.ts';
import { startsWithWordTail } from './pdf-caption-in-sentence.ts';
import { isBlank, nextContentLine, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import {
  NUMBERED_HEADING,
  breakIsChosen,
  fillsMeasureBelow,
  endsSentence,
  isAllCaps,
  isDateline,
  hasParagraphIndent,
  opensInSmallCapitals,
  LIST_MARK,
  leadingSpace,
  paragraphIndent,
  lineWidths,
} from './_pdf-lines.ts';
import { followsStanza, verseColumns } from './_pdf-verse-lines.ts';
import { ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, LONGER_PREPOSITIONS, COORDINATORS, FINITE_BE, endsOnWord } from '../_function-words.ts';

/** Caption evidence (clean/_evidence.ts) from which a line goes on its wording alone. */
const STRONG_CAPTION = 3;

/** Running text goes on in lower case, after an opening quote too: "“consider” the fourth"; a lettered item opens instead. */
function continuesInLowercase(text: string): boolean {
  return /^\s*["“‘'(]?\p{Ll}/u.test(text) && !LIST_MARK.test(text);
}

/** Lines that are complete in themselves although they end without a stop. */
function isStandaloneLabel(text: string): boolean {
  const trimmed = text.trim();
  return isDateline(trimmed) || /^\d{4}$/.test(trimmed) || NUMBERED_HEADING.test(trimmed) || isAllCaps(trimmed) || /^["“‘]?\p{Lu}$/u.test(trimmed);
}

/** Whether the last character of a text is one of `characters` (a test of the pattern `[…]$`, without trying it at every offset). */
function endsWithOneOf(text: string, characters: string): boolean {
  return text.length > 0 && characters.includes(text.charAt(text.length - 1));
}

/** Every test must hold; the cheap and most often failing ones come first. */
function couldBeCaption(line: Line): boolean {
  const trimmed = line.text.trim();
  return (
    trimmed.length >= 3 &&
    /^["“‘']?\p{Lu}/u.test(trimmed) &&
    !endsWithOneOf(trimmed, '.,;!?') &&
    wordCount(trimmed) <= 14 &&
    !NUMBERED_HEADING.test(trimmed) &&
    !isAllCaps(trimmed) &&
    !isDateline(trimmed)
  );
}

/** A picture's label at a line's end, with no number after it: "Figure", "Fig.", "Plates", "Map". */
const LABEL_AT_END = /\b(?:fig(?:ure)?s?|plates?|illustrations?|maps?)\.?$/i;

const ENDS_ON_FUNCTION_WORD =
  // Of the possessives it has "their" alone: as it was written, listed for the lead.
  endsOnWord(ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, ['as', 'that', 'which', 'who'], FINITE_BE, LONGER_PREPOSITIONS, ['into', 'upon', 'about', 'toward', 'towards', 'without', 'within', 'across', 'behind', 'beyond'], ['their', 'whose']);
/** The longest function word and the character before it: all ENDS_ON_FUNCTION_WORD needs to see of a line. */
const FUNCTION_WORD_REACH = 8;

function endsOnFunctionWord(text: string): boolean {
  return ENDS_ON_FUNCTION_WORD.test(text.slice(-FUNCTION_WORD_REACH));
}

interface Columns {
  column: readonly number[];
  /** The column verse is measured against (see verseColumns). */
  verseColumn: readonly number[];
}

/** Share of the column a line must leave free before its stopping short is beyond doubt. */
const CLEAR_GAP = 0.8;

/** Share of the column under which a line squeezed between two full lines of one sentence has stopped short. */
const NEAR_GAP = 0.92;

/**
 * A capitalised line set directly between two full lines of one unfinished sentence: a
 * greedy wrap fills every line of a paragraph, so a line with room left for the next word
 * did not come from that paragraph, even when the room is small.
 */
function isInsideFullLines(line: Line, above: Line | undefined, next: Line, column: readonly number[]): boolean {
  if (!above || isBlank(above) || next.index !== line.index + 1 || !/^["“‘']?\p{Lu}/u.test(line.text.trim())) return false;
  if (endsSentence(above.text) || isStandaloneLabel(above.text) || leadingSpace(above.text) > 0) return false;
  return above.text.trim().length >= column[above.index]! * 0.85 && next.text.trim().length >= column[next.index]! * 0.6;
}

/**
 * A section number before a heading's words, after a label word or alone: "2. ", "2\\. ", "IV. ",
 * "Part II. ", "Article 3. ", "PART III. ". Its stop closes the number, not a sentence.
 */
const SECTION_NUMBER = /^\s*(?:\p{Lu}\p{L}{1,11}\s+)?(?:\d{1,3}|[IVXLC]{1,6})\\?\.\s+(?=["“‘']?\p{Lu})/u;

/**
 * A full stop inside the text that ends a sentence: not the one after a section number that opens it
 * (a picture's number, "Map 3. The estate", is a caption's label, and its stop stays one).
 */
function hasSentenceStop(text: string): boolean {
  return /[.!?]\s/.test(isNumberedFigure(text) ? text : text.replace(SECTION_NUMBER, ''));
}

/** Most words capitalised and no full stop inside: a heading above a paragraph that lost its drop cap. */
function readsLikeHeading(lines: readonly Line[]): boolean {
  // A section number ("2. ", "IV. ") is no sentence stop.
  const text = lines.map((l) => l.text.trim()).join(' ').replace(SECTION_NUMBER, '');
  const words = text.match(/\p{L}+/gu) ?? [];
  if (hasSentenceStop(text) || words.length > 10) return false;
  if (words.length <= 4 || leadingSpace(lines[0]!.text) > 0) return true;
  return words.filter((w) => /^\p{Lu}/u.test(w) || w.length <= 3).length >= words.length * 0.6;
}

/**
 * A line that stops short with room for the next line's first word, without ending a
 * sentence, cannot run on into that lower-case line: it ends something else that the
 * layout set into the text, a caption of one or two lines. Returns the caption's lines.
 */
function captionBeforeContinuation(lines: readonly Line[], line: Line, next: Line, { column, verseColumn }: Columns, ctx: PassContext): Line[] | undefined {
  const trimmed = line.text.trim();
  if (!continuesInLowercase(next.text) || endsWithOneOf(trimmed, '.,;:!?-')) return undefined;
  // Under a stanza's lines a short line the verse goes on from in lower case is the verse's own (a refrain).
  if (followsStanza(lines, line.index, verseColumn)) return undefined;
  // A line ending on a function word goes on (lines beside a lost drop cap are short too); a lone capital is a drop cap.
  if (endsOnFunctionWord(trimmed) || /^["“‘]?\p{Lu}$/u.test(trimmed)) return undefined;
  const above = lines[line.index - 1];
  const clearRoom = breakIsChosen(trimmed, next.text, column[line.index]!, CLEAR_GAP);
  // Directly under a line that ends on a function word, without a caption's indent or wording, the line may
  // finish what that one began: it stays when it is about as long as the text's lines or its neighbours ("On a" / "Saturday
  // there were two hundred stalls and perhaps ten" / "thousand shoppers") or when that line is short itself,
  // the first line of a wrapped heading ("Tolls and the" / "Town Council").
  const aboveRunsOn =
    above !== undefined &&
    !isBlank(above) &&
    /^["“‘']?\p{Lu}/u.test(trimmed) &&
    // "the" / "A page of the ledger…": an article cannot follow a function word, so that line does not run on.
    !/^["“‘']?(?:A|An|The)\s/u.test(trimmed) &&
    endsOnFunctionWord(above.text.trim()) &&
    leadingSpace(line.text) === 0 &&
    captionEvidence(`${above.text.trim()} ${trimmed}`).score < 2;
  const asLongAsNeighbours = trimmed.length >= Math.min(above?.text.trim().length ?? 0, next.text.trim().length) * 0.9;
  if (
    aboveRunsOn &&
    (!clearRoom || trimmed.length >= column[line.index]! * 0.75 || asLongAsNeighbours || above.text.trim().length < column[above.index]! * 0.6)
  ) {
    return undefined;
  }
  const room = clearRoom || (breakIsChosen(trimmed, next.text, column[line.index]!, NEAR_GAP) && isInsideFullLines(line, above, next, column));
  // Wider than the column: no typesetter filling this paragraph's lines set it.
  if (!room) return undefined;
  // Nor did it stop short of the margin of the paragraph it stands over (see fillsMeasureBelow).
  if (fillsMeasureBelow(lines, line, next)) return undefined;
  const caption =
    /^["“‘']?\p{Lu}/u.test(trimmed) ? [line] : above && !isBlank(above) && /^["“‘']?\p{Lu}/u.test(above.text.trim()) && !endsSentence(above.text) ? [above, line] : undefined;
  if (!caption || wordCount(caption.map((l) => l.text).join(' ')) > 20 || caption.some((l) => NUMBERED_HEADING.test(l.text) || isDateline(l.text))) return undefined;
  // The line above taken with a credit under it ("— Local Studies Library") must stop short too, or be worded as a
  // caption: one that runs to the margin, the first word of the text below not fitting on it, is a line of the paragraph
  // the credit was set into ("Vegetables are cheap and always in the shops, and the hours that a plot" / "— Local
  // Studies Library" / "demands …"); a long caption says what it shows ("… taken by a member of the branch in 1960").
  if (
    caption.length === 2 &&
    !/^["“‘']?\p{L}/u.test(trimmed) &&
    !breakIsChosen(caption[0]!.text.trim(), next.text, column[caption[0]!.index]!, NEAR_GAP) &&
    captionEvidence(caption[0]!.text).score < 2
  )
    return undefined;
  // A page number set off by a rule or a dot from a running head ("27 | The Journal", "The Journal · 27") is where a page
  // broke: the line above it is the text's, running on below; the page furniture pass takes the running head.
  if (caption.length === 2 && /^\s*\d{1,4}\s*[|·•]\s*\S|\S\s*[|·•]\s*\d{1,4}\s*$/u.test(line.text)) return undefined;
  if (caption.some((l) => readsAsRunningText(l.text))) return undefined;
  // The line below must be running text: a short one may end a heading that runs over several lines.
  if (next.text.trim().length < column[next.index]! * 0.6) return undefined;
  const before = previousContentLine(lines, caption[0]!.index);
  if (before !== undefined && NUMBERED_HEADING.test(before.text)) return undefined;
  const couldBeHeading = !hasSentenceStop(caption.map((l) => l.text.trim()).join(' ')) && wordCount(caption.map((l) => l.text).join(' ')) <= 10;
  // Heading-like lines over text that opens on the tail of a word are a heading whose paragraph lost
  // its drop cap, unless a word was hyphenated before them (then they interrupt that word).
  if (couldBeHeading && startsWithWordTail(next.text, ctx) && !/[-\u00AD]$/.test(before?.text.trim() ?? '')) return undefined;
  // Set in capitals below a blank line, it is a subhead whose paragraph lost its drop cap: captions are not set so.
  if (couldBeHeading && isBlank(lines[caption[0]!.index - 1]) && isAllCaps(caption.map((l) => l.text).join(' '), 4)) return undefined;
  const insideSentence = before !== undefined && !endsSentence(before.text) && !isStandaloneLabel(before.text) && !endsParagraph(before, next, column);
  if (insideSentence) return caption;
  // After a finished sentence the lines may as well be a heading over a paragraph that lost its drop cap:
  // set off by a blank line above they are one, and words are not thrown away on a guess.
  if (readsLikeHeading(caption)) return undefined;
  if (couldBeHeading && isBlank(lines[caption[0]!.index - 1])) return undefined;
  // Shaped like a heading, with nothing in its wording of a caption: it stays, noted.
  const evidence = captionEvidence(caption.map((l) => l.text).join(' '));
  if (couldBeHeading && evidence.score < 2) {
    ctx.keep(caption[0]!.start, caption.map((l) => l.text.trim()).join(' '), `after a finished sentence, above text in lower case; ${reasons(evidence) || 'no evidence of a caption'}`);
    return undefined;
  }
  // After a finished sentence, the text in lower case below cannot take that sentence up again: it goes on from these lines,
  // a new sentence's first ("Much of what we know about the town" / "comes from such people."), unless it opens on the tail
  // of a word whose capital was lost or the wording is a caption's.
  if (before !== undefined && endsSentence(before.text) && evidence.score < 2 && !startsWithWordTail(next.text, ctx)) return undefined;
  return caption;
}

/** The lower-case letters opening a line make a word with a capital before them ("hen" → "When"): what a lost drop cap leaves. */
function completesWithCapital(text: string, ctx: PassContext): boolean {
  const fragment = /^\s*(\p{Ll}+)/u.exec(text)?.[1];
  if (fragment === undefined) return false;
  return [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].some((capital) => ctx.isKnownWord(capital + fragment));
}

/**
 * A line with room left for the first word of the running text below the candidate ended its
 * paragraph, stop or no stop (a stop lost in extraction): what follows it starts something new,
 * a heading as likely as a caption.
 */
function endsParagraph(before: Line, next: Line, column: readonly number[]): boolean {
  return leadingSpace(before.text) === 0 && !endsOnFunctionWord(before.text.trim()) && breakIsChosen(before.text, next.text, column[before.index]!);
}

/** Fewest words of a clause that a colon closes to introduce the line below it. */
const MIN_INTRODUCING_WORDS = 4;

/** A clause closed by a colon directly over a paragraph of two lines or more going on in lower case: the colon introduces it. */
function introducesBelow(lines: readonly Line[], line: Line, next: Line): boolean {
  const trimmed = line.text.trim();
  if (!endsWithOneOf(trimmed, ':') || wordCount(trimmed) < MIN_INTRODUCING_WORDS || next.index !== line.index + 1 || !continuesInLowercase(next.text)) return false;
  const under = lines[next.index + 1];
  return under !== undefined && !isBlank(under) && leadingSpace(next.text) === leadingSpace(line.text);
}

/** Fewest words of a clause that a colon closes to introduce the marked items below it. */
const MIN_INTRODUCING_ITEMS_WORDS = 3;

/** A clause closed by a colon directly over a line that opens on a list item's mark: the colon introduces the list. */
function introducesItems(line: Line, next: Line): boolean {
  const trimmed = line.text.trim();
  return endsWithOneOf(trimmed, ':') && wordCount(trimmed) >= MIN_INTRODUCING_ITEMS_WORDS && next.index === line.index + 1 && LIST_MARK.test(next.text);
}

/**
 * Running text, not a caption: a finished sentence of some length with more after it ("… at its
 * busiest. On a Saturday"), or a section's first word set in small capitals ("ETWEEN the wars").
 */
function readsAsRunningText(text: string): boolean {
  const trimmed = text.trim();
  const stop = /\p{Ll}[.!?]["”’]?\s+["“‘]?\p{Lu}/u.exec(trimmed);
  if (stop && wordCount(trimmed.slice(0, stop.index)) >= 5) return true;
  // A quotation opened and not closed goes on in the next line: '… argues that "the blame must be laid at the feet'.
  const straight = trimmed.split('"').length - 1;
  if (straight % 2 === 1 || trimmed.split('“').length > trimmed.split('”').length) return true;
  return opensInSmallCapitals(trimmed);
}

/** A colon as a label or a clause sets it, not one between figures (a clock's "04:15", a ratio's "1:25"). */
function hasLabelColon(text: string): boolean {
  return /(?<!\d):|:(?!\d)/u.test(text);
}

/**
 * Picture captions land inside the running text: a short line without final punctuation,
 * set apart by a blank line or an indent, interrupting a sentence that carries on below it;
 * a line or two that stop short before a lower-case continuation they cannot belong to;
 * or an indented line just above a chapter heading. The pictures are not in the text.
 */
export const removePdfCaption: Pass = {
  ruleId: 'pdf/caption',
  run(text, ctx) {
    const lines = splitLines(text);
    const { typical, column } = lineWidths(lines);
    const verseColumn = verseColumns(lines, column);
    const indent = paragraphIndent(lines);
    // A line in a count of parts the text keeps under one label word ("Adran II:" … "Adran III:"), with nothing of a
    // picture's in its label or wording, is one of those parts' headings, however it was set in from the text.
    const isCounted = labelledSectionCount(lines.filter((line) => !isBlank(line)).map((line) => line.text));
    const countedPart = (line: Line): boolean => isCounted(line.text) && !isNumberedFigure(line.text) && captionEvidence(line.text).score < 2;
    // A turn of the text's talk (a script's "NARRATOR: The Good Intent went ashore …", a hearing's labelled question) is
    // short, set in and has a colon, as a caption may, but it is the text's words: its label opens other lines of the text.
    const isTurn = dialogueTurns(lines.filter((line) => !isBlank(line)).map((line) => line.text));
    const turnOfTalk = (line: Line): boolean =>
      isTurnInTalk(line.text, nextContentLine(lines, line.index)?.text, isTurn);
    // A line carrying on a comma list of names from the line above, or into the line below, is the sentence's own.
    const textOf = (line: Line | undefined): string | undefined => (line === undefined || isBlank(line) ? undefined : line.text);
    const inNameList = (line: Line): boolean => continuesNameList(line.text, textOf(lines[line.index - 1]), textOf(lines[line.index + 1]));
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    // A text that opens on a title (a short capitalised line) has no caption there, nor on the title's second
    // line when it wrapped (its wording is no caption's).
    const [titleLine, second] = lines.filter((line) => !isBlank(line));
    const opensOnTitle = titleLine !== undefined && /^\s*["“‘']?[\p{Lu}\p{N}]/u.test(titleLine.text) && !endsSentence(titleLine.text) && titleLine.text.trim().length < typical[titleLine.index]! * 0.8;
    const wrapped = opensOnTitle && second !== undefined && (endsOnFunctionWord(titleLine.text.trim()) || captionEvidence(second.text).score < 2);
    const belowTitle = wrapped ? second.index : opensOnTitle ? titleLine.index : -1;
    for (const line of lines) {
      if (line.start < claimedUpTo || isBlank(line) || line.index <= belowTitle) continue;
      const next = nextContentLine(lines, line.index);
      if (!next) continue;
      const stopsShort = captionBeforeContinuation(lines, line, next, { column, verseColumn }, ctx);
      if (stopsShort && stopsShort[0]!.start >= claimedUpTo && !stopsShort.some(turnOfTalk) && !stopsShort.some(inNameList)) {
        const first = stopsShort[0]!;
        const last = stopsShort[stopsShort.length - 1]!;
        const before = previousContentLine(lines, first.index);
        // Set in the middle of a sentence, the caption goes and the sentence closes up; set apart, only its lines go.
        // A line above that an earlier edit of this pass took is no sentence to close up with.
        const inline = before !== undefined && before.end >= claimedUpTo && before.index + 1 === first.index && last.index + 1 === next.index && !endsSentence(before.text);
        edits.push(inline ? { start: before!.end, end: next.start, text: '\n', ruleId: 'pdf/caption' } : { start: first.start, end: last.end + 1, text: '', ruleId: 'pdf/caption' });
        claimedUpTo = next.start;
        continue;
      }
      if (!couldBeCaption(line) || inNameList(line)) continue;
      // Strong evidence of a caption in its wording (picture and credit words with a label or a date) is enough wherever it stands.
      const evidence = captionEvidence(line.text);
      // Not a line that ends on a word wanting more over a line going on in lower case: that is a sentence's first line.
      // Nor a line ending on a picture's label whose number opens the next line ("… spindle; and Figure" / "3 shows …"): a
      // caption carries its label with its number, a sentence citing the picture breaks where the measure falls.
      const opensSentenceBelow =
        (endsOnFunctionWord(line.text.trim()) && continuesInLowercase(next.text)) || (LABEL_AT_END.test(line.text.trim()) && /^\s*\d/.test(next.text));
      if (evidence.score >= STRONG_CAPTION && evidence.findings.some((f) => f.weight > 0 && !/year/.test(f.reason)) && wordCount(line.text) <= 12 && !opensSentenceBelow) {
        edits.push({ start: line.start, end: line.end + 1, text: '', ruleId: 'pdf/caption', reason: reasons(evidence) });
        claimedUpTo = line.end + 1;
        continue;
      }
      const previous = previousContentLine(lines, line.index);
      // Where the text indents its paragraphs, that indent opens a paragraph: no caption's mark.
      const indented = leadingSpace(line.text) > 0 && !hasParagraphIndent(line.text, indent);
      const short = line.text.trim().length < typical[line.index]! * 0.75;
      const setApart = isBlank(lines[line.index - 1]) || isBlank(lines[line.index + 1]);
      const nextContinues = continuesInLowercase(next.text) && next.text.trim().length >= typical[next.index]! * 0.6;
      const previousUnfinished =
        previous !== undefined &&
        !isStandaloneLabel(previous.text) &&
        !(leadingSpace(previous.text) > 0 && previous.text.trim().length < typical[previous.index]! * 0.75) &&
        (!endsSentence(previous.text) || /(\.\.\.|…)["”’]?$/.test(previous.text.trim()));
      // A label's colon, not a clock's ("04:15"): a full line of the text may tell the time.
      const captionSized = short || hasLabelColon(line.text);
      // After a line that ended its paragraph, a heading-shaped line without a caption's wording is a heading over a paragraph that lost its drop cap.
      const headingAfterParagraph = previous !== undefined && endsParagraph(previous, next, column) && readsLikeHeading([line]) && evidence.score < 2;
      // A heading-shaped line over text that opens on the tail of a word is a heading whose paragraph lost its
      // drop cap ("The bridge" / "hen the county…"), unless a word was hyphenated before it.
      const overLostDropCap =
        !hasSentenceStop(line.text) &&
        wordCount(line.text) <= 10 &&
        startsWithWordTail(next.text, ctx) &&
        completesWithCapital(next.text, ctx) &&
        !/[-\u00AD]$/.test(previous?.text.trim() ?? '');
      // Two signs that a paragraph starts below: the line above left room for its first word, and that word with a
      // capital put back is a word ("very" → "Every"). A heading-shaped line between them, with nothing of a caption in
      // its wording, may be a sentence-case heading over a lost drop cap: it stays, noted.
      const overParagraphStart =
        !overLostDropCap &&
        previous !== undefined &&
        !hasSentenceStop(line.text) &&
        wordCount(line.text) <= 10 &&
        /^\s*["“‘']?\p{Lu}/u.test(line.text) &&
        evidence.score < 2 &&
        endsParagraph(previous, next, column) &&
        completesWithCapital(next.text, ctx);
      // A line that ends on a function word or reads as running text goes on below: no caption ("THE first diarist, … record: the").
      // Nor does a clause of some length closed by a colon over a paragraph going on in lower case: it introduces that
      // paragraph ("… wrote down each night:" / "the hour the lamp was lit," / "…"); a caption's label ("Fig. 3:") is
      // shorter than a clause, and a caption wrapped after its colon is set in, or ends at a blank line a line later.
      // Nor a clause closed by a colon directly over the first of a list's marked items ("Article 3. The Club shall consist
      // of:" / "(a) full members, …"), indented or not: a caption wraps onto its own words, never onto an item's mark.
      const runsOn =
        endsOnFunctionWord(line.text.trim()) || readsAsRunningText(line.text) || (!indented && introducesBelow(lines, line, next)) || introducesItems(line, next);
      const interruptsSentence =
        !overLostDropCap &&
        !turnOfTalk(line) &&
        !countedPart(line) &&
        !runsOn &&
        nextContinues && captionSized && !headingAfterParagraph && (((indented || setApart) && previousUnfinished) || (indented && hasLabelColon(line.text)));
      if (interruptsSentence && overParagraphStart) {
        ctx.keep(line.start, line.text.trim(), `heading-shaped, after a line that left room, above a paragraph that may have lost its drop cap; ${reasons(evidence) || 'no evidence of a caption'}`);
        continue;
      }
      // A numbered line whose sentence runs on in lower case below is a list's item ("1. That this Council declines" /
      // "to accept …"), no chapter's heading: the line over it is the list's own heading. The item's line fills the
      // measure, as a sentence running on does; a chapter's heading wrapped over two lines stops short of it
      // ("2. What is left of the" / "old programme?"). Where nouns keep their capitals (German) the item's sentence goes on
      // in a capital ("1. Eine Bücherei ist kein Lager …, an dem" / "Menschen lesen. Wer sie …"): an item's line that fills
      // the measure without a stop over another full line runs on just the same.
      const below = lines[next.index + 1];
      // The item's sentence may go on in a capital too (a noun in German, a name): its line fills the measure and ends unfinished.
      const itemRunsOn =
        below !== undefined &&
        !isBlank(below) &&
        (continuesInLowercase(below.text) || !endsSentence(next.text)) &&
        next.text.trim().length >= typical[next.index]! * 0.75;
      const aboveChapter = indented && short && NUMBERED_HEADING.test(next.text) && !itemRunsOn;
      if (!interruptsSentence && !aboveChapter) continue;
      const joinAround = interruptsSentence && previous !== undefined && previous.end >= claimedUpTo;
      const start = joinAround ? previous!.end : line.start;
      edits.push({ start, end: next.start, text: joinAround ? '\n' : '', ruleId: 'pdf/caption' });
      claimedUpTo = next.start;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption “${old.trim()}” from the text flow`,
};
