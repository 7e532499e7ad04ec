/**
 * The PDF reader on accents TeX builds from two glyphs (the OT1 encoding, LaTeX's default
 * without fontenc): the accent and its letter come as two runs, or the accent as a raised run of
 * its own over a capital; they are read as one accented letter.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../pipeline/read/pdf/index.ts';
import { restoreStrokedLetters } from '../../pipeline/read/pdf/_tex-stroke.ts';
import { hasPdflatex, runPdflatex } from '../../eval/readers/_latex.ts';
import { paragraphsOf } from './_estuary.ts';

const CZECH = 'Příliš žluťoučký kůň úpěl ďábelské ódy. Čeští družstevníci zakládali záložny už v roce 1858. Řemeslníci a rolníci spořili společně; úvěr byl levný a spravedlivý, říkali.';
const GERMAN = 'Die Genossenschaft in Köln zählte über tausend Mitglieder; Bäcker, Müller und Brüder der Zünfte traten ihr bei, und Çelik aus İzmir war ihr Kassenwart, ein Garçon aus Besançon.';
const POLISH = 'Spółdzielnie w Łodzi, Wrocławiu i Białymstoku łączyły tysiące członków; Łukasz mówił, że Głogów płacił składki w złotych.';
const TEX: Record<string, string> = {
  ł: '{\\l}',
  Ł: '{\\L}',
  ą: 'a',
  ę: 'e',
  ć: "\\'{c}",
  ź: "\\'{z}",
  ś: "\\'{s}", ř: '\\v{r}', í: "\\'{\\i}", š: '\\v{s}', ž: '\\v{z}', ť: '\\v{t}', č: '\\v{c}', ý: "\\'{y}", ů: '\\r{u}', ň: '\\v{n}', ú: "\\'{u}", ě: '\\v{e}', ď: '\\v{d}', á: "\\'{a}", é: "\\'{e}", ó: "\\'{o}", Č: '\\v{C}', Ř: '\\v{R}', ö: '\\"{o}', ç: '\\c{c}', ä: '\\"{a}', ü: '\\"{u}', Ç: '\\c{C}', İ: '\\.{I}' };
const tex = (text: string): string => [...text].map((c) => TEX[c] ?? c).join('');

describe.runIf(hasPdflatex())('accents TeX builds from an accent glyph and a letter', () => {
  it('reads them as accented letters, lower case and capital', async () => {
    const source = ['\\documentclass{article}', '\\pagestyle{empty}', '\\begin{document}', tex(CZECH), '', tex(GERMAN), '\\end{document}', ''].join('\n');
    const read = await readPdf(runPdflatex(source), 'accents.pdf');
    const [czech, german] = paragraphsOf(read.markdown);
    expect(czech).toBe(CZECH);
    // Under a capital the cedilla is drawn after the letter and pdf.js reads a space after it: the letter is whole, the space stays.
    expect(german).toContain('Die Genossenschaft in Köln zählte über tausend Mitglieder; Bäcker, Müller und Brüder der Zünfte traten ihr bei');
    expect(german).toMatch(/und Ç ?elik aus İzmir war ihr Kassenwart, ein Garçon aus Besançon\.$/);
  });

  it('reads the stroke TeX draws over an l as ł and Ł', async () => {
    const source = ['\\documentclass{article}', '\\pagestyle{empty}', '\\begin{document}', tex(POLISH), '\\end{document}', ''].join('\n');
    const read = await readPdf(runPdflatex(source), 'polish.pdf');
    // OT1 has no ogonek (LaTeX refuses \\k there): the source spells ą and ę without it.
    expect(paragraphsOf(read.markdown)).toEqual([POLISH.replaceAll('ą', 'a').replaceAll('ę', 'e')]);
  });
});

describe('the stroke of ł as the operator list draws it', () => {
  const ops = { setFont: 1, showText: 2, showSpacedText: 3 };
  const stroke = { unicode: ' ', originalCharCode: 32 };
  const glyphs = (text: string) => [...text].map((unicode) => ({ unicode, originalCharCode: unicode.charCodeAt(0) }));
  const draw = (font: string) => ({ fnArray: [ops.setFont, ops.showText], argsArray: [['f1', 10], [[...glyphs('Wroc'), stroke, -278, ...glyphs('law')]]], font });

  it('reads the letter under it as ł, in a Computer Modern text font only', () => {
    const cm = draw('ABCDEF+CMR10');
    expect(restoreStrokedLetters(['Wroc', 'law'], cm.fnArray, cm.argsArray, ops, () => cm.font)).toEqual({ strings: ['Wroc', 'ław'], unplaced: 0 });
    const other = draw('ABCDEF+Times-Roman');
    expect(restoreStrokedLetters(['Wroclaw'], other.fnArray, other.argsArray, ops, () => other.font)).toEqual({ strings: ['Wroclaw'], unplaced: 0 });
  });

  it('leaves the text as read, and counts the stroke, when the letters do not line up', () => {
    const cm = draw('CMR10');
    expect(restoreStrokedLetters(['Wroclaw and more'], cm.fnArray, cm.argsArray, ops, () => cm.font)).toEqual({ strings: ['Wroclaw and more'], unplaced: 1 });
  });
});
