/**
 * The book's `language:` reaches the cleaner for every piece that names none of its own: a
 * French book's pieces are checked against the French dictionary, not read as a text in an
 * unknown language (no suspects at all) nor checked as English.
 */
import { describe, expect, it } from 'vitest';
import { buildAnthology } from '../../pipeline/build.ts';
import { makeSourceDir, piece } from '../helpers.ts';
import { freshDir } from './_book.ts';

const modified = new Date(Date.UTC(2026, 0, 1));
const FRENCH =
  "Les éclusiers habitaient de petites maisons près du canal. Le travail des ouvriers était dur, et le travial était long ; l'été, les péniches s'arrêtaient.\n";

const suspects = (cleaned: { diagnostics: { ruleId?: string; message: string }[] }) =>
  cleaned.diagnostics.filter((d) => d.ruleId === 'spelling/suspect').map((d) => d.message);

describe('spelling in the language of the book', () => {
  it('checks a piece without a language against the dictionary of the book’s', async () => {
    const source = await makeSourceDir({
      'anthology.yaml': 'title: Un livre\nlanguage: fr\neditors: [E]\ncontents: [a.md, b.md]\n',
      'a.md': piece('title: A\nauthor: X', FRENCH),
      'b.md': piece('title: B\nauthor: Y\nlanguage: en', 'The lock keepers lived in small houses by the canal, and the work was hard.\n'),
    });
    const result = await buildAnthology({ sourceDir: source, outDir: freshDir('book-language'), modified });
    expect(suspects(result.cleaned[0]!)).toEqual(['Unexpected word “travial”, expected “travail”?']);
    expect(suspects(result.cleaned[1]!)).toEqual([]);
  });
});
