import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import * as fontkit from 'fontkit';

/** The cover's look, from templates/epub/cover.json: sizes in SVG pixels, colours, font files. */
export interface CoverDesign {
  width: number;
  height: number;
  margin: number;
  background: string;
  ink: string;
  accent: string;
  fonts: { title: string; subtitle: string; names: string };
  titleSize: number;
  minTitleSize: number;
  subtitleSize: number;
  namesSize: number;
  publisherSize: number;
}

export interface CoverFonts {
  title: fontkit.Font;
  subtitle: fontkit.Font;
  names: fontkit.Font;
}

/** What the cover says. */
export interface CoverText {
  title: string;
  subtitle?: string;
  /** The editors' line as the title page words it: "Edited by A and B". */
  editors: string;
  publisher?: string;
  /** The image's text alternative, also the SVG's own title. */
  alt: string;
}

export const COVER_FILENAME = 'cover.svg';
export const COVER_MEDIA_TYPE = 'image/svg+xml';

const DESIGN_KEYS = ['width', 'height', 'margin', 'background', 'ink', 'accent', 'fonts', 'titleSize', 'minTitleSize', 'subtitleSize', 'namesSize', 'publisherSize'] as const;

/** The title shrinks until its longest word fits and it takes at most this many lines. */
const MAX_TITLE_LINES = 5;
const LINE_HEIGHT = 1.12;

export function parseCoverDesign(json: string): CoverDesign {
  const value: unknown = JSON.parse(json);
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const missing = DESIGN_KEYS.filter((key) => record[key] === undefined);
  if (missing.length > 0) throw new Error(`templates/epub/cover.json: expected ${missing.join(', ')}`);
  return record as unknown as CoverDesign;
}

/** Font files are package specifiers, resolved like the print theme's. */
export async function loadCoverFonts(design: CoverDesign): Promise<CoverFonts> {
  const require = createRequire(import.meta.url);
  const open = async (specifier: string) => fontkit.create(await readFile(require.resolve(specifier)));
  const [title, subtitle, names] = await Promise.all([open(design.fonts.title), open(design.fonts.subtitle), open(design.fonts.names)]);
  return { title, subtitle, names };
}

/**
 * The cover as an SVG whose letters are outlines drawn from the font, so it looks the same
 * in every reading system without embedding a font, and is the same bytes on every build.
 */
export function coverSvg(text: CoverText, design: CoverDesign, fonts: CoverFonts): string {
  const { width, height, margin } = design;
  const measureWidth = width - 2 * margin;
  const drawn: ElementContent[] = [];
  const setLines = (font: fontkit.Font, size: number, lines: readonly string[], firstBaseline: number, fill: string): number => {
    lines.forEach((line, index) => drawn.push(lineOutline(font, size, line, width / 2, firstBaseline + index * size * LINE_HEIGHT, fill)));
    return firstBaseline + (lines.length - 1) * size * LINE_HEIGHT;
  };

  const titleSize = fittingSize(fonts.title, text.title, design.titleSize, design.minTitleSize, measureWidth);
  const titleLines = wrap(fonts.title, titleSize, text.title, measureWidth);
  const titleEnd = setLines(fonts.title, titleSize, titleLines, height * 0.28 + titleSize, design.ink);

  const ruleY = titleEnd + titleSize * 0.6;
  drawn.push(shape('rect', { x: width / 2 - margin, y: round(ruleY), width: 2 * margin, height: 8, fill: design.accent }));

  if (text.subtitle) {
    const size = fittingSize(fonts.subtitle, text.subtitle, design.subtitleSize, design.subtitleSize / 2, measureWidth);
    setLines(fonts.subtitle, size, wrap(fonts.subtitle, size, text.subtitle, measureWidth), ruleY + 40 + size * 1.2, design.ink);
  }
  const namesSize = fittingSize(fonts.names, text.editors, design.namesSize, design.namesSize / 2, measureWidth);
  const namesLines = wrap(fonts.names, namesSize, text.editors, measureWidth);
  setLines(fonts.names, namesSize, namesLines, height * 0.78 - (namesLines.length - 1) * namesSize * LINE_HEIGHT, design.ink);
  if (text.publisher) {
    const size = fittingSize(fonts.names, text.publisher, design.publisherSize, design.publisherSize / 2, measureWidth);
    setLines(fonts.names, size, [text.publisher], height - margin, design.accent);
  }

  const svg: Element = shape('svg', { xmlns: 'http://www.w3.org/2000/svg', version: '1.1', viewBox: `0 0 ${width} ${height}`, width, height }, [
    shape('title', {}, [{ type: 'text', value: text.alt }]),
    shape('rect', { x: 0, y: 0, width, height, fill: design.background }),
    ...drawn,
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toHtml(svg, { space: 'svg', closeEmptyElements: true })}\n`;
}

function shape(tagName: string, properties: Record<string, string | number>, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

/** The largest size from `size` down to `min` at which no word is wider than the measure and the lines are few enough. */
function fittingSize(font: fontkit.Font, text: string, size: number, min: number, measure: number): number {
  const widest = Math.max(...words(text).map((word) => advance(font, word)));
  let fitted = size;
  while (fitted > min && (widest * fitted > measure || wrap(font, fitted, text, measure).length > MAX_TITLE_LINES)) fitted *= 0.92;
  return Math.max(round(fitted), min);
}

/** Greedy lines: a cover title has few words, and breaking earlier never looks better than the widest fit. */
function wrap(font: fontkit.Font, size: number, text: string, measure: number): string[] {
  const lines: string[] = [];
  for (const word of words(text)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && advance(font, `${last} ${word}`) * size <= measure) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}

/** Advance width of a text in ems, shaped (kerning, ligatures) as it will be drawn. */
function advance(font: fontkit.Font, text: string): number {
  return shaped(font, text).advanceWidth / font.unitsPerEm;
}

/** Runs already shaped, per font: fitting tries the same words and lines at every size. */
const shapedRuns = new WeakMap<fontkit.Font, Map<string, fontkit.GlyphRun>>();

/** `font.layout(text)`, shaped once per font and text; a run is only read, never changed. */
function shaped(font: fontkit.Font, text: string): fontkit.GlyphRun {
  let runs = shapedRuns.get(font);
  if (!runs) shapedRuns.set(font, (runs = new Map()));
  let run = runs.get(text);
  if (!run) runs.set(text, (run = font.layout(text)));
  return run;
}

/** One centred line of text as a single path, in SVG's y-down coordinates. */
function lineOutline(font: fontkit.Font, size: number, line: string, centreX: number, baseline: number, fill: string): Element {
  const run = shaped(font, line);
  const scale = size / font.unitsPerEm;
  let penX = centreX - (run.advanceWidth * scale) / 2;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index]!;
    const originX = penX + position.xOffset * scale;
    const originY = baseline - position.yOffset * scale;
    for (const { command, args } of glyph.path.commands) {
      const points: string[] = [];
      for (let i = 0; i + 1 < args.length; i += 2) points.push(`${round(originX + args[i]! * scale)} ${round(originY - args[i + 1]! * scale)}`);
      parts.push(`${PATH_LETTER[command]}${points.join(' ')}`);
    }
    penX += position.xAdvance * scale;
  });
  return shape('path', { d: parts.join(''), fill });
}

const PATH_LETTER: Record<fontkit.PathCommand['command'], string> = {
  moveTo: 'M',
  lineTo: 'L',
  quadraticCurveTo: 'Q',
  bezierCurveTo: 'C',
  closePath: 'Z',
};

/** Whole pixels of a 1600-pixel-wide cover are finer than any screen shows it; fewer digits keep the file small. */
function round(value: number): number {
  const rounded = Math.round(value);
  return rounded === 0 ? 0 : rounded;
}
