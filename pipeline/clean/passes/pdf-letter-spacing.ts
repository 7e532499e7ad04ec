import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';

/**
 * A heading set letter-spaced ("C H A P T E R   I V", "I I I .  D E F E C T S") comes out of a
 * PDF's text layer with a space after every letter and a wider gap between words. A line made
 * only of such runs is closed up: single spaces go, each wider gap becomes one space. The whole
 * line must be single characters, with at least four letters and one run of three or more, so a
 * prose line ("a b" in a list of options, "x and y") is never touched; a run of figures alone
 * ("1 2 3 4", a table's row) is a table, not a word, and stays.
 */
const SPACED_LINE = /^([ \t]*)(\S(?: \S)+(?: {2,}\S(?: \S)*)*)[ \t]*$/gmu;
const LETTER = /\p{L}/gu;

function closeUp(spaced: string): string | undefined {
  const words = spaced.split(/ {2,}/).map((run) => run.split(' ').join(''));
  const letters = spaced.match(LETTER)?.length ?? 0;
  if (letters < 4 || !words.some((word) => word.length >= 3)) return undefined;
  // Every run of characters is a word; a run holding no letter is a figure or a mark standing alone.
  if (!words.some((word) => /\p{L}{3}/u.test(word))) return undefined;
  return words.join(' ');
}

export const closeLetterSpacing: Pass = {
  ruleId: 'pdf/letter-spacing',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(SPACED_LINE)) {
      const spaced = m[2]!;
      const closed = closeUp(spaced);
      if (closed === undefined) continue;
      const start = m.index + m[1]!.length;
      edits.push({ start, end: start + spaced.length, text: closed, ruleId: 'pdf/letter-spacing' });
    }
    return edits;
  },
};
