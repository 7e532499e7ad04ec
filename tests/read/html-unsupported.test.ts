/** A saved page with a table or struck-through text: every word reaches the Markdown, and the report says how it was set. */
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readInput } from '../../pipeline/read/index.ts';
import { parseMarkdown } from '../../pipeline/parse/index.ts';
import { tableCaption } from '../../pipeline/parse/_tables.ts';
import { makeDocx } from './_docx.ts';

const words = 'The strike committee met every evening in the back room of the hall, and its minutes survive. ';
const page = (inner: string) =>
  `<!doctype html><html><head><title>Minutes</title></head><body><article><h1>Minutes</h1><p>${words.repeat(4)}</p>${inner}<p>${words.repeat(3)}</p></article></body></html>`;

/** The tables of Markdown as the book's parser reads it, as rows of cell texts. */
function tablesOf(markdown: string): Table[] {
  return parseMarkdown(markdown).children.filter((node): node is Table => node.type === 'table');
}
const cells = (table: Table) => table.children.map((row) => row.children.map((cell) => toString(cell)));

describe('the HTML reader on tables', () => {
  it('a simple table becomes a pipe table: header row, cells with inline markup, an escaped pipe, a line break, the caption', async () => {
    const table =
      '<table><caption>Members by year</caption><thead><tr><th>Year</th><th>Members</th></tr></thead><tbody><tr><td>1911</td><td>4,200</td></tr><tr><td>a|b <em>c</em></td><td>one<br>two</td></tr></tbody></table>';
    const read = await readInput(strToU8(page(table)), 'p.html', 'html');
    expect(read.diagnostics.filter((d) => d.ruleId === 'html/table')).toEqual([]);
    expect(read.edits).toEqual([]);
    expect(read.markdown).toContain('| a\\|b *c* | one<br>two |');
    const [parsed] = tablesOf(read.markdown);
    expect(cells(parsed!)).toEqual([
      ['Year', 'Members'],
      ['1911', '4,200'],
      ['a|b c', 'onetwo'],
    ]);
    expect(parsed!.children[2]!.children[1]!.children.map((node) => node.type)).toEqual(['text', 'break', 'text']);
    expect(toString({ type: 'paragraph', children: tableCaption(parsed!) ?? [] })).toBe('Members by year');
  });

  it('a table with merged cells or a list in a cell stays a list of its rows, every word kept, with a warning that says why', async () => {
    const merged = await readInput(strToU8(page('<table><tr><th>Year</th><th>Members</th></tr><tr><td colspan="2">All the branches</td></tr></table>')), 'p.html', 'html');
    expect(merged.markdown).toContain('- Year · Members');
    expect(merged.markdown).toContain('- All the branches');
    expect(merged.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'html/table', severity: 'warning', message: expect.stringContaining('merged cells') }));
    const listed = await readInput(strToU8(page('<table><tr><th>Year</th><th>Demands</th></tr><tr><td>1911</td><td><ul><li>bread</li><li>roses</li></ul></td></tr></table>')), 'p.html', 'html');
    expect(listed.markdown).toContain('- 1911 · bread roses');
    expect(listed.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'html/table', message: expect.stringContaining('a list inside a cell') }));
    expect(tablesOf(listed.markdown)).toEqual([]);
  });

  it('struck-through text stays struck through (inline <del>, read back as a delete node), and the report quotes it', async () => {
    for (const tag of ['s', 'del', 'strike']) {
      const read = await readInput(strToU8(page(`<p>The fee was <${tag}>ten</${tag}> twelve shillings.</p>`)), 'p.html', 'html');
      expect(read.markdown, tag).toContain('The fee was <del>ten</del> twelve shillings.');
      const paragraph = parseMarkdown(read.markdown).children.find((node) => toString(node).includes('The fee was'));
      expect(paragraph?.type).toBe('paragraph');
      const struck = paragraph?.type === 'paragraph' ? paragraph.children.filter((child) => child.type === 'delete') : [];
      expect(struck.map((node) => toString(node)), tag).toEqual(['ten']);
      expect(toString(paragraph!)).toBe('The fee was ten twelve shillings.');
      expect(read.diagnostics).toContainEqual(
        expect.objectContaining({ ruleId: 'html/strikethrough', severity: 'info', message: expect.stringContaining('1 place (“ten”) set struck through') }),
      );
    }
    const many = await readInput(strToU8(page('<p>A <s>b</s> c <s>d e</s> f <del>g</del> h <s>i</s>.</p>')), 'p.html', 'html');
    expect(many.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'html/strikethrough', message: expect.stringContaining('4 places (“b”, “d e”, “g” …)') }));
  });
});

describe('the Word reader on tables', () => {
  it('a table with a header row becomes a pipe table; a cell’s two paragraphs are kept apart by a line break', async () => {
    const bytes = makeDocx({
      blocks: [
        { runs: ['The branch grew fast in the years before the war.'] },
        { table: { headerRow: true, rows: [['Year', 'Members'], ['1911', '4,200'], ['1912', ['5,100', 'after the strike']]] } },
        { runs: ['After the table.'] },
      ],
    });
    const read = await readInput(bytes, 'x.docx', 'docx');
    expect(read.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const [table] = tablesOf(read.markdown);
    expect(cells(table!)).toEqual([
      ['Year', 'Members'],
      ['1911', '4,200'],
      ['1912', '5,100after the strike'],
    ]);
    expect(read.markdown).toContain('| 1912 | 5,100<br>after the strike |');
  });

  it('a table without a header row gets an empty one (left out by the renderers); merged cells fall back to a list', async () => {
    const bytes = makeDocx({
      blocks: [
        { table: { rows: [['1911', '4,200'], ['1912', '5,100']] } },
        { table: { headerRow: true, rows: [['Year', 'Members'], [{ text: 'All the branches', span: 2 }]] } },
      ],
    });
    const read = await readInput(bytes, 'x.docx', 'docx');
    const [table] = tablesOf(read.markdown);
    expect(cells(table!)).toEqual([
      ['', ''],
      ['1911', '4,200'],
      ['1912', '5,100'],
    ]);
    expect(read.markdown).toContain('- All the branches');
    expect(read.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'html/table', message: expect.stringContaining('merged cells') }));
  });
});
