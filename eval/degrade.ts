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

export type RawKind = 'web' | 'pdf';

export interface Degraded {
  raw: string;
  /** Every run of text the degrader added that is not part of the piece (menus, captions, running heads …). */
  junk: string[];
}

type Block =
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'dateline'; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'item'; marker: string; text: string }
  | { kind: 'verse'; lines: string[] };

/** mulberry32: small, fast and good enough for choosing damage. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const chance = (r: Random, p: number): boolean => r() < p;
const between = (r: Random, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

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
  return text.replace(/\\([\\`*_[\]#.>-])/g, '$1').replace(/(?<!\w)[*_]([^*_]+)[*_](?!\w)/g, '$1');
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

// ——— web pages ———

const NAV_WORDS = ['Housing', 'Wages', 'Rents', 'Councils', 'Transport', 'Schools', 'Pensions', 'Health', 'Rail', 'Miners', 'Dockers', 'Elections', 'Budget', 'Strikes', 'Water', 'Energy'];
const NAV_SHAPES = [
  (a: string, b: string) => `Why ${a.toLowerCase()} matter for ${b.toLowerCase()}`,
  (a: string, b: string) => `${a} and ${b.toLowerCase()}: what next?`,
  (a: string) => `The truth about ${a.toLowerCase()}`,
  (a: string, b: string) => `${a} crisis deepens as ${b.toLowerCase()} fall`,
  (a: string) => `A new deal on ${a.toLowerCase()}`,
  (a: string, b: string) => `From ${a.toLowerCase()} to ${b.toLowerCase()}`,
  (a: string) => `${a} in the twentieth century`,
];
const MENU = ['Home', 'About us', 'Contact', 'Archive', 'Donate', 'Subscribe', 'Events', 'Latest news', 'Join us'];
const SHARE = ['Share this article!', 'Share this:', 'Share this post', 'Share on Facebook', 'Share', 'Tweet this article'];
const COMMENT_FORMS: string[][] = [
  ['Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment', 'Name *', 'Email *', 'Website', 'Post Comment'],
  ['Leave a comment', 'You must be logged in to post a comment.'],
  ['3 Comments', 'Add a comment', 'Save my name, email, and website in this browser for the next time I comment.'],
  ['Comments are closed.'],
];
const POPUPS = ['This window will close in 10 seconds', 'Subscribe to our newsletter for updates', 'We use cookies to improve your experience on this site.'];
const LANGUAGES = ['French', 'Spanish', 'German', 'Russian', 'Portuguese'];
const RELATED_HEADS = ['Related articles', 'Related', 'Read more', 'You may also like'];

function navTitle(r: Random): string {
  return pick(r, NAV_SHAPES)(pick(r, NAV_WORDS), pick(r, NAV_WORDS));
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

export function degradeWeb(markdown: string, meta: { title: string; author: string }, seed: number): Degraded {
  const r = rng(seed);
  const junk: string[] = [];
  const out: string[] = [];
  const sep = (): void => void out.push('');
  // Menu and list of other articles.
  const menu = Array.from({ length: between(r, 2, 4) }, () => pick(r, MENU));
  const nav = Array.from({ length: between(r, 4, 8) }, () => navTitle(r));
  const tightMenu = chance(r, 0.5);
  for (const item of [...menu, ...nav]) {
    out.push(item);
    junk.push(item);
    if (!tightMenu) sep();
  }
  if (tightMenu) sep();
  out.push(meta.title);
  sep();
  if (chance(r, 0.5)) {
    const language = pick(r, LANGUAGES);
    const line = pick(r, [`This article is also available in ${language}`, `Read this article in ${language}`]);
    out.push(line);
    junk.push(line);
    sep();
  }
  const blocks = parseBlocks(markdown);
  let captions = between(r, 1, 2);
  const bulletGlue = chance(r, 0.6);
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    switch (block.kind) {
      case 'heading':
        out.push(plain(block.text));
        sep();
        break;
      case 'dateline':
        out.push(plain(block.text));
        sep();
        break;
      case 'para':
      case 'quote': {
        if (captions > 0 && i > 2 && chance(r, 0.15)) {
          const caption = `${pick(r, ['A', 'The'])} ${pick(r, NAV_WORDS).toLowerCase()} ${pick(r, ['committee', 'office', 'meeting', 'march', 'building'])} in ${between(r, 1850, 1990)}`;
          out.push(caption);
          junk.push(caption);
          captions--;
        }
        out.push(straightOrCurly(r, webSentenceDamage(r, plain(block.text))));
        sep();
        break;
      }
      case 'item': {
        const text = `${block.marker === '-' ? '•' : block.marker} ${webSentenceDamage(r, plain(block.text))}`;
        if (bulletGlue && block.marker === '-' && previous && previous.kind !== 'item' && out[out.length - 1] === '') {
          out.pop();
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
  if (chance(r, 0.7)) {
    const share = pick(r, SHARE);
    out.push(share);
    junk.push(share);
    sep();
  }
  if (chance(r, 0.6)) {
    const head = pick(r, RELATED_HEADS);
    out.push(head);
    junk.push(head);
    sep();
    for (let k = between(r, 2, 4); k > 0; k--) {
      const t = navTitle(r);
      out.push(t);
      junk.push(t);
      sep();
    }
  }
  for (const line of pick(r, COMMENT_FORMS)) {
    out.push(line);
    junk.push(line);
    sep();
  }
  if (chance(r, 0.5)) {
    const popup = pick(r, POPUPS);
    out.push(popup);
    junk.push(popup);
    sep();
  }
  return { raw: out.join('\n'), junk };
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
  let pendingSpace = false;
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
      lines.push(`${line} ${word.slice(0, p)}-`);
      line = (chance(r, o.spacedTail) ? ' ' : '') + word.slice(p);
    } else {
      lines.push(line);
      line = word;
    }
    pendingSpace = false;
  }
  void pendingSpace;
  if (line) lines.push(line);
  return lines;
}

const RUNNING_FOOTERS = ['The Valley Review', 'Occasional Papers', 'Local History Notes', 'Proceedings of the Society'];
const CAPTION_SUBJECTS = ['A lock gate', 'The old wharf', 'Members of the committee', 'A page of the ledger', 'The reading room', 'Haymaking', 'A press in use', 'The high street'];
const CAPTION_TAILS = ['in about 1890', 'before the fire', 'as it was in 1905', 'from a drawing', 'now demolished', 'photographed by the author'];

function caption(r: Random): string[] {
  const text = `${pick(r, CAPTION_SUBJECTS)} ${pick(r, CAPTION_TAILS)}${chance(r, 0.4) ? `: ${pick(r, ['a rare survival', 'the view from the bridge', 'note the crowd on the left'])}` : ''}`;
  if (text.length > 40 && chance(r, 0.5)) {
    const words = text.split(' ');
    const half = Math.ceil(words.length / 2);
    return [words.slice(0, half).join(' '), words.slice(half).join(' ')];
  }
  return [text];
}

function splitHeading(r: Random, text: string, width: number): string[] {
  if (text.length < 22 || !chance(r, Math.min(0.9, text.length / width + 0.2))) return [text];
  const words = text.split(' ');
  // Typesetters break a long heading near its middle, never after a lone first word.
  const cut = Math.max(2, between(r, Math.floor(words.length / 2), Math.ceil(words.length / 2)));
  return cut >= words.length ? [text] : [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
}

export function degradePdf(markdown: string, meta: { title: string; author: string }, seed: number): Degraded {
  const r = rng(seed);
  const junk: string[] = [];
  const body: string[] = [];
  const runningHead = chance(r, 0.5) ? meta.title.toUpperCase() : meta.title;
  const footer = pick(r, RUNNING_FOOTERS);
  const blocks = parseBlocks(markdown);
  let width = between(r, 44, 72);
  let captions = between(r, 1, 3);
  let afterHeading = true;
  const ocrRate = 0.006 + r() * 0.008;
  body.push(meta.title);
  body.push('');
  const wrapOptions = (): WrapOptions => ({ width, hyphenate: 0.5, spacedTail: 0.15 });
  const damage = (text: string): string => ocrDamage(r, compoundDamage(r, straightOrCurly(r, plain(text)), 0.35), ocrRate);
  const pushWrapped = (text: string, indent = ''): void => {
    const lines = chance(r, 0.08) ? [text] : wrap(r, text, wrapOptions());
    // A caption landed between two lines of this paragraph.
    if (captions > 0 && lines.length >= 4 && chance(r, 0.25)) {
      const at = between(r, 1, lines.length - 2);
      const c = caption(r);
      const style = between(r, 0, 2);
      const inserted = style === 0 ? c.map((l) => `  ${l}`) : style === 1 ? ['', ...c, ''] : c;
      lines.splice(at, 0, ...inserted);
      junk.push(c.join(' '));
      captions--;
    }
    for (const l of lines) body.push(l ? indent + l : l);
  };
  blocks.forEach((block, i) => {
    switch (block.kind) {
      case 'heading': {
        width = between(r, 44, 72);
        if (i > 0 && chance(r, 0.5)) body.push('');
        const text = plain(block.text);
        const parts = splitHeading(r, chance(r, 0.2) ? text.toUpperCase() : text, width);
        parts.forEach((p, k) => body.push((k === 0 && chance(r, 0.5) ? ' ' : '') + p));
        if (chance(r, 0.4)) body.push('');
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
        if (afterHeading && chance(r, 0.7) && /^\p{Lu}\p{Ll}/u.test(text)) {
          // The drop cap was an image: lost, or set on a line of its own above the paragraph.
          const letter = text[0]!;
          text = text.slice(1);
          if (chance(r, 0.3)) {
            const datelineAt = body.length - (body[body.length - 1] === '' ? 2 : 1);
            if (blocks[i - 1]?.kind === 'dateline') body.splice(datelineAt, 0, letter);
            else body.push(letter);
          }
        }
        pushWrapped(text, block.kind === 'quote' && chance(r, 0.5) ? '  ' : '');
        afterHeading = false;
        break;
      }
      case 'item': {
        const marker = block.marker === '-' ? '•' : block.marker;
        const lines = wrap(r, `${marker} ${damage(block.text)}`, wrapOptions());
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
  const pageLength = between(r, 36, 48);
  const out: string[] = [];
  let page = between(r, 1, 40);
  for (let k = 0; k < body.length; k++) {
    out.push(body[k]!);
    if ((k + 1) % pageLength === 0 && k + 1 < body.length) {
      const furniture = chance(r, 0.5) ? [String(page), runningHead] : [`${footer} ${page}`.trim(), ''];
      const [a, b] = furniture;
      const lines = chance(r, 0.5) ? ['', a!, b!, ''] : [a!, b!];
      out.push(...lines.filter((l, n) => l !== '' || n === 0 || n === lines.length - 1));
      junk.push(a!);
      if (b) junk.push(b);
      page++;
    }
  }
  return { raw: out.join('\n') + '\n', junk };
}
