/**
 * Any mix of roles and parts, through the real command (`node bin/anthology.js build`): it
 * ends in exit 0 or in exit 1 with placed diagnostics, never in an internal error or a stack
 * trace, and a failed build leaves the output folder as it was. A book that builds has every
 * section in its PDF outline once, inside the front matter, a part, or the back matter as the
 * contents group them, and in its EPUB's navigation. A few runs only: each is a whole build.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTION_ROLES } from '../../pipeline/types.ts';
import { freshDir, hasCommand, openEpub, runCli } from '../build/_book.ts';
import { makeSourceDir, piece } from '../helpers.ts';

const RUNS = 5;
const BACK = new Set(['afterword', 'appendix', 'glossary', 'bibliography']);

/** A role from the schema, none (a piece), or one the schema refuses. */
const entry = fc.record({
  role: fc.constantFrom<string | undefined>(...SECTION_ROLES, undefined, 'prologue'),
  part: fc.constantFrom(undefined, 'One', 'Two'),
  note: fc.boolean(),
});

interface Entry {
  role: string | undefined;
  part: string | undefined;
  note: boolean;
}

function sourceFiles(entries: readonly Entry[]): Record<string, string> {
  const files: Record<string, string> = {};
  const contents: string[] = [];
  let open: string | undefined;
  entries.forEach(({ role, part, note }, i) => {
    const name = `t${i}.md`;
    const body = note ? 'A text that calls a note.[^n] And goes on.\n\n[^n]: The note.\n' : `A text of role ${role ?? 'none'}.\n`;
    files[name] = piece(`title: Text ${i}\nauthor: A\nformat: markdown${role ? `\nrole: ${role}` : ''}`, body);
    if (part === undefined) contents.push(`  - ${name}`);
    else if (open === part) contents.push(`      - ${name}`);
    else contents.push(`  - part: ${part}\n    contents:\n      - ${name}`);
    open = part;
  });
  files['anthology.yaml'] = `title: Mixed\nlanguage: en\neditors: [E]\ncontents:\n${contents.join('\n')}\n`;
  return files;
}

/** `mutool show FILE outline` as [depth, title] pairs. */
function outline(file: string): Array<[number, string]> {
  return execFileSync('mutool', ['show', file, 'outline'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => /^[-+|](\t+)"(.*)"/.exec(line)!)
    .map(([, tabs, title]) => [tabs!.length, title!]);
}

describe.skipIf(!hasCommand('mutool'))('roles and parts through the command line', () => {
  it('build, or fail with placed diagnostics: never an internal error', async () => {
    let built = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 5 }), async (entries) => {
        const source = await makeSourceDir(sourceFiles(entries));
        const out = freshDir('roles-cli');
        writeFileSync(path.join(out, 'earlier.txt'), 'kept');
        const result = runCli(['build', source, '--out', out, '--no-cache', '--cover']);
        expect(result.stderr, 'no stack trace').not.toMatch(/\n\s+at |internal error|Error:/);
        if (entries.some((e) => e.role === 'prologue')) {
          expect(result.status, result.stderr).toBe(1);
          expect(result.stderr).toMatch(/t\d\.md:\d+:\d+: error .*\[[a-z-]+\/[a-z-]+\]/);
          expect(readdirSync(out)).toEqual(['earlier.txt']);
          refused += 1;
          return;
        }
        expect(result.status, result.stderr).toBe(0);
        built += 1;
        const pdf = path.join(out, 'mixed.pdf');
        const entriesShown = outline(pdf);
        const titles = entries.map((_, i) => `Text ${i}`);
        for (const title of titles) expect(entriesShown.filter(([, t]) => t === title), title).toHaveLength(1);
        // The top level: the front matter first, the back matter last, parts and pieces between.
        const top = entriesShown.filter(([depth]) => depth === 1).map(([, title]) => title);
        expect(top[0]).toBe('Front matter');
        expect(top.at(-1)).toBe('Back matter');
        // The sources list the pieces: a book of front and back matter only has none.
        const hasPiece = entries.some((e) => e.role === undefined || e.role === 'piece');
        const closing = hasPiece ? ['Contents', 'Sources', 'Colophon'] : ['Contents', 'Colophon'];
        expect(entriesShown.filter(([depth]) => depth === 2).map(([, title]) => title)).toEqual(expect.arrayContaining(closing));
        // A text outside parts with a closing role after the last piece is back matter.
        const last = entries.length - 1;
        if (BACK.has(entries[last]!.role ?? '') && entries[last]!.part === undefined && hasPiece) {
          const back = entriesShown.findIndex(([depth, title]) => depth === 1 && title === 'Back matter');
          const shown = entriesShown.findIndex(([, title]) => title === `Text ${last}`);
          expect(shown).toBeGreaterThan(back);
          expect(entriesShown[shown]![0]).toBe(2);
        }
        const epub = openEpub(path.join(out, 'mixed.epub'));
        const nav = epub.text(epub.spine.find((name) => name.endsWith('toc.xhtml')) ?? path.posix.join(path.posix.dirname(epub.opfPath), 'toc.xhtml'));
        for (const title of titles) expect(nav).toContain(`>${title}<`);
        expect(readFileSync(path.join(out, 'mixed-cover.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }),
      {
        numRuns: RUNS,
        seed: Number(process.env.FC_SEED ?? 20261206),
        // The issue's own case, two introductions, and a role the schema refuses, inside a part.
        examples: [
          [[{ role: 'introduction', part: undefined, note: false }, { role: 'introduction', part: undefined, note: true }]],
          [[{ role: 'preface', part: undefined, note: false }, { role: 'prologue', part: 'One', note: true }]],
        ],
      },
    );
    expect(built).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  }, 300_000);
});
