import { spawn } from 'node:child_process';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Diagnostic, Severity } from '../types.ts';

/**
 * Ace by DAISY, the EPUB accessibility checker, run through its Puppeteer runner: its
 * default Electron runner downloads a browser at install time, which the install skips
 * (`npm install --ignore-scripts`), so a system Chromium does the rendering instead.
 */
export interface AceResult {
  /** False when Ace or a Chromium is missing: the EPUB was not checked. */
  available: boolean;
  /** Ace's verdict: `pass` only when no check failed. */
  outcome?: 'pass' | 'fail';
  /** One per failed check and place (ruleId `ace/<rule>`). */
  messages: Diagnostic[];
  /** `Ace: pass, 0 violations` or `Ace: fail, 3 violations (image-alt 2, html-has-lang 1)`. */
  summary: string;
}

export interface AceOptions {
  /** The Chromium (or Chrome) binary; else PUPPETEER_EXECUTABLE_PATH, else the usual system paths. */
  chromium?: string;
  /** Node, to run Ace's entry script with. */
  node?: string;
}

/** Where Debian and other distributions put Chromium. */
const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Ace starts a browser and renders every document: slow on a large book and a busy CI machine. */
const TIMEOUT_MS = 10 * 60 * 1000;

/** axe's impact levels: the first two fail WCAG outright, the others are worth a look. */
const SEVERITY: Record<string, Severity> = { critical: 'error', serious: 'error', moderate: 'warning', minor: 'warning' };

/** The parts of Ace's report.json used here (EARL assertions, one per document, one level of nested results). */
interface AceReport {
  'earl:result'?: { 'earl:outcome'?: string };
  assertions?: DocumentAssertion[];
}

interface DocumentAssertion {
  'earl:testSubject'?: { url?: string };
  assertions?: CheckAssertion[];
}

interface CheckAssertion {
  'earl:result'?: { 'earl:outcome'?: string; 'dct:description'?: string; 'earl:pointer'?: { css?: string[] } };
  'earl:test'?: { 'dct:title'?: string; 'earl:impact'?: string };
}

/** The installed Ace's Puppeteer entry script, or undefined when @daisy/ace is not installed. */
export function aceScript(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('@daisy/ace/bin/ace-puppeteer.js');
  } catch {
    return undefined;
  }
}

export async function findChromium(preferred?: string): Promise<string | undefined> {
  const candidates = [preferred, process.env.PUPPETEER_EXECUTABLE_PATH, ...CHROMIUM_PATHS].filter((file): file is string => Boolean(file));
  for (const file of candidates) if (await isReadable(file)) return file;
  return undefined;
}

/**
 * Checks an EPUB with Ace and returns every violation as a Diagnostic. Never throws for a
 * missing Ace or browser: it says so with `available: false`.
 */
export async function runAce(epubPath: string, options: AceOptions = {}): Promise<AceResult> {
  const script = aceScript();
  if (!script) return unavailable('Ace is not installed (npm install --ignore-scripts -D @daisy/ace)');
  const chromium = await findChromium(options.chromium);
  if (!chromium) return unavailable('Ace needs Chromium, which is not installed (apt-get install chromium)');
  const outDir = await mkdtemp(path.join(tmpdir(), 'anthology-ace-'));
  try {
    const run = await runProcess(options.node ?? process.execPath, [script, '--force', '--silent', '--outdir', outDir, epubPath], {
      ...process.env,
      PUPPETEER_EXECUTABLE_PATH: chromium,
    });
    const report = await readReport(path.join(outDir, 'report.json'));
    if (!report) return failedRun(epubPath, run.exitCode, run.stderr || run.stdout);
    return resultOf(report);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

function resultOf(report: AceReport): AceResult {
  const messages = (report.assertions ?? []).flatMap(documentDiagnostics);
  const outcome = report['earl:result']?.['earl:outcome'] === 'pass' ? 'pass' : 'fail';
  return { available: true, outcome, messages, summary: summaryLine(outcome, messages) };
}

function documentDiagnostics(document: DocumentAssertion): Diagnostic[] {
  const file = document['earl:testSubject']?.url ?? 'EPUB';
  return (document.assertions ?? [])
    .filter((check) => check['earl:result']?.['earl:outcome'] === 'fail')
    .map((check) => {
      const rule = check['earl:test']?.['dct:title'] ?? 'unknown';
      const impact = check['earl:test']?.['earl:impact'] ?? 'serious';
      const where = check['earl:result']?.['earl:pointer']?.css?.join(', ');
      const description = (check['earl:result']?.['dct:description'] ?? rule).split('\n')[0];
      return {
        file,
        severity: SEVERITY[impact] ?? 'error',
        ruleId: `ace/${rule}`,
        message: where ? `${description} (at ${where}; ${impact})` : `${description} (${impact})`,
      };
    });
}

function summaryLine(outcome: 'pass' | 'fail', messages: readonly Diagnostic[]): string {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message.ruleId.slice('ace/'.length), (counts.get(message.ruleId.slice('ace/'.length)) ?? 0) + 1);
  const byRule = [...counts].map(([rule, count]) => `${rule} ${count}`).join(', ');
  const total = `${messages.length} violation${messages.length === 1 ? '' : 's'}`;
  return `Ace: ${outcome}, ${total}${byRule ? ` (${byRule})` : ''}`;
}

function unavailable(summary: string): AceResult {
  return { available: false, messages: [], summary };
}

/** Ace ran but wrote no report: the reason is in its output. An error to show, not to hide. */
function failedRun(epubPath: string, exitCode: number | null, output: string): AceResult {
  const reason = output.trim().split('\n').filter(Boolean).slice(-1)[0] ?? `exit status ${exitCode}`;
  const message = `Ace could not check the file: ${reason}`;
  return { available: true, outcome: 'fail', messages: [{ file: epubPath, severity: 'error', ruleId: 'ace/failed', message }], summary: message };
}

async function readReport(file: string): Promise<AceReport | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as AceReport;
  } catch {
    return undefined;
  }
}

async function isReadable(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function runProcess(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS, env });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => resolve({ exitCode: null, stdout: '', stderr: error.message }));
    child.on('close', (exitCode) =>
      resolve({ exitCode, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
  });
}
