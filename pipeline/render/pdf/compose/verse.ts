/**
 * Lines broken by hand (verse, addresses): every line of the source stays a line, ragged
 * right; a line too long for the measure is turned over onto the next with a hanging indent,
 * as verse is printed, so the reader still sees where the poet's line ends.
 */
import { isForcedBreak, type InlineRun, type SetLine } from '../layout/types.ts';
import type { Composer } from './composer.ts';

export function setVerse(runs: readonly InlineRun[], left: number, width: number, composer: Composer): SetLine[] {
  const turnover = composer.theme.verse.turnoverEm * composer.print.fontSize;
  return splitAtBreaks(runs).flatMap((lineRuns) => {
    const lines = composer.setText(lineRuns, {
      align: 'left',
      indent: 0,
      measure: { first: width, rest: width - turnover, firstLeft: left, restLeft: left + turnover },
    });
    // An empty source line (two breaks in a row) keeps its place as a blank line.
    return lines.length > 0 ? lines : [{ fragments: [] }];
  });
}

export function hasForcedBreaks(runs: readonly InlineRun[]): boolean {
  return runs.some(isForcedBreak);
}

function splitAtBreaks(runs: readonly InlineRun[]): InlineRun[][] {
  const groups: InlineRun[][] = [[]];
  for (const run of runs) {
    if (isForcedBreak(run)) groups.push([]);
    else groups[groups.length - 1]!.push(run);
  }
  // A break at the very end of the paragraph adds no line.
  if (groups.length > 1 && groups[groups.length - 1]!.every((run) => !('text' in run) || !run.text.trim())) groups.pop();
  return groups;
}
