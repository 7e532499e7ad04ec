import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';

/** Fewest entries of an index. */
const MIN_ENTRIES = 4;
/** Most words of an entry's term. */
const MAX_TERM_WORDS = 5;
/** Most words of the index's own heading ("Index", "Index of names and places"). */
const MAX_HEAD_WORDS = 6;

/**
 * Page references: numbers of one to three digits and ranges of them, "3", "16–22". A four-digit
 * number is a year ("Anderson, 2019" in a list of references) and no page of an index.
 */
const PAGES = String.raw`\d{1,3}(?:\s?[–-]\s?\d{1,3})?`;
/** An index entry: a term opening with a capital, a comma, its pages: "Hradce, 4", "Marie, 4, 16–22". */
const ENTRY = new RegExp(String.raw`^\s*(\p{Lu}[\p{L}\p{M}'’.\- ]*?),\s*${PAGES}(?:,\s*${PAGES})*\s*$`, 'u');
/** A sub-entry under the last entry, indented or led by a dash: "  bridge toll, 12", "– of the mill, 4". */
const SUB_ENTRY = new RegExp(String.raw`^(?:\s{2,}|\s*[–—-]\s*)\p{L}[\p{L}\p{M}'’.\- ]*?,\s*${PAGES}(?:,\s*${PAGES})*\s*$`, 'u');
/** A heading ends in no sentence's or clause's mark. */
const CLOSED = /[.,;:!?…]\s*$/u;

// Made on first use, not when the module loads: an ICU collator held at load would be a handle the start-up snapshot
// (scripts/snapshot.mjs) cannot serialise, and the snapshot would not be built.
let collator: Intl.Collator | undefined;
const compareTerms = (a: string, b: string): number => (collator ??= new Intl.Collator('und', { sensitivity: 'base' })).compare(a, b);

/**
 * A back-of-book index after the text in a PDF extraction: the document's last lines, each a
 * term and its page numbers ("Hráli, 3, 19", "Kdyby, 4–24"), sub-entries indented or led by a
 * dash, the terms in alphabetical order, most of them words the text above uses (an index
 * names the text's own people, places and things). It goes with the short heading set directly
 * over it. The evidence is the shape, the order and the place, never the heading's word: a list
 * the text owns stands inside the text, is in the order of its telling, or holds years, and
 * stays; a run with the shape that falls short of the order or the text's words is kept and listed.
 */
export const removeBackIndex: Pass = {
  ruleId: 'pdf/back-index',
  run(text, ctx) {
    const lines = splitLines(text);
    let end = lines.length - 1;
    while (end >= 0 && isBlank(lines[end])) end--;
    // The run of entries up from the last line, blank lines allowed between them.
    const entries: { line: Line; term?: string }[] = [];
    let k = end;
    for (; k >= 0; k--) {
      const line = lines[k]!;
      if (isBlank(line)) continue;
      const m = ENTRY.exec(line.text);
      if (m && wordCount(m[1]!) <= MAX_TERM_WORDS) entries.unshift({ line, term: m[1]!.trim() });
      else if (SUB_ENTRY.test(line.text)) entries.unshift({ line });
      else break;
    }
    // A sub-entry stands under an entry.
    while (entries.length > 0 && entries[0]!.term === undefined) entries.shift();
    const terms = entries.filter((e) => e.term !== undefined).map((e) => e.term!);
    if (terms.length < MIN_ENTRIES) return [];
    const first = entries[0]!.line;
    const summary = entries.map((e) => e.line.text.trim()).join(' / ');
    // Alphabetical order: a list the text owns follows its telling.
    const ordered = terms.every((t, i) => i === 0 || compareTerms(terms[i - 1]!, t) <= 0);
    // The terms are the text's own words: their first words appear in the text above the run.
    const body = text.slice(0, first.start).toLowerCase();
    const named = terms.filter((t) => {
      const word = t.split(/\s+/)[0]!.toLowerCase();
      return new RegExp(String.raw`(?<![\p{L}\p{M}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\p{M}])`, 'u').test(body);
    }).length;
    if (!ordered || named * 2 < terms.length) {
      ctx.keep(first.start, summary, `a run of terms with page numbers at the end, like an index, but ${ordered ? 'few of its terms are the text\'s words' : 'not in alphabetical order'}`);
      return [];
    }
    // The index's heading: a short line set directly over the first entry, a blank line or the start over it, closing no sentence.
    const over = lines[first.index - 1];
    const headed =
      over !== undefined &&
      !isBlank(over) &&
      (first.index < 2 || isBlank(lines[first.index - 2])) &&
      wordCount(over.text) > 0 &&
      wordCount(over.text) <= MAX_HEAD_WORDS &&
      !CLOSED.test(over.text) &&
      !/\d/.test(over.text);
    const start = headed ? over!.start : first.start;
    const last = lines[end]!;
    const edits: Edit[] = [
      {
        start,
        end: last.end,
        text: '',
        ruleId: 'pdf/back-index',
        reason: `an index of ${terms.length} entries after the text, in alphabetical order, ${named} of its terms used in the text${headed ? ', with its heading' : ''}`,
      },
    ];
    return edits;
  },
  describe: (_edit, old) => `Removed a back-of-book index (${old.split('\n').filter((l) => l.trim()).length} lines)`,
};
