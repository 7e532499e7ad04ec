import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { weigh, reasons } from '../_evidence.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { endsSentence } from './_pdf-lines.ts';
import { footPlace, footRemoval } from './_pdf-footer.ts';

/**
 * A page's foot naming where the page comes from and which page it is: a label (a source, a
 * file, a series, a report), a separator, then the page's number after a page word ("Minute book
 * 4, shelf 2 — p. 17", "Annual report | page 3", "Protokoll · S. 12"). The label ends no sentence.
 */
const LABEL_AND_PAGE = /^\s*(\S.*?)\s*([—–|·•,])\s*(?:(?:p|pp|pg|s|pág|str)\.|page)\s*(\d{1,4}|[ivxlc]{1,6})\s*$/iu;
/** Separators a page's foot sets its number apart with; a comma ends a citation as well. */
const FOOTER_SEPARATOR = /^[—–|·•]$/u;
/** Most words of the label. */
const MAX_LABEL_WORDS = 10;
/** Evidence from which the line goes. */
const REMOVE = 3;
/**
 * A label that is no page's own: a reference the text makes ("see", "cf.", "ibid."), a note opened
 * by its number, or a label holding a sentence's end (a citation running on from one).
 */
const NOT_A_LABEL = /^(?:see|cf\.?|ibid\.?|op\.|loc\.|\d{1,3}[.)]?\s)|[.!?]["”’)]?\s+\p{Lu}/iu;

interface Foot {
  line: Line;
  label: string;
  separator: string;
}

/** Most characters of such a line: a page's foot is short, and a long line is not tried (the pattern's lazy label would cost its square). */
const MAX_CHARS = 120;

function footOf(line: Line): Foot | undefined {
  if (line.text.length > MAX_CHARS) return undefined;
  const m = LABEL_AND_PAGE.exec(line.text);
  if (!m) return undefined;
  const label = m[1]!.trim();
  if (wordCount(label) > MAX_LABEL_WORDS || endsSentence(label) || NOT_A_LABEL.test(label)) return undefined;
  return { line, label: label.toLowerCase().replace(/\d+/g, '#'), separator: m[2]! };
}

/**
 * A page's foot that names its source and its page ("Transcript, box 4 — p. 9") left in a PDF
 * extraction where the page broke. Its evidence is weighed: a dash, a bar or a dot before the
 * page word (a comma is weaker: a citation ends so), the same label under another page number
 * (it repeats page after page), a sentence it interrupts, a blank line beside it, where the page's
 * text stopped. Lines of that shape one after another are a list (a table of contents, an index)
 * and stay; inside a sentence the sentence closes up.
 */
export const removePageReferenceFooter: Pass = {
  ruleId: 'pdf/page-reference-footer',
  run(text) {
    const lines = splitLines(text);
    const feet = lines.filter((l) => !isBlank(l)).map(footOf).filter((f): f is Foot => f !== undefined);
    const labels = new Map<string, number>();
    for (const f of feet) labels.set(f.label, (labels.get(f.label) ?? 0) + 1);
    const shaped = new Set(feet.map((f) => f.line.index));
    const opening = lines.find((l) => !isBlank(l));
    const edits: Edit[] = [];
    let reached = -1;
    for (const foot of feet) {
      const { line } = foot;
      if (line === opening) continue;
      const place = footPlace(lines, line);
      const { above, below, inSentence, apart } = place;
      // A list of such lines (contents, an index of sources) holds different labels side by side.
      const listed = [above, below].some((l) => l !== undefined && shaped.has(l.index) && footOf(l)!.label !== foot.label);
      if (listed) continue;
      const evidence = weigh([
        FOOTER_SEPARATOR.test(foot.separator) && { weight: 2, reason: "a page's number set off from a label by a dash, a bar or a dot" },
        foot.separator === ',' && { weight: 1, reason: "a page's number after a label and a comma" },
        labels.get(foot.label)! > 1 && { weight: 2, reason: 'the same label under another page number elsewhere' },
        inSentence && { weight: 2, reason: 'inside a sentence that goes on below' },
        apart && { weight: 1, reason: 'set apart by a blank line, where a page broke' },
      ]);
      if (evidence.score < REMOVE) continue;
      const edit = footRemoval(text, line, place, reached, 'pdf/page-reference-footer', reasons(evidence));
      if (edit === undefined) continue;
      edits.push(edit);
      reached = Math.max(reached, edit.end);
    }
    return edits;
  },
  describe: (_edit, old) => `Removed page footer “${old.trim().replace(/\s*\n\s*/g, ' / ')}”`,
};
