import type { PrintSettings } from '../types.ts';
import type { PrintConfig } from '../load/schema.ts';

const MM = 72 / 25.4;

/** Trim sizes in points (width × height). */
const TRIMS: Record<string, [number, number]> = {
  A4: [210 * MM, 297 * MM],
  A5: [148 * MM, 210 * MM],
  A6: [105 * MM, 148 * MM],
  B5: [176 * MM, 250 * MM],
  '6x9': [6 * 72, 9 * 72],
  '5.5x8.5': [5.5 * 72, 8.5 * 72],
  letter: [8.5 * 72, 11 * 72],
};

export function toPoints(length: number | string): number {
  if (typeof length === 'number') return length;
  const match = /^(\d+(?:\.\d+)?)\s*(mm|cm|in|pt)$/.exec(length)!;
  const value = Number(match[1]);
  const factor = { mm: MM, cm: 10 * MM, in: 72, pt: 1 }[match[2] as 'mm' | 'cm' | 'in' | 'pt'];
  return value * factor;
}

/**
 * Page geometry from the config. Default margins follow the classic proportions of a book page
 * (the outer and bottom margins larger than the gutter and head), scaled to the trim; the body
 * size grows a little on large trims so the measure stays near 60–70 characters.
 */
export function printSettings(print: PrintConfig): PrintSettings {
  const [pageWidth, pageHeight] =
    typeof print.trim === 'string' ? TRIMS[print.trim]! : [toPoints(print.trim.width), toPoints(print.trim.height)];
  const fontSize = print.font_size ?? (pageWidth > 500 ? 11.5 : pageWidth < 320 ? 9.5 : 10.5);
  const margins = print.margins ?? {};
  return {
    pageWidth: round(pageWidth),
    pageHeight: round(pageHeight),
    marginTop: round(margins.top !== undefined ? toPoints(margins.top) : pageHeight * 0.085),
    marginBottom: round(margins.bottom !== undefined ? toPoints(margins.bottom) : pageHeight * 0.115),
    marginInner: round(margins.inner !== undefined ? toPoints(margins.inner) : pageWidth * 0.11),
    marginOuter: round(margins.outer !== undefined ? toPoints(margins.outer) : pageWidth * 0.145),
    fontSize,
    leading: round(fontSize * (print.leading ?? 1.3)),
    font: print.font ?? 'EB Garamond',
    notes: print.notes ?? 'foot',
    cover: print.cover ?? false,
    paperMmPerPage: paperThickness(print.paper),
  };
}

/**
 * Thickness of one page (half a leaf) in mm: the figures print-on-demand printers give for
 * their standard papers, white 50–55 lb (0.0572 mm) and cream (0.0635 mm).
 */
export const PAPER_MM_PER_PAGE = { white: 0.0572, cream: 0.0635 } as const;

function paperThickness(paper: PrintConfig['paper']): number {
  if (typeof paper === 'number') return paper;
  return PAPER_MM_PER_PAGE[paper ?? 'white'];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
