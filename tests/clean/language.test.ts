import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../pipeline/clean/index.ts';
import { spellingVariety } from '../../pipeline/clean/_language.ts';
import { loadSpeller } from '../../pipeline/clean/_words.ts';

const cleaner = createCleaner();
const suspects = (text: string, language?: string): string[] =>
  cleaner
    .cleanText(text, { file: 'p.txt', format: 'web', ...(language ? { language } : {}) })
    .diagnostics.filter((d) => d.ruleId === 'spelling/suspect')
    .map((d) => d.message);

const BRITISH =
  'The council agreed a programme of works to organise the colour of the harbour front.\n\nIts neighbours thought the centre of the town, mouldering for years, would be a fine theatre for the labour movement, and the programme was signed.\n';

describe('spelling by language variety', () => {
  it('reads British spelling from the text itself and checks it against the British dictionary', () => {
    expect(spellingVariety(BRITISH, undefined, loadSpeller('en-US'), () => loadSpeller('en-GB'))).toBe('en-GB');
    expect(suspects(BRITISH)).toEqual([]);
  });

  it('takes the variety from a language tag', () => {
    expect(spellingVariety('The color of the theater.', 'en-GB', loadSpeller('en-US'), () => loadSpeller('en-GB'))).toBe('en-GB');
    expect(spellingVariety('Plain words here.', 'en-US', loadSpeller('en-US'), () => loadSpeller('en-GB'))).toBe('en-US');
    expect(suspects('A programme of works was agreed by the council this year, and the work was begun.\n', 'en-GB')).toEqual([]);
  });

  it('still flags a misspelling in a British text', () => {
    expect(suspects(`${BRITISH}\nThe programme was a sucess with the neighbours.\n`).join(' ')).toContain('sucess');
  });

  it('gives a text in a language without a dictionary no suspects and no repairs', () => {
    const german = 'Die Schleusenwärter wohnten in kleinen Häusern am Kanal, und ihre Kinder lernten schwimmen, bevor sie lesen lernten.\n';
    expect(spellingVariety(german, undefined, loadSpeller('en-US'), () => loadSpeller('en-GB'))).toBe('none');
    expect(suspects(german)).toEqual([]);
    expect(suspects('Een tekst in het Nederlands met een foutt erin.\n', 'nl')).toEqual([]);
    const repaired = cleaner.cleanText(german, { file: 'p.txt', format: 'pdf-text', language: 'nl' });
    expect(repaired.markdown).toContain('Schleusenwärter wohnten in kleinen Häusern');
  });

  it('reads the language of a page from its paragraphs, not from the English menus and link titles around them', () => {
    const chrome = Array.from({ length: 14 }, (_, k) => `Read the story about river boats and the old mills of the valley, part ${k + 1}`).join('\n');
    const french =
      "Nous sommes arrivés au moulin un peu avant la nuit, et le meunier nous a fait entrer dans la cuisine où sa femme préparait une soupe de légumes. Il parlait peu, mais il nous a montré les meules, la roue et le canal, puis il nous a laissés dormir dans le grenier, sur des sacs de farine vides qui sentaient encore le blé.";
    const page = `Home\nNews\nAbout us\n${chrome}\n\n${french}\n\nShare this page\nSign up for our newsletter\n`;
    // Word for word the English lines outnumber the French paragraph; weighed by their lines, they do not.
    const english = (page.match(/\p{Ll}{3,}/gu) ?? []).filter((w) => loadSpeller('en-US').correct(w)).length;
    expect(english).toBeGreaterThan((page.match(/\p{Ll}{3,}/gu) ?? []).length * 0.6);
    expect(spellingVariety(page, undefined, loadSpeller('en-US'), () => loadSpeller('en-GB'))).toBe('none');
    // An English piece under the same menus is still English.
    const piece = 'We reached the mill a little before dark, and the miller took us into the kitchen, where his wife was making a soup of vegetables. He said little, but he showed us the stones, the wheel and the race, and let us sleep in the loft on empty sacks that still smelt of wheat.';
    expect(spellingVariety(`Home\nNews\n${chrome}\n\n${piece}\n`, undefined, loadSpeller('en-US'), () => loadSpeller('en-GB'))).not.toBe('none');
  });
});
