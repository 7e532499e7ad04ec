/**
 * The PDF reader on the last page of a two-column text, where the right column holds a few
 * lines only: still two columns, read one after the other, never line by line across the gutter.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../pipeline/read/pdf/index.ts';
import { hasPdflatex, runPdflatex } from '../../eval/readers/_latex.ts';
import { paragraph, paragraphsOf, SENTENCES } from './_estuary.ts';

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
    const paragraphs = paragraphsOf(read.markdown);
    expect(paragraphs).toEqual([...LEFT, ...RIGHT]);
  });
});
