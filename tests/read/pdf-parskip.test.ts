/**
 * The PDF reader on paragraphs set apart by space rather than an indent, as pandoc's LaTeX sets
 * them (the parskip package: half a line between paragraphs). A paragraph whose last line runs
 * to the margin is told from the next by the space alone.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../pipeline/read/pdf/index.ts';
import { hasPdflatex, runPdflatex } from '../../eval/readers/_latex.ts';

const PARAGRAPHS = [
  'The estuary was crossed on foot at low water for centuries, and the guides who led travellers over the sands knew every channel by the colour of the water above it.',
  'Their knowledge was handed down in families and rarely written, which is why so little of it survives in the record offices of the two counties.',
  'A traveller who set out without a guide risked the quicksands by the river mouth, and the parish registers record the burials of those who did.',
  'The guides were paid by the county, and the accounts show a salary that changed little between the reign of Anne and the coming of the railway.',
];

function source(): string {
  return [
    '\\documentclass[10pt]{article}',
    '\\usepackage{parskip}',
    '\\begin{document}',
    // Every paragraph's last line is set full to the margin: only the space tells where it ends.
    '\\setlength{\\parfillskip}{0pt}\\setlength{\\emergencystretch}{3em}',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
    '\\end{document}',
    '',
  ].join('\n');
}

describe.runIf(hasPdflatex())('a PDF whose paragraphs are set apart by space, not indented', () => {
  it('keeps each paragraph apart, even one whose last line runs to the margin', async () => {
    const read = await readPdf(runPdflatex(source()), 'parskip.pdf');
    const paragraphs = read.markdown.trim().split(/\n\n+/).map((p) => p.replace(/\s+/g, ' '));
    expect(paragraphs).toEqual(PARAGRAPHS);
  });
});
