import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Writes a source folder from a map of relative path → content; returns its path. */
export async function makeSourceDir(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'anthology-test-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

export const MINIMAL_CONFIG = `title: A Test Book
language: en
editors: [Ed Itor]
contents:
  - one.md
`;

export function piece(front: string, body: string): string {
  return `---\n${front.trim()}\n---\n${body}`;
}
