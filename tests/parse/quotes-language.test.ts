import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseCleanText } from '../../pipeline/parse/index.ts';
import { smarten } from '../../pipeline/parse/typography.ts';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

describe('quotation marks and spacing by language', () => {
  it('sets French guillemets with narrow no-break spaces, and spaces before high punctuation', () => {
    expect(smarten('Ils disaient : "Du pain !" Et toi ; pourquoi pas ?', 'fr')).toBe(
      `Ils disaient${NBSP}: «${NNBSP}Du pain${NNBSP}!${NNBSP}» Et toi${NNBSP}; pourquoi pas${NNBSP}?`,
    );
    // Guillemets typed by the author get their spaces too; an apostrophe stays one.
    expect(smarten("«C'est la lutte»", 'fr-CA')).toBe(`«${NNBSP}C’est la lutte${NNBSP}»`);
  });

  it('sets a French incise apart after an address, and leaves the address as typed', () => {
    expect(smarten("Voir https://x.org/a-1911-1912—dit-elle—et x.org—la suite, ou « https://x.org/?q='a' ».", 'fr')).toBe(
      `Voir https://x.org/a-1911-1912 —${NBSP}dit-elle${NBSP}— et x.org —${NBSP}la suite, ou «${NNBSP}https://x.org/?q='a'${NNBSP}».`,
    );
  });

  it('sets French dashes apart, a no-break space inside the incise, as it does its quotes', () => {
    // Typed with spaces, as two hyphens, as a spaced hyphen, or close as English sets them.
    for (const typed of ['Il partit — dit-elle — sans un mot.', 'Il partit -- dit-elle -- sans un mot.', 'Il partit - dit-elle - sans un mot.', 'Il partit—dit-elle—sans un mot.']) {
      expect(smarten(typed, 'fr')).toBe(`Il partit —${NBSP}dit-elle${NBSP}— sans un mot.`);
    }
    // An en dash typed for the incise stays one; a range and a compound keep theirs unspaced.
    expect(smarten('Il partit – dit-elle – sans un mot, de 1914-1918, Paris–Lyon.', 'fr')).toBe(`Il partit –${NBSP}dit-elle${NBSP}– sans un mot, de 1914–1918, Paris–Lyon.`);
    // Dialogue; a closing dash before a comma; an incise left open to the sentence's end; the next sentence's pair.
    expect(smarten('-- Oui, dit-il.', 'fr')).toBe(`—${NBSP}Oui, dit-il.`);
    expect(smarten('— Oui, dit-il — et il partit — sans un mot.', 'fr')).toBe(`—${NBSP}Oui, dit-il —${NBSP}et il partit${NBSP}— sans un mot.`);
    expect(smarten('Il partit — sans un mot. Puis — enfin — il revint.', 'fr')).toBe(`Il partit —${NBSP}sans un mot. Puis —${NBSP}enfin${NBSP}— il revint.`);
    expect(smarten('Il partit — sans un mot —, puis revint.', 'fr')).toBe(`Il partit —${NBSP}sans un mot${NBSP}—, puis revint.`);
    // English keeps its closed-up em dashes.
    expect(smarten('He left — she said — without a word.', 'en')).toBe('He left—she said—without a word.');
  });

  it('sets German low-high quotes, with the secondary pair inside', () => {
    expect(smarten('Sie sangen: "Brot und \'Rosen\'!" Das ist\'s.', 'de')).toBe('Sie sangen: „Brot und ‚Rosen‘!“ Das ist’s.');
  });

  it('keeps German quotes typed as German, low-high, the closing “ and ‘ no opening marks', () => {
    expect(smarten('„Kommst du?“, fragte sie.', 'de')).toBe('„Kommst du?“, fragte sie.');
    expect(smarten('Er sagte: „Das ist ‚sein‘ Buch.“', 'de-AT')).toBe('Er sagte: „Das ist ‚sein‘ Buch.“');
    expect(smarten('„Ano“, řekl.', 'cs')).toBe('„Ano“, řekl.');
    // Typed German-style in a piece of another language: the pair is that language's.
    expect(smarten('„Non“, dit-il.', 'fr')).toBe(`«${NNBSP}Non${NNBSP}», dit-il.`);
    expect(smarten('„Tak”, powiedział.', 'pl')).toBe('„Tak”, powiedział.');
  });

  it('sets Russian guillemets with „ “ inside, and no spaces', () => {
    expect(smarten('Он сказал: "Хлеба и "мира"!"', 'ru')).toBe('Он сказал: «Хлеба и «мира»!»');
    expect(smarten('“Хлеба”', 'ru-RU')).toBe('«Хлеба»');
  });

  it('keeps English marks for English and for a language it has no convention for', () => {
    expect(smarten('"Bread," she said, \'and roses.\'', 'en-GB')).toBe('“Bread,” she said, ‘and roses.’');
    expect(smarten('"Mkate"', 'sw')).toBe('“Mkate”');
    expect(smarten('"Bread"')).toBe('“Bread”');
  });

  it('works on the text nodes of a piece, across emphasis', () => {
    const tree = parseCleanText('Il dit : "*Non* !"\n', { file: 'x.md', language: 'fr' }).tree;
    expect(toString(tree)).toBe(`Il dit${NBSP}: «${NNBSP}Non${NNBSP}!${NNBSP}»`);
  });
});
