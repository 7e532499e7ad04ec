/**
 * The rule over the footnotes stands on the side the notes start from: at the left of the text
 * block under a left-to-right piece, at the right under a right-to-left one. Seen on the
 * rendered page: the rule is the one long unbroken dark run of pixels, and the text block's
 * edges are those of a justified line of the piece.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { freshDir, pdfPages, runCli } from '../build/_book.ts';
import { makeSourceDir } from '../helpers.ts';

const ENGLISH = `---\ntitle: Bread\nauthor: Ruth Levy\nformat: markdown\n---\nFreedom is not a gift; it is taken in the struggle.[^1] The workers gathered in the town square in the morning and asked for bread and for work, and the committee answered them from the steps of the hall before noon.\n\n[^1]: So she wrote in the workers' paper in 1911.\n`;
const HEBREW = `---\ntitle: לחם\nauthor: רחל לוי\nlanguage: he\nformat: markdown\n---\nהחירות אינה מתנה; היא נלקחת במאבק.[^1] העובדים התאספו בכיכר העיר בבוקר, ודרשו לחם ועבודה, והוועד ענה להם ממדרגות האולם לפני הצהריים, והם חזרו לבתיהם.\n\n[^1]: כך כתבה בעיתון הפועלים בשנת 1911.\n`;

interface Gray {
  width: number;
  height: number;
  dark(x: number, y: number): boolean;
}

/** One page drawn at 72 dpi (a pixel a point), in grey. */
function renderPage(pdf: string, page: number): Gray {
  const prefix = path.join(freshDir('rule-page'), 'p');
  execFileSync('pdftoppm', ['-r', '72', '-gray', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  const bytes = readFileSync(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  return { width, height, dark: (x, y) => bytes[start + y * width + x]! < 128 };
}

/** The longest unbroken dark run on any row: the rule, as no line of text has one so long. */
function ruleOf(page: Gray): { from: number; to: number; y: number } {
  let best = { from: 0, to: -1, y: -1 };
  for (let y = 0; y < page.height; y++) {
    let from = -1;
    for (let x = 0; x <= page.width; x++) {
      const dark = x < page.width && page.dark(x, y);
      if (dark && from < 0) from = x;
      if (!dark && from >= 0) {
        if (x - 1 - from > best.to - best.from) best = { from, to: x - 1, y };
        from = -1;
      }
    }
  }
  return best;
}

/** Left and right edge of the dark pixels between two rows: the text block, where its lines are justified. */
function inkEdges(page: Gray, top: number, bottom: number): { left: number; right: number } {
  let left = page.width;
  let right = -1;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < page.width; x++) {
      if (!page.dark(x, y)) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  return { left, right };
}

describe('the rule over the footnotes', async () => {
  const source = await makeSourceDir({ 'anthology.yaml': 'title: Freedom\nlanguage: en\neditors: [Ed Itor]\ncontents: [bread.md, lechem.md]\n', 'bread.md': ENGLISH, 'lechem.md': HEBREW });
  const out = freshDir('rtl-rule');
  const result = runCli(['build', source, '--out', out, '--no-cache']);
  const pdf = path.join(out, 'freedom.pdf');

  const check = (words: string, side: 'left' | 'right') => {
    expect(result.status, result.stderr).toBe(0);
    const number = pdfPages(pdf).findIndex((text) => text.includes(words)) + 1;
    expect(number).toBeGreaterThan(0);
    const page = renderPage(pdf, number);
    const rule = ruleOf(page);
    expect(rule.to - rule.from).toBeGreaterThan(50);
    // The first lines of the piece's paragraph are justified: they reach both edges of the block.
    const block = inkEdges(page, Math.round(page.height * 0.3), rule.y - 20);
    expect(block.right - block.left).toBeGreaterThan(200);
    if (side === 'right') {
      expect(Math.abs(rule.to - block.right)).toBeLessThanOrEqual(2);
      expect(rule.from - block.left).toBeGreaterThan(100);
    } else {
      expect(Math.abs(rule.from - block.left)).toBeLessThanOrEqual(2);
      expect(block.right - rule.to).toBeGreaterThan(100);
    }
  };

  it('stands at the left of the block under a left-to-right piece', () => check('workers gathered', 'left'));
  it('stands at the right of the block under a right-to-left piece', () => check('בעיתון', 'right'));
});
