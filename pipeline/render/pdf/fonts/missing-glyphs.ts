/**
 * A character no print font has stops the build: the renderer throws MissingGlyphsError with
 * the characters, and the build, which has the sources, turns it into one error per place the
 * character occurs (`file:line:column: error no print font has “革” (U+9769) [font/missing-glyph]`)
 * and, per script, what to install.
 */
import type { Diagnostic } from '../../../types.ts';
import { diagnostic, lineStarts, placeOf } from '../../../diagnostics.ts';
import type { MissingGlyph } from './font-set.ts';

export class MissingGlyphsError extends Error {
  readonly missing: readonly MissingGlyph[];
  constructor(missing: readonly MissingGlyph[]) {
    super(`No print font has ${missing.map((m) => `“${m.char}” (${codePoint(m.char)})`).join(', ')}`);
    this.name = 'MissingGlyphsError';
    this.missing = missing;
  }
}

export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export interface SourceText {
  /** Path as shown in messages. */
  file: string;
  text: string;
}

/** Places listed per character before the rest are counted in one line. */
const MAX_PLACES = 100;

/**
 * Every place each missing character occurs in the sources, in source order. A character that
 * occurs in none (made by the pipeline or the templates) is reported against the first source.
 */
export function missingGlyphDiagnostics(missing: readonly MissingGlyph[], sources: readonly SourceText[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const glyph of missing) {
    const message = `no print font has “${glyph.char}” (${codePoint(glyph.char)})`;
    let count = 0;
    for (const source of sources) {
      let starts: number[] | undefined;
      for (let at = source.text.indexOf(glyph.char); at !== -1; at = source.text.indexOf(glyph.char, at + glyph.char.length)) {
        count += 1;
        if (count > MAX_PLACES) continue;
        starts ??= lineStarts(source.text);
        diagnostics.push(diagnostic(source.file, 'error', 'font/missing-glyph', message, placeOf(starts, at)));
      }
    }
    if (count > MAX_PLACES) {
      diagnostics.push(diagnostic(sources[0]?.file ?? '', 'error', 'font/missing-glyph', `${message}: and ${count - MAX_PLACES} more places`));
    }
    if (count === 0) diagnostics.push(diagnostic(sources[0]?.file ?? '', 'error', 'font/missing-glyph', `${message}, in text the book adds to its sources`));
  }
  const scripts = new Map<string, string | undefined>();
  for (const glyph of missing) if (!scripts.has(glyph.script)) scripts.set(glyph.script, glyph.install);
  for (const [script, install] of scripts) {
    diagnostics.push(
      diagnostic(
        sources[0]?.file ?? '',
        'info',
        'font/install',
        `No installed font sets ${script === 'Common' ? 'these symbols' : `${script} letters`}: ${install ? `${install}, or ` : ''}name a font under fallbacks: ${script} in templates/print-theme.yaml`,
      ),
    );
  }
  return diagnostics;
}
