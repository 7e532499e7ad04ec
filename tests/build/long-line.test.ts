/** A text with millions of characters on one line must build in bounded time and memory. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BIN, EPOCH, ROOT, freshDir } from './_book.ts';
import { MINIMAL_CONFIG, makeSourceDir, piece } from '../helpers.ts';

const CHARACTERS = 5_000_000;
const TIME_BUDGET_S = 240;
const MEMORY_BUDGET_KB = 3.5 * 1024 * 1024;

describe('a five-million-character line', () => {
  it('builds without hanging or exhausting memory', async () => {
    const words = ['the', 'workers', 'state', 'bureaucracy', 'socialism', 'and', 'of', 'revolution', 'party', 'Stalin'];
    let line = '';
    for (let i = 0; line.length < CHARACTERS; i++) line += `${words[(i * 7) % words.length]} `;
    const source = await makeSourceDir({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': piece('title: One\nauthor: A', `${line.slice(0, CHARACTERS)}\n`) });
    const out = freshDir('long');
    const timed = existsSync('/usr/bin/time');
    const command = timed ? '/usr/bin/time' : process.execPath;
    const args = [...(timed ? ['-f', 'maxrss=%M', process.execPath] : []), BIN, 'build', source, '--out', out, '--no-cache'];
    const start = performance.now();
    const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH }, encoding: 'utf8', timeout: TIME_BUDGET_S * 1000 });
    const seconds = (performance.now() - start) / 1000;
    expect(result.signal, `killed after ${seconds.toFixed(0)} s`).toBeNull();
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(path.join(out, 'a-test-book.pdf'))).toBe(true);
    const rss = Number(/maxrss=(\d+)/.exec(result.stderr)?.[1] ?? 0);
    if (timed) expect(rss, `peak memory ${Math.round(rss / 1024)} MB`).toBeLessThan(MEMORY_BUDGET_KB);
  }, 300_000);
});
