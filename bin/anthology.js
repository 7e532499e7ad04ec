#!/usr/bin/env node
// Runs the CLI compiled to lib/ (by `npm ci`'s prepare script, or `npm run compile`): plain
// JavaScript starts in a tenth of the time TypeScript through tsx takes, and its bundle in
// lib/_bundle/ (scripts/bundle.mjs) in less again, as it loads a few files, not hundreds.
// When lib/ is missing, or older than a source in pipeline/ (a checkout or an edit since the
// last compile), the TypeScript sources run through tsx instead, so the command never runs
// stale code.
// ANTHOLOGY_FROM_SOURCE=1 forces the sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// A build is one run of a second or a few, and V8's optimizing compiler, inlining each hot
// function's callees into it, spent about as much CPU compiling on its background threads as
// the main thread spent building (1.7 s beside 1.9 s for the anthology at 1×). Without
// inlining it spends a third less (0.55 s less at 1×, 1.0 s at 10×) for main-thread code about
// as fast (the same at 1×, 2–5% slower at 10×); on two cores that leaves the second one to the
// worker that cleans the text. `watch`, which rebuilds for as long as it runs, keeps it.
if (process.argv.slice(2).find((arg) => !arg.startsWith('-')) === 'build') setFlagsFromString('--no-turbo-inlining');

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

function compiledIsCurrent() {
  if (process.env.ANTHOLOGY_FROM_SOURCE === '1' || !existsSync(compiled)) return false;
  const stamp = new URL('lib/.compiled', root);
  if (!existsSync(stamp)) return false;
  return statSync(stamp).mtimeMs >= newest(new URL('pipeline/', root));
}

let main;
if (compiledIsCurrent()) {
  ({ main } = await import((existsSync(bundled) ? bundled : compiled).href));
} else {
  if (process.stderr.isTTY && process.env.ANTHOLOGY_FROM_SOURCE !== '1') {
    process.stderr.write('anthology: lib/ is missing or older than pipeline/, so the TypeScript sources run (slower); `npm run compile` updates lib/\n');
  }
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(new URL('pipeline/cli/main.ts', root).href));
}
process.exitCode = await main(process.argv.slice(2));
