import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, nextContentLine, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { NUMBERED_HEADING, endsSentence, isAllCaps, isDateline, leadingSpace, localLineLengths, startsLowercase } from './_pdf-lines.ts';

/** Lines that are complete in themselves although they end without a stop. */
function isStandaloneLabel(text: string): boolean {
  const trimmed = text.trim();
  return isDateline(trimmed) || /^\d{4}$/.test(trimmed) || NUMBERED_HEADING.test(trimmed) || isAllCaps(trimmed) || /^["“‘]?\p{Lu}$/u.test(trimmed);
}

function couldBeCaption(line: Line): boolean {
  const trimmed = line.text.trim();
  return (
    trimmed.length >= 3 &&
    wordCount(trimmed) <= 14 &&
    /^["“‘']?\p{Lu}/u.test(trimmed) &&
    !/[.,;!?]$/.test(trimmed) &&
    !NUMBERED_HEADING.test(trimmed) &&
    !isAllCaps(trimmed) &&
    !isDateline(trimmed)
  );
}

/**
 * Picture captions land inside the running text: a short line without final punctuation,
 * set apart by a blank line or an indent, interrupting a sentence that carries on below it;
 * or an indented line just above a chapter heading. The pictures are not in the text.
 */
export const removePdfCaption: Pass = {
  ruleId: 'pdf/caption',
  run(text) {
    const lines = splitLines(text);
    const typical = localLineLengths(lines);
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    for (const line of lines) {
      if (line.start < claimedUpTo || isBlank(line) || !couldBeCaption(line)) continue;
      const previous = previousContentLine(lines, line.index);
      const next = nextContentLine(lines, line.index);
      if (!next) continue;
      const indented = leadingSpace(line.text) > 0;
      const short = line.text.trim().length < typical[line.index]! * 0.75;
      const setApart = isBlank(lines[line.index - 1]) || isBlank(lines[line.index + 1]);
      const nextContinues = startsLowercase(next.text) && next.text.trim().length >= typical[next.index]! * 0.6;
      const previousUnfinished =
        previous !== undefined &&
        !isStandaloneLabel(previous.text) &&
        !(leadingSpace(previous.text) > 0 && previous.text.trim().length < typical[previous.index]! * 0.75) &&
        (!endsSentence(previous.text) || /(\.\.\.|…)["”’]?$/.test(previous.text.trim()));
      const captionSized = short || line.text.includes(':');
      const interruptsSentence = nextContinues && captionSized && (((indented || setApart) && previousUnfinished) || (indented && line.text.includes(':')));
      const aboveChapter = indented && short && NUMBERED_HEADING.test(next.text);
      if (!interruptsSentence && !aboveChapter) continue;
      const joinAround = interruptsSentence && previous !== undefined;
      const start = joinAround ? previous!.end : line.start;
      edits.push({ start, end: next.start, text: joinAround ? '\n' : '', ruleId: 'pdf/caption' });
      claimedUpTo = next.start;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption “${old.trim()}” from the text flow`,
};
