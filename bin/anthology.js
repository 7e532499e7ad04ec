#!/usr/bin/env node
// Runs the CLI compiled to lib/ (by `npm ci`'s prepare script, or `npm run compile`): plain
// JavaScript starts in a tenth of the time TypeScript through tsx takes, and its bundle in
// lib/_bundle/ (scripts/bundle.mjs) in less again, as it loads a few files, not hundreds.
// When lib/ is missing, or older than a source in pipeline/ (a checkout or an edit since the
// last compile), the TypeScript sources run through tsx instead, so the command never runs
// stale code.
// ANTHOLOGY_FROM_SOURCE=1 forces the sources.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// A build is one run of a second or a few, and V8's optimizing compiler, inlining each hot
// function's callees into it, spent about as much CPU compiling on its background threads as
// the main thread spent building (1.7 s beside 1.9 s for the anthology at 1×). Without
// inlining it spends a third less (0.55 s less at 1×, 1.0 s at 10×) for main-thread code about
// as fast (the same at 1×, 2–5% slower at 10×); on two cores that leaves the second one to the
// worker that cleans the text. `watch`, which rebuilds for as long as it runs, keeps it.
const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
if (command === 'build') setFlagsFromString('--no-turbo-inlining');

const root = new URL('../', import.meta.url);
const compiled = new URL('lib/cli/main.js', root);
const bundled = new URL('lib/_bundle/main.js', root);

/** The newest modification time under dir, in ms; 0 for a missing folder. */
function newest(dir) {
  let time = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const child = new URL(entry.isDirectory() ? `${entry.name}/` : entry.name, dir);
    time = Math.max(time, entry.isDirectory() ? newest(child) : statSync(child).mtimeMs);
  }
  return time;
}

/** A file's modification time in ms; 0 when it is missing. */
function modified(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** The newest source in pipeline/, in ms, when lib/ was compiled after it; undefined when lib/ is missing or older. */
function compiledIsCurrent() {
  if (process.env.ANTHOLOGY_FROM_SOURCE === '1' || !existsSync(compiled)) return undefined;
  const stamp = new URL('lib/.compiled', root);
  if (!existsSync(stamp)) return undefined;
  const sources = newest(new URL('pipeline/', root));
  return statSync(stamp).mtimeMs >= sources ? sources : undefined;
}

/**
 * `build` starts from the V8 start-up snapshot made by `npm run compile` (scripts/snapshot.mjs):
 * a second process, started from a heap in which the CLI and the build's modules are evaluated
 * and the print fonts parsed, skips about half a second of CPU that loading and preparing them
 * takes, for about 0.1 s of deserializing that heap (this process only waits for it: README,
 * "Start-up snapshot"). It is used only when the blob is there, made from the current sources,
 * templates and installed packages for this checkout by this Node binary, and Node is given no
 * options of its own (a V8 flag makes Node refuse the blob); otherwise, or when the process fails
 * before the CLI starts in it (it says so through a pipe as it starts), this process runs the
 * build itself as before.
 * ANTHOLOGY_NO_SNAPSHOT=1 turns it off.
 */
function snapshotBlob(sources) {
  if (process.env.ANTHOLOGY_NO_SNAPSHOT === '1' || process.execArgv.length > 0 || process.env.NODE_OPTIONS) return undefined;
  // ANTHOLOGY_SNAPSHOT_DIR: another folder with a build.blob and build.json (tests spoil a copy).
  const dir = process.env.ANTHOLOGY_SNAPSHOT_DIR ? pathToFileURL(`${process.env.ANTHOLOGY_SNAPSHOT_DIR}/`) : new URL('lib/_snapshot/', root);
  const blob = new URL('build.blob', dir);
  try {
    const made = JSON.parse(readFileSync(new URL('build.json', dir), 'utf8'));
    const stat = statSync(blob);
    // Newer than the sources, the templates and the last install of packages (npm writes node_modules/.package-lock.json), as the blob holds those it bundles.
    const current =
      stat.mtimeMs >= sources &&
      stat.mtimeMs >= newest(new URL('templates/', root)) &&
      stat.mtimeMs >= modified(new URL('node_modules/.package-lock.json', root));
    const same = made.node === process.version && made.execPath === process.execPath && made.root === fileURLToPath(root) && made.size === stat.size;
    return current && same ? blob : undefined;
  } catch {
    return undefined;
  }
}

/** Runs the command from the snapshot; resolves to whether the CLI started in it, once it has ended. */
function runFromSnapshot(blob) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--snapshot-blob', fileURLToPath(blob), '--', ...process.argv.slice(2)], {
      stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
      env: { ...process.env, ANTHOLOGY_SNAPSHOT_STARTED: '3' },
    });
    let started = false;
    child.stdio[3].on('data', () => {
      started = true;
    });
    // Ctrl-C reaches both processes; a signal sent to this one alone is passed on.
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    const pass = (signal) => child.kill(signal);
    for (const signal of signals) process.on(signal, pass);
    child.on('error', () => resolve(false));
    child.on('close', (code, signal) => {
      for (const s of signals) process.off(s, pass);
      if (!started) return resolve(false);
      if (signal) process.kill(process.pid, signal);
      process.exitCode = code ?? 1;
      resolve(true);
    });
  });
}

let main;
const sources = compiledIsCurrent();
const blob = command === 'build' && sources !== undefined ? snapshotBlob(sources) : undefined;
if (blob && (await runFromSnapshot(blob))) {
  // The command ran in the snapshot's process.
} else if (sources !== undefined) {
  ({ main } = await import((existsSync(bundled) ? bundled : compiled).href));
} else {
  if (process.stderr.isTTY && process.env.ANTHOLOGY_FROM_SOURCE !== '1') {
    process.stderr.write('anthology: lib/ is missing or older than pipeline/, so the TypeScript sources run (slower); `npm run compile` updates lib/\n');
  }
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(new URL('pipeline/cli/main.ts', root).href));
}
if (main) process.exitCode = await main(process.argv.slice(2));
