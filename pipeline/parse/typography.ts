import type { Root, Text, Parent, RootContent } from 'mdast';

/**
 * Typography to Standard Ebooks' standard, on mdast text nodes (never on serialized markup):
 * curly quotes and apostrophes (elisions such as ’90s included), unspaced em dashes,
 * en dashes in number ranges, ellipses, and no-break spaces where a line must not break.
 *
 * Quotes are decided from the characters on both sides, which may sit in neighbouring
 * text nodes (`"*word*"`), so each block's text nodes are processed as one run.
 */
export function typographyPlugin() {
  return (tree: Root): void => {
    for (const run of textRuns(tree)) applyToRun(run);
  };
}

const NBSP = '\u00A0';
/** Block containers whose inline content forms one run of text. */
const RUN_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline nodes whose text must stay as written. */
const VERBATIM = new Set(['inlineCode', 'code', 'html', 'math', 'inlineMath']);

function textRuns(tree: Root): Text[][] {
  const runs: Text[][] = [];
  const visit = (node: Root | RootContent): void => {
    if (RUN_BLOCKS.has(node.type)) {
      const run: Text[] = [];
      collectTexts(node as Parent, run);
      runs.push(run);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return runs;
}

function collectTexts(node: Parent, into: Text[]): void {
  for (const child of node.children) {
    if (child.type === 'text') into.push(child);
    else if (VERBATIM.has(child.type)) into.push({ type: 'text', value: '\uFFFC' }); // an opaque object boundary
    else if ('children' in child) collectTexts(child as Parent, into);
  }
}

function applyToRun(run: Text[]): void {
  if (run.length === 0) return;
  // Join with a marker that no rule matches across, then split back into the same nodes.
  const SEP = '\u0000';
  const joined = run.map((t) => t.value).join(SEP);
  const out = smarten(joined);
  const parts = out.split(SEP);
  if (parts.length !== run.length) return; // a rule swallowed a boundary: keep the text as written
  run.forEach((node, i) => {
    if (node.value !== '\uFFFC') node.value = parts[i]!;
  });
}

/** Exported for tests: the string-level rules, applied to one block's text. */
export function smarten(input: string): string {
  let s = input;
  s = s.replace(/\.\s?\.\s?\./g, '…');
  // Dashes used as punctuation: spaced hyphen, spaced en or em dash, double hyphen → unspaced em dash.
  s = s.replace(/(\S)[ \t]*---?[ \t]*(?=\S)/g, (m, before: string) => (m.includes('--') ? `${before}—` : m));
  s = s.replace(/(\S) +[-–—] +(?=\S)/g, '$1—');
  s = s.replace(/(\S)—[ \t]+(?=\S)/g, '$1—').replace(/(\S)[ \t]+—(?=\S)/g, '$1—');
  // Number ranges: 1918-21, 1936–38, pages 10-12.
  s = s.replace(/\b(\d{1,4})-(\d{1,4})\b(?!-)/g, (m, a: string, b: string) =>
    a.length === 4 && b.length <= 4 && !/^\d{4}-\d{2}-\d{2}$/.test(m) ? `${a}–${b}` : m,
  );
  s = smartQuotes(s);
  // No-break space after honorifics and initials, and before a number's unit of percent.
  s = s.replace(/\b(Mr|Mrs|Ms|Dr|St|Prof)\. (?=[A-Z])/g, `$1.${NBSP}`);
  s = s.replace(/(\d) (%|per cent)/g, `$1${NBSP}$2`);
  return s;
}

const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013/-]/u;
/** Words that begin with an elision apostrophe. */
const ELISIONS = /^(tis|twas|em|n|cause|til|bout|round|s)\b/i;

function smartQuotes(s: string): string {
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c !== "'" && c !== '"' && c !== '‘') continue;
    const prev = neighbour(chars, i, -1);
    const next = neighbour(chars, i, 1);
    const atOpening = OPENING_CONTEXT.test(prev);
    if (c === '"') {
      chars[i] = atOpening && !/\s/.test(next) ? '“' : '”';
      continue;
    }
    if (c === '‘') {
      // A left quote before a decade is an elision typed the wrong way round: ‘20s → ’20s.
      if (/\d/.test(next) && /^\d\ds\b/.test(chars.slice(i + 1, i + 5).join(''))) chars[i] = '’';
      continue;
    }
    // Straight single quote.
    if (LETTER.test(prev) && LETTER.test(next)) chars[i] = '’'; // don't, workers's
    else if (atOpening && /\d/.test(next) && /^\d\ds\b/.test(chars.slice(i + 1, i + 5).join(''))) chars[i] = '’'; // ’90s
    else if (atOpening && ELISIONS.test(chars.slice(i + 1, i + 8).join('')) && !hasClosingSingle(chars, i)) chars[i] = '’';
    else if (atOpening && !/\s/.test(next)) chars[i] = '‘';
    else chars[i] = '’';
  }
  return chars.join('');
}

/** The character beside `i`, looking through node boundaries (U+0000); a space beyond either end. */
function neighbour(chars: string[], i: number, step: 1 | -1): string {
  for (let j = i + step; j >= 0 && j < chars.length; j += step) if (chars[j] !== '\u0000') return chars[j]!;
  return ' ';
}

/** Whether an opening single quote at `i` is closed later in the same run (then it is a quote, not an elision). */
function hasClosingSingle(chars: string[], i: number): boolean {
  for (let j = i + 1; j < chars.length; j++) {
    if ((chars[j] === "'" || chars[j] === '’') && !LETTER.test(chars[j + 1] ?? ' ')) return true;
  }
  return false;
}
