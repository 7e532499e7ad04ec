/**
 * `anthology preview` through the real command: PNG images of the requested pages at the
 * book's trim size, drawn with ink where the PDF has text, and a contact sheet linking them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { freshDir, runCli } from '../build/_book.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Share of pixels darker than mid-grey. */
async function inkShare(file: string): Promise<number> {
  const image = await loadImage(readFileSync(file));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 384) dark += 1;
  return dark / (image.width * image.height);
}

describe('anthology preview', () => {
  const base = freshDir('preview');
  const dir = path.join(base, 'book');
  const out = path.join(base, 'out');
  expect(runCli(['init', dir]).status).toBe(0);
  expect(runCli(['build', dir, '--out', out, '--no-cache']).status).toBe(0);
  const previewDir = path.join(out, 'preview');

  it('draws the requested pages at the trim size (A5 at 96 dpi) and a contact sheet', async () => {
    const result = runCli(['preview', '--pages', '1-3', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    const pngs = readdirSync(previewDir)
      .filter((name) => name.endsWith('.png'))
      .sort();
    expect(pngs).toEqual(['page-001.png', 'page-002.png', 'page-003.png']);
    for (const png of pngs) expect(pngSize(path.join(previewDir, png))).toEqual({ width: 560, height: 794 }); // 148 × 210 mm
    // The title page has ink; no page is a blank canvas.
    expect(await inkShare(path.join(previewDir, 'page-001.png'))).toBeGreaterThan(0.001);
    const sheet = readFileSync(path.join(previewDir, 'index.html'), 'utf8');
    expect(sheet).toMatch(/^<!DOCTYPE html>/);
    expect([...sheet.matchAll(/<img src="(page-\d+\.png)"/g)].map((m) => m[1])).toEqual(pngs);
    expect(sheet).toContain('pages 1–3 of');
  });

  it('finds the PDF from SOURCE_DIR, takes --dpi, and drops pages of an earlier, longer preview', () => {
    const result = runCli(['preview', dir, '--pages', '2', '--dpi', '48', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(previewDir).sort()).toEqual(['index.html', 'page-002.png']);
    expect(pngSize(path.join(previewDir, 'page-002.png'))).toEqual({ width: 280, height: 397 });
  });

  it('clips a range past the end, and reports wrong usage (exit 2) and a missing PDF (exit 1)', () => {
    const pages = Number(/ of (\d+)/.exec(readFileSync(path.join(previewDir, 'index.html'), 'utf8'))![1]);
    expect(runCli(['preview', '--pages', `${pages}-${pages + 50}`, '--out', out]).status).toBe(0);
    expect(readdirSync(previewDir).filter((name) => name.endsWith('.png'))).toHaveLength(1);
    expect(runCli(['preview', '--pages', 'x', '--out', out]).status).toBe(2);
    expect(runCli(['preview', '--pages', `${pages + 1}`, '--out', out]).status).toBe(2);
    const missing = runCli(['preview', '--out', path.join(base, 'nothing')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no book PDF/);
  });
});
