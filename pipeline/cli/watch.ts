import { AnthologyError } from '../diagnostics.ts';
import { parseArgs, UsageError } from './_args.ts';
import { printDiagnostics, type CommandIo } from './_io.ts';

/**
 * `anthology watch [SOURCE_DIR] [--out DIR]`: one line per build; a failed build prints its
 * diagnostics and the watch goes on. Ends on Ctrl-C (SIGINT) or SIGTERM, with status 0.
 */
export async function watchCommand(argv: readonly string[], io: CommandIo, stop?: Promise<void>): Promise<number> {
  const { positionals, flags } = parseArgs(argv, { boolean: ['no-cache'], value: ['out'] });
  if (positionals.length > 1) throw new UsageError('watch takes at most one SOURCE_DIR');
  const sourceDir = positionals[0] ?? 'manuscripts';
  const outDir = typeof flags.out === 'string' ? flags.out : 'dist';
  const [{ watchBook }, { displayPath }, { defaultCacheDir }] = await Promise.all([
    import('../watch/index.ts'),
    import('../load/index.ts'),
    import('../cache/index.ts'),
  ]);
  const shown = new Set<string>();
  const watching = await watchBook({
    sourceDir,
    outDir,
    cacheDir: flags['no-cache'] ? undefined : io.env.ANTHOLOGY_CACHE_DIR || defaultCacheDir(),
    env: io.env,
    onBuild({ result, error, changed, seconds }) {
      const time = new Date().toISOString().slice(11, 19);
      const cause = changed.length === 0 ? '' : ` after ${changed.map((f) => displayPath(f)).join(', ')}`;
      if (result) {
        // Warnings are printed once, not again at every build.
        const fresh = result.diagnostics.filter((d) => !shown.has(JSON.stringify(d)));
        for (const d of fresh) shown.add(JSON.stringify(d));
        printDiagnostics(fresh, io);
        const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
        io.err(
          `${time} built ${displayPath(result.files.epub)}, ${displayPath(result.files.pdf)} (${result.pageCount} pages) in ${seconds.toFixed(2)} s${cause}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}\n`,
        );
      } else if (error instanceof AnthologyError) {
        printDiagnostics(error.diagnostics, io);
        const errors = error.diagnostics.filter((d) => d.severity === 'error').length;
        io.err(`${time} failed with ${errors} error${errors === 1 ? '' : 's'}${cause}; the last good outputs are kept, watching on\n`);
      } else {
        io.err(`${time} internal error${cause}: ${(error as Error)?.stack ?? String(error)}\nwatching on\n`);
      }
    },
    onReady: () => io.err(`watching ${displayPath(sourceDir)} and the templates; Ctrl-C stops\n`),
  });
  await (stop ?? signalled());
  await watching.close();
  io.err('stopped\n');
  return 0;
}

function signalled(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}
