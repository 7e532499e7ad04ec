/**
 * The language a raw input declares (a page's `<html lang>`, `xml:lang` or content-language; a
 * Word file's `w:lang`) becomes its piece's language unless the editor gives one: the built
 * EPUB marks the piece in it and sets its quotes as that language does, and the PDF tags it.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { freshDir, openEpub, runCli } from '../build/_book.ts';
import { makeSourceDir } from '../helpers.ts';
import { makeDocx } from './_docx.ts';
import { documentLanguageTag, vaguerLanguage } from '../../pipeline/languages.ts';

const page = (html: string, head = '') =>
  `<!DOCTYPE html>\n<html ${html}>\n<head><meta charset="utf-8">${head}<title>Les mariniers</title></head>\n<body><article><h1>Les mariniers</h1>\n<p>Les mariniers étaient payés à la tonne, et non à l’heure : chaque retard sortait de leur poche. Le comité disait "nous tiendrons" et se réunissait chaque soir.</p>\n<p>Le comité se réunissait chaque soir dans une auberge au bord du bassin, et les femmes tenaient la caisse de grève avec une rigueur que les patrons n’avaient pas prévue.</p></article></body>\n</html>\n`;

const GERMAN_DOCX = makeDocx({
  creator: 'Anna Weber',
  language: 'en-US', // the template's default, left over
  blocks: [
    { runs: [{ text: 'Die Schiffer wurden nach der Tonne bezahlt, nicht nach der Stunde. Das Komitee sagte "wir halten durch" und traf sich jeden Abend.', lang: 'de-DE' }] },
    { runs: [{ text: 'Das Komitee traf sich jeden Abend in einem Wirtshaus am Hafenbecken.', lang: 'de-DE' }, ' Notes.'] },
  ],
});

function sectionOf(out: string, words: string): string {
  const epub = openEpub(path.join(out, 'a-test-book.epub'));
  return epub.spine.map((name) => epub.text(name)).find((xhtml) => xhtml.includes(words))!;
}

function pdfLanguages(out: string): string[] {
  const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', path.join(out, 'a-test-book.pdf'), '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('latin1');
  return [...qdf.matchAll(/\/Lang \(([^)]*)\)/g)].map((m) => m[1]!);
}

describe('the language of a raw input', () => {
  it('reads tags as documents write them', () => {
    expect(documentLanguageTag('fr')).toBe('fr');
    expect(documentLanguageTag('en_gb')).toBe('en-GB');
    expect(documentLanguageTag(' fr-FR, en')).toBe('fr-FR');
    expect(documentLanguageTag('zh-hant-tw')).toBe('zh-Hant-TW');
    for (const none of ['', 'x-none', 'und', 'english language', undefined]) expect(documentLanguageTag(none)).toBeUndefined();
    expect(vaguerLanguage('en', 'en-GB')).toBe(true);
    expect(vaguerLanguage('en-US', 'en-GB')).toBe(false);
    expect(vaguerLanguage('fr', 'en-GB')).toBe(false);
  });

  it('takes the page’s and the Word file’s, and the editor’s over either', async () => {
    const source = await makeSourceDir({
      'anthology.yaml': 'title: A Test Book\nlanguage: en-GB\neditors: [Ed Itor]\ncontents:\n  - file: lang.html\n    author: Jeanne Martin\n  - file: xmllang.html\n    author: Jeanne Martin\n    title: Xml\n  - file: meta.html\n    author: Jeanne Martin\n    title: Meta\n  - schiffer.docx\n  - file: told.html\n    author: Jeanne Martin\n    title: Told\n    language: en\n  - file: vague.html\n    author: Jeanne Martin\n    title: Vague\n',
      'lang.html': page('lang="fr"'),
      'xmllang.html': page('xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr-CA"').replace('payés', 'payés (xml)'),
      'meta.html': page('', '<meta http-equiv="Content-Language" content="fr">').replace('payés', 'payés (meta)'),
      'schiffer.docx': GERMAN_DOCX,
      'schiffer.yaml': 'title: Die Schiffer\n',
      'told.html': page('lang="fr"').replace('payés', 'payés (told)'),
      'vague.html': page('lang="en"').replace('payés', 'payés (vague)'),
    });
    const out = freshDir('out');
    const result = runCli(['build', source, '--out', out, '--no-cache']);
    expect(result.status, result.stderr).toBe(0);

    const french = sectionOf(out, 'payés à la tonne');
    expect(french).toMatch(/<html [^>]*xml:lang="fr" lang="fr"/);
    expect(french).toContain('«\u202Fnous tiendrons\u202F»');
    expect(result.stderr).toMatch(/lang\.html: info language “fr” taken from the document \(<html lang>\)/);
    expect(sectionOf(out, 'payés (xml)')).toMatch(/<html [^>]*xml:lang="fr-CA" lang="fr-CA"/);
    expect(result.stderr).toMatch(/xmllang\.html: info language “fr-CA” taken from the document \(<html xml:lang>\)/);
    expect(sectionOf(out, 'payés (meta)')).toMatch(/<html [^>]*xml:lang="fr" lang="fr"/);
    expect(result.stderr).toMatch(/meta\.html: info language “fr” taken from the document \(meta content-language\)/);

    // Most of the Word file's text is marked German, whatever its template's default says.
    const german = sectionOf(out, 'Schiffer wurden');
    expect(german).toMatch(/<html [^>]*xml:lang="de-DE" lang="de-DE"/);
    expect(german).toContain('„wir halten durch“');
    expect(result.stderr).toMatch(/schiffer\.docx: info language “de-DE” taken from the document \(w:lang of 9\d% of the text\)/);

    // The editor's language wins; a page's bare `en` in an en-GB book leaves the book's.
    const told = sectionOf(out, 'payés (told)');
    expect(told).toMatch(/<html [^>]*xml:lang="en" lang="en"/);
    expect(told).toContain('“nous tiendrons”');
    expect(result.stderr).not.toMatch(/told\.html: info language/);
    const vague = sectionOf(out, 'payés (vague)');
    expect(vague).not.toMatch(/<html [^>]*lang="en"/);
    expect(vague).toMatch(/<html [^>]*xml:lang="en-GB"|<html (?![^>]*lang=)/);
    expect(result.stderr).not.toMatch(/vague\.html: info language/);

    expect(pdfLanguages(out)).toEqual(expect.arrayContaining(['en-GB', 'fr', 'fr-CA', 'de-DE']));
  }, 120_000);
});
