import { spawn } from 'node:child_process';
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, Severity } from '../types.ts';

export interface EpubcheckResult {
  /** False when Java or the EPUBCheck jar is missing: the EPUB was not checked. */
  available: boolean;
  messages: Diagnostic[];
  /** EPUBCheck's own summary form: `Messages: 0 fatals / 0 errors / 0 warnings / 0 infos`. */
  summary: string;
}

export interface EpubcheckOptions {
  java?: string;
  jar?: string;
}

/** Where Debian's `epubcheck` package puts the jar (its /usr/bin wrapper does not run here). */
export const DEFAULT_EPUBCHECK_JAR = '/usr/share/java/epubcheck.jar';

/** Long enough for a large book on a slow CI machine; a hung JVM must not hang the build. */
const TIMEOUT_MS = 5 * 60 * 1000;

type EpubcheckSeverity = 'FATAL' | 'ERROR' | 'WARNING' | 'INFO' | 'USAGE' | 'SUPPRESSED';

/** The parts of EPUBCheck's `--json` report used here. */
interface EpubcheckReport {
  messages: EpubcheckMessage[];
}

interface EpubcheckMessage {
  ID: string;
  severity: EpubcheckSeverity;
  message: string;
  locations: { path: string; line: number; column: number }[];
  suggestion: string | null;
}

interface ProcessOutput {
  spawned: boolean;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

const SEVERITY: Record<EpubcheckSeverity, Severity> = {
  FATAL: 'error',
  ERROR: 'error',
  WARNING: 'warning',
  INFO: 'info',
  USAGE: 'info',
  SUPPRESSED: 'info',
};

/**
 * Validates an EPUB with EPUBCheck and returns every message as a Diagnostic, one per place
 * it names (`file` is the path inside the EPUB, or the EPUB itself when there is none).
 * Never throws for a missing Java or jar: it says so with `available: false`.
 */
export async function runEpubcheck(epubPath: string, options: EpubcheckOptions = {}): Promise<EpubcheckResult> {
  const jar = options.jar ?? DEFAULT_EPUBCHECK_JAR;
  if (!(await isReadable(jar))) return unavailable(`EPUBCheck is not installed (no ${jar})`);
  const output = await runProcess(options.java ?? 'java', ['-jar', jar, '--json', '-', epubPath]);
  if (!output.spawned) return unavailable('EPUBCheck needs Java, which is not installed');
  const report = parseReport(output.stdout);
  if (!report || (output.exitCode !== 0 && !report.messages.some(isFailure))) return failedRun(epubPath, output.stderr);
  return {
    available: true,
    messages: report.messages.flatMap((message) => toDiagnostics(message, epubPath)),
    summary: summaryLine(report.messages),
  };
}

function isFailure(message: EpubcheckMessage): boolean {
  return message.severity === 'FATAL' || message.severity === 'ERROR';
}

function unavailable(summary: string): EpubcheckResult {
  return { available: false, messages: [], summary };
}

/**
 * Java ran but EPUBCheck failed without reporting why in its messages (a missing or
 * unreadable file, a JVM failure): the reason is on stderr. An error to show, not to hide.
 */
function failedRun(epubPath: string, stderr: string): EpubcheckResult {
  const reason = stderr.trim().split('\n')[0] || 'no output';
  return {
    available: true,
    messages: [{ file: epubPath, severity: 'error', ruleId: 'epubcheck/failed', message: `EPUBCheck could not check the file: ${reason}` }],
    summary: `EPUBCheck could not check the file: ${reason}`,
  };
}

async function isReadable(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function runProcess(command: string, args: readonly string[]): Promise<ProcessOutput> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    // 'error' without 'close' means the command could not be started (ENOENT: no java).
    child.on('error', () => resolve({ spawned: false, exitCode: null, stdout: '', stderr: '' }));
    child.on('close', (exitCode) =>
      resolve({
        spawned: true,
        exitCode,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

/** EPUBCheck prints an `Epub Name:` line before the JSON on stdout; the report starts at the first line opening an object. */
function parseReport(stdout: string): EpubcheckReport | undefined {
  const start = stdout.search(/^\{/m);
  if (start === -1) return undefined;
  try {
    const report = JSON.parse(stdout.slice(start)) as Partial<EpubcheckReport>;
    return Array.isArray(report.messages) ? { messages: report.messages } : undefined;
  } catch {
    return undefined;
  }
}

function toDiagnostics(message: EpubcheckMessage, epubPath: string): Diagnostic[] {
  const severity = SEVERITY[message.severity] ?? 'error';
  const text = message.suggestion ? `${message.message} (${message.suggestion})` : message.message;
  const base = { severity, ruleId: message.ID, message: text };
  if (message.locations.length === 0) return [{ file: epubPath, ...base }];
  return message.locations.map((location) => ({ file: locationFile(location.path, epubPath), ...place(location), ...base }));
}

/** EPUBCheck names the container itself by its base name; paths inside it are kept as they are. */
function locationFile(locationPath: string, epubPath: string): string {
  return locationPath === path.basename(epubPath) ? epubPath : locationPath;
}

/** EPUBCheck gives -1 for an unknown line or column. */
function place(location: { line: number; column: number }): Pick<Diagnostic, 'line' | 'column'> {
  if (location.line < 1) return {};
  return location.column < 1 ? { line: location.line } : { line: location.line, column: location.column };
}

function summaryLine(messages: readonly EpubcheckMessage[]): string {
  const count = (severity: EpubcheckSeverity) => messages.filter((message) => message.severity === severity).length;
  const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  return `Messages: ${counted(count('FATAL'), 'fatal')} / ${counted(count('ERROR'), 'error')} / ${counted(count('WARNING'), 'warning')} / ${counted(count('INFO'), 'info')}`;
}
