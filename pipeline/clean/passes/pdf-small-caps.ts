import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, previousContentLine, splitLines } from '../_lines.ts';
import { isMarkedBlock } from './_pdf-lines.ts';
import { bestCapital, isSalutation } from './pdf-drop-cap.ts';
import { perMillion } from '../_frequency.ts';
import type { PassContext } from '../_context.ts';

/**
 * Words that open sentences and stand for nothing in capitals: set so at a paragraph's opening
 * they are its first word in small capitals, even of two letters and before a name. "IT" and
 * "US" are left out: both are acronyms too.
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['the', 'in', 'by', 'my', 'at', 'on', 'to', 'if', 'as', 'no', 'so', 'we', 'he', 'of', 'or', 'an', 'for', 'but', 'and', 'our', 'his', 'her', 'this', 'that', 'when', 'then', 'there', 'she', 'they', 'one', 'from', 'with', 'after', 'once']);

/** Uses per million words of English at which a word made from two capitals counts as common enough to be meant ("NE" → "One", "OT" → "Not"; not "US" → "Bus"). */
const COMMON_SHORT_WORD = 1000;

/**
 * A section's first word in small capitals that lost its drop cap and stands before a name or
 * a word that is no sentence's start in capitals ("GNES Pollard started", "EAREST Lydia,",
 * "NE reading room"): letters that are no word, no acronym the text uses elsewhere, and that a
 * capital makes a word. Two letters say little: only a word English uses very often is made.
 */
function lostCapital(text: string, ctx: PassContext): RegExpExecArray | null {
  const m = /^(\s*["“‘]?)(\p{Lu}{2,})(?=[ ,;:]+["“‘(]?(\p{Lu}?\p{Ll}+))/u.exec(text);
  if (!m) return null;
  const lower = m[2]!.toLowerCase();
  if (ctx.speller.correct(lower) || (ctx.vocabulary.isAcronym(m[2]!) && ctx.vocabulary.count(m[2]!) > 1)) return null;
  const capital = bestCapital(lower, m[3]!, false, ctx);
  if (capital === undefined) return null;
  if (lower.length < 3 && perMillion(capital.toLowerCase() + lower) < COMMON_SHORT_WORD) return null;
  return m;
}

/**
 * A section's first word set in small capitals after its drop cap comes out in capitals:
 * "EARLY in the spring", or, with the drop cap lost, "ARLY in the spring". At the opening of a
 * paragraph, a word in capitals followed by running text is written as a word again when the
 * dictionary or the document knows it, with its lost capital put back when the letters alone
 * are no word. An acronym ("NATO") is neither, and stays; two letters ("US", "IT") say too little.
 */
export const repairSmallCaps: Pass = {
  ruleId: 'pdf/small-caps',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    for (const line of lines) {
      // A word that opens sentences and is no one's acronym is a word before a name too ("THE Sturts kept", "IN the
      // winter"); before another word in capitals the line may be set in capitals throughout, and stays.
      const opener = /^(\s*["“‘]?)(\p{Lu}{2,5})(?=[ ,;:]+["“‘(]?\p{L}?\p{Ll})/u.exec(line.text);
      const m =
        opener && SENTENCE_OPENERS.has(opener[2]!.toLowerCase())
          ? opener
          : (/^(\s*["“‘]?)(\p{Lu}{3,})(?=[ ,;:]+["“‘(]?(\p{Ll}+))/u.exec(line.text) ?? lostCapital(line.text, ctx));
      if (!m) continue;
      const previous = previousContentLine(lines, line.index);
      const opens = previous === undefined || isBlank(lines[line.index - 1]) || isMarkedBlock(previous.text);
      if (!opens) continue;
      const word = m[2]!;
      const lower = word.toLowerCase();
      const at = line.start + m[1]!.length;
      let repaired: string | undefined;
      if (ctx.speller.correct(lower)) repaired = word[0] + lower.slice(1);
      else {
        const capital = bestCapital(lower, m[3] ?? '', false, ctx, isSalutation(lines, line));
        if (capital) repaired = capital + lower;
      }
      if (repaired && repaired !== word) edits.push({ start: at, end: at + word.length, text: repaired, ruleId: 'pdf/small-caps', reason: 'first word in small capitals' });
    }
    return edits;
  },
};
