import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isStrongProse, reasons, weigh, type Evidence } from '../_evidence.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { endsSentence, startsLowercase } from './_pdf-lines.ts';
import { MAX_IMPRINT_WORDS, colophonEvidence } from './_pdf-imprint.ts';

/** Most content lines of a colophon. */
const MAX_COLOPHON_LINES = 10;
/** Most words of a signature's line over a colophon with no blank line between. */
const MAX_SIGNATURE_WORDS = 6;
/** Most words of a line of the last block that its place adds to. */
const MAX_LAST_WORDS = 14;
/** Evidence a block needs, summed over its lines, to go. */
const REMOVE = 3;

interface Weighed {
  line: Line;
  evidence: Evidence;
}

/**
 * The block is a colophon's: short lines, at least half of them with a colophon's sense and
 * none reading as an author's sentence or note, their evidence together enough.
 */
function isColophon(block: readonly Weighed[], last: boolean): boolean {
  const positive = block.filter((w) => w.evidence.score > 0);
  // The document's last block, short lines each with a heavy class of a colophon's sense ("Printed in Spain", "Gedruckt bei …"), is where a colophon stands.
  const standsLast = last && block.every((w) => w.evidence.findings.some((f) => f.weight >= 2) && wordCount(w.line.text) <= MAX_LAST_WORDS);
  const total = positive.reduce((sum, w) => sum + w.evidence.score, 0) + (standsLast ? 1 : 0);
  if (positive.length * 2 < block.length || total < REMOVE || !block.every((w) => w.evidence.score > -2 && wordCount(w.line.text) <= MAX_IMPRINT_WORDS)) return false;
  // A sentence wrapped over the block's lines, one of them with none of a colophon's sense, is the text's own: a paragraph on the book's printing.
  return !(positive.length < block.length && isStrongProse(block.map((w) => w.line.text.trim()).join(' ')));
}

/**
 * A colophon after the text in a PDF extraction: who printed and published the book and where,
 * its type and paper, its ISBN, print run and price, "Printed in" a country. Weighed by block
 * from the end of the text: each run of lines between blank lines, from its first line with a
 * colophon's sense, goes when at least half its lines hold that sense and together they hold
 * enough; the walk goes up block by block and stops at the first that does not, or at the
 * text's lines over a colophon that no blank line parts from them (the colophon then stands
 * under a finished sentence or a signature). An author's closing note, a signature with an address, a sentence about the book's
 * printing read as sentences or hold too little, and stay.
 */
export const removeColophon: Pass = {
  ruleId: 'pdf/colophon',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    const taken: Weighed[][] = [];
    let k = lines.length - 1;
    let seen = 0;
    while (k >= 0 && seen < MAX_COLOPHON_LINES) {
      while (k >= 0 && isBlank(lines[k])) k--;
      const block: Weighed[] = [];
      // Long lines are the text's: the walk weighs none of them.
      while (k >= 0 && !isBlank(lines[k]) && block.length <= MAX_COLOPHON_LINES && wordCount(lines[k]!.text) <= MAX_IMPRINT_WORDS) {
        block.unshift({ line: lines[k]!, evidence: colophonEvidence(lines[k]!.text) });
        k--;
      }
      // The colophon opens on a line of its sense: lines over it in the block (the text's last lines, a signature) are the text's.
      let lead = 0;
      while (lead < block.length && block[lead]!.evidence.score <= 0) lead++;
      const candidate = block.slice(lead);
      const over = lead > 0 ? block[lead - 1]!.line : k >= 0 && !isBlank(lines[k]) ? lines[k] : undefined;
      // Under the text, the colophon stands apart from its sentences: the line over it ends one, or is short (a signature), and nothing runs on into it.
      const apart = over === undefined || ((endsSentence(over.text.trim()) || wordCount(over.text) <= MAX_SIGNATURE_WORDS) && !startsLowercase(candidate[0]?.line.text ?? ''));
      // A block opening on a word in lower case is a sentence going on past a page's foot ("at some" / "loss, is still a penny."):
      // a colophon's lines open in capitals, or on an address ("www.…").
      const goesOn = /^\s*\p{Ll}+[,;:]?\s/u.test(candidate[0]?.line.text ?? '');
      if (candidate.length > 0 && apart && !goesOn && seen + candidate.length <= MAX_COLOPHON_LINES && isColophon(candidate, taken.length === 0 && lead === 0 && over === undefined) && (over === undefined || !isStrongProse(candidate.map((w) => w.line.text.trim()).join(' ')))) {
        taken.unshift(candidate);
        seen += candidate.length;
        if (over === undefined) continue;
      }
      break;
    }
    // Something of the text stays over the colophon.
    const first = taken[0]?.[0]?.line;
    if (first === undefined || !lines.slice(0, first.index).some((l) => !isBlank(l))) return edits;
    for (const block of taken) {
      const evidence = weigh([...block.flatMap((w) => w.evidence.findings), { weight: 0, reason: 'after the text' }]);
      for (const { line } of block) edits.push({ start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/colophon', reason: reasons(evidence) });
    }
    for (const { line, evidence } of lines.slice(Math.max(0, first.index - 3), first.index).filter((l) => !isBlank(l)).map((line) => ({ line, evidence: colophonEvidence(line.text) }))) {
      if (evidence.score >= 2) ctx.keep(line.start, line.text.trim(), `over a colophon; ${reasons(evidence)}`);
    }
    return edits;
  },
  describe: (_edit, old) => `Removed colophon line “${old.trim()}”`,
};
