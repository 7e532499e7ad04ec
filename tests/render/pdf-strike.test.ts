/**
 * Struck-through text (HTML's <s>, <del>, <strike>; a Word file's strikethrough; inline <del>
 * in Markdown) is set struck through in both books, as the source shows it: a reader must not
 * take crossed-out words for the text's own. In the PDF the rule is seen on the rendered page:
 * a dark run across the struck word at about half its x-height, which no unstruck word has.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDir, openEpub, runCli } from '../build/_book.ts';
import { makeSourceDir } from '../helpers.ts';
import { readPdf } from './pdf-read.ts';

const PAGE = `<!doctype html><html><head><title>Wages</title></head><body><article><h1>Wages</h1>
<p>In 1911 a spinner was paid <s>ten</s> twelve shillings a week by the mill's own books, and a piecer less than half of that, and the owners kept the books themselves.</p>
<p>The union never saw the books until the strike of 1912 forced them open, and then it found that the owners had paid themselves twice over.</p></article></body></html>`;
const NOTE = `---\ntitle: The fee\nauthor: A. Clerk\nformat: markdown\n---\nThe minute book records that the fee was <del>fourteen shillings</del> fifteen, payable at the door of the hall on the first Monday of each month, and that the secretary kept a list of those who paid late.\n`;

const DPI = 150;
const SCALE = DPI / 72;

/** One page in grey, DPI dots an inch. */
function renderPage(pdf: string, page: number): { width: number; dark(x: number, y: number): boolean } {
  const prefix = path.join(freshDir('strike-page'), 'p');
  execFileSync('pdftoppm', ['-r', String(DPI), '-gray', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  const bytes = readFileSync(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'))!;
  const width = Number(header[1]);
  const start = header[0].length;
  return { width, dark: (x, y) => bytes[start + y * width + x]! < 160 };
}

/** The longest dark run, as a share of the span, on any row of the band where a strike would stand over [from, to]. */
function struckShare(page: ReturnType<typeof renderPage>, from: number, to: number, baseline: number, size: number): number {
  const [x0, x1] = [Math.round(from * SCALE), Math.round(to * SCALE)];
  let best = 0;
  for (let y = Math.round((baseline - size * 0.4) * SCALE); y <= Math.round((baseline - size * 0.1) * SCALE); y++) {
    let run = 0;
    for (let x = x0; x <= x1; x++) {
      run = page.dark(x, y) ? run + 1 : 0;
      best = Math.max(best, run);
    }
  }
  return best / (x1 - x0 + 1);
}

describe('struck-through text', async () => {
  const source = await makeSourceDir({
    'anthology.yaml': 'title: Wages\nlanguage: en\neditors: [Ed Itor]\ncontents: [fee.md, wages.html]\n',
    'fee.md': NOTE,
    'wages.html': PAGE,
    'wages.yaml': 'title: Wages\nauthor: B. Spinner\n',
  });
  const out = freshDir('strike');
  const result = runCli(['build', source, '--out', out, '--no-cache']);

  it('is a <del> in the EPUB, its words kept', () => {
    expect(result.status, result.stderr).toBe(0);
    const epub = openEpub(path.join(out, 'wages.epub'));
    const xhtml = Object.keys(epub.files).filter((name) => name.endsWith('.xhtml')).map((name) => epub.text(name)).join('\n');
    expect(xhtml).toContain('was paid <del>ten</del> twelve shillings');
    expect(xhtml).toContain('the fee was <del>fourteen shillings</del> fifteen');
  });

  it('is ruled through in the PDF, across the struck words and the space between them, and only there', async () => {
    expect(result.status, result.stderr).toBe(0);
    const file = path.join(out, 'wages.pdf');
    const pdf = await readPdf(new Uint8Array(readFileSync(file)));
    const check = (before: string, struck: string, after: string) => {
      const page = pdf.pages.find((p) => p.text.includes(`${before} ${struck} ${after}`))!;
      expect(page, struck).toBeDefined();
      const items = page.items;
      const at = (word: string) => {
        const item = items.find((i) => i.str.includes(word))!;
        const offset = item.str.indexOf(word) / item.str.length;
        return { from: item.x + item.width * offset, to: item.x + item.width * (offset + word.length / item.str.length), y: item.y, size: item.size };
      };
      const image = renderPage(file, page.number);
      const words = at(struck);
      expect(struckShare(image, words.from + 1, words.to - 1, words.y, words.size), struck).toBeGreaterThan(0.85);
      const plain = at(after);
      expect(struckShare(image, plain.from + 1, plain.to - 1, plain.y, plain.size), after).toBeLessThan(0.6);
    };
    check('paid', 'ten', 'twelve');
    check('was', 'fourteen shillings', 'fifteen,');
  });
});
