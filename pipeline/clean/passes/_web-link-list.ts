import { DATE_LINE, MONTH_NAMES, SENTENCE_END, wordCount, type Line } from '../_lines.ts';

/**
 * A site's list of other articles recognised by its rhythm rather than its words: entries of a
 * few short lines each (a kicker, a headline, a one-sentence summary, a date, byline or reading
 * time, a number), one after another, most of them laid out alike. A piece's own text does not
 * repeat a short headline-and-summary shape four times over; its paragraphs run longer and its
 * sentences go on from line to line.
 */

/** The role a line plays in an entry. */
type Part = 'headline' | 'label' | 'summary' | 'meta' | 'date' | 'number' | 'prose';

/** Fewer entries laid out alike than this are no list. */
const MIN_ENTRIES = 4;
/** Most lines one entry runs to (kicker, headline wrapped over two lines, summary, meta). */
const MAX_ENTRY_LINES = 5;
/** Most words of an entry's summary; a longer line is a paragraph. */
const MAX_SUMMARY_WORDS = 32;
/** Most words of a headline. */
const MAX_HEADLINE_WORDS = 16;
/** Share of entries that must share the commonest layout, or have a headline alone. */
const SAME_LAYOUT = 0.7;
/** Share of entries that must share the commonest layout itself. */
const MIN_SAME_LAYOUT = 0.4;

const DATE_IN_LINE = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:${MONTH_NAMES})\\.?|(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?)\\s+\\d{4}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b`, 'i');
/** Meta lines under a headline: a reading time, a comment count, "By a Name", an age ("3 hours ago"), fields between bars or dots. */
const META_SHAPES = [
  /\b\d+\s*(?:-\s*)?min(?:ute)?s?\.?(?: read)?\b/i,
  /^\d[\d,.]*k?\s+(?:comments?|responses?|replies|views|shares|reactions?)\b/i,
  /^(?:[Bb]y|BY)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*(?:[|•·,–—-]|$)/u,
  /^\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+ago$/i,
  /\s[|•·]\s/,
];

/** A bare number as lists number their entries: "1", "01.", "#1", "No. 3". */
const NUMBER_LINE = /^(?:#|[Nn]o\.\s*)?\d{1,3}[.)]?$/;

function partOf(text: string): Part {
  const t = text.trim();
  const words = wordCount(t);
  if (NUMBER_LINE.test(t)) return 'number';
  if (words <= 10 && META_SHAPES.some((shape) => shape.test(t)) && !/[.;:]$/.test(t)) return 'meta';
  // A date alone: a list's, but a diary's or a chronology's too.
  if (words <= 6 && (DATE_LINE.test(t) || DATE_IN_LINE.test(t)) && !/[.;:]$/.test(t)) return 'date';
  // One word or a bare year: a kicker or section label ("OPINION", "Europe"), or a timeline's date; no headline.
  if (words <= 1 && !/[.,;:!?…]$/u.test(t)) return 'label';
  if (words <= MAX_HEADLINE_WORDS && t.length <= 110 && !/[.,;:!…]["'”’)]*$/u.test(t) && /^["“‘'(]?[\p{Lu}\p{N}]/u.test(t)) return 'headline';
  if (words >= 5 && words <= MAX_SUMMARY_WORDS && SENTENCE_END.test(t) && /^["“‘'(]?\p{Lu}/u.test(t)) return 'summary';
  return 'prose';
}

export interface LinkListRun {
  /** First and last content line of the run (indices into the lines given). */
  first: number;
  last: number;
  entries: number;
  /** How many of the entries carry a meta line (date, byline, reading time, comment count). */
  withMeta: number;
  /** How many carry a byline, reading time or comment count: a site's, never a chronology's. */
  withSiteMeta: number;
  /** How many carry a number of their own ("1", "01.", "#1"). */
  withNumber: number;
  /** How many carry a one-sentence summary. */
  withSummary: number;
  reason: string;
}

interface Entry {
  first: number;
  last: number;
  layout: string;
}

/** A headline or summary wrapped over two lines: the next line goes on in lower case, directly under it. */
interface Logical {
  first: number;
  last: number;
  text: string;
}

function logicalLines(content: readonly Line[]): Logical[] {
  const logical: Logical[] = [];
  content.forEach((line, i) => {
    const previous = logical[logical.length - 1];
    if (previous && content[i - 1]!.index + 1 === line.index && /^\s*\p{Ll}/u.test(line.text)) {
      previous.last = i;
      previous.text = `${previous.text.trimEnd()} ${line.text.trim()}`;
    } else logical.push({ first: i, last: i, text: line.text });
  });
  return logical;
}

const OPENS_ENTRY: ReadonlySet<Part> = new Set(['headline', 'number', 'label']);

/** Entries: a new one starts at a headline or label that follows a summary or meta line, at a number, after a blank line, or at a paragraph. */
function entriesOf(content: readonly Line[]): Entry[] {
  const logical = logicalLines(content);
  const parts = logical.map((line) => partOf(line.text));
  const entries: Entry[] = [];
  let current: Entry | undefined;
  logical.forEach((line, i) => {
    const part = parts[i]!;
    const gap = i > 0 && content[line.first]!.index > content[logical[i - 1]!.last]!.index + 1;
    const previous = i > 0 ? parts[i - 1]! : undefined;
    // A number always opens an entry: the list's heading above the first ("Most read⏎1⏎…") is no part of it.
    const starts = !current || gap || part === 'prose' || part === 'number' || current.layout === 'p' || (OPENS_ENTRY.has(part) && previous !== undefined && !OPENS_ENTRY.has(previous));
    if (starts) {
      if (current) entries.push(current);
      current = { first: line.first, last: line.last, layout: part[0]! };
    } else {
      current!.last = line.last;
      current!.layout += part[0]!;
    }
  });
  if (current) entries.push(current);
  return entries;
}

/** A usable entry: a headline, at most one summary, nothing that reads as a paragraph, a few lines. */
function isEntry(entry: Entry): boolean {
  const { layout } = entry;
  return layout.includes('h') && !layout.includes('p') && layout.length <= MAX_ENTRY_LINES && (layout.match(/s/g)?.length ?? 0) <= 1;
}

/**
 * Runs of entries laid out alike among the content lines (the non-blank ones): each run has
 * MIN_ENTRIES entries or more, most of one layout, every one with a headline and none with a
 * paragraph. A layout of headlines alone is left to the rules that weigh bare lists of links.
 * Linear in the number of lines.
 */
export function linkListRuns(content: readonly Line[]): LinkListRun[] {
  const entries = entriesOf(content);
  const runs: LinkListRun[] = [];
  let k = 0;
  while (k < entries.length) {
    if (!isEntry(entries[k]!)) {
      k++;
      continue;
    }
    let end = k;
    while (end + 1 < entries.length && isEntry(entries[end + 1]!)) end++;
    let run = entries.slice(k, end + 1);
    k = end + 1;
    if (run.length < MIN_ENTRIES) continue;
    // A kicker over some headlines and not others, or a headline wrapped over two lines, is the same layout;
    // a headline alone is an entry whose summary or date the site left out, at one with any layout.
    const shapeOf = (entry: Entry): string => entry.layout.replace(/l/g, 'h').replace(/h+/g, 'h');
    const counts = new Map<string, number>();
    for (const entry of run) counts.set(shapeOf(entry), (counts.get(shapeOf(entry)) ?? 0) + 1);
    let layout = '';
    let most = 0;
    for (const [l, n] of counts) if (l !== 'h' && n > most) [layout, most] = [l, n];
    // The list ends where its layout does: a heading of the text's own that follows it is no entry.
    let from = 0;
    let to = run.length - 1;
    while (from < to && shapeOf(run[from]!) !== layout) from++;
    while (to > from && shapeOf(run[to]!) !== layout) to--;
    run = run.slice(from, to + 1);
    const alike = run.filter((entry) => shapeOf(entry) === layout).length;
    const bare = run.filter((entry) => shapeOf(entry) === 'h').length;
    if (run.length < MIN_ENTRIES || alike < MIN_ENTRIES || alike < run.length * MIN_SAME_LAYOUT || alike + bare < run.length * SAME_LAYOUT) continue;
    const withMeta = run.filter((e) => /[md]/.test(e.layout)).length;
    const withSiteMeta = run.filter((e) => e.layout.includes('m')).length;
    const withNumber = run.filter((e) => e.layout.includes('n')).length;
    const withSummary = run.filter((e) => e.layout.includes('s')).length;
    runs.push({ first: run[0]!.first, last: run[run.length - 1]!.last, entries: run.length, withMeta, withSiteMeta, withNumber, withSummary, reason: `${run.length} entries laid out alike (${layout.split('').map((c) => ({ h: 'headline', l: 'label', s: 'summary', m: 'meta line', d: 'date', n: 'number', p: 'paragraph' })[c]).join(', ')})` });
  }
  return runs;
}
