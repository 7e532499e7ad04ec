/**
 * `build` started from the V8 start-up snapshot (lib/_snapshot/, made by `npm run compile`, see
 * scripts/snapshot.mjs and bin/anthology.js) does what a build started the plain way does: the
 * same EPUB, PDF and report bytes, the same diagnostics and exit code. A blob that is missing,
 * cut short, corrupt or made by another Node falls back to the plain start with the same result.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EPOCH, ROOT, freshDir, openEpub, runCli } from '../build/_book.ts';

const SNAPSHOT = path.join(ROOT, 'lib/_snapshot');
const work = freshDir('snapshot');
const book = path.join(work, 'book');
const broken = path.join(work, 'broken');

/** The output folder's files and their bytes. */
function outputs(dir: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name))]));
}

/** Runs `anthology ARGS` in a process started from the blob itself, as bin/anthology.js starts it; `started` is whether the CLI said it began there. */
function runFromBlob(args: string[]): { status: number; stdout: string; stderr: string; started: boolean } {
  const result = spawnSync(process.execPath, ['--snapshot-blob', path.join(SNAPSHOT, 'build.blob'), '--', ...args], {
    cwd: ROOT,
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, ANTHOLOGY_SNAPSHOT_STARTED: '3' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, started: String(result.output[3]) === '1' };
}

beforeAll(() => {
  expect(existsSync(path.join(SNAPSHOT, 'build.blob')), 'npm run compile makes lib/_snapshot/build.blob').toBe(true);
  expect(runCli(['init', book]).status).toBe(0);
  // A piece the cleaner has work on (straight quotes, a doubled space), and one in italics and bold, so that every face is drawn.
  const piece = path.join(book, 'example-piece.md');
  const [, frontMatter, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(readFileSync(piece, 'utf8'))!;
  writeFileSync(piece, `${frontMatter}\n"Straight quotes"  and a doubled space, *italic*, **bold** and ***both***, with a long word: internationalisation.\n${body}`);
  mkdirSync(broken);
  writeFileSync(path.join(broken, 'anthology.yaml'), 'title: Broken\nlanguage: en\neditors: [A. Editor]\ncontents: [piece.md]\n');
  writeFileSync(path.join(broken, 'piece.md'), '---\ntitle: [unclosed\n---\n\nText.\n');
});

describe('build from the start-up snapshot', () => {
  it('writes the same EPUB, PDF and report as the plain start, and says so on the same lines', () => {
    const fromBlob = runFromBlob(['build', book, '--out', path.join(work, 'blob')]);
    expect(fromBlob.status, fromBlob.stderr).toBe(0);
    expect(fromBlob.started).toBe(true);
    const plain = runCli(['build', book, '--out', path.join(work, 'plain')], { ANTHOLOGY_NO_SNAPSHOT: '1' });
    expect(plain.status, plain.stderr).toBe(0);
    const viaBin = runCli(['build', book, '--out', path.join(work, 'bin')]);
    expect(viaBin.status, viaBin.stderr).toBe(0);

    const expected = outputs(path.join(work, 'plain'));
    expect(Object.keys(expected).sort()).toEqual(['a-new-anthology-report.md', 'a-new-anthology.epub', 'a-new-anthology.pdf']);
    expect(outputs(path.join(work, 'blob'))).toEqual(expected);
    expect(outputs(path.join(work, 'bin'))).toEqual(expected);
    // The outputs are a book, not two equal failures: the piece's words are in the EPUB.
    const epub = openEpub(path.join(work, 'plain', 'a-new-anthology.epub'));
    expect(epub.spine.map((name) => epub.text(name)).join('')).toContain('internationalisation');
    const said = (result: { stdout: string; stderr: string }, out: string) => (result.stdout + result.stderr).replaceAll(out, 'OUT').replace(/in \d+\.\d+ s/, '');
    expect(said(fromBlob, path.join(work, 'blob'))).toBe(said(plain, path.join(work, 'plain')));
    expect(said(viaBin, path.join(work, 'bin'))).toBe(said(plain, path.join(work, 'plain')));
  });

  it('fails a bad book with the same diagnostics and exit code', () => {
    const plain = runCli(['build', broken, '--out', path.join(work, 'broken-plain')], { ANTHOLOGY_NO_SNAPSHOT: '1' });
    expect(plain.status).toBe(1);
    expect(plain.stderr).toMatch(/piece\.md:\d+:\d+/);
    const viaBin = runCli(['build', broken, '--out', path.join(work, 'broken-bin')]);
    expect(viaBin).toEqual(plain);
    const fromBlob = runFromBlob(['build', broken, '--out', path.join(work, 'broken-blob')]);
    expect({ status: fromBlob.status, stderr: fromBlob.stderr }).toEqual({ status: 1, stderr: plain.stderr });
    expect(existsSync(path.join(work, 'broken-bin'))).toBe(false);
  });

  it('usage errors exit 2 with the same message', () => {
    const plain = runCli(['build', '--bogus'], { ANTHOLOGY_NO_SNAPSHOT: '1' });
    expect(plain.status).toBe(2);
    expect(runCli(['build', '--bogus'])).toEqual(plain);
  });
});

describe('a blob that cannot be used', () => {
  const expected = (): Record<string, Buffer> => outputs(path.join(work, 'plain'));
  /** A copy of lib/_snapshot/ spoiled by `spoil`, which bin/anthology.js is pointed at. */
  function spoiled(name: string, spoil: (dir: string) => void): string {
    const dir = path.join(work, `snapshot-${name}`);
    mkdirSync(dir);
    for (const file of ['build.blob', 'build.json']) copyFileSync(path.join(SNAPSHOT, file), path.join(dir, file));
    spoil(dir);
    return dir;
  }

  const cases: [string, (dir: string) => void][] = [
    ['missing', (dir) => rmSync(path.join(dir, 'build.blob'))],
    ['cut short', (dir) => truncateSync(path.join(dir, 'build.blob'), Math.floor(statSync(path.join(dir, 'build.blob')).size / 2))],
    ['made by another Node', (dir) => writeFileSync(path.join(dir, 'build.json'), readFileSync(path.join(dir, 'build.json'), 'utf8').replace(/"node": "[^"]+"/, '"node": "v0.0.0"'))],
    [
      // The same size, so that only Node finds the damage (V8's checksum), after the process started: it fails before the CLI starts, and the build is run the plain way.
      'corrupt',
      (dir) => {
        const blob = readFileSync(path.join(dir, 'build.blob'));
        blob.fill(0x5a, blob.length >> 1, (blob.length >> 1) + 4096);
        writeFileSync(path.join(dir, 'build.blob'), blob);
      },
    ],
  ];

  it.each(cases)('%s: the build starts the plain way and writes the same book', (name, spoil) => {
    const dir = spoiled(name.replaceAll(' ', '-'), spoil);
    const out = path.join(work, `out-${name.replaceAll(' ', '-')}`);
    const result = runCli(['build', book, '--out', out], { ANTHOLOGY_SNAPSHOT_DIR: dir });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/anthology: internal error/);
    expect(outputs(out)).toEqual(expected());
    // The corrupt blob was tried (Node says why it stopped) before the fallback.
    if (name === 'corrupt') expect(result.stderr).toMatch(/snapshot|Check failed|checksum/i);
    else expect(result.stderr).toMatch(/^built [^\n]+\n$/);
  });
});
