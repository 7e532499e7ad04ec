import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, previousContentLine, splitLines } from '../_lines.ts';
import { isMarkedBlock } from './_pdf-lines.ts';
import { bestCapital } from './pdf-drop-cap.ts';

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
      const m = /^(\s*["“‘]?)(\p{Lu}{3,})(?=[ ,;:]+["“‘(]?(\p{Ll}+))/u.exec(line.text);
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
        const capital = bestCapital(lower, m[3] ?? '', false, ctx);
        if (capital) repaired = capital + lower;
      }
      if (repaired && repaired !== word) edits.push({ start: at, end: at + word.length, text: repaired, ruleId: 'pdf/small-caps', reason: 'first word in small capitals' });
    }
    return edits;
  },
};
