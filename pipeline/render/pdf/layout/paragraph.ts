/**
 * A paragraph from inline runs to set lines. Tries total-fit breaking the way TeX does:
 * first without hyphenation, then with it, then with emergency stretch; first-fit is the
 * last resort, so a paragraph always gets set and no line ever runs past the measure.
 */
import type { Direction } from './bidi.ts';
import { buildItems, type WordItemCache } from './items.ts';
import { breakFirstFit } from './first-fit.ts';
import { setLines } from './set-lines.ts';
import { breakTotalFit, TEX_DEMERITS, type TotalFitOptions } from './total-fit.ts';
import { isForcedBreak, type Alignment, type InlineRun, type Item, type Measure, type SetLine, type TextMeasurer, type TextStyle } from './types.ts';
import type { Hyphenator } from './word-breaks.ts';

export interface ParagraphShape {
  align: Alignment;
  /** First-line indent in points. */
  indent: number;
  measure: Measure;
  /** False for headings, titles and running heads, which are never hyphenated. */
  hyphenate?: boolean;
  /** Right to left: lines start at the right edge of the measure (see bidi.ts). Left to right when not given. */
  direction?: Direction;
}

/** How paragraphs are set; the same for a whole book. */
export interface TypesetEnvironment {
  measurer: TextMeasurer;
  hyphenate: Hyphenator;
  hyphenation: {
    minLeft: number;
    minRight: number;
    penalty: number;
    explicitPenalty: number;
    /** TeX's \doublehyphendemerits and \finalhyphendemerits; TeX's values when not given. */
    consecutiveDemerits?: number;
    finalDemerits?: number;
    /** Most lines in a row ending in a hyphen; unlimited when not given. */
    maxConsecutive?: number;
  };
  /** For a tight line next to a loose one (TeX's \adjdemerits); TeX's value when not given. */
  adjacentDemerits?: number;
  /** Badness accepted without hyphenation, and with it (TeX's \pretolerance, \tolerance). */
  pretolerance: number;
  tolerance: number;
  /** Stretch added to every line in the last attempt, as a fraction of the measure. */
  emergencyStretch: number;
  /** How far ragged lines may fall short before they count as bad, in spaces. */
  raggedness: number;
  /** Stretch and shrink of a justified space, in ems (see ItemOptions). */
  spaceStretchEm?: number;
  spaceShrinkEm?: number;
  /** Words already turned into items, shared by every paragraph set in this environment. */
  wordCache?: WordItemCache;
  /** Paragraphs set before in this environment (`watch`); the lines are the same without it. */
  paragraphs?: ParagraphMemory;
}

/**
 * Lines of paragraphs set before, by a key that holds everything about a paragraph that decides
 * its lines in one environment. `set` gives the lines kept under the key, or sets them with
 * `setLines` and keeps them.
 */
export interface ParagraphMemory {
  set(key: string, setLines: () => SetLine[]): SetLine[];
  /** Each style's part of the key, found once per style object. */
  styleKeys: WeakMap<TextStyle, string>;
}

export function setParagraph(runs: readonly InlineRun[], shape: ParagraphShape, env: TypesetEnvironment): SetLine[] {
  const memory = env.paragraphs;
  if (memory) return memory.set(paragraphKey(runs, shape, memory.styleKeys), () => setAfresh(runs, shape, env));
  return setAfresh(runs, shape, env);
}

/** The runs (text, every field of the style, origin) and the shape, as one string. */
function paragraphKey(runs: readonly InlineRun[], shape: ParagraphShape, styleKeys: WeakMap<TextStyle, string>): string {
  let key = JSON.stringify(shape);
  for (const run of runs) {
    if (isForcedBreak(run)) {
      key += '\u0001';
      continue;
    }
    let style = styleKeys.get(run.style);
    if (style === undefined) {
      style = JSON.stringify(run.style);
      styleKeys.set(run.style, style);
    }
    key += `\u0002${run.text}\u0003${style}\u0003${run.origin ?? ''}`;
  }
  return key;
}

function setAfresh(runs: readonly InlineRun[], shape: ParagraphShape, env: TypesetEnvironment): SetLine[] {
  const items = buildItems(runs, {
    align: shape.align,
    indent: shape.indent,
    // The narrowest a line can be, the first line's indent taken off, so that any word
    // too wide for it gets break points.
    lineWidth: Math.min(shape.measure.first - shape.indent, shape.measure.rest, ...(shape.measure.lines ?? []).map((l) => l.width)),
    measurer: env.measurer,
    hyphenate: shape.hyphenate === false ? NO_HYPHENATION : env.hyphenate,
    minLeft: env.hyphenation.minLeft,
    minRight: env.hyphenation.minRight,
    hyphenPenalty: env.hyphenation.penalty,
    explicitHyphenPenalty: env.hyphenation.explicitPenalty,
    raggedness: env.raggedness,
    ...(env.spaceStretchEm === undefined ? {} : { spaceStretchEm: env.spaceStretchEm }),
    ...(env.spaceShrinkEm === undefined ? {} : { spaceShrinkEm: env.spaceShrinkEm }),
    // Cached words carry their hyphenation points: text set without them keeps to itself.
    ...(env.wordCache && shape.hyphenate !== false ? { wordCache: env.wordCache } : {}),
  });
  if (!items.items.some((item) => item.type === 'box' && item.text !== '')) return [];
  return setLines(items, chooseBreaks(items.items, shape.measure, env), shape.measure, env.measurer, shape.direction);
}

const NO_HYPHENATION: Hyphenator = () => [];

function chooseBreaks(items: readonly Item[], measure: Measure, env: TypesetEnvironment): number[] {
  const widths = { first: measure.first, rest: measure.rest, ...(measure.lines ? { lines: measure.lines.map((l) => l.width) } : {}) };
  const { consecutiveDemerits, finalDemerits, maxConsecutive } = env.hyphenation;
  const base: TotalFitOptions = {
    ...TEX_DEMERITS,
    ...(consecutiveDemerits === undefined ? {} : { doubleHyphenDemerits: consecutiveDemerits }),
    ...(finalDemerits === undefined ? {} : { finalHyphenDemerits: finalDemerits }),
    ...(env.adjacentDemerits === undefined ? {} : { adjacentDemerits: env.adjacentDemerits }),
    ...(maxConsecutive === undefined ? {} : { maxConsecutiveHyphens: maxConsecutive }),
    widths,
    tolerance: env.pretolerance,
    allowDiscretionary: false,
    emergencyStretch: 0,
  };
  const attempts: TotalFitOptions[] = [
    base,
    { ...base, tolerance: env.tolerance, allowDiscretionary: true },
    { ...base, tolerance: 10_000, allowDiscretionary: true, emergencyStretch: env.emergencyStretch * measure.rest },
  ];
  for (const attempt of attempts) {
    const breaks = breakTotalFit(items, attempt);
    if (breaks) return breaks;
  }
  return breakFirstFit(items, widths);
}
