import { describe, expect, it } from 'vitest';
import { assembleBook, loadBookText, slugify, type ParsedPiece } from '../../pipeline/assemble/index.ts';
import { parseMarkdown } from '../../pipeline/parse/index.ts';
import { bookSchema } from '../../pipeline/load/schema.ts';
import type { Manuscript } from '../../pipeline/types.ts';

const piece = (title: string): ParsedPiece => ({
  manuscript: {
    path: 'm/x.md',
    raw: 'x\n',
    body: 'x\n',
    bodyOffset: 0,
    fields: {},
    meta: { title, titleSupplied: false, author: 'A', role: 'piece', corrections: [] },
  } satisfies Manuscript,
  tree: parseMarkdown('x'),
});

const book = (title: string, extra: Record<string, unknown> = {}) =>
  assembleBook({
    config: bookSchema.parse({ title, language: 'en', editors: ['王小明'], contents: ['a.md'], ...extra }),
    pieces: [piece(title)],
    modified: new Date(0),
    text: loadBookText(),
  });

describe('slugs for titles in any script', () => {
  it('transliterates letters of other scripts and leaves Latin titles as they were', () => {
    expect(slugify('革命文集 — Революция и мир')).toBe('revolyutsiya-i-mir');
    expect(slugify('Ελληνικά κείμενα')).toBe('ellinika-keimena');
    expect(slugify("Socialism didn't fail!")).toBe('socialism-didnt-fail');
    expect(slugify('Ça ira, Straße')).toBe('ca-ira-strasse');
  });

  it('falls back to the identifier, never `untitled`, when nothing in the title transliterates', () => {
    const chinese = book('革命文集');
    expect(chinese.meta.slug).toMatch(/^book-[0-9a-f]{8}$/);
    expect(chinese.meta.identifier).toContain(chinese.meta.slug.slice(5));
    expect(book('革命文集', { identifier: 'urn:isbn:9780000000002' }).meta.slug).toBe('book-9780000000002');
    expect(book('革命文集 — Революция и мир').meta.slug).toBe('revolyutsiya-i-mir');
    expect(chinese.sections[0]!.id).toBe('s00');
    expect(book('Революция').sections[0]!.id).toBe('s00-revolyutsiya');
  });
});
