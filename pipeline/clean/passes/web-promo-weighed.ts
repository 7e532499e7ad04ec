import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { offerEvidence as weigh, topicWords } from './_web-offer.ts';

/** Most words of one line of a promotion, and most lines of its box. */
const MAX_LINE_WORDS = 20;
const MAX_BOX_LINES = 6;
/** A paragraph of the piece around it: a block of this many words or more. */
const PARAGRAPH_WORDS = 20;
/** The weight a block needs to go. */
const THRESHOLD = 4;
/** Most of a block's topic words the paragraphs around it may share: a heading or a real line shares many. */
const MAX_SHARED = 0.34;

/** A block that may be a box: short lines, none going on from another, quoted, or ending on a comma. */
function boxShaped(block: readonly Line[]): boolean {
  return (
    block.length <= MAX_BOX_LINES &&
    block.every(
      (l) =>
        wordCount(l.text) <= MAX_LINE_WORDS &&
        // A line in brackets whole is a box's label or button ("[ Sign up ]"); one opening on a bracket and going on is text.
        (!/^\s*[\p{Ll}"“‘'([]/u.test(l.text) || /^\s*[[(][^\])]{1,30}[\])]\s*$/u.test(l.text)) &&
        !/[,;:]\s*$/.test(l.text),
    )
  );
}

const words = (block: readonly Line[] | undefined): number => (block ? block.reduce((n, l) => n + wordCount(l.text), 0) : 0);

/**
 * A site's offer set apart between two paragraphs of the piece, weighed rather than matched: a
 * short block (one to four short lines) that does not go on with the piece's topic (few of its
 * topic words occur in the paragraphs around it, where a real heading or line shares many) and
 * carries weights of a site's offer — site and offer words (subscribe, podcast, tickets,
 * members, free, today …), the reader addressed, an imperative or an exclamation, a link's arrow
 * or chevron, capitals. It goes only with strong evidence (a site word, two offer words or a
 * link marker) and enough weight; anything less stays.
 */
export const removeWeighedPromotion: Pass = {
  ruleId: 'web/weighed-promotion',
  run(text) {
    const blocks = splitBlocks(splitLines(text));
    const edits: Edit[] = [];
    for (let b = 1; b + 1 < blocks.length; b++) {
      const block = blocks[b]!;
      // A question on its own line is the piece's (an interviewer's, a speaker's), not an offer.
      if (!boxShaped(block) || (block.length === 1 && /\?["'”’]?\s*$/.test(block[0]!.text))) continue;
      const before = blocks[b - 1]!;
      // Between two paragraphs of the piece (a box of its own may stand next to it).
      const prev = words(before) >= PARAGRAPH_WORDS ? before : words(blocks[b - 2]) >= PARAGRAPH_WORDS && boxShaped(before) ? blocks[b - 2] : undefined;
      const next = words(blocks[b + 1]) >= PARAGRAPH_WORDS ? blocks[b + 1] : words(blocks[b + 2]) >= PARAGRAPH_WORDS && boxShaped(blocks[b + 1]!) ? blocks[b + 2] : undefined;
      if (!prev || !next || /:\s*$/.test(before.at(-1)!.text)) continue;
      const { score, strong, reasons } = weigh(block);
      if (!strong || score < THRESHOLD) continue;
      const own = new Set(topicWords(block.map((l) => l.text).join(' ')));
      const around = new Set(topicWords([...prev, ...next].map((l) => l.text).join(' ')));
      const shared = [...own].filter((w) => around.has(w)).length;
      if (own.size && shared / own.size > MAX_SHARED) continue;
      edits.push({
        start: block[0]!.start,
        end: blocks[b + 1]![0]!.start,
        text: '',
        ruleId: 'web/weighed-promotion',
        reason: `a site's offer set apart between paragraphs (weight ${score}: ${reasons.join(', ')}; ${shared} of ${own.size} topic words shared with the paragraphs around it)`,
      });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed promotion “${old.trim().replace(/\s+/g, ' ')}”`,
};
