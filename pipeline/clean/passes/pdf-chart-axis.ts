import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';

/**
 * A chart's tick value on a line of its own, as a PDF extraction leaves an axis: a bare figure
 * ("2500", "1,500", "40 %"), perhaps with a margin's line number beside it, a wide space between
 * ("100     20", "10   1964"). No line of running text is a figure alone.
 */
const TICK = /^\s*(?:\d{1,3}\s{3,})?(\d{1,3}(?:,\d{3})+|\d{1,6})\s*%?(?:\s{3,}\d{1,3})?\s*$/u;

function tickValue(line: Line | undefined): number | undefined {
  if (line === undefined) return undefined;
  const m = TICK.exec(line.text);
  return m === null ? undefined : Number(m[1]!.replace(/,/g, ''));
}

/** Fewest values of the value axis: four figures falling in equal steps to nought. */
const MIN_AXIS_VALUES = 4;
/**
 * Least step between them: an axis is marked in round steps (5, 10, 25, 500); figures falling by
 * one to nought are a count, which a text may set a line each ("3 / 2 / 1 / 0").
 */
const MIN_AXIS_STEP = 2;

/**
 * The value axis of a chart, read top down as the extraction sets it: at least four bare figures
 * falling in equal steps of two or more to nought ("100 / 80 / 60 / 40 / 20 / 0"), only blank
 * lines between them. This is the positive evidence: the arithmetic of an axis. A table's column, a list of dates or sums, does not fall to nought in
 * equal steps. Returns the axis's first and last line indexes, ending at `zero`.
 */
function axisEndingAt(lines: readonly Line[], zero: number): [number, number] | undefined {
  if (tickValue(lines[zero]) !== 0) return undefined;
  const values: number[] = [0];
  let first = zero;
  let step: number | undefined;
  for (let k = zero - 1; k >= 0; k--) {
    if (isBlank(lines[k])) continue;
    const value = tickValue(lines[k]);
    if (value === undefined) break;
    const rise = value - values[values.length - 1]!;
    if (rise < MIN_AXIS_STEP || (step !== undefined && rise !== step)) break;
    step = rise;
    values.push(value);
    first = k;
  }
  return values.length >= MIN_AXIS_VALUES ? [first, zero] : undefined;
}

/** Most words of an axis's name ("Year", "per cent", "Number of vessels"). */
const MAX_AXIS_NAME_WORDS = 4;
/** Most words of a chart's title. */
const MAX_TITLE_WORDS = 10;

/** An axis's name: a few words, no sentence's stop or comma at the end. */
function isAxisName(line: Line): boolean {
  const t = line.text.trim();
  return t !== '' && wordCount(t) <= MAX_AXIS_NAME_WORDS && !/[.,;:!?]["'”’)]*$/u.test(t) && /\p{L}/u.test(t);
}

/**
 * A chart's title over its axis: a short line with no stop at its end that names the chart by a
 * label and its number ("Chart 1. Pupils on the roll", "Fig. 2 Tonnage entered", "1. ábra: …") or
 * gives its unit in brackets at the end ("Yield per acre (tons)"). A heading over the next
 * paragraph names neither.
 */
function isChartTitle(line: Line | undefined): boolean {
  if (line === undefined || isBlank(line)) return false;
  const t = line.text.trim();
  if (wordCount(t) > MAX_TITLE_WORDS || SENTENCE_END.test(t) || /[,;:]$/u.test(t)) return false;
  const labelled = /^\p{L}{2,12}\.?\s+\d{1,3}[a-z]?(?:[.:]\s|\s)\s*\S/u.test(t) || /^\d{1,3}\.\s+\p{L}{2,12}:?\s+\S/u.test(t);
  const unit = /\S\s+\([^()]{1,20}\)$/u.test(t);
  return labelled || unit;
}

/** Most words of a line of the page's furniture standing between two of the chart's figures. */
const MAX_STRAY_WORDS = 8;

/**
 * The chart's lines touching it below `last`: the category axis's figures and the axes' names; a
 * short stray line only between two figures. Returns the last of them.
 */
function chartLinesBelow(lines: readonly Line[], last: number): number {
  for (let k = last + 1; k < lines.length; k++) {
    const here = lines[k]!;
    if (isBlank(here)) break;
    if (tickValue(here) !== undefined) {
      last = k;
      continue;
    }
    const next = lines[k + 1];
    const nextIsFigure = tickValue(next) !== undefined;
    const nextClosesBlock = next === undefined || isBlank(next);
    if (isAxisName(here) && (nextIsFigure || nextClosesBlock)) {
      last = k;
      continue;
    }
    if (nextIsFigure && !SENTENCE_END.test(here.text.trim()) && wordCount(here.text) <= MAX_STRAY_WORDS) {
      last = k;
      continue;
    }
    break;
  }
  return last;
}

/** Most lines of a page's foot and head between a chart and the rest of its axis. */
const MAX_PAGE_BREAK_LINES = 3;
/** Most words of one of them. */
const MAX_PAGE_BREAK_WORDS = 14;
/** Fewest figures of the rest of an axis over a page break. */
const MIN_REST_FIGURES = 2;

/**
 * The rest of a chart's category axis when a page broke the chart: after the chart's block ends
 * at a blank line, at most a few short lines of the page's foot and head (blank lines round
 * them), then a block that opens with two figures or more on lines of their own. The figures and
 * the axes' names touching them go; the page's lines between are left to the rules for them.
 */
function restOverPageBreak(lines: readonly Line[], last: number): [number, number] | undefined {
  if (!isBlank(lines[last + 1])) return undefined;
  let furniture = 0;
  for (let k = last + 1; k < lines.length; k++) {
    const here = lines[k]!;
    if (isBlank(here)) continue;
    // A block opening after a blank line: the rest of the axis if it opens with figures, else the page's lines.
    let figures = 0;
    while (tickValue(lines[k + figures]) !== undefined) figures++;
    if (figures >= MIN_REST_FIGURES) return [k, chartLinesBelow(lines, k)];
    for (; k < lines.length && !isBlank(lines[k]); k++) {
      const t = lines[k]!.text.trim();
      if (++furniture > MAX_PAGE_BREAK_LINES || wordCount(t) > MAX_PAGE_BREAK_WORDS || SENTENCE_END.test(t)) return undefined;
    }
  }
  return undefined;
}

/**
 * A chart as a PDF extraction leaves it, one label a line: its title, the value axis falling to
 * nought, the category axis's figures (years, mostly), the axes' names. The falling axis is the
 * evidence; the lines touching it go with it when they are of a chart's shape: figures, short
 * names with no stop, a short line of the page's furniture set between two figures (a watermark
 * the reading order put inside the chart), and, above, a title naming the chart by label or unit.
 * A line of running text is long or ends a sentence, and stays.
 */
export const removeChartAxis: Pass = {
  ruleId: 'pdf/chart-axis',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    let claimed = -1;
    for (const line of lines) {
      if (line.index <= claimed) continue;
      const axis = axisEndingAt(lines, line.index);
      if (axis === undefined || axis[0] <= claimed) continue;
      let [first, last] = axis;
      // Figures touching the axis above it (an axis whose top value broke the step), then the title.
      while (first - 1 > claimed && tickValue(lines[first - 1]) !== undefined) first--;
      if (first - 1 > claimed && isChartTitle(lines[first - 1])) first--;
      last = chartLinesBelow(lines, last);
      edits.push({
        start: lines[first]!.start,
        end: Math.min(lines[last]!.end + 1, text.length),
        text: '',
        ruleId: 'pdf/chart-axis',
        reason: "a chart's axis (figures falling in equal steps to nought) with its title and labels",
      });
      claimed = last;
      // A page broke the chart: its category axis goes on after the page's foot and head (left to their own rules).
      const rest = restOverPageBreak(lines, last);
      if (rest !== undefined) {
        edits.push({
          start: lines[rest[0]]!.start,
          end: Math.min(lines[rest[1]]!.end + 1, text.length),
          text: '',
          ruleId: 'pdf/chart-axis',
          reason: "the rest of a chart's axis, over a page break",
        });
        claimed = rest[1];
      }
    }
    return edits;
  },
  describe: (_edit, old) => `Removed a chart's axis and labels “${old.trim().replace(/\s+/g, ' ')}”`,
};
