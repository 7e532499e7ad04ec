/**
 * Where a font named in the print theme is found: a path from the theme's folder, then an
 * installed npm package (`@expo-google-fonts/…/x.ttf`), then, for `system:Family Name`, the
 * fonts installed on the machine as fontconfig lists them. Nothing is read here but file names.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface FontFile {
  path: string;
  /** The face inside a collection (`.ttc`), by PostScript name. */
  postscriptName?: string;
}

export type FaceSlot = 'regular' | 'italic' | 'bold' | 'boldItalic';

/** Finds `system:` fonts; replaceable in tests. Undefined when the family is not installed. */
export type SystemFontFinder = (family: string, slot: FaceSlot) => FontFile | undefined;

export function resolveFontSource(spec: string, slot: FaceSlot, themeDir: string, system: SystemFontFinder): FontFile | undefined {
  const systemFamily = /^system:\s*(.+)$/.exec(spec)?.[1];
  if (systemFamily !== undefined) return system(systemFamily.trim(), slot);
  const local = path.resolve(themeDir, spec);
  if (!spec.startsWith('@') && existsSync(local)) return { path: local };
  try {
    return { path: createRequire(import.meta.url).resolve(spec) };
  } catch {
    return undefined;
  }
}

const STYLE_NAMES: Record<FaceSlot, readonly string[]> = {
  regular: ['Regular', 'Book', 'Roman', 'Normal'],
  italic: ['Italic', 'Oblique'],
  bold: ['Bold'],
  boldItalic: ['Bold Italic', 'Bold Oblique'],
};

/** fontconfig's list of a family's faces; `fc-list` with an exact family only lists that family. */
export function createSystemFontFinder(): SystemFontFinder {
  const listed = new Map<string, Array<{ file: string; style: string; postscriptName: string }>>();
  const facesOf = (family: string) => {
    let faces = listed.get(family);
    if (faces) return faces;
    let output = '';
    try {
      output = execFileSync('fc-list', ['-f', '%{file}|%{style[0]}|%{postscriptname}\\n', `${family.replace(/[-:,\\]/g, '\\$&')}`], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      // No fontconfig on this machine: no system fonts.
    }
    faces = output
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [file, style, postscriptName] = line.split('|');
        return { file: file!, style: style ?? '', postscriptName: postscriptName ?? '' };
      })
      .sort((a, b) => a.file.localeCompare(b.file) || a.postscriptName.localeCompare(b.postscriptName));
    listed.set(family, faces);
    return faces;
  };
  return (family, slot) => {
    const faces = facesOf(family);
    for (const name of STYLE_NAMES[slot]) {
      const face = faces.find((f) => f.style.toLowerCase() === name.toLowerCase());
      if (face) return { path: face.file, ...(/\.(ttc|otc)$/i.test(face.file) && face.postscriptName ? { postscriptName: face.postscriptName } : {}) };
    }
    return undefined;
  };
}
