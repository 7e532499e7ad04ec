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

const HYPHENATED_END = /(\p{L}+)-[ \t]*$/u;
const WORD_START = /^[ \t]*(\p{L}+)/u;

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
      const next = lines[i + 1]!;
      const end = HYPHENATED_END.exec(line.text);
      const start = WORD_START.exec(next.text);
      if (!end || !start || isBlank(next) || /^\s*#/.test(line.text)) continue;
      const hyphenAt = line.start + end.index + end[1]!.length;
      const tailAt = next.start + leadingSpace(next.text);
      const keep = keepsHyphen(end[1]!, start[1]!, ctx);
      edits.push({ start: keep ? hyphenAt + 1 : hyphenAt, end: tailAt, text: '', ruleId: 'pdf/dehyphenate' });
    }
    return edits;
  },
};
