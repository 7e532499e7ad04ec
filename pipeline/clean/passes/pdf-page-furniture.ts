import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { isStrongProse, metadataEvidence, reasons } from '../_evidence.ts';
import { DAY_AND_MONTH_SOURCE, PLACE_AND_DATE_LINE, SENTENCE_END, isBlank, nextContentLine, normaliseForComparison, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { DATE_LABEL, isDateline, localColumnWidths, marginLineNumbers, opensWrappedParagraph, startsLowercase, withoutEdgeFolio } from './_pdf-lines.ts';
import { followsStanza, verseColumns } from './_pdf-verse-lines.ts';
import { beginsParagraph, wrappedOnto } from './_pdf-front.ts';
import { ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, without, isOneOf } from '../_function-words.ts';

const CONTINUED_LINE = /^\s*continued( on| from)?( on)? page \d+\s*$/i;
/** Typesetting sometimes glues the jump line to the end of the text line before it. */
const CONTINUED_AT_END = /\s*continued( on| from)?( on)? page \d+\s*$/i;
const PAGE_NUMBER = /^\s*\d{1,3}\s*$/;
/** A running head repeats on many pages; three times is already more than chance. */
const RUNNING_HEAD_REPEATS = 3;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The last character that is not white space is a digit. */
function endsInDigit(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.length > 0 && isDigit(trimmed.charCodeAt(trimmed.length - 1));
}

/**
 * Running heads and footers carry the page number, and change case between pages: compare without either. A page
 * number in letters or dashes at the line's edge ("xiv      THE MILLS", "The Mills      — 15 —") is left out too.
 */
function furnitureKey(text: string): string {
  return normaliseForComparison(withoutEdgeFolio(text) ?? text, false);
}

/**
 * Fewest content lines between a running head and the next: a printed page sets twenty lines or
 * more, and a refrain recurs after a stanza of a few.
 */
const MIN_PAGE_LINES = 12;

interface Repeats {
  count: number;
  /** The line that had the key first. */
  first: Line;
  /** The different page numbers the lines carried; made once a second line has the key (most lines are unique). */
  numbers?: Set<string>;
  /** The different years the lines carried (undefined for a line with another number), made as `numbers` is. */
  years?: Set<string | undefined>;
  /** Content lines before the last line that had the key. */
  last: number;
  /** Gaps between one line with the key and the next as long as a page. */
  pageGaps: number;
  /** Lines with the key that stand where a page broke; counted only for repeats standing close together. */
  breaks?: number;
  /** Lines with the key set directly under a line ending on a comma (no blank line between). */
  underComma: number;
  /** Lines with the key carrying a year, after a finished sentence (the line above closes one): where a section opens. */
  yearAfterStop: number;
}

/** The line carries a year and stands after a finished sentence, where a section's heading stands and a page's foot rarely does. */
function yearAfterStop(lines: readonly Line[], line: Line): number {
  if (!/\d{4}/.test(line.text)) return 0;
  const above = previousContentLine(lines, line.index);
  return above === undefined || SENTENCE_END.test(above.text.trim()) ? 1 : 0;
}

/** The line directly above (no blank line between) ends on a comma: a letter's closing ("Yours faithfully,") or a clause going on. */
function underComma(lines: readonly Line[], line: Line): boolean {
  const above = lines[line.index - 1];
  return above !== undefined && !isBlank(above) && /,\s*$/.test(above.text);
}

/**
 * A year (four digits, 1000 to 2099): what a diary's, a chronicle's or a report's parts are headed by ("Year 1932",
 * "1934"), changing from one to the next as a page number would. No page of a pamphlet or an article is numbered so high.
 */
const YEAR = /^(?:1\d{3}|20\d{2})$/;

/** The page numbers on a line, as one string. */
export function numbersOn(text: string): string {
  return text.match(/\d+/g)?.join(' ') ?? '';
}

/** The years on a line, as one string, or undefined when it carries a number that is no year. */
function yearsOn(line: Line): string | undefined {
  const numbers = line.text.match(/\d+/g) ?? [];
  return numbers.every((n) => YEAR.test(n)) ? numbers.join(' ') : undefined;
}

/** Lines by furniture key; `keys[i]` is the key of `lines[i]`. */
function lineCounts(lines: readonly Line[], keys: readonly string[]): Map<string, Repeats> {
  const counts = new Map<string, Repeats>();
  let content = 0;
  for (const line of lines) {
    const key = keys[line.index]!;
    if (!key) continue;
    content++;
    const entry = counts.get(key);
    const comma = underComma(lines, line) ? 1 : 0;
    if (entry === undefined) counts.set(key, { count: 1, first: line, last: content, pageGaps: 0, underComma: comma, yearAfterStop: yearAfterStop(lines, line) });
    else {
      entry.count++;
      entry.underComma += comma;
      entry.yearAfterStop += yearAfterStop(lines, line);
      if (content - entry.last > MIN_PAGE_LINES) entry.pageGaps++;
      entry.last = content;
      (entry.numbers ??= new Set([numbersOn(entry.first.text)])).add(numbersOn(line.text));
      (entry.years ??= new Set([yearsOn(entry.first)])).add(yearsOn(line));
    }
  }
  return counts;
}

/**
 * The repeats stand a page apart, as running heads do: at least half the gaps between one and the
 * next are as long as a page (a page given to a picture may be short), or every one of them
 * stands where a page broke (see atPageBreak). A line that recurs every few lines between
 * stanzas is a refrain, or a chorus, and stays.
 */
function repeatsByPage(repeats: Repeats): boolean {
  return repeats.pageGaps * 2 >= repeats.count - 1 || repeats.breaks === repeats.count;
}

/** The line stands where a page broke: beside a page number, or between two halves of a sentence. */
function atPageBreak(lines: readonly Line[], line: Line): boolean {
  const before = previousContentLine(lines, line.index);
  const after = nextContentLine(lines, line.index);
  if ([before, after].some((l) => l !== undefined && PAGE_NUMBER.test(l.text))) return true;
  return before !== undefined && after !== undefined && !SENTENCE_END.test(before.text.trim()) && !/[:;,]$/.test(before.text.trim()) && startsLowercase(after.text);
}

/** Counts, for each repeated key whose repeats stand close together, how many stand where a page broke. */
function countBreaks(lines: readonly Line[], keys: readonly string[], counts: Map<string, Repeats>): void {
  for (const line of lines) {
    const repeats = counts.get(keys[line.index]!);
    if (repeats === undefined || repeats.count < RUNNING_HEAD_REPEATS || repeats.pageGaps * 2 >= repeats.count - 1) continue;
    if (atPageBreak(lines, line)) repeats.breaks = (repeats.breaks ?? 0) + 1;
  }
}

/**
 * A day and a month without the year ("5th April", "April 9th", "14 May"), as letters and diaries date their parts: the
 * days differ where a page's number would, but a page is numbered by a number alone, never by a day of a month.
 */
const DAY_AND_MONTH = new RegExp(`^(?:${DAY_AND_MONTH_SOURCE})$`, 'iu');

/** `key` is the line's furniture key, `titleKey` the title's. Trimming a line leaves its key as it was. */
function isRunningHead(text: string, key: string, counts: Map<string, Repeats>, titleKey: string | undefined): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 8 || /[.,;:!?"”’]$/.test(trimmed) || isDateline(trimmed) || DATE_LABEL.test(trimmed) || DAY_AND_MONTH.test(trimmed)) return false;
  // A quotation opened and not closed continues on a later line: part of a heading or the text, never a running head.
  if (/^["“‘]/.test(trimmed) && !/["”’]/.test(trimmed.slice(1))) return false;
  // The piece's own title standing on a line of its own is the running head (or the title page), never text.
  if (titleKey !== undefined && key === titleKey && key.includes(' ')) return true;
  const repeats = counts.get(key);
  if (!repeats) return false;
  // Numbers and words a title leaves in lower case only, ending on such a word, go on in the line below: a numbered
  // heading wrapped ("4. The" / "Tenant's Duties", "5. The" / "Landlord's Rights"), its number differing as a page's
  // would. A running head names a work or a part; these lines name nothing.
  if (/\p{L}$/u.test(trimmed) && key.split(' ').every((w) => MINOR_WORDS.test(w))) return false;
  // A place and a date whose date differs each time ("Bruges, 14 April 1903", "Bruges, 22 April 1903") heads or signs
  // the letters or the entries of a diary: a page's number is never a day of a month and a year.
  if (PLACE_AND_DATE_LINE.test(trimmed) && (repeats.numbers?.size ?? 1) > 1) return false;
  // Every time directly under a line ending on a comma: the line a closing leads to ("Yours faithfully," over the
  // writer's name), repeated with it; a page breaks after a comma now and then, never every time the line stands.
  if (repeats.count >= 2 && repeats.underComma === repeats.count) return false;
  // A different year each time and no other number ("Rok 1932", "Rok 1934", "YEAR 1937"): the years head the parts of an
  // annal, a diary, a log or a visitors' book. A footer counts pages, not years, and a running head keeps its year from
  // page to page while its page number changes. Three times or more is enough; twice, the two years may be two issues'
  // footers, so each must stand after a finished sentence with the years running on (a footer stands where the page broke).
  const years = repeats.years;
  if (years !== undefined && years.size === repeats.count && !years.has('') && !years.has(undefined)) {
    const firsts = [...years].map((y) => Number(y!.split(' ')[0]));
    const inOrder = firsts.every((n, k) => k === 0 || n > firsts[k - 1]!);
    if (repeats.count >= RUNNING_HEAD_REPEATS || (inOrder && repeats.yearAfterStop === repeats.count)) return false;
  }
  // The same words with a different number each time is a footer counting pages: twice is enough. Each
  // carries its number: a line said twice, once with a number at its end, is a refrain with a verse line's number.
  const numbered = repeats.numbers !== undefined && repeats.numbers.size === repeats.count && !repeats.numbers.has('');
  return (repeats.count >= RUNNING_HEAD_REPEATS && repeatsByPage(repeats)) || (repeats.count >= 2 && numbered && /\d/.test(trimmed));
}

/** Most words of a running head seen only twice. */
const MAX_TWICE_HEAD_WORDS = 6;

/**
 * A line that stands twice, each time where a page broke a sentence (the line above ends none,
 * the text goes on below in lower case): a running head on two pages, too seldom to count as
 * repeated, its place at the breaks the evidence. A heading stands between sentences, not
 * inside one; a refrain may stand inside one, but under a stanza's lines, where no page broke
 * a sentence of prose.
 */
function headsAtPageBreaks(lines: readonly Line[], keys: readonly string[], counts: Map<string, Repeats>): Set<number> {
  let column: number[] | undefined;
  const found = new Set<number>();
  const byKey = new Map<string, Line[]>();
  for (const line of lines) {
    const key = keys[line.index]!;
    if (!key || counts.get(key)?.count !== 2) continue;
    const trimmed = line.text.trim();
    // A date or a number is a timeline's or a list's as often as a page's: only words stand here.
    if (wordCount(trimmed) > MAX_TWICE_HEAD_WORDS || /[.,;:!?"”’]$/.test(trimmed) || /\d/.test(trimmed) || startsLowercase(trimmed) || /^#/.test(trimmed)) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), line]);
  }
  for (const pair of byKey.values()) {
    const cuts = pair.every((line) => {
      const before = previousContentLine(lines, line.index);
      const after = nextContentLine(lines, line.index);
      return before !== undefined && after !== undefined && !SENTENCE_END.test(before.text.trim()) && !/[:;,]$/.test(before.text.trim()) && startsLowercase(after.text);
    });
    // Under a stanza the line is the song's: a refrain that the verse goes on from in lower case.
    column ??= verseColumns(lines, localColumnWidths(lines));
    if (pair.length === 2 && cuts && !pair.some((line) => followsStanza(lines, line.index, column!))) for (const line of pair) found.add(line.index);
  }
  return found;
}

/** Words a title leaves in lower case. */
// It leaves out "from", "but", "as" and "nor" (the heading passes' MINOR_WORDS have the last three): as it was written, listed for the lead.
const MINOR_WORDS = isOneOf(ARTICLES, without(PREPOSITIONS, 'from'), ADVERBIAL_PREPOSITIONS, without(COORDINATORS, 'but'));

/**
 * A page number's mark between it and the name, a style each document keeps: a rule, a dot, a
 * slash, a dash ("14 | Harbour Notes", "Harbour Notes · 14", "24 ⁄ Harbour Notes", "Harbour Notes — 14").
 */
const FOLIO_MARK = '[|·•⁄/—–]';
/** A footer's name and its page number, the number first or last, last perhaps in brackets after an issue's number. */
const NAME_AND_NUMBER = new RegExp(`^\\s*(?:(\\d{1,3})\\s*(${FOLIO_MARK})?\\s+(.+?)|(.+?)\\s+(?:${FOLIO_MARK}\\s*)?(\\d{1,3}|\\(\\d{1,3}\\)))\\s*$`, 'u');
/** A site's address as a footer names it ("harbournotes.org/papers"): a domain, perhaps a path. */
const WEB_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}(?:\/[\p{L}\d._/-]*)?$/u;

/**
 * "The Valley Review 14", "14 Occasional Papers": a name of two to six words, capitalised as a
 * title, and a page number. One word and a number is more often a heading ("Chapter 12"). A
 * journal's name with its issue's number takes the page in brackets ("Harbour Notes 4 (18)"),
 * and a site's address stands for the name ("harbournotes.org/papers — 7"). `marked` is set when
 * a rule, a dot or a slash stands between a number first and the name (a heading puts its number
 * first bare or with a dash).
 */
function titleAndPageNumber(text: string): { marked: boolean } | undefined {
  // The number stands first or last: without a digit at either end the pattern cannot match.
  const trimmed = text.trim();
  if (trimmed.length === 0 || (!isDigit(trimmed.charCodeAt(0)) && !/\d\)?$/u.test(trimmed))) return undefined;
  const m = NAME_AND_NUMBER.exec(text);
  const name = m?.[3] ?? m?.[4];
  if (!m || !name || /[.,;:!?"”’)]$/.test(name) || isDateline(text) || DATE_LABEL.test(text)) return undefined;
  // A dash after a number first may be a numbered heading's ("3 — The Long Summer"); a rule, a dot or a slash is not.
  const marked = m[2] !== undefined && !/[—–]/u.test(m[2]);
  if (WEB_ADDRESS.test(name)) return { marked };
  const words = name.split(/\s+/);
  // An issue's number closes the name only before a page number in brackets.
  const bracketed = m[5]?.startsWith('(') === true;
  if (bracketed && /^\d{1,3}$/.test(words[words.length - 1]!)) words.pop();
  if (words.length < 2 || words.length > 6 || !/^\p{Lu}/u.test(words[0]!)) return undefined;
  return words.every((w) => /^\p{Lu}[\p{L}'’]*$/u.test(w) || MINOR_WORDS.test(w)) ? { marked } : undefined;
}

function isTitleAndPageNumber(text: string): boolean {
  return titleAndPageNumber(text) !== undefined;
}

/**
 * A footer seen only once, so no repetition gives it away: a title and a page number where a
 * page ends, that is between two halves of a sentence or at the foot of the text before a
 * blank line.
 */
function isOneOffFooter(lines: readonly Line[], line: Line): boolean {
  if (!isTitleAndPageNumber(line.text)) return false;
  const before = lines[line.index - 1];
  const after = nextContentLine(lines, line.index);
  if (before === undefined) return false;
  // Set apart by blank lines on both sides, with the page number after the name: a page's foot,
  // wherever it falls (a heading puts its number first: "3 The Long Summer").
  // A number first stands so with a mark after it ("24 ⁄ Harbour Notes"), never a heading's way.
  if (isBlank(before)) return isBlank(lines[line.index + 1]) && (/\d\)?\s*$/u.test(line.text) || titleAndPageNumber(line.text)!.marked) && previousContentLine(lines, line.index) !== undefined;
  const cutsSentence = !SENTENCE_END.test(before.text) && after !== undefined && startsLowercase(after.text);
  return cutsSentence || isBlank(lines[line.index + 1]);
}

/** Content lines at the top that may hold the title of a bare text (wrapped over two lines at most). */
const TOP_LINES = 2;

/**
 * The title of a text that came without one: its first line, or its first two lines run
 * together when the first is short of a sentence. Only its repetitions further down are
 * furniture; the lines themselves stay (the title passes make them the heading).
 */
function topTitleKeys(lines: readonly Line[], keys: readonly string[]): { keys: Set<string>; below: number } {
  const content = lines.filter((line) => !isBlank(line)).slice(0, TOP_LINES);
  const found = new Set<string>();
  const [first, second] = content;
  if (!first || SENTENCE_END.test(first.text.trim()) || isStrongProse(first.text)) return { keys: found, below: 0 };
  // One word will do ("Introduction"): at the very top, over the text, it is the title; only its repetitions are the running head.
  found.add(keys[first.index]!);
  if (second && !SENTENCE_END.test(second.text.trim()) && !isStrongProse(second.text)) found.add(furnitureKey(`${first.text} ${second.text}`));
  return { keys: found, below: (second ?? first).index };
}

/**
 * A later line repeating the opening title of a bare text, set apart by a blank line or a page
 * number: a running head that appears once or twice, too seldom to count as repeated.
 */
function repeatsTopTitle(lines: readonly Line[], line: Line, key: string, top: { keys: Set<string>; below: number }): boolean {
  if (line.index <= top.below || !top.keys.has(key)) return false;
  const near = [lines[line.index - 1], lines[line.index + 1]];
  return near.some((n) => n === undefined || isBlank(n) || PAGE_NUMBER.test(n.text));
}

/**
 * The piece's title at the top of the text (the front matter carries it) or beside a bare page
 * number (a running head), even when the title is one word ("Introduction").
 */
function isTitleFurniture(lines: readonly Line[], line: Line, key: string, titleKey: string | undefined): boolean {
  if (titleKey === undefined || key !== titleKey) return false;
  const above = previousContentLine(lines, line.index);
  if (above === undefined) return true;
  return [above, nextContentLine(lines, line.index)].some((n) => n !== undefined && PAGE_NUMBER.test(n.text));
}

/** An author's name as pamphlets print it: initials and a surname ("R. J. Penrose"), or a first name, an initial and a surname. */
const NAME_WITH_INITIALS = /^(?:(?:\p{Lu}\.\s*){1,3}|\p{Lu}\p{Ll}+\s+\p{Lu}\.\s*)\p{Lu}[\p{Ll}'’-]+$/u;

/** A line shaped as a name (or a subtitle in title case): two to five capitalised words or initials, "and" between. */
const NAME_SHAPED = /^(?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&)){1,4}$/u;

/** Lines looked at below the title for a byline or an imprint. */
const FRONT_REACH = 4;

/**
 * The top of the piece: its title wrapped over two lines (the front matter carries it), and
 * below the title the lines that carry positive evidence of a byline or an imprint ("by Jane
 * Smith", "First published 1924"); lines there without such evidence stay, noted as kept.
 */
function titleFront(lines: readonly Line[], keys: readonly string[], titleKey: string | undefined, ctx: PassContext): Map<number, string> {
  const found = new Map<number, string>();
  if (titleKey === undefined) return bareTitleFront(lines, ctx);
  const content = lines.filter((line) => !isBlank(line)).slice(0, FRONT_REACH + 2);
  const [first, second] = content;
  if (!first) return found;
  let after = 0;
  if (keys[first.index] === titleKey) after = 1;
  else if (second && furnitureKey(`${first.text} ${second.text}`) === titleKey) {
    found.set(first.index, 'the title, wrapped');
    found.set(second.index, 'the title, wrapped');
    after = 2;
  } else return found;
  let column: number[] | undefined;
  for (const line of content.slice(after, after + FRONT_REACH)) {
    if (found.has(line.index)) continue;
    if (isStrongProse(line.text) || /^#/.test(line.text) || opensWrappedParagraph(lines, line)) break;
    if (beginsParagraph(lines, line, (column ??= localColumnWidths(lines)))) break;
    const evidence = metadataEvidence(line.text, ctx.author);
    if (evidence.score >= 2) {
      found.set(line.index, reasons(evidence));
      for (const onto of wrappedOnto(lines, line)) found.set(onto.index, `the line above wrapped onto it; ${reasons(evidence)}`);
    } else if (evidence.score > 0) ctx.keep(line.start, line.text, `below the title; ${reasons(evidence)}`);
    else break;
  }
  return found;
}

/**
 * The top of a text that came without its title: the title is its first line or two (kept,
 * the title passes head the text with them); the byline and imprint lines below it go when
 * their wording is a byline's or an imprint's ("by Jane Smith", "Price twopence", "Second
 * edition"). A bare name there is not told from the second line of a title, and stays.
 */
function bareTitleFront(lines: readonly Line[], ctx: PassContext): Map<number, string> {
  const found = new Map<number, string>();
  const content = lines.filter((line) => !isBlank(line)).slice(0, FRONT_REACH + 2);
  const [first] = content;
  if (!first || isStrongProse(first.text) || SENTENCE_END.test(first.text.trim()) || /^#/.test(first.text)) return found;
  let previous = first;
  let column: number[] | undefined;
  for (const line of content.slice(1)) {
    if (found.has(line.index)) continue;
    if (isStrongProse(line.text) || /^#/.test(line.text) || opensWrappedParagraph(lines, line)) break;
    if (beginsParagraph(lines, line, (column ??= localColumnWidths(lines)))) break;
    const evidence = metadataEvidence(line.text, ctx.author);
    const trimmed = line.text.trim();
    if (evidence.score >= 2) {
      found.set(line.index, `below the opening title; ${reasons(evidence)}`);
      for (const onto of wrappedOnto(lines, line)) found.set(onto.index, `the line above wrapped onto it; ${reasons(evidence)}`);
    } else if (NAME_WITH_INITIALS.test(trimmed) && previous !== first) found.set(line.index, 'a name with initials under the opening title');
    else {
      // The title's second line: short, capitalised, directly under the first, before any byline.
      const titleGoesOn = previous === first && line.index === first.index + 1 && wordCount(line.text) <= 8 && /^\s*["“‘']?\p{Lu}/u.test(line.text) && !SENTENCE_END.test(line.text.trim());
      // A bare name (or a subtitle) stays, noted; an imprint below it ("Price twopence") is still looked for.
      if (!titleGoesOn && NAME_SHAPED.test(trimmed) && !isStrongProse(trimmed)) ctx.keep(line.start, trimmed, 'a name or a subtitle under the opening title');
      else if (!titleGoesOn) break;
    }
    previous = line;
  }
  return found;
}

/** Most words of a running head naming the author ("Ruth Callow", "Interview by Ruth Callow"). */
const MAX_AUTHOR_HEAD_WORDS = 8;

/**
 * The author's name as a running head (pamphlets set it over even pages, the title over odd
 * ones): a short line that names the piece's author (the front matter gives the name), ends no
 * sentence and stands where a page breaks: beside a line this pass took for a running head or
 * a page number, or between two halves of a sentence. Once is enough there; the same line in
 * the text's flow (a sentence naming the author, a letter's signature) stays.
 */
function authorRunningHeads(text: string, lines: readonly Line[], edits: readonly Edit[], front: Map<number, string>, ctx: PassContext): Edit[] {
  if (ctx.author === undefined || ctx.author.trim() === '') return [];
  const taken = (line: Line | undefined): boolean => line !== undefined && edits.some((e) => e.start <= line.start && e.end > line.start);
  const found: Edit[] = [];
  const firstContent = lines.find((line) => !isBlank(line));
  for (const line of lines) {
    if (isBlank(line) || front.has(line.index) || line === firstContent || taken(line)) continue;
    const trimmed = line.text.trim();
    if (wordCount(trimmed) > MAX_AUTHOR_HEAD_WORDS || /[.,;:!?"”’)]$/.test(trimmed) || isStrongProse(trimmed)) continue;
    if (!metadataEvidence(trimmed, ctx.author).findings.some((f) => f.weight >= 3 && /author/.test(f.reason))) continue;
    const above = lines[line.index - 1];
    const below = lines[line.index + 1];
    const besideFurniture = taken(above) || taken(below);
    const before = previousContentLine(lines, line.index);
    const after = nextContentLine(lines, line.index);
    const cutsSentence = before !== undefined && after !== undefined && !SENTENCE_END.test(before.text.trim()) && startsLowercase(after.text);
    if (!besideFurniture && !cutsSentence) continue;
    found.push({ start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/page-furniture', reason: "the author's name as a running head, where a page breaks" });
  }
  return found;
}

/**
 * Page furniture: running heads and footers (a line repeated on several pages, page number
 * aside, or the piece's title on a line of its own), bare page numbers, "Continued on page N",
 * and a footer seen once (a title and a page number where a page ends).
 */
export const removePageFurniture: Pass = {
  ruleId: 'pdf/page-furniture',
  run(text, ctx) {
    const lines = splitLines(text);
    // Each line's key once: every test below compares keys.
    const keys = lines.map((line) => furnitureKey(line.text));
    const titleKey = ctx.title === undefined ? undefined : furnitureKey(ctx.title);
    const counts = lineCounts(lines, keys);
    countBreaks(lines, keys, counts);
    const edits: Edit[] = [];
    const front = titleFront(lines, keys, titleKey, ctx);
    const top = titleKey === undefined ? topTitleKeys(lines, keys) : { keys: new Set<string>(), below: 0 };
    const twice = headsAtPageBreaks(lines, keys, counts);
    // A line carrying the text's own line number in the margin is the text's (a heading with its number), not a running head and its folio.
    const lineNumbered = marginLineNumbers(lines);
    for (const line of lines) {
      if (front.has(line.index)) {
        edits.push({ start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/page-furniture', reason: front.get(line.index)! });
        continue;
      }
      if (lineNumbered.has(line.index)) continue;
      const key = keys[line.index]!;
      const wholeLine = { start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/page-furniture' };
      // The neighbours are looked up only for a footer (a lookup on every line of a run of blank lines would be quadratic).
      const footerAfterBlank = !isBlank(line) && isBlank(lines[line.index - 1]) && isOneOffFooter(lines, line);
      const previous = footerAfterBlank ? previousContentLine(lines, line.index) : undefined;
      const following = footerAfterBlank ? nextContentLine(lines, line.index) : undefined;
      if (previous && following && !SENTENCE_END.test(previous.text.trim())) {
        // A page's foot in the middle of a sentence or a stanza: the blank lines around it were the page break, and go with it.
        edits.push({ start: previous.end + 1, end: following.start, text: '', ruleId: 'pdf/page-furniture', reason: 'a title and a page number between blank lines, inside a sentence' });
        continue;
      }
      // A bare text's opening line or two is its title, even when the title repeats below as the running head: the first occurrence stays.
      if (line.index <= top.below && top.keys.has(key)) continue;
      if (
        CONTINUED_LINE.test(line.text) ||
        PAGE_NUMBER.test(line.text) ||
        isRunningHead(line.text, key, counts, titleKey) ||
        isOneOffFooter(lines, line) ||
        repeatsTopTitle(lines, line, key, top) ||
        isTitleFurniture(lines, line, key, titleKey) ||
        twice.has(line.index)
      ) {
        edits.push(wholeLine);
        continue;
      }
      // The jump line ends in a page number: only then is the pattern worth trying at every position.
      const glued = endsInDigit(line.text) ? CONTINUED_AT_END.exec(line.text) : null;
      if (glued) edits.push({ start: line.start + glued.index, end: line.end, text: '', ruleId: 'pdf/page-furniture' });
    }
    edits.push(...authorRunningHeads(text, lines, edits, front, ctx));
    return edits;
  },
};
