/**
 * Files in a legacy encoding: one that says which (an HTML page's `<meta charset>` or `http-equiv`
 * declaration, an XML declaration) is read in it; one that does not, in the encoding its bytes
 * clearly show; Western text, and doubt, as Windows-1252. Never silently.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource, decodeWindows1252 } from '../../pipeline/load/_decode.ts';

/** Text in a single-byte encoding, by inverting a decoder for it (Node's may read Windows-1252 as Latin-1: the loader's own table for that one). */
function encode(text: string, encoding: string): Uint8Array {
  const decode = encoding === 'windows-1252' ? decodeWindows1252 : (bytes: Uint8Array) => new TextDecoder(encoding).decode(bytes);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from([...text], (char) => {
    const byte = table.get(char);
    if (byte === undefined) throw new Error(`${char} is not in ${encoding}`);
    return byte;
  });
}

const RUSSIAN = 'Советы были органами рабочего класса. Их власть — не власть партии; так писали в 1921 году «Известия».';
/** KOI8-R has no dashes or guillemets. */
const KOI8_RUSSIAN = RUSSIAN.replace(' — ', ', ').replace('«', '"').replace('»', '"');
const page = (declaration: string, body: string): string => `<!DOCTYPE html><html><head>${declaration}<title>Советы</title></head><body><article><h1>Советы</h1><p>${body}</p><p>${body}</p></article></body></html>`;

describe('an encoding the file declares', () => {
  it('reads a page that declares Windows-1251 in a meta charset', () => {
    const read = decodeSource(encode(page('<meta charset="windows-1251">', RUSSIAN), 'windows-1251'), 'soviets.html');
    expect(read.text).toContain(RUSSIAN);
    expect(read.diagnostics.map((d) => d.message)).toEqual(['Unexpected bytes that are not UTF-8: decoded as WINDOWS-1251, as the file declares; save the file as UTF-8']);
  });

  it('reads a page that declares KOI8-R in an http-equiv Content-Type', () => {
    const read = decodeSource(encode(page('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=koi8-r">', KOI8_RUSSIAN), 'koi8-r'), 'soviets.html');
    expect(read.text).toContain(KOI8_RUSSIAN);
    expect(read.diagnostics[0]?.message).toContain('decoded as KOI8-R, as the file declares');
  });

  it('reads an XHTML file by its XML declaration', () => {
    const xhtml = `<?xml version="1.0" encoding="ISO-8859-2"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Zażółć gęślą jaźń: spółdzielnia w Łodzi.</p></body></html>`;
    const read = decodeSource(encode(xhtml, 'iso-8859-2'), 'lodz.xhtml');
    expect(read.text).toContain('Zażółć gęślą jaźń: spółdzielnia w Łodzi.');
  });

  it('reads a page that declares Latin-1 as the Windows-1252 the web means by it, curly quotes and all', () => {
    const read = decodeSource(encode(page('<meta charset="ISO-8859-1">', 'He said “no” – and left.').replaceAll('Советы', 'No'), 'windows-1252'), 'no.html');
    expect(read.text).toContain('He said “no” – and left.');
    expect(read.diagnostics[0]?.message).toBe('Unexpected bytes that are not UTF-8: decoded as WINDOWS-1252, as the file declares; save the file as UTF-8');
  });

  it('keeps UTF-8 that declares another encoding as UTF-8, silently', () => {
    const read = decodeSource(new TextEncoder().encode(page('<meta charset="windows-1251">', RUSSIAN)), 'soviets.html');
    expect(read.text).toContain(RUSSIAN);
    expect(read.diagnostics).toEqual([]);
  });

  it('falls back to Windows-1252 and names the declaration when it cannot be used', () => {
    const latin = page('<meta charset="x-klingon">', 'caf\u00e9 and na\u00efve').replaceAll('Советы', 'Soviets');
    const unknown = decodeSource(encode(latin, 'windows-1252'), 'cafe.html');
    expect(unknown.text).toContain('café and naïve');
    expect(unknown.diagnostics[0]?.message).toBe('Unexpected bytes that are not UTF-8: decoded as Windows-1252 (it declares x-klingon, which this Node cannot decode); save the file as UTF-8');
    // A Shift_JIS lead byte with nothing after it: the bytes are not valid in what the page declares.
    const wrong = decodeSource(Uint8Array.from([...encode(latin.replace('x-klingon', 'shift_jis'), 'windows-1252'), 0x81]), 'cafe.html');
    expect(wrong.diagnostics[0]?.message).toContain('(it declares shift_jis, which its bytes are not)');
  });

  it('gives the cleaned page in its own letters', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'anthology-charset-'));
    const file = path.join(dir, 'soviets.html');
    writeFileSync(file, encode(page('<meta http-equiv="content-type" content="text/html;charset=KOI8-R">', `${KOI8_RUSSIAN} ${KOI8_RUSSIAN}`), 'koi8-r'));
    const out = execFileSync('node', [path.resolve('bin/anthology.js'), 'clean', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toContain('Советы были органами рабочего класса.');
    expect(out).not.toMatch(/[ÐÑÃ]/);
  });
});

const POLISH = 'Spółdzielnia w Łodzi liczyła tysiąc członków; źródła mówią, że zebrania odbywały się w każdą środę, a składki płacono w złotych.';
const GERMAN = 'Die Genossenschaft in Köln zählte über tausend Mitglieder; Bäcker und Müller traten ihr bei, und die Beiträge wurden wöchentlich gezahlt.';

describe('a text file that declares no encoding', () => {
  it('is read in the Cyrillic or Central European encoding its letters show, with a warning that says so', () => {
    for (const [text, encoding] of [[RUSSIAN, 'windows-1251'], [KOI8_RUSSIAN, 'koi8-r'], [POLISH, 'windows-1250'], [POLISH, 'iso-8859-2']] as const) {
      const read = decodeSource(encode(`${text}\n\n${text}\n`, encoding), 'piece.md');
      expect(read.text, encoding).toBe(`${text}\n\n${text}\n`);
      expect(read.diagnostics[0]?.message, encoding).toBe(`Unexpected bytes that are not UTF-8: decoded as ${encoding.toUpperCase()}, which its letters show (it declares no encoding): check the text, and save the file as UTF-8`);
    }
  });

  it('stays Windows-1252 for Western text, curly quotes and all', () => {
    for (const text of [GERMAN, 'He said “no” – and left, paying £5 for the naïve café’s bill.', 'café']) {
      const read = decodeSource(encode(text, 'windows-1252'), 'piece.md');
      expect(read.text).toBe(text);
      expect(read.diagnostics[0]?.message).toBe('Unexpected bytes that are not UTF-8: decoded as Windows-1252; save the file as UTF-8');
    }
  });
});
