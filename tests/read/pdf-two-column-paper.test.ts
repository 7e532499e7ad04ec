/**
 * The PDF reader on a two-column paper of several pages as pdflatex sets it with fancyhdr: a head
 * in two parts (the journal left, the author right), a large initial letter at the top of the left
 * column level with the right column's first line, and footnotes at the foot of the left column
 * beside the right column's last lines of text.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../pipeline/read/pdf/index.ts';
import { hasPdflatex, runPdflatex } from '../../eval/readers/_latex.ts';
import { paragraph, paragraphsOf } from './_estuary.ts';

const NOTE = 'Incomprehensibilities and uncharacteristically heterogeneous administrative responsibilities notwithstanding, the representatives of the parishes kept their accounts.';
const OPENING = 'Wholesale guides were hired by the county for the crossing of the sands.';
const TEXT = [0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3].map(paragraph);

function source(): string {
  return [
    '\\documentclass[10pt,twocolumn]{article}',
    '\\usepackage{fancyhdr}',
    '\\pagestyle{fancy}',
    '\\fancyhead[L]{Journal of Estuary Studies}',
    '\\fancyhead[R]{Fielding}',
    '\\fancyfoot{}',
    '\\title{The Guides of the Sands}',
    '\\author{Margaret Fielding}',
    '\\date{}',
    '\\begin{document}',
    '\\maketitle',
    '\\thispagestyle{fancy}',
    // A large first letter on the baseline of its line, as tall as the right column's first line stands high.
    `{\\Huge W}\\textsc{holesale}${OPENING.slice('Wholesale'.length)}`,
    '',
    ...TEXT.flatMap((p, i) => [i === 1 ? `${p.slice(0, -1)}.\\footnote{${NOTE}}` : p, '']),
    '\\end{document}',
    '',
  ].join('\n');
}

describe.runIf(hasPdflatex())('a two-column paper with a head in two parts, an initial letter and footnotes', async () => {
  const read = hasPdflatex() ? await readPdf(runPdflatex(source()), 'paper.pdf') : undefined;
  const body = (): string[] => paragraphsOf(read!.markdown).filter((p) => !p.startsWith('[^'));

  it('leaves out both parts of the running head on every page', () => {
    const heads = read!.edits.filter((e) => e.ruleId === 'pdf/running-head').map((e) => e.old);
    expect(heads.filter((h) => h === 'Fielding').length).toBe(heads.filter((h) => h === 'Journal of Estuary Studies').length);
    expect(heads.length).toBeGreaterThanOrEqual(4);
    expect(read!.markdown).not.toMatch(/Fielding|Journal of Estuary/);
  });

  it('joins the initial letter to the line it opens, not to the right column’s first line', () => {
    expect(body()[0]).toBe(OPENING);
  });

  it('takes the notes at the foot of the left column as footnotes and keeps the paragraph across the columns whole', () => {
    expect(body().slice(1).map((p) => p.replace(/\[\^\d+\]/g, ''))).toEqual(TEXT);
    const definition = paragraphsOf(read!.markdown).find((p) => p.startsWith('[^'));
    // The note wraps over several narrow lines; a word hyphenated at a line end is made whole.
    expect(definition).toBe(`[^1]: ${NOTE}`);
  });
});
