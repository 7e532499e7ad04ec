/** The part of fontkit that choosing fonts by coverage uses (merged with render/epub/fontkit.d.ts). */
declare module 'fontkit' {
  export interface Font {
    familyName: string;
    postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export interface FontCollection {
    fonts: Font[];
  }
  export function create(buffer: Buffer, postscriptName: string | undefined): Font | FontCollection;
}
