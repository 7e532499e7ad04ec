import { describe, expect, it } from 'vitest';
import { readInput } from '../../pipeline/read/index.ts';
import { makeDocx } from './_docx.ts';

describe('readDocx', () => {
  const bytes = makeDocx({
    title: 'On the Boats',
    creator: 'Ann Smith',
    created: '2020-02-03T10:00:00Z',
    blocks: [
      { style: 'Title', runs: ['On the Boats'] },
      { runs: ['The boatmen were paid by the ton, ', { text: 'not', italic: true }, ' by the hour.', { footnote: 'Minutes of the strike committee, 1911.' }] },
      { style: 'Heading1', runs: ['The first week'] },
      { runs: ['The committee met each evening.'] },
      { style: 'Heading2', runs: ['The horses'] },
      { runs: ['Horses, unlike men, could not wait for their wages.', { footnote: 'A saying of the time.' }] },
    ],
  });

  it('keeps heading styles, italics and footnotes', async () => {
    const read = await readInput(bytes, 'boats.docx', 'docx');
    expect(read.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(read.markdown).toBe(
      [
        'The boatmen were paid by the ton, *not* by the hour.[^1]',
        '',
        '## The first week',
        '',
        'The committee met each evening.',
        '',
        '### The horses',
        '',
        'Horses, unlike men, could not wait for their wages.[^2]',
        '',
        '[^1]: Minutes of the strike committee, 1911.',
        '',
        '[^2]: A saying of the time.',
        '',
      ].join('\n'),
    );
  });

  it('takes title, author and date from the document properties', async () => {
    const read = await readInput(bytes, 'boats.docx', 'docx');
    expect(read.meta).toEqual({ title: 'On the Boats', author: 'Ann Smith', date: '2020-02-03' });
    expect(read.metaOrigins.author).toBe('document properties');
  });

  it('keeps a first heading that is not the title', async () => {
    const read = await readInput(makeDocx({ title: 'Other', blocks: [{ style: 'Heading1', runs: ['Opening'] }, { runs: ['Text.'] }] }), 'x.docx', 'docx');
    expect(read.markdown).toBe('## Opening\n\nText.\n');
  });
});
