/**
 * The evaluation set's degrader: turns a clean Markdown text into the kind of raw text the
 * cleaner receives, either a copied web page or a PDF extraction. Every random choice comes
 * from one seeded generator, so a seed always gives the same raw text.
 *
 * The damage is of the kinds the cleaner is meant to repair, drawn at random positions with
 * random words: nothing here knows which words the cleaner's rules look for. Site furniture
 * comes from pools of wordings, several of which no rule was written against.
 */
import { createRequire } from 'node:module';
import { between, cap, chance, pick, type Random, rng } from './_random.ts';
import { HELD_OUT, type PamphletTools } from './_held-out-wordings.ts';
import { VALIDATION } from './_validation-wordings.ts';
import { VALIDATION_2 } from './_validation-wordings-2.ts';
import { VALIDATION_3 } from './_validation-wordings-3.ts';
import { VALIDATION_4 } from './_validation-wordings-4.ts';
import { VALIDATION_5 } from './_validation-wordings-5.ts';
import { VALIDATION_6 } from './_validation-wordings-6.ts';
import { VALIDATION_7 } from './_validation-wordings-7.ts';
import { VALIDATION_8 } from './_validation-wordings-8.ts';
import { VALIDATION_9 } from './_validation-wordings-9.ts';
import { VALIDATION_11 } from './_validation-wordings-11.ts';
import { VALIDATION_13 } from './_validation-wordings-13.ts';
import { VALIDATION_14 } from './_validation-wordings-14.ts';
import { VALIDATION_15 } from './_validation-wordings-15.ts';
import { VALIDATION_16 } from './_validation-wordings-16.ts';
import { VALIDATION_17 } from './_validation-wordings-17.ts';
import { VALIDATION_18 } from './_validation-wordings-18.ts';

export type RawKind = 'web' | 'pdf';

export interface Junk {
  text: string;
  /** The failure class whose generator added it. */
  cls: FailureClass;
  /** What kind of furniture the line is (a caption, a running head, a folio …), for counts of what is left per kind. */
  kind: FurnitureKind;
}

/** Kinds of furniture the degrader adds, whatever failure class added them. */
export const FURNITURE_KINDS = ['menu', 'link list', 'byline', 'notice', 'caption', 'credit', 'figure number', 'pull quote', 'map', 'side caption', 'promo', 'appeal', 'share', 'related links', 'comment form', 'popup', 'running head', 'folio', 'footer', 'contents'] as const;
export type FurnitureKind = (typeof FURNITURE_KINDS)[number];

export interface Degraded {
  raw: string;
  /** Every run of text the degrader added that is not part of the piece (menus, captions, running heads …). */
  junk: Junk[];
}

type Block =
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'dateline'; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'item'; marker: string; text: string }
  | { kind: 'verse'; lines: string[] };

export { rng };

/** Splits a truth body (the restricted Markdown of eval/texts) into blocks. */
export function parseBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of markdown.split(/\n{2,}/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    const first = lines[0]!;
    const heading = /^(#{2,6}) (.*)$/.exec(first);
    if (heading) blocks.push({ kind: 'heading', depth: heading[1]!.length, text: heading[2]! });
    else if (lines.length === 1 && /^\*[^*].*\*$/.test(first)) blocks.push({ kind: 'dateline', text: first.slice(1, -1) });
    else if (first.startsWith('> ')) blocks.push({ kind: 'quote', text: lines.map((l) => l.replace(/^> ?/, '')).join(' ') });
    else if (lines.every((l) => /^(?:- |\d+\. )/.test(l))) {
      for (const l of lines) {
        const m = /^(- |\d+\. )(.*)$/.exec(l)!;
        blocks.push({ kind: 'item', marker: m[1]!.trim(), text: m[2]! });
      }
    } else if (lines.length > 1) blocks.push({ kind: 'verse', lines: lines.map((l) => l.replace(/\\$/, '')) });
    else blocks.push({ kind: 'para', text: first });
  }
  return blocks;
}

/** Markdown emphasis and escapes are not in a raw text. */
function plain(text: string): string {
  return text
    .replace(/\\([\\`*_[\]#.>-])/g, '$1')
    .replace(/(?<!\w)(\*\*|__)([^*_]+)\1(?!\w)/g, '$2')
    .replace(/(?<!\w)[*_]([^*_]+)[*_](?!\w)/g, '$1');
}

// ——— word-level damage shared by both kinds ———

/** Apostrophes and quotes as the two sources would carry them: sometimes straight, sometimes curly. */
function straightOrCurly(r: Random, text: string): string {
  return chance(r, 0.5) ? text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"') : text;
}

const OCR_SUBSTITUTIONS: [RegExp, string][] = [
  [/rn/, 'm'],
  [/m/, 'rn'],
  [/h/, 'li'],
  [/l/, 'i'],
  [/i/, 'l'],
  [/cl/, 'd'],
  [/e/, 'c'],
  [/la/, 'ia'],
  [/o/, 'a'],
  [/u/, 'n'],
];

/** One OCR-typical misreading of a word: a confusable pair, a letter dropped or a letter doubled in. */
function misread(r: Random, word: string): string {
  const roll = r();
  if (roll < 0.6) {
    const options = OCR_SUBSTITUTIONS.filter(([re]) => re.test(word.slice(1)));
    if (options.length === 0) return word;
    const [re, to] = pick(r, options);
    return word[0] + word.slice(1).replace(re, to);
  }
  const at = between(r, 1, word.length - 2);
  if (roll < 0.8) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + pick(r, ['s', 'r', 'i', 'n', 'e']) + word.slice(at);
}

function ocrDamage(r: Random, text: string, rate: number): string {
  return text.replace(/\p{L}{5,}/gu, (word) => (chance(r, rate) ? misread(r, word) : word));
}

/** A real compound's hyphen read as a middle dot, or lost so the halves glue ("selftaught"). */
function compoundDamage(r: Random, text: string, rate: number): string {
  return text.replace(/(\p{Ll}{2,})-(\p{Ll}{2,})/gu, (m, a: string, b: string) => {
    if (!chance(r, rate)) return m;
    return chance(r, 0.25) ? `${a}·${b}` : `${a}${b}`;
  });
}

// ——— failure classes ———

/**
 * The classes of damage seen on real web copies and PDF extractions that the cleaner had not
 * been written against (issue 10). `base` is the damage of the first evaluation; each other
 * class is added on top of it with randomised parameters, so its figures can be read against
 * the base row as a control.
 */
export const FAILURE_CLASSES = {
  base: { kinds: ['web', 'pdf'], about: 'the first evaluation: menus, comment forms, wraps, hyphens, drop caps, page furniture' },
  'link-list': { kinds: ['web'], about: "a site's list of 30–80 other articles before the article, some wrapped, long or ending in '?'" },
  'tight-heading': { kinds: ['web', 'pdf'], about: 'section headings directly above their first paragraph, no blank line' },
  captions: { kinds: ['web', 'pdf'], about: 'captions mid-sentence, with a blank line above only, under a heading, at a paragraph break' },
  'title-front': { kinds: ['web', 'pdf'], about: 'title wrapped or stacked, bylines and "also available in" notices between title and text' },
  'glued-words': { kinds: ['web', 'pdf'], about: 'two lower-case words glued ("ofbread")' },
  ocr: { kinds: ['pdf'], about: 'OCR confusions: c/o/e in short words, h→b, a↔u, t→f, s→a, doubled letters, rn→m' },
  'spelling-variety': { kinds: ['pdf', 'web'], about: 'British spellings, rare words and foreign phrases that must not be "repaired"' },
  promo: { kinds: ['web'], about: '"Read more:" lines inside the article and donation appeals after it' },
  'pdf-headings': { kinds: ['pdf'], about: 'mid-text headings above a lost drop cap, followed by a caption, after an unfinished sentence' },
  'running-heads': { kinds: ['pdf'], about: 'running heads repeating a long title in capitals, with or without a page number, mid-sentence' },
  'drop-caps': { kinds: ['pdf'], about: 'small-capital first words after drop caps ("EARLY", "ARLY"), one-letter drop caps' },
  'heading-styles': { kinds: ['web', 'pdf'], about: 'headings in capitals, numbered, roman-numbered or long' },
  'numbered-glued': { kinds: ['web', 'pdf'], about: 'numbered items glued ("fourth.5. Fifth"), full stops lost at line ends' },
  'no-title': { kinds: ['web', 'pdf'], about: 'a bare file: the cleaner is not told the title or author' },
} as const satisfies Record<string, { kinds: readonly RawKind[]; about: string }>;

export type FailureClass = keyof typeof FAILURE_CLASSES;

export interface DegradeOptions {
  /** Classes of damage to add to the base. */
  classes?: ReadonlySet<FailureClass>;
  /**
   * Which half of the wording pools to draw from: the held-out half sees link titles,
   * captions, bylines and appeals worded in ways the development half never shows.
   */
  split?: Split;
}

/**
 * The halves of the evaluation, and the validation split: the development texts degraded with
 * furniture worded as in eval/_validation-wordings.ts (pools without such a list fall back to the
 * development list), a debug set of new wordings that leaves the development inputs unchanged;
 * 'validation-2' is the same with eval/_validation-wordings-2.ts's promotions, appeals, bylines
 * and notices on top (falling back to the first validation set); 'validation-3' draws every web
 * and PDF pool from eval/_validation-wordings-3.ts (no fallback) and adds shapes of its own;
 * 'validation-4' and 'validation-5' do the same from eval/_validation-wordings-4.ts and
 * eval/_validation-wordings-5.ts, each with other shapes again; 'validation-6' from
 * eval/_validation-wordings-6.ts (a debug set: furniture in several languages and registers);
 * 'validation-7' from eval/_validation-wordings-7.ts (a debug set: new shapes of captions,
 * credits, source notes, maps, pull quotes and sidebars, besides new wordings); 'validation-8' from
 * eval/_validation-wordings-8.ts (a debug set: new shapes of link lists, comment threads, bylines,
 * end notices and captions on web pages; of captions, credits, footers and running heads in PDFs);
 * 'validation-9' from eval/_validation-wordings-9.ts, degrading texts of its own (eval/texts-9), a
 * blind selection set (breadcrumbs, audio players, article tools, newsletter and event boxes in the
 * text, ranked lists, topic rows, author boxes, paywalls and consent buttons on web pages; captions
 * at the column's width, other figure labels, capital credits, footnotes, DOI feet, section running
 * heads and other page numbers in PDFs); 'validation-10' degrades texts of its own (eval/texts-10)
 * with the development half's wordings and shapes, draw for draw as a development case would, so
 * that any fall against the development half is the texts' doing, not the furniture's;
 * 'validation-11' from eval/_validation-wordings-11.ts, degrading texts of its own (eval/texts-11), a
 * blind selection set like validation 9 (language switchers, browser notices, bare lead credits and
 * stamp blocks under the head, captions printed twice, framed sign-up boxes and support boxes in the
 * text, topics one a line, "was this helpful" rows on web pages; captions at paragraph breaks, inside
 * sentences and under headings with source and © lines, plain-figure footnote marks, alternating
 * running heads, "p. 3/12" folios and page breaks inside hyphenated words in PDFs);
 * 'validation-12' does the same as 'validation-10' with texts of its own (eval/texts-12);
 * 'validation-13' from eval/_validation-wordings-13.ts, degrading texts of its own (eval/texts-13), a
 * third blind selection set (a "jump to" contents box repeating the piece's headings, a browser's
 * print header and footer recurring at each printed page's turn, a readers' poll, a references list
 * with back-arrows on web pages; ligature glyphs, letter-spaced headings, marginal glosses and
 * two-line headings split by a page break in PDFs);
 * 'validation-14' from eval/_validation-wordings-14.ts, degrading texts of its own (eval/texts-14), a
 * fourth blind selection set (a cookie banner in two languages at once, an "Updated" line with a time
 * zone, a key-facts table scraped one cell a line, a glossary box, a live blog's time stamps on web
 * pages; a PDF parser's "-- 3 of 12 --" page markers, margin line numbers every fifth line, a
 * watermark once a page, a chart's axis labels as short lines in PDFs);
 * 'validation-15' from eval/_validation-wordings-15.ts, degrading texts of its own (eval/texts-15), a
 * fifth blind selection set (an accessibility toolbar over the menu, a paywall overlay cutting a
 * paragraph, a "you might also like" carousel, an embedded social post's and an embedded map's
 * leftovers, a picture's file name and alt text on web pages; a typesetter's slug line, a page left
 * blank, a proof reviewer's comments, a table's rows with space-run columns, a scan's line-end
 * hyphen marks and dropped ligatures in PDFs);
 * 'validation-16' from eval/_validation-wordings-16.ts, degrading texts of its own (eval/texts-16), a
 * sixth blind selection set (breadcrumbs ending with the page's title cut short, a machine-translation
 * notice, a cookie dialog's vendor list, a newsletter form's field labels one a line, "back to top"
 * lines before the headings, a comment count with a "sort by" bar on web pages; a printer's
 * registration marks and colour bar, a "cite as" line at every page's foot, a back-of-book index, a
 * form's signature and date blanks in PDFs);
 * 'validation-17' from eval/_validation-wordings-17.ts, degrading texts of its own (eval/texts-17), a
 * seventh blind selection set (a weather strip above the menu, a summary box "generated
 * automatically", an "add to calendar" widget, a list of attachments with sizes, a page's review
 * dates, a star-rating row and a row of emoji reactions on web pages; a word processor's formatting
 * balloons, a fax machine's line at every page's head, a disclosure number and a controlled
 * document's footer at every page's foot, a form's mark-reader ticks and a scan's specks in PDFs;
 * and validations 15's and 16's shapes worded anew);
 * 'validation-18' from eval/_validation-wordings-18.ts, degrading texts of its own (eval/texts-18), an
 * eighth blind selection set (a reader view's host and reading time, a metered paywall's counter, an
 * embedded video's controls, an "ask our assistant" box with suggested questions, a fundraiser's
 * progress lines, a previous/next pager on web pages; a journal archive's download line and a
 * library's "digitised by" line at every page's foot, a forwarded e-mail's header over the first
 * page, a word processor's placeholder prompts, a library's date-due slip in PDFs; and validations
 * 16's and 17's shapes worded anew).
 */
export type Split = 'dev' | 'held-out' | 'validation' | 'validation-2' | 'validation-3' | 'validation-4' | 'validation-5' | 'validation-6' | 'validation-7' | 'validation-8' | 'validation-9' | 'validation-10' | 'validation-11' | 'validation-12' | 'validation-13' | 'validation-14' | 'validation-15' | 'validation-16' | 'validation-17' | 'validation-18';

/** The splits that degrade with another split's wordings and shapes: validations 10 and 12 draw the development half's. */
const WORDINGS_OF = { 'validation-10': 'dev', 'validation-12': 'dev' } as const satisfies Partial<Record<Split, Split>>;
type WordedSplit = Exclude<Split, keyof typeof WORDINGS_OF>;
const wordingsOf = (split: Split): WordedSplit => (Object.hasOwn(WORDINGS_OF, split) ? WORDINGS_OF[split as keyof typeof WORDINGS_OF] : (split as WordedSplit));

interface Gen {
  r: Random;
  /** The split whose wordings and shapes this case draws (validation 10's cases draw the development half's). */
  split: WordedSplit;
  has(c: FailureClass): boolean;
  junk: Junk[];
  add(text: string, cls: FailureClass, kind: FurnitureKind): string;
}

function gen(seed: number, o: DegradeOptions): Gen {
  const classes = o.classes ?? new Set<FailureClass>();
  const junk: Junk[] = [];
  return {
    r: rng(seed),
    split: wordingsOf(o.split ?? 'dev'),
    has: (c) => classes.has(c),
    junk,
    add(text, cls, kind) {
      junk.push({ text, cls, kind });
      return text;
    },
  };
}

/**
 * A wording pool split in two: the development half's entries (in the order they always had,
 * so the development draws stay as they were) and the held-out half's, which share no wording.
 */
type Pool<T> = { readonly dev: readonly T[]; readonly 'held-out': readonly T[]; readonly validation?: readonly T[]; readonly validation2?: readonly T[]; readonly own?: OwnLists<T> };

/**
 * The pools a validation split that words every pool anew (validations 3 to 5) draws from its own
 * file, with no fallback. Each such split's file is named once, in OWN_WORDINGS: adding a split
 * touches that record (and the shapes only it draws), not every pool.
 */
interface OwnWordings {
  TOPICS: readonly string[];
  LINK_SHAPES: readonly ((a: string, b: string, n: number, r: Random) => string)[];
  linkDate(r: Random): string;
  BYLINES: readonly ((author: string, r: Random) => string)[];
  ALSO_AVAILABLE: readonly ((language: string, r: Random) => string)[];
  LANGUAGES: readonly string[];
  WEB_NOTICES: readonly ((language: string) => string)[];
  CAPTION_SHAPES: readonly ((r: Random) => string)[];
  BASE_WEB_CAPTIONS: readonly ((r: Random) => string)[];
  PROMO_SHAPES: readonly ((title: string, r: Random, topic: string) => string)[];
  promoBox(r: Random): readonly string[] | undefined;
  advert(r: Random): readonly string[];
  APPEALS: readonly (readonly string[])[];
  NAV_WORDS: readonly string[];
  NAV_SHAPES: readonly ((a: string, b: string) => string)[];
  MENU: readonly string[];
  SHARE: readonly string[];
  COMMENT_FORMS: readonly (readonly string[])[];
  POPUPS: readonly string[];
  RELATED_HEADS: readonly string[];
  LINK_LIST_HEADS: readonly string[];
  footer(r: Random): readonly string[];
  RUNNING_FOOTERS: readonly ((page: number) => string)[];
  CAPTION_SUBJECTS: readonly string[];
  CAPTION_TAILS: readonly string[];
  CAPTION_NOTES: readonly string[];
  PAMPHLET_FURNITURE: readonly PamphletShape[];
  PDF_BYLINES: readonly ((author: string, r: Random) => string)[];
  PDF_NOTICES: readonly ((r: Random) => string)[];
}

const OWN_WORDINGS = { 'validation-3': VALIDATION_3, 'validation-4': VALIDATION_4, 'validation-5': VALIDATION_5, 'validation-6': VALIDATION_6, 'validation-7': VALIDATION_7, 'validation-8': VALIDATION_8, 'validation-9': VALIDATION_9, 'validation-11': VALIDATION_11, 'validation-13': VALIDATION_13, 'validation-14': VALIDATION_14, 'validation-15': VALIDATION_15, 'validation-16': VALIDATION_16, 'validation-17': VALIDATION_17, 'validation-18': VALIDATION_18 } as const satisfies Record<string, OwnWordings>;
type OwnSplit = keyof typeof OWN_WORDINGS;
type OwnLists<T> = Readonly<Record<OwnSplit, readonly T[]>>;

const isOwn = (split: WordedSplit): split is OwnSplit => Object.hasOwn(OWN_WORDINGS, split);

/** The wording file of a split that draws every pool from its own file; undefined for the others. */
const ownWordings = (g: Gen): OwnWordings | undefined => (isOwn(g.split) ? OWN_WORDINGS[g.split] : undefined);

/** A pool's list for each split of OWN_WORDINGS, taken from (or made from) that split's file. */
function ownLists<T>(list: (w: OwnWordings) => readonly T[]): OwnLists<T> {
  return Object.fromEntries(Object.entries(OWN_WORDINGS).map(([split, w]) => [split, list(w)])) as Record<OwnSplit, readonly T[]>;
}

/** Whether the split is one of the validation sets (development texts, wordings anew). */
const isValidation = (g: Gen): boolean => g.split === 'validation' || g.split === 'validation-2';

/** The list of a wording pool that belongs to this split. */
function listOf<T>(g: Gen, pool: Pool<T>): readonly T[] {
  if (isOwn(g.split)) {
    const list = pool.own?.[g.split];
    if (!list) throw new Error(`a wording pool has no list for ${g.split}`);
    return list;
  }
  if (g.split === 'validation-2') return pool.validation2 ?? pool.validation ?? pool.dev;
  return g.split === 'validation' ? (pool.validation ?? pool.dev) : pool[g.split];
}

/** A choice from the list of a wording pool that belongs to this split. */
function fromPool<T>(g: Gen, pool: Pool<T>): T {
  return pick(g.r, listOf(g, pool));
}

// Wording pools. Each pool's `dev` list holds the entries the development half has always
// drawn, in their old order (so its draws are unchanged); each `held-out` list comes from
// eval/_held-out-wordings.ts, which no one writing cleaning rules may read.

const TOPICS: Pool<string> = {
  dev: ['housing', 'wages', 'rents', 'councils', 'transport', 'schools', 'pensions', 'health', 'the railways', 'miners', 'dockers', 'elections', 'the budget', 'strikes', 'water', 'energy', 'farming', 'the press', 'unions', 'libraries', 'trade', 'the navy', 'music', 'the weather'],
  'held-out': HELD_OUT.TOPICS,
  own: ownLists((w) => w.TOPICS),
  validation: VALIDATION.TOPICS,
};
const LINK_SHAPES: Pool<(a: string, b: string, n: number, r: Random) => string> = {
  dev: [
    (a, b) => `Why ${a} matter for ${b}`,
    (a, b) => `${cap(a)} and ${b}: a short history`,
    (a) => `The hidden story of ${a}`,
    (a) => `${cap(a)}: the view from below`,
    (a, b) => `Letters: on ${a}, ${b} and the future of the movement`,
    (a, b, n) => `In ${1800 + n * 7}, ${a} came to a head, and the town's ${b} were never the same again after that long summer`,
    (a) => `Remembering ${a}`,
    (a, b, n) => `${cap(a)} after ${n} years: what the archives tell us about ${b} and the people who lived through it`,
  ],
  'held-out': HELD_OUT.LINK_SHAPES,
  own: ownLists((w) => w.LINK_SHAPES),
  validation: VALIDATION.LINK_SHAPES,
};
function linkTitle(g: Gen): string {
  return fromPool(g, LINK_SHAPES)(fromPool(g, TOPICS), fromPool(g, TOPICS), between(g.r, 3, 30), g.r);
}

/** Long entries wrap over two lines: the break falls after a word, somewhere past the middle. */
function wrapEntry(_g: Gen, text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const words = text.split(' ');
  let first = '';
  let k = 0;
  while (k < words.length && (first + ' ' + words[k]).trim().length <= width) first = (first + ' ' + words[k++]).trim();
  if (k === 0 || k >= words.length) return [text];
  return [first, words.slice(k).join(' ')];
}

const BYLINES: Pool<(author: string, g: Gen) => string> = {
  dev: [
    (_a, g) => `Posted ${between(g.r, 1, 28)} ${pick(g.r, MONTHS)} ${between(g.r, 2004, 2022)} by editor`,
    (a, g) => `${a} | ${between(g.r, 1, 28)} ${pick(g.r, MONTHS)} ${between(g.r, 2004, 2022)}`,
    (_a, g) => `Last updated: ${pick(g.r, MONTHS)} ${between(g.r, 1, 28)}, ${between(g.r, 2010, 2023)}`,
    (_a, g) => `Filed under ${cap(fromPool(g, TOPICS))}, ${cap(fromPool(g, TOPICS))}`,
  ],
  'held-out': HELD_OUT.BYLINES.map((b) => (a: string, g: Gen) => b(a, g.r)),
  own: ownLists((w) => w.BYLINES.map((b) => (a: string, g: Gen) => b(a, g.r))),
  validation: VALIDATION.BYLINES.map((b) => (a: string, g: Gen) => b(a, g.r)),
  validation2: VALIDATION_2.BYLINES.map((b) => (a: string, g: Gen) => b(a, g.r)),
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ALSO_AVAILABLE: Pool<(language: string, r: Random) => string> = {
  dev: [(l) => `Also available in ${l}`, (l) => `Read this in ${l}`],
  'held-out': HELD_OUT.ALSO_AVAILABLE,
  own: ownLists((w) => w.ALSO_AVAILABLE),
  validation: VALIDATION.ALSO_AVAILABLE,
  validation2: VALIDATION_2.ALSO_AVAILABLE,
};

const CAPTION_SHAPES: Pool<(g: Gen) => string> = {
  dev: [
    (g) => `${pick(g.r, ['A', 'The'])} ${fromPool(g, TOPICS)} ${pick(g.r, ['committee', 'office', 'meeting', 'march'])} in ${between(g.r, 1850, 1990)}`,
    (g) => `${pick(g.r, ['Workers', 'Children', 'Visitors', 'Members'])} outside the ${pick(g.r, ['mill', 'school', 'chapel', 'hall'])}, c. ${between(g.r, 1870, 1960)}`,
    (g) => `The ${pick(g.r, ['high street', 'old bridge', 'harbour', 'market'])} as it looked in ${between(g.r, 1880, 1970)} (Getty Images)`,
    (g) => `${pick(g.r, ['Above', 'Left', 'Right', 'Below'])}: ${pick(g.r, ['the founders', 'a meeting in progress', 'the first building', 'the crowd on opening day'])}`,
  ],
  'held-out': HELD_OUT.CAPTION_SHAPES.map((c) => (g: Gen) => c(g.r)),
  own: ownLists((w) => w.CAPTION_SHAPES.map((c) => (g: Gen) => c(g.r))),
};

/**
 * A picture caption of the failure classes (captions, pdf-headings), each line labelled. The
 * held-out half sometimes sets a credit line under it (a held-out-only shape; the development
 * half's draws are as they were).
 */
function captionLines(g: Gen, cls: FailureClass): string[] {
  if (g.split === 'validation-4') return captionLines4(g, cls);
  if (g.split === 'validation-5') return captionLines5(g, cls);
  if (g.split === 'validation-7') return captionLines7(g, cls);
  if (g.split === 'validation-8') return captionLines8(g, cls);
  if (g.split === 'validation-9') return captionLines9(g, cls);
  if (g.split === 'validation-11') return captionLines11(g, cls);
  const lines = [g.add(fromPool(g, CAPTION_SHAPES)(g), cls, 'caption')];
  if (g.split === 'validation-3' || g.split === 'validation-6') {
    // Validation 3's shapes (validation 6 draws them too, with its own credits): a long caption split over two lines; a credit on the next line or glued to the caption's end.
    if (lines[0]!.length > 44 && chance(g.r, 0.4)) lines.splice(0, 1, ...wrapEntry(g, lines[0]!, Math.ceil(lines[0]!.length / 2)));
    const credit = (g.split === 'validation-3' ? VALIDATION_3 : VALIDATION_6).webCredit(g.r);
    if (credit) {
      g.add(credit.text, cls, 'credit');
      if (credit.place === 'glued') lines[lines.length - 1] += ` ${credit.text}`;
      else lines.push(credit.text);
    }
    return lines;
  }
  const credit = g.split === 'held-out' ? HELD_OUT.webCredit(g.r) : undefined;
  if (credit) lines.push(g.add(credit, cls, 'credit'));
  return lines;
}

/**
 * Validation 4's captions: sometimes two stacked (two pictures side by side), with a credit on the
 * next line, before the caption, or beside it after a pipe. Each line is recorded as it stands.
 */
function captionLines4(g: Gen, cls: FailureClass): string[] {
  const first = fromPool(g, CAPTION_SHAPES)(g);
  // A long caption wrapped over two lines, or two captions stacked (two pictures side by side).
  const captions = first.length > 48 && chance(g.r, 0.35) ? wrapEntry(g, first, Math.ceil(first.length * (0.45 + g.r() * 0.2))) : [first];
  if (chance(g.r, 0.25)) captions.push(fromPool(g, CAPTION_SHAPES)(g));
  const credit = VALIDATION_4.webCredit(g.r);
  const lines: { text: string; kind: FurnitureKind }[] = captions.map((text) => ({ text, kind: 'caption' }));
  if (credit?.place === 'next') lines.push({ text: credit.text, kind: 'credit' });
  else if (credit?.place === 'before') lines.unshift({ text: credit.text, kind: 'credit' });
  else if (credit) lines[lines.length - 1]!.text += ` | ${credit.text}`;
  return lines.map((l) => g.add(l.text, cls, l.kind));
}

/**
 * Validation 7's captions: a long one sometimes wrapped over two lines; a credit under it, above
 * it, or after a separator (·, |, /, —) on its last line. Each line is recorded as it stands.
 */
function captionLines7(g: Gen, cls: FailureClass): string[] {
  const first = fromPool(g, CAPTION_SHAPES)(g);
  const captions = first.length > 44 && chance(g.r, 0.4) ? wrapEntry(g, first, Math.ceil(first.length * (0.4 + g.r() * 0.2))) : [first];
  const credit = VALIDATION_7.webCredit(g.r);
  const lines: { text: string; kind: FurnitureKind }[] = captions.map((text) => ({ text, kind: 'caption' }));
  if (credit?.place === 'next') lines.push({ text: credit.text, kind: 'credit' });
  else if (credit?.place === 'before') lines.unshift({ text: credit.text, kind: 'credit' });
  else if (credit) lines[lines.length - 1]!.text += `${VALIDATION_7.separator(g.r)}${credit.text}`;
  return lines.map((l) => g.add(l.text, cls, l.kind));
}

/**
 * Validation 8's captions: a gallery counter line before some; a long one broken over two lines; a
 * credit under it, above it, or after a separator on its last line. Each line is recorded as it stands.
 */
function captionLines8(g: Gen, cls: FailureClass): string[] {
  const first = fromPool(g, CAPTION_SHAPES)(g);
  const captions = first.length > 40 && chance(g.r, 0.45) ? wrapEntry(g, first, Math.ceil(first.length * (0.45 + g.r() * 0.2))) : [first];
  const lines: { text: string; kind: FurnitureKind }[] = captions.map((text) => ({ text, kind: 'caption' }));
  const counter = VALIDATION_8.galleryLine(g.r);
  if (counter) lines.unshift({ text: counter, kind: 'figure number' });
  const credit = VALIDATION_8.webCredit(g.r);
  if (credit?.place === 'next') lines.push({ text: credit.text, kind: 'credit' });
  else if (credit?.place === 'before') lines.unshift({ text: credit.text, kind: 'credit' });
  else if (credit) lines[lines.length - 1]!.text += `${VALIDATION_8.separator(g.r)}${credit.text}`;
  return lines.map((l) => g.add(l.text, cls, l.kind));
}

/**
 * Validation 9's captions: a credit naming a photographer and an agency on the next line, or after a
 * slash at the end of the caption's line. Each line is recorded as it stands.
 */
function captionLines9(g: Gen, cls: FailureClass): string[] {
  const lines: { text: string; kind: FurnitureKind }[] = [{ text: fromPool(g, CAPTION_SHAPES)(g), kind: 'caption' }];
  const credit = VALIDATION_9.webCredit(g.r);
  if (credit?.place === 'next') lines.push({ text: credit.text, kind: 'credit' });
  else if (credit) lines[0]!.text += ` / ${credit.text}`;
  return lines.map((l) => g.add(l.text, cls, l.kind));
}

/**
 * Validation 11's captions: sometimes printed twice (the picture's alt text, then the caption with its
 * credits in brackets), sometimes with a credit on the next line. Each line is recorded as it stands.
 */
function captionLines11(g: Gen, cls: FailureClass): string[] {
  return VALIDATION_11.webCaption(g.r, fromPool(g, CAPTION_SHAPES)(g)).map((l) => g.add(l.text, cls, l.kind));
}

/** A page's photo-essay numbering (validation 5): its style, the pictures it claims, how many are shown. */
const GALLERIES = new WeakMap<Gen, { style?: (n: number, total: number) => { line?: string; prefix?: string }; total: number; shown: number }>();

/**
 * Validation 5's captions: some pages number their pictures as a photo essay does (a counter line
 * before each caption, or a number opening it); a credit on the next line or after a dash at the
 * caption's end. Each line is recorded as it stands.
 */
function captionLines5(g: Gen, cls: FailureClass): string[] {
  let gallery = GALLERIES.get(g);
  if (!gallery) {
    gallery = { style: chance(g.r, 0.4) ? VALIDATION_5.galleryStyle(g.r) : undefined, total: between(g.r, 6, 14), shown: 0 };
    GALLERIES.set(g, gallery);
  }
  const lines: { text: string; kind: FurnitureKind }[] = [{ text: fromPool(g, CAPTION_SHAPES)(g), kind: 'caption' }];
  if (gallery.style) {
    const { line, prefix } = gallery.style(++gallery.shown, gallery.total);
    if (prefix) lines[0]!.text = prefix + lines[0]!.text;
    if (line) lines.unshift({ text: line, kind: 'figure number' });
  }
  const credit = VALIDATION_5.webCredit(g.r);
  if (credit?.place === 'next') lines.push({ text: credit.text, kind: 'credit' });
  else if (credit) lines[lines.length - 1]!.text += ` — ${credit.text}`;
  return lines.map((l) => g.add(l.text, cls, l.kind));
}

const PROMO_SHAPES: Pool<(g: Gen) => string> = {
  dev: [(g) => `Read more: ${linkTitle(g)}`, (g) => `Related: ${linkTitle(g)}`, (g) => `Also on this site: ${linkTitle(g)}`],
  'held-out': HELD_OUT.PROMO_SHAPES.map((p) => (g: Gen) => p(linkTitle(g), g.r, fromPool(g, TOPICS))),
  own: ownLists((w) => w.PROMO_SHAPES.map((p) => (g: Gen) => p(linkTitle(g), g.r, fromPool(g, TOPICS)))),
  validation: VALIDATION.PROMO_SHAPES.map((p) => (g: Gen) => p(linkTitle(g), g.r, fromPool(g, TOPICS))),
  validation2: VALIDATION_2.PROMO_SHAPES.map((p) => (g: Gen) => p(linkTitle(g), g.r, fromPool(g, TOPICS))),
};
const APPEALS: Pool<readonly string[]> = {
  dev: [
    ['Keep us online', 'We depend on readers. Give today.'],
    ['Before you go', 'This site has no advertisers and no paywall. If you value it, please consider a small monthly gift.'],
    ['Enjoyed this?', 'Subscribe for the next issue, delivered free to your inbox.'],
  ],
  'held-out': HELD_OUT.APPEALS,
  own: ownLists((w) => w.APPEALS),
  validation: VALIDATION.APPEALS,
  validation2: VALIDATION_2.APPEALS,
};

/** Glues a lower-case word to the next (a lost space): "the price ofbread". */
function glueWords(g: Gen, text: string, rate: number): string {
  return text.replace(/(?<=\p{Ll}{2}) (?=\p{Ll}{2})/gu, (m) => (chance(g.r, rate) ? '' : m));
}

/** OCR confusions in words of any length, short ones too: c/o/e, h→b, a↔u, t→f, s→a, doubled letters, rn→m. */
const HARD_CONFUSIONS: [RegExp, string][] = [
  [/e/, 'c'],
  [/o/, 'c'],
  [/e/, 'o'],
  [/c/, 'e'],
  [/h/, 'b'],
  [/a/, 'u'],
  [/u/, 'a'],
  [/t/, 'f'],
  [/s/, 'a'],
  [/rn/, 'm'],
];
function hardMisread(r: Random, word: string): string {
  if (chance(r, 0.2)) {
    const at = between(r, 1, word.length - 1);
    return word.slice(0, at) + word[at - 1] + word.slice(at);
  }
  const options = HARD_CONFUSIONS.filter(([re]) => re.test(word.slice(1)));
  if (options.length === 0) return word;
  const [re, to] = pick(r, options);
  return word[0] + word.slice(1).replace(re, to);
}
function hardOcr(r: Random, text: string, rate: number): string {
  return text.replace(/(?<![\p{L}'’])\p{Ll}{4,}(?![\p{L}'’])/gu, (word) => (chance(r, rate) ? hardMisread(r, word) : word));
}

// ——— web pages ———

const NAV_WORDS: Pool<string> = {
  dev: ['Housing', 'Wages', 'Rents', 'Councils', 'Transport', 'Schools', 'Pensions', 'Health', 'Rail', 'Miners', 'Dockers', 'Elections', 'Budget', 'Strikes', 'Water', 'Energy'],
  'held-out': HELD_OUT.NAV_WORDS,
  own: ownLists((w) => w.NAV_WORDS),
  validation: VALIDATION.NAV_WORDS,
};
const NAV_SHAPES: Pool<(a: string, b: string) => string> = {
  dev: [
    (a, b) => `Why ${a.toLowerCase()} matter for ${b.toLowerCase()}`,
    (a, b) => `${a} and ${b.toLowerCase()}: what next?`,
    (a) => `The truth about ${a.toLowerCase()}`,
    (a, b) => `${a} crisis deepens as ${b.toLowerCase()} fall`,
    (a) => `A new deal on ${a.toLowerCase()}`,
    (a, b) => `From ${a.toLowerCase()} to ${b.toLowerCase()}`,
    (a) => `${a} in the twentieth century`,
  ],
  'held-out': HELD_OUT.NAV_SHAPES,
  own: ownLists((w) => w.NAV_SHAPES),
  validation: VALIDATION.NAV_SHAPES,
};
const MENU: Pool<string> = { dev: ['Home', 'About us', 'Contact', 'Archive', 'Donate', 'Subscribe', 'Events', 'Latest news', 'Join us'], 'held-out': HELD_OUT.MENU, validation: VALIDATION.MENU, own: ownLists((w) => w.MENU) };
const SHARE: Pool<string> = { dev: ['Share this article!', 'Share this:', 'Share this post', 'Share on Facebook', 'Share', 'Tweet this article'], 'held-out': HELD_OUT.SHARE, validation: VALIDATION.SHARE, own: ownLists((w) => w.SHARE) };
const COMMENT_FORMS: Pool<readonly string[]> = {
  dev: [
    ['Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment', 'Name *', 'Email *', 'Website', 'Post Comment'],
    ['Leave a comment', 'You must be logged in to post a comment.'],
    ['3 Comments', 'Add a comment', 'Save my name, email, and website in this browser for the next time I comment.'],
    ['Comments are closed.'],
  ],
  'held-out': HELD_OUT.COMMENT_FORMS,
  own: ownLists((w) => w.COMMENT_FORMS),
  validation: VALIDATION.COMMENT_FORMS,
};
const POPUPS: Pool<string> = {
  dev: ['This window will close in 10 seconds', 'Subscribe to our newsletter for updates', 'We use cookies to improve your experience on this site.'],
  'held-out': HELD_OUT.POPUPS,
  own: ownLists((w) => w.POPUPS),
  validation: VALIDATION.POPUPS,
};
const LANGUAGES: Pool<string> = { dev: ['French', 'Spanish', 'German', 'Russian', 'Portuguese'], 'held-out': HELD_OUT.LANGUAGES, validation: VALIDATION.LANGUAGES, own: ownLists((w) => w.LANGUAGES) };
const RELATED_HEADS: Pool<string> = { dev: ['Related articles', 'Related', 'Read more', 'You may also like'], 'held-out': HELD_OUT.RELATED_HEADS, validation: VALIDATION.RELATED_HEADS, own: ownLists((w) => w.RELATED_HEADS) };
const LINK_LIST_HEADS: Pool<string> = { dev: ['Latest articles', 'Most read', 'In this section', 'Recent posts', 'More from this author'], 'held-out': HELD_OUT.LINK_LIST_HEADS, validation: VALIDATION.LINK_LIST_HEADS, own: ownLists((w) => w.LINK_LIST_HEADS) };
/** The base damage's notice that the piece exists in another language (without the title-front class). */
const WEB_NOTICES: Pool<(language: string) => string> = {
  dev: [(l) => `This article is also available in ${l}`, (l) => `Read this article in ${l}`],
  'held-out': HELD_OUT.WEB_NOTICES,
  own: ownLists((w) => w.WEB_NOTICES),
  validation: VALIDATION.WEB_NOTICES,
  validation2: VALIDATION_2.WEB_NOTICES,
};

function navTitle(g: Gen): string {
  return fromPool(g, NAV_SHAPES)(fromPool(g, NAV_WORDS), fromPool(g, NAV_WORDS));
}

const GLUEABLE = /\b(in|of|on|to|at|by|and|the|for|from|with)( )(?=\p{Lu}\p{Ll})/gu;

function webSentenceDamage(r: Random, text: string): string {
  let t = text;
  // A lost space after a sentence end.
  t = t.replace(/(\p{Ll}[.!?])( )(?=\p{Lu}\p{Ll})/gu, (m, end: string) => (chance(r, 0.12) ? end : m));
  // A function word glued to the name after it.
  t = t.replace(GLUEABLE, (m, word: string) => (chance(r, 0.15) ? word : m));
  // A dash lost in copying: two spaces, or a space and a no-break space.
  t = t.replace(/ ?— ?/g, (m) => (chance(r, 0.6) ? pick(r, ['  ', ' \u00a0']) : m));
  // A comma typed for an apostrophe.
  t = t.replace(/(\p{L}{2})[’'](s|t)\b/gu, (m, a: string, b: string) => (chance(r, 0.08) ? `${a},${b}` : m));
  // A no-break space standing for an ordinary one.
  t = t.replace(/(\p{L}) (?=\p{L})/gu, (m, a: string) => (chance(r, 0.004) ? `${a}\u00a0` : m));
  return t;
}

/** A heading as a site or a typesetter might style it. */
function styleHeading(g: Gen, text: string): string {
  if (!g.has('heading-styles')) return text;
  const roll = g.r();
  if (roll < 0.5) return text.toUpperCase();
  return text;
}

/** Splits a paragraph's text at a word boundary somewhere inside it; the tail starts in lower case when it can. */
function splitInside(g: Gen, text: string): [string, string] | undefined {
  const words = text.split(' ');
  if (words.length < 12) return undefined;
  const candidates: number[] = [];
  for (let k = 4; k < words.length - 4; k++) if (/^\p{Ll}/u.test(words[k]!)) candidates.push(k);
  if (!candidates.length) return undefined;
  const k = pick(g.r, candidates);
  return [words.slice(0, k).join(' '), words.slice(k).join(' ')];
}

export function degradeWeb(markdown: string, meta: { title: string; author: string }, seed: number, o: DegradeOptions = {}): Degraded {
  const g = gen(seed, o);
  const { r } = g;
  const own = ownWordings(g);
  const out: string[] = [];
  const sep = (): void => void out.push('');
  // Validation 18's shape: a browser's reader view, the site's host and a reading time over everything else.
  const v18 = g.split === 'validation-18';
  if (v18 && chance(r, 0.3)) {
    for (const line of VALIDATION_18.readerView(r)) out.push(g.add(line, 'base', 'notice'));
    sep();
  }
  // Validation 5's shape: a cookie banner of several lines, kept at the top of the copy or at its foot.
  const v5 = g.split === 'validation-5';
  const banner = v5 && chance(r, 0.22) ? VALIDATION_5.cookieBanner(r) : undefined;
  const bannerAtTop = banner !== undefined && chance(r, 0.5);
  if (banner && bannerAtTop) {
    for (const line of banner) out.push(g.add(line, 'base', 'popup'));
    sep();
  }
  // Validation 11's shapes: a language switcher with one language a line, or a browser's prompt, above the menu.
  const v11 = g.split === 'validation-11';
  if (v11 && chance(r, 0.3)) {
    for (const line of VALIDATION_11.languageSwitcher(r)) out.push(g.add(line, 'base', 'menu'));
    sep();
  }
  if (v11 && chance(r, 0.25)) {
    for (const line of VALIDATION_11.browserNotice(r)) out.push(g.add(line, 'base', 'popup'));
    sep();
  }
  // Validation 13's shape: a page printed from a browser, its print header (date, time, title, site) at the top.
  const v13 = g.split === 'validation-13';
  const frameV13 = v13 && chance(r, 0.6) ? VALIDATION_13.printFrame(r, meta.title) : undefined;
  const turnsV13 = frameV13 ? between(r, 1, 3) : 0;
  let printPageV13 = 1;
  if (frameV13) out.push(g.add(frameV13.head(1, turnsV13 + 1), 'base', 'running head'));
  // Validation 14's shape: a cookie-consent banner worded in two languages at once, at the top of the copy or at its foot.
  const v14 = g.split === 'validation-14';
  const cookieV14 = v14 && chance(r, 0.45) ? VALIDATION_14.cookieBanner(r) : undefined;
  const cookieAtTopV14 = cookieV14 !== undefined && chance(r, 0.5);
  if (cookieV14 && cookieAtTopV14) {
    for (const line of cookieV14) out.push(g.add(line, 'base', 'popup'));
    sep();
  }
  // Validation 15's shape: an accessibility toolbar (skip links, text size, contrast) above the menu, one control a line.
  const v15 = g.split === 'validation-15';
  if (v15 && chance(r, 0.45)) {
    for (const line of VALIDATION_15.accessibilityBar(r)) out.push(g.add(line, 'base', 'menu'));
    if (chance(r, 0.5)) sep();
  }
  // Validation 16's shape: a cookie dialog's list of vendors, one a line with its controls, at the top of the copy or at its foot.
  const v16 = g.split === 'validation-16';
  const vendorsV16 = v16 && chance(r, 0.35) ? VALIDATION_16.vendorList(r) : undefined;
  const vendorsAtTopV16 = vendorsV16 !== undefined && chance(r, 0.5);
  if (vendorsV16 && vendorsAtTopV16) {
    for (const line of vendorsV16) out.push(g.add(line, 'base', 'popup'));
    sep();
  }
  // Validation 17's shapes: a weather strip above the menu; a cookie dialog's vendors at the top of the copy or at its foot.
  const v17 = g.split === 'validation-17';
  if (v17 && chance(r, 0.35)) {
    for (const line of VALIDATION_17.weather(r)) out.push(g.add(line, 'base', 'menu'));
    if (chance(r, 0.5)) sep();
  }
  const vendorsV17 = v17 && chance(r, 0.3) ? VALIDATION_17.vendorList(r) : undefined;
  const vendorsAtTopV17 = vendorsV17 !== undefined && chance(r, 0.5);
  if (vendorsV17 && vendorsAtTopV17) {
    for (const line of vendorsV17) out.push(g.add(line, 'base', 'popup'));
    sep();
  }
  if (v18 && chance(r, 0.3)) {
    // Validation 18's shape: validation 17's weather strip worded anew (a town's tides and temperature) above the menu.
    for (const line of VALIDATION_18.weather(r)) out.push(g.add(line, 'base', 'menu'));
    if (chance(r, 0.5)) sep();
  }
  // Menu and list of other articles.
  const menu = Array.from({ length: between(r, 2, 4) }, () => fromPool(g, MENU));
  const nav = Array.from({ length: between(r, 4, 8) }, () => navTitle(g));
  const tightMenu = chance(r, 0.5);
  for (const item of [...menu, ...nav]) {
    out.push(g.add(item, 'base', 'menu'));
    if (!tightMenu) sep();
  }
  if (tightMenu) sep();
  if (v16 && chance(r, 0.55)) {
    // Validation 16's shape: breadcrumbs in a new separator, ending with the page's own title cut short.
    out.push(g.add(VALIDATION_16.breadcrumbs(r, meta.title), 'base', 'menu'));
    if (chance(r, 0.6)) sep();
  }
  if (g.has('link-list')) {
    // A site's list of other articles: 30–80 entries, some long, some wrapped, some asking a question.
    if (chance(r, 0.4)) {
      out.push(g.add(fromPool(g, LINK_LIST_HEADS), 'link-list', 'link list'));
      if (chance(r, 0.5)) sep();
    }
    const blankStyle = between(r, 0, 2); // 0: blank after each, 1: none, 2: at random
    const width = between(r, 40, 90);
    const wrapChance = r() * 0.6;
    const v8Style = g.split === 'validation-8' && chance(r, 0.7) ? VALIDATION_8.linkStyle(r) : undefined;
    const entries = between(r, 30, 80);
    for (let k = entries; k > 0; k--) {
      const entry = linkTitle(g);
      if (v8Style !== undefined) {
        // Validation 8's shapes: a section label above the title, a date or reading time or an excerpt under it, a number before it, the title over two lines.
        for (const line of VALIDATION_8.linkEntry(r, entry, entries - k + 1, 'link list', v8Style)) out.push(g.add(line.text, 'link-list', line.kind));
        if (blankStyle === 0 || (blankStyle === 2 && chance(r, 0.5))) sep();
        continue;
      }
      g.add(entry, 'link-list', 'link list');
      const lines = chance(r, wrapChance) ? wrapEntry(g, entry, width) : [entry];
      out.push(...lines);
      if (chance(r, 0.15)) {
        const date = g.split === 'dev' ? `${between(r, 1, 28)} ${pick(r, MONTHS)} ${between(r, 2004, 2022)}` : isValidation(g) ? VALIDATION.linkDate(r) : (own ?? HELD_OUT).linkDate(r);
        out.push(g.add(date, 'link-list', 'link list'));
      }
      if (blankStyle === 0 || (blankStyle === 2 && chance(r, 0.5))) sep();
    }
    if (out[out.length - 1] !== '') sep();
  }
  const titleFront = g.has('title-front');
  if (titleFront && meta.title.split(' ').length >= 5 && chance(r, 0.3)) {
    // The title wrapped over two lines.
    const words = meta.title.split(' ');
    const cut = between(r, 2, words.length - 2);
    out.push(words.slice(0, cut).join(' '), words.slice(cut).join(' '));
  } else out.push(meta.title);
  if (!titleFront || chance(r, 0.5)) sep();
  if (titleFront) {
    for (let k = between(r, 1, 3); k > 0; k--) {
      const notice = chance(r, 0.3);
      if (!notice && g.split === 'validation-4' && chance(r, 0.4)) {
        // Validation 4's shape: a byline over two or three lines (name, role, a credit for the author's portrait).
        for (const line of VALIDATION_4.bylineBlock(meta.author, r)) out.push(g.add(line, 'title-front', /^(?:Portrait|Author photo)/.test(line) ? 'credit' : 'byline'));
        if (chance(r, 0.5)) sep();
        continue;
      }
      if (!notice && g.split === 'validation-8' && chance(r, 0.45)) {
        // Validation 8's shape: a byline over two or three lines (name and role, dates, words and photos credited apart).
        for (const line of VALIDATION_8.bylineBlock(meta.author, r)) out.push(g.add(line, 'title-front', 'byline'));
        if (chance(r, 0.5)) sep();
        continue;
      }
      const line = notice ? fromPool(g, ALSO_AVAILABLE)(fromPool(g, LANGUAGES), r) : fromPool(g, BYLINES)(meta.author, g);
      out.push(g.add(line, 'title-front', notice ? 'notice' : 'byline'));
      if (chance(r, 0.5)) sep();
    }
    if (out[out.length - 1] !== '') sep();
  } else if (chance(r, 0.5)) {
    const language = fromPool(g, LANGUAGES);
    const line = fromPool(g, WEB_NOTICES)(language);
    out.push(g.add(line, 'base', 'notice'));
    sep();
  }
  if (v16 && chance(r, 0.4)) {
    // Validation 16's shape: a notice that the page was translated by machine, with a "show original" line.
    for (const line of VALIDATION_16.machineTranslation(r)) out.push(g.add(line, 'base', 'notice'));
    sep();
  }
  if (v17 && chance(r, 0.4)) {
    // Validation 17's shape: a summary box "generated automatically" between the head and the text, its points one a line.
    const topics = Array.from({ length: between(r, 2, 3) }, () => fromPool(g, TOPICS));
    for (const line of VALIDATION_17.summaryBox(r, topics)) out.push(g.add(line, 'base', 'notice'));
    sep();
  }
  if (v18 && chance(r, 0.3)) {
    // Validation 18's shape: a metered paywall's counter between the head and the text.
    for (const line of VALIDATION_18.meter(r)) out.push(g.add(line, 'base', 'popup'));
    sep();
  }
  if (v18 && chance(r, 0.3)) {
    // Validation 18's shape: validation 16's notice in another tongue worded anew, under the head.
    out.push(g.add(VALIDATION_18.otherTongue(r), 'base', 'notice'));
    if (chance(r, 0.6)) sep();
  }
  if (v18 && chance(r, 0.3)) {
    // Validation 18's shape: validation 17's summary box worded anew, between the head and the text.
    const topics = Array.from({ length: between(r, 2, 3) }, () => fromPool(g, TOPICS));
    for (const line of VALIDATION_18.summaryBox(r, topics)) out.push(g.add(line, 'base', 'notice'));
    sep();
  }
  const headingsV13 = v13 ? parseBlocks(markdown).filter((b) => b.kind === 'heading').map((b) => plain(b.text)) : [];
  if (v13 && headingsV13.length >= 2 && chance(r, 0.7)) {
    // Validation 13's shape: a "jump to" contents box that repeats the piece's own section headings, one a line.
    const style = between(r, 0, 4);
    out.push(g.add(pick(r, VALIDATION_13.JUMP_HEADS), 'base', 'contents'));
    if (chance(r, 0.3)) sep();
    headingsV13.forEach((h, k) => out.push(g.add(VALIDATION_13.jumpLine(h, k + 1, style), 'base', 'contents')));
    sep();
  }
  const v9 = g.split === 'validation-9';
  if (v9 && chance(r, 0.45)) {
    // Validation 9's shapes: an audio player's leftovers, or a row of article tools, between the head and the text.
    const lines = chance(r, 0.55) ? VALIDATION_9.player(r).map((l) => g.add(l, 'base', 'promo')) : [g.add(pick(r, VALIDATION_9.SHARE), 'base', 'share')];
    out.push(...lines);
    sep();
  }
  if (v11 && chance(r, 0.3)) {
    // Validation 11's shape: the lead picture's bare credit (a name and an agency) under the head.
    out.push(g.add(VALIDATION_11.leadCredit(r), 'base', 'credit'));
    if (chance(r, 0.5)) sep();
  }
  if (v11 && chance(r, 0.5)) {
    // Validation 11's shape: a block under the head: a time stamp, a lone comment count, an age warning, a listening line, a gift line.
    for (const line of VALIDATION_11.headStamp(r)) out.push(g.add(line.text, 'base', line.kind));
    sep();
  }
  // Validation 9's shape: a newsletter sign-up box or an event listing between two paragraphs, once a page.
  let boxV9 = v9 && chance(r, 0.6);
  // Validation 11's shape: a "support us" box of two to four lines between two paragraphs, once a page.
  let supportV11 = v11 && chance(r, 0.45);
  if (v14 && chance(r, 0.55)) {
    // Validation 14's shape: an "Updated" line with a clock time and a time zone between the head and the text.
    out.push(g.add(VALIDATION_14.updated(r), 'base', 'notice'));
    if (chance(r, 0.6)) sep();
  }
  const blocks = parseBlocks(markdown);
  // Validation 14's shapes: a key-facts table scraped one cell a line, and a glossary box, each before a paragraph
  // after the first few blocks; a live blog's time stamps above some paragraphs.
  const paraAtV14 = v14 ? blocks.map((b, k) => (b.kind === 'para' && k >= 2 ? k : -1)).filter((k) => k >= 0) : [];
  const factsAtV14 = v14 && paraAtV14.length && chance(r, 0.5) ? pick(r, paraAtV14) : -1;
  const glossaryAtV14 = v14 && paraAtV14.length && chance(r, 0.45) ? pick(r, paraAtV14) : -1;
  const liveV14 = v14 && chance(r, 0.3) ? VALIDATION_14.liveStyle(r) : undefined;
  let liveMinuteV14 = v14 ? between(r, 0, 200) : 0;
  // Validation 15's shapes, each at most once a page, before a paragraph after the first few blocks: a
  // paywall overlay inside a paragraph (its hidden rest still in the copy), a carousel of other stories,
  // an embedded social post's and an embedded map's leftovers, a picture's file name and alt text.
  const paraAtV15 = v15 ? blocks.map((b, k) => (b.kind === 'para' && k >= 2 ? k : -1)).filter((k) => k >= 0) : [];
  const atV15 = (p: number): number => (v15 && paraAtV15.length && chance(r, p) ? pick(r, paraAtV15) : -1);
  const paywallAtV15 = atV15(0.4);
  const carouselAtV15 = atV15(0.45);
  const socialAtV15 = atV15(0.4);
  const mapAtV15 = atV15(0.3);
  const imageAtV15 = atV15(0.5);
  // Validation 16's shapes: a newsletter form's field labels before a paragraph after the first few blocks;
  // "back to top" lines before the text's headings after the first.
  const paraAtV16 = v16 ? blocks.map((b, k) => (b.kind === 'para' && k >= 2 ? k : -1)).filter((k) => k >= 0) : [];
  const signupAtV16 = v16 && paraAtV16.length && chance(r, 0.45) ? pick(r, paraAtV16) : -1;
  const backToTopV16 = v16 && chance(r, 0.45);
  let headingsSeenV16 = 0;
  // Validation 17's shapes, each at most once a page, before a paragraph after the first few blocks: a newsletter
  // form's field labels, a picture's file name, a carousel's counter and arrows, an embedded social post, an
  // "add to calendar" widget; "back to top" lines before the text's headings after the first.
  const paraAtV17 = v17 ? blocks.map((b, k) => (b.kind === 'para' && k >= 2 ? k : -1)).filter((k) => k >= 0) : [];
  const atV17 = (p: number): number => (v17 && paraAtV17.length && chance(r, p) ? pick(r, paraAtV17) : -1);
  const signupAtV17 = atV17(0.4);
  const imageAtV17 = atV17(0.45);
  const carouselAtV17 = atV17(0.4);
  const socialAtV17 = atV17(0.35);
  const calendarAtV17 = atV17(0.35);
  const backToTopV17 = v17 && chance(r, 0.4);
  let headingsSeenV17 = 0;
  // Validation 18's shapes, each at most once a page, before a paragraph after the first few blocks: an embedded
  // video's controls, an "ask our assistant" box; "back to top" lines (validation 16's, worded anew) before headings.
  const paraAtV18 = v18 ? blocks.map((b, k) => (b.kind === 'para' && k >= 2 ? k : -1)).filter((k) => k >= 0) : [];
  const atV18 = (p: number): number => (v18 && paraAtV18.length && chance(r, p) ? pick(r, paraAtV18) : -1);
  const videoAtV18 = atV18(0.35);
  const assistantAtV18 = atV18(0.3);
  const backToTopV18 = v18 && chance(r, 0.35);
  let headingsSeenV18 = 0;
  let captions = between(r, 1, 2);
  let extraCaptions = g.has('captions') ? between(r, 2, 4) : 0;
  let promos = g.has('promo') ? between(r, 1, 3) : 0;
  let adverts = own ? between(r, 0, 2) : 0;
  const bulletGlue = chance(r, 0.6);
  const glueRate = g.has('glued-words') ? 0.01 + r() * 0.02 : 0;
  const tight = g.has('tight-heading');
  const lostStop = g.has('numbered-glued');
  const damage = (text: string): string => {
    let t = webSentenceDamage(r, plain(text));
    if (glueRate) t = glueWords(g, t, glueRate);
    return t;
  };
  // Where a printed page turns (validation 13): after so many blocks, between blocks or inside a paragraph.
  const turnEvery = frameV13 ? Math.max(2, Math.floor(blocks.length / (turnsV13 + 1))) : 0;
  const printTurn = (): string[] => {
    const total = turnsV13 + 1;
    const lines = [g.add(frameV13!.foot(printPageV13, total), 'base', 'folio'), g.add(frameV13!.head(printPageV13 + 1, total), 'base', 'running head')];
    printPageV13++;
    return chance(r, 0.5) ? lines : [lines[0]!, '', lines[1]!];
  };
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    if (frameV13 && i > 0 && i % turnEvery === 0 && printPageV13 <= turnsV13) {
      const inside = (block.kind === 'para' || block.kind === 'quote') && chance(r, 0.5) ? splitInside(g, plain(block.text)) : undefined;
      if (inside) {
        // The page turns inside a paragraph: its words run on after the footer and the next page's header.
        out.push(inside[0], ...printTurn(), inside[1]);
        sep();
        return;
      }
      out.push(...printTurn());
      sep();
    }
    if (v14 && i === factsAtV14) {
      for (const line of VALIDATION_14.keyFacts(r)) out.push(g.add(line, 'base', 'notice'));
      sep();
    }
    if (v14 && i === glossaryAtV14) {
      for (const line of VALIDATION_14.glossary(r)) out.push(g.add(line, 'base', 'notice'));
      sep();
    }
    if (liveV14 && block.kind === 'para' && i > 0 && chance(r, 0.6)) {
      liveMinuteV14 += between(r, 3, 40);
      out.push(g.add(liveV14(liveMinuteV14), 'base', 'byline'));
      if (chance(r, 0.3)) sep();
    }
    if (v16 && i === signupAtV16) {
      for (const line of VALIDATION_16.signupFields(r)) out.push(g.add(line, 'base', 'promo'));
      sep();
    }
    if (backToTopV16 && block.kind === 'heading' && headingsSeenV16++ > 0) {
      out.push(g.add(VALIDATION_16.backToTop(r), 'base', 'menu'));
      if (chance(r, 0.5)) sep();
    }
    if (v17 && i === signupAtV17) {
      for (const line of VALIDATION_17.signupFields(r)) out.push(g.add(line, 'base', 'promo'));
      sep();
    }
    if (backToTopV17 && block.kind === 'heading' && headingsSeenV17++ > 0) {
      out.push(g.add(VALIDATION_17.backToTop(r), 'base', 'menu'));
      if (chance(r, 0.5)) sep();
    }
    if (backToTopV18 && block.kind === 'heading' && headingsSeenV18++ > 0) {
      out.push(g.add(VALIDATION_18.backToTop(r), 'base', 'menu'));
      if (chance(r, 0.5)) sep();
    }
    if (v18 && i === videoAtV18) {
      for (const line of VALIDATION_18.video(r, linkTitle(g))) out.push(g.add(line, 'base', 'promo'));
      sep();
    }
    if (v18 && i === assistantAtV18) {
      for (const line of VALIDATION_18.assistant(r, fromPool(g, TOPICS))) out.push(g.add(line, 'base', 'promo'));
      sep();
    }
    if (v17 && i === imageAtV17) {
      for (const line of VALIDATION_17.imageFile(r)) out.push(g.add(line, 'base', 'caption'));
      if (chance(r, 0.5)) sep();
    }
    if (v17 && i === carouselAtV17) {
      for (const line of VALIDATION_17.carousel(r, [linkTitle(g)])) out.push(g.add(line, 'base', 'related links'));
      sep();
    }
    if (v17 && i === socialAtV17) {
      for (const line of VALIDATION_17.socialPost(r, fromPool(g, TOPICS))) out.push(g.add(line, 'base', 'promo'));
      sep();
    }
    if (v17 && i === calendarAtV17) {
      // The widget stands under the paragraph before this one, as under an event's notice.
      for (const line of VALIDATION_17.calendar(r)) out.push(g.add(line, 'base', 'promo'));
      sep();
    }
    if (v15 && i === carouselAtV15) {
      const titles = Array.from({ length: 4 }, () => linkTitle(g));
      for (const line of VALIDATION_15.carousel(r, titles)) out.push(g.add(line, 'base', 'related links'));
      sep();
    }
    if (v15 && i === socialAtV15) {
      for (const line of VALIDATION_15.socialEmbed(r)) out.push(g.add(line, 'base', 'promo'));
      sep();
    }
    if (v15 && i === mapAtV15) {
      for (const line of VALIDATION_15.mapEmbed(r)) out.push(g.add(line, 'base', 'map'));
      if (chance(r, 0.6)) sep();
    }
    if (v15 && i === imageAtV15) {
      for (const line of VALIDATION_15.imageFile(r, meta.title)) out.push(g.add(line, 'base', 'caption'));
      if (chance(r, 0.5)) sep();
    }
    if (v15 && i === paywallAtV15) {
      const inside = block.kind === 'para' ? splitInside(g, plain(block.text)) : undefined;
      if (inside) {
        // Validation 15's shape: the overlay's lines where the preview stops, the rest of the paragraph under them.
        out.push(inside[0]);
        if (chance(r, 0.5)) sep();
        for (const line of VALIDATION_15.paywallCut(r)) out.push(g.add(line, 'base', 'popup'));
        if (chance(r, 0.5)) sep();
        out.push(inside[1]);
        sep();
        return;
      }
    }
    switch (block.kind) {
      case 'heading': {
        out.push(styleHeading(g, plain(block.text)));
        if (extraCaptions > 0 && chance(r, 0.3)) {
          // A caption directly under a heading.
          if (chance(r, 0.5)) sep();
          out.push(...captionLines(g, 'captions'));
          extraCaptions--;
        }
        if (!tight || chance(r, 0.15)) sep();
        break;
      }
      case 'dateline':
        out.push(plain(block.text));
        sep();
        break;
      case 'para':
      case 'quote': {
        if (captions > 0 && i > 2 && chance(r, 0.15)) {
          const caption = own
            ? pick(r, own.BASE_WEB_CAPTIONS)(r)
            : g.split !== 'held-out'
              ? `${pick(r, ['A', 'The'])} ${fromPool(g, NAV_WORDS).toLowerCase()} ${pick(r, ['committee', 'office', 'meeting', 'march', 'building'])} in ${between(r, 1850, 1990)}`
              : pick(r, HELD_OUT.BASE_WEB_CAPTIONS)(r);
          out.push(g.add(caption, 'base', 'caption'));
          captions--;
        }
        if (promos > 0 && i > 1 && chance(r, 0.25) && out[out.length - 1] === '') {
          // The held-out half sometimes sets a box of a few lines instead (a held-out-only shape).
          const box = g.split === 'held-out' ? HELD_OUT.promoBox(r) : g.split === 'validation' ? VALIDATION.promoBox(r) : g.split === 'validation-2' ? VALIDATION_2.promoBox(r) : own?.promoBox(r);
          if (box) for (const line of box) out.push(g.add(line, 'promo', 'promo'));
          else out.push(g.add(fromPool(g, PROMO_SHAPES)(g), 'promo', 'promo'));
          sep();
          promos--;
        }
        if (adverts > 0 && i > 2 && chance(r, 0.08) && out[out.length - 1] === '') {
          // Validations 3 to 5's shape: an "Advertisement" label (and its slot's text) between paragraphs.
          for (const line of own?.advert(r) ?? []) out.push(g.add(line, 'base', 'promo'));
          sep();
          adverts--;
        }
        if (boxV9 && i > 2 && out[out.length - 1] === '' && chance(r, 0.3)) {
          const box = chance(r, 0.6) ? (VALIDATION_9.promoBox(r) ?? VALIDATION_9.eventBox(r)) : VALIDATION_9.eventBox(r);
          for (const line of box) out.push(g.add(line, 'base', 'promo'));
          sep();
          boxV9 = false;
        }
        if (supportV11 && i > 2 && out[out.length - 1] === '' && chance(r, 0.25)) {
          for (const line of VALIDATION_11.supportBox(r)) out.push(g.add(line, 'base', 'appeal'));
          sep();
          supportV11 = false;
        }
        const text = straightOrCurly(r, damage(block.text));
        const inlinePromo = g.split === 'validation-4' && promos > 0 && i > 1 && chance(r, 0.2) ? splitInside(g, text) : undefined;
        if (inlinePromo) {
          // Validation 4's shape: a promotion embedded inside a paragraph, between two halves of a sentence.
          out.push(inlinePromo[0], '', g.add(fromPool(g, PROMO_SHAPES)(g), 'promo', 'promo'), '', inlinePromo[1]);
          sep();
          promos--;
          break;
        }
        const parts = extraCaptions > 0 && i > 1 && chance(r, 0.35) ? splitInside(g, text) : undefined;
        if (parts) {
          // A caption inside the paragraph: blank line above only, or no blank lines at all.
          const captionText = captionLines(g, 'captions');
          if (chance(r, 0.5)) out.push(parts[0], '', ...captionText, parts[1]);
          else out.push(parts[0], ...captionText, parts[1]);
          extraCaptions--;
        } else if (extraCaptions > 0 && i > 1 && chance(r, 0.2) && out[out.length - 1] === '') {
          if (g.split === 'validation-8' && chance(r, 0.5)) {
            // Validation 8's shape: the caption set after the paragraph it illustrates, with or without a blank line between.
            out.push(text);
            if (chance(r, 0.5)) sep();
            out.push(...captionLines(g, 'captions'));
          } else {
            // A caption at a real paragraph break.
            out.push(...captionLines(g, 'captions'));
            sep();
            out.push(text);
          }
          extraCaptions--;
        } else out.push(lostStop && chance(r, 0.3) ? text.replace(/\.$/, '') : text);
        sep();
        break;
      }
      case 'item': {
        const text = `${block.marker === '-' ? '•' : block.marker} ${damage(block.text)}`;
        const prevItem = previous?.kind === 'item';
        if (bulletGlue && block.marker === '-' && previous && !prevItem && out[out.length - 1] === '') {
          out.pop();
          out[out.length - 1] += text;
        } else if (lostStop && prevItem && /^\d/.test(block.marker) && chance(r, 0.5)) {
          // Numbered items run together: "fourth.5. Fifth".
          out[out.length - 1] += text;
        } else out.push(text);
        if (blocks[i + 1]?.kind !== 'item') sep();
        break;
      }
      case 'verse':
        for (const line of block.lines) out.push(plain(line));
        sep();
        break;
    }
  });
  if (g.split === 'validation-4' && chance(r, 0.35)) {
    // Validation 4's shape: where the piece first appeared, set after the text.
    for (const line of VALIDATION_4.endNotice(r)) out.push(g.add(line, 'base', 'notice'));
    sep();
  }
  const v8 = g.split === 'validation-8';
  if (v8 && chance(r, 0.3)) {
    // Validation 8's shapes: a correction, syndication, licence or series note after the text, then sometimes the author's biography.
    for (const line of VALIDATION_8.endNotice(r)) out.push(g.add(line, 'base', 'notice'));
    sep();
  }
  if (v8 && chance(r, 0.3)) {
    for (const line of VALIDATION_8.bio(meta.author, r)) out.push(g.add(line, 'base', 'byline'));
    sep();
  }
  if (v9 && chance(r, 0.35)) {
    // Validation 9's shape: an author box with the author's handles on social networks.
    for (const line of VALIDATION_9.authorBox(meta.author, r)) out.push(g.add(line, 'base', 'byline'));
    sep();
  }
  if (v9 && chance(r, 0.35)) {
    // Validation 9's shape: a row of topics under the text.
    out.push(g.add(VALIDATION_9.topicsRow(r, Array.from({ length: between(r, 2, 4) }, () => fromPool(g, TOPICS))), 'base', 'related links'));
    sep();
  }
  if (v11 && chance(r, 0.35)) {
    // Validation 11's shape: a topics head under the text, then one topic a line.
    out.push(g.add(VALIDATION_11.topicsHead(r), 'base', 'related links'));
    if (chance(r, 0.4)) sep();
    for (let k = between(r, 2, 5); k > 0; k--) out.push(g.add(pick(r, VALIDATION_11.TOPIC_TAGS), 'base', 'related links'));
    sep();
  }
  if (v11 && chance(r, 0.3)) {
    // Validation 11's shape: a "was this helpful" row, each answer on a line of its own.
    for (const line of VALIDATION_11.feedback(r)) out.push(g.add(line, 'base', 'popup'));
    sep();
  }
  if (v13 && chance(r, 0.6)) {
    // Validation 13's shape: a references list with back-arrows under a "Notes" head.
    const [head, ...notes] = VALIDATION_13.references(r);
    out.push(g.add(head!, 'base', 'notice'));
    if (chance(r, 0.5)) sep();
    for (const line of notes) out.push(g.add(line, 'base', 'notice'));
    sep();
  }
  if (v13 && chance(r, 0.55)) {
    // Validation 13's shape: a readers' poll, each option with its share on a line of its own, then the count.
    for (const line of VALIDATION_13.poll(r)) out.push(g.add(line, 'base', 'popup'));
    sep();
  }
  if (v17 && chance(r, 0.4)) {
    // Validation 17's shape: a list of attachments, each file with its type and size.
    for (const line of VALIDATION_17.attachments(r, meta.title)) out.push(g.add(line, 'base', 'related links'));
    sep();
  }
  if (v17 && chance(r, 0.4)) {
    // Validation 17's shape: the page's review dates and its owner under the text.
    for (const line of VALIDATION_17.reviewDates(r)) out.push(g.add(line, 'base', 'notice'));
    sep();
  }
  if (v18 && chance(r, 0.35)) {
    // Validation 18's shape: a previous / next pager with the neighbouring stories' titles under the text.
    for (const line of VALIDATION_18.pager(r, [linkTitle(g), linkTitle(g)])) out.push(g.add(line, 'base', 'related links'));
    sep();
  }
  if (v18 && chance(r, 0.3)) {
    // Validation 18's shape: a fundraiser's progress (raised against a goal, supporters, days left) under the text.
    for (const line of VALIDATION_18.fundraiser(r)) out.push(g.add(line, 'base', 'appeal'));
    sep();
  }
  if (v5 && chance(r, 0.25)) {
    // Validation 5's shape: the author's biography after the text.
    for (const line of VALIDATION_5.bio(meta.author, r)) out.push(g.add(line, 'base', 'byline'));
    sep();
  }
  if (chance(r, 0.7)) {
    // Validation 5's shape: sometimes a share head with one network name a line.
    for (const line of v5 && chance(r, 0.45) ? VALIDATION_5.shareBlock(r) : [fromPool(g, SHARE)]) out.push(g.add(line, 'base', 'share'));
    sep();
  }
  if (g.split === 'validation-4' && chance(r, 0.4)) {
    // Validation 4's shape: a row of tags under the share line.
    out.push(g.add(VALIDATION_4.tags(r, Array.from({ length: between(r, 2, 5) }, () => fromPool(g, TOPICS))), 'base', 'related links'));
    sep();
  }
  if (chance(r, 0.6)) {
    out.push(g.add(fromPool(g, RELATED_HEADS), 'base', 'related links'));
    sep();
    const v8Related = v8 && chance(r, 0.6) ? VALIDATION_8.linkStyle(r) : undefined;
    const entries = between(r, 2, 4);
    for (let k = entries; k > 0; k--) {
      if (v8Related !== undefined) {
        // Validation 8's shapes: each entry with a label, a number, a date or an excerpt, sometimes with no blank line between entries.
        for (const line of VALIDATION_8.linkEntry(r, linkTitle(g), entries - k + 1, 'related links', v8Related)) out.push(g.add(line.text, 'base', line.kind));
        if (chance(r, 0.6)) sep();
        continue;
      }
      out.push(g.add(navTitle(g), 'base', 'related links'));
      sep();
    }
    if (out[out.length - 1] !== '') sep();
  }
  if (v5 && chance(r, 0.25)) {
    // Validation 5's shape: a numbered list of the site's most read pieces.
    const { head, number } = VALIDATION_5.mostRead(r);
    out.push(g.add(head, 'base', 'related links'));
    if (chance(r, 0.5)) sep();
    for (let k = 1; k <= 5; k++) out.push(g.add(number(k) + linkTitle(g), 'base', 'related links'));
    sep();
  }
  if (v9 && chance(r, 0.35)) {
    // Validation 9's shape: a "most popular" list whose ranks stand on lines of their own above the titles, sometimes with a count under each.
    const { head, rank, count } = VALIDATION_9.mostPopular(r);
    out.push(g.add(head, 'base', 'related links'));
    if (chance(r, 0.5)) sep();
    const spaced = chance(r, 0.5);
    for (let k = 1; k <= between(r, 3, 5); k++) {
      out.push(g.add(rank(k), 'base', 'related links'), g.add(linkTitle(g), 'base', 'related links'));
      if (count) out.push(g.add(count(), 'base', 'related links'));
      if (spaced) sep();
    }
    if (out[out.length - 1] !== '') sep();
  }
  const thread = v8 && chance(r, 0.3) ? VALIDATION_8.commentThread(r) : undefined;
  const threadFirst = thread !== undefined && chance(r, 0.5);
  if (thread && threadFirst) {
    // Validation 8's shape: readers' comments (a count, a thread with a reply, a closing line) before the form, or after it.
    for (const line of thread) out.push(g.add(line.text, 'base', line.kind));
    sep();
  }
  if (v16 && chance(r, 0.4)) {
    // Validation 16's shape: a comment count and a "sort by" bar above the form.
    for (const line of VALIDATION_16.sortBar(r)) out.push(g.add(line, 'base', 'comment form'));
    if (chance(r, 0.5)) sep();
  }
  if (v17 && chance(r, 0.4)) {
    // Validation 17's shape: a star-rating row and its count above the comments.
    for (const line of VALIDATION_17.rating(r)) out.push(g.add(line, 'base', 'popup'));
    sep();
  }
  if (v17 && chance(r, 0.35)) {
    // Validation 17's shape: a row of emoji reactions with their counts.
    out.push(g.add(VALIDATION_17.reactions(r), 'base', 'share'));
    sep();
  }
  if (v18 && chance(r, 0.35)) {
    // Validation 18's shape: validation 17's star-rating row worded anew, above the comments.
    for (const line of VALIDATION_18.rating(r)) out.push(g.add(line, 'base', 'popup'));
    sep();
  }
  for (const line of fromPool(g, COMMENT_FORMS)) {
    out.push(g.add(line, 'base', 'comment form'));
    sep();
  }
  if (thread && !threadFirst) {
    for (const line of thread) {
      out.push(g.add(line.text, 'base', line.kind));
      if (chance(r, 0.3)) sep();
    }
    if (out[out.length - 1] !== '') sep();
  }
  if (g.split === 'validation-4' && chance(r, 0.3)) {
    // Validation 4's shape: readers' comments kept under the form, each a name and time, the comment and its controls.
    for (let k = between(r, 1, 2); k > 0; k--) {
      for (const line of VALIDATION_4.readerComment(r)) out.push(g.add(line, 'base', 'comment form'));
      sep();
    }
  }
  if (g.has('promo')) {
    const appeal = fromPool(g, APPEALS);
    for (const line of appeal) out.push(g.add(line, 'promo', 'appeal'));
    sep();
  }
  if (chance(r, 0.5)) {
    out.push(g.add(fromPool(g, POPUPS), 'base', 'popup'));
    sep();
  }
  if (isValidation(g) && r() < 0.5) {
    for (const line of VALIDATION.footer(r)) out.push(g.add(line, 'base', 'footer'));
    sep();
  }
  if (own && r() < 0.5) {
    for (const line of own.footer(r)) out.push(g.add(line, 'base', 'footer'));
    sep();
  }
  if (banner && !bannerAtTop) {
    for (const line of banner) out.push(g.add(line, 'base', 'popup'));
    sep();
  }
  if (v9 && chance(r, 0.3)) {
    // Validation 9's shapes: a paywall teaser, or the leftovers of a consent dialog with its buttons one a line, at the foot of the copy.
    for (const line of chance(r, 0.4) ? VALIDATION_9.paywall(r) : VALIDATION_9.consent(r)) out.push(g.add(line, 'base', 'popup'));
    sep();
  }
  // Validation 13's shape: the printed copy's last footer, its address and page number.
  if (frameV13) out.push(g.add(frameV13.foot(printPageV13, turnsV13 + 1), 'base', 'folio'));
  if (cookieV14 && !cookieAtTopV14) {
    sep();
    for (const line of cookieV14) out.push(g.add(line, 'base', 'popup'));
  }
  if (vendorsV16 && !vendorsAtTopV16) {
    if (out[out.length - 1] !== '') sep();
    for (const line of vendorsV16) out.push(g.add(line, 'base', 'popup'));
  }
  if (vendorsV17 && !vendorsAtTopV17) {
    if (out[out.length - 1] !== '') sep();
    for (const line of vendorsV17) out.push(g.add(line, 'base', 'popup'));
  }
  return { raw: out.join('\n'), junk: g.junk };
}

// ——— PDF extractions ———

interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
const hyphenator = createRequire(import.meta.url)('hyphen/en-gb') as Hyphenator;

/** Places where a typesetter could break the word, as offsets. */
function breakPoints(word: string): number[] {
  const marked = hyphenator.hyphenateSync(word, { hyphenChar: '|', minWordLength: 5 });
  const points: number[] = [];
  let at = 0;
  for (const ch of marked) {
    if (ch === '|') points.push(at);
    else at++;
  }
  return points.filter((p) => p >= 2 && word.length - p >= 3);
}

interface WrapOptions {
  width: number;
  /** Chance that a word that does not fit is hyphenated rather than carried over whole. */
  hyphenate: number;
  /** Chance that a continued line after a hyphen starts with a space. */
  spacedTail: number;
  /** The mark a hyphenation break prints at the line's end (validation 15's scans); a hyphen when not given. */
  mark?: string;
}

/** Rough advance widths of a proportional book face, in units of an average character. */
function charWidth(ch: string): number {
  if (/[ilj.,;:'’!|]/.test(ch)) return 0.5;
  if (/[ftr ()\-“”"‘]/.test(ch)) return 0.7;
  if (/[mwMW—]/.test(ch)) return 1.6;
  if (/\p{Lu}/u.test(ch)) return 1.3;
  return 1;
}

function measure(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** Greedy hard wrap at a column measured in a proportional face, hyphenating some words that do not fit. */
function wrap(r: Random, text: string, o: WrapOptions): string[] {
  const words = text.split(/ +/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= o.width || !line) {
      line = candidate;
      continue;
    }
    // Characters left on the line, counted as average ones.
    const room = Math.floor(o.width - measure(line) - 2);
    const bare = /^\p{L}+/u.exec(word)?.[0] ?? '';
    const points = bare === word.replace(/[^\p{L}]+$/u, '') ? breakPoints(bare).filter((p) => p <= room) : [];
    const hyphenAt = word.indexOf('-');
    if (hyphenAt > 1 && hyphenAt + 1 <= room && !word.includes('·')) {
      // A real compound breaks at its own hyphen.
      lines.push(`${line} ${word.slice(0, hyphenAt + 1)}`);
      line = (chance(r, o.spacedTail) ? ' ' : '') + word.slice(hyphenAt + 1);
    } else if (points.length && chance(r, o.hyphenate)) {
      const p = points[points.length - 1]!;
      lines.push(`${line} ${word.slice(0, p)}${o.mark ?? '-'}`);
      line = (chance(r, o.spacedTail) ? ' ' : '') + word.slice(p);
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The base damage's page footers (with the page number) and picture captions. The development
 * lists are the ones rules were debugged on; the held-out half's come from its own file.
 */
const RUNNING_FOOTERS: Pool<(page: number) => string> = {
  dev: ['The Valley Review', 'Occasional Papers', 'Local History Notes', 'Proceedings of the Society'].map((f) => (page: number) => `${f} ${page}`),
  'held-out': HELD_OUT.RUNNING_FOOTERS,
  own: ownLists((w) => w.RUNNING_FOOTERS),
};
const CAPTION_SUBJECTS: Pool<string> = {
  dev: ['A lock gate', 'The old wharf', 'Members of the committee', 'A page of the ledger', 'The reading room', 'Haymaking', 'A press in use', 'The high street'],
  'held-out': HELD_OUT.CAPTION_SUBJECTS,
  own: ownLists((w) => w.CAPTION_SUBJECTS),
};
const CAPTION_TAILS: Pool<string> = {
  dev: ['in about 1890', 'before the fire', 'as it was in 1905', 'from a drawing', 'now demolished', 'photographed by the author'],
  'held-out': HELD_OUT.CAPTION_TAILS,
  own: ownLists((w) => w.CAPTION_TAILS),
};
const CAPTION_NOTES: Pool<string> = {
  dev: ['a rare survival', 'the view from the bridge', 'note the crowd on the left'],
  'held-out': HELD_OUT.CAPTION_NOTES,
  own: ownLists((w) => w.CAPTION_NOTES),
};

function caption(g: Gen): string[] {
  const { r } = g;
  const text = `${fromPool(g, CAPTION_SUBJECTS)} ${fromPool(g, CAPTION_TAILS)}${chance(r, 0.4) ? `: ${fromPool(g, CAPTION_NOTES)}` : ''}`;
  if (text.length > 40 && chance(r, 0.5)) {
    const words = text.split(' ');
    const half = Math.ceil(words.length / 2);
    return [words.slice(0, half).join(' '), words.slice(half).join(' ')];
  }
  return [text];
}

// ——— pamphlet furniture: what a printed pamphlet sets around its pictures and pages (captions class) ———

const PICTURE_SUBJECTS = ['The mill yard from the north', 'A barge at the lower lock', 'Members of the first committee', 'The chapel before its restoration', 'A page of the minute book', 'Handloom weavers at work', 'The market cross', 'Strikers outside the gates', 'The schoolroom', 'A meeting on the green'];
const PICTURE_SOURCES = ['the County Record Office', 'the Local Studies Library', 'a private collection', 'the Historical Society', 'the author', 'the Borough Museum'];
const MAP_FEATURES = ['Mills', 'Chapels', 'Schools', 'Wharves', 'Turnpikes', 'Inns'];

/** A sentence of the paragraph, 8–22 words, as a pull quote repeats it; undefined when it has none. */
function quotedSentence(r: Random, paragraph: string): string | undefined {
  const sentences = (paragraph.match(/[^.!?]+[.!?]/g) ?? []).map((s) => s.trim()).filter((s) => /^\p{Lu}/u.test(s) && s.split(' ').length >= 8 && s.split(' ').length <= 22);
  return sentences.length ? pick(r, sentences) : undefined;
}

/** A narrow measure for text set apart from the column (a pull quote, a side caption). */
function narrow(r: Random, text: string): string[] {
  return wrap(r, text, { width: between(r, 22, 34), hyphenate: 0, spacedTail: 0 });
}

interface PamphletShape {
  shape: (r: Random, paragraph: string, tools: PamphletTools) => readonly string[] | undefined;
  /** The kind of each line, by its place (the last kind for any further lines). */
  kinds: readonly FurnitureKind[];
}

const TOOLS: PamphletTools = { quoted: quotedSentence, narrow };

/**
 * Shapes of furniture a pamphlet's PDF extraction carries besides one-line captions: a
 * caption with its credit on the next line, a figure or plate number, a pull quote, a map's
 * title, scale and key, a caption set beside the text on a narrow measure. The development
 * list keeps its old order: the shapes both halves once shared, then the ones it alone had
 * (credits that do not open with a credit's usual words, a map's key under its title, a pull
 * quote with its speaker on a tail line), so its draws are as they were.
 */
const PAMPHLET_FURNITURE: Pool<PamphletShape> = {
  dev: [
    { shape: (r) => [pick(r, PICTURE_SUBJECTS), `Photograph: ${pick(r, PICTURE_SOURCES)}`], kinds: ['caption', 'credit'] },
    { shape: (r) => [`Fig. ${between(r, 1, 12)}`, pick(r, PICTURE_SUBJECTS)], kinds: ['figure number', 'caption'] },
    {
      shape: (r, p) => {
        const s = quotedSentence(r, p);
        return s ? narrow(r, `“${s}”`) : undefined;
      },
      kinds: ['pull quote'],
    },
    {
      shape: (r) => [`Map ${between(r, 1, 6)}. The ${pick(r, ['parish', 'valley', 'district', 'estate'])} in ${between(r, 1750, 1900)}`, 'Scale of miles', '0     1     2     3'],
      kinds: ['map'],
    },
    { shape: (r) => narrow(r, `${pick(r, PICTURE_SUBJECTS)} in about ${between(r, 1860, 1950)}, from a glass negative now lost`), kinds: ['side caption'] },
    { shape: (r) => [pick(r, PICTURE_SUBJECTS), `(${cap(pick(r, PICTURE_SOURCES).replace(/^(?:the|a) /, ''))} collection)`], kinds: ['caption', 'credit'] },
    { shape: (r) => ['Key', `▲ ${pick(r, MAP_FEATURES)}`, `■ ${pick(r, MAP_FEATURES)}`], kinds: ['map'] },
    { shape: (r) => [pick(r, PICTURE_SUBJECTS), `— ${cap(pick(r, PICTURE_SOURCES).replace(/^(?:the|a) /, ''))}`], kinds: ['caption', 'credit'] },
    { shape: (r) => [`${pick(r, PICTURE_SUBJECTS)}.`, `Lent by ${pick(r, PICTURE_SOURCES)}`], kinds: ['caption', 'credit'] },
    { shape: (r) => [`${pick(r, PICTURE_SUBJECTS)}, ${between(r, 1860, 1950)}.`, `${cap(pick(r, PICTURE_SOURCES).replace(/^(?:the|a) /, ''))} print`], kinds: ['caption', 'credit'] },
    { shape: (r) => [`Map ${between(r, 1, 6)}. Roads of the ${pick(r, ['parish', 'valley', 'district'])}`, `◆ ${pick(r, MAP_FEATURES)}   ○ ${pick(r, MAP_FEATURES)}`], kinds: ['map'] },
    {
      shape: (r, p) => {
        const s = quotedSentence(r, p);
        return s ? [...narrow(r, `“${s}”`), `— ${pick(r, ['a weaver', 'the chairman', 'one witness', 'a neighbour'])}`] : undefined;
      },
      kinds: ['pull quote'],
    },
    {
      // A pull quote that repeats its sentence loosely: straight quotes or none, hyphenated on its narrow measure,
      // opened with an ellipsis where its first words were cut, or a clause between commas dropped.
      shape: (r, p) => {
        const s = quotedSentence(r, p);
        if (!s) return undefined;
        const words = s.split(' ');
        const variant = between(r, 0, 2);
        const cut = variant === 0 && words.length > 10 ? `…${words.slice(between(r, 2, 4)).join(' ')}` : variant === 1 ? s.replace(/, [^,]{4,60}, /, ' ') : s;
        const quoted = chance(r, 0.5) ? `"${cut}"` : cut;
        const lines = wrap(r, quoted, { width: between(r, 22, 34), hyphenate: 0.7, spacedTail: 0 });
        return chance(r, 0.4) ? [...lines, `— ${pick(r, ['a weaver', 'the chairman', 'one witness', 'a neighbour'])}`] : lines;
      },
      kinds: ['pull quote'],
    },
  ],
  'held-out': HELD_OUT.PAMPHLET_FURNITURE,
  own: ownLists((w) => w.PAMPHLET_FURNITURE),
};

/**
 * Sets a piece of pamphlet furniture into a paragraph's lines: between two of them, with or
 * without blank lines around it; after the paragraph, set apart; or beside it, one line of the
 * furniture after each line of text, as a side column comes out of an extraction.
 */
function placeFurniture(r: Random, lines: string[], furniture: readonly string[]): void {
  const style = between(r, 0, 3);
  if (style === 3 && lines.length > furniture.length + 1) {
    const from = between(r, 1, lines.length - furniture.length);
    furniture.forEach((f, k) => lines.splice(from + 2 * k, 0, f));
  } else if (style === 2 || lines.length < 2) lines.push('', ...furniture, '');
  else {
    const at = between(r, 1, lines.length - 1);
    lines.splice(at, 0, ...(style === 1 ? ['', ...furniture, ''] : furniture));
  }
}

function splitHeading(r: Random, text: string, width: number): string[] {
  if (text.length < 22 || !chance(r, Math.min(0.9, text.length / width + 0.2))) return [text];
  const words = text.split(' ');
  // Typesetters break a long heading near its middle, never after a lone first word.
  const cut = Math.max(2, between(r, Math.floor(words.length / 2), Math.ceil(words.length / 2)));
  return cut >= words.length ? [text] : [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
}

/** The author's line and an imprint or price line under a pamphlet's title (title-front class). */
const PDF_BYLINES: Pool<(author: string, r: Random) => string> = {
  dev: [(a) => `by ${a}`, (a) => a],
  'held-out': HELD_OUT.PDF_BYLINES,
  own: ownLists((w) => w.PDF_BYLINES),
};
const PDF_NOTICES: Pool<(r: Random) => string> = {
  dev: ['Reprinted from the Quarterly Bulletin', 'Price twopence', 'Second edition, revised'].map((n) => () => n),
  'held-out': HELD_OUT.PDF_NOTICES,
  own: ownLists((w) => w.PDF_NOTICES),
};

/**
 * Footnote marks left in a page's text: each after a clause's last word and its stop on one of the
 * page's lines (furniture lines aside), every other such line from the page's top.
 */
function markClauseEnds(out: string[], junk: readonly { text: string }[], pageLength: number, marks: readonly string[]): void {
  const added = new Set(junk.map((j) => j.text));
  const candidates: number[] = [];
  for (let n = out.length - 1; n >= Math.max(0, out.length - pageLength); n--) if (/\p{Ll}[.,;]$/u.test(out[n]!) && !added.has(out[n]!)) candidates.push(n);
  marks.forEach((mark, m) => {
    const at = candidates[candidates.length - 1 - m * 2];
    if (at !== undefined) out[at] += mark;
  });
}

export function degradePdf(markdown: string, meta: { title: string; author: string }, seed: number, o: DegradeOptions = {}): Degraded {
  const g = gen(seed, o);
  const { r } = g;
  const body: string[] = [];
  const runningHeadsClass = g.has('running-heads');
  const runningHead = runningHeadsClass || chance(r, 0.5) ? meta.title.toUpperCase() : meta.title;
  const footer = fromPool(g, RUNNING_FOOTERS);
  // The held-out half sets its page numbers in one of several styles (drawn only there, so the development draws are as they were).
  const folioOf = g.split !== 'held-out' ? String : pick(r, HELD_OUT.FOLIOS);
  const blocks = parseBlocks(markdown);
  let width = between(r, 44, 72);
  let captions = between(r, 1, 3);
  let extraCaptions = g.has('captions') ? between(r, 2, 4) : 0;
  // Pamphlet furniture draws from a generator of its own, so every other draw of a case stays as it was without it.
  const pr = rng(seed ^ 0x2c1b3c6d);
  let pamphletFurniture = g.has('captions') ? between(pr, 2, 4) : 0;
  let afterHeading = true;
  const ocrRate = 0.006 + r() * 0.008;
  const hardOcrRate = g.has('ocr') ? 0.01 + r() * 0.02 : 0;
  const glueRate = g.has('glued-words') ? 0.008 + r() * 0.015 : 0;
  const tight = g.has('tight-heading');
  const pdfHeadings = g.has('pdf-headings');
  const dropCaps = g.has('drop-caps');
  const lostStop = g.has('numbered-glued');
  // How the typesetting marks a paragraph, drawn from a generator of its own so that the
  // other choices of a seed stay as they were: most often by nothing the extraction keeps;
  // sometimes by a first-line indent (not after a heading, as book typesetting has it).
  const layout = rng(seed ^ 0x2545f491);
  const paragraphStyle = layout() < 0.3 ? 'indent' : 'none';
  const paragraphIndent = ' '.repeat(between(layout, 2, 5));
  /** Where each section starts in the body, with its heading (for validation 4's section titles as running heads). */
  const sectionStarts: [number, string][] = [];
  const v5 = g.split === 'validation-5';
  const v9 = g.split === 'validation-9';
  const v11 = g.split === 'validation-11';
  // Validation 13's shapes, drawn per document: ligature glyphs in the text, letter-spaced short headings,
  // marginal glosses beside the body lines, two-line headings that a page break splits.
  const v13 = g.split === 'validation-13';
  const ligaturesV13 = v13 && chance(r, 0.5) ? { all: chance(r, 0.5) } : undefined;
  const spacedHeadsV13 = v13 && chance(r, 0.35);
  const glossesV13 = v13 && chance(r, 0.6);
  const splitHeadsV13 = v13 && chance(r, 0.5);
  /** Where a split heading's first line stands in the body (validation 13): the page breaks after it when it can. */
  const headBreaksV13 = new Set<number>();
  // Validation 14's shapes, drawn per document: a chart's axis labels extracted as short lines before a
  // paragraph, a watermark once a page, line numbers in the margin every fifth line, a PDF parser's page markers.
  const v14 = g.split === 'validation-14';
  const paraAtV14 = v14 ? blocks.map((b, k) => (b.kind === 'para' && k >= 2 ? k : -1)).filter((k) => k >= 0) : [];
  const axisAtV14 = v14 && paraAtV14.length && chance(r, 0.5) ? pick(r, paraAtV14) : -1;
  const watermarkV14 = v14 && chance(r, 0.45) ? VALIDATION_14.watermark(r) : undefined;
  const lineNumbersV14 = v14 && chance(r, 0.35) ? VALIDATION_14.lineNumber(r) : undefined;
  const markersV14 = v14 && chance(r, 0.5);
  // Validation 15's shapes, drawn per document: a scan's hyphenation mark, ligatures dropped from words, a
  // proof reviewer's comments between paragraphs, a table's rows, a slug line at some pages' feet, a blank page.
  const v15 = g.split === 'validation-15';
  const hyphenMarkV15 = v15 && chance(r, 0.4) ? VALIDATION_15.hyphenMark(r) : undefined;
  const ligaturesV15 = v15 && chance(r, 0.35);
  const commentsV15 = v15 && chance(r, 0.4);
  let commentV15 = 1;
  const paraAtV15 = v15 ? blocks.map((b, k) => (b.kind === 'para' && k >= 2 ? k : -1)).filter((k) => k >= 0) : [];
  const tableAtV15 = v15 && paraAtV15.length && chance(r, 0.4) ? pick(r, paraAtV15) : -1;
  const slugV15 = v15 && chance(r, 0.4) ? VALIDATION_15.slugLine(r, meta.title) : undefined;
  let blankPageV15 = v15 && chance(r, 0.4);
  // Validation 16's shapes, drawn per document: a printer's marks at some pages' feet, a "cite as" line at every
  // page's foot, a form's blanks after the last paragraph, a back-of-book index after the text.
  const v16 = g.split === 'validation-16';
  const marksV16 = v16 && chance(r, 0.35);
  const citeV16 = v16 && chance(r, 0.4) ? VALIDATION_16.citeLine(r, meta.title, meta.author) : undefined;
  const formV16 = v16 && chance(r, 0.3);
  const indexV16 = v16 && chance(r, 0.35);
  // Validation 17's shapes, drawn per document: a word processor's formatting balloons and a proof reviewer's
  // comments between paragraphs, a stray table; a fax machine's line at every page's head; a disclosure number,
  // a controlled document's footer, a slug line, a "cite as" line and registration marks at pages' feet; a stamp
  // and a form's mark-reader ticks on some pages; a scan's specks inside pages; a back-of-book index.
  const v17 = g.split === 'validation-17';
  const formattingV17 = v17 && chance(r, 0.4);
  const commentsV17 = v17 && chance(r, 0.35);
  let commentV17 = 1;
  const paraAtV17 = v17 ? blocks.map((b, k) => (b.kind === 'para' && k >= 2 ? k : -1)).filter((k) => k >= 0) : [];
  const tableAtV17 = v17 && paraAtV17.length && chance(r, 0.35) ? pick(r, paraAtV17) : -1;
  const faxV17 = v17 && chance(r, 0.35) ? VALIDATION_17.faxLine(r) : undefined;
  const batesV17 = v17 && chance(r, 0.35) ? VALIDATION_17.batesNumber(r) : undefined;
  const controlV17 = v17 && chance(r, 0.3) ? VALIDATION_17.controlFooter(r) : undefined;
  const omrV17 = v17 && chance(r, 0.3) ? VALIDATION_17.omrMarks(r) : undefined;
  const specksV17 = v17 && chance(r, 0.35);
  const slugV17 = v17 && chance(r, 0.35) ? VALIDATION_17.slugLine(r, meta.title) : undefined;
  const stampV17 = v17 && chance(r, 0.35) ? VALIDATION_17.stamp(r) : undefined;
  const marksV17 = v17 && chance(r, 0.3);
  const citeV17 = v17 && chance(r, 0.35) ? VALIDATION_17.citeLine(r, meta.title, meta.author) : undefined;
  const indexV17 = v17 && chance(r, 0.3);
  // Validation 18's shapes, drawn per document: a forwarded e-mail's header over the first page; a word processor's
  // placeholder prompts between paragraphs; a journal archive's download line and a library's "digitised by" line at
  // every page's foot; validation 17's fax line and disclosure number worded anew; a date-due slip and an index after the text.
  const v18 = g.split === 'validation-18';
  const emailV18 = v18 && chance(r, 0.3);
  const placeholdersV18 = v18 && chance(r, 0.35);
  const downloadV18 = v18 && chance(r, 0.35) ? VALIDATION_18.downloadLine(r) : undefined;
  const digitisedV18 = v18 && chance(r, 0.3) ? VALIDATION_18.digitised(r) : undefined;
  const faxV18 = v18 && chance(r, 0.3) ? VALIDATION_18.faxLine(r) : undefined;
  const batesV18 = v18 && chance(r, 0.3) ? VALIDATION_18.batesNumber(r) : undefined;
  const dateDueV18 = v18 && chance(r, 0.3);
  const indexV18 = v18 && chance(r, 0.3);
  if (v5 && chance(r, 0.4)) {
    // Validation 5's shape: a masthead's volume and issue line, or an archive's scan stamp, above the title.
    for (const line of VALIDATION_5.frontStamp(r)) body.push(g.add(line, 'base', 'notice'));
    if (chance(r, 0.5)) body.push('');
  }
  if (g.has('title-front')) {
    const words = meta.title.split(' ');
    const title = chance(r, 0.4) ? meta.title.toUpperCase() : meta.title;
    if (words.length >= 4 && chance(r, 0.6)) {
      const cut = between(r, 2, words.length - 2);
      const tw = title.split(' ');
      body.push(tw.slice(0, cut).join(' '), tw.slice(cut).join(' '));
    } else body.push(title);
    if (chance(r, 0.5)) body.push('');
    const by = fromPool(g, PDF_BYLINES)(meta.author, r);
    body.push(g.add(by, 'title-front', 'byline'));
    // Validation 4's shape: the author's affiliation on the line under the byline.
    if (g.split === 'validation-4' && chance(r, 0.5)) body.push(g.add(VALIDATION_4.affiliation(r), 'title-front', 'byline'));
    if (chance(r, 0.5)) body.push(g.add(fromPool(g, PDF_NOTICES)(r), 'title-front', 'notice'));
    if (chance(r, 0.5)) body.push('');
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => plain(b.text));
    if (g.split === 'validation-4' && headings.length >= 3 && chance(r, 0.6)) {
      // Validation 4's shape: a table of contents in the front matter, the section headings with leader lines and page numbers.
      const style = between(r, 0, 2);
      let at = between(r, 3, 9);
      body.push(g.add(VALIDATION_4.contentsHead(r), 'title-front', 'contents'), '');
      for (const h of headings) {
        body.push(g.add(VALIDATION_4.contentsLine(r, h, at, style), 'title-front', 'contents'));
        at += between(r, 1, 6);
      }
      body.push('');
    }
  } else {
    body.push(meta.title);
    body.push('');
  }
  const wrapOptions = (): WrapOptions => (hyphenMarkV15 ? { width, hyphenate: 0.5, spacedTail: 0.15, mark: hyphenMarkV15 } : { width, hyphenate: 0.5, spacedTail: 0.15 });
  const damage = (text: string): string => {
    let t = ocrDamage(r, compoundDamage(r, straightOrCurly(r, plain(text)), 0.35), ocrRate);
    if (hardOcrRate) t = hardOcr(r, t, hardOcrRate);
    if (glueRate) t = glueWords(g, t, glueRate);
    return t;
  };
  const pushWrapped = (text: string, indent = ''): void => {
    const lines = chance(r, 0.08) ? [text] : wrap(r, text, wrapOptions());
    if (ligaturesV13) for (let n = 0; n < lines.length; n++) lines[n] = VALIDATION_13.ligate(r, lines[n]!, ligaturesV13.all);
    // Validation 15's shape: a font without a text mapping for its ligatures, whose "fi", "fl" and "ff" drop out of words.
    if (ligaturesV15) for (let n = 0; n < lines.length; n++) lines[n] = VALIDATION_15.dropLigatures(r, lines[n]!);
    if (glossesV13 && lines.length >= 3 && chance(r, 0.5)) {
      // Validation 13's shape: a side note in the margin, run onto a body line's end after a run of spaces or set on a line of its own.
      const note = g.add(VALIDATION_13.gloss(r), 'base', 'side caption');
      const at = between(r, 0, lines.length - 2);
      if (chance(r, 0.6)) lines[at] = `${lines[at]}${' '.repeat(between(r, 4, 12))}${note}`;
      else lines.splice(at + 1, 0, note);
    }
    // A caption landed between two lines of this paragraph.
    if (v11 && captions > 0 && lines.length >= 3 && chance(r, 0.25)) {
      // Validation 11's shape: a caption of one to three lines at the column's width, with a source or © line under it
      // some times, set at the paragraph's end between blank lines, or inside a sentence with none.
      const c = wrap(r, VALIDATION_11.pdfCaption(r), { width: width - between(r, 0, 12), hyphenate: 0, spacedTail: 0 });
      g.add(c.join(' '), 'base', 'caption');
      const credit11 = VALIDATION_11.pdfCredit(r);
      if (credit11) c.push(g.add(credit11, 'base', 'credit'));
      if (VALIDATION_11.captionPlace(r) === 'inside') lines.splice(between(r, 1, lines.length - 1), 0, ...c);
      else lines.push('', ...c, '');
      captions--;
    } else if (captions > 0 && lines.length >= 4 && chance(r, 0.25)) {
      const at = between(r, 1, lines.length - 2);
      // Validation 9's shape: a caption of two or three sentences, opening with a figure label, wrapped at the column's own width.
      const c = v9 ? wrap(r, VALIDATION_9.pdfCaption(r), { width, hyphenate: 0, spacedTail: 0 }) : caption(g);
      const style = between(r, 0, 2);
      if (g.split === 'validation-4') {
        // Validation 4's shape: a credit on the line under the caption or beside it after a pipe; each line recorded as it stands.
        const credit4 = VALIDATION_4.pdfCredit(r);
        if (credit4?.place === 'pipe') c[c.length - 1] += ` | ${credit4.text}`;
        for (const l of c) g.add(l, 'base', 'caption');
        if (credit4?.place === 'next') c.push(g.add(credit4.text, 'base', 'credit'));
      } else if (v5) {
        // Validation 5's shape: a credit on the line under the caption, sometimes keyed to it by a footnote mark.
        const credit5 = VALIDATION_5.pdfCredit(r);
        if (credit5?.mark) c[c.length - 1] += credit5.mark;
        for (const l of c) g.add(l, 'base', 'caption');
        if (credit5) c.push(g.add(credit5.text, 'base', 'credit'));
      } else g.add(c.join(' '), 'base', 'caption');
      // Validation 3's shape (and validation 6's): a credit under the caption or glued to its end.
      const credit = g.split === 'validation-3' ? VALIDATION_3.pdfCredit(r) : g.split === 'validation-6' ? VALIDATION_6.pdfCredit(r) : undefined;
      if (credit) {
        g.add(credit.text, 'base', 'credit');
        if (credit.place === 'glued') c[c.length - 1] += ` ${credit.text}`;
        else c.push(credit.text);
      }
      // Validation 7's shape: a credit above the caption, under it, or after a separator on its last line.
      const credit7 = g.split === 'validation-7' ? VALIDATION_7.pdfCredit(r) : undefined;
      if (credit7) {
        g.add(credit7.text, 'base', 'credit');
        if (credit7.place === 'joined') c[c.length - 1] += `${VALIDATION_7.separator(r)}${credit7.text}`;
        else if (credit7.place === 'before') c.unshift(credit7.text);
        else c.push(credit7.text);
      }
      // Validation 8's shape: a credit under the caption, above it, or at its line's end after a run of spaces.
      const credit8 = g.split === 'validation-8' ? VALIDATION_8.pdfCredit(r) : undefined;
      if (credit8) {
        g.add(credit8.text, 'base', 'credit');
        if (credit8.place === 'spaced') c[c.length - 1] += `${VALIDATION_8.gap(r)}${credit8.text}`;
        else if (credit8.place === 'before') c.unshift(credit8.text);
        else c.push(credit8.text);
      }
      // Validation 9's shape: a credit in capitals on the line under the caption.
      const credit9 = v9 ? VALIDATION_9.pdfCredit(r) : undefined;
      if (credit9) c.push(g.add(credit9, 'base', 'credit'));
      const inserted = style === 0 ? c.map((l) => `  ${l}`) : style === 1 ? ['', ...c, ''] : c;
      lines.splice(at, 0, ...inserted);
      captions--;
    } else if (extraCaptions > 0 && lines.length >= 3 && chance(r, 0.3)) {
      const at = between(r, 1, lines.length - 1);
      const c = captionLines(g, 'captions');
      const style = between(r, 0, 1);
      lines.splice(at, 0, ...(style === 0 ? ['', ...c] : c));
      extraCaptions--;
    }
    if (pamphletFurniture > 0 && lines.length >= 3 && chance(pr, 0.3)) {
      const { shape, kinds } = pick(pr, listOf(g, PAMPHLET_FURNITURE));
      const furniture = shape(pr, text, TOOLS);
      if (furniture) {
        furniture.forEach((f, k) => g.add(f, 'captions', kinds[Math.min(k, kinds.length - 1)]!));
        placeFurniture(pr, lines, furniture);
        pamphletFurniture--;
      }
    }
    for (const l of lines) body.push(l ? indent + l : l);
  };
  blocks.forEach((block, i) => {
    if (v14 && i === axisAtV14) {
      // Validation 14's shape: a chart's title, tick values and axis names, each extracted as a short line.
      if (body[body.length - 1] !== '') body.push('');
      for (const line of VALIDATION_14.axisLabels(r)) body.push(g.add(line, 'base', 'figure number'));
      if (chance(r, 0.6)) body.push('');
    }
    if (v15 && i === tableAtV15) {
      // Validation 15's shape: a table's head row and rows of figures, their columns as runs of spaces.
      if (body[body.length - 1] !== '') body.push('');
      for (const line of VALIDATION_15.tableRows(r)) body.push(g.add(line, 'base', 'figure number'));
      if (chance(r, 0.6)) body.push('');
    }
    if (commentsV15 && block.kind === 'para' && i >= 1 && chance(r, 0.3)) {
      // Validation 15's shape: a reviewer's comment on the proof, exported as a line between paragraphs.
      if (body[body.length - 1] !== '' && chance(r, 0.5)) body.push('');
      body.push(g.add(VALIDATION_15.reviewerComment(r, commentV15++), 'base', 'notice'));
      if (chance(r, 0.5)) body.push('');
    }
    if (v17 && i === tableAtV17) {
      // Validation 17's shape: a stray table's head row and rows, their columns as runs of spaces.
      if (body[body.length - 1] !== '') body.push('');
      for (const line of VALIDATION_17.tableRows(r)) body.push(g.add(line, 'base', 'figure number'));
      if (chance(r, 0.6)) body.push('');
    }
    if (commentsV17 && block.kind === 'para' && i >= 1 && chance(r, 0.3)) {
      // Validation 17's shape: a reviewer's comment on the proof, with its author and date, between paragraphs.
      if (body[body.length - 1] !== '' && chance(r, 0.5)) body.push('');
      body.push(g.add(VALIDATION_17.reviewerComment(r, commentV17++), 'base', 'notice'));
      if (chance(r, 0.5)) body.push('');
    }
    if (placeholdersV18 && block.kind === 'para' && i >= 1 && chance(r, 0.25)) {
      // Validation 18's shape: a word processor's placeholder prompt left in a form, between paragraphs.
      if (body[body.length - 1] !== '' && chance(r, 0.5)) body.push('');
      body.push(g.add(VALIDATION_18.placeholder(r), 'base', 'notice'));
      if (chance(r, 0.5)) body.push('');
    }
    if (formattingV17 && block.kind === 'para' && i >= 1 && chance(r, 0.3)) {
      // Validation 17's shape: a word processor's formatting balloons, one or two, exported between paragraphs.
      if (body[body.length - 1] !== '' && chance(r, 0.4)) body.push('');
      for (let n = between(r, 1, 2); n > 0; n--) body.push(g.add(VALIDATION_17.formatting(r), 'base', 'notice'));
      if (chance(r, 0.4)) body.push('');
    }
    switch (block.kind) {
      case 'heading': {
        width = between(r, 44, 72);
        const unfinished = pdfHeadings && chance(r, 0.4);
        if (unfinished) {
          // The paragraph before ends without its full stop: the heading follows an unfinished-looking line.
          const last = body.length - 1;
          if (last >= 0 && /\.$/.test(body[last]!)) body[last] = body[last]!.slice(0, -1);
        }
        if (i > 0 && !tight && chance(r, 0.5)) body.push('');
        const text = plain(block.text);
        sectionStarts.push([body.length, text]);
        const styled = g.has('heading-styles') ? (chance(r, 0.6) ? text.toUpperCase() : text) : chance(r, 0.2) ? text.toUpperCase() : text;
        let parts = splitHeading(r, styled, width);
        const words = styled.split(' ');
        if (spacedHeadsV13 && words.length <= 5 && chance(r, 0.6)) {
          // Validation 13's shape: a short heading letter-spaced by the typesetter.
          parts = [VALIDATION_13.letterSpaced(r, styled.toUpperCase())];
        } else if (splitHeadsV13 && words.length >= 3) {
          // Validation 13's shape: a heading over two lines, the page breaking after its first when it falls near a page's foot.
          if (parts.length < 2) {
            const cut = between(r, 1, words.length - 1);
            parts = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
          }
          headBreaksV13.add(body.length);
        }
        parts.forEach((p, k) => body.push((k === 0 && chance(r, 0.5) ? ' ' : '') + p));
        if (v11 && captions > 0 && chance(r, 0.25)) {
          // Validation 11's shape: a printed caption directly under a heading.
          const c = wrap(r, VALIDATION_11.pdfCaption(r), { width, hyphenate: 0, spacedTail: 0 });
          g.add(c.join(' '), 'base', 'caption');
          body.push(...c);
          captions--;
        }
        if (pdfHeadings && chance(r, 0.35)) {
          body.push(...captionLines(g, 'pdf-headings'));
        } else if (extraCaptions > 0 && chance(r, 0.3)) {
          body.push(...captionLines(g, 'captions'));
          extraCaptions--;
        }
        if (!tight && chance(r, 0.4)) body.push('');
        afterHeading = true;
        break;
      }
      case 'dateline':
        body.push(plain(block.text));
        if (chance(r, 0.5)) body.push('');
        break;
      case 'para':
      case 'quote': {
        let text = damage(block.text);
        const oneLetter = /^(A|I) \p{Ll}/u.test(text);
        if (dropCaps && (afterHeading || oneLetter) && /^\p{Lu}/u.test(text)) {
          const first = /^\p{Lu}\p{L}*/u.exec(text)![0];
          const roll = r();
          if (oneLetter) {
            // A one-letter drop cap: on a line of its own, or lost.
            text = text.slice(2);
            if (roll < 0.6) body.push(first);
          } else if (roll < 0.4) text = first.toUpperCase() + text.slice(first.length); // "EARLY in the spring"
          else if (roll < 0.8) {
            // The drop cap lost and the rest of the word in small capitals: "ARLY in the spring".
            text = first.slice(1).toUpperCase() + text.slice(first.length);
            if (chance(r, 0.4)) body.push(first[0]!);
          } else text = text.slice(1);
        } else if ((afterHeading || (pdfHeadings && afterHeading)) && chance(r, pdfHeadings ? 0.9 : 0.7) && /^\p{Lu}\p{Ll}/u.test(text)) {
          // The drop cap was an image: lost, or set on a line of its own above the paragraph.
          const letter = text[0]!;
          text = text.slice(1);
          if (chance(r, 0.3)) {
            const datelineAt = body.length - (body[body.length - 1] === '' ? 2 : 1);
            if (blocks[i - 1]?.kind === 'dateline') body.splice(datelineAt, 0, letter);
            else body.push(letter);
          }
        }
        if (lostStop && chance(r, 0.3)) text = text.replace(/\.$/, '');
        const firstLine = body.length;
        pushWrapped(text, block.kind === 'quote' && chance(r, 0.5) ? '  ' : '');
        if (paragraphStyle === 'indent' && !afterHeading && block.kind === 'para' && body[firstLine]) body[firstLine] = paragraphIndent + body[firstLine];
        afterHeading = false;
        break;
      }
      case 'item': {
        const marker = block.marker === '-' ? '•' : block.marker;
        const lines = wrap(r, `${marker} ${damage(block.text)}`, wrapOptions());
        if (lostStop && /^\d/.test(marker) && blocks[i - 1]?.kind === 'item' && chance(r, 0.5)) {
          body[body.length - 1] += lines.shift()!;
        }
        body.push(...lines);
        afterHeading = false;
        break;
      }
      case 'verse':
        if (chance(r, 0.5)) body.push('');
        for (const line of block.lines) body.push((chance(r, 0.3) ? '    ' : '') + plain(line));
        if (chance(r, 0.5)) body.push('');
        afterHeading = false;
        break;
    }
  });
  // Pages: a running head (or footer) and a page number every so many lines.
  const pageLength = runningHeadsClass ? between(r, 24, 40) : between(r, 36, 48);
  const out: string[] = [];
  let page = between(r, 1, 40);
  const headStyle = between(r, 0, 3);
  // The held-out half sometimes carries the author's name as the running head of even pages (a
  // held-out-only shape, drawn only there so the development draws are as they were).
  const versoAuthor = g.split === 'held-out' && chance(r, 0.4);
  // Validation 3's shapes: the author's (or an editor's) name as the running head of even pages,
  // and a page-number style chosen per document (drawn only there).
  const versoV3 = g.split === 'validation-3' && chance(r, 0.45) ? VALIDATION_3.versoHead(r, meta.author) : undefined;
  const firstPage = page;
  const folioV3 = g.split === 'validation-3' ? VALIDATION_3.folioStyle(r, meta.title, firstPage + Math.ceil(body.length / pageLength)) : undefined;
  // Validation 4's shapes: a name on even pages, a page-number style per document, the folio on the
  // running head's line at the outer edge, a copyright notice at the foot of the first page, "continued" lines.
  const v4 = g.split === 'validation-4';
  const versoV4 = v4 && chance(r, 0.45) ? VALIDATION_4.versoHead(r, meta.author) : undefined;
  const folioV4 = v4 ? VALIDATION_4.folioStyle(r, firstPage + Math.ceil(body.length / pageLength)) : undefined;
  const outerFolio = v4 && VALIDATION_4.outerFolio(r);
  const firstPageNotice = v4 && chance(r, 0.45) ? VALIDATION_4.firstPageNotice(r) : undefined;
  const continuedRate = v4 && chance(r, 0.3) ? 0.4 : 0;
  // Validation 5's shapes: a shortened title on odd pages and the author's name on even ones, a
  // page-number style per document, a repository's download stamp at each page's foot.
  const shortV5 = v5 && chance(r, 0.45) ? VALIDATION_5.shortTitle(r, runningHead) : undefined;
  const versoV5 = v5 && chance(r, 0.4) ? (runningHead === meta.title ? meta.author : meta.author.toUpperCase()) : undefined;
  const folioV5 = v5 ? VALIDATION_5.folioStyle(r) : undefined;
  const stampV5 = v5 ? VALIDATION_5.downloadStamp(r) : undefined;
  // Validation 8's shapes: running heads that alternate the author and the title (or hold both), and a page-number style per document.
  const v8 = g.split === 'validation-8';
  const versoV8 = v8 && chance(r, 0.5) ? VALIDATION_8.versoHead(r, meta.author, runningHead) : undefined;
  const folioV8 = v8 ? VALIDATION_8.folioStyle(r, firstPage + Math.ceil(body.length / pageLength)) : undefined;
  // Validation 4's shape: odd pages carry the current section's title as their running head, as a book's rectos do.
  const sectionRecto = v4 && sectionStarts.length >= 2 && chance(r, 0.35);
  const sectionAt = (k: number): string => {
    const title = sectionStarts.filter(([at]) => at <= k).pop()?.[1] ?? meta.title;
    return runningHead === meta.title ? title : title.toUpperCase();
  };
  // Validation 9's shapes: a page-number style per document, running heads that pair a journal's name or
  // the short title with the current section, a first page's foot with a DOI or ISSN, footnotes at pages' feet.
  const folioV9 = v9 ? VALIDATION_9.folioStyle(r) : undefined;
  const sectionV9 = v9 && chance(r, 0.45) ? VALIDATION_9.sectionHead(r, meta.title) : undefined;
  const sectionOf = (k: number): string => sectionStarts.filter(([at]) => at <= k).pop()?.[1] ?? meta.title;
  const footV9 = v9 && chance(r, 0.45) ? VALIDATION_9.firstPageFoot(r) : undefined;
  const notesV9 = v9 && chance(r, 0.55);
  let noteV9 = 1;
  // Validation 11's shapes: a page-number style per document, running heads alternating a short title and the
  // author's surname, plain-figure footnotes at pages' feet, page breaks that fall inside a hyphenated word.
  const folioV11 = v11 ? VALIDATION_11.folioStyle(r, firstPage + Math.ceil(body.length / pageLength)) : undefined;
  const altV11 = v11 && chance(r, 0.5) ? VALIDATION_11.alternatingHead(r, meta.title, meta.author) : undefined;
  const notesV11 = v11 && chance(r, 0.5);
  let noteV11 = 1;
  const hyphenBreaksV11 = v11 && chance(r, 0.6);
  let sinceBreak = 0;
  const folioV13 = v13 ? VALIDATION_13.folioStyle(r) : undefined;
  const folioAt = (p: number): string => (folioV13 ? folioV13(p) : folioV11 ? folioV11(p) : folioV9 ? folioV9(p) : folioV8 ? folioV8(p) : folioV5 ? folioV5(p) : folioV4 ? folioV4(p, p - firstPage) : folioV3 ? folioV3(p, p - firstPage) : folioOf(p));
  const headOf = (p: number, k: number): string =>
    altV11
      ? altV11(p)
      : sectionV9
      ? sectionV9(sectionOf(k), p)
      : versoV8
      ? versoV8(p)
      : shortV5 && p % 2 === 1
      ? shortV5
      : versoV5 && p % 2 === 0
      ? versoV5
      : sectionRecto && p % 2 === 1 ? sectionAt(k) : versoV4 && p % 2 === 0 ? versoV4 : versoV3 && p % 2 === 0 ? versoV3 : versoAuthor && p % 2 === 0 ? (runningHead === meta.title ? meta.author : meta.author.toUpperCase()) : runningHead;
  let watermarkAtV14 = watermarkV14 ? between(r, 3, Math.max(4, pageLength - 3)) : 0;
  let markerPageV14 = 1;
  const markerTotalV14 = Math.ceil(body.length / pageLength);
  // Validation 17's shape: the fax machine's line at the head of the first sheet (the others come at each page turn).
  if (faxV17) out.push(g.add(faxV17(1, markerTotalV14), 'base', 'running head'));
  if (emailV18) {
    // Validation 18's shape: a forwarded e-mail's header printed over the document's first page.
    for (const line of VALIDATION_18.emailHeader(r, meta.title)) out.push(g.add(line, 'base', 'notice'));
    if (chance(r, 0.6)) out.push('');
  }
  // Validation 18's shape: validation 17's fax line worded anew, at the first sheet's head (the others at each page turn).
  if (faxV18) out.push(g.add(faxV18(1, markerTotalV14), 'base', 'running head'));
  for (let k = 0; k < body.length; k++) {
    // Validation 14's shape: a line number in the margin every fifth line of a page (not counted as furniture: it is glued to the text's line).
    const numberedV14 = lineNumbersV14 && (sinceBreak + 1) % 5 === 0 && body[k]!.trim() !== '';
    out.push(numberedV14 ? lineNumbersV14(sinceBreak + 1, body[k]!) : body[k]!);
    sinceBreak++;
    if (watermarkV14 && sinceBreak === watermarkAtV14 && k + 1 < body.length) {
      // Validation 14's shape: the page's watermark, where the reading order puts it (between paragraphs or inside one).
      out.push(g.add(watermarkV14, 'base', 'notice'));
    }
    if (specksV17 && body[k]!.trim() !== '' && k + 1 < body.length && chance(r, 0.04)) {
      // Validation 17's shape: a scan's specks read as a line of dots and commas, inside a page.
      out.push(g.add(VALIDATION_17.specks(r), 'base', 'footer'));
    }
    const pageEnds = hyphenBreaksV11
      ? sinceBreak >= pageLength || (sinceBreak >= pageLength - 5 && /\p{L}-$/u.test(body[k]!))
      : splitHeadsV13
        ? sinceBreak >= pageLength || (sinceBreak >= pageLength - 12 && headBreaksV13.has(k))
        : (k + 1) % pageLength === 0;
    if (pageEnds && k + 1 < body.length) {
      sinceBreak = 0;
      if (continuedRate && chance(r, continuedRate)) out.push(g.add(VALIDATION_4.continued(r, page + 1), 'base', 'footer'));
      if (stampV5) out.push(g.add(stampV5, 'base', 'footer'));
      if (footV9 && page === firstPage) out.push('', ...footV9.map((l) => g.add(l, 'base', 'notice')));
      if (notesV9 && chance(r, 0.5)) {
        // The notes' marks stay in the text above, after a word that ends a clause on this page.
        const { marks, lines } = VALIDATION_9.footnotes(r, noteV9);
        noteV9 += marks.length;
        markClauseEnds(out, g.junk, pageLength, marks);
        out.push(...lines.map((l) => g.add(l, 'base', 'footer')));
      }
      if (notesV11 && chance(r, 0.5)) {
        // Plain figures glued to a clause's last word and its stop ("said.3"), the notes under a rule at the page's foot.
        const { marks, lines } = VALIDATION_11.footnotes(r, noteV11);
        noteV11 += marks.length;
        markClauseEnds(out, g.junk, pageLength, marks);
        out.push('', ...lines.map((l) => g.add(l, 'base', 'footer')));
      }
      if (firstPageNotice && page === firstPage) out.push('', ...firstPageNotice.map((l) => g.add(l, 'base', 'notice')));
      if (markersV14) {
        // Validation 14's shape: a PDF parser's marker where one page of the file ends.
        out.push('', g.add(VALIDATION_14.pageMarker(markerPageV14, markerTotalV14), 'base', 'folio'), '');
        markerPageV14++;
      }
      if (watermarkV14) watermarkAtV14 = between(r, 3, Math.max(4, pageLength - 3));
      // Validation 15's shape: the typesetter's slug line under some pages' last line.
      if (slugV15 && chance(r, 0.6)) out.push(g.add(slugV15(page), 'base', 'footer'));
      // Validation 16's shapes: the "cite as" line under every page, the printer's marks under some.
      if (citeV16) out.push(g.add(citeV16(page), 'base', 'footer'));
      if (marksV16 && chance(r, 0.5)) for (const line of VALIDATION_16.printerMarks(r)) out.push(g.add(line, 'base', 'footer'));
      if (v17) {
        // Validation 17's shapes at a page's foot: a stamp and mark-reader ticks on some pages, the slug line on some,
        // the disclosure number, the controlled document's footer and the "cite as" line on every one, registration
        // marks on some; then the fax machine's line at the next sheet's head.
        const sheet = page - firstPage + 1;
        if (stampV17 && chance(r, 0.45)) out.push(g.add(stampV17, 'base', 'notice'));
        if (omrV17 && chance(r, 0.6)) out.push(g.add(omrV17, 'base', 'footer'));
        if (slugV17 && chance(r, 0.6)) out.push(g.add(slugV17(page), 'base', 'footer'));
        if (controlV17) out.push(g.add(controlV17(sheet, markerTotalV14), 'base', 'footer'));
        if (citeV17) out.push(g.add(citeV17(page), 'base', 'footer'));
        if (batesV17) out.push(g.add(batesV17(sheet), 'base', 'folio'));
        if (marksV17 && chance(r, 0.5)) for (const line of VALIDATION_17.printerMarks(r)) out.push(g.add(line, 'base', 'footer'));
        if (faxV17) out.push(g.add(faxV17(sheet + 1, markerTotalV14), 'base', 'running head'));
      }
      if (v18) {
        // Validation 18's shapes at a page's foot: the archive's download line and the library's "digitised by"
        // line on every one, the disclosure number; then the fax line at the next sheet's head.
        const sheet = page - firstPage + 1;
        if (downloadV18) for (const line of downloadV18) out.push(g.add(line, 'base', 'footer'));
        if (digitisedV18) out.push(g.add(digitisedV18, 'base', 'footer'));
        if (batesV18) out.push(g.add(batesV18(sheet), 'base', 'folio'));
        if (faxV18) out.push(g.add(faxV18(sheet + 1, markerTotalV14), 'base', 'running head'));
      }
      if (blankPageV15 && page > firstPage && chance(r, 0.5)) {
        // Validation 15's shape: a page left blank, its notice alone between two pages of text (its number skipped).
        out.push('', g.add(VALIDATION_15.blankPage(r), 'base', 'notice'), '');
        blankPageV15 = false;
        page++;
      }
      if (runningHeadsClass) {
        // A long title in capitals as the running head, with or without the page number, between blank lines.
        const head = altV11 ? altV11(page) : sectionV9 ? sectionV9(sectionOf(k), page) : versoV8 ? versoV8(page) : shortV5 && page % 2 === 1 ? shortV5 : versoV5 && page % 2 === 0 ? versoV5 : sectionRecto && page % 2 === 1 ? sectionAt(k) : versoV4 && page % 2 === 0 ? versoV4 : versoV3 && page % 2 === 0 ? versoV3 : runningHead;
        const withNumber = headStyle === 0 ? head : headStyle === 1 ? `${page} ${head}` : headStyle === 2 ? `${head} ${page}` : page % 2 ? `${head}    ${page}` : `${page}    ${head}`;
        out.push('', g.add(withNumber, 'running-heads', 'running head'), '');
      } else {
        const folio = chance(r, 0.5);
        if (folio && outerFolio) {
          // The page number on the running head's line, at the outer edge: left on even pages, right on odd.
          const line = page % 2 === 0 ? `${folioAt(page)}      ${headOf(page, k)}` : `${headOf(page, k)}      ${folioAt(page)}`;
          out.push(...(chance(r, 0.5) ? ['', g.add(line, 'base', 'running head'), ''] : [g.add(line, 'base', 'running head')]));
          page++;
          continue;
        }
        const furniture = folio ? [folioAt(page), headOf(page, k)] : [footer(page), ''];
        const [a, b] = furniture;
        const lines = chance(r, 0.5) ? ['', a!, b!, ''] : [a!, b!];
        out.push(...lines.filter((l, n) => l !== '' || n === 0 || n === lines.length - 1));
        g.add(a!, 'base', folio ? 'folio' : 'footer');
        if (b) g.add(b, 'base', 'running head');
      }
      page++;
    }
  }
  // Validation 14's shape: the parser's marker after the file's last page.
  if (markersV14) out.push('', g.add(VALIDATION_14.pageMarker(markerPageV14, markerTotalV14), 'base', 'folio'));
  // Validation 16's shapes: the last page's "cite as" line, a form's blanks, a back-of-book index of the text's own names.
  if (citeV16) out.push('', g.add(citeV16(page), 'base', 'footer'));
  if (formV16) out.push('', ...VALIDATION_16.formLeftovers(r).map((l) => g.add(l, 'base', 'notice')));
  if (indexV16) {
    const names = [...new Set(markdown.match(/(?<![\p{L}'’])\p{Lu}\p{Ll}{3,}/gu) ?? [])].sort((a, b) => a.localeCompare(b));
    if (names.length >= 4) {
      const chosen = names.filter(() => chance(r, 0.5)).slice(0, 7);
      if (chosen.length >= 4) out.push('', ...VALIDATION_16.index(r, chosen).map((l) => g.add(l, 'base', 'contents')));
    }
  }
  // Validation 17's shapes: the last sheet's foot (its controlled footer, "cite as" line and disclosure number), an index of the text's own names.
  if (v17) {
    const sheet = page - firstPage + 1;
    const foot: string[] = [];
    if (controlV17) foot.push(g.add(controlV17(sheet, markerTotalV14), 'base', 'footer'));
    if (citeV17) foot.push(g.add(citeV17(page), 'base', 'footer'));
    if (batesV17) foot.push(g.add(batesV17(sheet), 'base', 'folio'));
    if (foot.length) out.push('', ...foot);
  }
  if (indexV17) {
    const names = [...new Set(markdown.match(/(?<![\p{L}'’])\p{Lu}\p{Ll}{3,}/gu) ?? [])].sort((a, b) => a.localeCompare(b));
    const chosen = names.filter(() => chance(r, 0.45)).slice(0, 8);
    if (chosen.length >= 4) out.push('', ...VALIDATION_17.index(r, chosen).map((l) => g.add(l, 'base', 'contents')));
  }
  // Validation 18's shapes: the last page's foot, an index of the text's own names, a library's date-due slip.
  if (v18) {
    const sheet = page - firstPage + 1;
    const foot: string[] = [];
    if (downloadV18) for (const line of downloadV18) foot.push(g.add(line, 'base', 'footer'));
    if (digitisedV18) foot.push(g.add(digitisedV18, 'base', 'footer'));
    if (batesV18) foot.push(g.add(batesV18(sheet), 'base', 'folio'));
    if (foot.length) out.push('', ...foot);
  }
  if (indexV18) {
    const names = [...new Set(markdown.match(/(?<![\p{L}'’])\p{Lu}\p{Ll}{3,}/gu) ?? [])].sort((a, b) => a.localeCompare(b));
    const chosen = names.filter(() => chance(r, 0.5)).slice(0, 9);
    if (chosen.length >= 4) out.push('', ...VALIDATION_18.index(r, chosen).map((l) => g.add(l, 'base', 'contents')));
  }
  if (dateDueV18) out.push('', ...VALIDATION_18.dateDue(r).map((l) => g.add(l, 'base', 'notice')));
  if (v5 && chance(r, 0.35)) {
    // Validation 5's shape: a publisher's and printer's colophon after the text, on the last page.
    out.push('', ...VALIDATION_5.colophon(r).map((l) => g.add(l, 'base', 'notice')));
  }
  return { raw: out.join('\n') + '\n', junk: g.junk };
}
