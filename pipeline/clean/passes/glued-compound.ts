import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { isKnown } from '../suspects.ts';

/** Prefixes English always joins with a hyphen ("self-liquidate", "ex-member"). */
const HYPHENATED_PREFIXES = new Set(['self', 'ex', 'all', 'quasi']);
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const UNITS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);

interface Split {
  head: string;
  tail: string;
  joiner: '-' | ' ';
  evidence: number;
}

/** How the document, or English spelling, joins the two halves; undefined when nothing says. */
function joinerFor(head: string, tail: string, attributive: boolean, ctx: PassContext): Omit<Split, 'head' | 'tail'> | undefined {
  const hyphenated = ctx.vocabulary.count(`${head}-${tail}`);
  const spaced = ctx.vocabulary.pairCount(head, tail);
  // Mixed evidence ("the working class", "working-class homes"): English hyphenates the pair before a noun.
  if (hyphenated > 0 && spaced > 0 && attributive) return { joiner: '-', evidence: hyphenated + spaced };
  if (hyphenated > 0 || spaced > 0) return hyphenated >= spaced ? { joiner: '-', evidence: hyphenated } : { joiner: ' ', evidence: spaced };
  const h = head.toLowerCase();
  if (HYPHENATED_PREFIXES.has(h) || (TENS.has(h) && UNITS.has(tail.toLowerCase()))) return { joiner: '-', evidence: 0 };
  return undefined;
}

function isPart(word: string, ctx: PassContext): boolean {
  return word.length >= 2 && (isKnown(word, ctx.speller) || ctx.vocabulary.count(word) >= 3);
}

/**
 * Two words run together where a hyphen or a line end was lost: "selfliquidate",
 * "rulingclass", "PostTrotsky". A word nobody knows is split only where both halves are
 * words and the document (or English spelling, for "self-" and compound numbers) shows how
 * the two are joined; the others stay in the suspect list.
 */
export const splitGluedCompounds: Pass = {
  ruleId: 'ocr/glued-compound',
  run(text, ctx) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(/(?<![\p{L}\p{N}'’\\-])\p{L}{5,}(?![\p{L}\p{N}]|['’-]\p{L})/gu)) {
      const word = m[0];
      if (word === word.toUpperCase() || ctx.vocabulary.count(word) >= 3 || isKnown(word, ctx.speller)) continue;
      const attributive = /^ \p{Ll}/u.test(text.slice(m.index + word.length, m.index + word.length + 2));
      let best: Split | undefined;
      for (let i = 2; i <= word.length - 2; i++) {
        const head = word.slice(0, i);
        const tail = word.slice(i);
        // Only the first half may carry the word's capital; a capital inside marks where the second begins.
        if (/\p{Lu}/u.test(tail.slice(1)) || /\p{Lu}/u.test(head.slice(1))) continue;
        if (!isPart(head, ctx) || !isPart(tail, ctx)) continue;
        const join = joinerFor(head, tail, attributive, ctx);
        if (join && (!best || join.evidence > best.evidence)) best = { head, tail, ...join };
      }
      if (!best) continue;
      const at = m.index + best.head.length;
      edits.push({ start: at, end: at, text: best.joiner, ruleId: 'ocr/glued-compound' });
    }
    return edits;
  },
};
