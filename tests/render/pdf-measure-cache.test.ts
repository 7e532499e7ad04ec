/**
 * Widths, shaping and word items kept from one render to the next (`watch`) change nothing:
 * every render with the shared cache gives the very bytes of a render without it, after an
 * edit with new words (some in a fallback script), and after a change of type size, which
 * must not reuse the other size's word items.
 */
import { describe, expect, it } from 'vitest';
import { createMeasureCache, createParagraphStore, renderPdf } from '../../pipeline/render/pdf/index.ts';
import type { Book } from '../../pipeline/types.ts';
import { fixtureBook } from './pdf-fixture.ts';

const bytes = async (book: Book, measureCache?: ReturnType<typeof createMeasureCache>): Promise<Buffer> =>
  Buffer.from((await renderPdf(book, measureCache ? { measureCache } : {})).data);

function edited(): Book {
  const book = fixtureBook();
  const last = book.sections[book.sections.length - 1]!;
  last.tree.children.push({
    type: 'paragraph',
    children: [{ type: 'text', value: 'A sentence added in the editor, with the Greek λόγος, the Hebrew שלום and unheard-of wordsmithery, set anew.' }],
  });
  return book;
}

describe('the PDF measure cache', () => {
  it('gives the same bytes as a render without it, build after build', async () => {
    const cache = createMeasureCache();
    const cold = await bytes(fixtureBook());
    expect((await bytes(fixtureBook(), cache)).equals(cold)).toBe(true);
    expect(cache.widths.size).toBeGreaterThan(0);
    expect(cache.words.tables.size).toBeGreaterThan(0);
    expect((await bytes(fixtureBook(), cache)).equals(cold)).toBe(true);

    const editedCold = await bytes(edited());
    expect(editedCold.equals(cold)).toBe(false);
    expect((await bytes(edited(), cache)).equals(editedCold)).toBe(true);

    const larger = (): Book => {
      const book = edited();
      book.print = { ...book.print, fontSize: 11.5, leading: 14.5 };
      return book;
    };
    const largerCold = await bytes(larger());
    expect((await bytes(larger(), cache)).equals(largerCold)).toBe(true);

    // And back: the first size's entries are still right.
    expect((await bytes(edited(), cache)).equals(editedCold)).toBe(true);
  }, 180_000);

  it('with the lines of paragraphs, the parsed fonts and the deflated page streams kept too (as watch keeps them), gives the same bytes after every edit', async () => {
    const cache = createMeasureCache();
    const store = createParagraphStore();
    cache.paragraphs = store;
    cache.fonts = new Map();
    cache.deflated = { current: new Map(), previous: new Map() };
    const cold = await bytes(fixtureBook());
    expect((await bytes(fixtureBook(), cache)).equals(cold)).toBe(true);
    // The four faces' files, parsed once for every render after.
    const fonts = [...cache.fonts.values()];
    expect(fonts).toHaveLength(4);
    const kept = new Map(store.current);
    expect(kept.size).toBeGreaterThan(10);

    // The edited book: its other paragraphs are the very entries set by the render before.
    const editedCold = await bytes(edited());
    expect((await bytes(edited(), cache)).equals(editedCold)).toBe(true);
    const reused = [...store.current].filter(([key, entry]) => kept.get(key) === entry);
    expect(reused.length).toBeGreaterThan(kept.size / 2);
    expect(reused.length).toBeLessThan(store.current.size);
    expect([...cache.fonts.values()]).toEqual(fonts);
    // Most pages' streams were deflated by the render before.
    const streams = cache.deflated.current;
    expect([...streams.values()].filter((stream) => [...cache.deflated!.previous.values()].includes(stream)).length).toBeGreaterThan(streams.size / 2);

    // Another type size sets every paragraph afresh, and going back finds the same bytes again.
    const larger = (): Book => {
      const book = edited();
      book.print = { ...book.print, fontSize: 11.5, leading: 14.5 };
      return book;
    };
    expect((await bytes(larger(), cache)).equals(await bytes(larger()))).toBe(true);
    expect((await bytes(edited(), cache)).equals(editedCold)).toBe(true);
    expect((await bytes(fixtureBook(), cache)).equals(cold)).toBe(true);
  }, 180_000);
});
