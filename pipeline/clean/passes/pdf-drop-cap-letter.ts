import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { PLACE_AND_DATE_LINE, isBlank, splitLines, type Line } from '../_lines.ts';
import { isAllCaps, isDateline, leadingSpace } from './_pdf-lines.ts';

/** Capitals that are words by themselves: as a drop cap they may open a paragraph alone. */
const ONE_LETTER_WORDS = new Set(['A', 'I', 'O']);

/** How many lines a detached capital may sit above its paragraph (blank lines, dateline, subhead). */
const REACH = 8;

/** The first line of body text below a detached capital, past blank lines, a dateline (a place and date too) and a subhead in capitals. */
function paragraphBelow(lines: readonly Line[], index: number): Line | undefined {
  for (let i = index + 1; i < lines.length && i <= index + REACH; i++) {
    const line = lines[i]!;
    // A letter's place and date ("Whitby, 2 August 1911") stands between the capital and its salutation as a dateline does.
    if (isBlank(line) || isDateline(line.text) || PLACE_AND_DATE_LINE.test(line.text) || /^\s*\d{4}\s*$/.test(line.text) || isAllCaps(line.text)) continue;
    return line;
  }
  return undefined;
}

/**
 * A drop cap the extraction set on a line of its own, above the dateline or subhead:
 * "T" / "August 1991" / "he system Stalin built". The letter goes back to its word. When
 * the paragraph below does not start with the rest of a word, the letter is all that is
 * left of a lost opening, and goes.
 */
export const reattachDropCap: Pass = {
  ruleId: 'pdf/drop-cap',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    for (const line of lines) {
      const letter = line.text.trim();
      if (!/^["“‘]?\p{Lu}$/u.test(letter)) continue;
      const capital = letter.slice(-1);
      let below = paragraphBelow(lines, line.index);
      if (!below) continue;
      // A letter's address may stand between the capital and the salutation it opens ("S" / "To the Editor …" / "ir,"):
      // the line under a capitalised line, opening on a word's tail that the capital completes, is its paragraph.
      const under = lines[below.index + 1];
      const tail = under === undefined ? '' : (/^\p{Ll}+/u.exec(under.text.slice(leadingSpace(under.text)))?.[0] ?? '');
      if (/^\s*["“‘]?\p{Lu}\p{Ll}/u.test(below.text) && tail !== '' && ctx.isKnownWord(capital + tail)) below = under!;
      const rest = /^\p{L}+/u.exec(below.text.slice(leadingSpace(below.text)))?.[0] ?? '';
      const startsWithRest = rest !== '' && (rest === rest.toLowerCase() || rest === rest.toUpperCase());
      if (!startsWithRest) continue;
      const removeLetterLine = { start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/drop-cap' };
      const at = below.start + leadingSpace(below.text);
      const joins = ctx.isKnownWord(capital + rest.toLowerCase()) || ctx.isKnownWord(capital + rest);
      // "A" / "typical day": both "Atypical" and "A typical" read. The separate reading keeps the text's words, and
      // wins unless the document itself uses the joined word elsewhere at least as often as the rest alone ("About").
      // A word the capital does not complete, misread or glued by the extraction ("I" / "woald ask"), still follows a
      // one-letter word: the letter is the word, not what is left of a lost opening.
      const standsAlone = ONE_LETTER_WORDS.has(capital) && rest === rest.toLowerCase() && (ctx.isKnownWord(rest) || !joins);
      const prefersJoined = !standsAlone || ctx.vocabulary.count(capital + rest) > ctx.vocabulary.count(rest) - 1;
      if (joins && prefersJoined) {
        edits.push(removeLetterLine, { start: at, end: at, text: letter, ruleId: 'pdf/drop-cap', reason: 'drop cap set on a line of its own' });
      } else if (standsAlone) {
        // "I" / "shall be home", "A" / "lock-keeper was given": the drop cap is a word of its own.
        edits.push(removeLetterLine, { start: at, end: at, text: `${letter} `, ruleId: 'pdf/drop-cap', reason: 'a one-letter word set as a drop cap' });
      } else {
        edits.push({ ...removeLetterLine, reason: 'stray drop cap: the opening of its paragraph is missing from the text' });
      }
    }
    return edits;
  },
};
