import { describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { readsAsCaption } from '../../pipeline/images/captions.ts';

const paragraph = (markdown: string) => fromMarkdown(markdown).children[0] as Paragraph;

describe('a paragraph after a picture that reads as its caption', () => {
  it.each([
    '*The barricade of the rue Saint-Maur, 1871.*',
    'Photo: the route of the march, drawn by the committee in 1912.',
    'Figure 3. The committee in session.',
    'Fig. 2 — The banner.',
    'Plate IV',
    '© Agence Rol, Paris.',
    'Photo by Ann Smith',
    'Abb. 1: Der Streik.',
    'Рис. 2. Баррикада.',
    'The barricade at the rue Saint-Maur',
  ])('%s', (markdown) => expect(readsAsCaption(paragraph(markdown))).toBe(true));

  it.each([
    'The march went on for three days. Nobody who walked it forgot it.',
    'He never came back.',
    'Photographers were everywhere that day, and the crowd was large enough to fill the square from end to end, so that nobody could move for an hour or more while the speakers went on.',
    '![another picture](b.png)',
    'A first line\\\nand a second',
  ])('not: %s', (markdown) => expect(readsAsCaption(paragraph(markdown))).toBe(false));
});
