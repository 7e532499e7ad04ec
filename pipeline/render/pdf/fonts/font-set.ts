/**
 * The fonts of one print edition: the theme's family for the text, and fallback families
 * chosen by Unicode script for the letters it lacks. A string to measure or draw is cut into
 * runs, each set in a font that has its characters:
 *
 * 1. the main family, whenever it has the character;
 * 2. punctuation, spaces and marks (script Common) stay in the run they follow when its font
 *    has them, so an Arabic or Hebrew phrase is shaped as one run;
 * 3. otherwise the first fallback for the character's script (the theme's `fallbacks:`, a list
 *    per script, tried in order; `Han:ja` before `Han` for Japanese text) that has it. The
 *    text's own language decides (a Japanese piece in a Chinese book is set in the JP face),
 *    the book's when the text says none.
 *
 * Fallback fonts are opened the first time a character needs them, so a book in the main
 * family's scripts never reads them. A character no font has is recorded, not dropped: the
 * renderer fails the build with every place it occurs.
 */
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { PdfDocument } from '../pdf-document.ts';
import { scriptOf } from './scripts.ts';
import { resolveFontSource, type FaceSlot, type FontFile, type SystemFontFinder } from './sources.ts';

export interface FontRun {
  text: string;
  /** A face key registered with the document: the main family's, or a fallback's. */
  face: string;
}

/** A fallback as the theme names it: one source for every face, or a source per face. */
export type FallbackSource = string | { regular: string; italic?: string; bold?: string; boldItalic?: string };

export interface FallbackTable {
  [script: string]: { install?: string; fonts: readonly FallbackSource[] };
}

export interface FontSetOptions {
  /** The main family's faces, already registered with the document under these keys. */
  main: Record<FaceSlot, Buffer>;
  mainName: string;
  fallbacks: FallbackTable;
  /** The book's language: `Han:ja` is tried before `Han` in a Japanese book, unless a run says otherwise. */
  language: string;
  themeDir: string;
  system: SystemFontFinder;
}

export interface MissingGlyph {
  char: string;
  script: string;
  /** What the theme says to install for this script, if it says. */
  install?: string;
}

export interface FontSet {
  /** `lang`: the text's language when it is not the book's. */
  runs(text: string, face: string, lang?: string): FontRun[];
  /** Family names of the fonts used so far: the main family first, fallbacks in order of first use. */
  familiesUsed(): string[];
  /** Characters that no font has, in order of first sight. */
  missing(): MissingGlyph[];
}

interface OpenFont {
  key: string;
  family: string;
  font: fontkit.Font;
  covers: Map<number, boolean>;
}

/**
 * Characters that are not drawn (controls, format characters such as the soft hyphen and the
 * zero-width joiner, variation selectors): no glyph is needed, so none is missing.
 */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]$/u;

const SLOTS: readonly FaceSlot[] = ['regular', 'italic', 'bold', 'boldItalic'];

function slotOf(face: string): FaceSlot {
  return (SLOTS as readonly string[]).includes(face) ? (face as FaceSlot) : 'regular';
}

function has(font: OpenFont, code: number): boolean {
  let known = font.covers.get(code);
  if (known === undefined) {
    known = font.font.hasGlyphForCodePoint(code);
    font.covers.set(code, known);
  }
  return known;
}

function openFont(file: FontFile | Buffer, key: string, read: (path: string) => Buffer = readFileSync): OpenFont {
  const data = Buffer.isBuffer(file) ? file : read(file.path);
  const opened = fontkit.create(data, Buffer.isBuffer(file) ? undefined : file.postscriptName) as fontkit.Font | fontkit.FontCollection;
  const font = 'fonts' in opened ? opened.fonts[0]! : opened;
  return { key, family: font.familyName, font, covers: new Map() };
}

export function createFontSet(doc: PdfDocument, options: FontSetOptions): FontSet {
  const main = new Map<string, OpenFont>();
  const mainFont = (face: string): OpenFont => {
    const slot = slotOf(face);
    let font = main.get(slot);
    if (!font) {
      font = openFont(options.main[slot], face);
      font.family = options.mainName || font.family;
      main.set(slot, font);
    }
    return font;
  };
  // Fallbacks by `script|slot`: the fonts of the script's list, opened one by one as needed.
  const fallbackLists = new Map<string, Array<OpenFont | undefined | null>>();
  const used: string[] = [];
  const missing = new Map<string, MissingGlyph>();

  const sourcesFor = (script: string, language: string): FallbackSource[] => [
    ...languageTags(language).flatMap((t) => options.fallbacks[`${script}:${t}`]?.fonts ?? []),
    ...(options.fallbacks[script]?.fonts ?? []),
  ];

  const fallbackFor = (script: string, slot: FaceSlot, code: number, language = options.language): OpenFont | undefined => {
    const listKey = `${script}|${slot}|${language.trim().toLowerCase()}`;
    const sources = sourcesFor(script, language);
    let list = fallbackLists.get(listKey);
    if (!list) {
      list = new Array(sources.length).fill(null);
      fallbackLists.set(listKey, list);
    }
    for (let i = 0; i < sources.length; i += 1) {
      if (list[i] === null) list[i] = openFallback(sources[i]!, slot);
      const font = list[i];
      if (font && has(font, code)) return font;
    }
    return undefined;
  };

  // Punctuation of no one script that neither its neighbours' fonts nor the Common ones have
  // (「 」 beside no Chinese letter): any fallback of the theme that has it, in the table's order.
  const anyFallback = (slot: FaceSlot, code: number): OpenFont | undefined => {
    for (const font of registered.values()) if (has(font, code)) return font;
    for (const key of Object.keys(options.fallbacks)) {
      const script = key.split(':')[0]!;
      const font = fallbackFor(script, slot, code);
      if (font) return font;
    }
    return undefined;
  };

  const registered = new Map<string, OpenFont>();
  // A collection (Noto CJK's .ttc holds every language's faces) is read once for all its faces.
  const files = new Map<string, Buffer>();
  const read = (file: string): Buffer => {
    let data = files.get(file);
    if (!data) {
      data = readFileSync(file);
      files.set(file, data);
    }
    return data;
  };
  // Where each source was found, once: the lists of several languages share sources.
  const resolved = new Map<string, FontFile | undefined>();
  const resolve = (spec: string, slot: FaceSlot): FontFile | undefined => {
    const key = `${slot}\u0000${spec}`;
    if (!resolved.has(key)) resolved.set(key, resolveFontSource(spec, slot, options.themeDir, options.system));
    return resolved.get(key);
  };
  const openFallback = (source: FallbackSource, slot: FaceSlot): OpenFont | undefined => {
    const spec = typeof source === 'string' ? source : faceSpec(source, slot);
    const file = resolve(spec, slot) ?? (slot === 'regular' ? undefined : resolve(spec, 'regular'));
    if (!file) return undefined;
    const key = `fallback:${file.path}#${file.postscriptName ?? ''}`;
    let font = registered.get(key);
    if (!font) {
      font = openFont(file, key, read);
      doc.registerFont(key, read(file.path), file.postscriptName as string);
      registered.set(key, font);
    }
    return font;
  };

  const note = (font: OpenFont): void => {
    if (!used.includes(font.family)) used.push(font.family);
  };

  return {
    runs(text, face, lang) {
      const language = lang ?? options.language;
      const primary = mainFont(face);
      // Most strings are all in the main family: one pass to see, no copies.
      let all = true;
      for (const char of text) {
        if (!has(primary, char.codePointAt(0)!) && !INVISIBLE.test(char)) {
          all = false;
          break;
        }
      }
      if (all) {
        if (used.length === 0) note(primary);
        return [{ text, face }];
      }
      if (used.length === 0) note(primary);
      const slot = slotOf(face);
      const runs: FontRun[] = [];
      let current: OpenFont | undefined;
      let currentScript = 'Common';
      let start = 0;
      let offset = 0;
      const push = (end: number): void => {
        if (end > start) runs.push({ text: text.slice(start, end), face: current === primary || !current ? face : current.key });
      };
      for (const char of text) {
        const code = char.codePointAt(0)!;
        const script = scriptOf(char);
        let font: OpenFont | undefined;
        if (INVISIBLE.test(char)) font = current ?? primary;
        else if (script === 'Common' && current && current !== primary && has(current, code)) font = current;
        else if (has(primary, code)) font = primary;
        else {
          font =
            script === 'Common'
              ? fallbackFor(currentScript === 'Common' ? nextScript(text, offset) : currentScript, slot, code, language) ??
                fallbackFor('Common', slot, code, language) ??
                anyFallback(slot, code)
              : fallbackFor(script, slot, code, language);
          if (font) note(font);
          else {
            if (!missing.has(char)) missing.set(char, { char, script, install: options.fallbacks[script]?.install });
            font = current ?? primary;
          }
        }
        if (font !== current) {
          push(offset);
          start = offset;
          current = font;
        }
        if (script !== 'Common') currentScript = script;
        offset += char.length;
      }
      push(offset);
      return runs;
    },
    familiesUsed: () => [...used],
    missing: () => [...missing.values()],
  };
}

/**
 * The tags a language's fallbacks are looked up by, most particular first: `zh-tw`, then `zh`.
 * Traditional Chinese however written (`zh-Hant`, `zh-HK`, `zh-MO`) finds the `zh-tw` fonts.
 */
function languageTags(language: string): string[] {
  const tag = language.trim().toLowerCase();
  const traditional = /^zh-(hant|hk|mo)\b/.test(tag) ? ['zh-tw'] : [];
  return [tag, ...traditional, tag.split('-')[0]!].filter((t, i, all) => t && all.indexOf(t) === i);
}

/** The script of the first letter after `offset` that belongs to one; `Common` when none does. */
function nextScript(text: string, offset: number): string {
  for (const char of text.slice(offset)) {
    const script = scriptOf(char);
    if (script !== 'Common') return script;
  }
  return 'Common';
}

function faceSpec(source: Exclude<FallbackSource, string>, slot: FaceSlot): string {
  if (slot === 'boldItalic') return source.boldItalic ?? source.bold ?? source.regular;
  return source[slot] ?? source.regular;
}
