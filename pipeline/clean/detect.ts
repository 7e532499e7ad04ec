import type { TextFormat } from '../types.ts';
import { median } from './_lines.ts';

/** Syntax only Markdown writes: a heading, a quotation, a link, a fence. */
const STRONG_SIGNS: RegExp[] = [/^#{1,6} \S/m, /^> \S/m, /\[[^\]\n]+\]\([^)\s]+\)/, /^```/m];
/** Syntax a web page's text shows as well: a numbered or bulleted list, a word set in underscores or asterisks. */
const WEAK_SIGNS: RegExp[] = [/(?<![\w*])\*[^*\s][^*\n]*\*(?![\w*])/, /(?<![\w_])_[^_\s][^_\n]*_(?![\w_])/, /^(?:[-*+]|\d+\.) \S/m];
const MARKDOWN_SIGNS = [...STRONG_SIGNS, ...WEAK_SIGNS];

/**
 * Share of lines whose sentence runs on into a lower-case line, from which a text without a
 * site's list of links is a PDF extraction whatever its line lengths: a web copy sets each
 * paragraph on one line (in the evaluation's web copies it stays under 0.17, its PDF
 * extractions of prose reach 0.22 and more even when figures and keys crowd their short pages).
 */
const RUN_ON_PDF = 0.2;

/** Share of lines set in from the margin from which a wrapped text is a PDF extraction. */
const INDENTED_PDF = 0.1;

/** Lines before the first paragraph from which a page's opening reads as a site's menu or list of links. */
const FURNITURE_OPENING = 8;

/**
 * A site's menus and lists of other articles before the text: many short lines that end
 * without a stop before the first line of prose. A Markdown manuscript opens on its text or
 * its heading.
 */
function opensOnSiteFurniture(content: readonly string[]): boolean {
  const first = content.findIndex((line) => {
    const words = line.trim().split(/\s+/).length;
    return words >= 16 || (words >= 6 && /[.!?]["”’)]?$/.test(line.trim()));
  });
  const opening = first < 0 ? content : content.slice(0, first);
  if (opening.length < FURNITURE_OPENING) return false;
  const listLike = opening.filter((line) => line.trim().split(/\s+/).length <= 14 && !/[.,;:]$/.test(line.trim())).length;
  return listLike >= opening.length * 0.75;
}

/**
 * Lines around the text (before its first line of prose and after its last) from which they are a
 * site's menus, lists of links and forms however blank lines fall among them (in the evaluation's
 * debug extractions a title, its author, a notice, a heading, a caption and a date stand at most
 * 7 lines before the prose, and at most 2 lines follow it).
 */
const LIST_FRAME = 10;

/** A line of prose: 16 words, or 6 that end a sentence, or a sentence that runs on into a lower-case line. */
function isProse(line: string, next: string | undefined): boolean {
  const words = line.split(/\s+/).length;
  return words >= 16 || (words >= 6 && /[.!?]["”’)]?$/.test(line)) || /^\p{Ll}/u.test(next ?? '');
}

/** Lines that open with a capital or a figure and hardly any end as a sentence or a verse line does. */
function readsAsList(lines: readonly string[]): boolean {
  if (lines.length === 0) return false;
  const share = (test: RegExp): number => lines.filter((line) => test.test(line)).length / lines.length;
  return share(/^[\p{Lu}\d]/u) >= 0.85 && share(/[.,;:]$/) <= 0.15 && share(/\d$/) <= 0.3;
}

/**
 * True when the text stands inside a list: the lines before its first line of prose and those
 * after its last each read as a list (a menu, the titles of other articles, a comment form's
 * fields), and together number LIST_FRAME or more. A PDF extraction opens on its title, author
 * and first heading, its first paragraph soon runs on from line to line, and it ends on its text.
 */
function framedByLists(content: readonly string[]): boolean {
  const lines = content.map((line) => line.trim());
  const first = lines.findIndex((line, i) => isProse(line, lines[i + 1]));
  if (first < 0) return false;
  let last = lines.length - 1;
  while (last > first && !isProse(lines[last]!, lines[last + 1]) && !/^\p{Ll}/u.test(lines[last]!)) last -= 1;
  const opening = lines.slice(0, first);
  const closing = lines.slice(last + 1);
  const framing = (readsAsList(opening) ? opening.length : 0) + (readsAsList(closing) ? closing.length : 0);
  return framing >= LIST_FRAME;
}

/** Longer than any line a page of print holds. */
const LONG_LINE = 160;

/**
 * Guesses the cleaning profile from the text alone. PDF extractions are hard-wrapped: many
 * lines of similar length and few blank lines. Markdown shows its syntax and separates
 * paragraphs with blank lines. Anything else is treated as web-page text.
 */
export function detectProfile(text: string): TextFormat {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const content = lines.filter((line) => line.trim() !== '');
  if (content.length === 0) return 'web';
  const blankShare = (lines.length - content.length) / lines.length;
  const lengths = content.map((line) => line.trim().length);
  const typical = median(lengths);
  const similar = lengths.filter((length) => Math.abs(length - typical) <= typical * 0.3).length / content.length;
  // A web copy holds most of its words in paragraph-long lines, however many short lines (menus,
  // lists of links) stand around them; a PDF extraction wraps nearly everything.
  const characters = lengths.reduce((sum, length) => sum + length, 0);
  const inLongLines = lengths.filter((length) => length > LONG_LINE).reduce((sum, length) => sum + length, 0);
  // Sentences running on from line to line: hard wrapping, even where some paragraphs arrived as one long line.
  const runOn = lines.filter((line, i) => line.trim() !== '' && /^\s*\p{Ll}/u.test(lines[i + 1] ?? '')).length / content.length;
  const wrapped = runOn >= 0.1 || (runOn >= 0.05 && inLongLines < characters * 0.25);
  // A site's list of other articles, whose long entries wrap, runs on from line to line too: not a PDF's wrapping.
  const pdfLike = wrapped && !hasLinkList(lines) && !framedByLists(content);
  if (pdfLike && content.length >= 10 && blankShare < 0.25 && typical >= 25 && typical <= 110 && similar >= 0.5) return 'pdf-text';
  const signs = MARKDOWN_SIGNS.filter((re) => re.test(text)).length;
  // Verse keeps blank lines between stanzas and capitals at line starts; the prose around it still runs on
  // from line to line, and no paragraph stands on one long line as in a web copy.
  // Verse runs on in lower case as wrapped prose does: a web copy of poems that opens on a site's
  // menus, with no page to show and its run-on lines ending as verse does, stays a web page.
  const extraction = pdfLike && (showsPage(lines, content) || readsAsWrappedProse(lines) || !opensOnSiteFurniture(content));
  if (extraction && inLongLines === 0 && content.length >= 10 && typical >= 20 && typical <= 110 && signs < 2) return 'pdf-text';
  if (extraction && content.length >= 10 && blankShare < 0.35 && runOn >= RUN_ON_PDF && signs < 2) return 'pdf-text';
  // Verse and headings set in from the margin, with some prose wrapped around them: a page's text
  // layer keeps the indents, a web copy's text starts every line at the margin.
  const indented = content.filter((line) => /^ +\S/.test(line)).length / content.length;
  if (pdfLike && content.length >= 10 && indented >= INDENTED_PDF && signs < 2 && inLongLines < characters * 0.5) return 'pdf-text';
  // A short extraction whose paragraphs partly arrived on one long line each (verse around a note,
  // a letter) runs on seldom, yet its text layer shows the page: indents, a word broken at a line end.
  if (runOn > 0 && content.length >= 10 && signs < 2 && !hasLinkList(lines) && showsPage(lines, content, true)) return 'pdf-text';
  // Lists and underscores alone do not make Markdown of a page that opens on a site's menus.
  const strong = STRONG_SIGNS.filter((re) => re.test(text)).length;
  if (strong === 0 && signs >= 2 && opensOnSiteFurniture(content)) return 'web';
  if (signs >= 2 || (signs === 1 && /^#{1,6} \S/m.test(text))) return 'markdown';
  return 'web';
}

/**
 * Share of run-on lines (a line followed by one opening in lower case) that end on a stop or a
 * comma, from which the runs read as verse rather than wrapped prose: a line of verse ends where
 * a phrase does, a wrapped line where the measure does (in the debug splits' PDF extractions that
 * reach this test the share is 0.05 in the median and under 0.2 in nineteen of twenty; the web
 * copies of poems there end a third of their run-on lines so). Asked only of a text that opens on a
 * site's menus and shows no page, so an extraction is lost only when all three tests fail.
 */
const VERSE_LINE_ENDS = 0.2;

/** True when few of the lines that run on into a lower-case line end on punctuation: wrapped prose, not verse. */
function readsAsWrappedProse(lines: readonly string[]): boolean {
  const runOn = lines.filter((line, i) => line.trim() !== '' && /^\s*\p{Ll}/u.test(lines[i + 1] ?? ''));
  const stopped = runOn.filter((line) => /[,;:.!?]["”’)]?$/.test(line.trim())).length;
  return stopped < runOn.length * VERSE_LINE_ENDS;
}

/**
 * True when the text layer shows a printed page, as a web copy's text does not: lines set in from
 * the margin, a word broken with a hyphen at a line end before its lower-case rest, a bare page
 * number on a line. `strict` asks for the evidence that alone makes an extraction: a tenth of the
 * lines indented (a web copy that lost a dialogue dash opens a line or two on spaces) or a broken
 * word; a page number may be a list's figure.
 */
function showsPage(lines: readonly string[], content: readonly string[], strict = false): boolean {
  const indented = content.filter((line) => /^ +\S/.test(line)).length;
  const broken = lines.some((line, i) => /\p{Ll}-$/u.test(line.trimEnd()) && /^\s*\p{Ll}/u.test(lines[i + 1] ?? ''));
  if (strict) return broken || indented >= Math.max(3, content.length * INDENTED_PDF);
  return broken || indented >= 2 || content.some((line) => /^\s*\d{1,3}\s*$/.test(line));
}

/** Lines in one unbroken run that make a list of links rather than verse or a page's text. */
const LIST_RUN = 12;

/**
 * A long run (twice LIST_RUN) may open more of its lines in lower case and still be a list of
 * links: the tails of wrapped entries and the date lines under them ("updated 3 hours ago", and
 * the same in other languages) open in lower case. A PDF extraction's prose opens most of its
 * lines in lower case (in the evaluation's extractions at most 55% of a long run's lines open in
 * a capital), and a poem of two dozen lines without a stanza break seldom ends none with a stop.
 */
const LONG_LIST_RUN = LIST_RUN * 2;

/**
 * True when the text holds a web page's list of links: a run of at least a dozen lines with no
 * blank line between them, nearly all beginning with a capital or a figure (most, in a long run) and nearly none
 * ending as verse and prose lines do (a full stop, a comma, a semicolon or a colon). A PDF
 * extraction's text runs on in lower case; its verse ends most lines with punctuation and keeps
 * stanzas short; its contents page ends its lines with page numbers, which this leaves alone.
 */
function hasLinkList(lines: readonly string[]): boolean {
  let start = 0;
  for (let i = 0; i <= lines.length; i += 1) {
    if (i < lines.length && lines[i]!.trim() !== '') continue;
    const run = lines.slice(start, i).map((line) => line.trim());
    start = i + 1;
    if (run.length < LIST_RUN) continue;
    const share = (test: RegExp): number => run.filter((line) => test.test(line)).length / run.length;
    const capitals = share(/^[\p{Lu}\d]/u);
    if ((capitals >= 0.85 || (run.length >= LONG_LIST_RUN && capitals >= 0.7)) && share(/[.,;:]$/) <= 0.15 && share(/\d$/) <= 0.3) return true;
  }
  return hasSpacedLinkList(lines);
}

/** Lines an entry of a list of links takes between blank lines: its title, and a wrapped tail or a date under it. */
const ENTRY_LINES = 2;

/**
 * True when the text holds a list of links whose entries stand between blank lines: at least a
 * dozen blocks in a row of one or two lines each, their lines opening with a capital or a figure
 * and hardly any ending as a sentence or a verse line does. A PDF extraction sets its prose in
 * blocks of many lines and its paragraphs end with a stop; verse keeps stanzas of several lines
 * (in the evaluation's 2,400 debug extractions at most 4 such blocks stand in a row).
 */
function hasSpacedLinkList(lines: readonly string[]): boolean {
  const blocks: string[][] = [];
  let block: string[] = [];
  for (const line of [...lines, '']) {
    if (line.trim() !== '') block.push(line.trim());
    else if (block.length) {
      blocks.push(block);
      block = [];
    }
  }
  let run: string[] = [];
  let entries = 0;
  const isList = (): boolean => entries >= LIST_RUN && readsAsList(run);
  for (const entry of [...blocks, []]) {
    if (entry.length >= 1 && entry.length <= ENTRY_LINES) {
      run.push(...entry);
      entries += 1;
      continue;
    }
    if (isList()) return true;
    run = [];
    entries = 0;
  }
  return false;
}
