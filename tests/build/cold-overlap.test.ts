/**
 * A cold build through the CLI cleans the text on a worker thread while the main thread loads
 * and prepares the renderers (fonts parsed, hyphenation patterns loaded), then renders with
 * what it prepared; in-process from the sources it all runs on the main thread. Both must
 * write the very same files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
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
});
