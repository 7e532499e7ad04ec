import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../pipeline/clean/index.ts';
import type { TextFormat } from '../../pipeline/types.ts';

const cleaner = createCleaner();
const formats: TextFormat[] = ['web', 'pdf-text', 'markdown'];

/** Text made of the pieces cleaning cares about, so the properties meet real cases often. */
const piece = fc.constantFrom(
  'word', 'Word', 'sud-', ' denly', 'T', 'January 1990', '1. ', '## ', '• ', '*', '_', '[', ']', '<', '\\', '#', '> ', '- ',
  '.', '?', ',s', '  ', '\u00a0', '\n', '\n\n', '\r\n', '\t', '\u0007', '\uFFFE', '\uD800', 'Share this article!', 'Leave a Reply',
  'Continued page 4', 'THE RUSSIAN EMPIRE', 'inStalin', 'party.Lenin', 'he', 't is',
);
const messyText = fc.oneof(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')), fc.string({ unit: 'binary', maxLength: 200 }));

function letterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.match(/\p{L}/gu) ?? []) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

describe('cleanText properties', () => {
  it('never throws, whatever the text and profile', () => {
    fc.assert(
      fc.property(messyText, fc.constantFrom(...formats, undefined), (text, format) => {
        cleaner.cleanText(text, { file: 'x.txt', ...(format ? { format } : {}) });
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent: its Markdown, cleaned again as Markdown, does not change', () => {
    fc.assert(
      fc.property(messyText, fc.constantFrom(...formats), (text, format) => {
        const once = cleaner.cleanText(text, { file: 'x.txt', format }).markdown;
        const twice = cleaner.cleanText(once, { file: 'x.md', format: 'markdown' });
        expect(twice.markdown).toBe(once);
        expect(twice.edits).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('loses no letter silently: each is in the output or in the old text of an edit', () => {
    fc.assert(
      fc.property(messyText, fc.constantFrom(...formats), (text, format) => {
        const result = cleaner.cleanText(text, { file: 'x.txt', format });
        const kept = letterCounts(result.markdown);
        const removed = letterCounts(result.edits.map((e) => e.old).join(''));
        for (const [letter, count] of letterCounts(text)) {
          expect((kept.get(letter) ?? 0) + (removed.get(letter) ?? 0)).toBeGreaterThanOrEqual(count);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
