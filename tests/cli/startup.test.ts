/**
 * Start-up through the real command: it runs the JavaScript compiled and bundled into
 * lib/_bundle/, and a command loads only the stages it needs (`--help` none; `clean` not the
 * renderers). Every module the process resolves is recorded by a module hook, and each bundle
 * file it loads is read for the sources esbuild put in it (its `// pipeline/…` markers); the
 * speed itself is measured by `npm run bench`.
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

/** The pipeline sources (`pipeline/clean/index.ts`) in the loaded files of lib/: each bundle file's, or the file's own. */
function sourcesIn(modules: string[]): string[] {
  const sources = new Set<string>();
  for (const url of modules) {
    const bundled = /\/lib\/_bundle\/[^/]+\.js$/.test(url);
    if (bundled) for (const [, source] of readFileSync(new URL(url), 'utf8').matchAll(/^\/\/ (pipeline\/\S+)$/gm)) sources.add(source!);
    else if (url.includes('/lib/')) sources.add(`pipeline/${url.split('/lib/')[1]!.replace(/\.js$/, '.ts')}`);
  }
  return [...sources];
}

const RENDERERS = /node_modules\/(pdfkit|fontkit|epub-gen-memory|pdf-lib|hyphen)\//;
const CLEANER_PACKAGES = /node_modules\/(nspell|dictionary-en)\//;
const STAGES = /^pipeline\/(load|clean|parse|assemble|render|images|report|cache|parallel)\//;

describe('start-up', () => {
  it('--help runs the bundled CLI and loads no stage', () => {
    const modules = modulesLoadedBy(['--help']);
    expect(modules.some((url) => url.endsWith('/lib/_bundle/main.js'))).toBe(true);
    expect(modules.filter((url) => url.includes('/pipeline/') || url.includes('/tsx/'))).toEqual([]);
    expect(modules.filter((url) => RENDERERS.test(url) || CLEANER_PACKAGES.test(url))).toEqual([]);
    const sources = sourcesIn(modules);
    expect(sources).toContain('pipeline/cli/main.ts');
    expect(sources.filter((source) => STAGES.test(source))).toEqual([]);
  });

  it('clean loads the loader and the cleaner, not the renderers', () => {
    const text = path.join(work, 'page.txt');
    writeFileSync(text, 'A title\n\nA paragraph of text that a web page had, with "quotes".\n');
    const modules = modulesLoadedBy(['clean', text]);
    const sources = sourcesIn(modules);
    expect(sources).toContain('pipeline/clean/index.ts');
    expect(sources).toContain('pipeline/load/index.ts');
    expect(modules.filter((url) => RENDERERS.test(url))).toEqual([]);
    expect(sources.filter((source) => source.startsWith('pipeline/render/'))).toEqual([]);
  });
});
