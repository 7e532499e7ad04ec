/**
 * Vitest global setup: compiles the CLI to lib/ once before the tests, so the tests that spawn
 * bin/anthology.js run the compiled JavaScript users run, built from the sources under test.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync('npm', ['run', '--silent', 'compile'], { cwd: root, stdio: 'inherit' });
}
