import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'bin/anthology.js');
export const EPOCH = '1767225600'; // 2026-01-01T00:00:00Z

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the real command as a user would, through bin/anthology.js. */
export function runCli(args: string[], env: Record<string, string> = {}, cwd = ROOT): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function freshDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `anthology-${prefix}-`));
}

export interface Epub {
  files: Record<string, Uint8Array>;
  text(name: string): string;
  opfPath: string;
  opf: string;
  /** XHTML documents in spine order, as paths inside the zip. */
  spine: string[];
}

export function openEpub(file: string): Epub {
  const files = unzipSync(readFileSync(file));
  const text = (name: string) => strFromU8(files[name]!);
  const container = text('META-INF/container.xml');
  const opfPath = /full-path="([^"]+)"/.exec(container)![1]!;
  const opf = text(opfPath);
  const base = path.posix.dirname(opfPath);
  const hrefs = new Map([...opf.matchAll(/<item\b[^>]*>/g)].map((m) => [attr(m[0], 'id'), attr(m[0], 'href')]));
  const spine = [...opf.matchAll(/<itemref\b[^>]*idref="([^"]+)"/g)].map((m) => path.posix.join(base, hrefs.get(m[1]!)!));
  return { files, text, opfPath, opf, spine };
}

function attr(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

/** Visible text of an XHTML document: tags dropped, entities for quotes and ampersands resolved. */
export function visibleText(xhtml: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(xhtml)?.[1] ?? xhtml;
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text of each PDF page, through poppler's pdftotext (what a reader's copy-paste gives). */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').slice(0, -1);
}

export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
