import { describe, expect, it } from 'vitest';
import { assembleBook, loadBookText, sourceLine, type ParsedPiece } from '../../pipeline/assemble/index.ts';
import { printSettings } from '../../pipeline/assemble/_print.ts';
import { parseMarkdown } from '../../pipeline/parse/index.ts';
import { bookSchema } from '../../pipeline/load/schema.ts';
import type { Manuscript, PieceMeta } from '../../pipeline/types.ts';

function manuscript(meta: Partial<PieceMeta>, path = 'm/x.md'): Manuscript {
  return {
    path,
    raw: 'body\n',
    body: 'body\n',
    bodyOffset: 0,
    fields: {},
    meta: { title: 'T', titleSupplied: false, author: 'A', role: 'piece', corrections: [], ...meta },
  };
}

const config = bookSchema.parse({ title: "The Workers' Book", language: 'en', editors: ['Ed One', 'Ed Two'], contents: ['a.md'] });

describe('assemble', () => {
  it('derives a stable urn:uuid, the slug and the dates from the config and the build instant', () => {
    const modified = new Date('2026-01-01T00:00:00.000Z');
    const a = assembleBook({ config, pieces: [], modified, text: loadBookText() });
    const b = assembleBook({ config, pieces: [], modified: new Date(), text: loadBookText() });
    expect(a.meta.identifier).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.meta.identifier).toBe(b.meta.identifier);
    expect(a.meta).toMatchObject({ slug: 'the-workers-book', title: 'The Workers’ Book', modified: '2026-01-01T00:00:00Z', date: '2026' });
    expect(a.front.copyright.join('\n')).toContain('Edited by Ed One and Ed Two.');
    expect(a.front.copyright.join('\n')).not.toMatch(/\{\w+\}/);
  });

  it('orders sections as given, ids stable and XML-safe, and lists sources for pieces only', () => {
    const pieces: ParsedPiece[] = [
      { manuscript: manuscript({ title: 'Introduction', role: 'introduction' }), tree: parseMarkdown('Hello') },
      { manuscript: manuscript({ title: "Socialism didn't fail!", author: 'Unsigned', source: { date: '1990-01', publication: "Workers' Liberty" } }), tree: parseMarkdown('x') },
    ];
    const book = assembleBook({ config, pieces, modified: new Date(0), text: loadBookText() });
    expect(book.sections.map((s) => s.id)).toEqual(['introduction', 's01-socialism-didnt-fail']);
    expect(book.sections[1]!.title).toBe('Socialism didn’t fail!');
    expect(book.sections[1]!.sourceLine).toBe('Workers’ Liberty, January 1990');
    expect(book.back.sources).toHaveLength(1);
    expect(Object.isFrozen(book.sections[1]!.tree)).toBe(true);
  });

  it('counts the raw texts in the colophon in words that agree with the number', () => {
    const piece = (title: string): ParsedPiece => ({ manuscript: manuscript({ title }), tree: parseMarkdown('x') });
    const colophon = (pieces: ParsedPiece[]): string => assembleBook({ config, pieces, modified: new Date(0), text: loadBookText() }).back.colophon.join('\n');
    expect(colophon([piece('One')])).toContain('cleaned the raw text,');
    expect(colophon([piece('One'), piece('Two'), piece('Three')])).toContain('cleaned the 3 raw texts,');
    expect(colophon([piece('One')])).not.toMatch(/\{\w+\}|\b1 raw texts/);
  });

  it('formats source lines from only what is stated', () => {
    expect(sourceLine(undefined)).toBe('');
    expect(sourceLine({ date: '2003-03-07' })).toBe('7 March 2003');
    expect(sourceLine({ publication: 'P', publisher: 'Q', date: '2009' })).toBe('P, Q, 2009');
  });

  it.each([
    ['A5', 419.53, 595.28],
    ['A4', 595.28, 841.89],
    ['6x9', 432, 648],
  ] as const)('computes the %s trim in points with a gutter narrower than the outer margin', (trim, width, height) => {
    const print = printSettings({ trim });
    expect(print.pageWidth).toBeCloseTo(width, 1);
    expect(print.pageHeight).toBeCloseTo(height, 1);
    expect(print.marginInner).toBeLessThan(print.marginOuter);
  });

  it('accepts custom trims and margins with units', () => {
    const print = printSettings({ trim: { width: '140mm', height: '216mm' }, margins: { inner: '0.75in' } });
    expect(print.pageWidth).toBeCloseTo(396.85, 1);
    expect(print.marginInner).toBe(54);
  });
});
