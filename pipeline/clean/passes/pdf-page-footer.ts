import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { weigh, reasons } from '../_evidence.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { footPlace, footRemoval } from './_pdf-footer.ts';
import { ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, without, isOneOf } from '../_function-words.ts';

/** A page number and a name on one line, either way round, with the separator between them (none, a bar, a dot, a dash). */
const NUMBER_AND_NAME = /^\s*(?:(\d{1,3})\s*([|·•–—]?)\s+(\S.*?)|(\S.*?)\s+([|·•–—]?)\s*(\d{1,3}))\s*$/u;
/** Separators a folio and a name are set apart with, and nothing else is. */
const FOOTER_SEPARATOR = /^[|·•]$/u;
/** Words a name (a journal's, a series', a publisher's) runs to. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 8;
/** Evidence from which the line goes. */
const REMOVE = 3;

/** Small words a name in title case keeps in lower case. */
// It leaves out "from", "with", "by" and "or": as it was written, listed for the lead.
const SMALL_WORD = isOneOf(ARTICLES, without(PREPOSITIONS, 'from', 'with'), without(ADVERBIAL_PREPOSITIONS, 'by'), ['and', '&']);

/** A short word in lower case: a particle a name in another language keeps small ("do", "för", "des", "van"). */
const PARTICLE = /^\p{Ll}{1,3}$/u;

/**
 * A name set as names are: every word capitalised but the small ones, or all in capitals; no stop
 * at its end. A short lower-case word between two capitalised ones is a particle of the name in
 * whatever language ("Relatório Anual do Arquivo", "Årsbok för Sjöfartsmuseet"): a sentence runs
 * such words together, a name sets each between capitals.
 */
function isName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS || /[.,;:!?]$/.test(text)) return false;
  const capital = (w: string | undefined): boolean => w !== undefined && /^["“‘(]?[\p{Lu}\p{N}]/u.test(w);
  return words.every((w, k) => capital(w) || (k > 0 && SMALL_WORD.test(w)) || (PARTICLE.test(w) && capital(words[k - 1]) && capital(words[k + 1])));
}

interface Footer {
  line: Line;
  name: string;
  separator: string;
}

function footerOf(line: Line): Footer | undefined {
  const m = NUMBER_AND_NAME.exec(line.text);
  if (!m) return undefined;
  const name = (m[3] ?? m[4])!.trim();
  const separator = m[2] ?? m[5] ?? '';
  if (!isName(name) || wordCount(name) > MAX_NAME_WORDS) return undefined;
  return { line, name: name.toLowerCase(), separator };
}

/**
 * A page's footer left in a PDF extraction: a page number and a name (the journal's, the
 * series', the publisher's) on one line, whatever the name. Its evidence is weighed: a bar or a
 * dot between number and name (a dash is weaker: a numbered heading may use one), the same name
 * under another number elsewhere in the document (it repeats page after page), a sentence it
 * interrupts, a blank line beside it. A numbered heading ("3 — The Crossing") between two
 * paragraphs has too little of it and stays. Inside a sentence the sentence closes up.
 */
export const removePageFooter: Pass = {
  ruleId: 'pdf/page-footer',
  run(text) {
    const lines = splitLines(text);
    const footers = lines.filter((l) => !isBlank(l)).map(footerOf).filter((f): f is Footer => f !== undefined);
    const edits: Edit[] = [];
    const opening = lines.find((l) => !isBlank(l));
    // The different lines each name stands on: a name under two numbers repeats page after page.
    const linesOfName = new Map<string, Set<string>>();
    for (const f of footers) linesOfName.set(f.name, (linesOfName.get(f.name) ?? new Set()).add(f.line.text.trim()));
    // Edits are made in the order of the lines: the furthest end so far is all an overlap needs checking against.
    let reached = -1;
    for (const footer of footers) {
      const { line } = footer;
      if (line === opening) continue;
      const place = footPlace(lines, line);
      const { inSentence, apart } = place;
      const repeated = linesOfName.get(footer.name)!.size > 1;
      const evidence = weigh([
        FOOTER_SEPARATOR.test(footer.separator) && { weight: 2, reason: 'a page number set off from a name by a bar or a dot' },
        /^[–—]$/.test(footer.separator) && { weight: 1, reason: 'a page number set off from a name by a dash' },
        repeated && { weight: 2, reason: 'the same name under another page number elsewhere' },
        inSentence && { weight: 2, reason: 'inside a sentence that goes on below' },
        apart && { weight: 1, reason: 'set apart by a blank line' },
      ]);
      if (evidence.score < REMOVE) continue;
      const edit = footRemoval(text, line, place, reached, 'pdf/page-footer', reasons(evidence));
      if (edit === undefined) continue;
      edits.push(edit);
      reached = Math.max(reached, edit.end);
    }
    return edits;
  },
  describe: (_edit, old) => `Removed page footer “${old.trim().replace(/\s*\n\s*/g, ' / ')}”`,
};
