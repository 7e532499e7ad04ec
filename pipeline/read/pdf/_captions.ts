/**
 * Captions, found by size and position: a short block set smaller than the text (or in italics
 * at its size) that stands right under or right over a picture the page paints, within the
 * picture's width; or a smaller block that opens with a figure's label (“Figure 3.”, “Fig. 2”,
 * “Plate IV”, “Map 1”). A caption is kept as an italic paragraph where it stands (the books
 * set the italic paragraph after a picture as its caption) and listed with its place.
 */
import type { Line } from './_lines.ts';
import type { ImageBox } from './_extract.ts';

const LABEL = /^(?:fig(?:ure|\.)?|plate|illustration|map|chart|diagram|photo(?:graph)?|table)\s+(?:\d+|[ivxlc]+)\b/i;

/** The most lines a caption runs to. */
const MAX_LINES = 5;

export type CaptionReason = 'under a picture' | 'over a picture' | 'a figure label';

/**
 * Why the block of `lines` is a caption, or undefined. `smaller` says its type is smaller than
 * the text's; `images` are the pictures on its page.
 */
export function captionReason(lines: readonly Line[], smaller: boolean, images: readonly ImageBox[]): CaptionReason | undefined {
  if (lines.length === 0 || lines.length > MAX_LINES) return undefined;
  const italic = lines.every((l) => l.italic);
  if (!smaller && !italic) return undefined;
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  if (lines.some((l) => l.page !== first.page)) return undefined;
  const left = Math.min(...lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.right));
  const reach = 3 * first.size;
  for (const image of images) {
    const overlaps = Math.min(right, image.right) - Math.max(left, image.left) > 0.5 * Math.min(right - left, image.right - image.left);
    if (!overlaps) continue;
    // A baseline sits one size below the top of its letters.
    const top = first.y - first.size;
    if (top >= image.bottom - 1 && top - image.bottom <= reach) return 'under a picture';
    if (last.y <= image.top + 1 && image.top - last.y <= reach) return 'over a picture';
  }
  if (smaller && LABEL.test(first.text)) return 'a figure label';
  return undefined;
}
