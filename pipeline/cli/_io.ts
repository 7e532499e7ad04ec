import { formatDiagnostic } from '../diagnostics.ts';
import type { Diagnostic } from '../types.ts';

/** Where a command prints: the only way out of the pipeline to the terminal. */
export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  errIsTerminal?: boolean;
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], io: CommandIo): void {
  for (const d of diagnostics) io.err(`${formatDiagnostic(d)}\n`);
}
