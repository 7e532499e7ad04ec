import { readdirSync } from 'node:fs';
import path from 'node:path';
import { freshDir, runCli } from '../build/_book.ts';

/**
 * Builds the anthology in ./manuscripts into a fresh folder, as a user would (through
 * bin/anthology.js, with SOURCE_DATE_EPOCH set), and returns the EPUB's path.
 */
export function buildRealEpub(): string {
  const out = freshDir('check');
  const result = runCli(['build', 'manuscripts', '--out', out]);
  if (result.status !== 0) throw new Error(`anthology build failed (${result.status}):\n${result.stderr}`);
  const epubs = readdirSync(out).filter((file) => file.endsWith('.epub'));
  if (epubs.length !== 1) throw new Error(`anthology build wrote ${epubs.length} EPUB files into ${out}`);
  return path.join(out, epubs[0]!);
}
