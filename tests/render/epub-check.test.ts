import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EPUBCHECK_JAR, runEpubcheck } from '../../pipeline/check/epubcheck.ts';
import { renderEpub } from '../../pipeline/render/epub/index.ts';
import { fixtureBook } from './epub-fixture.ts';

const epubcheckInstalled = existsSync(DEFAULT_EPUBCHECK_JAR) && spawnSync('java', ['-version']).status === 0;

async function tempPath(name: string): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), 'anthology-epubcheck-')), name);
}

/** The fixture EPUB with some of its files changed (or removed, for `null`). */
async function alteredEpub(changes: Record<string, ((text: string) => string) | null>): Promise<string> {
  const files = unzipSync(await renderEpub(fixtureBook()));
  const archive: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    const change = changes[name];
    if (change === null) continue;
    archive[name] = [change ? strToU8(change(strFromU8(data))) : data, { level: name === 'mimetype' ? 0 : 6 }];
  }
  const file = await tempPath('altered.epub');
  await writeFile(file, zipSync(archive));
  return file;
}

describe('runEpubcheck', () => {
  it('says EPUBCheck is unavailable, without throwing, when the jar is missing', async () => {
    const result = await runEpubcheck('book.epub', { jar: '/nonexistent/epubcheck.jar' });
    expect(result).toMatchObject({ available: false, messages: [] });
  });

  it('says EPUBCheck is unavailable, without throwing, when Java is missing', async () => {
    const result = await runEpubcheck('book.epub', { java: 'no-such-java-command', jar: DEFAULT_EPUBCHECK_JAR });
    expect(result.available).toBe(false);
    expect(result.messages).toEqual([]);
  });

  it.skipIf(!epubcheckInstalled)('turns a message about a file inside the EPUB into a diagnostic at its line', async () => {
    const epub = await alteredEpub({
      'OEBPS/content.opf': (opf) => opf.replace(/<dc:language>[^<]*<\/dc:language>/, ''),
    });
    const result = await runEpubcheck(epub);
    expect(result.available).toBe(true);
    expect(result.messages).toContainEqual(
      expect.objectContaining({ file: 'OEBPS/content.opf', severity: 'error', ruleId: 'RSC-005', line: expect.any(Number) }),
    );
    expect(result.summary).toMatch(/^Messages: 0 fatals \/ [1-9]\d* errors? \/ \d+ warnings? \/ \d+ infos?$/);
  });

  it.skipIf(!epubcheckInstalled)('names the EPUB itself for a message about the container', async () => {
    const epub = await alteredEpub({ 'OEBPS/colophon.xhtml': null });
    const result = await runEpubcheck(epub);
    expect(result.messages).toContainEqual({ file: epub, severity: 'error', ruleId: 'RSC-001', message: expect.stringContaining('colophon.xhtml') });
  });

  it.skipIf(!epubcheckInstalled)('reports an error when the file cannot be checked at all', async () => {
    const missing = await tempPath('missing.epub');
    const result = await runEpubcheck(missing);
    expect(result.available).toBe(true);
    expect(result.messages).toEqual([expect.objectContaining({ file: missing, severity: 'error', ruleId: 'epubcheck/failed' })]);
  });
});
