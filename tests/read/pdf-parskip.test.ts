/**
 * The PDF reader on paragraphs set apart by space rather than an indent, as pandoc's LaTeX sets
 * them (the parskip package: half a line between paragraphs). A paragraph whose last line runs
 * to the margin is told from the next by the space alone.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../pipeline/read/pdf/index.ts';
import { hasPdflatex, runPdflatex } from '../../eval/readers/_latex.ts';
import { paragraphsOf, SENTENCES } from './_estuary.ts';

const PARAGRAPHS = SENTENCES;

function source(): string {
  return [
    '\\documentclass[10pt]{article}',
    // What the parskip package sets (set by hand: the package is not in texlive-latex-base, which CI installs).
    '\\setlength{\\parindent}{0pt}\\setlength{\\parskip}{0.5\\baselineskip plus 2pt}',
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
    const paragraphs = paragraphsOf(read.markdown);
    expect(paragraphs).toEqual(PARAGRAPHS);
  });
});
