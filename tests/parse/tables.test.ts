import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseCleanText } from '../../pipeline/parse/index.ts';

const FRONT = '---\ntitle: X\n---\n';
const parse = (markdown: string) => parseCleanText(markdown, { file: 'x.md', raw: `${FRONT}${markdown}`, bodyOffset: FRONT.length });

describe('Markdown pipe tables', () => {
  it('warns of a pipe table at its delimiter row, keeping every cell’s text', () => {
    const markdown = 'Before.\n\n| Name | Value |\n|------|------:|\n| Alpha | 1 |\n| Beta | 22 |\n\nAfter.\n';
    const { tree, diagnostics } = parse(markdown);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`)).toEqual(['7:1 warning markdown/table']);
    expect(diagnostics[0]!.message).toContain('“| Name | Value |”');
    const text = toString(tree);
    for (const cell of ['Name', 'Value', 'Alpha', '1', 'Beta', '22', 'Before.', 'After.']) expect(text).toContain(cell);
  });

  it('finds one without outer pipes, with alignment colons, in a list item', () => {
    const { diagnostics } = parse('- A list:\n\n  a | b | c\n  :-- | :-: | --:\n  1 | 2 | 3\n');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['markdown/table']);
  });

  it('leaves alone pipes in prose, a rule under a line, and rows that do not match the header', () => {
    const { diagnostics } = parse(
      'Choose this | or that, and write it down.\n\nA heading in the old style\n---\n\n| a | b |\n|---|\n\nThe path is a|b and\n--- an aside.\n',
    );
    expect(diagnostics).toEqual([]);
  });
});
