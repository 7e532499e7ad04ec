/**
 * Paragraphs set by one render and taken as they are by the next (`watch`): after an edit of
 * one piece, every other paragraph of the book is the same runs in the same shape, and its
 * lines are what they were. A paragraph is found by everything that decides its lines: its
 * runs (text, style, source origin) and its shape, within a store keyed by what the whole
 * typesetting environment depends on (the fonts' contents, the theme, the print settings, the
 * language; see `wordItemsKey`).
 *
 * Setting a paragraph also leaves marks on the document, and the output depends on their
 * order: the fonts first selected (pdfkit numbers them, and their objects, in that order), and
 * what the font set notes as it cuts strings into runs (the families used, in order of first
 * use, for the colophon; letters no font has). So setting a paragraph is recorded as the
 * sequence of those calls, and taking it from memory makes the same calls again, in the same
 * place of the render: the document ends as a render that set every paragraph afresh leaves
 * it. Anything else setting does (measuring, hyphenating, caching words) changes no output.
 *
 * Memory holds the paragraphs of the last render: one that no render asked for since is let go.
 */
import type { FontRun, FontSet } from './fonts/font-set.ts';
import type { ParagraphMemory } from './layout/paragraph.ts';
import type { SetLine } from './layout/types.ts';
import type { PdfDocument } from './pdf-document.ts';

/** A call that leaves a mark: a face selected in the document, or a string cut into font runs. */
type Effect = { font: string } | { runs: [text: string, face: string, lang: string | undefined] };

interface Entry {
  lines: SetLine[];
  effects: Effect[];
}

/** The paragraphs kept from render to render; `key` as `MeasureCache.words`'. */
export interface ParagraphStore {
  key: string;
  /** Paragraphs asked for by the render going on, and those of the render before. */
  current: Map<string, Entry>;
  previous: Map<string, Entry>;
}

export function createParagraphStore(): ParagraphStore {
  return { key: '', current: new Map(), previous: new Map() };
}

/** What a render's paragraph memory needs to see and repeat the marks setting leaves. */
export interface Recorder {
  /** The font set to give the measurer and the word cache: its `runs` calls are noted while a paragraph is set. */
  fonts: FontSet;
  memory: ParagraphMemory;
}

/**
 * The memory of one render. Starts a new generation in the store, and from here on notes the
 * document's face selections (by wrapping its `font`) while a paragraph is set.
 */
export function openParagraphMemory(store: ParagraphStore, key: string, doc: PdfDocument, fonts: FontSet): Recorder {
  if (store.key !== key) {
    store.key = key;
    store.previous = new Map();
  } else store.previous = store.current;
  store.current = new Map();

  let recording: Effect[] | undefined;
  const select = doc.font;
  const selectFace = (face: string): void => {
    (select as (this: PdfDocument, face: string) => PdfDocument).call(doc, face);
  };
  doc.font = function (this: PdfDocument, ...args: Parameters<PdfDocument['font']>) {
    if (recording && typeof args[0] === 'string') recording.push({ font: args[0] });
    return select.apply(this, args);
  } as PdfDocument['font'];
  const noted: FontSet = {
    runs(text: string, face: string, lang?: string): FontRun[] {
      recording?.push({ runs: [text, face, lang] });
      return fonts.runs(text, face, lang);
    },
    familiesUsed: () => fonts.familiesUsed(),
    missing: () => fonts.missing(),
  };

  const memory: ParagraphMemory = {
    styleKeys: new WeakMap(),
    set(key, setLines) {
      let entry = store.current.get(key) ?? store.previous.get(key);
      if (entry) {
        for (const effect of entry.effects) {
          if ('font' in effect) selectFace(effect.font);
          else fonts.runs(...effect.runs);
        }
      } else {
        const effects: Effect[] = [];
        recording = effects;
        try {
          entry = { lines: setLines(), effects };
        } finally {
          recording = undefined;
        }
      }
      store.current.set(key, entry);
      // A copy: callers may put other lines in the array they get (the contents add leaders).
      return entry.lines.slice();
    },
  };
  return { fonts: noted, memory };
}
