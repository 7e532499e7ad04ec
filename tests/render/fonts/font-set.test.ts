import { describe, expect, it } from 'vitest';
import { createPdfDocument } from '../../../pipeline/render/pdf/pdf-document.ts';
import { createFontSet, type FallbackTable } from '../../../pipeline/render/pdf/fonts/font-set.ts';
import { loadFontFaces, registerFontFaces } from '../../../pipeline/render/pdf/fonts.ts';
import { missingGlyphDiagnostics } from '../../../pipeline/render/pdf/fonts/missing-glyphs.ts';
import { scriptOf } from '../../../pipeline/render/pdf/fonts/scripts.ts';
import { fontFamilyFor, loadPrintTheme, resolvePrintSettings, THEME_DIR } from '../../../pipeline/render/pdf/theme.ts';
import type { Book } from '../../../pipeline/types.ts';
import type { SystemFontFinder } from '../../../pipeline/render/pdf/fonts/sources.ts';

const theme = loadPrintTheme();
const book = { meta: { title: 'T', editors: ['E'], description: '', subjects: [], language: 'en', modified: '2026-01-01T00:00:00Z' } } as unknown as Book;

function fontSet(system: SystemFontFinder, fallbacks: FallbackTable = theme.fallbacks) {
  const doc = createPdfDocument(book, resolvePrintSettings(undefined, theme));
  const faces = loadFontFaces(fontFamilyFor(theme.body.font, theme));
  registerFontFaces(doc, faces);
  return createFontSet(doc, { main: faces, mainName: '', fallbacks, language: 'en', themeDir: THEME_DIR, system });
}

const noSystemFonts: SystemFontFinder = () => undefined;

describe('fonts by script', () => {
  it('keeps a string the main family has whole, in its face', () => {
    const fonts = fontSet(noSystemFonts);
    expect(fonts.runs('Революция и мир, Ελευθερία', 'italic')).toEqual([{ text: 'Революция и мир, Ελευθερία', face: 'italic' }]);
    expect(fonts.familiesUsed()).toEqual(['EB Garamond']);
  });

  it('sets letters the main family lacks in the fallback for their script, punctuation staying with its run', () => {
    const fonts = fontSet(noSystemFonts);
    const runs = fonts.runs('Bread: خبز، حرية. Done', 'regular');
    expect(runs.map((r) => r.text)).toEqual(['Bread: ', 'خبز، حرية. ', 'Done']);
    expect(runs[1]!.face).toMatch(/NotoNaskhArabic_400Regular\.ttf/);
    expect(fonts.runs('שלום', 'bold')[0]!.face).toMatch(/NotoSerifHebrew_700Bold\.ttf/);
    // A narrow no-break space (French spacing) is in Noto Serif, the fallback for symbols.
    expect(fonts.runs('oui\u202f!', 'regular')[1]!.face).toMatch(/NotoSerif_400Regular\.ttf/);
    expect(fonts.familiesUsed()).toEqual(['EB Garamond', 'Noto Naskh Arabic', 'Noto Serif Hebrew', 'Noto Serif']);
    expect(fonts.missing()).toEqual([]);
  });

  it('records a letter no font has, with what to install, rather than dropping it', () => {
    const fonts = fontSet(noSystemFonts);
    const runs = fonts.runs('A 革命 B', 'regular');
    expect(runs.map((r) => r.text).join('')).toBe('A 革命 B');
    expect(fonts.missing()).toEqual([
      { char: '革', script: 'Han', install: expect.stringContaining('fonts-noto-cjk') },
      { char: '命', script: 'Han', install: expect.stringContaining('fonts-noto-cjk') },
    ]);
    const diagnostics = missingGlyphDiagnostics(fonts.missing(), [
      { file: 'anthology.yaml', text: 'title: 革命\n' },
      { file: 'zh.md', text: '---\n---\n革命, 革命\n' },
    ]);
    expect(diagnostics.map((d) => `${d.file}:${d.line ?? ''}:${d.column ?? ''} ${d.severity} ${d.message} [${d.ruleId}]`)).toEqual([
      'anthology.yaml:1:8 error no print font has “革” (U+9769) [font/missing-glyph]',
      'zh.md:3:1 error no print font has “革” (U+9769) [font/missing-glyph]',
      'zh.md:3:5 error no print font has “革” (U+9769) [font/missing-glyph]',
      'anthology.yaml:1:9 error no print font has “命” (U+547D) [font/missing-glyph]',
      'zh.md:3:2 error no print font has “命” (U+547D) [font/missing-glyph]',
      'zh.md:3:6 error no print font has “命” (U+547D) [font/missing-glyph]',
      expect.stringMatching(/^anthology\.yaml:: info No installed font sets Han letters: apt-get install fonts-noto-cjk.*fallbacks: Han/),
    ]);
  });

  it('takes a font the theme names for a script, a language-specific one first', () => {
    const asked: string[] = [];
    const system: SystemFontFinder = (family) => {
      asked.push(family);
      return undefined;
    };
    const fonts = fontSet(system, { 'Han:en': { fonts: ['system:Tried First'] }, Han: { fonts: ['system:Tried Second', '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf'] } });
    fonts.runs('革', 'regular');
    expect(asked).toEqual(['Tried First', 'Tried Second']);
    expect(fonts.missing()).toHaveLength(1);
  });

  it('takes the language-specific font by the text’s own language, the book’s when it says none', () => {
    const asked: string[] = [];
    const system: SystemFontFinder = (family) => {
      asked.push(family);
      return undefined;
    };
    const fonts = fontSet(system, { 'Han:ja': { fonts: ['system:JP'] }, 'Han:zh-tw': { fonts: ['system:TC'] }, Han: { fonts: ['system:SC'] } });
    fonts.runs('革', 'regular', 'ja');
    fonts.runs('命', 'regular', 'zh-Hant');
    fonts.runs('文', 'regular');
    // Each source is looked for once, whichever languages' lists share it.
    expect(asked).toEqual(['JP', 'SC', 'TC']);
  });

  it('knows the script of a character', () => {
    expect(['a', 'ж', 'λ', '革', 'あ', 'ア', '한', 'ש', 'ع', 'क', ',', '\u0301', '𐀀'].map(scriptOf)).toEqual([
      'Latin', 'Cyrillic', 'Greek', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Hebrew', 'Arabic', 'Devanagari', 'Common', 'Common', 'Other',
    ]);
  });
});
