/** The part of `linebreak` (UAX #14, the line breaker pdfkit itself uses; it ships no types) used here. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
