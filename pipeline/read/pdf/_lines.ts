/**
 * Lines rebuilt from glyph runs, page by page, in reading order: columns found by the gutter
 * no run crosses and read one after the other, superscripts kept on their line and marked,
 * a drop cap joined to the line it opens.
 */
import { composeAccents } from './_accents.ts';
import type { ExtractedPage, Run } from './_extract.ts';

export interface Part {
  text: string;
  size: number;
  bold: boolean;
  italic: boolean;
  /** Raised and smaller than its line: a note reference. */
  sup: boolean;
  /** Set in small capitals (a small-caps face, or capitals made smaller for the lower-case letters). */
  smallCaps?: boolean;
}

export interface Line {
  page: number;
  /** 1-based, in reading order on its page: the `l7` of `p12:l7`. */
  index: number;
  /** -1 across the page, else the column (0 left). */
  column: number;
  parts: Part[];
  text: string;
  x: number;
  right: number;
  /** Baseline, from the page's top. */
  y: number;
  /** The type size of most of its characters. */
  size: number;
  bold: boolean;
  italic: boolean;
  /** All its letters in small capitals: a heading's or a byline's type, not the text's. */
  smallCaps?: boolean;
  /** A drop cap was joined to it: it starts a paragraph, whatever its indent. */
  dropCap?: string;
  /** The bold words that open a paragraph as its heading (a run-in head: amsart's subsection, LaTeX's paragraph). */
  runIn?: boolean;
  /** Indented only to clear a drop cap. */
  besideDropCap?: boolean;
}

/** The x where two columns part: the middle band no run crosses, with runs on both sides of it. */
export function findGutter(runs: readonly Run[]): number | undefined {
  if (runs.length < 20) return undefined;
  const left = Math.min(...runs.map((r) => r.x));
  const right = Math.max(...runs.map((r) => r.x + r.width));
  const span = right - left;
  let best: { gx: number; crossing: number } | undefined;
  for (let gx = left + 0.3 * span; gx <= left + 0.7 * span; gx += 2) {
    const crossing = runs.filter((r) => r.x < gx + 1 && r.x + r.width > gx - 1).length;
    if (!best || crossing < best.crossing) best = { gx, crossing };
  }
  // Crossed on at most a few of the page's lines (a head or heading across both columns, an overfull line).
  const lines = new Set(runs.map((r) => Math.round(r.y / 2))).size;
  if (!best || best.crossing > lines * 0.15) return undefined;
  const leftRuns = runs.filter((r) => r.x + r.width <= best.gx);
  const rightRuns = runs.filter((r) => r.x >= best.gx);
  if (leftRuns.length < runs.length * 0.2 || rightRuns.length < runs.length * 0.2) {
    // The last page of a two-column text, whose right column holds a few lines only: still
    // columns when the middle is all but uncrossed, the long side is a column of ten lines or
    // more, and two lines or more on the short side are as wide as the long side's lines (lines
    // of text, not a folio or a marginal note).
    const [few, many] = leftRuns.length < rightRuns.length ? [leftRuns, rightRuns] : [rightRuns, leftRuns];
    const widths = many.map((r) => r.width).sort((a, b) => a - b);
    const lineWidth = widths[Math.floor(widths.length / 2)] ?? 0;
    const baselines = (rs: Run[]): number => new Set(rs.map((r) => Math.round(r.y / 2))).size;
    const fullLines = baselines(few.filter((r) => r.width >= 0.7 * lineWidth));
    // Only what crosses beside the short column counts against it: a title above both columns
    // and a folio centred at the foot cross the gutter of every first and last page.
    const top = Math.min(...few.map((r) => r.y - r.size));
    const bottom = Math.max(...few.map((r) => r.y + r.size));
    const gx = best.gx;
    const crossingBeside = runs.filter((r) => r.x < gx + 1 && r.x + r.width > gx - 1 && r.y >= top && r.y <= bottom).length;
    if (fullLines < 2 || baselines(many) < 10 || crossingBeside > 2) return undefined;
  }
  // Side by side, not one above the other: the two sides share most of their height.
  const extent = (rs: Run[]) => [Math.min(...rs.map((r) => r.y)), Math.max(...rs.map((r) => r.y))] as const;
  const [lt, lb] = extent(leftRuns);
  const [rt, rb] = extent(rightRuns);
  const shared = Math.min(lb, rb) - Math.max(lt, rt);
  return shared > 0.5 * Math.min(lb - lt, rb - rt) ? best.gx : undefined;
}

function dominantSize(runs: readonly Run[]): number {
  const weight = new Map<number, number>();
  for (const r of runs) weight.set(Math.round(r.size * 2) / 2, (weight.get(Math.round(r.size * 2) / 2) ?? 0) + r.str.length);
  return [...weight].sort((a, b) => b[1] - a[1])[0]![0];
}

interface Group {
  runs: Run[];
  y: number;
  sup: Set<Run>;
}

/** Runs on one baseline (within a fraction of their size) form a line. */
function groupByBaseline(runs: readonly Run[]): Group[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Group[] = [];
  for (const run of sorted) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(run.y - last.y) <= 0.25 * Math.max(run.size, ...last.runs.map((r) => r.size))) last.runs.push(run);
    else groups.push({ runs: [run], y: run.y, sup: new Set() });
  }
  // A group of small runs just above a line, within its width, is that line's superscripts.
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    const size = Math.max(...group.runs.map((r) => r.size));
    const below = groups.find((g) => g !== group && g.y > group.y && g.y - group.y < 0.7 * dominantSize(g.runs) && size < 0.85 * dominantSize(g.runs));
    if (!below) continue;
    const minX = Math.min(...below.runs.map((r) => r.x));
    const maxX = Math.max(...below.runs.map((r) => r.x + r.width));
    // A note's own mark stands just before its text; a reference, within or just after a line.
    if (!group.runs.every((r) => r.x >= minX - 2 * dominantSize(below.runs) && r.x <= maxX + dominantSize(below.runs))) continue;
    for (const r of group.runs) below.sup.add(r);
    below.runs.push(...group.runs);
    groups.splice(i--, 1);
  }
  return groups;
}

/**
 * Capitals in two sizes on one line, the smaller between 60% and 90% of the larger: small
 * capitals made by a font that has none (psnfss's Times, Palatino, Charter), where the smaller
 * capitals stand for lower-case letters. Returns the smaller runs, to be read in lower case.
 */
function fakedSmallCaps(runs: readonly Run[]): Set<Run> | undefined {
  const lettered = runs.filter((r) => /\p{L}/u.test(r.str));
  if (lettered.length < 2 || lettered.some((r) => r.str !== r.str.toUpperCase())) return undefined;
  const large = Math.max(...lettered.map((r) => r.size));
  const small = lettered.filter((r) => r.size < 0.92 * large);
  if (small.length === 0 || small.some((r) => r.size < 0.6 * large) || small.length === lettered.length) return undefined;
  return new Set(small);
}

function toLine(group: Group, page: number, column: number): Line {
  const runs = [...group.runs].sort((a, b) => a.x - b.x);
  const main = runs.filter((r) => !group.sup.has(r));
  const faked = fakedSmallCaps(main);
  // Small capitals stand at the size of their capitals: the line's type is that size.
  const size = faked ? Math.max(...main.map((r) => r.size)) : dominantSize(main.length ? main : runs);
  const parts: Part[] = [];
  let text = '';
  let end = -Infinity;
  for (const run of runs) {
    const gap = run.x - end;
    const needsSpace = text !== '' && !/\s$/.test(text) && !/^\s/.test(run.str) && gap > 0.15 * size && !group.sup.has(run);
    const str = (needsSpace ? ' ' : '') + (faked?.has(run) ? run.str.toLowerCase() : run.str);
    text += str;
    const smallCaps = run.smallCaps || faked !== undefined;
    parts.push({ text: str, size: faked ? size : run.size, bold: run.bold, italic: run.italic, sup: group.sup.has(run) || (!faked && run.size < 0.8 * size && run.y < group.y - 0.15 * size), ...(smallCaps ? { smallCaps } : {}) });
    end = Math.max(end, run.x + run.width);
  }
  const letters = main.filter((r) => /\S/.test(r.str));
  const lettered = main.filter((r) => /\p{L}/u.test(r.str));
  return {
    page,
    index: 0,
    column,
    parts,
    text: text.replace(/\s+/g, ' ').trim(),
    x: runs[0]!.x,
    right: end,
    y: group.y,
    size,
    bold: letters.length > 0 && letters.every((r) => r.bold),
    italic: letters.length > 0 && letters.every((r) => r.italic),
    ...(faked || (lettered.length > 0 && lettered.every((r) => r.smallCaps)) ? { smallCaps: true } : {}),
  };
}

/** A letter or two set at several times the text's size: a drop cap, read as the start of its word. */
function isDropCap(run: Run, bodySize: number): boolean {
  return run.size >= 1.9 * bodySize && /^\p{Lu}{1,2}$|^["“'‘]?\p{Lu}$/u.test(run.str.trim());
}

/** Small capitals after a drop cap are the rest of the opening words: back in their case. */
function restoreSmallCaps(line: Line, capSize: number): void {
  let inCaps = true;
  for (const part of line.parts) {
    if (!inCaps) break;
    const letters = part.text.replace(/[^\p{L}]/gu, '');
    if (letters && letters === letters.toUpperCase() && part.size < 0.95 * capSize && part.size < line.size * 1.01) part.text = part.text.toLowerCase();
    else if (letters) inCaps = false;
  }
}

/**
 * A heading in made small capitals that wraps: its next line may hold only lower-case words,
 * all in the smaller capitals, which alone cannot be told from a line of capitals. Right under
 * such a line, at that smaller size, it is read the same way.
 */
function continueSmallCaps(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const above = lines[i - 1]!;
    const line = lines[i]!;
    const letters = line.text.replace(/[^\p{L}]/gu, '');
    if (!above.smallCaps || line.smallCaps || !letters || letters !== letters.toUpperCase() || line.y - above.y > 1.8 * above.size) continue;
    if (line.size >= 0.92 * above.size || line.size < 0.6 * above.size || !above.parts.some((p) => p.text !== p.text.toUpperCase())) continue;
    for (const part of line.parts) Object.assign(part, { text: part.text.toLowerCase(), size: above.size, smallCaps: true });
    Object.assign(line, { text: line.text.toLowerCase(), size: above.size, smallCaps: true, bold: above.bold });
  }
}

/**
 * The lines of a page in reading order. `bodySize` is the document's text size, for drop caps.
 */
export function pageLines(page: ExtractedPage, bodySize: number): Line[] {
  const composed = composeAccents(page.runs);
  const caps = composed.filter((r) => isDropCap(r, bodySize));
  // pdf.js ends a run at a gap wider than a space, so a run never spans a gutter: runs are placed whole.
  const runs = composed.filter((r) => !caps.includes(r));
  const gutter = findGutter(runs);
  // A run across the page reaches well into both columns; one that only overhangs the gutter
  // (an overfull line) belongs to the column it stands in.
  const columnOf = (r: Run): number => {
    if (gutter === undefined) return 0;
    const left = Math.max(0, Math.min(r.x + r.width, gutter) - r.x);
    const right = Math.max(0, r.x + r.width - Math.max(r.x, gutter));
    if (left > 0.25 * r.width && right > 0.25 * r.width && r.width > 40) return -1;
    return left >= right ? 0 : 1;
  };
  const byColumn = new Map<number, Run[]>();
  for (const run of runs) {
    const column = columnOf(run);
    byColumn.set(column, [...(byColumn.get(column) ?? []), run]);
  }
  const columns = new Map<number, Line[]>();
  for (const [column, columnRuns] of byColumn) columns.set(column, groupByBaseline(columnRuns).map((g) => toLine(g, page.number, column)));

  for (const lines of columns.values()) continueSmallCaps(lines.sort((a, b) => a.y - b.y));

  for (const cap of caps) {
    // The lines beside it in its own column: the other column's first line may stand as high.
    const column = columnOf(cap);
    const candidates = [...columns.values()].flat().filter((l) => (l.column === column || l.column === -1) && l.x >= cap.x + cap.width - 1 && l.y >= cap.y - cap.size && l.y <= cap.y + 0.3 * bodySize);
    candidates.sort((a, b) => a.y - b.y);
    const first = candidates[0];
    if (!first) {
      // A big letter with no line beside it is kept as a line of its own, never dropped.
      columns.set(0, [...(columns.get(0) ?? []), toLine({ runs: [cap], y: cap.y, sup: new Set() }, page.number, 0)]);
      continue;
    }
    restoreSmallCaps(first, cap.size);
    const letter = cap.str.trim();
    first.parts.unshift({ text: letter, size: first.size, bold: false, italic: false, sup: false });
    first.text = (letter + first.parts.slice(1).map((p) => p.text).join('')).replace(/\s+/g, ' ').trim();
    first.dropCap = letter;
    for (const line of candidates) line.besideDropCap = true;
  }

  const full = (columns.get(-1) ?? []).sort((a, b) => a.y - b.y);
  const left = (columns.get(0) ?? []).sort((a, b) => a.y - b.y);
  const right = (columns.get(1) ?? []).sort((a, b) => a.y - b.y);
  // A line across the page parts the columns into bands (a title over two columns, a running
  // head): each band's left column is read, then its right, then the line below it.
  const ordered: Line[] = [];
  let above = -Infinity;
  for (const across of [...full, undefined]) {
    const limit = across ? across.y : Infinity;
    const inBand = (l: Line): boolean => l.y >= above && l.y < limit;
    ordered.push(...left.filter(inBand), ...right.filter(inBand));
    if (across) ordered.push(across);
    above = limit;
  }
  ordered.forEach((line, i) => (line.index = i + 1));
  return ordered;
}

/** The size most of the document's characters are set in. */
export function bodySizeOf(pages: readonly ExtractedPage[]): number {
  return dominantSize(pages.flatMap((p) => p.runs));
}
