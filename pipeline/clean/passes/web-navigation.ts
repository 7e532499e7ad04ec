import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, endWithFollowingBlanks, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { captionEvidence, isLooseProse, isSalutationLine, isStrongProse, isTitleCase as isTitleCaseStyle, linkEntryEvidence, metadataEvidence, reasons } from '../_evidence.ts';
import { FRONT_LINE_THRESHOLD, HONORIFIC, frontLineEvidence } from './_web-front-evidence.ts';
import { isNameLine, isProperNounIn } from './_pdf-front.ts';
import { isTitleLike, sameText } from './_web-lines.ts';
import { linkListRuns } from './_web-link-list.ts';
import { noticeSigns, noticeWords } from './_web-page-notice.ts';
import { isLanguageNotice } from './_web-vocabulary.ts';
import { ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, endsOnWord } from '../_function-words.ts';

/** A line ending on one of these goes on in the next line. */
const ENDS_ON_FUNCTION_WORD = endsOnWord(ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, ['as']);
/** A word of one to three letters in lower case ending a line: a function word in most European tongues ("do", "de", "la", "för"). */
const SHORT_WORD_AT_END = /(?<!\p{L})\p{Ll}{1,3}$/u;

/** Fewer list-like lines than this before the title is a kicker or a standfirst, not a menu. */
const MIN_NAVIGATION_LINES = 5;
/** How many content lines after a candidate first paragraph are looked at for more prose. */
const CONFIRM_WINDOW = 4;
/** Metadata evidence from this score on is enough to remove a line near the title. */
const METADATA_REMOVE = 2;

/** A list of this many entries or more, at the page's top, is a site's even without the page's title to place it. */
const LONG_LIST = 8;
/** How many lines (a byline, a date) may stand between the title under a list and the text. */
const TITLE_TO_TEXT = 3;
/** Lines ending inside a clause, and their share of the lines above the title, from which those lines read as text (see removeNavigation). */
const MIN_CLAUSE_LINES = 3;
const CLAUSE_SHARE = 0.15;
/** Most words of a menu's item ("Home", "Local history"). */
const MAX_MENU_WORDS = 3;

/** Above the line at `first`, a site's menu and nothing else: two lines or more, each of a few words; a piece's title above its own list is one line. */
function underMenu(content: readonly Line[], first: number): boolean {
  return first >= 2 && content.slice(0, first).every((line) => wordCount(line.text) <= MAX_MENU_WORDS && !SENTENCE_END.test(line.text.trim()));
}

/**
 * Content lines that belong to a site's list of other articles laid out in entries (a headline
 * with a summary, a date, a byline or a number under it, again and again): a summary there is
 * a finished sentence but no paragraph of the piece. A run counts when the piece's own title
 * stands below its start, or when most of its entries carry a meta line; on a bare page, when
 * it is long, stands under nothing but a menu, and a title-like line set apart follows it with
 * the text under that: a text's own list (questions and answers, a chronology) follows its title.
 */
export function listedLines(content: readonly Line[], title?: string): Set<number> {
  const listed = new Set<number>();
  const titleAt = title === undefined ? -1 : content.findIndex((line) => sameText(line.text, title));
  const firstProse = content.findIndex((line) => isStrongProse(line.text));
  for (const run of linkListRuns(content)) {
    const underIt = content[run.last + 1];
    const titledBelow =
      title === undefined &&
      run.entries >= LONG_LIST &&
      run.withSummary > 0 &&
      firstProse >= run.first &&
      underMenu(content, run.first) &&
      underIt !== undefined &&
      underIt.index > content[run.last]!.index + 1 &&
      isTitleLike(underIt.text) &&
      content.slice(run.last + 2, run.last + 2 + TITLE_TO_TEXT).some((line) => isStrongProse(line.text));
    if ((titleAt > run.first && run.withSummary + run.withMeta + run.withNumber > 0) || run.withMeta * 2 >= run.entries || titledBelow) for (let i = run.first; i <= run.last; i++) listed.add(i);
  }
  return listed;
}

/** Most words of a site's notice about the page; the piece's first paragraph may be as short, but says more than notice words. */
const MAX_NOTICE_WORDS = 25;

/**
 * A site's notice about the page set apart ("This story was first published in print", "Cet
 * article a été mis à jour"): a short line standing alone, of notice words with a sign of a
 * notice's shape, as web/front-notice weighs it.
 */
function isPageNotice(content: readonly Line[], i: number): boolean {
  const line = content[i]!;
  const apart = (i === 0 || content[i - 1]!.index < line.index - 1) && (i + 1 === content.length || content[i + 1]!.index > line.index + 1);
  if (!apart || wordCount(line.text) > MAX_NOTICE_WORDS) return false;
  const t = line.text.trim().replace(/^[\p{S}»›▸►•·|]+\s*/u, '');
  const notice = noticeWords(t).size;
  return notice > 0 && noticeSigns(t, notice) > 0;
}

/** Fewest words of a poem's introduction that lost its stop (see firstParagraph): a verse line or a headline is shorter. */
const MIN_INTRODUCTION_WORDS = 16;
/** Fewest words of a line whose sentences run on from one to the next (see holdsSentences). */
const MIN_SENTENCES_WORDS = 20;
/** A sentence ending inside a line on a word in lower case of three letters or more (not "Dr.", "Prof.") and the next one opening in capitals. */
const SENTENCE_INSIDE = /(?<!\p{L})\p{Ll}{3,}[.!?…]["'”’)]*\s*["“‘'(]?\p{Lu}/u;

/**
 * A line of two sentences or more, of some length, whatever its end: a paragraph whose last full
 * stop was lost ("… retired in 1976 as an overlooker. She talked to us in her front room"). A
 * headline, a link entry or a menu item is one phrase, however long; a summary that holds two
 * sentences ends on a stop and reads as prose already.
 */
function holdsSentences(text: string): boolean {
  return wordCount(text) >= MIN_SENTENCES_WORDS && SENTENCE_INSIDE.test(text.trim());
}

/**
 * A line of verse that ends inside its clause (on a comma or a semicolon) with the next line, directly under it,
 * opening on a capital: a stanza goes on so ("The heron stands as still as prayer,⏎The curlew calls the hour,").
 * A link entry wrapped at a comma goes on in lower case; a menu's items end on no comma.
 */
function isVerseClause(content: readonly Line[], i: number): boolean {
  const line = content[i];
  const next = content[i + 1];
  return line !== undefined && next !== undefined && next.index === line.index + 1 && /[,;]$/.test(line.text.trim()) && wordCount(line.text) <= 12 && /^\s*["“‘']?\p{Lu}/u.test(next.text);
}

/** Prose beyond doubt for the opening: a finished sentence of some length, or two sentences run on in one line. */
function isOpeningProse(text: string): boolean {
  return isStrongProse(text) || holdsSentences(text);
}

/**
 * Where the article's text begins, as an index into the content lines: the first line that
 * reads as a finished sentence of some length (or holds two sentences, its last stop lost) and
 * is followed by more of the same (a long list entry, a question or an unpunctuated headline is
 * not, however long; nor is a summary in a site's list of articles).
 */
export function firstParagraph(content: readonly Line[], title?: string, listed: ReadonlySet<number> = listedLines(content, title)): number {
  for (let i = 0; i < content.length; i++) {
    if (listed.has(i)) continue;
    const after = content.slice(i + 1, i + 1 + CONFIRM_WINDOW);
    // A long sentence (its stop lost, perhaps) with a stanza under it: a poem's introduction. A list of links has no verse.
    // The sentence is a paragraph of its own, of some length, set apart from the stanza (a blank line under it): no verse line.
    const line = content[i]!;
    const apart = after.length > 0 && after[0]!.index > line.index + 1;
    // Nothing but a heading or a verse line between them: a prose line there would be the introduction itself.
    const stanzaUnder = after.some((_, k) => isVerseClause(content, i + 1 + k) && after.slice(0, k).every((between) => !isLooseProse(between.text)));
    if (!isOpeningProse(line.text) && wordCount(line.text) >= MIN_INTRODUCTION_WORDS && apart && stanzaUnder) return i;
    if (!isOpeningProse(content[i]!.text)) continue;
    if (after.length === 0 || wordCount(content[i]!.text) >= 20 || after.some((line) => isLooseProse(line.text) || /^\s*\p{Ll}/u.test(line.text))) return i;
  }
  return content.findIndex((line, i) => !listed.has(i) && isLooseProse(line.text));
}

/** Where the title given in the metadata stands among the opening lines: one line, or two when it wrapped. */
function findTitle(opening: readonly Line[], title: string | undefined): { start: number; end: number } | undefined {
  if (title === undefined) return undefined;
  for (let i = opening.length - 1; i >= 0; i--) {
    if (sameText(opening[i]!.text, title)) return { start: i, end: i };
    if (i > 0 && sameText(`${opening[i - 1]!.text} ${opening[i]!.text}`, title)) return { start: i - 1, end: i };
  }
  return undefined;
}

/** Section headings later in the piece: title-like lines standing alone, followed by prose. */
function laterHeadings(content: readonly Line[], from: number): string[] {
  const headings: string[] = [];
  for (let i = from + 1; i + 1 < content.length; i++) {
    const line = content[i]!.text;
    if (isTitleLike(line) && !isLooseProse(line) && wordCount(line) <= 14 && isLooseProse(content[i + 1]!.text)) headings.push(line);
  }
  return headings;
}

/**
 * Most longer words after the first capitalised, two at least: a title's style. A line with
 * figures in it is a date or a place line, capitalised for its names ("Recorded in Bradford,
 * June 1978").
 */
function isTitleCase(text: string): boolean {
  return !/\d/.test(text) && isTitleCaseStyle(text);
}

/**
 * A letter's address or salutation ("To the Editor of the Gazette", "Dear Sir,", "Sir,"): the
 * opening of the text under the title, never the title itself.
 */
function isLetterOpening(text: string): boolean {
  return /^\s*(?:To the Editors?\b|Dear\s+\p{Lu}|(?:Sir|Sirs|Madam|Gentlemen)\s*[,:.—-]?\s*$)/u.test(text);
}

/**
 * A site's menu or list of other articles before the piece, and the page's metadata between
 * the piece's title and its text. The opening is read as a whole: the first paragraph is found
 * first (a finished sentence followed by more prose); the title is the metadata's title where
 * it stands, or, for a bare file, the last title-like line above the first paragraph that is
 * not metadata (the one above it when the piece has section headings and that line could be
 * the first of them). Lines before the title go when there are enough of them and they read as
 * list entries; lines between title and text go when they carry positive evidence of metadata
 * (a byline, a date, publishing words) and stay otherwise, noted as "kept, may be furniture".
 */
export const removeNavigation: Pass = {
  ruleId: 'web/navigation',
  run(text, ctx) {
    const lines = splitLines(text);
    const content = lines.filter((line) => !isBlank(line));
    const listed = listedLines(content, ctx.title);
    const start = firstParagraph(content, ctx.title, listed);
    if (start <= 0) return [];
    const opening = content.slice(0, start);
    const edits: Edit[] = [];
    const remove = (line: Line): void => {
      edits.push({ start: line.start, end: endWithFollowingBlanks(lines, line.index, text.length), text: '', ruleId: 'web/navigation' });
    };
    const metadata = opening.map((line) => metadataEvidence(line.text, ctx.author));
    let titleAt = findTitle(opening, ctx.title);
    const titleFromMetadata = titleAt !== undefined;
    if (!titleAt) {
      // The last line above the text that is not metadata and could be a title.
      const candidates: number[] = [];
      // A picture's caption over the text ("Visitors outside the hall, c. 1949") is neither title nor heading.
      // So is a line of two sentences ("Brickmakers stacking bricks to dry. Swipe for more pictures": a title is one
      // phrase), and a short line set directly under one, with no blank line between, as a credit stands under its
      // caption ("Photo: the Mission archive"): a title is set apart from what stands above it, or wraps from a line like it.
      const sentences = opening.map((line) => SENTENCE_INSIDE.test(line.text.trim()));
      const captionLike = opening.map((line, i) => {
        if (captionEvidence(line.text).score >= 2 || sentences[i]) return true;
        const above = opening[i - 1];
        return above !== undefined && above.index + 1 === line.index && sentences[i - 1]! && !isLooseProse(line.text);
      });
      const properNoun = isProperNounIn(ctx);
      for (let i = opening.length - 1; i >= 0 && candidates.length < 2; i--) {
        // Any metadata evidence (a dateline "Cairo, 14 November 1923" too) rules a line out as the title.
        // Over a letter's salutation ("Sir,") stands the letter's address, part of the text: the title is above it.
        const address = opening[i + 1] !== undefined && isSalutationLine(opening[i + 1]!.text);
        // A byline, a time stamp or a notice about the page (weighed as web/front-byline and web/front-notice weigh them) is no title either.
        const frontLine = frontLineEvidence(opening[i]!.text, ctx.author).score >= FRONT_LINE_THRESHOLD;
        // A person's name directly over a time stamp or a dated line ("Jane Hale⏎12 May 2019 · 6 min read") is a byline's name, under the title.
        const next = opening[i + 1];
        const bylineName =
          next !== undefined &&
          next.index === opening[i]!.index + 1 &&
          (metadata[i + 1]!.score > 0 || frontLineEvidence(next.text, ctx.author).score >= FRONT_LINE_THRESHOLD) &&
          isNameLine(opening[i]!.text.trim().replace(HONORIFIC, ''), ctx.author, properNoun);
        if (metadata[i]!.score <= 0 && !captionLike[i] && !address && !frontLine && !bylineName && !isLetterOpening(opening[i]!.text) && !isLanguageNotice(opening[i]!.text) && isTitleLike(opening[i]!.text)) candidates.push(i);
      }
      if (candidates.length === 0) return [];
      let chosen = candidates[0]!;
      // A piece with section headings may open on one: then the title is the line above it.
      // Directly above the text, or above nothing but a short date line ("March 1888") that opens it.
      const directlyAbove = opening
        .slice(chosen + 1)
        .every((line, i) => captionLike[chosen + 1 + i] || (metadata[chosen + 1 + i]!.score > 0 && wordCount(line.text) <= 4 && /\b\d{4}\b/.test(line.text)));
      const headings = laterHeadings(content, start);
      // Unless the line directly above is set in title case and the section headings are not: then it is the title.
      const styledAsTitle = isTitleCase(opening[chosen]!.text) && !headings.some(isTitleCase);
      // Or unless what reads as the text's first sentence is a notice about the page (a translation, an update, an
      // earlier printing): such a notice follows the page's title, never a section heading.
      const underNotice = isPageNotice(content, start);
      if (candidates[1] !== undefined && directlyAbove && headings.length > 0 && !styledAsTitle && !underNotice) chosen = candidates[1];
      titleAt = { start: chosen, end: chosen };
      // A title wrapped over two lines: the line directly above, capitalised, ends on a function word ("Notes from a" / "Lighthouse Log").
      // In a tongue whose function words this list lacks ("Almanaque do" / "Lavrador para o Ano Novo"), a line ending on a
      // short word in lower case, set apart above by a blank line, that makes one title-like line with the next.
      const above = chosen > 0 ? opening[chosen - 1]! : undefined;
      const setApart = chosen >= 2 && opening[chosen - 2]!.index < (above?.index ?? 0) - 1;
      const wraps = (t: string): boolean =>
        ENDS_ON_FUNCTION_WORD.test(t) || (setApart && wordCount(t) >= 2 && SHORT_WORD_AT_END.test(t) && isTitleLike(`${t} ${opening[chosen]!.text.trim()}`));
      if (above && above.index + 1 === opening[chosen]!.index && /^\s*["“‘']?\p{Lu}/u.test(above.text) && wraps(above.text.trim())) {
        titleAt = { start: chosen - 1, end: chosen };
      }
    }
    const before = opening.slice(0, titleAt.start);
    const listLike = before.filter((line, i) => listed.has(i) || linkEntryEvidence(line.text).score >= 2 || isTitleLike(line.text)).length;
    // Lines that end inside a clause (on a comma or a semicolon, or on a word broken at a hyphen) are a text's own, verse's
    // or wrapped prose's: a site's menu and its list of links end their entries without them. Many of them among the lines
    // above the title say the page was read wrongly (a poem's stanzas before a note on it), and nothing there goes on a guess.
    const clauses = before.filter((line) => /(?:[,;]|\p{Ll}-)$/u.test(line.text.trim())).length;
    // Stanzas among them (lines ending on a comma with a capitalised line under them) say it however long the list above.
    const verse = before.filter((_, i) => isVerseClause(before, i)).length;
    const textAbove = (clauses >= MIN_CLAUSE_LINES && clauses >= before.length * CLAUSE_SHARE) || verse >= MIN_CLAUSE_LINES;
    if (before.length >= MIN_NAVIGATION_LINES && listLike >= before.length * 0.6 && textAbove) {
      for (const line of before) ctx.keep(line.start, line.text, 'stands before the title like a list of links, but many lines around it end inside a clause, as text does');
    } else if (before.length >= MIN_NAVIGATION_LINES && listLike >= before.length * 0.6) {
      for (const [i, line] of before.entries()) {
        if (isOpeningProse(line.text) && !listed.has(i)) ctx.keep(line.start, line.text, 'stands in a list of links before the title, but reads as a sentence');
        else remove(line);
      }
    } else if (before.length > 0 && titleFromMetadata) {
      // Few lines above the page's own title: a kicker, a menu, a date; kept unless they carry metadata evidence.
      before.forEach((line) => {
        const evidence = metadataEvidence(line.text, ctx.author);
        if (evidence.score >= METADATA_REMOVE) remove(line);
        else ctx.keep(line.start, line.text, 'stands above the title');
      });
    }
    // A bare page's title wrapped over two lines is run together, so the title passes head the text with all of it.
    if (!titleFromMetadata && titleAt.end > titleAt.start) {
      edits.push({ start: opening[titleAt.start]!.end, end: opening[titleAt.end]!.start, text: ' ', ruleId: 'web/navigation', reason: 'a title wrapped over two lines' });
    }
    // A title given in the metadata is rendered from it; one that wrapped over two lines goes here (web/title takes a single line).
    if (titleFromMetadata && titleAt.end > titleAt.start) for (let i = titleAt.start; i <= titleAt.end; i++) remove(opening[i]!);
    for (let i = titleAt.end + 1; i < opening.length; i++) {
      const line = opening[i]!;
      const evidence = metadata[i]!;
      if (evidence.score >= METADATA_REMOVE) remove(line);
      else if (evidence.score > 0) ctx.keep(line.start, line.text, `between title and text; ${reasons(evidence)}`);
    }
    return edits;
  },
};
