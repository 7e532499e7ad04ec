/**
 * The PDF reader on the last page of a two-column text, where the right column holds a few
 * lines only: still two columns, read one after the other, never line by line across the gutter.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../pipeline/read/pdf/index.ts';
import { hasPdflatex, runPdflatex } from '../../eval/readers/_latex.ts';

const SENTENCES = [
  'The estuary was crossed on foot at low water for centuries, and the guides who led travellers over the sands knew every channel by the colour of the water above it.',
  'Their knowledge was handed down in families and rarely written, which is why so little of it survives in the record offices of the two counties.',
  'A traveller who set out without a guide risked the quicksands by the river mouth, and the parish registers record the burials of those who did.',
  'The guides were paid by the county, and the accounts show a salary that changed little between the reign of Anne and the coming of the railway.',
];
const paragraph = (n: number): string => [0, 1, 2, 3].map((k) => SENTENCES[(n + k) % SENTENCES.length]).join(' ');
const LEFT = [0, 1, 2].map(paragraph);
const RIGHT = [SENTENCES[2]!];

function source(): string {
  return [
    '\\documentclass[10pt,twocolumn]{article}',
    '\\pagestyle{empty}',
    '\\begin{document}',
    ...LEFT.flatMap((p) => [p, '']),
    // The left column ends here; the right one holds a few lines.
    '\\newpage',
    ...RIGHT.flatMap((p) => [p, '']),
    '\\end{document}',
    '',
  ].join('\n');
}

describe.runIf(hasPdflatex())('a two-column page whose right column is short', () => {
  it('reads the left column, then the right, each paragraph whole', async () => {
    const read = await readPdf(runPdflatex(source()), 'short-column.pdf');
    const paragraphs = read.markdown.trim().split(/\n\n+/).map((p) => p.replace(/\s+/g, ' '));
    expect(paragraphs).toEqual([...LEFT, ...RIGHT]);
  });
});
