import { isBlank, type Line } from '../_lines.ts';

/** Content lines on either side that make up a line's neighbourhood for the wide measure. */
const REACH = 25;
/** Share of the neighbourhood's lines shorter than the measure. */
const PERCENTILE = 0.8;

/**
 * The measure of the text around each line, read widely: the length most of the neighbouring
 * content lines reach (a high percentile over REACH lines each side). Where a stretch of short
 * lines (a letter's salutation and date, a stanza, a list) crowds the narrow neighbourhood of
 * lineWidths, the paragraphs beyond still show how wide the text is set; a caption or a pull
 * quote set on a narrower measure stays under it.
 */
export function wideMeasure(lines: readonly Line[]): number[] {
  const content = lines.filter((line) => !isBlank(line));
  const lengths = content.map((line) => line.text.trim().length);
  const at = new Map<number, number>();
  // The neighbourhood slides one line at a time: its lengths are kept sorted, one length let in
  // and one let out per line, instead of sorting every neighbourhood afresh.
  const window: number[] = [];
  let next = 0;
  content.forEach((line, k) => {
    for (; next < Math.min(lengths.length, k + REACH + 1); next++) window.splice(sortedIndex(window, lengths[next]!), 0, lengths[next]!);
    if (k - REACH - 1 >= 0) window.splice(sortedIndex(window, lengths[k - REACH - 1]!), 1);
    at.set(line.index, window[Math.min(window.length - 1, Math.floor(window.length * PERCENTILE))]!);
  });
  let last = lengths.length ? Math.max(...lengths) : 1;
  return lines.map((line) => {
    const measured = at.get(line.index);
    if (measured !== undefined) last = measured;
    return last;
  });
}

/** Where `value` stands, or would stand, in the ascending `sorted`: its first place. */
function sortedIndex(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lines running on into lower case a document needs before their length is read as its measure. */
const MIN_RUN_ON_LINES = 4;

/**
 * The document's measure as its wrapped prose shows it: the median length of the lines whose
 * sentence runs on into a lower-case line directly under them. Those breaks were forced by the
 * margin, so the lines are full, however many short lines (verse, lists, headings) stand around
 * them and crowd a neighbourhood's own measure. Undefined when too few lines run on to tell.
 */
export function runOnMeasure(lines: readonly Line[]): number | undefined {
  const lengths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line) || /^\s*#{1,6} /.test(line.text)) continue;
    if (/^\s*\p{Ll}/u.test(lines[i + 1]!.text)) lengths.push(line.text.trim().length);
  }
  if (lengths.length < MIN_RUN_ON_LINES) return undefined;
  lengths.sort((a, b) => a - b);
  return lengths[lengths.length >> 1];
}
