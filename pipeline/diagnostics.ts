import type { Diagnostic, Severity } from './types.ts';

/**
 * A failure the user can fix (bad input, bad usage). It carries every problem found,
 * so the CLI can list them all and exit without a stack trace.
 */
export class AnthologyError extends Error {
  readonly diagnostics: Diagnostic[];
  readonly exitCode: 1 | 2;

  constructor(diagnostics: Diagnostic[], exitCode: 1 | 2 = 1) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'AnthologyError';
    this.diagnostics = diagnostics;
    this.exitCode = exitCode;
  }
}

export function diagnostic(
  file: string,
  severity: Severity,
  ruleId: string,
  message: string,
  place?: { line: number; column: number },
): Diagnostic {
  return place ? { file, line: place.line, column: place.column, severity, ruleId, message } : { file, severity, ruleId, message };
}

/** `manuscripts/x.md:12:5: warning Unexpected …  [rule-id]` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  return `${where}: ${d.severity} ${d.message} [${d.ruleId}]`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Throws when any diagnostic is an error; returns the rest (warnings, infos) otherwise. */
export function failOnErrors(diagnostics: Diagnostic[]): Diagnostic[] {
  if (hasErrors(diagnostics)) throw new AnthologyError(diagnostics);
  return diagnostics;
}

/** Line and column (1-based) of an offset, from a precomputed table of line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function placeOf(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
