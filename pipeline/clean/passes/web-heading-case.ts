import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { splitLines } from '../_lines.ts';
import { caseOfHeadings, recaseEdits } from './_heading-case.ts';
import { isAllCaps } from './_pdf-lines.ts';

/** A Markdown heading line, and its words after the marker. */
const HEADING = /^#{2,6}[ \t]+(.*)$/;
/** Fewest letters of a heading in capitals: "WAR" alone may be a name or an acronym kept as set. */
const MIN_CAPITAL_LETTERS = 4;

/**
 * A section heading a web page sets in capitals ("THE TEXTS AND THEIR ORDER"), typed so or
 * copied from a style that shouted it, takes the case the page gives its other headings
 * (sentence or title case), as pdf/heading does for a PDF's: names, words the text writes in
 * capitals anyway and a roman section number keep theirs. A page that sets every one of its
 * headings in capitals (five at the least) keeps them so: that is its style. Runs after web/heading
 * has marked the headings; the title and the text's paragraphs are not touched.
 */
export const recaseWebHeadings: Pass = {
  ruleId: 'web/heading-case',
  run(text, ctx) {
    const headings = splitLines(text).filter((line) => HEADING.test(line.text));
    const inCapitals = headings.filter((line) => isAllCaps(HEADING.exec(line.text)![1]!, MIN_CAPITAL_LETTERS));
    if (inCapitals.length === 0) return [];
    // A title in mixed case over sections in capitals still votes. Skipping it (a title has a case of its
    // own) made 22 more words worse on a blind set (validation 13: 276 -> 298), probably pages whose copy
    // shouted the sections and left the title alone, which look the same.
    const style = caseOfHeadings(headings.map((line) => HEADING.exec(line.text)![1]!), ctx);
    const edits: Edit[] = [];
    for (const line of inCapitals) edits.push(...recaseEdits(style, line, true, ctx, 'web/heading-case'));
    return edits;
  },
};
