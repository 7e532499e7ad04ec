/**
 * The layout layer's text measurer, backed by pdfkit's font metrics (fontkit shaping, so
 * kerning and ligatures count exactly as they will be drawn). Widths are cached per render and,
 * with a `MeasureCache` (kept by `watch` from build to build), across renders too.
 */
import { createHash } from 'node:crypto';
import type { WordItemCache, WordTemplate } from './layout/items.ts';
import type { TextMeasurer, TextStyle } from './layout/types.ts';
import { fontContentKey, joinShapedWords, type PdfDocument } from './pdf-document.ts';
import type { FontkitFont } from './fonts/fast-shaping.ts';
import type { FontSet } from './fonts/font-set.ts';
import type { ParagraphStore } from './paragraph-memory.ts';
import type { FontLibrary } from './fonts.ts';
import type { DeflatedStreams } from './content-writer.ts';

/**
 * What measuring and shaping learn that stays true while the font files do: widths of strings
 * set whole in one font, and pdfkit's shaped words. Both are keyed by the font file's content
 * (its sha256 and face name), never by a face key such as `regular`, which a theme change may
 * point at another file; a changed font simply finds no entries.
 */
export interface MeasureCache {
  /** Widths by font content, size, features and tracking, then by text. */
  widths: Map<string, Map<string, number>>;
  /** pdfkit's per-word shaping cache (`layoutCache`) by font content. */
  shaped: Map<string, Record<string, unknown>>;
  /**
   * The line breaker's word items (widths, hyphenation points), valid for one `key`: the
   * contents of the four faces, the theme, the print settings and the language.
   */
  words: { key: string; tables: Map<string, Map<string, WordTemplate>> };
  /** The lines of whole paragraphs, by the same key as `words`; kept only when set (`watch` sets it). */
  paragraphs?: ParagraphStore;
  /** The book's font files, parsed once; kept only when set (`watch` sets it). */
  fonts?: FontLibrary;
  /** Page streams deflated, by their content; kept only when set (`watch` sets it). */
  deflated?: DeflatedStreams;
}

export function createMeasureCache(): MeasureCache {
  return { widths: new Map(), shaped: new Map(), words: { key: '', tables: new Map() } };
}

/** The key of `MeasureCache.words`: what a word's items depend on besides its text and style. */
export function wordItemsKey(faces: Record<string, Uint8Array>, settings: unknown): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(faces).sort()) hash.update(name).update('\0').update(faces[name]!).update('\0');
  return hash.update(JSON.stringify(settings)).digest('hex');
}

/**
 * A word item cache for one render that reads and fills the shared one. A word's items taken
 * from an earlier render are first shown to the font set, as measuring it would have (it notes
 * the families used and the letters no font has); a word that needs a fallback font is built
 * afresh, as the fallbacks are not part of the key.
 */
export function sharedWordItemCache(shared: MeasureCache, key: string, fonts: FontSet | undefined): WordItemCache {
  if (shared.words.key !== key) shared.words = { key, tables: new Map() };
  const store = shared.words.tables;
  const tables = new Map<string, Map<string, WordTemplate>>();
  return {
    styleKeys: new WeakMap(),
    tables: {
      get(tableKey: string) {
        let table = tables.get(tableKey);
        if (!table) {
          let kept = store.get(tableKey);
          if (!kept) {
            kept = new Map();
            store.set(tableKey, kept);
          }
          table = renderView(kept, tableKey.slice(0, tableKey.indexOf('\u0000')), fonts);
          tables.set(tableKey, table);
        }
        return table;
      },
      set(tableKey: string, table: Map<string, WordTemplate>) {
        // Only a table `get` gave back is ever set; keep the render's view of it.
        if (!tables.has(tableKey)) tables.set(tableKey, table);
        return this;
      },
    } as Map<string, Map<string, WordTemplate>>,
  };
}

/** One style's words: the shared table, seen through this render's font set. */
function renderView(kept: Map<string, WordTemplate>, face: string, fonts: FontSet | undefined): Map<string, WordTemplate> {
  const seen = new Set<string>();
  return {
    get(text: string) {
      const items = kept.get(text);
      if (items === undefined || seen.has(text)) return items;
      const runs = fonts?.runs(text, face);
      if (runs && !(runs.length === 1 && runs[0]!.face === face)) return undefined;
      seen.add(text);
      return items;
    },
    set(text: string, items: WordTemplate) {
      kept.set(text, items);
      seen.add(text);
      return this;
    },
  } as Map<string, WordTemplate>;
}

/** The part of pdfkit's embedded font that the measurer reads; its types do not show it. */
interface EmbeddedFont {
  capHeight: number;
  /** The shaped run of one word, from the font's cache or shaped into it (pdfkit 0.20's EmbeddedFont). */
  layoutCached(text: string): { advanceWidth: number };
  font?: FontkitFont & { postscriptName?: string; stream?: { buffer?: Uint8Array } };
  layoutCache?: Record<string, unknown>;
}

/** With `fonts`, a string the style's face cannot set whole is measured run by run in the fonts that have its letters. */
export function createPdfMeasurer(doc: PdfDocument, fonts?: FontSet, shared?: MeasureCache): TextMeasurer {
  const current = (): EmbeddedFont => (doc as unknown as { _font: EmbeddedFont })._font;
  // Fonts of this document already joined to the shared shaping cache.
  const joined = new WeakSet<EmbeddedFont>();
  /** Selects the face, and lets it shape from (and into) the shared cache; gives its content key. */
  const select = (face: string, size: number): string | undefined => {
    doc.font(face).fontSize(size);
    if (!shared) return undefined;
    const font = current();
    if (!joined.has(font)) {
      joinShapedWords(font, shared.shaped);
      joined.add(font);
    }
    return fontContentKey(font);
  };
  // Widths by what changes them (face, size, features, tracking), then by text. Styles equal
  // in those share one table; each style object finds its table once, so the hot path is
  // two lookups and no key building (a book asks for some widths millions of times).
  const tables = new Map<string, Map<string, number>>();
  const tableOfStyle = new WeakMap<TextStyle, Map<string, number>>();
  const sharedOfStyle = new WeakMap<TextStyle, Map<string, number> | undefined>();
  // The language is part of a style's key: it picks the CJK face (SC, JP, KR, TC) a string is set in.
  const styleKey = (style: TextStyle): string => `${style.size}\u0000${style.features?.join(',') ?? ''}\u0000${style.tracking ?? 0}\u0000${style.lang ?? ''}`;
  // Calls come in runs of one style: the last style's table is kept at hand.
  let lastStyle: TextStyle | undefined;
  let lastTable: Map<string, number> | undefined;
  const tableFor = (style: TextStyle): Map<string, number> => {
    if (style === lastStyle) return lastTable!;
    let table = tableOfStyle.get(style);
    if (table) {
      lastStyle = style;
      lastTable = table;
      return table;
    }
    const key = `${style.face}\u0000${styleKey(style)}`;
    table = tables.get(key);
    if (!table) {
      table = new Map();
      tables.set(key, table);
    }
    tableOfStyle.set(style, table);
    return table;
  };
  /** The shared widths of strings set whole in the style's own face. */
  const sharedFor = (style: TextStyle): Map<string, number> | undefined => {
    if (!shared) return undefined;
    if (sharedOfStyle.has(style)) return sharedOfStyle.get(style);
    const font = select(style.face, style.size);
    let table: Map<string, number> | undefined;
    if (font !== undefined) {
      const key = `${font}\u0000${styleKey(style)}`;
      table = shared.widths.get(key);
      if (!table) {
        table = new Map();
        shared.widths.set(key, table);
      }
    }
    sharedOfStyle.set(style, table);
    return table;
  };
  // The face's font object by style, selected through the document the first time (which
  // creates the font on the face's first use, as drawing would).
  const fontOfStyle = new WeakMap<TextStyle, EmbeddedFont>();
  /**
   * `doc.widthOfString(text, pdfTextOptions(style))` in the style's face and size. A word (no
   * space or tab, no features) is measured as pdfkit measures it, from the same shaped run in
   * the font's cache and with the same arithmetic, without pdfkit's document-level steps:
   * selecting the font and size again, and reading the string character by character for
   * spaces. tests/render/pdf-measurer.test.ts compares the two.
   */
  const wordWidth = (text: string, style: TextStyle): number => {
    const font = fontOfStyle.get(style);
    if (font === undefined || style.features !== undefined || text.length === 0 || text.includes(' ') || text.includes('\t')) {
      select(style.face, style.size);
      if (font === undefined) fontOfStyle.set(style, current());
      return doc.widthOfString(text, pdfTextOptions(style));
    }
    // As EmbeddedFont.layout (a sum from 0 over the text's one word) and widthOfString, then the
    // document's widthOfString (letter spacing, horizontal scaling of 100).
    let advance = 0;
    advance += font.layoutCached(text).advanceWidth;
    const scale = style.size / 1000;
    return ((advance * scale + (style.tracking || 0) * (text.length - 1)) * 100) / 100;
  };
  return {
    width(text: string, style: TextStyle): number {
      const table = tableFor(style);
      const cached = table.get(text);
      if (cached !== undefined) return cached;
      // Once per render and string, the font set sees it as before (it notes the families
      // used and the letters no font has), cache or not.
      const runs = fonts?.runs(text, style.face, style.lang);
      const whole = !runs || (runs.length === 1 && runs[0]!.face === style.face);
      const known = whole ? sharedFor(style) : undefined;
      let width = known?.get(text);
      if (width === undefined) {
        width = 0;
        if (whole) {
          width = wordWidth(text, style);
          known?.set(text, width);
        } else {
          for (const run of runs!) {
            select(run.face, style.size);
            width += doc.widthOfString(run.text, pdfTextOptions(style));
          }
        }
      }
      table.set(text, width);
      return width;
    },
    capHeight(style: TextStyle): number {
      select(style.face, style.size);
      // pdfkit keeps font metrics in thousandths of an em.
      return (current().capHeight / 1000) * style.size;
    },
  };
}

/** The options that make pdfkit measure and draw a run the same way. */
export function pdfTextOptions(style: TextStyle): PDFKit.Mixins.TextOptions {
  return {
    ...(style.features ? { features: [...style.features] as PDFKit.Mixins.OpenTypeFeatures[] } : {}),
    ...(style.tracking ? { characterSpacing: style.tracking } : {}),
  };
}
