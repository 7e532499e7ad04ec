/**
 * The print theme (templates/print-theme.yaml): fonts, sizes, spaces and wording of the PDF
 * edition, validated so that a designer's typo is reported by key instead of producing an
 * odd-looking book.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Diagnostic, Place, PrintSettings } from '../../types.ts';
import { diagnostic } from '../../diagnostics.ts';

const THEME_URL = new URL('../../../templates/print-theme.yaml', import.meta.url);

const length = z.number().nonnegative();
const size = z.number().positive();
const caps = z.enum(['none', 'small', 'allSmall']);
const face = z.enum(['regular', 'italic', 'bold', 'boldItalic']);

const fontFamily = z.strictObject({ regular: z.string(), italic: z.string(), bold: z.string(), boldItalic: z.string() });

/** A fallback font: one source for all faces, or one per face (see fonts/sources.ts for what a source may be). */
const fallbackSource = z.union([
  z.string().min(1),
  z.strictObject({ regular: z.string().min(1), italic: z.string().min(1).optional(), bold: z.string().min(1).optional(), boldItalic: z.string().min(1).optional() }),
]);
const fallbackScript = z.strictObject({ install: z.string().optional(), fonts: z.array(fallbackSource) });

const headingStyle = z.strictObject({
  depth: z.number().int().min(1),
  face,
  caps,
  size,
  align: z.enum(['left', 'center']),
  spaceBefore: length,
  spaceAfter: length,
});

const themeSchema = z.strictObject({
  page: z.strictObject({
    width: size,
    height: size,
    marginTop: length,
    marginBottom: length,
    marginInner: length,
    marginOuter: length,
  }),
  fonts: z.record(z.string(), fontFamily),
  /** Fonts for the letters the body font lacks, by Unicode script (`Han`, `Hebrew`, `Common`…; `Han:ja` for one language). */
  fallbacks: z.record(z.string(), fallbackScript).default({}),
  body: z.strictObject({ font: z.string(), size, leading: size, indentEm: length }),
  hyphenation: z.strictObject({
    minLeft: z.number().int().min(1),
    minRight: z.number().int().min(1),
    penalty: z.number(),
    explicitPenalty: z.number(),
    consecutiveDemerits: z.number().min(0).optional(),
    finalDemerits: z.number().min(0).optional(),
    maxConsecutive: z.number().int().min(1).optional(),
  }),
  justification: z.strictObject({
    pretolerance: length,
    tolerance: length,
    emergencyStretch: length,
    raggedness: size,
    spaceStretchEm: z.number().min(0).max(1).optional(),
    spaceShrinkEm: z.number().min(0).max(1).optional(),
    adjacentDemerits: z.number().min(0).optional(),
  }),
  titlePage: z.strictObject({
    titleFace: face,
    titleSize: size,
    titleLeading: size,
    subtitleSize: size,
    subtitleLeading: size,
    editorsSize: size,
    editedBy: z.string(),
    and: z.string(),
    publisherSize: size,
  }),
  copyright: z.strictObject({ size, leading: size }),
  contents: z.strictObject({
    title: z.string(),
    sinkLines: length,
    titleSize: size,
    spaceAfterTitle: length,
    authorSize: size,
    spaceBetween: length,
    numberWidth: size,
    leaderSpacing: size,
    frontMatter: z.string(),
    backMatter: z.string(),
  }),
  opening: z.strictObject({
    sinkLines: length,
    titleFace: face,
    titleSize: size,
    titleLeading: size,
    subtitleSize: size,
    subtitleLeading: size,
    authorSize: size,
    sourceSize: size,
    sourceLeading: size,
    noteSize: size,
    noteLeading: size,
    noteIndentEm: length,
    spaceAfter: length,
  }),
  dropCap: z.strictObject({ lines: z.number().int().min(2).max(4), gapEm: length }),
  headings: z.array(headingStyle).min(1),
  verse: z.strictObject({ indentEm: length, turnoverEm: length }),
  caption: z.strictObject({ size, leading: size, indentEm: length }),
  notes: z.strictObject({
    title: z.string(),
    size,
    leading: size,
    numberWidthEm: length,
    spaceBefore: length,
    /** Footnotes: lines of space above them (the rule in its middle), the rule, lines kept with the call. */
    footSkip: length.optional(),
    ruleWidth: length.optional(),
    continuedRuleWidth: length.optional(),
    ruleThickness: length.optional(),
    minLines: z.number().int().min(1).optional(),
  }),
  blockquote: z.strictObject({ size, leading: size, indentEm: length, spaceAround: length }),
  list: z.strictObject({ indentEm: length, bullet: z.string().min(1), spaceAround: length }),
  code: z.strictObject({ size, leading: size, indentEm: length, spaceAround: length }),
  thematicBreak: z.strictObject({ ornament: z.string().min(1), spaceAround: length }),
  /** Tables: smaller type, rules above and below and under the header row (booktabs), space between columns. */
  table: z
    .strictObject({ size, leading: size, spaceAround: length, columnGapEm: length, rowGap: length, ruleThick: size, ruleThin: size, headerFace: face })
    .default({ size: 9, leading: 11.5, spaceAround: 0.5, columnGapEm: 1, rowGap: 2, ruleThick: 0.8, ruleThin: 0.4, headerFace: 'bold' }),
  runningHeads: z.strictObject({ show: z.boolean(), size, caps, tracking: length, baselineAboveText: length }),
  folio: z.strictObject({ size, baselineBelowText: length }),
  sources: z.strictObject({
    sinkLines: length,
    titleSize: size,
    spaceAfterTitle: length,
    size,
    leading: size,
    hangingIndentEm: length,
    spaceBetween: length,
  }),
  cover: z.strictObject({
    background: z.string(),
    foreground: z.string(),
    accent: z.string(),
    safetyMm: length,
    titleFace: face,
    titleSize: size,
    titleDrop: z.number().min(0).max(1),
    subtitleSize: size,
    editorsSize: size,
    editedBy: z.string(),
    and: z.string(),
    descriptionSize: size,
    spineSize: size,
    barcode: z.strictObject({ widthMm: length, heightMm: length }),
  }),
  colophon: z.strictObject({ title: z.string().default('Colophon'), size, leading: size, fallbackFonts: z.string().default('Letters that {main} lacks were set in {fonts}.') }),
});

export type PrintTheme = z.infer<typeof themeSchema>;
export type FontFamilyFiles = z.infer<typeof fontFamily>;
export type FaceKey = z.infer<typeof face>;
export type CapsStyle = z.infer<typeof caps>;
export type HeadingStyle = z.infer<typeof headingStyle>;

/** The folder of the print theme: font paths in it are read from there. */
export const THEME_DIR = fileURLToPath(new URL('.', THEME_URL));

/**
 * The theme last read, by the file's text: a build reads it three times (to prepare the
 * fonts, to render, for the cover) and parsing and checking it is about 20 ms each time.
 * Nothing changes a theme once read; an edited file (`watch`) is read afresh.
 */
let lastTheme: { text: string; theme: PrintTheme } | undefined;

export function loadPrintTheme(): PrintTheme {
  const text = readFileSync(THEME_URL, 'utf8');
  if (lastTheme?.text === text) return lastTheme.theme;
  const theme = parsePrintTheme(text);
  lastTheme = { text, theme };
  return theme;
}

function parsePrintTheme(text: string): PrintTheme {
  const path = fileURLToPath(THEME_URL);
  const result = themeSchema.safeParse(parseYaml(text));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`Invalid print theme:\n${problems.join('\n')}`);
  }
  return result.data;
}

/**
 * The book's print settings, with the theme's defaults for any that are missing or not a
 * usable number (the book may come from an anthology.yaml that sets only some of them).
 */
export function resolvePrintSettings(print: Partial<PrintSettings> | undefined, theme: PrintTheme): PrintSettings {
  const margin = (value: number | undefined, fallback: number): number => (isUsable(value) && value >= 0 ? value : fallback);
  const measure = (value: number | undefined, fallback: number): number => (isUsable(value) && value > 0 ? value : fallback);
  return {
    pageWidth: measure(print?.pageWidth, theme.page.width),
    pageHeight: measure(print?.pageHeight, theme.page.height),
    marginTop: margin(print?.marginTop, theme.page.marginTop),
    marginBottom: margin(print?.marginBottom, theme.page.marginBottom),
    marginInner: margin(print?.marginInner, theme.page.marginInner),
    marginOuter: margin(print?.marginOuter, theme.page.marginOuter),
    fontSize: measure(print?.fontSize, theme.body.size),
    leading: measure(print?.leading, theme.body.leading),
    font: print?.font?.trim() ? print.font : theme.body.font,
    notes: print?.notes ?? 'foot',
  };
}

function isUsable(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The theme's font family for a name as written in anthology.yaml (`EB Garamond` works too). */
/**
 * `print.font` names a family of the print theme: an unknown name is the editor's error, at
 * its place in anthology.yaml, found before anything is rendered.
 */
export function unknownPrintFont(name: string | undefined, file: string, place: Place | undefined): Diagnostic | undefined {
  if (name === undefined) return undefined;
  const theme = loadPrintTheme();
  const key = name.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (theme.fonts[key]) return undefined;
  const known = Object.keys(theme.fonts);
  return diagnostic(file, 'error', 'schema/invalid-value', `Unexpected print font “${name}”, expected one of: ${known.join(', ')} (fonts are added in templates/print-theme.yaml)`, place);
}

export function fontFamilyFor(name: string, theme: PrintTheme): FontFamilyFiles {
  const key = name.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const family = theme.fonts[key];
  if (!family) {
    throw new Error(`Unknown print font "${name}", expected one of: ${Object.keys(theme.fonts).join(', ')} (see templates/print-theme.yaml)`);
  }
  return family;
}
