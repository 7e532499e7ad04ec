/**
 * `anthology watch DIR --out OUT` as a spawned process: it builds, rebuilds when a manuscript
 * is edited (the new EPUB has the new words), reports a bad edit as a diagnostic with its
 * place while the last good outputs stay, recovers when the edit is fixed, and stops on
 * Ctrl-C (SIGINT) with status 0 and no staging folder left.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, EPOCH, freshDir, openEpub, runCli, visibleText } from '../build/_book.ts';

/** The child's stderr, and a way to wait until it shows a line matching a pattern. */
function follow(child: ChildProcess): { text: () => string; waitFor: (pattern: RegExp, count?: number) => Promise<void> } {
  let text = '';
  const waiters: (() => void)[] = [];
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    text += chunk;
    for (const wake of waiters.splice(0)) wake();
  });
  return {
    text: () => text,
    waitFor: (pattern, count = 1) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern} (${count}) in:\n${text}`)), 90_000);
        const check = (): void => {
          const seen = text.split('\n').filter((line) => pattern.test(line)).length;
          if (seen >= count) {
            clearTimeout(timer);
            resolve();
          } else waiters.push(check);
        };
        check();
      }),
  };
}

function bookText(epubFile: string): string {
  const epub = openEpub(epubFile);
  return epub.spine.map((name) => visibleText(epub.text(name))).join('\n');
}

describe('anthology watch', () => {
  const base = freshDir('watch');
  const dir = path.join(base, 'book');
  const out = path.join(base, 'out');
  expect(runCli(['init', dir]).status).toBe(0);
  const piece = path.join(dir, 'example-piece.md');
  const epubFile = path.join(out, 'a-new-anthology.epub');
  const child = spawn(process.execPath, [BIN, 'watch', dir, '--out', out, '--no-cache'], {
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = follow(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('builds at start, then rebuilds after an edit with the new text in the EPUB', async () => {
    await log.waitFor(/^watching /);
    expect(log.text()).toMatch(/built .*a-new-anthology\.epub, .*a-new-anthology\.pdf \(\d+ pages\) in [\d.]+ s\n/);
    expect(bookText(epubFile)).not.toContain('freshly edited');

    writeFileSync(piece, readFileSync(piece, 'utf8').replace('Leave it as it is.', 'Leave it as it is, freshly edited.'));
    await log.waitFor(/ built .* after .*example-piece\.md/);
    expect(bookText(epubFile)).toContain('freshly edited');
    // One line per build.
    expect(
      log
        .text()
        .split('\n')
        .filter((line) => / built /.test(line)),
    ).toHaveLength(2);
  });

  it('writes after an edit the very EPUB and PDF a cold build of the edited book writes', async () => {
    // Words changed in the middle of the piece and a paragraph added: the piece is set anew,
    // what it does not touch is taken from the last build.
    const text = readFileSync(piece, 'utf8');
    const changed = text
      .replace('stands in for one', 'stands in for the one')
      .replace('A fix that only', 'A paragraph added while watching, with words no build has set before: quixotic zephyrs.\n\nA fix that only');
    expect(changed).toContain('for the one');
    expect(changed).toContain('zephyrs');
    const built = (): number =>
      log
        .text()
        .split('\n')
        .filter((line) => / built /.test(line)).length;
    let count = built();
    writeFileSync(piece, changed);
    // The build that has the edit (one still running for an earlier change may end first).
    do await log.waitFor(/ built /, ++count);
    while (!bookText(epubFile).includes('quixotic zephyrs'));

    const cold = path.join(base, 'cold');
    expect(runCli(['build', dir, '--out', cold, '--no-cache']).status).toBe(0);
    for (const name of ['a-new-anthology.epub', 'a-new-anthology.pdf']) {
      expect(readFileSync(path.join(out, name)).equals(readFileSync(path.join(cold, name))), name).toBe(true);
    }
  });

  it('reports a bad edit with its place, keeps the last good outputs, and goes on', async () => {
    const before = statSync(epubFile).mtimeMs;
    const good = readFileSync(piece, 'utf8');
    writeFileSync(piece, good.replace(/^author: .*$/m, 'author: ""'));
    await log.waitFor(/ failed with \d+ errors?.* the last good outputs are kept/);
    expect(log.text()).toMatch(/example-piece\.md:\d+:\d+: error /);
    expect(statSync(epubFile).mtimeMs).toBe(before);
    expect(bookText(epubFile)).toContain('freshly edited');
    expect(child.exitCode).toBeNull();

    const rebuilt = log
      .text()
      .split('\n')
      .filter((line) => / built .* after .*example-piece\.md/.test(line)).length;
    writeFileSync(piece, good.replace('freshly edited', 'edited once more'));
    await log.waitFor(/ built .* after .*example-piece\.md/, rebuilt + 1);
    expect(bookText(epubFile)).toContain('edited once more');
  });

  it('rebuilds after an edit of anthology.yaml, and not for a hidden folder such as .git', async () => {
    const builds = (): number =>
      log
        .text()
        .split('\n')
        .filter((line) => / (built|failed) /.test(line)).length;
    const before = builds();
    mkdirSync(path.join(dir, '.git'), { recursive: true });
    writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(builds()).toBe(before);

    const yaml = path.join(dir, 'anthology.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('title: "A New Anthology"', 'title: "A Renamed Anthology"'));
    await log.waitFor(/ built .* after .*anthology\.yaml/);
    expect(openEpub(epubFile).opf).toContain('A Renamed Anthology');
  });

  it('stops on Ctrl-C with status 0 and leaves no staging folder', async () => {
    // Ctrl-C in the middle of a build: the edit starts one, the signal follows at once.
    writeFileSync(piece, readFileSync(piece, 'utf8').replace('edited once more', 'edited a third time'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(log.text()).toMatch(/stopped\n$/);
    expect(readdirSync(base).filter((name) => name.includes('staging'))).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['a-new-anthology-report.md', 'a-new-anthology.epub', 'a-new-anthology.pdf']);
  });
});
