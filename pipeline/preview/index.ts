/**
 * PNG images of a PDF's pages, drawn by pdfjs-dist on @napi-rs/canvas (no browser, no system
 * tool), and a contact sheet (index.html) that shows them side by side in a browser.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PreviewPage {
  /** 1-based page number. */
  page: number;
  /** File name of the image: page-001.png. */
  file: string;
  width: number;
  height: number;
  png: Buffer;
}

export interface PreviewOptions {
  /** First and last page, 1-based and inclusive; the last is clipped to the page count. */
  first: number;
  last: number;
  /** Pixels per inch (the PDF has 72 points per inch). */
  dpi: number;
}

export async function renderPreview(pdf: Uint8Array, options: PreviewOptions): Promise<{ pageCount: number; pages: PreviewPage[] }> {
  const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const document = await getDocument({
    data: new Uint8Array(pdf),
    standardFontDataUrl: `${pathToFileURL(path.join(pdfjsRoot, 'standard_fonts'))}/`,
    cMapUrl: `${pathToFileURL(path.join(pdfjsRoot, 'cmaps'))}/`,
    cMapPacked: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: PreviewPage[] = [];
    const last = Math.min(options.last, document.numPages);
    for (let number = options.first; number <= last; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: options.dpi / 72 });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      // PDF pages are paper: white under whatever the page does not paint.
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
      pages.push({
        page: number,
        file: `page-${String(number).padStart(3, '0')}.png`,
        width: canvas.width,
        height: canvas.height,
        png: await canvas.encode('png'),
      });
      page.cleanup();
    }
    return { pageCount: document.numPages, pages };
  } finally {
    await document.destroy();
  }
}

/** The contact sheet: every preview at a glance, each linked to its full-size image. */
export function contactSheet(title: string, pdfName: string, pageCount: number, pages: readonly PreviewPage[]): string {
  const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const figures = pages
    .map(
      (p) =>
        `    <figure><a href="${p.file}"><img src="${p.file}" width="${p.width}" height="${p.height}" alt="Page ${p.page}" loading="lazy"></a><figcaption>${p.page}</figcaption></figure>`,
    )
    .join('\n');
  const range = pages.length ? `pages ${pages[0]!.page}–${pages[pages.length - 1]!.page} of ${pageCount}` : `no pages of ${pageCount}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escape(title)}: preview</title>
  <style>
    body { font-family: system-ui, sans-serif; margin: 1.5rem; background: #e8e8e8; }
    main { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
    figure { margin: 0; text-align: center; }
    img { display: block; width: 14rem; height: auto; background: #fff; box-shadow: 0 1px 4px rgb(0 0 0 / 0.3); }
    figcaption { font-size: 0.8rem; color: #444; margin-top: 0.3rem; }
  </style>
</head>
<body>
  <h1>${escape(title)}</h1>
  <p>${escape(pdfName)}, ${range}</p>
  <main>
${figures}
  </main>
</body>
</html>
`;
}
