import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { splitBlocks, splitLines, type Line } from '../_lines.ts';
import { endsInHardBreak } from './_pdf-lines.ts';
import { ENDS_ON_ARTICLE_OR_PREPOSITION } from './_pdf-verse-lines.ts';

/**
 * Longest line a web page's verse is taken to hold: a paragraph of prose runs on one line far
 * beyond it, so a block with such a line is a heading or a caption set over its text.
 */
const MAX_VERSE_LINE = 100;

/** Markdown an earlier pass wrote at a line's start (a heading, a list item, a quotation, a table row), or a hard break at its end. */
function isMarked(text: string): boolean {
  return /^\s*(?:#{1,6} |[-*+] |\d{1,3}[.)] |> |\|)/.test(text) || endsInHardBreak(text);
}

/**
 * A web page sets each paragraph on one line; lines that follow one another with no blank line
 * between were broken by the page itself (a `<br>` in a poem, a song, an address, a letter's
 * close), and Markdown would run them together into one paragraph. A block of such lines keeps
 * its breaks when every line is short of a paragraph, none is already Markdown, and each after
 * the first opens on a capital, as a verse line does: a text hard-wrapped at the margin goes on
 * in lower case, and stays as it is.
 */
function isVerseBlock(block: readonly Line[]): boolean {
  if (block.length < 2) return false;
  const texts = block.map((line) => line.text.trim());
  if (texts.some((text) => text.length > MAX_VERSE_LINE || isMarked(text))) return false;
  // A capital after an article or a preposition is a name in a sentence the margin broke ("… sung at the" / "National Eisteddfod …").
  return texts.slice(1).every((text, k) => /^["“‘'(]?\p{Lu}/u.test(text) && !ENDS_ON_ARTICLE_OR_PREPOSITION.test(texts[k]!));
}

/**
 * Verse keeps its lines on a web page: the lines of a stanza (or of an address, or a letter's
 * close) end in Markdown hard breaks, so the EPUB and the PDF set them as the page did.
 */
export const keepWebVerseLines: Pass = {
  ruleId: 'web/verse',
  run(text) {
    const edits: Edit[] = [];
    for (const block of splitBlocks(splitLines(text))) {
      if (!isVerseBlock(block)) continue;
      for (const line of block.slice(0, -1)) {
        const end = line.start + line.text.trimEnd().length;
        edits.push({ start: end, end: line.end, text: '\\', ruleId: 'web/verse' });
      }
    }
    return edits;
  },
};
