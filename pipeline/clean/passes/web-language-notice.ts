import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, splitLines } from '../_lines.ts';
import { endKeepingSeparation } from './_web-lines.ts';
import { isLanguageNotice } from './_web-vocabulary.ts';
import { namesTranslator } from './_web-front-evidence.ts';
import { firstParagraph } from './web-navigation.ts';

/**
 * A notice that the page exists in another language ("This page in Welsh", "Click here for
 * the Greek version"), standing before the article's first paragraph: a short line naming a
 * language with a word of the offer (version, translation, page, a separator), no sentence of the
 * piece. Later in the text such a line may be the piece's own, and stays.
 */
export const removeLanguageNotice: Pass = {
  ruleId: 'web/language-notice',
  run(text, ctx) {
    const lines = splitLines(text);
    const content = lines.filter((line) => !isBlank(line));
    const start = firstParagraph(content);
    const edits: Edit[] = [];
    for (const line of content.slice(0, Math.max(start, 0))) {
      if (!isLanguageNotice(line.text)) continue;
      // "Translated from the Welsh by Ann Hale": the translator's credit, which the piece keeps (see namesTranslator).
      if (namesTranslator(line.text, ctx)) {
        ctx.keep(line.start, line.text.trim(), "a translator's credit before the text: the piece's own attribution");
        continue;
      }
      // A notice set directly under the title leaves the blank line below it, so the title does not close up on what follows.
      edits.push({ start: line.start, end: endKeepingSeparation(lines, line.index, text.length), text: '', ruleId: 'web/language-notice', reason: 'names another language’s version of the page, before the text' });
    }
    return edits;
  },
};
