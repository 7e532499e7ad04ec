/**
 * Vitest global setup: every test's scratch files go under one directory made for this run,
 * removed when the run ends. Tests and the CLI processes they spawn make their temporary folders
 * with `os.tmpdir()`, which reads TMPDIR; without this each run left thousands of folders in /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'anthology-tests-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
