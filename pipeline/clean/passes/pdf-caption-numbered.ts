import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { MONTH_NAMES, SENTENCE_END, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS } from '../_function-words.ts';
import { isDateline, isMarkedBlock } from './_pdf-lines.ts';
import { startsWithWordTail } from './pdf-caption-in-sentence.ts';

/** Most lines of a numbered caption set apart: its description over two or three lines and a credit. */
const MAX_LINES = 5;
/** Most words of such a caption: a description of a sentence or three and a credit. */
const MAX_WORDS = 60;

/**
 * A picture's label and number opening a line, then the caption's first word, capitalised ("Fig. 6b The carved front",
 * "Figure 3.1 The dome", "Plate 8 Loaves cooling"), in whatever language the page is set: the label read by its shape, a
 * capitalised word of four letters or more, or an abbreviation of two or more closed by a stop; the number a figure's
 * (at most three digits, a sub-number or a letter after it), never a year.
 */
const NUMBERED_OPENING = /^\s*["“‘']?(?<label>\p{Lu}\p{Ll}{3,11}|\p{Lu}\p{Ll}{1,4}\.)\s+\d{1,3}(?:[.-]\d{1,3})?[a-z]?[.:]?\s+["“‘']?\p{Lu}/u;
/** Words that open a sentence before a number ("In 12 Rooms", "From 3 May"): no picture's label. */
const SENTENCE_WORDS = new Set<string>([...ARTICLES, ...PREPOSITIONS, ...ADVERBIAL_PREPOSITIONS, ...COORDINATORS, 'after', 'before', 'until', 'since', 'about', 'over', 'under', 'some', 'only', 'nearly', 'almost', 'these', 'those', 'each', 'every', 'page', 'pages', 'chapter', 'part', 'section', 'book', 'volume', 'article', 'rule', 'step', 'item', 'note', 'act', 'scene', 'verse', 'psalm', 'number', 'no.', 'vol.', 'ch.', 'art.', 'sec.', 'pp.', 'p.']);
/** A date after the number ("March 12 The", "Friday 3 May"): a dated entry or a dateline. */
const DATE_AFTER = new RegExp(String.raw`^\s*\S+\s+\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:${MONTH_NAMES})\b|^\s*(?:${MONTH_NAMES})\b`, 'u');

/**
 * A picture's caption opened by its label and number ("Fig. 6b The carved front of a fairground organ, 1900."), over a
 * line or a few, with its credit maybe, set apart by blank lines between the two halves of one sentence: the line
 * above leaves the sentence open, the line below goes on with it in lower case. Both are needed: the numbered opening
 * alone is a section's heading's too ("Section 3 The Tools" is excluded by its word, a heading of another word is not),
 * and no heading stands inside a sentence; a block set apart inside a sentence alone may be a quotation or a list. The
 * caption and its blank lines go; the sentence closes up.
 */
export const removeNumberedCaption: Pass = {
  ruleId: 'pdf/numbered-caption',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    for (let i = 2; i < lines.length; i++) {
      const first = lines[i]!;
      if (isBlank(first) || !isBlank(lines[i - 1])) continue;
      const t = first.text.trim();
      const label = NUMBERED_OPENING.exec(t)?.groups?.label;
      if (label === undefined || SENTENCE_WORDS.has(label.toLowerCase()) || DATE_AFTER.test(t) || isDateline(t) || isMarkedBlock(t)) continue;
      // The block: its lines down to the next blank line.
      const block: Line[] = [];
      for (let k = i; k < lines.length && !isBlank(lines[k]); k++) block.push(lines[k]!);
      if (block.length > MAX_LINES || wordCount(block.map((l) => l.text).join(' ')) > MAX_WORDS) continue;
      const above = lines[i - 2];
      const below = lines[block.at(-1)!.index + 2];
      if (above === undefined || isBlank(above) || below === undefined || isBlank(below)) continue;
      // The sentence runs on across the block: open above (no stop, no colon or semicolon), going on in lower case below.
      const a = above.text.trim();
      if (SENTENCE_END.test(a) || /[:;]$/.test(a) || !/^\s*["“‘(]?\p{Ll}/u.test(below.text)) continue;
      // Letters below that are what a lost drop cap left of a paragraph's first word ("he yarns") open a paragraph, under a heading.
      if (startsWithWordTail(below.text, ctx)) continue;
      edits.push({ start: above.end, end: below.start, text: '\n', ruleId: 'pdf/numbered-caption', reason: `a caption opened by its label and number (“${label}”), set apart inside a sentence` });
      i = below.index;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed numbered picture caption “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from the middle of a sentence`,
};
