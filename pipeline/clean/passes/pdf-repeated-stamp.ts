import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, normaliseForComparison, splitLines, wordCount, type Line } from '../_lines.ts';
import { interruptsSentence, startsLowercase } from './_pdf-lines.ts';

/** A stamp is a short line: a few words, no paragraph. */
const MIN_WORDS = 2;
const MAX_WORDS = 8;
const MAX_LENGTH = 60;
/**
 * Fewest content lines between one copy of the line and the next: a stamp is set once a page,
 * and a printed page sets a dozen lines or more; a refrain comes back after a stanza of a few.
 */
const MIN_PAGE_LINES = 12;

/** Set tight inside a sentence: no blank line above or below, and the sentence goes on past it (interruptsSentence). */
function breaksSentence(lines: readonly Line[], line: Line): boolean {
  const above = lines[line.index - 1];
  const below = lines[line.index + 1];
  return above !== undefined && below !== undefined && !isBlank(above) && !isBlank(below) && interruptsSentence(lines, line.index);
}

/**
 * Removes a stamp a PDF's maker set on every page in the same words (a proof's or a library
 * copy's mark, a preview's notice), where it is left at only two or more pages. The evidence is
 * the pair: the same short line, word for word, a page or more apart, and at one of its places
 * at least set inside a sentence of the text (the line above leaves the sentence open, the line
 * below goes on with it in lower case), where no line of the text can stand. A line repeated
 * only between whole sentences or paragraphs (a refrain, a repeated heading, a speaker's cue)
 * has no such place and stays; so does a line that ends a sentence itself, a line whose copies
 * differ in case (a title and its running head in capitals), and the title (the one given, or
 * else the line the text opens with).
 */
export const removeRepeatedStamp: Pass = {
  ruleId: 'pdf/repeated-stamp',
  run(text, ctx) {
    const lines = splitLines(text);
    const byKey = new Map<string, Line[]>();
    for (const line of lines) {
      const trimmed = line.text.trim();
      if (trimmed.length === 0 || trimmed.length > MAX_LENGTH || SENTENCE_END.test(trimmed)) continue;
      const words = wordCount(trimmed);
      if (words < MIN_WORDS || words > MAX_WORDS || !/\p{L}/u.test(trimmed) || startsLowercase(trimmed)) continue;
      if (normaliseForComparison(trimmed, true).length < 6) continue;
      // Word for word and letter for letter: a stamp is set the same at every page, where a running head may set
      // the title in capitals over the title itself.
      byKey.set(trimmed, [...(byKey.get(trimmed) ?? []), line]);
    }
    // Content lines before each line, to measure the distance between copies.
    const contentBefore: number[] = [];
    let count = 0;
    for (const line of lines) {
      contentBefore.push(count);
      if (!isBlank(line)) count++;
    }
    // A title repeated as a page's head stays: the title given, or else the line the text opens with.
    const first = lines.find((l) => !isBlank(l));
    const titleKey = ctx.title === undefined ? undefined : normaliseForComparison(ctx.title, true);
    const isTitle = (line: Line): boolean => (titleKey === undefined ? line === first : normaliseForComparison(line.text, true) === titleKey);
    const edits: Edit[] = [];
    for (const copies of byKey.values()) {
      if (copies.length < 2 || copies.some(isTitle)) continue;
      const apart = copies.every((c, i) => i === 0 || contentBefore[c.index]! - contentBefore[copies[i - 1]!.index]! >= MIN_PAGE_LINES);
      if (!apart || !copies.some((c) => breaksSentence(lines, c))) continue;
      const reason = `the same short line at ${copies.length} places a page or more apart, inside a sentence of the text at one of them`;
      for (const c of copies) edits.push({ start: c.start, end: Math.min(c.end + 1, text.length), text: '', ruleId: 'pdf/repeated-stamp', reason });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed repeated stamp “${old.trim()}”`,
};
