/**
 * Start-up through the real command: it runs the JavaScript compiled into lib/, and a command
 * loads only the stages it needs (`--help` none; `clean` not the renderers). Every module the
 * process resolves is recorded by a module hook; the speed itself is measured by `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, freshDir } from '../build/_book.ts';

const work = freshDir('startup');
const hooks = path.join(work, 'hooks.mjs');
writeFileSync(
  hooks,
  `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.MODULE_LOG, result.url + '\\n');
  return result;
}
`,
);
const register = `data:text/javascript,import{register}from'node:module';register(${JSON.stringify(pathToFileURL(hooks).href)})`;

/** The modules a fresh `anthology ARGS` resolves, as URLs. */
function modulesLoadedBy(args: string[]): string[] {
  const log = path.join(work, `${args.join('-').replace(/[^\w-]/g, '_')}.log`);
  writeFileSync(log, '');
  const result = spawnSync(process.execPath, ['--import', register, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, MODULE_LOG: log },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const RENDERERS = /node_modules\/(pdfkit|fontkit|epub-gen-memory|pdf-lib|hyphen)\//;
const CLEANER = /node_modules\/(nspell|dictionary-en)\/|\/lib\/clean\//;

describe('start-up', () => {
  it('--help runs the compiled CLI and loads no stage', () => {
    const modules = modulesLoadedBy(['--help']);
    expect(modules.some((url) => url.endsWith('/lib/cli/main.js'))).toBe(true);
    expect(modules.filter((url) => url.includes('/pipeline/') || url.includes('/tsx/'))).toEqual([]);
    expect(modules.filter((url) => RENDERERS.test(url) || CLEANER.test(url) || url.includes('/lib/load/'))).toEqual([]);
  });

  it('clean loads the loader and the cleaner, not the renderers', () => {
    const text = path.join(work, 'page.txt');
    writeFileSync(text, 'A title\n\nA paragraph of text that a web page had, with "quotes".\n');
    const modules = modulesLoadedBy(['clean', text]);
    expect(modules.some((url) => CLEANER.test(url))).toBe(true);
    expect(modules.filter((url) => RENDERERS.test(url) || url.includes('/lib/render/'))).toEqual([]);
  });
});
