/**
 * `anthology init DIR` through the real command: the new anthology builds at once, its
 * example piece is cleaned as the comments say, the YAML points editors at the shipped schema,
 * and an existing anthology is never overwritten.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { freshDir, openEpub, pdfPages, runCli, visibleText, ROOT } from '../build/_book.ts';

describe('anthology init', () => {
  const dir = path.join(freshDir('init'), 'new');
  const made = runCli(['init', dir]);

  it('makes a book that `anthology build` builds at once, cleaned as its comments promise', () => {
    expect(made.status, made.stderr).toBe(0);
    const out = path.join(path.dirname(dir), 'out');
    const built = runCli(['build', dir, '--out', out, '--no-cache']);
    expect(built.status, built.stderr).toBe(0);
    expect(built.stderr).not.toMatch(/error|warning/);

    const epub = openEpub(path.join(out, 'a-new-anthology.epub'));
    const text = epub.spine.map((name) => visibleText(epub.text(name))).join('\n');
    expect(text).toContain('An example piece');
    expect(text).toContain('stands in for one you have received'); // the correction applied
    expect(text).not.toContain('recieved');
    expect(text).not.toMatch(/Home \| About|Share this/); // the site's menu and buttons removed
    expect(text).toContain('“straight quotes”');
    expect(epub.opf).toContain('<dc:title');
    expect(epub.opf).toContain('A New Anthology');

    const pdf = pdfPages(path.join(out, 'a-new-anthology.pdf')).join('\n');
    expect(pdf).toContain('Jane Example');
    expect(pdf).toContain('The Example Review');
    const report = readFileSync(path.join(out, 'a-new-anthology-report.md'), 'utf8');
    expect(report).toMatch(/corrections.*recieved/s);
  });

  it('uses every front-matter key in its example piece', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/front-matter.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    const example = readFileSync(path.join(dir, 'example-piece.md'), 'utf8');
    const frontMatter = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(example)![1]!) as Record<string, unknown>;
    expect(Object.keys(frontMatter).sort()).toEqual(Object.keys(schema.properties).sort());
    expect(Object.keys(frontMatter.source as object).sort()).toEqual(['date', 'publication', 'publisher', 'url']);
  });

  it("points the YAML language server at the package's schema file", () => {
    const yaml = readFileSync(path.join(dir, 'anthology.yaml'), 'utf8');
    const line = /^# yaml-language-server: \$schema=(\S+)$/m.exec(yaml);
    expect(line).not.toBeNull();
    const schemaFile = path.resolve(dir, line![1]!);
    expect(JSON.parse(readFileSync(schemaFile, 'utf8')).title).toBe('anthology.yaml');
    expect(yaml).toMatch(/identifier: "urn:uuid:[0-9a-f-]{36}"/);
  });

  it('writes a release workflow that builds, checks, previews and attaches the book', () => {
    const workflow = parseYaml(readFileSync(path.join(dir, '.github/workflows/release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } };
      jobs: { release: { steps: { run?: string; uses?: string; with?: { path?: string } }[] } };
    };
    expect(workflow.on.push.tags).toEqual(['v*']);
    const steps = workflow.jobs.release.steps;
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toMatch(/anthology build \. --out dist/);
    expect(runs).toMatch(/anthology check/);
    expect(runs).toMatch(/anthology preview/);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with?.path).toBe('dist/preview/');
    expect(existsSync(path.join(dir, '.gitignore'))).toBe(true);
  });

  it('refuses to overwrite an anthology, and writes nothing (exit 1)', () => {
    writeFileSync(path.join(dir, 'introduction.md'), 'mine\n');
    const again = runCli(['init', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/introduction\.md: error Unexpected existing file/);
    expect(again.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(path.join(dir, 'introduction.md'), 'utf8')).toBe('mine\n');
  });

  it('takes at most one DIR (exit 2)', () => {
    expect(runCli(['init', 'a', 'b']).status).toBe(2);
  });
});
