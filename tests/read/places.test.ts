/**
 * The cleaner's edits on a read file, placed back in the file read: a word of the reader's
 * Markdown is found at its page and line in a PDF, its line:column in a saved page, and its
 * paragraph in a Word file.
 */
import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { readInput } from '../../pipeline/read/index.ts';
import { placeInSource } from '../../pipeline/read/_places.ts';
import { lineStarts, placeOf } from '../../pipeline/diagnostics.ts';
import type { EditRecord } from '../../pipeline/types.ts';
import { makeDocx } from './_docx.ts';

/** An edit on `word` where it stands in `markdown` (its `nth` occurrence). */
function editAt(markdown: string, word: string, nth = 0): EditRecord {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = markdown.indexOf(word, at + 1);
  expect(at, `“${word}” in the Markdown`).toBeGreaterThanOrEqual(0);
  return { ruleId: 'test/edit', ...placeOf(lineStarts(markdown), at), old: word, new: word.toUpperCase() };
}

function pdf(): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A5', margin: 50, info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.font('Times-Roman').fontSize(10);
    const lines = [
      'The boatmen were paid by the ton carried, not by the hour, and every',
      'delay at a lock or a wharf came out of their own pockets, which they',
      'thought unjust and said so at the meeting in the basin that summer.',
    ];
    lines.forEach((line, i) => doc.text(line, 50, 60 + 13 * i, { lineBreak: false }));
    doc.text('The committee met each evening in a public house beside the basin.', 65, 60 + 13 * 3, { lineBreak: false });
    doc.addPage();
    doc.text('Horses, unlike men, could not be asked to wait for their wages, and', 50, 60, { lineBreak: false });
    doc.text('the committee bought their feed on credit from a farmer up the hill.', 50, 73, { lineBreak: false });
    doc.end();
  });
}

describe('edits placed in the file read', () => {
  it('places an edit in a PDF at the page and line its word stands on', async () => {
    const read = await readInput(await pdf(), 'p.pdf', 'pdf');
    const edits = [editAt(read.markdown, 'wharf'), editAt(read.markdown, 'summer'), editAt(read.markdown, 'public house'), editAt(read.markdown, 'farmer')];
    const placed = placeInSource(read.markdown, read.places!, edits);
    expect(placed.map((e) => e.place)).toEqual(['p1:l2', 'p1:l3', 'p1:l4', 'p2:l2']);
    expect(placed[0]).toMatchObject({ line: 1, column: 2, old: 'wharf', new: 'WHARF' });
  });

  it('places an edit in a saved page at the line:column of its word in the HTML', async () => {
    const html = [
      '<!DOCTYPE html><html><head><title>The Basin</title></head><body>',
      '<nav><a href="/">Home</a> <a href="/about">About</a></nav>',
      '<article><h1>The Basin</h1>',
      '<p>The boatmen were paid by the ton carried, not by the hour, and every delay at a lock',
      '   or a wharf came out of their own pockets.</p>',
      '<h2>The committee</h2>',
      '<p>The committee met each evening in a public house beside the basin, and its minutes survive.</p>',
      '<ul><li>Pencil minutes in a school exercise book.</li><li>A ledger of the horses’ feed.</li></ul>',
      '</article><footer>© The Society</footer></body></html>',
    ].join('\n');
    const read = await readInput(new TextEncoder().encode(html), 'basin.html', 'html');
    const edits = [editAt(read.markdown, 'wharf'), editAt(read.markdown, 'committee', 0), editAt(read.markdown, 'public house'), editAt(read.markdown, 'ledger')];
    const placed = placeInSource(read.markdown, read.places!, edits);
    const where = (word: string) => {
      const lines = html.split('\n');
      const line = lines.findIndex((l) => l.includes(word));
      return { line: line + 1, column: lines[line]!.indexOf(word) + 1 };
    };
    expect(placed.map(({ line, column }) => ({ line, column }))).toEqual([where('wharf'), where('committee</h2>'), where('public house'), where('ledger')]);
    expect(placed.every((e) => e.place === undefined)).toBe(true);
  });

  it('places an edit in a Word file at its paragraph, by number and opening words', async () => {
    const docx = makeDocx({
      blocks: [
        { runs: ['The boatmen were paid by the ton carried, not by the hour.'] },
        { style: 'Heading1', runs: ['The committee'] },
        { runs: ['The committee met each evening in a public house beside the basin.'] },
      ],
    });
    const read = await readInput(docx, 'w.docx', 'docx');
    const placed = placeInSource(read.markdown, read.places!, [editAt(read.markdown, 'public house'), editAt(read.markdown, 'hour')]);
    expect(placed.map((e) => e.place)).toEqual(['¶3 “The committee met each evening in…”', '¶1 “The boatmen were paid by the…”']);
  });

  it('leaves edits where they are when the Markdown is not the one the reader made', async () => {
    const read = await readInput(await pdf(), 'p.pdf', 'pdf');
    const other = `# A heading\n\n${read.markdown}`;
    const edit = editAt(other, 'wharf');
    expect(placeInSource(other, read.places!, [edit])).toEqual([edit]);
  });
});
