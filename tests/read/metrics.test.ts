import { describe, expect, it } from 'vitest';
import { align, score, words } from '../../eval/readers/_metrics.ts';

describe('the readers’ measures', () => {
  it('count substitutions, insertions and deletions as Levenshtein does', () => {
    const truth = words('the boatmen were paid by the ton');
    expect(align(truth, truth).errors).toBe(0);
    expect(align(truth, words('the boatmen was paid by the ton')).errors).toBe(1);
    expect(align(truth, words('the boatmen were paid by the ton carried')).errors).toBe(1);
    const lost = align(truth, words('the boatmen by the ton'));
    expect(lost.errors).toBe(2);
    expect(lost.deletions).toBe(2);
  });

  it('find furniture left in the output, paragraph breaks and headings missed', () => {
    const truth = '## The strike\n\nThe boatmen stopped work.\n\nThe companies gave way.';
    const good = score(truth, truth, ['Share on Facebook']);
    expect(good).toMatchObject({ wer: 0, lost: 0, furnitureLeft: [] });
    expect(good.paragraphs.f1).toBe(1);
    const bad = score(truth, 'Share on Facebook\n\nThe strike The boatmen stopped work. The companies gave way.', ['Share on Facebook']);
    expect(bad.furnitureLeft).toEqual(['share', 'on', 'facebook']);
    expect(bad.headings.recall).toBe(0);
    expect(bad.paragraphs.recall).toBeLessThan(0.5);
  });
});

describe('the evaluation’s pages', () => {
  it('hold every furniture text they list, in each template, and the truth’s words', async () => {
    const { htmlPage, HELD_OUT_TEMPLATES } = await import('../../eval/readers/_render.ts');
    const truth = { name: 't', title: 'A Title', author: 'An Author', markdown: '## A heading\n\nA paragraph of the text, with *emphasis*.' };
    for (const template of ['dev', ...HELD_OUT_TEMPLATES] as const) {
      const page = htmlPage(truth, template);
      const visible = page.html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      for (const text of page.furniture) expect(visible, `${template}: “${text}”`).toContain(text.replace(/\s+/g, ' '));
      expect(visible).toContain('A paragraph of the text, with emphasis');
    }
  });
});
