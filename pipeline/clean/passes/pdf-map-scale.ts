import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';

/** Units a scale bar is drawn in. */
const UNITS = '(?:miles?|kilomet(?:re|er)s?|km|yards?|yds?|feet|ft|metres?|meters?|m|furlongs?|chains?)';
/** A scale bar's figures, at least three, spaced out along the bar, with a unit perhaps. */
const SCALE_BAR = new RegExp(`^\\s*(?:${UNITS}\\s+)?\\d{1,4}(?:\\s+\\d{1,4}){2,}(?:\\s+${UNITS})?\\s*$`, 'i');
/** The bar's title: "Scale of miles", "Scale: one inch to the mile", "Scale 1:25,000". */
const SCALE_TITLE = /^\s*scale\b/i;

/** The figures along a scale bar start at nought and go up in equal steps: a row of a table does not. */
function isScaleBar(text: string): boolean {
  if (!SCALE_BAR.test(text)) return false;
  const figures = (text.match(/\d+/g) ?? []).map(Number);
  if (figures[0] !== 0) return false;
  const step = figures[1]! - figures[0]!;
  return step > 0 && figures.every((f, k) => f === k * step);
}

/**
 * A map's scale bar as a PDF extraction leaves it: the figures along the bar on a line of their
 * own ("0     1     2     3"), nought first and going up in equal steps, with the bar's title
 * ("Scale of miles") on the line above or below. No sentence reads so; both lines go.
 */
export const removeMapScale: Pass = {
  ruleId: 'pdf/map-scale',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    const title = (line: Line | undefined): boolean => line !== undefined && !isBlank(line) && SCALE_TITLE.test(line.text) && wordCount(line.text) <= 8 && !/[.!?]$/.test(line.text.trim());
    let claimedUpTo = -1;
    for (const line of lines) {
      if (line.start < claimedUpTo || isBlank(line) || !isScaleBar(line.text)) continue;
      const above = lines[line.index - 1];
      const below = lines[line.index + 1];
      const first = title(above) && above!.start >= claimedUpTo ? above! : line;
      const last = title(below) ? below! : line;
      const end = Math.min(last.end + 1, text.length);
      edits.push({ start: first.start, end, text: '', ruleId: 'pdf/map-scale', reason: "a scale bar's figures, nought first in equal steps" });
      claimedUpTo = end;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed a map's scale “${old.trim().replace(/\s+/g, ' ')}” from the text flow`,
};
