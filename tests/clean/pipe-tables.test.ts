/** The passes that judge lines (furniture, captions, headings, joining lines) keep out of a pipe table in any profile. */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../pipeline/clean/index.ts';
import { pipeTableRanges } from '../../pipeline/clean/_pipe-tables.ts';

const TABLE = [
  '| Year | Branch | Members | Change |',
  '|:-----|:-------|--------:|:------:|',
  '| 1909 | Leeds | 1,200 | — |',
  '| 1910 | Leeds | 2,450 | +104% |',
  '| 1911 | Bradford and district, with the outly- | 4,200 | +71% |',
].join('\n');

const PROSE =
  'The branch grew fast in the years before the war, as the secretary wrote to the executive committee in a long letter that went on for several pages and was read aloud at the meeting of the whole district.';

describe('pipe tables through the cleaner', () => {
  for (const format of ['pdf-text', 'web', 'markdown'] as const) {
    it(`keeps every row of a pipe table as it is (${format})`, () => {
      const text = `# Membership\n\n${PROSE}\n\n${TABLE}\n\n${PROSE}\n`;
      const cleaned = cleanText(text, { file: 'x.md', format });
      expect(cleaned.markdown).toContain(TABLE);
      expect(cleaned.edits.filter((edit) => edit.old.includes('|') || edit.new.includes('|'))).toEqual([]);
    });
  }

  it('a row of prose right above the header row is not joined to it (pdf-text)', () => {
    const text = `# Membership\n\n${PROSE}\nas the table shows:\n${TABLE}\n`;
    const cleaned = cleanText(text, { file: 'x.md', format: 'pdf-text' });
    expect(cleaned.markdown).toContain(`as the table shows:\n${TABLE}`);
  });

  it('finds a table from the line break before its header to the one after its last row; not a pipe in prose', () => {
    const text = `Above.\n${TABLE}\n\nBelow.\n`;
    const [range] = pipeTableRanges(text);
    expect(text.slice(range!.start, range!.end)).toBe(`\n${TABLE}\n`);
    expect(pipeTableRanges('this | or that\n\nA heading\n---\n\n| a | b |\n|---|\n')).toEqual([]);
  });

  it('finds a table copied as text without a delimiter row: two rows or more with the same cells; not a lone row of links', () => {
    const bare = 'Item | 1919 | 1920 | 1921\nSalt | 4d | 6d | 9d\nBread | 9d | 10d | 1s';
    const text = `Home | News | Opinion | About\n\nThe figures follow.\n${bare}\n\nBelow.\n`;
    const ranges = pipeTableRanges(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual([`\n${bare}\n`]);
    // Rows of different widths are no table.
    expect(pipeTableRanges('a | b | c\nd | e | f | g\n')).toEqual([]);
    // Nor is one row of links set twice over (a site's header and its copy); a table repeating one of its rows is still a table.
    expect(pipeTableRanges('Start here\nDansk | English | Suomi\nDansk | English | Suomi\n\nThe piece.\n')).toEqual([]);
    const repeating = 'Coal | 2s | 2s | 3s\nCoal | 2s | 2s | 3s\nBread | 9d | 10d | 1s';
    expect(pipeTableRanges(`${repeating}\n`).map((r) => `${repeating}\n`.slice(r.start, r.end))).toEqual([`${repeating}\n`]);
  });

  it('keeps a table copied as text at the end of a web page, where a site\'s links would be', () => {
    const bare = 'Item | 1919 | 1920 | 1921\nSalt | 4d | 6d | 9d\nBread | 9d | 10d | 1s';
    const cleaned = cleanText(`${PROSE}\n\n${PROSE}\n\n${bare}\n`, { file: 'x.txt', format: 'web' });
    expect(cleaned.markdown).toContain(bare);
  });
});
