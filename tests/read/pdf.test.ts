/**
 * The PDF reader on PDFs made here: by pdflatex (another engine: running heads, folios,
 * footnotes, a two-column part), by pdfkit (a drop cap with small capitals, a page of images
 * only, an encrypted file), and our own print edition read back (tests/read/pdf-roundtrip).
 */
import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPdf } from '../../pipeline/read/pdf/index.ts';
import { hasPdflatex, latexSource, runPdflatex } from '../../eval/readers/_latex.ts';
import { score } from '../../eval/readers/_metrics.ts';

const PARAGRAPHS = [
  'In the summer of 1911 the boatmen and lock keepers of the northern canals stopped work for eleven days.[^1] Their strike has been almost forgotten, overshadowed by the great dock and railway stoppages of the same months, yet it changed the way the canal companies paid the men who worked their boats.',
  'The grievance was an old one. Boatmen were paid by the ton carried, not by the hour, and every delay at a lock or a wharf came out of their own pockets. When the companies cut the tonnage rate in June, the men on the Leeds cut walked off their boats and were joined within two days by the crews of three other lines.',
  'The strike committee met each evening in a public house beside the basin. Its minutes survive, written in pencil in a school exercise book, and they show a committee more worried about keeping the horses fed than about the *companies’ threats*. Horses, unlike men, could not be asked to wait for their wages.[^2]',
  'By the fifth day the companies had begun to move cargo by rail, at a cost they could not bear for long. The committee knew this, and the minutes record a decision to refuse any offer that did not restore the old rate in full, whatever the newspapers of the towns along the line might say about the inconvenience to trade.',
  'The settlement came on the eleventh day. The old tonnage rate was restored, and for the first time the companies agreed to pay a fixed sum for each hour a boat was held at a lock beyond the first. It was a small clause, but it was the first recognition on the canals that a boatman’s time had a value of its own.',
  'Historians of the period have tended to treat the canals as a backwater, but the strike of 1911 shows the same pattern as the better known disputes: a cut in pay, a sudden walk-out, and a settlement won because the employers could not wait as long as the men who worked the boats and tended the locks.',
];

/** A text long enough for several pages: sections of paragraphs, the last ones in two columns. */
function truth(): string {
  const sections = ['The grievance', 'The first week', 'The committee', 'The settlement', 'Afterwards', 'The record'];
  const blocks: string[] = [];
  sections.forEach((title, s) => {
    blocks.push(`## ${title}`);
    if (s === 2) blocks.push('### The horses');
    for (let p = 0; p < 4; p++) blocks.push(PARAGRAPHS[(s + p) % PARAGRAPHS.length]!.replace(/\[\^\d\]/g, (m) => (s === 0 && p < 3 ? m : '')));
  });
  blocks.push('[^1]: The dates are taken from the committee’s own minutes.', '[^2]: Feed for the horses was bought on credit from a farmer at the top lock.');
  return blocks.join('\n\n');
}

describe.runIf(hasPdflatex())('a PDF made by pdflatex', async () => {
  const markdown = truth();
  const pdf = runPdflatex(latexSource({ title: 'The Canal Workers of 1911', author: 'Margaret Hale', markdown, twoColumnFrom: 4, runningHead: 'Canal Workers' }));
  const read = await readPdf(pdf, 'canal.pdf');

  it('gives the words, paragraphs and headings of the text', () => {
    expect(read.diagnostics).toEqual([]);
    const result = score(markdown, read.markdown, ['Canal Workers']);
    expect(result.wer).toBeLessThanOrEqual(0.005);
    expect(result.lost).toBeLessThanOrEqual(0.001);
    expect(result.headings.f1).toBe(1);
    expect(result.paragraphs.f1).toBeGreaterThanOrEqual(0.97);
  });

  it('takes the title and byline from the first page', () => {
    expect(read.meta).toMatchObject({ title: 'The Canal Workers of 1911', author: 'Margaret Hale' });
    expect(read.markdown).not.toMatch(/Margaret Hale/);
  });

  it('removes running heads and folios, listing each at file.pdf:pN:lM', () => {
    expect(read.markdown).not.toMatch(/Canal Workers\b(?! of)/);
    expect(read.markdown).not.toMatch(/^\d+$/m);
    const heads = read.edits.filter((e) => e.ruleId === 'pdf/running-head');
    const pages = new Set(heads.map((e) => e.line));
    expect(pages.size).toBeGreaterThanOrEqual(3);
    for (const edit of heads) {
      expect(edit.place).toMatch(/^p\d+:l1$/);
      expect(edit.old).toMatch(/^(\d+ )?Canal Workers( \d+)?$/);
    }
  });

  it('turns notes at the foot of the page into Markdown footnotes at their reference', () => {
    expect(read.markdown).toContain('stopped work for eleven days.[^1] Their strike');
    expect(read.markdown).toContain('wait for their wages.[^2]');
    expect(read.markdown).toMatch(/^\[\^1\]: The dates are taken from the committee’s own minutes\.$/m);
    expect(read.markdown).toMatch(/^\[\^2\]: Feed for the horses was bought on credit from a farmer at the top lock\.$/m);
  });

  it('gives headings their levels by size, and keeps italics', () => {
    expect(read.markdown).toMatch(/^## The grievance$/m);
    expect(read.markdown).toMatch(/^### The horses$/m);
    expect(read.markdown).toContain('*companies’ threats*');
  });

  it('reads the two-column pages column by column', () => {
    const afterwards = read.markdown.slice(read.markdown.indexOf('## Afterwards'));
    const expected = markdown.slice(markdown.indexOf('## Afterwards')).replace(/\n\[\^\d\]:.*$/gm, '');
    expect(score(expected, afterwards.replace(/\n\[\^\d\]:.*$/gm, '')).wer).toBeLessThanOrEqual(0.005);
  });
});

/** A PDF drawn with pdfkit; `draw` gets the document. */
function pdfkitPdf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A5', margin: 50, info: { CreationDate: new Date(0) }, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    draw(doc);
    doc.end();
  });
}

const PICTURE = readFileSync(path.join(import.meta.dirname, '../fixtures/build/scripts/barricade.png'));

describe('captions, by size and position', () => {
  const body = 'The committee met each evening in a public house beside the basin, and its minutes survive in a school exercise book.';
  const page = (doc: PDFKit.PDFDocument, captionFirst: boolean): void => {
    doc.font('Times-Roman').fontSize(10);
    let y = 60;
    for (let i = 0; i < 4; i++, y += 13) doc.text(body.slice(0, 70), 50, y, { lineBreak: false });
    if (captionFirst) {
      doc.font('Times-Roman').fontSize(8).text('Workers at the lock, drawn for the newspaper', 90, y + 14, { lineBreak: false });
      doc.image(PICTURE, 80, y + 22, { width: 200, height: 100 });
    } else {
      doc.image(PICTURE, 80, y + 10, { width: 200, height: 100 });
      doc.font('Times-Roman').fontSize(8).text('The basin at Hebden Bridge in 1911, from a postcard', 90, y + 114, { lineBreak: false });
    }
    doc.font('Times-Roman').fontSize(10);
    for (let i = 0, yy = y + 140; i < 4; i++, yy += 13) doc.text(body.slice(0, 70), 50, yy, { lineBreak: false });
    doc.fontSize(8).text('A line of small print that stands by no picture at all.', 50, y + 200, { lineBreak: false });
  };

  it('marks small type under or over a picture as a caption, kept in italics and listed with its place', async () => {
    const pdf = await pdfkitPdf((doc) => {
      page(doc, false);
      doc.addPage();
      page(doc, true);
    });
    const read = await readPdf(pdf, 'figures.pdf');
    const captions = read.edits.filter((e) => e.ruleId === 'pdf/caption');
    expect(captions.map((e) => [e.place, e.old, e.reason])).toEqual([
      ['p1:l5', 'The basin at Hebden Bridge in 1911, from a postcard', expect.stringMatching(/under a picture/)],
      ['p2:l5', 'Workers at the lock, drawn for the newspaper', expect.stringMatching(/over a picture/)],
    ]);
    expect(read.markdown).toMatch(/^\*The basin at Hebden Bridge in 1911, from a postcard\*$/m);
    expect(read.markdown).toMatch(/^A line of small print that stands by no picture at all\.$/m);
    expect(read.diagnostics.filter((d) => d.ruleId === 'pdf/image')).toHaveLength(2);
  });

  it('marks a smaller block opening with a figure label as a caption with no picture painted', async () => {
    const pdf = await pdfkitPdf((doc) => {
      doc.font('Times-Roman').fontSize(10);
      for (let i = 0; i < 5; i++) doc.text(body.slice(0, 70), 50, 60 + 13 * i, { lineBreak: false });
      doc.fontSize(8).text('Figure 3. The lock keeper’s cottage.', 50, 140, { lineBreak: false });
      doc.fontSize(10);
      for (let i = 0; i < 5; i++) doc.text(body.slice(0, 70), 50, 170 + 13 * i, { lineBreak: false });
    });
    const read = await readPdf(pdf, 'label.pdf');
    expect(read.edits.filter((e) => e.ruleId === 'pdf/caption').map((e) => e.old)).toEqual(['Figure 3. The lock keeper’s cottage.']);
  });
});

describe('the PDF reader’s refusals and type', () => {
  it('rejoins a drop cap to its word and puts the small capitals after it back in their case', async () => {
    const pdf = await pdfkitPdf((doc) => {
      doc.font('Times-Roman').fontSize(40).text('T', 50, 60, { lineBreak: false });
      doc.fontSize(8).text('HE BOATMEN', 80, 64, { lineBreak: false, continued: true });
      doc.fontSize(10).text(' were paid by the ton carried, not by the hour,', { lineBreak: false });
      doc.text('and every delay at a lock or a wharf came out of', 80, 76, { lineBreak: false });
      doc.text('their own pockets, which they thought unjust and said so.', 50, 89, { lineBreak: false });
      for (let i = 0; i < 6; i++) doc.text('The companies cut the tonnage rate in June, and the men walked off their boats.', 50, 102 + 13 * i, { lineBreak: false });
    });
    const read = await readPdf(pdf, 'dropcap.pdf');
    expect(read.markdown.startsWith('The boatmen were paid by the ton carried, not by the hour, and every delay')).toBe(true);
  });

  it('refuses a PDF with no text layer: run OCR on it first', async () => {
    const pdf = await pdfkitPdf((doc) => {
      doc.rect(60, 60, 200, 300).fill('#777');
      doc.addPage().rect(60, 60, 200, 300).fill('#999');
    });
    const read = await readPdf(pdf, 'scan.pdf');
    expect(read.markdown).toBe('');
    expect(read.diagnostics).toMatchObject([{ severity: 'error', ruleId: 'pdf/no-text', file: 'scan.pdf' }]);
    expect(read.diagnostics[0]!.message).toMatch(/run OCR on it first/);
  });

  it('refuses an encrypted PDF clearly', async () => {
    const pdf = await pdfkitPdf((doc) => doc.text('Secret text.'), { userPassword: 'secret', pdfVersion: '1.7' });
    const read = await readPdf(pdf, 'locked.pdf');
    expect(read.diagnostics).toMatchObject([{ severity: 'error', ruleId: 'pdf/encrypted' }]);
    expect(read.diagnostics[0]!.message).toMatch(/password/);
  });

  it('refuses a PDF past the page limit, saying how many pages it has', async () => {
    const pdf = await pdfkitPdf((doc) => {
      doc.text('One.');
      doc.addPage().text('Two.');
      doc.addPage().text('Three.');
    });
    const read = await readPdf(pdf, 'long.pdf', { maxPages: 2 });
    expect(read.diagnostics).toMatchObject([{ severity: 'error', ruleId: 'pdf/too-many-pages' }]);
    expect(read.diagnostics[0]!.message).toMatch(/3 pages, expected at most 2/);
  });
});
