/**
 * The PDF reader on a running head that stands on one page only, above two columns: repetition
 * cannot find it, its place does. A title or heading above the columns stays.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../pipeline/read/pdf/index.ts';
import { hasPdflatex, runPdflatex } from '../../eval/readers/_latex.ts';
import { paragraph, paragraphsOf } from './_estuary.ts';

const TEXT = [0, 1, 2, 3, 0, 1].map(paragraph);

function source(preamble: string[], opening: string[] = []): string {
  return ['\\documentclass[10pt,twocolumn]{article}', ...preamble, '\\begin{document}', ...opening, ...TEXT.flatMap((p) => [p, '']), '\\end{document}', ''].join('\n');
}

/** A page style with only a head: `\\small` left out, the head is set at the text's size. */
const headStyle = (head: string): string[] => ['\\makeatletter', `\\def\\ps@journal{\\def\\@oddhead{${head}}\\def\\@oddfoot{}\\def\\@evenhead{${head}}\\def\\@evenfoot{}}`, '\\makeatother', '\\pagestyle{journal}'];

const furnitureOf = (read: Awaited<ReturnType<typeof readPdf>>): string[] => read.edits.filter((e) => e.ruleId === 'pdf/running-head').map((e) => e.old);

describe.runIf(hasPdflatex())('a running head on one page of a two-column PDF', () => {
  it('leaves out a head with its folio over a one-page text (myheadings)', async () => {
    const read = await readPdf(runPdflatex(source(['\\pagestyle{myheadings}', '\\markright{Journal of Estuary Studies}'])), 'one-page.pdf');
    expect(furnitureOf(read)).toEqual(['Journal of Estuary Studies']);
    expect(read.markdown).not.toContain('Journal of Estuary Studies');
    expect(paragraphsOf(read.markdown)).toEqual(TEXT);
  });

  it('leaves out a head centred over the columns at the text’s size, on the one page that has it', async () => {
    // Page 1 has no head; the second page's head, a line of its own, is on no other page.
    const long = source(headStyle('\\hfil Journal of Estuary Studies, Spring 1998\\hfil'), ['\\thispagestyle{empty}']).replace('\\end{document}', TEXT.flatMap((p) => [p, '']).join('\n') + '\n\\end{document}');
    const read = await readPdf(runPdflatex(long), 'two-pages.pdf');
    expect(read.edits.map((e) => e.line).reduce((a, b) => Math.max(a, b), 0)).toBe(2);
    expect(furnitureOf(read)).toEqual(['Journal of Estuary Studies, Spring 1998']);
    expect(read.markdown).not.toContain('Spring 1998');
    expect(paragraphsOf(read.markdown)).toEqual([...TEXT, ...TEXT]);
  });

  it('keeps a title at the text’s size centred over the columns on the first page, and a heading over them on the next', async () => {
    // The top margin is cut so that the title stands where a head would, in the page's top band.
    const titled = source(['\\pagestyle{empty}', '\\setlength{\\topmargin}{-0.7in}'], ['\\twocolumn[\\centerline{The Salt Roads of the Estuary}\\vspace{3em}]']).replace(
      '\\end{document}',
      ['\\twocolumn[\\section*{The crossing places}]', ...TEXT.flatMap((p) => [p, '']), '\\end{document}'].join('\n'),
    );
    const read = await readPdf(runPdflatex(titled), 'titled.pdf');
    expect(furnitureOf(read)).toEqual([]);
    expect(read.meta.title ?? read.markdown).toContain('The Salt Roads of the Estuary');
    expect(read.markdown).toContain('The crossing places');
    expect(read.markdown).toContain(TEXT[3]);
  });
});
