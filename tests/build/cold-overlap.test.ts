/**
 * A cold build through the CLI cleans the text on a worker thread while the main thread loads
 * and prepares the renderers (fonts parsed, hyphenation patterns loaded), then draws the print
 * edition of each piece as it comes back cleaned; in-process from the sources it all runs on
 * the main thread, one stage after the other. Both must write the very same files.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildAnthology } from '../../pipeline/build.ts';
import { EPOCH, freshDir, runCli } from './_book.ts';

describe('a cold build', () => {
  it('writes the same files when the text is cleaned on a worker beside the renderers being prepared', async () => {
    const overlapped = freshDir('overlap-cli');
    const cli = runCli(['build', 'manuscripts', '--out', overlapped, '--no-cache', '--quiet']);
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    const oneThread = freshDir('overlap-main');
    await buildAnthology({ sourceDir: 'manuscripts', outDir: oneThread, modified: new Date(Number(EPOCH) * 1000) });
    const names = readdirSync(oneThread).sort();
    expect(readdirSync(overlapped).sort()).toEqual(names);
    expect(names.filter((name) => /\.(epub|pdf|md)$/.test(name))).toHaveLength(3);
    for (const name of names) expect(readFileSync(path.join(overlapped, name)).equals(readFileSync(path.join(oneThread, name))), name).toBe(true);
  }, 120_000);

  const sameFiles = async (source: string, name: string): Promise<void> => {
    const streamed = freshDir(`${name}-cli`);
    const cli = runCli(['build', source, '--out', streamed, '--no-cache', '--quiet']);
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    const oneThread = freshDir(`${name}-main`);
    await buildAnthology({ sourceDir: source, outDir: oneThread, modified: new Date(Number(EPOCH) * 1000) });
    const names = readdirSync(oneThread).sort();
    expect(readdirSync(streamed).sort()).toEqual(names);
    for (const file of names) expect(readFileSync(path.join(streamed, file)).equals(readFileSync(path.join(oneThread, file))), file).toBe(true);
  };

  it('writes the same files for a book in parts, whose part title pages are drawn as the pieces come', async () => {
    const source = freshDir('parts-source');
    cpSync('manuscripts', source, { recursive: true });
    const config = parseDocument(readFileSync(path.join(source, 'anthology.yaml'), 'utf8'));
    const [intro, ...pieces] = (config.toJS() as { contents: string[] }).contents;
    config.set('contents', [intro, { part: 'Against the party', contents: pieces.slice(0, 2) }, { part: 'Against the bureaucracy', contents: pieces.slice(2) }]);
    writeFileSync(path.join(source, 'anthology.yaml'), config.toString());
    await sameFiles(source, 'parts');
  }, 120_000);

  it('writes the same files when a short last piece, cleaned ahead of its turn, needs fallback fonts', async () => {
    // The main thread cleans short pieces from the far end of the queue and sets their paragraphs
    // ahead of their turn; the fonts first met there (Hebrew, Arabic) must come out as a
    // one-thread build numbers and embeds them.
    const source = freshDir('scripts-source');
    cpSync('manuscripts', source, { recursive: true });
    writeFileSync(
      path.join(source, 'scripts.md'),
      '---\ntitle: "Words from other alphabets"\nauthor: "A. Tester"\n---\n\nThe Greek δημοκρατία, the Russian «совет», the Hebrew שלום and the Arabic سلام, all four in one line.\n',
    );
    const config = parseDocument(readFileSync(path.join(source, 'anthology.yaml'), 'utf8'));
    const [intro, ...pieces] = (config.toJS() as { contents: string[] }).contents;
    const longest = pieces.at(-1)!;
    config.set('contents', [intro, longest, ...pieces.slice(0, -1), 'scripts.md']);
    writeFileSync(path.join(source, 'anthology.yaml'), config.toString());
    await sameFiles(source, 'scripts-overlap');
  }, 120_000);

  it('writes the same files for a book with pictures, whose print edition waits for the pictures to be loaded', async () => {
    await sameFiles('tests/fixtures/build/pictures', 'pictures-overlap');
  }, 120_000);
});
