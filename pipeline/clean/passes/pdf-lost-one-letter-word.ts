import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { previousContentLine, splitLines } from '../_lines.ts';
import { isMarkedBlock } from './_pdf-lines.ts';
import { isKnown } from '../suspects.ts';

/** A line that ends a sentence on a word (not an abbreviation such as "c." or "e.g."). */
const SENTENCE_END_ON_WORD = /\p{Ll}{2,}[.!?]["”’)]?\s*$/u;

/** Auxiliaries and modals: after a lost one-letter word they follow "I", never the article "a". */
const AFTER_I = new Set(['am', 'was', 'have', 'had', 'would', 'could', 'should', 'will', 'shall', 'do', 'did', 'must', 'may', 'might', 'can', 'cannot']);

/**
 * A section or paragraph whose drop cap was a whole word of one letter, "I" or "A", and was
 * lost: the line opens on a lower-case word after a heading or a finished sentence ("… a loss."
 * / "would ask the directors"). Which letter is taken from the document's own pairs: "I went"
 * used elsewhere and "a went" never gives "I"; "a year" and never "I year" gives "A"; an
 * auxiliary ("am", "would") takes "I". With no evidence, or evidence both ways, the line stays.
 */
export const restoreOneLetterWord: Pass = {
  ruleId: 'pdf/drop-cap-word',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    for (const line of lines) {
      const m = /^(\s*)(\p{Ll}+)\b/u.exec(line.text);
      if (!m) continue;
      const word = m[2]!;
      if (word.length < 2 || !isKnown(word, ctx.speller)) continue;
      const previous = previousContentLine(lines, line.index);
      if (previous === undefined) continue;
      const afterHeading = isMarkedBlock(previous.text) && /^#/.test(previous.text.trim());
      const afterSentence = SENTENCE_END_ON_WORD.test(previous.text) && !isMarkedBlock(previous.text);
      if (!afterHeading && !afterSentence) continue;
      const asI = ctx.vocabulary.pairCount('i', word);
      const asA = /^[aeiou]/.test(word) ? 0 : ctx.vocabulary.pairCount('a', word);
      // An auxiliary alone says "I" only in a text that speaks in the first person somewhere: a third-person text's
      // lower-case "was" under a heading left standing goes on from the sentence before it.
      const firstPerson = ctx.vocabulary.count('i') > 0;
      const letter = (asI > 0 || (AFTER_I.has(word) && firstPerson)) && asA === 0 ? 'I' : asA > 0 && asI === 0 ? 'A' : undefined;
      if (!letter) continue;
      const at = line.start + m[1]!.length;
      edits.push({ start: at, end: at, text: `${letter} `, ruleId: 'pdf/drop-cap-word', reason: `a one-letter drop cap lost: the text writes "${letter} ${word}" elsewhere` });
    }
    return edits;
  },
};
