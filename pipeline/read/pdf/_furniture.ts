/**
 * Page furniture: running heads and folios. Found by where a line stands (the outermost line at
 * the top or foot of the page) and by repetition (the same words, numbers aside, on more than
 * one page, anywhere on it); a bare page number is a folio wherever it repeats or not.
 */
import type { Line } from './_lines.ts';

export type FurnitureRule = 'pdf/running-head' | 'pdf/folio';

const FOLIO = /^[-–—([]?\s*(?:page\s+)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?\s*[-–—)\]]?$/i;
/** How far into the page, as a share of its height, the top and foot bands reach. */
const BAND = 0.13;

/** Numbers aside: a head with its folio and the same head without one are one head. */
const key = (text: string): string => text.toLowerCase().replace(/\d+/g, ' ').replace(/\s+/g, ' ').trim();

/** Set small and well apart from the page's text, above or below it: a head or footer on a page of its own. */
function apartFromText(line: Line, _candidates: Line[], pages: readonly { lines: Line[] }[]): boolean {
  const page = pages.find((p) => p.lines.includes(line))!;
  const others = page.lines.filter((l) => l !== line);
  if (others.length === 0) return false;
  const nearest = Math.min(...others.map((l) => Math.abs(l.y - line.y)));
  return nearest > 2.5 * Math.max(...others.map((l) => l.size));
}

/** Further from its page's nearest line than the text's lines are from each other, or not in the text's size. */
function standsOff(line: Line, pages: readonly { lines: Line[] }[], bodySize: number): boolean {
  if (Math.abs(line.size - bodySize) > 0.6) return true;
  const page = pages.find((p) => p.lines.includes(line))!;
  // A line of ten words or more across most of the text's width is a line of the text, whatever space is above it.
  const left = Math.min(...page.lines.map((l) => l.x));
  const right = Math.max(...page.lines.map((l) => l.right));
  if (line.text.split(/\s+/).length >= 10 && line.right - line.x > 0.7 * (right - left)) return false;
  const nearest = Math.min(...page.lines.filter((l) => l !== line && l.column === line.column).map((l) => Math.abs(l.y - line.y)));
  return !Number.isFinite(nearest) || nearest > 1.6 * line.size;
}

/**
 * A head on one page only, above two columns: repetition cannot tell it, so its place must. It is
 * the page's first line, in the top band, not larger than the text nor bold (a title or heading
 * is one or the other), with a head's own space under it down to both columns, and, with what
 * shares its baseline (a folio), spanning the gutter or centred over the two columns: not a line
 * of either. On the document's first page, where a plain title at the text's size could stand
 * so, a folio on its baseline must say it is a head.
 */
function headOverColumns(line: Line, page: { lines: Line[]; height: number }, first: boolean, bodySize: number): boolean {
  const left = page.lines.filter((l) => l.column === 0 && l !== line);
  const right = page.lines.filter((l) => l.column === 1 && l !== line);
  if (left.length < 3 || right.length < 3 || line.y > BAND * page.height) return false;
  if (line.bold || line.size > Math.max(bodySize, ...left.map((l) => l.size)) + 0.6 || FOLIO.test(line.text)) return false;
  const baseline = page.lines.filter((l) => Math.abs(l.y - line.y) < 0.5 * line.size);
  if (baseline.some((l) => l !== line && !FOLIO.test(l.text))) return false;
  if (page.lines.some((l) => l.y < line.y - 0.5 * line.size)) return false;
  if (first && baseline.length < 2) return false;
  const space = 1.6 * Math.max(line.size, bodySize);
  const gapTo = (column: Line[]): number => Math.min(...column.filter((l) => l.y > line.y).map((l) => l.y - line.y));
  if (!(gapTo(left) > space && gapTo(right) > space)) return false;
  const leftEdge = Math.min(...left.map((l) => l.x));
  const leftRight = Math.max(...left.map((l) => l.right));
  const rightLeft = Math.min(...right.map((l) => l.x));
  const rightEdge = Math.max(...right.map((l) => l.right));
  const from = Math.min(...baseline.map((l) => l.x));
  const to = Math.max(...baseline.map((l) => l.right));
  const spans = from < leftRight && to > rightLeft;
  const centred = Math.abs((line.x + line.right) / 2 - (leftEdge + rightEdge) / 2) < 2 * line.size;
  return spans || centred;
}

export function findFurniture(pages: readonly { lines: Line[]; height: number; width?: number }[], bodySize: number): Map<Line, FurnitureRule> {
  const found = new Map<Line, FurnitureRule>();
  const candidates: Line[][] = pages.map(({ lines, height, width = Infinity }) => {
    const byY = [...lines].sort((a, b) => a.y - b.y);
    // A page number may stand outside the bands on a page with wide margins (LaTeX's on A4), but
    // always well apart from the text or centred on the page.
    const folioApart = (l: Line): boolean => FOLIO.test(l.text) && (byY.every((o) => o === l || Math.abs(o.y - l.y) > 2 * l.size) || Math.abs((l.x + l.right) / 2 - width / 2) < 2 * l.size);
    // A head in two parts (the journal's name left, the author's right) stands on one baseline:
    // the second part is as outermost as the first.
    const beside = (l: Line, outer: Line): boolean => Math.abs(l.y - outer.y) < 0.5 * Math.max(l.size, outer.size);
    const top = byY.slice(0, 2).filter((l, i) => (l.y < BAND * height || (i === 0 && folioApart(l))) && (i === 0 || FOLIO.test(l.text) || FOLIO.test(byY[0]!.text) || beside(l, byY[0]!)));
    const foot = byY.slice(-2).reverse().filter((l, i) => (l.y > (1 - BAND) * height || (i === 0 && folioApart(l))) && (i === 0 || FOLIO.test(l.text) || FOLIO.test(byY[byY.length - 1]!.text) || beside(l, byY[byY.length - 1]!)));
    return [...new Set([...top, ...foot])];
  });
  // Repetition counts anywhere in the document: a short piece's running head may stand on one
  // page only, but it repeats the piece's title.
  const pagesWith = new Map<string, number>();
  for (const { lines } of pages) for (const k of new Set(lines.map((l) => key(l.text)))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  for (const lines of candidates) {
    for (const line of lines) {
      if (FOLIO.test(line.text)) found.set(line, 'pdf/folio');
      // A repeated line is a head only when it stands off the text (a head's own space) or is set apart in size: the text's own lines may repeat (a refrain, a repeated sentence).
      else if (pages.length > 1 && (pagesWith.get(key(line.text)) ?? 0) >= 2 && standsOff(line, pages, bodySize)) found.set(line, 'pdf/running-head');
      else if (line.size < 0.95 * bodySize && apartFromText(line, lines, pages)) found.set(line, 'pdf/running-head');
    }
  }
  pages.forEach((page, index) => {
    const top = page.lines.reduce<Line | undefined>((a, l) => (a === undefined || l.y < a.y ? l : a), undefined);
    if (top && !found.has(top) && headOverColumns(top, page, index === 0, bodySize)) found.set(top, 'pdf/running-head');
  });
  return found;
}
