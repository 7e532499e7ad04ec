/**
 * An interview extracted from a PDF ends on a question (a turn) with the page's folio and
 * running head under it: the turn asks for a blank line after it and the heading under it for
 * its marker at the same point. The pass made two insertions there and the runner refused
 * them, so the whole text failed to clean (found by the third validation split).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../pipeline/clean/index.ts';

const input = readFileSync(path.join(import.meta.dirname, '_interview-ending-on-a-question.txt'), 'utf8');

describe('pdf/heading on consecutive turns and headings', () => {
  it('cleans the text, keeps the last question as its own paragraph, and loses no words of the answers', () => {
    const result = createCleaner().cleanText(input, { file: 'interview.txt', format: 'pdf-text' });
    const paragraphs = result.markdown.split(/\n{2,}/);
    expect(paragraphs).toContain('Was it won?');
    expect(paragraphs).toContain('And the pay?');
    expect(result.markdown).toContain('She had a tongue on her, and they were more afraid of her than of the foreman.');
    expect(result.markdown).toContain('By the basket, and not much of it.');
  });
});
