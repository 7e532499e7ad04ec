/**
 * For arbitrary manuscript bodies the build either succeeds or fails cleanly (an AnthologyError
 * with placed diagnostics, never another exception); what it makes is a valid EPUB (EPUBCheck on
 * a sample) and a readable PDF (pdfinfo, qpdf --check).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildAnthology } from '../../pipeline/build.ts';
import { AnthologyError } from '../../pipeline/diagnostics.ts';
import { MINIMAL_CONFIG, makeSourceDir, piece } from '../helpers.ts';
import { freshDir, hasCommand, openEpub } from './_book.ts';

const EPUBCHECK = '/usr/share/java/epubcheck.jar';
const EPUBCHECK_SAMPLE = 3;

/**
 * Any character of the scripts the print theme has fonts for (and controls, which are not
 * drawn). A character no font has fails the build by design (font/missing-glyph, tested in
 * scripts.test.ts), so arbitrary code points from all of Unicode would make no book at all.
 */
const RANGES: Array<[number, number]> = [
  [0x00, 0x24f], [0x370, 0x4ff], [0x5d0, 0x5ea], [0x621, 0x64a], [0x2000, 0x206f], [0x3000, 0x303f], [0x4e00, 0x9fff],
];
const settable = fc
  .oneof(...RANGES.map(([min, max]) => fc.integer({ min, max })))
  .map((code) => String.fromCodePoint(code))
  .filter((char) => !/\p{Cn}|\p{Co}/u.test(char));
const fragment = fc.oneof(
  fc.string({ unit: settable, maxLength: 200 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 300 }),
  fc.constantFrom(
    '\n\n', '\r\n', '# Heading\n', '> quoted\n', '- item\n', '1. first\n', '*em* **strong** `code`', '[link](https://example.org/)',
    '<b onclick="x()">b</b>', '<script>alert(1)</script>', '<div><p>para</p></div>', '&amp; &#0; &#xFFFF;', 'â€™ Ã©', '\u0000\u0007\u000C',
    '\uFEFF', '\uD800', '---\n', '```\ncode\n```\n', '    indented\n', '| a | b |\n|---|---|\n', '\\', '*', '_', '<!-- comment', '[^1]',
    'Workers’ “quoted” — dash…', 'word-\nbreak', 'ΑΒΓ кириллица 中文 العربية', '\t',
  ),
);
const body = fc.array(fragment, { minLength: 1, maxLength: 25 }).map((parts) => parts.join(''));

describe('arbitrary manuscript bodies', () => {
  it('build or fail cleanly, and make valid EPUBs and readable PDFs', async () => {
    const built: { epub: string; pdf: string }[] = [];
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const source = await makeSourceDir({ 'anthology.yaml': MINIMAL_CONFIG, 'one.md': piece('title: One\nauthor: A', text) });
        const outDir = freshDir('prop');
        let result;
        try {
          result = await buildAnthology({ sourceDir: source, outDir, modified: new Date(Date.UTC(2026, 0, 1)) });
        } catch (error) {
          expect(error, String((error as Error)?.stack)).toBeInstanceOf(AnthologyError);
          const { diagnostics } = error as AnthologyError;
          expect(diagnostics.length).toBeGreaterThan(0);
          for (const d of diagnostics.filter((d) => d.severity === 'error')) expect(d.file).toMatch(/one\.md$|anthology\.yaml$/);
          return;
        }
        built.push({ epub: result.files.epub, pdf: result.files.pdf });
        const epub = openEpub(result.files.epub);
        const xhtml = epub.spine.map((doc) => epub.text(doc)).join('');
        // Tags only: escaped text such as "&lt;script&gt;" is what the reader should see.
        expect(xhtml).not.toMatch(/<(script|iframe|style|object|embed)\b|<[a-z][^>]*\son[a-z]+=|<[a-z][^>]*="\s*javascript:/i);
        expect(xhtml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
        if (!text.includes('\uFFFD') && !/[\uD800-\uDFFF]/.test(text)) expect(xhtml).not.toContain('\uFFFD');
      }),
      { numRuns: 15, seed: Number(process.env.FC_SEED ?? 20260101) },
    );
    expect(built.length).toBeGreaterThan(5);

    if (hasCommand('pdfinfo')) for (const { pdf } of built) expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+\d+/);
    if (hasCommand('qpdf')) for (const { pdf } of built) execFileSync('qpdf', ['--check', pdf], { stdio: 'pipe' });
    if (existsSync(EPUBCHECK) && hasCommand('java')) {
      for (const { epub } of built.slice(0, EPUBCHECK_SAMPLE)) {
        let output = '';
        try {
          output = execFileSync('java', ['-jar', EPUBCHECK, epub], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        } catch (error) {
          const e = error as { stdout: string; stderr: string };
          throw new Error(`EPUBCheck failed on ${path.basename(epub)}:\n${e.stdout}\n${e.stderr}`);
        }
        expect(output).toMatch(/0 fatals \/ 0 errors/);
      }
    }
  }, 300_000);
});
