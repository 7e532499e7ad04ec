import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, nextContentLine, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';

/** Units a scale bar is drawn in. */
const UNITS = '(?:miles?|kilomet(?:re|er)s?|km|yards?|yds?|feet|ft|metres?|meters?|m|furlongs?|chains?)';
/** A scale bar's figures, at least three, spaced out along the bar, with a unit perhaps. */
const SCALE_BAR = new RegExp(`^\\s*(?:${UNITS}\\s+)?\\d{1,4}(?:\\s+\\d{1,4}){2,}(?:\\s+${UNITS})?\\s*$`, 'i');
/** The bar's title: "Scale of miles", "Scale: one inch to the mile", "Scale 1:25,000". */
const SCALE_TITLE = /^\s*scale\b/i;

/**
 * A map's scale or north point on a line of its own: a representative fraction ("Scale 1 :
 * 25,000"), a scale in words ("Scale: one inch to the mile", "Scale of miles"), a bar drawn with
 * rules from nought ("0 ———— 2 miles"), an arrow for north ("N ↑"). No sentence reads so.
 */
const SCALE_LINES: readonly RegExp[] = [
  /^\s*scale:?\s*1\s*:\s*[\d,. ]{3,}\s*$/i,
  // The fraction under the word for scale in any language ("Maßstab 1 : 25 000", "Skala 1:10 000"): one word, then
  // one to thousands, the thousands grouped or not. No sentence reads so.
  /^\s*\p{L}+\.?:?\s+1\s*:\s*\d{1,3}(?:[ ,.\u00a0\u202f]?\d{3})+\s*$/u,
  new RegExp(`^\\s*scale:?\\s+(?:of\\s+${UNITS}|(?:one|two|three|four|six|\\d+|an?)\\s+(?:inch(?:es)?|cm|centimet(?:re|er)s?)\\s+(?:to|=)\\s+(?:the|a|one|\\d+|[\\d,]+)?\\s*${UNITS}?)\\s*$`, 'i'),
  new RegExp(`^\\s*0\\s*[—–=_-]{3,}\\s*(?:\\d{1,4}|½|¼|¾)\\s*${UNITS}?\\s*$`, 'iu'),
  /^\s*(?:N|north)\s*[↑⬆▲]\s*$|^\s*[↑⬆▲]\s*(?:N|north)\s*$/iu,
];

/** A north point drawn with an arrow: "N ↑", "↑ N", "▲ North". */
const NORTH_POINT = '(?:(?:N|north)\\s*[↑⬆▲]|[↑⬆▲]\\s*(?:N|north))';
/**
 * A short bar from nought to its length with its unit ("0–1 km", "0 — ½ mile"): a dash or a rule
 * between the two figures. The unit must close it: a bare "0–1" may be a score.
 */
const SHORT_BAR = `0\\s*[—–=_-]+\\s*(?:\\d{1,4}|\\d{0,3}[¼½¾])\\s*${UNITS}`;
/**
 * A north point and a scale set on one line, either first, as a map's corner prints them side by
 * side ("↑ N   0–1 km", "0 — ½ mile   N ↑"). A sentence never reads so.
 */
const NORTH_AND_SCALE = new RegExp(`^\\s*(?:${NORTH_POINT}\\s+${SHORT_BAR}|${SHORT_BAR}\\s+${NORTH_POINT})\\s*$`, 'iu');

/**
 * Lines a map prints round its scale, taken with it when they touch it (no blank line between):
 * its title ("MAP 3: THE ESTUARY c.1850", "Map of the parish"), who drew it and after what
 * ("Drawn by … after the tithe map", "Based on the Ordnance Survey", a label and its source: "Base map:
 * the enclosure award, 1810", "Cartography by …"), another scale line.
 */
const MAP_TITLE = /^\s*(?:map|plan)\s+(?:\d{1,3}|[ivxlc]{1,6})\b[.:]?\s+\S.{0,60}$|^\s*(?:map|plan)\s+of\s+\S.{0,50}$/iu;
const MAP_CREDIT =
  /^\s*(?:(?:drawn|surveyed|compiled|redrawn|based|adapted|traced)\b.{0,80}\b(?:map|survey|plan)s?\b[^.!?]*\.?|(?:base\s+map|map\s+data|cartography|mapping|map)\s*(?::|\bby\b|©)\s*[^.!?]{2,80}\.?)\s*$/i;
/** Most words of a map's title or credit. */
const MAX_MAP_LINE_WORDS = 14;

function isScaleLine(text: string): boolean {
  return SCALE_LINES.some((shape) => shape.test(text)) || NORTH_AND_SCALE.test(text);
}

/** A key's entries numbered across one line, two spaces or more apart ("1 lofts   2 brick kilns   3 sheds"). */
const NUMBERED_ACROSS = /^\s*\d{1,2}\s+\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*){0,2}(?:\s{2,}\d{1,2}\s+\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*){0,2})+\s*$/u;

/** Most characters of a key across one line. */
const MAX_KEY_CHARS = 160;

/** The numbers of a key across one line run from one in order: a row of a table does not. */
function isNumberedKey(text: string): boolean {
  if (text.length > MAX_KEY_CHARS || !NUMBERED_ACROSS.test(text)) return false;
  const numbers = text
    .trim()
    .split(/\s{2,}/)
    .map((entry) => Number(/^\d+/.exec(entry)?.[0]));
  return numbers.every((n, k) => n === k + 1);
}

function isMapLine(text: string): boolean {
  return isScaleLine(text) || isScaleBar(text) || isNumberedKey(text) || ((MAP_TITLE.test(text) || MAP_CREDIT.test(text)) && wordCount(text) <= MAX_MAP_LINE_WORDS);
}

/** Most words of a map's title over its key. */
const MAX_TITLE_WORDS = 8;

/**
 * A map's title over the key the scale's block holds: a short line in capitals with no stop
 * ("THE QUAYS IN 1900"), touching the key. A section heading stands over a paragraph, not over a
 * key and a scale.
 */
function isTitleOverKey(line: Line | undefined, key: Line): boolean {
  if (line === undefined || isBlank(line) || !isNumberedKey(key.text)) return false;
  const t = line.text.trim();
  return wordCount(t) <= MAX_TITLE_WORDS && !/[.,;:!?]$/.test(t) && /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
}

/** A vulgar fraction's value, for a bar marked in parts of a unit. */
const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['¼', 0.25],
  ['½', 0.5],
  ['¾', 0.75],
]);
/**
 * A short bar marked in parts of its unit: nought, then fractions or whole figures, then the
 * unit ("0 ½ 1 mile", "0 ¼ ½ ¾ 1 mile"). The unit must close it: a bare "0 ½ 1" may be anything.
 */
const FRACTION_BAR = new RegExp(`^\\s*0(?:\\s+(?:\\d{1,3}|\\d{0,3}[¼½¾])){1,6}\\s+${UNITS}\\s*$`, 'iu');

/** The marks along a bar in parts of a unit go up from nought in equal steps. */
function isFractionBar(text: string): boolean {
  if (!FRACTION_BAR.test(text) || !/[¼½¾]/u.test(text)) return false;
  const marks = (text.match(/\d*[¼½¾]|\d+/gu) ?? []).map((m) => Number(m.replace(/[¼½¾]/u, '') || 0) + (FRACTIONS.get(m.slice(-1)) ?? 0));
  const step = marks[1]! - marks[0]!;
  return marks[0] === 0 && step > 0 && marks.every((m, k) => Math.abs(m - k * step) < 1e-9);
}

/** The figures along a scale bar start at nought and go up in equal steps: a row of a table does not. */
function isScaleBar(text: string): boolean {
  if (isFractionBar(text)) return true;
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
    const covered = new Set<number>();
    // A scale line and the map's lines touching it (title, credit, north point) go together.
    for (const line of lines) {
      if (line.start < claimedUpTo || isBlank(line) || !isScaleLine(line.text)) continue;
      let first = line.index;
      let last = line.index;
      while (first > 0 && !isBlank(lines[first - 1]) && lines[first - 1]!.start >= claimedUpTo && isMapLine(lines[first - 1]!.text)) first--;
      if (first > 0 && lines[first - 1]!.start >= claimedUpTo && isTitleOverKey(lines[first - 1], lines[first]!)) first--;
      while (last + 1 < lines.length && !isBlank(lines[last + 1]) && isMapLine(lines[last + 1]!.text)) last++;
      const end = Math.min(lines[last]!.end + 1, text.length);
      const before = previousContentLine(lines, first);
      const after = nextContentLine(lines, last);
      // Set into a sentence (with the blank lines of its box round it), the map goes and the sentence closes up.
      const closesUp = before !== undefined && after !== undefined && before.end >= claimedUpTo && !SENTENCE_END.test(before.text.trim()) && /^\s*["“‘(]?\p{Ll}/u.test(after.text);
      edits.push(
        closesUp
          ? { start: before!.end, end: after!.start, text: '\n', ruleId: 'pdf/map-scale', reason: "a map's scale and the map's lines beside it, set into a sentence" }
          : { start: lines[first]!.start, end, text: '', ruleId: 'pdf/map-scale', reason: "a map's scale, with the map's lines beside it" },
      );
      for (let k = first; k <= last; k++) covered.add(k);
      claimedUpTo = closesUp ? after!.start : end;
    }
    claimedUpTo = -1;
    for (const line of lines) {
      if (covered.has(line.index)) continue;
      if (line.start < claimedUpTo || isBlank(line) || !isScaleBar(line.text)) continue;
      const above = lines[line.index - 1];
      const below = lines[line.index + 1];
      const first = title(above) && above!.start >= claimedUpTo && !covered.has(above!.index) ? above! : line;
      const last = title(below) && !covered.has(below!.index) ? below! : line;
      const end = Math.min(last.end + 1, text.length);
      edits.push({ start: first.start, end, text: '', ruleId: 'pdf/map-scale', reason: "a scale bar's figures, nought first in equal steps" });
      claimedUpTo = end;
    }
    return edits.sort((a, b) => a.start - b.start);
  },
  describe: (_edit, old) => `Removed a map's scale “${old.trim().replace(/\s+/g, ' ')}” from the text flow`,
};
