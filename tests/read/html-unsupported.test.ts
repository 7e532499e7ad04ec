/** A saved page with a table or struck-through text: every word reaches the Markdown, and the report says how it was set. */
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { readInput } from '../../pipeline/read/index.ts';

const words = 'The strike committee met every evening in the back room of the hall, and its minutes survive. ';
const page = (inner: string) =>
  `<!doctype html><html><head><title>Minutes</title></head><body><article><h1>Minutes</h1><p>${words.repeat(4)}</p>${inner}<p>${words.repeat(3)}</p></article></body></html>`;

describe('the HTML reader on what the book’s Markdown does not carry', () => {
  it('a table becomes a list of its rows, every cell kept, with a warning', async () => {
    const read = await readInput(strToU8(page('<table><tr><th>Year</th><th>Members</th></tr><tr><td>1911</td><td>4,200</td></tr></table>')), 'p.html', 'html');
    expect(read.markdown).toContain('- Year · Members');
    expect(read.markdown).toContain('- 1911 · 4,200');
    expect(read.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'html/table', severity: 'warning' }));
  });

  it('struck-through text is kept as plain text', async () => {
    for (const tag of ['s', 'del', 'strike']) {
      const read = await readInput(strToU8(page(`<p>The fee was <${tag}>ten</${tag}> twelve shillings.</p>`)), 'p.html', 'html');
      expect(read.markdown, tag).toContain('The fee was ten twelve shillings.');
      expect(read.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'html/strikethrough' }));
    }
  });
});
