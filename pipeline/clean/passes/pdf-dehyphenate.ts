import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { isBlank, splitLines } from '../_lines.ts';
import { isDictionaryWord } from '../_words.ts';
import { leadingSpace } from './_pdf-lines.ts';

/**
 * Whether a hyphen at a line end belongs to the word. The document's own spelling decides
 * first ("working-class"); then the dictionary: a joined word it knows is joined
 * ("suddenly"), two words it knows apart keep their hyphen ("self-liquidate").
 */
export function keepsHyphen(head: string, tail: string, ctx: PassContext): boolean {
  if (/^\p{Lu}/u.test(tail)) return true;
  if (ctx.vocabulary.count(`${head}-${tail}`) > 0) return true;
  const joined = head + tail;
  if (isDictionaryWord(ctx.speller, joined) || ctx.vocabulary.count(joined) > 0) return false;
  return head.length > 1 && isDictionaryWord(ctx.speller, head) && isDictionaryWord(ctx.speller, tail);
}

/**
 * Closed-class words that English never joins to a neighbour with a hyphen: articles, pronouns,
 * auxiliaries, conjunctions and the prepositions that form no compounds ("in", "on", "up", "by",
 * "off", "out", "over" do: "in-law", "build-up", "by-election", and are left out).
 */
const NEVER_HYPHENATED = new Set(
  'a an the of into onto upon with from for than as and or but nor if though although because unless whether is was were are am be being been has had does did it its he she they we you his her their our your my them him us me this these those which who whom whose what few such not that could would should shall might'.split(
    ' ',
  ),
);
const UNITS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);
const MULTIPLIERS = new Set(['hundred', 'thousand', 'million']);

/**
 * A hyphen at a line end between two whole words that no compound holds: two words that lost the
 * space between them and were then broken at it ("one of the few-" / "documents", "would not
 * hear of-" / "them"). A function word on either side, not itself part of a longer hyphenated
 * run ("mother-in-" / "law", "up-" / "to-date"), or a number before "hundred" ("four-" /
 * "hundred", but "four-hundred-year-old" stays), says so, unless the document itself writes the
 * pair hyphenated. The words go back apart, with a space. Two content words ("goods-" / "train")
 * keep their hyphen: a compound is far likelier there than a double accident.
 */
function lostSpaceAtHyphen(head: string, tail: string, inRun: boolean, ctx: PassContext): boolean {
  if (inRun || ctx.vocabulary.count(`${head}-${tail}`) > 0 || /^\p{Lu}/u.test(tail)) return false;
  // "be-" / "hind", "them-" / "selves": a word broken where its first syllable is a word too.
  const joined = head + tail;
  if (isDictionaryWord(ctx.speller, joined) || ctx.vocabulary.count(joined) > 0) return false;
  const h = head.toLowerCase();
  if (!isDictionaryWord(ctx.speller, head) || !isDictionaryWord(ctx.speller, tail)) return false;
  if (NEVER_HYPHENATED.has(h) || NEVER_HYPHENATED.has(tail)) return true;
  return UNITS.has(h) && MULTIPLIERS.has(tail);
}

/** Blank lines between a word's halves are a page or column break only when the halves make a word, which neither is alone. */
function joinsAcrossBreak(head: string, tail: string, ctx: PassContext): boolean {
  const joined = head + tail;
  if (!isDictionaryWord(ctx.speller, joined) && ctx.vocabulary.count(joined) === 0) return false;
  return !isDictionaryWord(ctx.speller, head) || !isDictionaryWord(ctx.speller, tail);
}

const HYPHENATED_END = /(\p{L}+)-[ \t]*$/u;
const WORD_START = /^[ \t]*(\p{L}+)(-?)/u;

/** The last character before trailing spaces and tabs is a hyphen. */
function endsInHyphen(text: string): boolean {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return end > 0 && text.charCodeAt(end - 1) === 45;
}

/** Joins words hyphenated across a line end: "sud-" / " denly" → "suddenly". */
export const dehyphenate: Pass = {
  ruleId: 'pdf/dehyphenate',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i]!;
      // Most lines do not end in a hyphen; the pattern below would be tried at each of their letters.
      if (!endsInHyphen(line.text)) continue;
      let next = lines[i + 1]!;
      const end = HYPHENATED_END.exec(line.text);
      if (!end || /^\s*#/.test(line.text)) continue;
      if (isBlank(next)) {
        // A page break inside a word ("the econo-" / "" / "my. In Stalin's day"): joined only where the two halves make a word.
        const after = lines.slice(i + 1).find((l) => !isBlank(l));
        const tail = after && /^[ \t]*(\p{Ll}+)/u.exec(after.text)?.[1];
        if (!after || !tail || !joinsAcrossBreak(end[1]!, tail, ctx)) continue;
        next = after;
      }
      const start = WORD_START.exec(next.text);
      if (!start) continue;
      const hyphenAt = line.start + end.index + end[1]!.length;
      const tailAt = next.start + leadingSpace(next.text);
      // A hyphen before the head ("mother-in-") or after the tail ("to-date") makes the pair part of a longer compound.
      const inRun = line.text[end.index - 1] === '-' || start[2] === '-';
      if (lostSpaceAtHyphen(end[1]!, start[1]!, inRun, ctx)) {
        edits.push({ start: hyphenAt, end: tailAt, text: ' ', ruleId: 'pdf/dehyphenate', reason: 'two words glued and broken at the glue' });
        continue;
      }
      const keep = keepsHyphen(end[1]!, start[1]!, ctx);
      edits.push({ start: keep ? hyphenAt + 1 : hyphenAt, end: tailAt, text: '', ruleId: 'pdf/dehyphenate' });
    }
    return edits;
  },
};
