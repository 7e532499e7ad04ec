import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { reasons, weigh } from '../_evidence.ts';
import { SENTENCE_END, isBlank, nextContentLine, previousContentLine, splitLines, wordCount } from '../_lines.ts';

/** A map's label and number, then what it shows: "Map 6. The estate in 1774", "MAP 2: THE WARD c.1836", "Plan III — the mill". */
const NUMBERED_MAP_TITLE = /^\s*(?:map|plan)\s+(?:\d{1,3}|[ivxlc]{1,6})\s*[.:—–-]\s+\p{L}[^!?]*$/iu;
/** Most words of a map's title. */
const MAX_WORDS = 12;
/** Evidence from which the line goes. */
const REMOVE = 3;

/**
 * A map's numbered title left alone in a PDF extraction, its map gone: "Map 6. The estate in
 * 1774". Weighed: the label and number (+2); a date for the map at its end (+1); its place,
 * between blank lines (+1) or inside a sentence that goes on below it (+1). A title closing on a
 * full stop reads as a sentence and stays; so does one the text runs on into.
 */
export const removeMapTitle: Pass = {
  ruleId: 'pdf/map-title',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    for (const line of lines) {
      const trimmed = line.text.trim();
      if (isBlank(line) || !NUMBERED_MAP_TITLE.test(trimmed) || wordCount(trimmed) > MAX_WORDS || SENTENCE_END.test(trimmed)) continue;
      const before = previousContentLine(lines, line.index);
      const after = nextContentLine(lines, line.index);
      const apart = isBlank(lines[line.index - 1]) && (isBlank(lines[line.index + 1]) || lines[line.index + 1] === undefined);
      const inSentence = before !== undefined && after !== undefined && !SENTENCE_END.test(before.text.trim()) && /^\s*["“‘(]?\p{Ll}/u.test(after.text);
      const evidence = weigh([
        { weight: 2, reason: "a map's label and number" },
        /(?:\b(?:c\.|ca\.|circa)\s*)?\b1[5-9]\d\d\s*$|\bc\.\s*1[5-9]\d\d\b/.test(trimmed) && { weight: 1, reason: 'dates the map' },
        apart && { weight: 1, reason: 'between blank lines' },
        !apart && inSentence && { weight: 1, reason: 'inside a sentence that goes on below' },
      ]);
      if (evidence.score < REMOVE) {
        ctx.keep(line.start, trimmed, reasons(evidence));
        continue;
      }
      edits.push({ start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/map-title', reason: reasons(evidence) });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed a map's title “${old.trim()}” from the text flow`,
};
