import type { findWordBreaks } from '../../pipeline/render/pdf/layout/word-breaks.ts';

/** Word-break options for tests that ask where a word may break: one unit per character, a wide line, the given hyphenation points. */
export function plainBreakOptions(hyphenate: (word: string) => number[] = () => []): Parameters<typeof findWordBreaks>[1] {
  return { hyphenate, minLeft: 2, minRight: 3, hyphenPenalty: 50, explicitHyphenPenalty: 50, widthOf: (start, end) => end - start, lineWidth: 1000, hyphenWidth: 1 };
}
