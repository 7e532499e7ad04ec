import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isStrongProse, reasons, weigh } from '../_evidence.ts';
import { SENTENCE_END, isBlank, nextContentLine, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { besidePageNumber, interruptsSentence, isPageNumberLine, startsLowercase, withoutEdgeFolio } from './_pdf-lines.ts';

/** Most words of a running head. */
const MAX_HEAD_WORDS = 8;
/** Fewest words of a shortened title: one word of a title is a heading's or a sentence's as often. */
const MIN_SHORT_WORDS = 2;
/** Content lines at the top that hold the title and the byline, never a running head. */
const FRONT_LINES = 4;
/** Evidence from which a line goes. */
const REMOVE = 4;
/** A page number as its own line, in the styles folios are set in. */
/** A byline at the top: "by" and the name, perhaps after what the piece is ("Interview by …"). */
const BYLINE = /^(?:[\p{L}'’-]+\s+){0,2}by\s+(\p{Lu}[\p{L}.'’ -]{2,60})$/iu;

/** A line's words for comparing: letters and digits, lower case. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
}

/** The words stand together, in order, somewhere in the title's. */
function isRunOf(words: readonly string[], title: readonly string[]): boolean {
  for (let start = 0; start + words.length <= title.length; start++) {
    if (words.every((w, k) => title[start + k] === w)) return true;
  }
  return false;
}

/** The piece's title: the front matter's, or the first content line of a text that came without one. */
function titleWords(lines: readonly Line[], title: string | undefined): string[] {
  if (title !== undefined) return wordsOf(title);
  const first = lines.find((line) => !isBlank(line));
  return first === undefined || SENTENCE_END.test(first.text.trim()) || isStrongProse(first.text) ? [] : wordsOf(first.text);
}

/** The author's name: the front matter's, or the name a byline at the top gives. */
function authorWords(lines: readonly Line[], author: string | undefined): string[] {
  if (author !== undefined && author.trim() !== '') return wordsOf(author);
  for (const line of lines.filter((l) => !isBlank(l)).slice(0, FRONT_LINES)) {
    const m = BYLINE.exec(line.text.trim());
    if (m) return wordsOf(m[1]!);
  }
  return [];
}

/**
 * Alternating running heads as books set them: a shortened title over odd pages ("Keeper of
 * the Papers" over "The Keeper of the County Papers"), the author's name over even ones. A
 * page may carry a head once, so repetition is no evidence here; the words are (a run of the
 * title's words, two or more, or the author's name as the front matter or the byline gives
 * it) with the place: beside a page number on its own line, or between two halves of a
 * sentence, or with a page number at the edge of its own line; the page number goes with it. A section heading made of the title's words stands between sentences, the next
 * opening in capitals, and stays; so does the author's name in the text's flow.
 */
export const removeShortRunningHead: Pass = {
  ruleId: 'pdf/short-running-head',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    const title = titleWords(lines, ctx.title);
    const author = authorWords(lines, ctx.author);
    if (title.length < MIN_SHORT_WORDS && author.length < 2) return edits;
    let content = 0;
    let reached = 0;
    for (const line of lines) {
      if (isBlank(line) || ++content <= FRONT_LINES) continue;
      // A page number on the head's own line, at its outer edge ("xii      HELEN MARSH"), is as good as one beside it.
      const withoutFolio = withoutEdgeFolio(line.text);
      const trimmed = withoutFolio ?? line.text.trim();
      if (wordCount(trimmed) > MAX_HEAD_WORDS || /[.,;:!?"”’)]$/.test(trimmed)) continue;
      const words = wordsOf(trimmed);
      // The whole title as a running head is pdf/page-furniture's.
      const short = words.length >= MIN_SHORT_WORDS && words.length < title.length && isRunOf(words, title);
      const named = author.length >= 2 && words.length === author.length && words.every((w, k) => w === author[k]);
      if (!short && !named) continue;
      const above = lines[line.index - 1];
      const below = lines[line.index + 1];
      const besideNumber = withoutFolio !== undefined || besidePageNumber(lines, line.index);
      const before = previousContentLine(lines, line.index);
      const after = nextContentLine(lines, line.index);
      const cut = interruptsSentence(lines, line.index);
      const betweenSentences = before !== undefined && SENTENCE_END.test(before.text.trim()) && after !== undefined && !startsLowercase(after.text);
      const evidence = weigh([
        short && { weight: 2, reason: "a run of the title's words" },
        named && { weight: 2, reason: "the author's name" },
        besideNumber && { weight: 2, reason: 'beside a page number' },
        cut && { weight: 2, reason: 'a sentence goes on past it' },
        betweenSentences && !besideNumber && { weight: -2, reason: 'between sentences, as a heading stands' },
      ]);
      if (evidence.score < REMOVE) continue;
      // The page number beside the head goes with it: without the head, a bare number (a roman one, a dashed one) has nothing to show it is a folio.
      const first = isPageNumberLine(above) && above.start >= reached ? above : line;
      const last = isPageNumberLine(below) ? below : line;
      if (first.start < reached) continue;
      edits.push({ start: first.start, end: Math.min(last.end + 1, text.length), text: '', ruleId: 'pdf/short-running-head', reason: reasons(evidence) });
      reached = last.end + 1;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed running head “${old.trim()}”`,
};
