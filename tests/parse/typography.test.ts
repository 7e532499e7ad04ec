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
  ])('%s → %s', (input, expected) => {
    expect(smarten(input)).toBe(expected);
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
