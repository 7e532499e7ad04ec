import { describe, expect, it } from 'vitest';
import type { Paragraph, Text, Emphasis, InlineCode } from 'mdast';
import { parseMarkdown } from '../../pipeline/parse/index.ts';
import { smarten } from '../../pipeline/parse/typography.ts';

describe('typography', () => {
  it.each([
    ['"It is," he said', '“It is,” he said'],
    ["the workers' state and don't", 'the workers’ state and don’t'],
    ["in the '90s and the ‘20s", 'in the ’90s and the ’20s'],
    ["'Terminator' engineering", '‘Terminator’ engineering'],
    ['Stalinism - the programme', 'Stalinism—the programme'],
    ['for – one which', 'for—one which'],
    ['the past — history', 'the past—history'],
    ['wait -- no', 'wait—no'],
    ['the civil war (1918-21) and 1936-38', 'the civil war (1918–21) and 1936–38'],
    ['a date 2003-03-07 stays', 'a date 2003-03-07 stays'],
    ['self-liquidate and hard-line', 'self-liquidate and hard-line'],
    ['and so on...', 'and so on…'],
    ['Dr. Smith', 'Dr.\u00A0Smith'],
    ['60 per cent', '60\u00A0per cent'],
    // Addresses a reader copies stay as typed; the prose around them is set as before.
    ['See https://example.org/minutes-1911-1912.pdf, minutes of 1911-1912.', 'See https://example.org/minutes-1911-1912.pdf, minutes of 1911–1912.'],
    ['"https://x.org/find?q=\'x\'" he said', '“https://x.org/find?q=\'x\'” he said'],
    ["'www.example.org/a--b...c/'", '‘www.example.org/a--b...c/’'],
    ['(see http://x.org/wiki/Foo_(bar)).', '(see http://x.org/wiki/Foo_(bar)).'],
    ["write to o'brien@example.org or 'info-1911-1912@x.org'", 'write to o\'brien@example.org or ‘info-1911-1912@x.org’'],
    ['open ~/notes/1911-1912.txt or /srv/a--b/1911-1912', 'open ~/notes/1911-1912.txt or /srv/a--b/1911-1912'],
    ['C:\\Minutes\\1911-1912.doc and minutes-1911-1912.pdf...', 'C:\\Minutes\\1911-1912.doc and minutes-1911-1912.pdf…'],
    ['v1.2.3, 5.15.0-1911 and 2.0.1-beta', 'v1.2.3, 5.15.0-1911 and 2.0.1-beta'],
    ['the 2024-01 issue, 2024-01-05, 1999-00 and 1910-11', 'the 2024-01 issue, 2024-01-05, 1999–00 and 1910–11'],
    // Numbers that are no range keep their hyphens: phone numbers, ISBNs, a leading zero.
    ['pages 1020-1045; call 020-7946-0958 or 0161-1234; ISBN 978-1-4028-9462-6', 'pages 1020–1045; call 020-7946-0958 or 0161-1234; ISBN 978-1-4028-9462-6'],
    // Apostrophes a reader sees as such, and measures in primes.
    ["rock 'n' roll, fish ‘n’ chips, O'Brien, the '90s", 'rock ’n’ roll, fish ’n’ chips, O’Brien, the ’90s'],
    [`he was 5'10" tall, 6' 2", at 45°30'15" north`, 'he was 5′10″ tall, 6′ 2″, at 45°30′15″ north'],
    [`"I was 12" she said, 'or 6'`, '“I was 12” she said, ‘or 6’'],
    ['x * y and 1/2 and 3/4', 'x * y and 1/2 and 3/4'],
    // Long command-line options are typed, not dashes; a double hyphen between or before words is one.
    ['build with --no-cache or --out=dist/book -- then look', 'build with --no-cache or --out=dist/book—then look'],
    ['("--dry-run") and lies--and wait --then', '(“--dry-run”) and lies—and wait—then'],
  ])('%s → %s', (input, expected) => {
    expect(smarten(input)).toBe(expected);
  });

  it('keeps URLs as typed in link text, autolinks, footnotes and code, and still sets the prose', () => {
    const markdown = [
      'The <https://example.org/minutes-1911-1912.pdf> and [https://example.org/a--b...](https://example.org/a--b...) of 1911-1912.[^1] Run `git log --oneline`.',
      '',
      "[^1]: At www.example.org/?q='1911-1912' -- \"ask\".",
      '',
    ].join('\n');
    const texts: string[] = [];
    const walk = (node: { type: string; value?: string; children?: unknown[] }): void => {
      if (node.type === 'text' || node.type === 'inlineCode') texts.push(node.value!);
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(parseMarkdown(markdown));
    const text = texts.join('|');
    expect(text).toContain('|https://example.org/minutes-1911-1912.pdf|');
    expect(text).toContain('|https://example.org/a--b...|');
    expect(text).toContain(' of 1911–1912.');
    expect(text).toContain('|git log --oneline|');
    expect(text).toContain("At www.example.org/?q='1911-1912'—“ask”.");
  });

  it('leaves an asterisk between spaces and a fraction as typed', () => {
    const paragraph = parseMarkdown('Then x * y * z, and 1/2 of it.\n').children[0] as Paragraph;
    expect(paragraph.children).toEqual([expect.objectContaining({ type: 'text', value: 'Then x * y * z, and 1/2 of it.' })]);
  });

  it('decides quotes across inline nodes and leaves code alone', () => {
    const tree = parseMarkdown('"*Yes*", he said, `it\'s "raw"` isn\'t it\n');
    const paragraph = tree.children[0] as Paragraph;
    const [open, emphasis, rest, code, tail] = paragraph.children as [Text, Emphasis, Text, InlineCode, Text];
    expect(open.value).toBe('“');
    expect((emphasis.children[0] as Text).value).toBe('Yes');
    expect(rest.value).toBe('”, he said, ');
    expect(code.value).toBe('it\'s "raw"');
    expect(tail.value).toBe(' isn’t it');
  });
});
