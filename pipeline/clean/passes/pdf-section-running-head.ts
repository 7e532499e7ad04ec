import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isStrongProse, reasons, weigh } from '../_evidence.ts';
import { SENTENCE_END, isBlank, nextContentLine, normaliseForComparison, splitLines, wordCount, type Line } from '../_lines.ts';
import { besidePageNumber, interruptsSentence, isAllCaps, isMarkedBlock, isPageNumberLine, localColumnWidths, startsLowercase, withoutEdgeFolio } from './_pdf-lines.ts';
import { followsStanza, verseColumns } from './_pdf-verse-lines.ts';

/** Most words of a section's title that a book repeats as its running head. */
const MAX_HEAD_WORDS = 10;
/** Evidence from which a repeat goes. */
const REMOVE = 3;
/** A question or an exclamation ends the line: a heading may ask ("Who dug them?"), where a statement's stop ends a sentence. */
const ASKS = /[?!]["”’]?$/;

/** The line's words without a page number at either edge (in any folio style, see withoutEdgeFolio), for comparing with a heading. */
function headKey(text: string): string {
  return normaliseForComparison((withoutEdgeFolio(text) ?? text).replace(/^\s*\d{1,4}\s+|\s+\d{1,4}\s*$/g, ''), false);
}

/**
 * A heading-shaped line: short, no sentence's end, not in lower case; a section's title or the
 * piece's, set once where the section begins.
 */
function isHeadingShaped(line: Line): boolean {
  const trimmed = withoutEdgeFolio(line.text) ?? line.text.trim();
  return (
    trimmed !== '' &&
    wordCount(trimmed) <= MAX_HEAD_WORDS &&
    (!SENTENCE_END.test(trimmed) || ASKS.test(trimmed)) &&
    !/[,;:]$/.test(trimmed) &&
    !startsLowercase(trimmed) &&
    !isStrongProse(trimmed)
  );
}

/**
 * A running head that changes through the document: books set the current section's title
 * over their odd pages (the author's name or the piece's title over the even ones, which
 * pdf/page-furniture and pdf/folio take). The words are the section heading's, set earlier
 * once in its place; each later repeat goes where a page breaks: beside a page number (on its
 * own line above or below, or on the head's own line at the edge), or between two halves of a
 * sentence. The heading itself, the first time the words stand, stays; a refrain repeated in
 * the text's flow has no page's break round it, and stays.
 */
export const removeSectionRunningHead: Pass = {
  ruleId: 'pdf/section-running-head',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    const firstSeen = new Map<string, number>();
    let reached = 0;
    let column: number[] | undefined;
    const titleKey = ctx.title === undefined ? undefined : normaliseForComparison(ctx.title, false);
    for (const line of lines) {
      if (isBlank(line) || isMarkedBlock(line.text) || !isHeadingShaped(line)) continue;
      const key = headKey(line.text);
      if (key.length < 4) continue;
      const earlier = firstSeen.get(key);
      if (earlier === undefined) {
        // A first time with the text going on past it in lower case is no heading but a head itself: its repeats are pdf/page-furniture's.
        const after = nextContentLine(lines, line.index);
        firstSeen.set(key, after !== undefined && startsLowercase(after.text) ? -1 : line.index);
        continue;
      }
      if (earlier < 0) continue;
      const above = lines[line.index - 1];
      const below = lines[line.index + 1];
      const besideNumber = besidePageNumber(lines, line.index);
      const cut = interruptsSentence(lines, line.index);
      const atEdge = withoutEdgeFolio(line.text) !== undefined;
      const blankRound = isBlank(above) && isBlank(below);
      const capsDiffer = isAllCaps(line.text, 4) && !isAllCaps(lines[earlier]!.text, 4);
      // A cut sentence alone may be a refrain's place in verse: the page's break shows in a number, blank lines or a change to capitals too.
      if (!besideNumber && !atEdge && !blankRound && !capsDiffer) continue;
      // A question said again is a speaker's as often as a heading's: only a page number shows a page's break there.
      if (!besideNumber && !atEdge && ASKS.test(line.text.trim())) continue;
      // Under a stanza, blank lines and capitals are a refrain's too (a chorus sung louder the last time): only a page number shows a page there.
      if (!besideNumber && !atEdge && followsStanza(lines, line.index, (column ??= verseColumns(lines, localColumnWidths(lines))))) continue;
      const evidence = weigh([
        { weight: 1, reason: key === titleKey ? "repeats the piece's title" : 'repeats a heading set earlier' },
        besideNumber && { weight: 2, reason: 'beside a page number' },
        atEdge && { weight: 2, reason: 'a page number at its edge' },
        cut && { weight: 2, reason: 'a sentence goes on past it' },
        blankRound && { weight: 1, reason: 'blank lines round it' },
        capsDiffer && { weight: 1, reason: 'in capitals where the heading is not' },
      ]);
      if (evidence.score < REMOVE || line.start < reached) continue;
      const last = isPageNumberLine(below) ? below : line;
      const first = isPageNumberLine(above) ? above : line;
      if (first.start < reached) continue;
      reached = last.end + 1;
      edits.push({ start: first.start, end: Math.min(last.end + 1, text.length), text: '', ruleId: 'pdf/section-running-head', reason: reasons(evidence) });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed running head “${old.trim().replace(/\s*\n\s*/g, ' / ')}”`,
};
