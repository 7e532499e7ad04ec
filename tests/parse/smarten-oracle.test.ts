import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { smarten } from '../../pipeline/parse/typography.ts';
import { verbatimSpans } from '../../pipeline/urls.ts';

/**
 * The typography rules as first written, every rule on every text and the quotes decided over
 * an array of code points: the oracle for the faster smarten, which must give the same text.
 * Addresses (what pipeline/urls.ts finds: URLs, e-mail addresses, paths, file names, versions)
 * are kept as typed: each is swapped for its own private-use character, which no rule changes
 * and which, like the address's ends, is neither a letter nor an opening, and swapped back after.
 */
function reference(input: string): string {
  const spans = verbatimSpans(input);
  let masked = input;
  for (let i = spans.length - 1; i >= 0; i--) {
    const [start, end] = spans[i]!;
    masked = masked.slice(0, start) + String.fromCharCode(0xe100 + i) + masked.slice(end);
  }
  const out = referenceRules(masked);
  return out.replace(/[\uE100-\uE1FF]/g, (c) => input.slice(...spans[c.charCodeAt(0) - 0xe100]!));
}

/** A range: it ends after it starts (1999-00 across a century), not an ISO month (2024-01) or a number with a leading zero. */
function numberRange(a: string, b: string): boolean {
  if (a.length !== 4 || a[0] === '0') return false;
  const end = Number(a.slice(0, 4 - b.length) + b);
  const month = b.length === 2 && Number(b) >= 1 && Number(b) <= 12;
  return end > Number(a) || (b.length === 2 && !month && end + 100 > Number(a));
}

function referenceRules(input: string): string {
  let s = input;
  s = s.replace(/\.\s?\.\s?\./g, '…');
  s = s.replace(/(\S)[ \t]*---?[ \t]*(?=\S)/g, (m, before: string) => (m.includes('--') ? `${before}—` : m));
  s = s.replace(/(\S) +[-–—] +(?=\S)/g, '$1—');
  s = s.replace(/(\S)—[ \t]+(?=\S)/g, '$1—').replace(/(\S)[ \t]+—(?=\S)/g, '$1—');
  s = s.replace(/(?<!\d[-–])\b(\d{1,4})-(\d{1,4})\b(?!-)/g, (m, a: string, b: string) => (numberRange(a, b) ? `${a}–${b}` : m));
  s = s.replace(/(\d)'([ \u00A0]?\d{1,2}(?:\.\d+)?)"/g, '$1′$2″');
  s = s.replace(/(\p{L}[ \u00A0])['‘]n['’](?=[ \u00A0]\p{L})/gu, '$1’n’');
  s = referenceQuotes(s);
  s = s.replace(/\b(Mr|Mrs|Ms|Dr|St|Prof)\. (?=[A-Z])/g, '$1.\u00A0');
  s = s.replace(/(\d) (%|per cent)/g, '$1\u00A0$2');
  return s;
}

const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013/-]/u;
const ELISIONS = /^(tis|twas|em|n|cause|til|bout|round|s)\b/i;

function referenceQuotes(s: string): string {
  const chars = [...s];
  const neighbour = (i: number, step: 1 | -1): string => {
    for (let j = i + step; j >= 0 && j < chars.length; j += step) if (chars[j] !== '\u0000') return chars[j]!;
    return ' ';
  };
  const hasClosingSingle = (i: number): boolean => {
    for (let j = i + 1; j < chars.length; j++) if ((chars[j] === "'" || chars[j] === '’') && !LETTER.test(chars[j + 1] ?? ' ')) return true;
    return false;
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c !== "'" && c !== '"' && c !== '‘') continue;
    const prev = neighbour(i, -1);
    const next = neighbour(i, 1);
    const atOpening = OPENING_CONTEXT.test(prev);
    const decade = /\d/.test(next) && /^\d\ds\b/.test(chars.slice(i + 1, i + 5).join(''));
    if (c === '"') chars[i] = atOpening && !/\s/.test(next) ? '“' : '”';
    else if (c === '‘') chars[i] = decade ? '’' : c;
    else if (LETTER.test(prev) && LETTER.test(next)) chars[i] = '’';
    else if (atOpening && decade) chars[i] = '’';
    else if (atOpening && ELISIONS.test(chars.slice(i + 1, i + 8).join('')) && !hasClosingSingle(i)) chars[i] = '’';
    else if (atOpening && !/\s/.test(next)) chars[i] = '‘';
    else chars[i] = '’';
  }
  return chars.join('');
}

const PIECES = [
  "'", '"', '‘', '’', '“', '”', ' ', '\t', '\n', '\u0000', '\u00A0', 'a', 'B', 'é', 'Ж', '2', '0', '9', '(', '[', '{', '—', '–', '/', '-', '--', '.', '...', ', ',
  '%', ' per cent', 'Mr. ', 'Dr. X', '😀', '𝟘', '\uD800', '\uDC00', 'tis', 'twas', 'em', 'n', 'cause', 'til', 'bout', 'round', 's', '20s', '90s', "don't", '1918-21', ' - ',
  // Addresses and what sits in them: schemes, hosts, paths, e-mail, file names, versions, dates.
  'https://', 'www.', 'mailto:', 'x.org', '/', '~/', './', 'C:\\', '@', 'a@b.cd', "o'b@x.io", '.pdf', 'v1.2', '1.2.3', '1911-1912', '2024-01', '1999-00', '?q=', ')', '\uFDD0',
  // Measures, chains of numbers and the elided "and".
  "5'10\"", "'", '1020-1045', '0161-1234', '7946-0958', '978-1-4028-9462-6', '2024-01-05', " 'n' ", "rock 'n' roll", ' ‘n’ ', '°',
];

describe('smarten', () => {
  it('gives what the rules as first written give, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(smarten(text)).toBe(reference(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('keeps every address as typed, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const out = smarten(text);
        let from = 0;
        for (const [start, end] of verbatimSpans(text)) {
          const at = out.indexOf(text.slice(start, end), from);
          expect(at, `${JSON.stringify(text.slice(start, end))} in ${JSON.stringify(out)}`).toBeGreaterThanOrEqual(from);
          from = at + end - start;
        }
      }),
      { numRuns: 5000 },
    );
  });
});
