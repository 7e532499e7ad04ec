import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { PLACE_AND_DATE_LINE, SENTENCE_END, splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { POSTSCRIPT, dialogueTurns, headingMajority, headingPattern, interviewQuestions, isSalutationLine, isLabelledQuestionTurn, isTitleCase, isTurnOfTalk, ordinalHeadings, sectionCount, closesSentenceInside } from '../_evidence.ts';
import { ARROW_OR_SHAPE, datesWithHour, endsOnFunctionWord, isDateLine, isProse, isTitleLike, sameText } from './_web-lines.ts';
import { framedAsSpeech } from './_web-vocabulary.ts';

/** Longest line of a stanza, and the fewest lines: verse keeps its short lines in a web copy. */
const MAX_VERSE_LINE = 60;
const MIN_STANZA_LINES = 2;
/** After a stanza, a heading over the next is short: a longer line between stanzas is verse. */
const MAX_WORDS_OVER_VERSE = 5;
/** Fewest words of a section's opening paragraph under a short line set tight above it (a caption kept by web/caption). */
const MIN_OPENING_WORDS_UNDER_CAPTION = 20;

/**
 * A clause that opens on a question word and strands its preposition at the end ("Where the
 * plots came from", "What we stand for") is finished, though its last word is a function word.
 */
const STRANDED_PREPOSITION = /^\s*["“‘]?(?:what|where|who|whom|which|how)\s+\p{L}.*\s(?:from|for|to|with|about|of|on|in|at|by)$/iu;

/** Fewest words of a paragraph under a heading that ends on a colon, announcing what is quoted below it. */
const MIN_ANNOUNCING_WORDS = 8;

/** Most words of a letter's place and day ("Leeds, the 3rd of May", "Roubaix, le 12 octobre"). */
const MAX_PLACE_AND_DAY_WORDS = 7;

/** A place, a comma, then a day in figures, and no sentence: where and when a letter was written. */
function isPlaceAndDay(text: string): boolean {
  const trimmed = text.trim();
  return (isDateLine(trimmed) || /^["“‘]?\p{Lu}[^.;:!?,]*,\s.*\d/u.test(trimmed)) && wordCount(trimmed) <= MAX_PLACE_AND_DAY_WORDS && !SENTENCE_END.test(trimmed);
}

/** A block of short lines, the first opening on a capital or a quote and every other on a letter (verse need not capitalise its lines): a stanza. */
function isStanza(block: readonly Line[]): boolean {
  return block.length >= MIN_STANZA_LINES && /^\s*["“‘']?\p{Lu}/u.test(block[0]!.text) && block.every((l) => l.text.trim().length <= MAX_VERSE_LINE && /^\s*["“‘'(]?\p{L}/u.test(l.text));
}

/** Most words of a title set directly over a stanza. */
const MAX_TITLE_OVER_STANZA_WORDS = 6;
/** A title styled as one (capitals, title case) is shorter than the verse lines under it. */
const STYLED_TITLE_SHARE = 0.75;
/** A title in sentence case is far shorter than the lines of a whole stanza under it; a stanza's own short first line is not so short. */
const PLAIN_TITLE_SHARE = 0.6;
/** Lines of a whole stanza (a quatrain) under a title in sentence case: a short line over fewer may open the stanza. */
const FULL_STANZA_LINES = 4;

/**
 * A block that opens on a poem's title and goes on into the poem's first stanza, with no blank
 * line between: the title is short and unpunctuated, and has heading evidence of its own: set in
 * capitals or title case and shorter than the verse lines, or far shorter than the lines of a
 * whole stanza. Without it the first line is the stanza's.
 */
function isTitleOverStanza(block: readonly Line[]): boolean {
  const [first, ...stanza] = block;
  if (first === undefined || !isStanza(stanza)) return false;
  const title = first.text.trim();
  if (!isTitleLike(title) || /[,;:.!?]["”’]?$/.test(title) || wordCount(title) > MAX_TITLE_OVER_STANZA_WORDS || endsOnFunctionWord(title)) return false;
  const lengths = stanza.map((line) => line.text.trim().length).sort((x, y) => x - y);
  const verseLine = lengths[lengths.length >> 1]!;
  const styled = (/\p{L}/u.test(title) && title === title.toUpperCase()) || isTitleCase(title);
  return (styled && title.length <= verseLine * STYLED_TITLE_SHARE) || (stanza.length >= FULL_STANZA_LINES && title.length <= verseLine * PLAIN_TITLE_SHARE);
}

/** Most lines, and most words a line, of what a page sets between a heading and its paragraph (a fact box, a caption, a stamp of the hour). */
const MAX_SET_BETWEEN_LINES = 10;
const MAX_SET_BETWEEN_WORDS = 20;
const MAX_SET_BETWEEN_BLOCKS = 2;
/** Fewest words of a line that opens a paragraph though no sentence ends it (a list glued on: "… comprising:• English"). */
const MIN_OPENING_WORDS = 12;
const LOWER_WORD_SHARE = 0.6;
/** Fewest words of a line that runs on past a sentence's end ("Departures numbered 405 (392). Outward cargoes were:"). */
const MIN_WORDS_OVER_A_STOP = 6;

/**
 * A line that opens a paragraph: running prose, a finished sentence inside a line of some length
 * ("Departures numbered 405 (392). Outward cargoes were:• Coal, …"), a clause announcing a list
 * ("Among the varieties in common use are:"), or a long run of words mostly in lower case, as a
 * sentence is written and no title or notice is.
 */
function opensParagraph(text: string): boolean {
  const trimmed = text.trim();
  if (isProse(trimmed)) return true;
  const words = trimmed.split(/\s+/);
  if (words.length >= MIN_WORDS_OVER_A_STOP && /[\p{Ll}\p{N})][.!?]["”’)]?\s+["“‘]?\p{Lu}\p{Ll}/u.test(trimmed)) return true;
  // A clause announcing the list or the words under it ("Among the varieties in common use are:").
  if (words.length >= MIN_WORDS_OVER_A_STOP && /\p{Ll}:$/u.test(trimmed)) return true;
  return words.length >= MIN_OPENING_WORDS && words.filter((w) => /^["“‘(]?\p{Ll}/u.test(w)).length >= words.length * LOWER_WORD_SHARE;
}

/**
 * One block of short lines between a heading and the paragraph under it, not itself a paragraph:
 * what a page sets there (a fact box, a caption, the hour of a post), left by the furniture rules.
 */
function isSetBetween(block: readonly Line[]): boolean {
  // A list's items, or a line announcing what follows it (ending on a colon), are the section's text.
  if (block.some((l) => /^\s*(?:[•▪●*–-]|\d+(?:\.\d+)+\s|\d+[.)]\s)/u.test(l.text)) || /:["”’]?$/u.test(block.at(-1)!.text.trim())) return false;
  return block.length <= MAX_SET_BETWEEN_LINES && !isProse(block[0]!.text) && block.every((l) => wordCount(l.text) <= MAX_SET_BETWEEN_WORDS) && !isStanza(block);
}

/** A word and a number opening a line as an entry's label does ("Class 4.", "Dosbarth 5.", "Lot 12:"): the word, lower-cased. */
function entryLabel(text: string): string | undefined {
  return /^\s*(\p{L}+)\s+\d{1,3}\\?[.:)]\s/u.exec(text)?.[1]?.toLowerCase();
}

/** Entries under one label, each closed by a stop, at which a document sets out a list of them. */
const MIN_ENTRIES = 2;

/** Most words of a short line set directly over a heading, no blank line between (a page's link back to its top, a menu's last entry). */
const MAX_WORDS_OVER_HEADING = 5;

/**
 * A short line with no sentence in it set directly over a title-like line, which a heading may be
 * with that line left above it: no stop, comma, colon or semicolon closes the short line and it
 * does not end on a word that needs more (a heading wrapped over two lines). Whether the lower
 * line is a heading is for the document's own headings to say (see markWebHeadings).
 */
function isLineOverHeading(above: Line, line: Line, isOrdinal: (text: string) => boolean): boolean {
  const text = above.text.trim();
  const title = isOrdinal(line.text) ? line.text.trim().slice(0, -1) : line.text;
  return wordCount(text) <= MAX_WORDS_OVER_HEADING && !SENTENCE_END.test(text) && !/[,;:]["”’]?$/u.test(text) && !endsOnFunctionWord(text) && !isDateLine(text) && isTitleLike(title) && wordCount(line.text) <= 12 && !isDateLine(line.text);
}

/** The section sign before a number ("§ 2 Methods", "§3. Scope") is read as the number alone: a heading may open on it as on the number. */
function withoutSectionSign(line: Line): Line {
  return /^\s*§\s*\d/u.test(line.text) ? { ...line, text: line.text.replace(/^(\s*)§\s*/u, '$1') } : line;
}

/** A line, a bullet glued to its end, and a list's first item: "Damage and Costs• Two volunteers …". */
const GLUED_LIST = /^(\s*[^•▪●\s][^•▪●]*?)(\s*)[•▪●]\s*\S/u;
/** Most words of a line read apart from the list glued to it. */
const MAX_GLUED_HEAD_WORDS = 12;

/**
 * A block whose first line is a short title-like line with a list's first item glued to it by its bullet (a page's
 * heading over a list, copied without its line break: "Szombat, október 5.• 10.00 A vásár …") is read as two
 * blocks, the line and the list, so the line is weighed as one standing alone over its text (web/bullets later sets
 * the item on a line of its own). A sentence or a clause announcing the list ("… are:• Coal") stays one block.
 */
function apartFromGluedList(block: Line[], isOrdinal: (text: string) => boolean): Line[][] {
  const first = block[0]!;
  const m = GLUED_LIST.exec(first.text);
  if (!m) return [block];
  const head = m[1]!;
  if (wordCount(head) > MAX_GLUED_HEAD_WORDS || !(isTitleLike(head) || isOrdinal(head))) return [block];
  const at = head.length + m[2]!.length;
  const line: Line = { index: first.index, start: first.start, end: first.start + head.length, text: head };
  const item: Line = { index: first.index, start: first.start + at, end: first.end, text: first.text.slice(at) };
  return [[line], [item, ...block.slice(1)]];
}

/** A short title-like line standing alone between blank lines, followed by prose (or by a date line and prose), is a section heading ("2. The machine question" too). */
export const markWebHeadings: Pass = {
  ruleId: 'web/heading',
  run(text, ctx) {
    // A short line set directly over a heading-like line (a link back to the page's top) is read as a block of its own, and
    // the line under it as one that may stand alone; it is marked only in the pattern of the headings found alone (below).
    // The blocks are weighed as they stand; then, apart, each line with a short line set directly over it (a link back to the
    // page's top) as if it stood alone, the short line a block of its own, with no other line's reading changed. Such a
    // line is marked only in the pattern of the document's headings (below).
    const over = new Map<Line, Line>();
    const virtual: Line[][] = [];
    const blocks = splitBlocks(splitLines(text).map(withoutSectionSign));
    // Lines closed by an ordinal's stop ("Szombat, október 5."), where the document sets two or more over their text.
    const isOrdinal = ordinalHeadings(blocks.map((block) => GLUED_LIST.exec(block[0]!.text)?.[1] ?? block[0]!.text));
    const read = blocks.flatMap((block) => apartFromGluedList(block, isOrdinal));
    read.forEach((block, b) => {
      const rest = block.slice(2);
      if (block.length >= 2 && isLineOverHeading(block[0]!, block[1]!, isOrdinal) && (rest.length > 0 ? isProse(rest[0]!.text) : read[b + 1] !== undefined)) {
        over.set(block[1]!, block[0]!);
        virtual.push([block[0]!], [block[1]!]);
        if (rest.length > 0) virtual.push(rest);
      } else virtual.push(block);
    });
    const edits: Edit[] = [];
    // An interview's questions stand alone over their answers, as headings do: they are turns.
    const isQuestionTurn = interviewQuestions(read.filter((block) => block.length === 1).map((block) => block[0]!.text));
    // A speaker's turn of a dialogue or a play ("ROSA: And the bell does the rest?") may stand alone as short as a heading.
    const isTurn = dialogueTurns(read.flat().map((line) => line.text));
    // Sections numbered in a count ("I. Setúbal, 3rd April" … "II. The pans, 5th April"), from the lines standing alone.
    const isCounted = sectionCount(read.filter((block) => block.length === 1).map((block) => block[0]!.text));
    // Entries the document sets out under one label and a number that counts ("Class 4. A pound of fresh butter …"),
    // their text closed by a stop: a line so labelled is one more entry, its stop lost, not a section's title.
    const entries = new Map<string, number>();
    for (const block of read) {
      const label = entryLabel(block[0]!.text);
      if (label !== undefined && /[.;]["”’)]?$/u.test(block.at(-1)!.text.trim())) entries.set(label, (entries.get(label) ?? 0) + 1);
    }
    // Headings with one block of short lines between them and their paragraph, weighed once the others are known.
    const setApart: { line: Line; between: Line }[] = [];
    const marked: Line[] = [];
    // Lines with a short line set directly over them, that would be headings standing alone.
    const stacked: Line[] = [];
    const visit = (blocks: readonly Line[][], only?: ReadonlySet<Line>) => (block: readonly Line[], b: number): void => {
      // A poem's title set directly over its first stanza, with heading evidence of its own: capitals, or a length far short of the verse lines.
      if (only === undefined && isTitleOverStanza(block)) {
        edits.push({ start: block[0]!.start, end: block[0]!.start, text: '## ', ruleId: 'web/heading' });
        edits.push({ start: block[0]!.end, end: block[1]!.start, text: '\n\n', ruleId: 'web/heading' });
        return;
      }
      // A heading set directly above its date ("2. The machine question" / "October 1889"): the date goes to a paragraph of its own.
      const dated = block.length === 2 && isDateLine(block[1]!.text) && !isDateLine(block[0]!.text);
      const next = dated ? [block[1]!] : blocks[b + 1];
      if ((block.length !== 1 && !dated) || !next) return;
      const line = block[0]!;
      // Apart, only the lines with a short line over them; each reads what stands above that line.
      if (only !== undefined && !only.has(line)) return;
      const prev = over.has(line) ? blocks[b - 2] : blocks[b - 1];
      // An ordinal's stop closing the line in the document's pattern ("Szombat, szeptember 21.") closes no sentence.
      if (!isTitleLike(isOrdinal(line.text) ? line.text.trim().slice(0, -1) : line.text) || wordCount(line.text) > 12 || /[:]$/.test(line.text.trim()) || (endsOnFunctionWord(line.text) && !STRANDED_PREPOSITION.test(line.text.trim()))) return;
      // A line that closes a sentence of running words and begins the next ("Answer any three questions. Sketches should be
      // labeled, and will be credited"), its last stop lost, is a paragraph: a heading names its section in one phrase.
      if (closesSentenceInside(line.text, true)) return;
      // A link's arrow or shape ("Back to contents ⇡", "▲ Top") marks a control of the page, not a section's title.
      if (ARROW_OR_SHAPE.test(line.text)) return;
      if ((entries.get(entryLabel(line.text) ?? '') ?? 0) >= MIN_ENTRIES) return;
      // Headings open on a letter, a section number ("2. The…") or a count ("50 years since…").
      // A speaker's label opens a turn of an interview ("Q: How did you start?"), not a section.
      if (/^\s*\p{Lu}{1,3}:\s/u.test(line.text)) return;
      if (isQuestionTurn(line.text) || isTurn(line.text)) return;
      // A line of dialogue among quoted turns ("Has Daniel gone?" under "… find one yourself.") is someone's words.
      if (isTurnOfTalk(line.text, prev?.at(-1)?.text, blocks[b + 1]?.[0]?.text)) return;
      // A question under a speaker's label over a labelled answer ("By the Coroner: Was …?" / "Witness: …") is a turn of the exchange.
      if (isLabelledQuestionTurn(line.text, blocks[b + 1]?.[0]?.text)) return;
      // Under a line that stops on a comma ("Your loving sister,") stands a signature, not a section's title.
      if (/,["”’]?$/u.test(prev?.at(-1)?.text.trim() ?? '')) return;
      // A cry the text around reports ("… called to the room." / "Join us at the gates!") is someone's words, not a section's title.
      if (/!["”’]?$/u.test(line.text.trim()) && framedAsSpeech(prev?.at(-1)?.text, blocks[b + 1]?.[0]?.text)) return;
      // A full date with the hour dates an occasion (see datesWithHour): no section's title.
      if (datesWithHour(line.text)) return;
      if (isDateLine(line.text) || PLACE_AND_DATE_LINE.test(line.text) || sameText(line.text, ctx.author) || !/^\s*(?:["“‘'(]?\p{L}|\d{1,2}\\?\.\s+\p{Lu}|\d{1,4}\s+\p{L})/u.test(line.text)) return;
      // A dated section ("2. The machine question", then "October 1889") puts its date between heading and prose.
      const body = dated ? blocks[b + 1] : next.length === 1 && isDateLine(next[0]!.text) ? blocks[b + 2] : next;
      if (!body) return;
      // What a paragraph ending on a colon announces (a sign, a headline, a line quoted) stands under it: no section's
      // title does, but a poem's over its stanza.
      if (/:["”’]?$/u.test(prev?.at(-1)?.text.trim() ?? '') && !isStanza(body)) return;
      // Over a letter's salutation ("Sir,") stands the letter's address, not a heading; over its
      // place and date and then the salutation stands the letter's own heading, where it reads as
      // no address (no comma, no house number).
      const overLetter = !dated && next.length === 1 && isPlaceAndDay(next[0]!.text) && blocks[b + 2]?.length === 1 && isSalutationLine(blocks[b + 2]![0]!.text) && !/,|^\s*\d/.test(line.text);
      if (overLetter) {
        edits.push({ start: line.start, end: line.start, text: '## ', ruleId: 'web/heading' });
        return;
      }
      if (body.length === 1 && isSalutationLine(body[0]!.text)) {
        // A numbered letter's own heading, in the count of the text's other sections, may name a place and a day as an address does.
        if (!dated && isCounted(line.text) && !PLACE_AND_DATE_LINE.test(line.text)) edits.push({ start: line.start, end: line.start, text: '## ', ruleId: 'web/heading' });
        return;
      }
      // Over a postscript ("P.S.", "P.-S.", "PS:") stands the letter's signature.
      if (POSTSCRIPT.test(body[0]!.text)) return;
      // Over verse a heading stands too (a poem's title), where it is not a line of verse between stanzas.
      const overVerse = isStanza(body) && (!prev || !isStanza(prev) || (SENTENCE_END.test(prev.at(-1)!.text.trim()) && wordCount(line.text) <= MAX_WORDS_OVER_VERSE));
      // A short line set tight above the paragraph (a picture's caption, kept by web/caption) may stand between heading and prose.
      const underCaption = body.length >= 2 && !dated && wordCount(body[0]!.text) <= 14 && !SENTENCE_END.test(body[0]!.text.trim()) && !/[,;:]$/.test(body[0]!.text.trim()) && !isSalutationLine(body[0]!.text) && body[0]!.text.trim().length * 2 <= body[1]!.text.trim().length && wordCount(body[1]!.text) >= MIN_OPENING_WORDS_UNDER_CAPTION;
      // A paragraph of some length that ends on a colon announces the verse or the words quoted under it: it is the section's text.
      const afterBody = blocks[blocks.indexOf(body) + 1];
      const announcing = body.length === 1 && wordCount(body[0]!.text) >= MIN_ANNOUNCING_WORDS && /:["”’]?$/u.test(body[0]!.text.trim()) && afterBody !== undefined && (isStanza(afterBody) || isProse(afterBody[0]!.text));
      if (!isProse(body[0]!.text) && !overVerse && !underCaption && !announcing) {
        // A box, a caption or the hour of a post left between the heading and its paragraph, after a
        // section's finished text: the line is a heading if the document's other headings say so (below).
        // So too a line over a paragraph that opens without a sentence's end on its first line ("Outward cargoes were:• Coal, …").
        const before = prev?.at(-1)?.text.trim();
        // Two such blocks at most (a box, then the hour of a post); the paragraph under them may itself open on a short line left by the furniture rules.
        let k = b + 1;
        while (k < blocks.length && k <= b + MAX_SET_BETWEEN_BLOCKS && isSetBetween(blocks[k]!)) k++;
        const after = blocks[k];
        const overBox = !dated && body === next && k > b + 1 && after !== undefined && (opensParagraph(after[0]!.text) || (after.length >= 2 && wordCount(after[0]!.text) <= MAX_SET_BETWEEN_WORDS && opensParagraph(after[1]!.text)));
        // So too a numbered line over its own first clause ("4. The Grazier's Obligations" over "4.1 The Grazier shall:").
        const number = /^\s*(\d{1,2})\\?\.\s/.exec(line.text)?.[1];
        const firstClause = number !== undefined && new RegExp(`^\\s*${number}\\.1\\s+\\p{Lu}`, 'u').test(body[0]!.text);
        if (before !== undefined && SENTENCE_END.test(before) && (overBox || firstClause || opensParagraph(body[0]!.text))) setApart.push({ line, between: body[0]! });
        return;
      }
      if (over.has(line)) {
        stacked.push(line);
        return;
      }
      marked.push(line);
      edits.push({ start: line.start, end: line.start, text: '## ', ruleId: 'web/heading' });
      if (dated) edits.push({ start: line.end, end: block[1]!.start, text: '\n\n', ruleId: 'web/heading' });
    };
    read.forEach(visit(read));
    virtual.forEach(visit(virtual, new Set(over.keys())));
    // In the pattern of the headings found over their paragraphs (a number that counts on, capitals or capitalised words throughout).
    // A heading found over its paragraph is a heading of its own, not what stands between another and its text (a subtitle).
    const inPattern = headingPattern(marked.map((line) => line.text));
    // A line with a short line set over it is a heading where it keeps the pattern (or the count) of those found alone and the
    // short line does not: it goes to a paragraph of its own, and the short line stays as it was.
    // Set as most of them are will do here, the line's place under a short line being evidence of its own; and those lines,
    // repeating that place through the document, count in its pattern too (a number counting on, a setting most share).
    const candidates = [...marked, ...stacked, ...setApart.filter(({ line }) => over.has(line)).map(({ line }) => line)].map((line) => line.text);
    const counted = sectionCount(virtual.filter((block) => block.length === 1).map((block) => block[0]!.text));
    const patterns = [inPattern, headingPattern(candidates), headingMajority(candidates), counted, isOrdinal];
    const markUnder = (line: Line): void => {
      const above = over.get(line)!;
      // The line over it shares no part of the heading where it is out of the pattern, or carries a link's arrow or shape
      // ("Top ↑", "▲ Top"), which no heading of the text does; a short line in capitalised words fits any setting.
      const apart = (pattern: (text: string) => boolean): boolean => !pattern(above.text) || (ARROW_OR_SHAPE.test(above.text) && !ARROW_OR_SHAPE.test(line.text));
      if (!patterns.some((pattern) => pattern(line.text) && apart(pattern))) return;
      edits.push({ start: above.end, end: line.start, text: '\n\n## ', ruleId: 'web/heading', reason: 'in the pattern of the document\'s headings, under a short line' });
      const tight = virtual[virtual.findIndex((block) => block[0] === line) + 1]?.[0];
      if (tight !== undefined && text.slice(line.end, tight.start).trim() === '' && !text.slice(line.end, tight.start).includes('\n\n')) edits.push({ start: line.end, end: tight.start, text: '\n\n', ruleId: 'web/heading' });
    };
    for (const line of stacked) markUnder(line);
    for (const { line, between } of setApart) {
      if (marked.some((heading) => heading.start === between.start)) continue;
      if (over.has(line)) markUnder(line);
      else if (inPattern(line.text)) edits.push({ start: line.start, end: line.start, text: '## ', ruleId: 'web/heading' });
    }
    return edits;
  },
};
