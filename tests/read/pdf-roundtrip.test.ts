/**
 * Our own print edition read back through the PDF reader: every piece's words and headings
 * must come back as the cleaner made them (word error rate at most 0.5%).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildAnthology } from '../../pipeline/build.ts';
import { readPdf } from '../../pipeline/read/pdf/index.ts';
import { score } from '../../eval/readers/_metrics.ts';
import { freshDir, ROOT } from '../build/_book.ts';

const letters = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

describe('the print PDF of the seed anthology, read back', async () => {
  const out = freshDir('roundtrip');
  const built = await buildAnthology({ sourceDir: path.join(ROOT, 'manuscripts'), outDir: out, modified: new Date('2026-01-01T00:00:00Z') });
  const read = await readPdf(new Uint8Array(readFileSync(built.files.pdf)), 'book.pdf');
  const lines = read.markdown.split('\n');
  const sections = built.book.sections;
  // Each piece opens on a heading with its title; the back matter opens on “Sources”.
  const starts = sections.map((section) => lines.findIndex((line) => /^## /.test(line) && letters(line) === letters(section.title)));
  const backMatter = lines.findIndex((line, i) => i > Math.max(...starts) && /^#+ Sources$/.test(line));

  it('finds every piece where the book starts it, and nothing is reported as an error', () => {
    expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(read.meta.title).toBe(built.book.meta.title);
    expect(starts.every((start) => start >= 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it.each(sections.map((section, i) => [section.title, i] as const))('gives the words and headings of “%s”', (_title, i) => {
    const section = sections[i]!;
    const cleaned = built.cleaned[i]!.markdown.replace(/^# .*\n/, '');
    const front = letters([section.author, section.note ?? '', section.sourceLine].join(' '));
    const blocks = lines.slice(starts[i]! + 1, i + 1 < starts.length ? starts[i + 1] : backMatter).join('\n').split(/\n{2,}/);
    // The title block the book sets above the text (author, editor's note) is not the piece's text.
    let first = 0;
    while (first < blocks.length && (letters(blocks[first]!) === '' || front.includes(letters(blocks[first]!)))) first++;
    const result = score(cleaned, blocks.slice(first).join('\n\n'));
    expect(result.wer, `word error rate of “${section.title}”`).toBeLessThanOrEqual(0.005);
    expect(result.lost).toBeLessThanOrEqual(0.001);
    expect(result.headings.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('removes the running heads and folios of every page', () => {
    const furniture = read.edits.filter((e) => e.ruleId === 'pdf/running-head' || e.ruleId === 'pdf/folio');
    expect(furniture.length).toBeGreaterThan(built.pageCount);
    // A bare number on a line of its own is a folio, unless the text has it so (a timeline's year).
    const bare = (text: string) => new Set(text.split('\n').filter((line) => /^\d+$/.test(line.trim())).map((line) => line.trim()));
    const inSources = new Set(built.cleaned.flatMap((c) => [...bare(c.markdown)]));
    expect([...bare(read.markdown)].filter((n) => !inSources.has(n))).toEqual([]);
  });

  it('keeps the byline under each piece’s title as a paragraph, not a heading, and lists it', () => {
    for (const [i, section] of sections.entries()) {
      if (!section.author) continue;
      const after = lines.slice(starts[i]! + 1).find((line) => line.trim() !== '');
      expect(after, `the line after “${section.title}”`).toBe(section.author);
    }
    const headings = lines.filter((line) => /^#+ /.test(line)).map((line) => line.replace(/^#+ /, ''));
    expect(headings.filter((h) => sections.some((s) => s.author === h))).toEqual([]);
    const bylines = read.edits.filter((e) => e.ruleId === 'pdf/byline');
    expect(bylines.map((e) => e.old)).toEqual(expect.arrayContaining(sections.filter((s) => s.author).map((s) => s.author)));
    for (const edit of bylines) expect(edit.place).toMatch(/^p\d+:l\d+$/);
  });

  it('keeps an italic run across a line end as one emphasis', () => {
    expect(read.markdown).not.toMatch(/\* \*/);
  });

  it('rejoins the drop caps', () => {
    expect(read.markdown).toContain('With the global corporate capitalist system');
  });
});
