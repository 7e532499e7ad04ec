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
function keepsHyphen(head: string, tail: string, ctx: PassContext): boolean {
  if (/^\p{Lu}/u.test(tail)) return true;
  if (ctx.vocabulary.count(`${head}-${tail}`) > 0) return true;
  const joined = head + tail;
  if (isDictionaryWord(ctx.speller, joined) || ctx.vocabulary.count(joined) > 0) return false;
  return head.length > 1 && isDictionaryWord(ctx.speller, head) && isDictionaryWord(ctx.speller, tail);
}

/** Joins words hyphenated across a line end: "sud-" / " denly" → "suddenly". */
export const dehyphenate: Pass = {
  ruleId: 'pdf/dehyphenate',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i]!;
      const next = lines[i + 1]!;
      const end = /(\p{L}+)-[ \t]*$/u.exec(line.text);
      const start = /^[ \t]*(\p{L}+)/u.exec(next.text);
      if (!end || !start || isBlank(next) || /^\s*#/.test(line.text)) continue;
      const hyphenAt = line.start + end.index + end[1]!.length;
      const tailAt = next.start + leadingSpace(next.text);
      const keep = keepsHyphen(end[1]!, start[1]!, ctx);
      edits.push({ start: keep ? hyphenAt + 1 : hyphenAt, end: tailAt, text: '', ruleId: 'pdf/dehyphenate' });
    }
    return edits;
  },
};
