import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isStrongProse, reasons, type Evidence } from '../_evidence.ts';
import { SENTENCE_END, isBlank, normaliseForComparison, splitLines, type Line } from '../_lines.ts';
import { startsLowercase } from './_pdf-lines.ts';
import { affiliationEvidence, isNameLine, isProperNounIn } from './_pdf-front.ts';

/** Content lines looked at under the title for the byline. */
const FRONT_REACH = 4;
/** Most lines of an affiliation under the name (an institution, then its town). */
const MAX_AFFILIATION_LINES = 2;
/** Evidence from which a line under the name is the affiliation. */
const AFFILIATION = 2;

/**
 * A journal article's or a paper's byline set over two lines or three between the title and the
 * text: the author's name, then where the author works or what the author is ("Peter Hallam" /
 * "University of Sheffield"; "by J. R. Penrose" / "Secretary, Halifax Trades Council" /
 * "Leeds"). Neither line alone is sure (a bare name may be a subtitle; an institution's name a
 * section heading), the pair is: a name line with an affiliation directly under it, no blank
 * between, the text below starting afresh. Both go. A name over a line that reads as a
 * sentence or runs on in lower case is the text's opening, and stays.
 */
export const removePdfAffiliation: Pass = {
  ruleId: 'pdf/affiliation',
  run(text, ctx) {
    const lines = splitLines(text);
    const content = lines.filter((line) => !isBlank(line)).slice(0, FRONT_REACH + 2);
    const key = (t: string): string => normaliseForComparison(t, false);
    const titleKey = ctx.title === undefined ? undefined : key(ctx.title);
    let from: number;
    if (titleKey !== undefined) {
      if (content[0] && key(content[0].text) === titleKey) from = 1;
      else if (content[1] && key(`${content[0]!.text} ${content[1].text}`) === titleKey) from = 2;
      else return [];
    } else {
      const first = content[0];
      if (!first || isStrongProse(first.text) || SENTENCE_END.test(first.text.trim())) return [];
      from = 1;
    }
    const isProperNoun = isProperNounIn(ctx);
    for (let k = from; k < content.length && k < from + FRONT_REACH; k++) {
      const name = content[k]!;
      if (/^\s*#/.test(name.text) || isStrongProse(name.text)) break;
      if (!isNameLine(name.text, ctx.author, isProperNoun)) continue;
      const found: { line: Line; evidence: Evidence }[] = [];
      let next = lines[name.index + 1];
      while (next !== undefined && !isBlank(next) && found.length < MAX_AFFILIATION_LINES) {
        const evidence = affiliationEvidence(next.text, isProperNoun);
        if (evidence.score < AFFILIATION) break;
        found.push({ line: next, evidence });
        next = lines[next.index + 1];
      }
      if (found.length === 0) continue;
      // The text under the affiliation starts afresh: a line running on in lower case makes the "affiliation" its first line.
      if (next !== undefined && !isBlank(next) && startsLowercase(next.text)) break;
      const last = found[found.length - 1]!.line;
      const edit: Edit = { start: name.start, end: Math.min(last.end + 1, text.length), text: '', ruleId: 'pdf/affiliation', reason: `a name over its affiliation; ${found.map((f) => reasons(f.evidence)).join('; ')}` };
      return [edit];
    }
    return [];
  },
  describe: (_edit, old) => `Removed byline “${old.trim().replace(/\s*\n\s*/g, ' / ')}” with its affiliation`,
};
