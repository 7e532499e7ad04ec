/**
 * French dashes in both editions: an incise set apart by spaced dashes, the space inside it
 * no-break (so no line starts or ends inside the incise on a lone dash), as French sets its
 * guillemets; the English piece of the same book keeps its closed-up dashes.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { freshDir, openEpub, pdfPages, runCli } from '../build/_book.ts';
import { makeSourceDir } from '../helpers.ts';

const NBSP = '\u00A0';
const FRENCH = `---\ntitle: Le pain\nauthor: Jeanne Martin\nlanguage: fr\nformat: markdown\n---\nLes ouvriers attendaient devant la porte -- dit-elle -- depuis le matin, et personne ne sortait.\n\n-- Nous tiendrons, dit le délégué.\n`;
const ENGLISH = `---\ntitle: Bread\nauthor: Ruth Levy\nformat: markdown\n---\nThe workers waited at the gate -- she said -- from the morning on, and nobody came out.\n`;

describe('French dashes', async () => {
  const source = await makeSourceDir({ 'anthology.yaml': 'title: Le pain\nlanguage: en\neditors: [Ed Itor]\ncontents: [pain.md, bread.md]\n', 'pain.md': FRENCH, 'bread.md': ENGLISH });
  const out = freshDir('french-dashes');
  const result = runCli(['build', source, '--out', out, '--no-cache']);

  it('are spaced, the inside space no-break, in the EPUB; English dashes stay closed up', () => {
    expect(result.status, result.stderr).toBe(0);
    const epub = openEpub(path.join(out, 'le-pain.epub'));
    const documents = epub.spine.map((name) => epub.text(name));
    const french = documents.find((x) => x.includes('Les ouvriers'))!;
    expect(french).toContain(`devant la porte —${NBSP}dit-elle${NBSP}— depuis le matin`);
    expect(french).toContain(`<p>—${NBSP}Nous tiendrons, dit le délégué.</p>`);
    const english = documents.find((x) => x.includes('The workers'))!;
    expect(english).toContain('at the gate—she said—from the morning');
  });

  it('are spaced in the PDF', () => {
    const text = pdfPages(path.join(out, 'le-pain.pdf')).join('\n').replace(/[\u00A0\s]+/g, ' ');
    expect(text).toContain('devant la porte — dit-elle — depuis le matin');
    expect(text).toContain('— Nous tiendrons, dit le délégué.');
    expect(text).toContain('at the gate—she said—from the morning');
  });
});
