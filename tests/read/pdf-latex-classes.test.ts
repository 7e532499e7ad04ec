/**
 * The PDF reader on the LaTeX classes people send: amsart (title and author in capitals at the
 * text's size, sections in centred small capitals, numbered, subsections run in), amsart with
 * Times (small capitals made from smaller capitals), article and report (numbered sections, a
 * run-in paragraph head, page numbers at the foot of an A4 page). Each PDF is made by pdflatex
 * here and read back; the headings, title and author must come out as the source has them.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../pipeline/read/pdf/index.ts';
import { hasPdflatex, runPdflatex } from '../../eval/readers/_latex.ts';
import { paragraph, SENTENCES } from './_estuary.ts';
import { titleCase } from '../../pipeline/read/pdf/_blocks.ts';


function source(documentClass: string, preamble = ''): string {
  return [
    `\\documentclass[11pt]{${documentClass}}`,
    preamble,
    '\\title{The Salt Roads of the Estuary}',
    '\\author{Ruth Penhaligon}',
    '\\date{}',
    '\\begin{document}',
    '\\maketitle',
    '\\section{Introduction}',
    paragraph(0),
    '',
    paragraph(1),
    '\\section{The crossing places}',
    paragraph(2),
    '\\subsection{Tides and fords}',
    paragraph(3),
    '',
    paragraph(0),
    '\\paragraph{The guides at work} Every crossing began at the guide’s cottage on the shore, where travellers gathered an hour before the tide had fallen far enough.',
    '',
    paragraph(1),
    '\\section{Afterwards}',
    paragraph(2),
    '',
    paragraph(3),
    '',
    paragraph(0),
    '\\end{document}',
    '',
  ].join('\n');
}

const headingsOf = (markdown: string): string[] => markdown.split('\n').filter((line) => /^#+ /.test(line));

describe.runIf(hasPdflatex())('PDFs made by pdflatex in other classes', async () => {
  const [amsart, amsTimes, article, report] = await Promise.all([
    readPdf(runPdflatex(source('amsart')), 'amsart.pdf'),
    readPdf(runPdflatex(source('amsart', '\\usepackage{mathptmx}')), 'ams-times.pdf'),
    readPdf(runPdflatex(source('article')), 'article.pdf'),
    readPdf(runPdflatex(source('report', '\\usepackage{charter}')), 'report.pdf'),
  ]);

  it('reads amsart’s title and author, set in capitals at the text’s size, back in their case', () => {
    for (const read of [amsart, amsTimes]) {
      expect(read.meta).toMatchObject({ title: 'The Salt Roads of the Estuary', author: 'Ruth Penhaligon' });
      expect(read.markdown).not.toMatch(/SALT ROADS|PENHALIGON|Penhaligon/);
      expect(read.edits.find((e) => e.ruleId === 'pdf/title')?.reason).toContain('set in capitals');
    }
  });

  it('finds amsart’s centred small-capital sections at the text’s size, numbered, and its run-in subsection a level below', () => {
    for (const read of [amsart, amsTimes]) {
      expect(headingsOf(read.markdown)).toEqual(['## 1. Introduction', '## 2. The crossing places', '### 2.1. Tides and fords', '## 3. Afterwards']);
      // The run-in head's paragraph is kept whole after it.
      expect(read.markdown).toMatch(/### 2\.1\. Tides and fords\n\nThe guides were paid by the county/);
      // amsart's paragraph head is set in italics, run in: kept as the paragraph's opening words.
      expect(read.markdown).toMatch(/The guides at work\.? Every crossing began at the guide’s cottage/);
    }
  });

  it('reads small capitals made of smaller capitals (Times) in their case', () => {
    expect(amsTimes.markdown).toContain('## 2. The crossing places');
    expect(amsTimes.markdown).not.toMatch(/CROSSING|AFTERWARDS/);
  });

  it('finds article’s and report’s numbered sections and the run-in paragraph head, losing none of its text', () => {
    expect(headingsOf(article.markdown)).toEqual(['## 1 Introduction', '## 2 The crossing places', '### 2.1 Tides and fords', '#### The guides at work', '## 3 Afterwards']);
    expect(headingsOf(report.markdown)).toEqual(['## 0.1 Introduction', '## 0.2 The crossing places', '### 0.2.1 Tides and fords', '#### The guides at work', '## 0.3 Afterwards']);
    for (const read of [article, report]) {
      expect(read.markdown).toMatch(/#### The guides at work\n\nEvery crossing began at the guide’s cottage on the shore/);
      expect(read.meta).toMatchObject({ title: 'The Salt Roads of the Estuary', author: 'Ruth Penhaligon' });
    }
  });

  it('removes the page numbers at the foot of an A4 page, outside the usual band', () => {
    expect(article.markdown).not.toMatch(/^#* ?\d+$/m);
    expect(article.edits.filter((e) => e.ruleId === 'pdf/folio').length).toBeGreaterThanOrEqual(1);
  });

  it('loses no word of the text in any class', () => {
    const words = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    for (const read of [amsart, amsTimes, article, report]) {
      for (const sentence of SENTENCES) expect(read.markdown.replace(/\s+/g, ' ')).toContain(sentence.slice(0, 60));
      expect(words(read.markdown)).toBeGreaterThan(600);
    }
  });
});

describe.runIf(hasPdflatex())('the front matter of a LaTeX first page', async () => {
  const text = SENTENCES.join(' ');
  const front = (documentClass: string): string =>
    [
      `\\documentclass[11pt]{${documentClass}}`,
      '\\begin{document}',
      '\\title{The Salt Roads of the Estuary}',
      '\\author{Ruth Penhaligon}',
      ...(documentClass === 'amsart'
        ? ['\\address{Department of History, University of the North}', '\\email{ruth@example.org}', '\\date{March 3, 2019}', '\\maketitle']
        : ['\\date{March 3, 2019}', '\\maketitle']),
      '\\section{Introduction}',
      text,
      '',
      text,
      '\\end{document}',
      '',
    ].join('\n');
  const [amsart, article] = await Promise.all([readPdf(runPdflatex(front('amsart')), 'a.pdf'), readPdf(runPdflatex(front('article')), 'b.pdf')]);

  it('takes the date under the author (article) or in amsart’s first-page note, and drops the page number of a one-page paper', () => {
    for (const read of [amsart, article]) {
      expect(read.meta).toEqual({ title: 'The Salt Roads of the Estuary', author: 'Ruth Penhaligon', date: '2019-03-03' });
      expect(read.markdown).not.toMatch(/March 3, 2019|^1$/m);
      expect(read.edits.find((e) => e.ruleId === 'pdf/date')).toMatchObject({ line: 1, reason: expect.stringContaining('date') });
    }
  });

  it('keeps amsart’s address, set at the end of the paper, as text', () => {
    expect(amsart.markdown).toMatch(/Department of History, University of the North/);
    expect(amsart.markdown).toMatch(/ruth@example\.org/);
  });
});

describe('a title set in capitals, read back', () => {
  it.each([
    ['THE SALT ROADS OF THE ESTUARY', 'The Salt Roads of the Estuary'],
    ['THE LOCK-KEEPERS OF THE LONG LEVEL', 'The Lock-Keepers of the Long Level'],
    ['WHAT THE KEEPERS ASKED FOR', 'What the Keepers Asked For'],
  ])('%s → %s', (caps, title) => {
    expect(titleCase(caps)).toBe(title);
  });
});
