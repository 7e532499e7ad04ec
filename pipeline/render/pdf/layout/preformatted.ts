/**
 * Preformatted text (program code, verse set as is): one output line per input line, spaces
 * kept. A line wider than the measure is carried over, after a space if one fits, else
 * between characters, with the continuation indented.
 */
import type { SetLine, TextMeasurer, TextStyle } from './types.ts';

const TAB = '    ';

export function setPreformatted(text: string, style: TextStyle, left: number, width: number, measurer: TextMeasurer): SetLine[] {
  const continuationIndent = measurer.width('  ', style);
  const lines: SetLine[] = [];
  // Origins count characters of the text as given; a tab counts as one though drawn as four spaces.
  let lineStart = 0;
  for (const givenLine of text.split('\n')) {
    const sourceLine = givenLine.replace(/\t/g, TAB);
    const origin = lineStart;
    lineStart += givenLine.length + 1;
    let rest = sourceLine;
    let indent = 0;
    let first = true;
    do {
      const cut = fittingPrefixLength(rest, style, width - indent, measurer);
      const shown = rest.slice(0, cut).trimEnd();
      lines.push({
        fragments: shown ? [{ x: left + indent, width: measurer.width(shown, style), text: shown, style }] : [],
        ...(first ? { origin } : {}),
      });
      first = false;
      rest = rest.slice(cut).replace(/^ +/, '');
      indent = continuationIndent;
    } while (rest.length > 0);
  }
  return lines;
}

/** How much of `text` fits: up to the last space that fits, or as many characters as fit (at least one). */
function fittingPrefixLength(text: string, style: TextStyle, width: number, measurer: TextMeasurer): number {
  if (measurer.width(text, style) <= width) return text.length;
  // Binary search for the longest prefix that fits; widths grow with the prefix.
  let fits = 1;
  let tooLong = text.length;
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (measurer.width(text.slice(0, middle), style) <= width) fits = middle;
    else tooLong = middle;
  }
  const lastSpace = text.lastIndexOf(' ', fits);
  return lastSpace > text.search(/\S/) ? lastSpace + 1 : fits;
}
