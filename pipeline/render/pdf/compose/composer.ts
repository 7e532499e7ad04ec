/**
 * What every handler needs to set text: the theme, the page geometry, the typesetting
 * environment, and helpers that turn the theme's words (faces, caps, sizes) into text styles.
 */
import { setParagraph, type ParagraphShape, type TypesetEnvironment } from '../layout/paragraph.ts';
import { isForcedBreak, type InlineRun, type SetLine, type TextStyle } from '../layout/types.ts';
import type { CapsStyle, FaceKey, PrintTheme } from '../theme.ts';
import type { Direction } from '../layout/bidi.ts';
import { createWordItemCache } from '../layout/items.ts';
import type { Hyphenator } from '../layout/word-breaks.ts';
import type { BookImage, Diagnostic, PrintSettings } from '../../../types.ts';

export interface Composer {
  theme: PrintTheme;
  print: PrintSettings;
  env: TypesetEnvironment;
  /** Width of the text block. */
  textWidth: number;
  /** One line of the body: the step of the baseline grid. */
  line: number;
  setText(runs: readonly InlineRun[], shape: ParagraphShape): SetLine[];
  /** Right to left for text written so (set by composerFor): lists then hang from the right edge. */
  direction?: Direction;
  /** Families of the fonts used so far (the main family first, then fallbacks), for the colophon. */
  fontsUsed?: () => readonly string[];
  /** The book's pictures by href (the url of their image nodes). */
  images?: ReadonlyMap<string, BookImage>;
  /** Collects warnings about the print edition (a picture printed below 200 dpi). */
  warn?: (diagnostic: Diagnostic) => void;
}

export interface ComposerExtras {
  fontsUsed?: () => readonly string[];
  images?: ReadonlyMap<string, BookImage>;
  warn?: (diagnostic: Diagnostic) => void;
}

export function createComposer(theme: PrintTheme, print: PrintSettings, env: TypesetEnvironment, extras: ComposerExtras = {}): Composer {
  return {
    ...extras,
    theme,
    print,
    env,
    textWidth: print.pageWidth - print.marginInner - print.marginOuter,
    line: print.leading,
    setText: (runs, shape) => setParagraph(runs, shape, env),
  };
}

/**
 * The composer for text in another language or direction than the book's: its own
 * hyphenation patterns (and its own word cache, since words carry their hyphenation points),
 * lines set right to left when the language is written so, and its text marked with its
 * language (`lang`), so that fonts that differ by language are chosen by it.
 */
export function composerFor(composer: Composer, options: { hyphenate?: Hyphenator; direction?: Direction; lang?: string }): Composer {
  // Paragraphs kept from earlier renders are keyed for the book's own hyphenation: not shared here.
  const env: TypesetEnvironment = options.hyphenate
    ? { ...composer.env, hyphenate: options.hyphenate, wordCache: createWordItemCache(), paragraphs: undefined }
    : composer.env;
  const { direction, lang } = options;
  const inLanguage = lang ? languageMarker(lang) : (runs: readonly InlineRun[]) => runs;
  return {
    ...composer,
    env,
    ...(direction ? { direction } : {}),
    setText: (runs, shape) => setParagraph(inLanguage(runs), direction && !shape.direction ? { ...shape, direction } : shape, env),
  };
}

/** Runs with `lang` on their styles; one marked style per style, so caches keyed by style keep working. */
function languageMarker(lang: string): (runs: readonly InlineRun[]) => readonly InlineRun[] {
  const marked = new WeakMap<TextStyle, TextStyle>();
  const mark = (style: TextStyle): TextStyle => {
    if (style.lang) return style;
    let result = marked.get(style);
    if (!result) {
      result = { ...style, lang };
      marked.set(style, result);
    }
    return result;
  };
  return (runs) => runs.map((run) => (isForcedBreak(run) ? run : { ...run, style: mark(run.style) }));
}

export interface StyleOptions {
  caps?: CapsStyle;
  tracking?: number;
  link?: string;
  strike?: boolean;
}

export function textStyle(face: FaceKey, size: number, options: StyleOptions = {}): TextStyle {
  const features = capsFeatures(options.caps ?? 'none');
  return {
    face,
    size,
    ...(features ? { features } : {}),
    ...(options.tracking ? { tracking: options.tracking } : {}),
    ...(options.link ? { link: options.link } : {}),
    ...(options.strike ? { strike: true } : {}),
  };
}

function capsFeatures(caps: CapsStyle): readonly string[] | undefined {
  if (caps === 'small') return ['smcp'];
  if (caps === 'allSmall') return ['c2sc', 'smcp'];
  return undefined;
}

export function faceFor(italic: boolean, bold: boolean): FaceKey {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/** A shape that fills the measure from `left`, `width` wide, no indent. */
export function plainShape(align: ParagraphShape['align'], left: number, width: number, indent = 0): ParagraphShape {
  return { align, indent, measure: { first: width, rest: width, firstLeft: left, restLeft: left } };
}
