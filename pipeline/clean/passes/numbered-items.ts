import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, splitLines, type Line } from '../_lines.ts';

/** A paragraph opening on an escaped number ("2\. Two of the four sluices"), as escaping leaves a numbered item. */
const ESCAPED_NUMBER = /^(\d{1,2})\\\. (?=\S)/;
/** The next item glued to the end of the one before: "…was the fourth.5\. Fifth, …". */
const GLUED_NUMBER = /([\p{L}\p{N}][.;:])[ ]?(\d{1,2})\\?\. (?=["“‘']?\p{Lu})/gu;

interface Item {
  line: Line;
  n: number;
  /** The number of the last item glued into this line ("1. … first.2. Second": 2), and where each glued one starts. */
  last: number;
  glued: { at: number; length: number; n: number }[];
}

function gluedItems(line: Line, n: number): Item {
  const glued: Item['glued'] = [];
  let last = n;
  for (const g of line.text.matchAll(GLUED_NUMBER)) {
    if (Number(g[2]) !== last + 1) continue;
    last = Number(g[2]);
    glued.push({ at: line.start + g.index + g[1]!.length, length: g[0].length - g[1]!.length, n: last });
  }
  return { line, n, last, glued };
}

/**
 * Numbered items that count up one by one (at least two of them) are an ordered list: their
 * escaped numbers ("1\.") become list markers, and an item glued to the end of the one before
 * ("fourth.5. Fifth") starts its own line. A lone numbered paragraph, or numbers that do not
 * count up, stay as they are: a numbered heading or a sentence that opens on a figure.
 */
export const markNumberedItems: Pass = {
  ruleId: 'text/numbered-items',
  run(text) {
    if (!text.includes('\\. ')) return [];
    const lines = splitLines(text);
    const items: Item[] = [];
    for (const line of lines) {
      const m = ESCAPED_NUMBER.exec(line.text);
      if (m && (line.index === 0 || isBlank(lines[line.index - 1]) || ESCAPED_NUMBER.test(lines[line.index - 1]!.text))) items.push(gluedItems(line, Number(m[1])));
    }
    const edits: Edit[] = [];
    const inList = new Set<number>();
    for (let k = 0; k < items.length; k++) {
      let end = k;
      // The next item follows directly, or after one blank line: numbered headings with text between them are no list.
      while (end + 1 < items.length && items[end + 1]!.n === items[end]!.last + 1 && items[end + 1]!.line.index <= items[end]!.line.index + 2) end++;
      if (end > k || items[k]!.glued.length > 0) for (let j = k; j <= end; j++) inList.add(j);
      k = end;
    }
    items.forEach((item, k) => {
      if (!inList.has(k)) return;
      const { line } = item;
      const digits = String(item.n).length;
      edits.push({ start: line.start + digits, end: line.start + digits + 1, text: '', ruleId: 'text/numbered-items' });
      // A next item glued to this one's end goes on its own line.
      for (const g of item.glued) edits.push({ start: g.at, end: g.at + g.length, text: `\n\n${g.n}. `, ruleId: 'text/numbered-items' });
    });
    return edits;
  },
};
