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

  it('takes title and author from the document properties, never the date the file was made', async () => {
    const read = await readInput(bytes, 'boats.docx', 'docx');
    expect(read.meta).toEqual({ title: 'On the Boats', author: 'Ann Smith' });
    expect(read.metaOrigins.author).toBe('document properties');
  });

  it('takes no author from an account name Word wrote in the properties', async () => {
    for (const creator of ['Microsoft Office User', 'User', 'admin']) {
      const read = await readInput(makeDocx({ title: 'On the Boats', creator, blocks: [{ runs: ['The boatmen were paid by the ton.'] }] }), 'boats.docx', 'docx');
      expect(read.meta, creator).toEqual({ title: 'On the Boats' });
    }
  });

  it("takes a Subtitle paragraph under the Title as the piece's subtitle, and keeps its words", async () => {
    const read = await readInput(
      makeDocx({ title: 'On the Boats', blocks: [{ style: 'Title', runs: ['On the Boats'] }, { style: 'Subtitle', runs: ['The strike of 1911'] }, { runs: ['The boatmen were paid by the ton.'] }] }),
      'boats.docx',
      'docx',
    );
    expect(read.meta.subtitle).toBe('The strike of 1911');
    expect(read.markdown).toBe('*The strike of 1911*\n\nThe boatmen were paid by the ton.\n');
  });

  it('keeps a first heading that is not the title', async () => {
    const read = await readInput(makeDocx({ title: 'Other', blocks: [{ style: 'Heading1', runs: ['Opening'] }, { runs: ['Text.'] }] }), 'x.docx', 'docx');
    expect(read.markdown).toBe('## Opening\n\nText.\n');
  });

  it('keeps a quotation set apart, leaves no empty link for a bookmark, and lists no kept paragraph as left out', async () => {
    const read = await readInput(
      makeDocx({
        blocks: [
          { runs: ['The boatmen were paid by the ton, not by the hour.', { footnote: 'Minutes of the strike committee, 1911.' }, ' The committee met each evening.'] },
          { style: 'Heading1', runs: [{ bookmark: '_Toc1' }, 'The first week'] },
          { style: 'Quote', runs: ['We will not work for less than the horses are fed.'] },
          { runs: [{ bookmark: '_GoBack' }, 'Horses, unlike men, could not wait for their wages.'] },
        ],
      }),
      'boats.docx',
      'docx',
    );
    expect(read.markdown).toBe(
      [
        'The boatmen were paid by the ton, not by the hour.[^1] The committee met each evening.',
        '',
        '## The first week',
        '',
        '> We will not work for less than the horses are fed.',
        '',
        'Horses, unlike men, could not wait for their wages.',
        '',
        '[^1]: Minutes of the strike committee, 1911.',
        '',
      ].join('\n'),
    );
    expect(read.edits).toEqual([]);
  });

  it('takes the author’s name alone under the title as the byline, not as the opening paragraph', async () => {
    const read = await readInput(
      makeDocx({
        title: 'On the Boats',
        creator: 'Ann Smith',
        blocks: [{ style: 'Title', runs: ['On the Boats'] }, { runs: ['by Ann Smith'] }, { runs: ['The boatmen were paid by the ton.'] }, { runs: ['A. Smith'] }],
      }),
      'boats.docx',
      'docx',
    );
    expect(read.markdown).toBe('The boatmen were paid by the ton.\n\nA. Smith\n');
    expect(read.edits).toEqual([expect.objectContaining({ ruleId: 'html/byline', old: 'by Ann Smith', place: '¶2 “by Ann Smith”' })]);
  });
});

