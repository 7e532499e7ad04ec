import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { aceScript, findChromium, runAce } from '../../pipeline/check/ace.ts';
import { renderEpub } from '../../pipeline/render/epub/index.ts';
import { FIXTURE_PAGES, fixtureBook } from '../render/epub-fixture.ts';
import { buildRealEpub } from './_real-book.ts';

const aceReady = aceScript() !== undefined && (await findChromium()) !== undefined;

/** Ace starts Chromium and renders every document. */
const ACE_TIMEOUT = 180_000;

async function writeTemp(name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'anthology-ace-test-')), name);
  await writeFile(file, bytes);
  return file;
}

/** The fixture EPUB with one document changed. */
async function alteredFixture(file: string, change: (text: string) => string): Promise<string> {
  const files = unzipSync(await renderEpub(fixtureBook()));
  const archive: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    archive[name] = [name === file ? strToU8(change(strFromU8(data))) : data, { level: name === 'mimetype' ? 0 : 6 }];
  }
  return writeTemp('altered.epub', zipSync(archive));
}

describe.skipIf(!aceReady)('Ace by DAISY', () => {
  it('finds no violation in the fixture book with its print page numbers', async () => {
    const result = await runAce(await writeTemp('fixture.epub', await renderEpub(fixtureBook(), { pageBreaks: FIXTURE_PAGES })));
    expect(result.available).toBe(true);
    expect(result.messages).toEqual([]);
    expect(result.outcome).toBe('pass');
    expect(result.summary).toBe('Ace: pass, 0 violations');
  }, ACE_TIMEOUT);

  it('reports each violation with its rule, document and impact', async () => {
    const epub = await alteredFixture('OEBPS/titlepage.xhtml', (xhtml) =>
      xhtml.replace(' xml:lang="en-GB" lang="en-GB"', '').replace('<h1 class="book-title">', '<img src="cover.svg"/><h1 class="book-title">'),
    );
    const result = await runAce(epub);
    expect(result.outcome).toBe('fail');
    expect(result.messages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'titlepage.xhtml', severity: 'error', ruleId: 'ace/html-has-lang' }),
        expect.objectContaining({ file: 'titlepage.xhtml', severity: 'error', ruleId: 'ace/image-alt', message: expect.stringContaining('at img') }),
      ]),
    );
    expect(result.summary).toMatch(/^Ace: fail, \d+ violations \(.*html-has-lang 1.*\)$/);
  }, ACE_TIMEOUT);

  describe('on the real book', () => {
    let epub: string;
    beforeAll(() => {
      epub = buildRealEpub();
    }, ACE_TIMEOUT);

    it('finds no violation', async () => {
      const result = await runAce(epub);
      expect(result.messages).toEqual([]);
      expect(result.outcome).toBe('pass');
    }, ACE_TIMEOUT);
  });
});

describe('runAce without a browser', () => {
  it.skipIf(aceScript() === undefined)('says Ace is unavailable, without throwing, when no Chromium is found', async () => {
    const saved = process.env.PUPPETEER_EXECUTABLE_PATH;
    try {
      delete process.env.PUPPETEER_EXECUTABLE_PATH;
      const found = await findChromium('/nonexistent/chromium');
      // Only meaningful where no system Chromium exists; elsewhere the fallback is found.
      if (found === undefined) {
        const result = await runAce('book.epub', { chromium: '/nonexistent/chromium' });
        expect(result).toMatchObject({ available: false, messages: [] });
      } else {
        expect(found).not.toBe('/nonexistent/chromium');
      }
    } finally {
      if (saved !== undefined) process.env.PUPPETEER_EXECUTABLE_PATH = saved;
    }
  });
});
