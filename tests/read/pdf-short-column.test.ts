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

function source(preamble: string[] = ['\\pagestyle{empty}'], opening: string[] = []): string {
  return [
    '\\documentclass[10pt,twocolumn]{article}',
    ...preamble,
    '\\begin{document}',
    ...opening,
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

  it('still reads it as two columns under a title across both and above a folio centred at the foot', async () => {
    // A one-page paper in LaTeX's plain page style: the title, the author and the page number
    // all cross the gutter, though nothing crosses it beside the short right column.
    const preamble = ['\\title{Mutual Aid in Rural Finance}', '\\author{Margaret Fielding}', '\\date{}'];
    const read = await readPdf(runPdflatex(source(preamble, ['\\maketitle'])), 'short-column-titled.pdf');
    expect(paragraphsOf(read.markdown)).toEqual([...LEFT, ...RIGHT]);
  });
});
