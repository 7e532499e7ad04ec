import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeBeforeRepairs, repairMojibake, loadSource } from '../../pipeline/load/index.ts';
import { MINIMAL_CONFIG, makeSourceDir, piece } from '../helpers.ts';

/** What a UTF-8 text looks like after being decoded as Windows-1252. */
function garble(text: string): string {
  const high = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
  return Array.from(Buffer.from(text, 'utf8'), (b) => (b >= 0x80 && b <= 0x9f ? high[b - 0x80]! : String.fromCharCode(b))).join('');
}

describe('repairMojibake', () => {
  it('undoes UTF-8 read as Windows-1252, and says where', () => {
    expect(repairMojibake('the workersâ€™ state')).toEqual({ text: 'the workers’ state', repairs: [{ offset: 11, old: 'â€™', new: '’' }] });
    expect(repairMojibake('cafÃ© â€œquotedâ€\u009D â€” done').text).toBe('café “quoted” — done');
    expect(repairMojibake('Â£5 and 10Â°C').text).toBe('£5 and 10°C');
  });

  it('undoes text garbled twice', () => {
    expect(repairMojibake(garble(garble('workers’'))).text).toBe('workers’');
  });

  it('leaves legitimate text alone', () => {
    for (const text of ['café', 'naïve', 'São Paulo', 'Ærø', 'Ångström', 'Straße', '€5', '“quoted” — dash', 'Ã la carte', 'NÃO', 'à¡', 'â€ alone', '1½ × 2¾']) {
      expect(repairMojibake(text), text).toEqual({ text, repairs: [] });
    }
  });

  it('restores any text garbled once, and never changes a text that was not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        // C1 controls and U+FFFD are refused as repairs by design (not text anyone wrote; a character already lost).
        const clean = text.replace(/[\u0080-\u009F\uFFFD]/g, '');
        expect(repairMojibake(garble(clean)).text).toBe(clean);
      }),
      { numRuns: 300 },
    );
  });

  it('moves places on a repaired line back to the file as read', () => {
    const repairs = [{ line: 3, column: 5, old: 'â€™', new: '’' }, { line: 3, column: 12, old: 'Ã©', new: 'é' }];
    expect(placeBeforeRepairs(repairs, { line: 3, column: 4 })).toEqual({ line: 3, column: 4 });
    expect(placeBeforeRepairs(repairs, { line: 3, column: 5 })).toEqual({ line: 3, column: 5 });
    expect(placeBeforeRepairs(repairs, { line: 3, column: 6 })).toEqual({ line: 3, column: 8 });
    expect(placeBeforeRepairs(repairs, { line: 3, column: 11 })).toEqual({ line: 3, column: 14 });
    expect(placeBeforeRepairs(repairs, { line: 4, column: 6 })).toEqual({ line: 4, column: 6 });
  });
});

describe('load', () => {
  it('repairs mojibake with a warning at each place, and keeps the repairs for the report', async () => {
    const dir = await makeSourceDir({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': piece('title: One\nauthor: A', 'Intro.\nThe workersâ€™ state, cafÃ©.\n') });
    const { manuscripts, diagnostics, repairs } = await loadSource(dir);
    expect(manuscripts[0]!.body).toBe('Intro.\nThe workers’ state, café.\n');
    expect(diagnostics.filter((d) => d.ruleId === 'load/mojibake').map((d) => `${d.line}:${d.column}`)).toEqual(['6:12', '6:26']);
    expect(Object.values(repairs)[0]).toEqual([
      expect.objectContaining({ ruleId: 'load/mojibake', line: 6, column: 12, old: 'â€™', new: '’' }),
      expect.objectContaining({ line: 6, column: 26, old: 'Ã©', new: 'é' }),
    ]);
  });

  it('takes a long paragraph of Chinese, written without spaces, for the sentences it is', async () => {
    const chinese = '革命不是请客吃饭，不是做文章，不是绘画绣花。'.repeat(200);
    const dir = await makeSourceDir({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': piece('title: One\nauthor: A', `${chinese}\n`) });
    await expect(loadSource(dir)).resolves.toBeDefined();
    const pasted = await makeSourceDir({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': piece('title: One\nauthor: A', `革${'A'.repeat(2000)}\n`) });
    await expect(loadSource(pasted)).rejects.toMatchObject({ diagnostics: [expect.objectContaining({ ruleId: 'load/long-word' })] });
  });

  it('refuses a word of thousands of characters unless a correction replaces it', async () => {
    const long = 'data:image/png;base64,' + 'A'.repeat(5000);
    const failing = await makeSourceDir({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': piece('title: One\nauthor: A', `Text.\n\n${long}\n`) });
    await expect(loadSource(failing)).rejects.toMatchObject({ diagnostics: [expect.objectContaining({ ruleId: 'load/long-word', line: 7, column: 1 })] });
    const corrected = await makeSourceDir({
      'anthology.yaml': MINIMAL_CONFIG,
      'one.md': piece(`title: One\nauthor: A\ncorrections:\n  - find: "${long}"\n    replace: "[image]"\n    reason: pasted image data`, `Text.\n\n${long}\n`),
    });
    await expect(loadSource(corrected)).resolves.toBeDefined();
  });

  it('names a key missing from a union as missing, and a key of the wrong type as invalid', async () => {
    const dir = await makeSourceDir({ 'anthology.yaml': 'title: 5\ncontents: [one.md]\n' });
    await expect(loadSource(dir)).rejects.toMatchObject({
      diagnostics: expect.arrayContaining([
        expect.objectContaining({ ruleId: 'schema/invalid-value', message: 'Unexpected value for “title”, expected string' }),
        expect.objectContaining({ ruleId: 'schema/missing-key', message: 'Missing required key “editors”' }),
      ]),
    });
  });
});
