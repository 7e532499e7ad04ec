/**
 * Adversarial shapes for the cleaner and the readers: long runs of one character, deep
 * nesting, many blank lines, long lines without spaces, and repetitions that make a
 * backtracking regular expression try every split. Shared by the fuzz tests (a short run in
 * CI) and `npm run fuzz` (minutes, seed printed).
 */
import fc from 'fast-check';

/** Characters that regular expressions over raw text treat specially. */
export const RUN_CHARACTERS = [
  ' ', '\n', '\t', '\u00a0', '-', '—', '–', '*', '_', '#', '>', '.', ',', ':', ';', '!', '?', '"', "'", '“', '’', '(', '[', '<', '|', '\\', '/', '=', '0', '1', 'a', 'A', 'I', 'é', '·', '…',
] as const;

/** Units that, repeated, build the shapes the passes look for: lists, quotes, headings, hyphen ends, page furniture. */
export const UNITS = [
  '> ', '- ', '* ', '1. ', '  - a\n', '*a ', '_b ', '**', '[', '](', '![', '<div>', '</div>', '<p>', '&amp;', '&#', '\n', '\n\n', '\n\n\n\n',
  'a-\n', 'word-\n', 'Word ', 'WORD\n', 'A WORD IN CAPITALS\n', 'I.\n', 'IV. ', '12\n\n', '\n\n12\n\n', 'Page 3 of 9\n', 'Aa. ', 'ab', 'a b ', ' \u00a0',
  'Share this\n', 'Read more: ', 'Posted by ', 'Photo: ', 'http://', 'www.', '@', '#tag ', '…', '...', '—', ' - ', '“', '”', "'", 'x'.repeat(60) + '\n',
  'The Title Of A Chapter\n', 'the end of a sentence.\n', 'a line that runs on\n', '    indented\n', '\t', '| a | b |\n', '```\n', '---\n', '***\n',
] as const;

export interface Shape {
  name: string;
  /** The text at size `n` (roughly n units or characters). */
  make(n: number): string;
}

/** Deterministic shapes, each at any size, for the linear-time check. */
export function fixedShapes(): Shape[] {
  const shapes: Shape[] = [];
  for (const c of RUN_CHARACTERS) shapes.push({ name: `run of ${JSON.stringify(c)}`, make: (n) => `Text.\n\n${c.repeat(n)}\n\nText.\n` });
  for (const u of UNITS) shapes.push({ name: `repeated ${JSON.stringify(u)}`, make: (n) => `Text.\n\n${u.repeat(Math.max(1, Math.floor(n / u.length)))}\n\nText.\n` });
  shapes.push(
    { name: 'alternating words and hyphens', make: (n) => `${'a-'.repeat(n / 2)}!` },
    { name: 'many short lines', make: (n) => 'a\n'.repeat(n / 2) },
    { name: 'many blank lines between words', make: (n) => 'word\n\n\n'.repeat(n / 7) },
    { name: 'capitalised lines (heading-like)', make: (n) => 'A Heading Of Some Words\n'.repeat(n / 24) },
    { name: 'one paragraph, no breaks', make: (n) => 'word '.repeat(n / 5) },
    { name: 'long line without spaces', make: (n) => `Text.\n\n${'abcdefghij'.repeat(n / 10)}\n` },
    { name: 'nested quotes', make: (n) => `${'> '.repeat(n / 2)}deep\n` },
    { name: 'nested parentheses', make: (n) => `${'('.repeat(n / 2)}${')'.repeat(n / 2)}` },
    { name: 'sentence without end', make: (n) => `${'and then '.repeat(n / 9)}` },
    { name: 'wrapped page with folios', make: (n) => Array.from({ length: n / 60 }, (_, i) => (i % 30 === 29 ? `\n\n${i}\n\nRUNNING HEAD\n\n` : 'a hard-wrapped line of a page from a pdf ex-\n')).join('') },
  );
  return shapes;
}

/** Random mixtures of units and runs, for the property runs. */
export function arbitraryText(maxUnits = 400): fc.Arbitrary<string> {
  const unit = fc.oneof(
    fc.constantFrom(...UNITS),
    fc.tuple(fc.constantFrom(...RUN_CHARACTERS), fc.integer({ min: 1, max: 300 })).map(([c, n]) => c.repeat(n)),
    fc.string({ maxLength: 40 }),
    fc.lorem({ maxCount: 12 }),
  );
  return fc.array(unit, { maxLength: maxUnits, size: 'large' }).map((units) => units.join(''));
}

const TAGS = ['div', 'p', 'span', 'article', 'section', 'nav', 'aside', 'h1', 'h2', 'ul', 'li', 'table', 'tr', 'td', 'a', 'em', 'script', 'style', 'iframe', 'svg', 'img', 'br'];
/** Saved pages: tags opened and closed at random around the text shapes, with the usual hostile attributes. */
export const arbitraryHtml = fc
  .array(
    fc.oneof(
      arbitraryText(20),
      fc.constantFrom(...TAGS).map((t) => `<${t}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc.constantFrom('<a href="javascript:x">', '<img src="https://x/y.png">', '<link rel=stylesheet href=//x>', '<!--', '-->', '<![CDATA[', '&#x', '<script type="application/ld+json">{"@type":"Article","author":'),
    ),
    { maxLength: 300, size: 'large' },
  )
  .map((parts) => `<!doctype html><html><head><title>t</title></head><body>${parts.join('')}</body></html>`);

/**
 * Milliseconds of CPU this process spent since `start` (from `cpuMs()`): the time budgets are
 * on CPU, not the wall clock, since a shared machine under load stretches the wall clock
 * tenfold while the work stays the same.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
