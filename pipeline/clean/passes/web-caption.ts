import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { splitBlocks, splitLines, wordCount } from '../_lines.ts';
import { isDateLine, isProse, isTitleLike } from './_web-lines.ts';

const MAX_CAPTION_WORDS = 8;

/**
 * A photo caption: a short line with no final punctuation glued to the next paragraph
 * without a blank line. The photo is not in the text, so the caption leaves the flow.
 */
export const removeWebCaption: Pass = {
  ruleId: 'web/caption',
  run(text) {
    const edits: Edit[] = [];
    for (const block of splitBlocks(splitLines(text))) {
      const [caption, next] = block;
      if (!caption || !next) continue;
      if (!isTitleLike(caption.text) || wordCount(caption.text) > MAX_CAPTION_WORDS || caption.text.length * 2 > next.text.length || /^\s*[•▪●]/.test(caption.text)) continue;
      if (isDateLine(next.text) || !isProse(next.text)) continue;
      edits.push({ start: caption.start, end: next.start, text: '', ruleId: 'web/caption' });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed photo caption “${old.trim()}” from the text flow`,
};
