/**
 * What a process has prepared for a build before it was asked for one: the start-up snapshot
 * (scripts/snapshot-entry.ts) parses the print theme's fonts while it is built, and the build
 * started from it takes them (build.ts) instead of parsing them again. Taken once.
 */
import type { FontLibrary } from './render/pdf/index.ts';

let prepared: FontLibrary | undefined;

export function keepPreparedFonts(fonts: FontLibrary): void {
  prepared = fonts;
}

export function takePreparedFonts(): FontLibrary | undefined {
  const fonts = prepared;
  prepared = undefined;
  return fonts;
}
