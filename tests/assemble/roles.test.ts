/**
 * Front and back matter: every role, any number of each, in any order and with or without
 * parts. Whatever the combination, a build ends in a book or in placed diagnostics, never in
 * an internal error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleBook, loadBookText, type ParsedPiece } from '../../pipeline/assemble/index.ts';
import { printSettings } from '../../pipeline/assemble/_print.ts';
import { buildAnthology } from '../../pipeline/build.ts';
import { AnthologyError } from '../../pipeline/diagnostics.ts';
import { bookSchema, pieceSchema, printSchema } from '../../pipeline/load/schema.ts';
import { parseMarkdown } from '../../pipeline/parse/index.ts';
import { SECTION_ROLES, type Manuscript, type SectionRole } from '../../pipeline/types.ts';
import { coverGeometry } from '../../pipeline/render/cover/index.ts';
import { freshDir, openEpub } from '../build/_book.ts';
import { makeSourceDir, piece } from '../helpers.ts';

function manuscript(title: string, role: SectionRole): Manuscript {
  return { path: `m/${title}.md`, raw: 'x\n', body: 'x\n', bodyOffset: 0, fields: {}, meta: { title, titleSupplied: false, author: 'A', role, corrections: [] } };
}

describe('roles', () => {
  const config = bookSchema.parse({ title: 'Roles', language: 'en', editors: ['E'], contents: ['a.md'] });

  it('gives two sections of one role distinct ids, named by the role', () => {
    const pieces: ParsedPiece[] = (['introduction', 'introduction', 'piece', 'appendix', 'appendix'] as const).map((role, i) => ({
      manuscript: manuscript(`T${i}`, role),
      tree: parseMarkdown('Text.'),
    }));
    const book = assembleBook({ config, pieces, modified: new Date(0), text: loadBookText() });
    expect(book.sections.map((s) => s.id)).toEqual(['introduction', 'introduction-2', 's02-t2', 'appendix', 'appendix-2']);
    expect(book.back.sources.map((s) => s.sectionId)).toEqual(['s02-t2']);
  });

  it('accepts every role in front matter and refuses an unknown one', () => {
    for (const role of SECTION_ROLES) expect(pieceSchema.safeParse({ title: 'T', author: 'A', role }).success, role).toBe(true);
    expect(pieceSchema.safeParse({ title: 'T', author: 'A', role: 'prologue' }).success).toBe(false);
  });

  it('reads the paper for the spine: white by default, cream, or a thickness per page', () => {
    const settings = (paper?: unknown) => printSettings(printSchema.parse(paper === undefined ? {} : { paper }));
    expect(settings().paperMmPerPage).toBe(0.0572);
    expect(settings('cream').paperMmPerPage).toBe(0.0635);
    expect(settings(0.1).paperMmPerPage).toBe(0.1);
    expect(printSchema.safeParse({ paper: 'glossy' }).success).toBe(false);
    expect(settings().notes).toBe('foot');
    expect(settings().cover).toBe(false);
    // A 100-page book on cream paper has a 6.35 mm spine: wide enough for its title.
    const book = assembleBook({ config: bookSchema.parse({ ...config, print: { paper: 'cream' } }), pieces: [], modified: new Date(0), text: loadBookText() });
    const geometry = coverGeometry(book, 100);
    expect(geometry.spineMm).toBeCloseTo(6.35, 6);
    expect(geometry.spineText).toBe(true);
    expect(coverGeometry(book, 90).spineText).toBe(false);
  });

  it('builds a book with any mix of roles and parts, or says why not: never an internal error', async () => {
    const entry = fc.record({ role: fc.constantFrom<SectionRole | undefined>(...SECTION_ROLES, undefined), part: fc.constantFrom(undefined, 'One', 'Two'), note: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 6 }), async (entries) => {
        const files: Record<string, string> = {};
        const contents: string[] = [];
        let open: { part: string; files: string[] } | undefined;
        entries.forEach(({ role, part, note }, i) => {
          const name = `t${i}.md`;
          const body = note ? `A text that calls a note.[^n] And goes on.\n\n[^n]: The note.\n` : `A text of role ${role ?? 'none'}.\n`;
          files[name] = piece(`title: Text ${i}\nauthor: A\nformat: markdown${role ? `\nrole: ${role}` : ''}`, body);
          if (part === undefined) {
            open = undefined;
            contents.push(`  - ${name}`);
          } else if (open?.part === part) {
            open.files.push(name);
            contents.push(`      - ${name}`);
          } else {
            open = { part, files: [name] };
            contents.push(`  - part: ${part}\n    contents:\n      - ${name}`);
          }
        });
        files['anthology.yaml'] = `title: Mixed\nlanguage: en\neditors: [E]\ncontents:\n${contents.join('\n')}\n`;
        const sourceDir = await makeSourceDir(files);
        try {
          const result = await buildAnthology({ sourceDir, outDir: freshDir('roles'), modified: new Date(Date.UTC(2026, 0, 1)), cover: true });
          const epub = openEpub(result.files.epub);
          expect(epub.spine.length).toBeGreaterThan(entries.length);
          expect(result.pageCount).toBeGreaterThan(entries.length);
        } catch (error) {
          expect(error, String((error as Error)?.stack)).toBeInstanceOf(AnthologyError);
          expect((error as AnthologyError).diagnostics.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 12, seed: Number(process.env.FC_SEED ?? 20261205) },
    );
  }, 300_000);
});
