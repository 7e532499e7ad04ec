import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { isDictionaryWord } from '../_words.ts';
import { isBlank, nextContentLine, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { NUMBERED_HEADING, endsSentence, isAllCaps, isDateline, isMarkedBlock, leadingSpace } from './_pdf-lines.ts';
import { ARTICLES, POSSESSIVES, PREPOSITIONS, COORDINATORS, endsOnWord } from '../_function-words.ts';

/** Most lines a picture's caption runs to between its blank lines. */
const MAX_LINES = 2;
/** Most words of such a caption: a longer block is a paragraph of its own. */
const MAX_WORDS = 14;
/**
 * Share of the running text's lines around it that each of its lines stays under: a caption
 * is set short, and a full line between blank lines is a line of the text whose page furniture
 * was taken out around it.
 */
const SHORTER_THAN_TEXT = 0.8;
/** Fewest words of the lines around it for them to be running text (not a heading, a label or a line of verse). */
const PROSE_WORDS = 5;

const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Words no sentence ends on: an article, a preposition that wants its object, a conjunction, a possessive. */
const OPEN_END = endsOnWord(ARTICLES, PREPOSITIONS, ['into'], COORDINATORS, POSSESSIVES, ['whose']);

/** The line above stops in the middle of its sentence: no stop, colon or semicolon, no label, heading or verse. */
function isUnfinished(line: Line): boolean {
  const trimmed = line.text.trim();
  return (
    wordCount(trimmed) >= PROSE_WORDS &&
    !endsSentence(trimmed) &&
    !/[:;,]$/.test(trimmed) &&
    !isAllCaps(trimmed) &&
    !NUMBERED_HEADING.test(trimmed) &&
    !isDateline(trimmed) &&
    !isMarkedBlock(trimmed) &&
    leadingSpace(line.text) < 4
  );
}

/**
 * The line below goes on with the sentence: it opens in lower case on a whole word, one that
 * no capital before it would turn into another word. A paragraph that lost its drop cap opens
 * on a word's tail ("hen the county", "arly in the spring"), and a heading may stand above
 * that; a whole word such as "closed" or "councillors" was never a drop cap's remainder.
 * After a line that ends in a hyphen, or on a word no sentence ends on ("half the"), any
 * lower-case word goes on with it: no paragraph, its stop lost or not, ends so.
 */
function continuesSentence(line: Line, openAbove: boolean, ctx: PassContext): boolean {
  const trimmed = line.text.trim();
  if (wordCount(trimmed) < PROSE_WORDS || leadingSpace(line.text) >= 4) return false;
  const word = /^["“‘']?(\p{Ll}+)/u.exec(trimmed)?.[1];
  if (word === undefined) return false;
  if (openAbove) return true;
  if (!isDictionaryWord(ctx.speller, word) && !ctx.isKnownWord(word)) return false;
  return ![...CAPITALS].some((capital) => ctx.isKnownWord(capital + word));
}

/** A caption's lines: opens with a capital, ends on no stop, short, no heading number, capitals or date of a section. */
function isCaptionShaped(lines: readonly Line[]): boolean {
  const text = lines.map((l) => l.text.trim()).join(' ');
  return (
    /^["“‘']?\p{Lu}/u.test(text) &&
    !/^["“‘']?\p{Lu}$/u.test(text) &&
    !/[.,;!?"”’]$/.test(text) &&
    wordCount(text) <= MAX_WORDS &&
    !/[.!?]["”’]?\s+["“‘']?\p{Lu}/u.test(text) &&
    !isAllCaps(text) &&
    !NUMBERED_HEADING.test(text) &&
    !isDateline(text) &&
    lines.every((l) => !isMarkedBlock(l.text) && leadingSpace(l.text) < 4 && !/[,;:]$/.test(l.text.trim()))
  );
}

/**
 * A picture's caption of a line or two set apart by blank lines in the middle of a sentence:
 * the line above stops without ending its sentence, and the line below carries it on in lower
 * case with a whole word (or the tail of a word hyphenated above). The sentence resuming after
 * the block is the evidence, not the caption's wording: no paragraph opens in lower case, and a
 * heading there would stand above a paragraph that lost its drop cap, which opens on a word's
 * tail and is left alone. The caption and its blank lines go; the sentence closes up.
 */
export const removeSetApartCaption: Pass = {
  ruleId: 'pdf/caption-set-apart',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    for (let i = 1; i < lines.length; i++) {
      const first = lines[i]!;
      if (isBlank(first) || !isBlank(lines[i - 1])) continue;
      let last = i;
      while (last + 1 < lines.length && !isBlank(lines[last + 1]) && last - i + 1 < MAX_LINES) last++;
      if (!isBlank(lines[last + 1])) continue;
      const block = lines.slice(i, last + 1);
      const before = previousContentLine(lines, i);
      const after = nextContentLine(lines, last);
      if (!before || !after || !isCaptionShaped(block) || !isUnfinished(before)) continue;
      // Extractions mix measures: a caption's line is short beside both lines of the sentence around it.
      const measure = Math.min(before.text.trim().length, after.text.trim().length);
      if (block.some((l) => l.text.trim().length >= measure * SHORTER_THAN_TEXT)) continue;
      const open = /\p{Ll}-$/u.test(before.text.trim()) || OPEN_END.test(before.text.trim().slice(-9));
      if (!continuesSentence(after, open, ctx)) continue;
      edits.push({ start: before.end, end: after.start, text: '\n', ruleId: 'pdf/caption-set-apart' });
      i = last;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption “${old.trim()}” set apart in the middle of a sentence`,
};
