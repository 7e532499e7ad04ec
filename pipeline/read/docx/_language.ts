/**
 * A Word file's language. Word marks the language of every run of text (`w:lang`), directly or
 * through its character style, its paragraph style (and the styles those are based on) and the
 * document's default (`w:docDefaults` in styles.xml); right-to-left and complex-script runs take
 * the `w:bidi` language. The language of most of the letters is the document's: a default left
 * over from the template loses to the language the text is actually marked in. The document
 * properties' `dc:language`, when the author set it, decides before the runs.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { DOMParser } from 'linkedom';
import { documentLanguageTag } from '../../languages.ts';

interface XmlElement {
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): Iterable<XmlElement> & { length: number; [index: number]: XmlElement };
  readonly children: Iterable<XmlElement>;
  readonly tagName: string;
  readonly textContent: string | null;
  readonly parentNode: XmlElement | null;
}

/** The languages a run property block names: `w:val` for most scripts, `w:bidi` for right to left. */
interface LanguageMarks {
  val?: string;
  bidi?: string;
}

interface StyleLanguage extends LanguageMarks {
  basedOn?: string;
}

function parseXml(text: string): XmlElement {
  return new DOMParser().parseFromString(text, 'text/xml') as unknown as XmlElement;
}

function child(element: XmlElement | undefined, tag: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const c of element.children) if (c.tagName === tag) return c;
  return undefined;
}

function marksOf(rPr: XmlElement | undefined): LanguageMarks {
  const lang = child(rPr, 'w:lang');
  const val = documentLanguageTag(lang?.getAttribute('w:val'));
  const bidi = documentLanguageTag(lang?.getAttribute('w:bidi'));
  return { ...(val ? { val } : {}), ...(bidi ? { bidi } : {}) };
}

export interface DocxLanguage {
  language: string;
  origin: string;
}

export function docxLanguage(bytes: Uint8Array): DocxLanguage | undefined {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (entry) => ['docProps/core.xml', 'word/styles.xml', 'word/document.xml'].includes(entry.name) });
  } catch {
    return undefined;
  }
  const core = files['docProps/core.xml'];
  if (core) {
    const stated = documentLanguageTag(parseXml(strFromU8(core)).getElementsByTagName('dc:language')[0]?.textContent);
    if (stated) return { language: stated, origin: 'document properties dc:language' };
  }
  const document = files['word/document.xml'];
  if (!document) return undefined;

  const styles = new Map<string, StyleLanguage>();
  let defaults: LanguageMarks = {};
  let defaultParagraphStyle: string | undefined;
  const stylesXml = files['word/styles.xml'];
  if (stylesXml) {
    const root = parseXml(strFromU8(stylesXml));
    const docDefaults = root.getElementsByTagName('w:docDefaults')[0];
    defaults = marksOf(child(child(docDefaults, 'w:rPrDefault'), 'w:rPr'));
    for (const style of root.getElementsByTagName('w:style')) {
      const id = style.getAttribute('w:styleId');
      if (!id) continue;
      const basedOn = child(style, 'w:basedOn')?.getAttribute('w:val') ?? undefined;
      styles.set(id, { ...marksOf(child(style, 'w:rPr')), ...(basedOn ? { basedOn } : {}) });
      if (style.getAttribute('w:type') === 'paragraph' && style.getAttribute('w:default') === '1') defaultParagraphStyle = id;
    }
  }
  const fromStyle = (id: string | undefined, key: keyof LanguageMarks): string | undefined => {
    for (let seen = 0, style = id === undefined ? undefined : styles.get(id); style && seen < 32; seen++, style = style.basedOn === undefined ? undefined : styles.get(style.basedOn)) {
      if (style[key]) return style[key];
    }
    return undefined;
  };

  const letters = new Map<string, number>();
  const root = parseXml(strFromU8(document));
  for (const paragraph of root.getElementsByTagName('w:p')) {
    const paragraphStyle = child(child(paragraph, 'w:pPr'), 'w:pStyle')?.getAttribute('w:val') ?? defaultParagraphStyle;
    for (const run of paragraph.getElementsByTagName('w:r')) {
      let text = '';
      for (const t of run.getElementsByTagName('w:t')) text += t.textContent ?? '';
      const count = text.match(/\p{L}/gu)?.length ?? 0;
      if (count === 0) continue;
      const rPr = child(run, 'w:rPr');
      const key: keyof LanguageMarks = child(rPr, 'w:rtl') || child(rPr, 'w:cs') ? 'bidi' : 'val';
      const runStyle = child(rPr, 'w:rStyle')?.getAttribute('w:val') ?? undefined;
      const language = marksOf(rPr)[key] ?? fromStyle(runStyle, key) ?? fromStyle(paragraphStyle, key) ?? defaults[key];
      if (language) letters.set(language, (letters.get(language) ?? 0) + count);
    }
  }
  let best: [string, number] | undefined;
  for (const entry of letters) if (!best || entry[1] > best[1]) best = entry;
  if (!best) return undefined;
  const total = [...letters.values()].reduce((a, b) => a + b, 0);
  const share = Math.round((100 * best[1]) / total);
  return { language: best[0], origin: share === 100 ? 'w:lang of the text' : `w:lang of ${share}% of the text` };
}
