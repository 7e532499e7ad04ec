import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Root } from 'mdast';
import { loadImages, PRINT_MAX_WIDTH, SCREEN_MAX_WIDTH } from '../../pipeline/images/index.ts';

const picture = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#c03' } });
const tree = (...urls: string[]): Root => ({
  type: 'root',
  children: urls.map((url) => ({ type: 'paragraph', children: [{ type: 'image', url, alt: 'a picture' }] })),
});

async function folder(files: Record<string, Buffer | string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'anthology-images-'));
  for (const [name, data] of Object.entries(files)) await writeFile(path.join(dir, name), data);
  return dir;
}

describe('pictures for both editions', () => {
  it('packages JPEG, PNG, GIF and SVG as given, converts WebP to PNG, and points the tree at the copies', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="red"/></svg>';
    const dir = await folder({
      'a.jpg': await picture(40, 20).jpeg().toBuffer(),
      'b.png': await picture(40, 20).png().toBuffer(),
      'c.gif': await picture(40, 20).gif().toBuffer(),
      'd.svg': svg,
      'e.webp': await picture(40, 20).webp().toBuffer(),
    });
    const root = tree('a.jpg', 'b.png', 'c.gif', 'd.svg', 'e.webp', 'a.jpg');
    const { images, diagnostics } = await loadImages([{ tree: root, file: 'm.md', dir, place: () => ({ line: 1, column: 1 }) }], dir);
    expect(diagnostics).toEqual([]);
    expect(images.map((i) => [i.href, i.mediaType])).toEqual([
      ['images/01-a.jpg', 'image/jpeg'],
      ['images/02-b.png', 'image/png'],
      ['images/03-c.gif', 'image/gif'],
      ['images/04-d.svg', 'image/svg+xml'],
      ['images/05-e.png', 'image/png'],
    ]);
    // The same file twice is one picture.
    const urls = root.children.map((p) => (p.type === 'paragraph' && p.children[0]!.type === 'image' ? p.children[0]!.url : ''));
    expect(urls).toEqual(['images/01-a.jpg', 'images/02-b.png', 'images/03-c.gif', 'images/04-d.svg', 'images/05-e.png', 'images/01-a.jpg']);
    // Print takes PNG or JPEG only: the GIF, the SVG (drawn at print resolution) and the WebP become PNG.
    for (const image of images) expect(['png', 'jpeg']).toContain((await sharp(Buffer.from(image.print.data)).metadata()).format);
    expect(images[3]!.print.width).toBeGreaterThan(1000);
  });

  it('resamples an oversized picture for the screen and for print', async () => {
    const dir = await folder({ 'big.png': await picture(4000, 1000).png().toBuffer() });
    const { images } = await loadImages([{ tree: tree('big.png'), file: 'm.md', dir, place: () => undefined }], dir);
    expect((await sharp(Buffer.from(images[0]!.data)).metadata()).width).toBe(SCREEN_MAX_WIDTH);
    expect(images[0]!.print).toMatchObject({ width: PRINT_MAX_WIDTH, height: Math.round((1000 * PRINT_MAX_WIDTH) / 4000) });
    expect(images[0]).toMatchObject({ width: 4000, height: 1000 });
  });

  it('reports a missing file and a file that is no picture at the place that calls it', async () => {
    const dir = await folder({ 'bad.png': 'this is text' });
    const { images, diagnostics } = await loadImages([{ tree: tree('bad.png', 'gone.png'), file: 'm.md', dir, place: (url) => ({ line: url === 'bad.png' ? 3 : 5, column: 7 }) }], dir);
    expect(images).toEqual([]);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} [${d.ruleId}]`)).toEqual(['m.md:3:7 error [image/corrupt]', 'm.md:5:7 error [image/missing]']);
  });
});
