// The script V8's start-up snapshot of `anthology build` is made from (bundled by
// scripts/snapshot.mjs, which explains the whole). While the snapshot is built it evaluates the
// CLI and every module a build imports, and prepares the print theme's default fonts and the
// English hyphenation patterns (render/pdf preparePrint); a process started from the snapshot
// runs the CLI with its own arguments, as bin/anthology.js would.
import { closeSync, writeSync } from 'node:fs';
import { setFlagsFromString, startupSnapshot } from 'node:v8';
import { main } from '../pipeline/cli/main.ts';
import { keepPreparedFonts } from '../pipeline/startup.ts';
import type { FontLibrary } from '../pipeline/render/pdf/index.ts';

declare const __filename: string;
/** lib/_snapshot/entry.cjs, as the snapshot is built from it: runtime.cjs sits beside it. */
const entryFile = __filename;

startupSnapshot.setDeserializeMainFunction(() => {
  (globalThis as { __anthologySnapshotBuilding?: boolean }).__anthologySnapshotBuilding = false;
  // Node's own require and import(), for the packages left out of the snapshot.
  const { createRequire } = process.getBuiltinModule('node:module') as typeof import('node:module');
  (globalThis as { __anthologyRuntime?: unknown }).__anthologyRuntime = createRequire(entryFile)('./runtime.cjs');
  setFlagsFromString('--no-turbo-inlining');
  // bin/anthology.js learns that the CLI started here (and not that Node failed to load the blob) through a pipe.
  const started = Number(process.env.ANTHOLOGY_SNAPSHOT_STARTED);
  delete process.env.ANTHOLOGY_SNAPSHOT_STARTED;
  if (started > 2) {
    try {
      writeSync(started, '1');
      closeSync(started);
    } catch {
      // Not started by bin/anthology.js.
    }
  }
  const argv = process.argv.slice(1);
  void main(argv).then((code) => {
    process.exitCode = code;
  });
});

async function prepare(): Promise<void> {
  await Promise.all([
    import('../pipeline/build.ts'),
    import('../pipeline/load/index.ts'),
    import('../pipeline/cache/index.ts'),
    import('../pipeline/cache/widths.ts'),
    import('../pipeline/clean/index.ts'),
    import('../pipeline/parse/index.ts'),
    import('../pipeline/assemble/index.ts'),
    import('../pipeline/images/index.ts'),
    import('../pipeline/report/index.ts'),
    import('../pipeline/render/epub/index.ts'),
  ]);
  const { preparePrint } = await import('../pipeline/render/pdf/index.ts');
  const fonts: FontLibrary = new Map();
  preparePrint({ language: 'en' }, fonts);
  keepPreparedFonts(fonts);
}

void prepare();
