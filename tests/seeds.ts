import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The raw seed texts, read from the manuscripts that hold them byte for byte under their front
 * matter (tests/load checks that against ../shared/seeds when it is there), so tests that use
 * them run on any clone.
 */
const HOLDERS: Record<string, string> = {
  '000_9fc140d51e13a2eb.txt': 'alternative-to-leninism.md',
  '001_8febee303f6d75d1.txt': 'socialism-didnt-fail-stalinism-did.md',
  '002_d7e3bcaffb67c633.txt': 'still-fighting-for-socialism.md',
  '003_45fa8428baf552bc.txt': 'stalinism-was-never-socialism.md',
  '004_8a5c224fc5b05085.txt': 'fifty-years-since-stalin.md',
};

export function readSeed(name: string): string {
  const holder = HOLDERS[name];
  if (!holder) throw new Error(`unknown seed ${name}`);
  const file = readFileSync(path.resolve(import.meta.dirname, '../manuscripts', holder), 'utf8');
  const close = file.indexOf('\n---\n', 3);
  return file.slice(close + '\n---\n'.length);
}
