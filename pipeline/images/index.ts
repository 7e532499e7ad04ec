/**
 * The book's pictures: every Markdown image (and `<img>`, which parsing turned into one) that
 * points inside the source folder is read here, checked, and prepared for both editions with
 * sharp: the file as given for the EPUB when a reading system takes it (JPEG, PNG, GIF, SVG),
 * WebP converted to PNG, anything wider than a screen needs resampled; and for print a PNG or
 * JPEG, resampled down when it has more pixels than the widest measure can use.
 *
 * Reference-style pictures are first made plain image nodes (see _references.ts). The image
 * nodes of the trees are pointed at the packaged copies (`images/01-name.png`), so renderers
 * find a picture by its node's url and never read a file. A file that is missing or
 * is no picture is an error at the place that calls it; remote images and images outside the
 * source folder were refused when parsing.
 */
import { readFile } from 'node:fs/promises';
import { destinationOf, sourceBounds } from '../load/_paths.ts';
import path from 'node:path';
import type { Image, Nodes, Root } from 'mdast';
import type { Metadata } from 'sharp';
import type { BookImage, Diagnostic, Place } from '../types.ts';
import { diagnostic } from '../diagnostics.ts';
import { resolveImageReferences } from './_references.ts';

export interface ImageSource {
  tree: Root;
  /** The manuscript's path as shown in messages, and its folder on disk. */
  file: string;
  dir: string;
  /** Where an image's url stands in the manuscript (parsing's locator). */
  place(url: string): Place | undefined;
}

export interface LoadedImages {
  images: BookImage[];
  diagnostics: Diagnostic[];
}

/** Widest picture an EPUB carries, in pixels: more only weighs on the reader's device. */
export const SCREEN_MAX_WIDTH = 1600;
/** Widest picture print keeps, in pixels: 300 dpi across a 6.5 in (A4 or US letter) measure. */
export const PRINT_MAX_WIDTH = 1950;

const FORMATS: Record<string, BookImage['mediaType'] | 'convert'> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  webp: 'convert',
};

export interface ImageLimits {
  /** Most pixels (width × height) a picture may have; checked from its header, before decoding. */
  maxPixels?: number;
  /** Folders outside the source folder that its links may lead into (`--allow-outside`). */
  allowOutside?: readonly string[];
}

/** 50 megapixels: a 7,000 × 7,000 scan. A decompression bomb declares far more. */
const DEFAULT_MAX_PIXELS = 50_000_000;

export async function loadImages(sources: readonly ImageSource[], sourceDir: string, limits: ImageLimits = {}): Promise<LoadedImages> {
  const maxPixels = limits.maxPixels ?? DEFAULT_MAX_PIXELS;
  const bounds = await sourceBounds(sourceDir, limits.allowOutside);
  const images: BookImage[] = [];
  const diagnostics: Diagnostic[] = [];
  const byPath = new Map<string, BookImage>();
  for (const source of sources) {
    resolveImageReferences(source.tree);
    for (const node of imageNodes(source.tree)) {
      const url = node.url;
      if (isRemote(url) || !url) continue;
      const target = path.resolve(source.dir, decode(url.replace(/[?#].*$/, '')));
      const relative = path.relative(path.resolve(sourceDir), target);
      if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
      const place = source.place(url);
      // Judged by where it really leads: a link in the folder to a file elsewhere is not published.
      const leads = await destinationOf(target, bounds);
      if (leads.kind === 'outside') {
        diagnostics.push(
          diagnostic(source.file, 'error', 'image/outside-source', `Unexpected link: image “${url}” leads outside the source folder, to “${leads.real}”; move the picture into the folder, or allow its folder with --allow-outside`, place),
        );
        continue;
      }
      let image = byPath.get(target);
      if (!image) {
        const read = await readImage(target, url, images.length + 1, { file: source.file, ...place }, maxPixels);
        if ('error' in read) {
          diagnostics.push(diagnostic(source.file, 'error', read.ruleId, read.error, place));
          continue;
        }
        image = read.image;
        byPath.set(target, image);
        images.push(image);
      }
      node.url = image.href;
    }
  }
  return { images, diagnostics };
}

function imageNodes(tree: Root): Image[] {
  const found: Image[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'image') found.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

async function readImage(
  file: string,
  url: string,
  ordinal: number,
  origin: { file: string; line?: number; column?: number },
  maxPixels: number,
): Promise<{ image: BookImage } | { error: string; ruleId: string }> {
  const shown = url.length > 80 ? `${url.slice(0, 77)}…` : url;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { ruleId: 'image/missing', error: `Missing image “${shown}”: no such file in the source folder` };
  }
  // sharp loads a native library (~0.1 s of CPU): imported only once a book has a picture.
  const { default: sharp } = await import('sharp');
  let metadata: Metadata;
  try {
    // Only the header is read here, so sharp's own pixel limit is lifted: ours is checked below, with a clearer message.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ruleId: 'image/corrupt', error: `Unexpected content in image “${shown}”: not a JPEG, PNG, GIF, WebP or SVG picture that can be read` };
  }
  const kind = FORMATS[metadata.format ?? ''];
  if (!kind || !metadata.width || !metadata.height) {
    return { ruleId: 'image/unsupported', error: `Unexpected ${metadata.format ?? 'unknown'} image “${shown}”, expected JPEG, PNG, GIF, WebP or SVG` };
  }
  // The header is all that has been read: a picture that declares more pixels is refused before any decoding.
  const pixels = metadata.width * metadata.height * (metadata.pages ?? 1);
  if (pixels > maxPixels) {
    return {
      ruleId: 'limit/image-pixels',
      error: `Unexpected image “${shown}” of ${metadata.width} × ${metadata.height}${(metadata.pages ?? 1) > 1 ? ` × ${metadata.pages} frames` : ''} pixels, expected at most ${maxPixels} (raise limits.image_pixels in anthology.yaml if the book needs it)`,
    };
  }
  try {
    const screen = await screenCopy(bytes, kind, metadata.width);
    const print = await printCopy(bytes, metadata);
    const base = slugOf(path.basename(file, path.extname(file))) || 'image';
    const extension = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/svg+xml': 'svg' }[screen.mediaType];
    return {
      image: {
        href: `images/${String(ordinal).padStart(2, '0')}-${base}.${extension}`,
        mediaType: screen.mediaType,
        data: new Uint8Array(screen.data),
        print,
        width: metadata.width,
        height: metadata.height,
        ...(metadata.density && format(metadata) !== 'svg' ? { dpi: metadata.density } : {}),
        ...origin,
      },
    };
  } catch (error) {
    return { ruleId: 'image/corrupt', error: `Unexpected content in image “${shown}”: ${(error as Error).message}` };
  }
}

async function screenCopy(bytes: Buffer, kind: BookImage['mediaType'] | 'convert', width: number): Promise<{ data: Buffer; mediaType: BookImage['mediaType'] }> {
  if (kind === 'image/svg+xml' || kind === 'image/gif') return { data: bytes, mediaType: kind };
  const { default: sharp } = await import('sharp');
  if (kind === 'convert') return { data: await sharp(bytes).resize({ width: Math.min(width, SCREEN_MAX_WIDTH) }).png().toBuffer(), mediaType: 'image/png' };
  if (width <= SCREEN_MAX_WIDTH) return { data: bytes, mediaType: kind };
  const resized = sharp(bytes).resize({ width: SCREEN_MAX_WIDTH });
  return { data: await (kind === 'image/jpeg' ? resized.jpeg({ quality: 85 }) : resized.png()).toBuffer(), mediaType: kind };
}

/** PNG or JPEG for pdfkit; SVG drawn at the print width, anything wider resampled to it. */
async function printCopy(bytes: Buffer, metadata: Metadata): Promise<BookImage['print']> {
  const format = metadata.format;
  const width = metadata.width!;
  if ((format === 'png' || format === 'jpeg') && width <= PRINT_MAX_WIDTH && !metadata.isProgressive && !(format === 'png' && (metadata.bitsPerSample ?? 8) > 8)) {
    return { data: new Uint8Array(bytes), width, height: metadata.height! };
  }
  const { default: sharp } = await import('sharp');
  const density = format === 'svg' ? Math.min(600, Math.max(72, (72 * PRINT_MAX_WIDTH) / width)) : undefined;
  let image = sharp(bytes, density ? { density } : {});
  const drawn = await image.metadata();
  if ((drawn.width ?? width) > PRINT_MAX_WIDTH) image = image.resize({ width: PRINT_MAX_WIDTH });
  const out = await (format === 'jpeg' ? image.jpeg({ quality: 90 }) : image.png()).toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(out.data), width: out.info.width, height: out.info.height };
}

function format(metadata: Metadata): string {
  return metadata.format ?? '';
}

function isRemote(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

function decode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}
