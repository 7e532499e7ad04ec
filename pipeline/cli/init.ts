import { mkdir, writeFile, access } from 'node:fs/promises';
import path from 'node:path';
import { AnthologyError, diagnostic } from '../diagnostics.ts';
import { parseArgs, UsageError } from './_args.ts';
import type { CommandIo } from './_io.ts';

/** `anthology init [DIR]`: a new anthology that `anthology build DIR` builds at once. */
export async function initCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { positionals } = parseArgs(argv, { boolean: [], value: [] });
  if (positionals.length > 1) throw new UsageError('init takes at most one DIR');
  const dir = positionals[0] ?? '.';
  const { starterFiles } = await import('../init/index.ts');
  const epoch = io.env.SOURCE_DATE_EPOCH;
  const year = (epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date()).getUTCFullYear();
  const files = starterFiles({ dir: path.resolve(dir), year });
  // Nothing is written when any file is there already: an existing book is never overwritten.
  const existing: string[] = [];
  for (const { file } of files) {
    const target = path.join(dir, file);
    if (
      await access(target).then(
        () => true,
        () => false,
      )
    )
      existing.push(target);
  }
  if (existing.length > 0) {
    throw new AnthologyError(
      existing.map((file) =>
        diagnostic(file, 'error', 'init/exists', `Unexpected existing file ${file}, expected a folder without an anthology (nothing was written)`),
      ),
    );
  }
  for (const { file, text } of files) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  io.err(`made a new anthology in ${dir}: ${files.map((f) => f.file).join(', ')}\nnext: anthology build ${dir}, or anthology watch ${dir}\n`);
  return 0;
}
