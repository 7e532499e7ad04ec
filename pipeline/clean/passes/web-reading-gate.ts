import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { endWithFollowingBlanks, isBlank, nextContentLine, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { chromeLine } from './_web-chrome.ts';
import { interfaceRuns, isReadingGate } from './_web-interface.ts';

/** Fewest words of a paragraph a gate alone stands between. */
const PARAGRAPH_WORDS = 20;
function isParagraph(line: Line | undefined): boolean {
  return line !== undefined && wordCount(line.text) >= PARAGRAPH_WORDS;
}

/** Most words of a line in a paywall's or gate's run. */
const MAX_GATE_WORDS = 20;

type Kind = 'gate' | 'chrome';
/** The reason web/_web-chrome gives for a paywall's count of free pages. */
const FREE_PAGES = 'a count of free pages';

/**
 * A gate over the rest of a piece kept in a copy of a web page: "Continue reading", "Read the full
 * story", "Weiterlesen", "Lire la suite", "Darllen mwy" as a line of its own, with the paywall's
 * lines around it (a count of free pages, "Already a subscriber? Log in", a button), set apart by
 * blank lines; a paywall's count of free pages alone ("You've read 3 of 5 free articles") is such a
 * gate too. A gate alone goes only between two paragraphs: at the page's end over a list of
 * titles it is that list's label ("Keep reading"), left to the passes that weigh lists. A run of
 * the paywall's lines without such a gate is left to the passes that weigh chrome.
 */
export const removeReadingGate: Pass = {
  ruleId: 'web/reading-gate',
  run(text) {
    const lines = splitLines(text);
    const kindOf = (line: Line): Kind | undefined => {
      const t = line.text.trim();
      // A paywall's count of the reader's free pages ("You've read 3 of 5 free articles this month") stands for its gate.
      if (isReadingGate(t) || (wordCount(t) <= MAX_GATE_WORDS && chromeLine(t) === FREE_PAGES)) return 'gate';
      return wordCount(t) <= MAX_GATE_WORDS && chromeLine(t) !== undefined ? 'chrome' : undefined;
    };
    const edits: Edit[] = [];
    for (const run of interfaceRuns(lines, kindOf, 1)) {
      if (!run.members.some((m) => m.kind === 'gate')) continue;
      const first = run.members[0]!.line;
      const last = run.members.at(-1)!.line;
      // Set apart: a blank line or the page's edge above and below, so no sentence runs through it.
      const above = lines[first.index - 1];
      const below = lines[last.index + 1];
      if ((above && !isBlank(above)) || (below && !isBlank(below))) continue;
      // A gate alone stands between two paragraphs; at the page's end over a list of titles it is the list's label, for the passes that weigh lists.
      const withPaywall = run.members.some((m) => m.kind === 'chrome');
      if (!withPaywall && !(isParagraph(previousContentLine(lines, first.index)) && isParagraph(nextContentLine(lines, last.index)))) continue;
      edits.push({ start: first.start, end: endWithFollowingBlanks(lines, last.index, text.length), text: '', ruleId: 'web/reading-gate', reason: 'a gate over the rest of the piece, set apart' });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed a reading gate (“${old.trim().replace(/\s+/g, ' ').slice(0, 60)}”)`,
};
