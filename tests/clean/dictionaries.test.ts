/**
 * Spelling by the language of a piece: French, German, Spanish and Russian texts are checked
 * against their own Hunspell dictionaries (wooorm's dictionary-* packages), never against the
 * English one, and a language without a dictionary gets no suspects.
 */
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../../pipeline/clean/index.ts';
import { spellingVariety } from '../../pipeline/clean/_language.ts';
import { loadSpeller } from '../../pipeline/clean/_words.ts';

const cleaner = createCleaner();
const cleaned = (text: string, language: string, format: 'web' | 'pdf-text' = 'web') => cleaner.cleanText(text, { file: 'p.txt', format, language });
const suspects = (text: string, language: string): string[] =>
  cleaned(text, language)
    .diagnostics.filter((d) => d.ruleId === 'spelling/suspect')
    .map((d) => d.message);
const variety = (language: string) => spellingVariety('', language, loadSpeller('en-US'), () => loadSpeller('en-GB'));

const FRENCH =
  "Les éclusiers habitaient de petites maisons près du canal. Leurs enfants apprenaient à nager avant de savoir lire, et l'été ils pêchaient. À l’hiver, les péniches s'arrêtaient ; on réparait les portes d'écluse, aujourd’hui comme hier, et la communauté était forte et généreuse.\n";

describe('spelling dictionaries by language', () => {
  it('picks the dictionary of the language tag, whatever its region', () => {
    expect(['fr', 'fr-CA', 'de-AT', 'es-MX', 'ru'].map(variety)).toEqual(['fr', 'fr', 'de', 'es', 'ru']);
    expect(variety('nl')).toBe('none');
  });

  it('accepts accented French words and flags a French misspelling with a French suggestion', () => {
    expect(suspects(FRENCH, 'fr')).toEqual([]);
    const found = suspects(`${FRENCH}\nLe travail des ouvriers était dur, et le travial était long.\n`, 'fr');
    expect(found).toEqual(['Unexpected word “travial”, expected “travail”?']);
  });

  it('makes no English repairs in a French text, and joins French words broken at a line end', () => {
    const text = 'Les ouvriers du ca-\nnal habitaient de peti-\ntes maisons, et ils tra-\nvaillaient sur le quai-\nouest.\n';
    const result = cleaned(text, 'fr', 'pdf-text');
    expect(result.markdown).toContain('Les ouvriers du canal habitaient de petites maisons, et ils travaillaient');
    // The same words checked as English would not be known, and no edit is made from English.
    expect(loadSpeller('en-US').correct('travaillaient')).toBe(false);
    expect(result.edits.every((edit) => edit.ruleId === 'pdf/dehyphenate' || edit.ruleId.startsWith('pdf/'))).toBe(true);
  });

  it('does not flood a German text of compounds with suspects, and still flags a German misspelling', () => {
    const german =
      'Die Schleusenwärter wohnten in kleinen Häusern am Kanal. Die Arbeiterbewegung forderte eine Arbeitszeitverkürzung und Mitbestimmungsrechte, und die Gewerkschaftsversammlung stimmte der Lohnerhöhungsforderung und dem Kanalbauprogramm zu.\n';
    expect(suspects(german, 'de')).toEqual([]);
    expect(suspects(`${german}\nDie Arbeiter wohnten in klienen Häusern.\n`, 'de')).toEqual(['Unexpected word “klienen”, expected “kleinen”?']);
  });

  it('checks Spanish and Russian against their own dictionaries', () => {
    expect(suspects('Los trabajadores del canal vivían en casas pequeñas, y la huelga duró tres semanas. Un errror aquí.\n', 'es')).toEqual([
      'Unexpected word “errror”, expected “error”?',
    ]);
    expect(suspects('Рабочие канала жили в маленьких домах, и забастовка длилась три недели. Здесь ошибкаа.\n', 'ru')).toEqual([
      'Unexpected word “ошибкаа”, expected “ошибка”?',
    ]);
  });
});
