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
});
