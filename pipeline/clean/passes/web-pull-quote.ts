import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, endWithFollowingBlanks, splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';

/** Fewest words a repeat must share with its original: a set phrase repeats by chance, a sentence does not. */
const MIN_WORDS = 8;
/** Most words of a pull quote: a sentence or two set apart, never a paragraph. */
const MAX_WORDS = 50;
/** Most lines of a pull quote's block (its speaker's line included). */
const MAX_LINES = 4;
/** Words by which the paragraph holding the original must outrun the quote: the original stands inside running text. */
const MIN_HOST_EXTRA = 6;
/** Share of the quote's words that must stand, in order, in the original (an ellipsis, a word changed, a clause dropped). */
const MATCHED = 0.85;
/** Words the original may hold between two of the quote's: a clause the quote dropped. */
const INSERTED = 12;
/** Places a word triple may stand in before it is too common to point at one original. */
const MAX_TRIPLE_PLACES = 40;
/** Most words of a speaker's line under a quote ("— Ellen Marsh, ferry passenger"). */
const MAX_SPEAKER_WORDS = 8;

/** A speaker's line under a quote: a dash, then a name or a role. */
const SPEAKER = /^\s*(?:[—–]|--)\s*\p{L}/u;

interface Token {
  word: string;
  block: number;
}

/** A block's words in lower case, with quotes, dashes and ellipses gone (a compound's hyphen joins its halves). */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:-[\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/-/g, '').replace(/’/g, "'"));
}

/** The longest common subsequence's length of two short word lists. */
function commonLength(a: readonly string[], b: readonly string[]): number {
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  return table[0]!;
}

/**
 * A pull quote in a web page: a sentence of the article set again between two paragraphs, as a
 * short block of its own, to catch the eye (in quotation marks or not, cut short with an
 * ellipsis, a speaker's line under it). It is known by repetition, not by shape: its words stand,
 * in order and nearly all, inside a longer paragraph of the same page. The repeat goes; the
 * paragraph that holds the original stays whole. A quotation the author sets out once has no
 * second copy and stays; so does one a line ending on a colon introduces (the text quotes it,
 * then discusses it), and a short line ending no sentence (a heading may take up a phrase).
 */
export const removeWebPullQuote: Pass = {
  ruleId: 'web/pull-quote',
  run(text, ctx) {
    const lines = splitLines(text);
    const blocks = splitBlocks(lines);
    const all: Token[] = [];
    const firstToken: number[] = [];
    const blockWords: number[] = [];
    blocks.forEach((block, b) => {
      firstToken.push(all.length);
      const words = wordsOf(block.map((l) => l.text).join(' '));
      for (const word of words) all.push({ word, block: b });
      blockWords.push(words.length);
    });
    firstToken.push(all.length);
    const at = new Map<string, number[]>();
    for (let k = 0; k + 2 < all.length; k++) {
      if (all[k]!.block !== all[k + 2]!.block) continue;
      const key = `${all[k]!.word} ${all[k + 1]!.word} ${all[k + 2]!.word}`;
      const list = at.get(key);
      if (list) list.push(k);
      else at.set(key, [k]);
    }
    // The first paragraph of running text: a pull quote stands after the article has begun.
    const firstParagraph = blocks.findIndex((block) => block.length <= MAX_LINES && wordCount(block.map((l) => l.text).join(' ')) >= 25 && SENTENCE_END.test(block.at(-1)!.text.trim()));
    const edits: Edit[] = [];
    for (let b = Math.max(1, firstParagraph + 1); b < blocks.length - 1; b++) {
      const block = blocks[b]!;
      if (block.length > MAX_LINES) continue;
      // A speaker's line under the quote, in the block or as the next block, goes with it.
      let quoteLines: Line[] = block;
      let speaker: Line | undefined;
      const lastLine = block.at(-1)!;
      if (block.length > 1 && SPEAKER.test(lastLine.text) && wordCount(lastLine.text) <= MAX_SPEAKER_WORDS) {
        speaker = lastLine;
        quoteLines = block.slice(0, -1);
      }
      const quote = quoteLines.map((l) => l.text.trim()).join(' ');
      const own = wordsOf(quote);
      if (own.length < MIN_WORDS || own.length > MAX_WORDS) continue;
      // The original: a longer block whose words hold this one's; triples of the quote vote for where it starts.
      const starts = new Map<number, number>();
      for (let n = 0; n + 2 < own.length; n++) {
        const places = at.get(`${own[n]} ${own[n + 1]} ${own[n + 2]}`);
        if (!places || places.length > MAX_TRIPLE_PLACES) continue;
        for (const p of places) {
          const host = all[p]!.block;
          if (host === b || blockWords[host]! < own.length + MIN_HOST_EXTRA) continue;
          starts.set(p - n, (starts.get(p - n) ?? 0) + 1);
        }
      }
      let host: number | undefined;
      for (const [guess] of [...starts].sort((x, y) => y[1] - x[1]).slice(0, 3)) {
        const hostBlock = all[Math.max(0, Math.min(all.length - 1, guess))]!.block;
        // A start guessed from a triple near a block's head may fall before that block, into the quote's own block
        // (directly above it) or a short one: the original must stand in another, longer block.
        if (hostBlock === b || blockWords[hostBlock]! < own.length + MIN_HOST_EXTRA) continue;
        const lo = Math.max(firstToken[hostBlock]!, guess - INSERTED);
        const hi = Math.min(firstToken[hostBlock + 1]!, guess + own.length + INSERTED);
        const window = all.slice(lo, hi).map((t) => t.word);
        if (commonLength(own, window) >= own.length * MATCHED) {
          host = hostBlock;
          break;
        }
      }
      if (host === undefined) continue;
      const where = quoteLines[0]!.start;
      // Introduced by a colon, the words are the text's own quotation, set out before it goes on to them.
      const above = blocks[b - 1]!.at(-1)!.text.trim();
      if (/:["”’]?$/.test(above)) {
        ctx.keep(where, quote, 'a sentence the page holds elsewhere, set apart, but introduced by a colon: the text quotes it');
        continue;
      }
      // A speaker's line standing alone under the quote is the quote's too.
      const next = blocks[b + 1]!;
      const alone = !speaker && next.length === 1 && SPEAKER.test(next[0]!.text) && wordCount(next[0]!.text) <= MAX_SPEAKER_WORDS && b + 2 < blocks.length;
      // One line ending no sentence, not cut short and with no speaker may be a heading that takes up a phrase of the text.
      if (!speaker && !alone && !SENTENCE_END.test(quote) && !/[”"’]$/.test(quote) && !/^["“‘']?(?:…|\.\.\.)/u.test(quote)) {
        ctx.keep(where, quote, 'a phrase the page holds elsewhere, on a line that ends no sentence: a heading may repeat it');
        continue;
      }
      const last = alone ? next[0]! : block.at(-1)!;
      edits.push({ start: block[0]!.start, end: endWithFollowingBlanks(lines, last.index, text.length), text: '', ruleId: 'web/pull-quote', reason: 'a sentence of the article set again between paragraphs' });
      if (alone) b++;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed pull quote “${old.trim().replace(/\s*\n\s*/g, ' ').slice(0, 80)}”, a sentence the page holds already`,
};
