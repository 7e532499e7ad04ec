import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, nextContentLine, previousContentLine, splitLines, wordCount } from '../_lines.ts';

/** Most words of a continuation line ("Continued on page 13 →", "(continued overleaf)"). */
const MAX_WORDS = 8;

/**
 * A jump line: "continued" (or "cont'd") on a line of its own, with where the text goes on or
 * came from ("overleaf", "on p. 13", "from page 2", "on next page"), maybe in brackets or with an
 * arrow. Without a place it is a word of the text ("Continued." closing a list stays).
 */
const JUMP =
  /^[([]?\s*(?:continued|cont(?:inued|['’]d)?\.?)\s+(?:overleaf|over|(?:on|from|to)\s+(?:(?:the\s+)?(?:next|following|previous)\s+page|p(?:age|p?\.)?\s*\d{1,4}|page\s+[ivxlc\d]+))\s*[)\]]?\s*[→»›>]?\s*$/iu;

/**
 * Jump lines at a PDF page's foot or head: "(continued overleaf)", "Continued on p. 13 →",
 * "Continued from page 2". Decided by shape: the whole line is the jump, short, with the place
 * the text goes on. Inside a sentence the two halves are joined again.
 */
export const removeJumpLine: Pass = {
  ruleId: 'pdf/continued',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    let reached = -1;
    lines.forEach((line, i) => {
      const t = line.text.trim();
      if (isBlank(line) || wordCount(t) > MAX_WORDS || !JUMP.test(t)) return;
      const above = previousContentLine(lines, i);
      const below = nextContentLine(lines, i);
      const inSentence = above !== undefined && below !== undefined && !SENTENCE_END.test(above.text.trim()) && /^\s*["“‘(]?\p{Ll}/u.test(below.text);
      const edit: Edit =
        inSentence && reached <= above.end
          ? { start: above.end, end: below.start, text: '\n', ruleId: 'pdf/continued', reason: 'a jump line inside a sentence that goes on below' }
          : { start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/continued', reason: 'a jump line at a page’s foot or head' };
      if (edit.start < reached) return;
      edits.push(edit);
      reached = edit.end;
    });
    return edits;
  },
  describe: (_edit, old) => `Removed a jump line (“${old.trim().slice(0, 40)}”)`,
};
