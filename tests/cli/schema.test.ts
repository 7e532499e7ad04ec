/**
 * `anthology schema [--front-matter]` through the real command: the JSON Schemas accept the
 * repository's own book and every manuscript's front matter, reject what the loader rejects,
 * and are the files shipped in schema/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROOT, runCli } from '../build/_book.ts';

function schemaOf(args: string[]): { json: Record<string, unknown>; validator: z.ZodType } {
  const result = runCli(['schema', ...args]);
  expect(result.status, result.stderr).toBe(0);
  const json = JSON.parse(result.stdout) as Record<string, unknown>;
  return { json, validator: z.fromJSONSchema(json as Parameters<typeof z.fromJSONSchema>[0]) };
}

describe('anthology schema', () => {
  const book = schemaOf([]);
  const frontMatter = schemaOf(['--front-matter']);
  const config = parseYaml(readFileSync(path.join(ROOT, 'manuscripts/anthology.yaml'), 'utf8')) as Record<string, unknown>;

  it('is the file shipped in schema/ (after a schema change, run `npm run schema`)', () => {
    expect(book.json).toEqual(JSON.parse(readFileSync(path.join(ROOT, 'schema/anthology.schema.json'), 'utf8')));
    expect(frontMatter.json).toEqual(JSON.parse(readFileSync(path.join(ROOT, 'schema/front-matter.schema.json'), 'utf8')));
  });

  it("accepts the repository's anthology.yaml and rejects unknown keys and bad values", () => {
    expect(book.validator.safeParse(config).success).toBe(true);
    expect(book.validator.safeParse({ ...config, titel: 'x' }).success).toBe(false);
    expect(book.validator.safeParse({ ...config, language: 'English' }).success).toBe(false);
    expect(book.validator.safeParse({ ...config, print: { trim: 'A7' } }).success).toBe(false);
    const { language: _, ...withoutLanguage } = config;
    expect(book.validator.safeParse(withoutLanguage).success).toBe(false);
  });

  it('accepts an upper-case UUID, as the loader does', () => {
    expect(book.validator.safeParse({ ...config, identifier: 'urn:uuid:063D3309-6359-427D-B1B1-9EFC3241ED1C' }).success).toBe(true);
  });

  it('describes keys for editors', () => {
    const properties = book.json.properties as Record<string, { description?: string }>;
    expect(properties.contents?.description).toMatch(/reading order/);
  });

  it("accepts every manuscript's front matter and rejects a wrong format or a missing author", () => {
    const dir = path.join(ROOT, 'manuscripts');
    const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThan(1);
    for (const name of files) {
      const data = matter(readFileSync(path.join(dir, name), 'utf8')).data as Record<string, unknown>;
      expect(frontMatter.validator.safeParse(data).success, name).toBe(true);
    }
    const first = matter(readFileSync(path.join(dir, files[0]!), 'utf8')).data as Record<string, unknown>;
    expect(frontMatter.validator.safeParse({ ...first, format: 'pdf' }).success).toBe(false);
    const { author: _, ...withoutAuthor } = first;
    expect(frontMatter.validator.safeParse(withoutAuthor).success).toBe(false);
  });

  it('takes no arguments (exit 2)', () => {
    expect(runCli(['schema', 'extra']).status).toBe(2);
  });
});
