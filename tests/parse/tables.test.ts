import { describe, expect, it } from 'vitest';
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseCleanText } from '../../pipeline/parse/index.ts';

const FRONT = '---\ntitle: X\n---\n';
const parse = (markdown: string) => parseCleanText(markdown, { file: 'x.md', raw: `${FRONT}${markdown}`, bodyOffset: FRONT.length });

function tablesIn(node: { type: string; children?: unknown[] }): Table[] {
  if (node.type === 'table') return [node as Table];
  return (node.children ?? []).flatMap((child) => tablesIn(child as { type: string; children?: unknown[] }));
}

const cellTexts = (table: Table) => table.children.map((row) => row.children.map((cell) => toString(cell)));

describe('Markdown pipe tables', () => {
  it('parses a pipe table into rows and cells, with each column’s alignment, and says nothing', () => {
    const markdown = 'Before.\n\n| Name | Share | Votes |\n|:-----|:-----:|------:|\n| Alpha | half | 1 |\n| Beta | a third | 22 |\n\nAfter.\n';
    const { tree, diagnostics } = parse(markdown);
    expect(diagnostics).toEqual([]);
    const [table] = tablesIn(tree);
    expect(table!.align).toEqual(['left', 'center', 'right']);
    expect(cellTexts(table!)).toEqual([
      ['Name', 'Share', 'Votes'],
      ['Alpha', 'half', '1'],
      ['Beta', 'a third', '22'],
    ]);
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'table', 'paragraph']);
  });

  it('reads cells as inline Markdown: emphasis, links, code with an escaped pipe, footnote calls, and a <br>', () => {
    const markdown = 'Text.\n\n| What | Where |\n|---|---|\n| *The* **strike** | [the hall](https://example.org) |\n| `a \\| b` | a call[^1] |\n| one<br>two | x |\n\n[^1]: The note.\n';
    const { tree, diagnostics } = parse(markdown);
    expect(diagnostics).toEqual([]);
    const [table] = tablesIn(tree);
    const rows = table!.children;
    expect(rows[1]!.children[0]!.children.map((node) => node.type)).toEqual(['emphasis', 'text', 'strong']);
    expect(rows[1]!.children[1]!.children[0]).toMatchObject({ type: 'link', url: 'https://example.org' });
    expect(rows[2]!.children[0]!.children[0]).toMatchObject({ type: 'inlineCode', value: 'a | b' });
    expect(rows[2]!.children[1]!.children.map((node) => node.type)).toEqual(['text', 'footnoteReference']);
    expect(rows[3]!.children[0]!.children.map((node) => node.type)).toEqual(['text', 'break', 'text']);
  });

  it('finds one without outer pipes, in a list item and in a quotation', () => {
    const { tree, diagnostics } = parse('- A list:\n\n  a | b | c\n  :-- | :-: | --:\n  1 | 2 | 3\n\n> x | y\n> --- | ---\n> 5 | 6\n');
    expect(diagnostics).toEqual([]);
    expect(tablesIn(tree).map(cellTexts)).toEqual([
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
      [
        ['x', 'y'],
        ['5', '6'],
      ],
    ]);
  });

  it('leaves alone pipes in prose, a rule under a line, and rows that do not match the header', () => {
    const { tree, diagnostics } = parse(
      'Choose this | or that, and write it down.\n\nA heading in the old style\n---\n\n| a | b |\n|---|\n\nThe path is a|b and\n--- an aside.\n',
    );
    expect(diagnostics).toEqual([]);
    expect(tablesIn(tree)).toEqual([]);
    expect(toString(tree)).toContain('Choose this | or that');
  });

  it('warns of a table in a footnote, which print sets as running text, at its header', () => {
    const markdown = 'Text.[^1]\n\n[^1]: A note with a table:\n\n    | Year | Members |\n    |---|---|\n    | 1911 | 4,200 |\n';
    const { diagnostics } = parse(markdown);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`)).toEqual(['8:7 warning markdown/table']);
    expect(diagnostics[0]!.message).toContain('“Year | Members”');
  });
});
