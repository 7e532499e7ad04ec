import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { isPictureNumberLine, pictureNumberBefore, slashTotal } from './_picture-number.ts';
import { isCreditLine } from './web-caption-credit.ts';

/** Most words of a caption under or after a picture's number: a description and a sentence of context at most. */
const MAX_CAPTION_WORDS = 40;
/** Bare slash counters against one total a document needs before they count pictures, not dates. */
const MIN_SAME_TOTAL = 2;
/** Most sentences of such a caption: what the picture shows, then a sentence of context. */
const MAX_SENTENCES = 2;

/** Markdown escapes the cleaner has added by now ("\*", "1\."): the line's shape is read without them. */
function unescaped(text: string): string {
  return text.replace(/\\(?=[^\s\w])/g, '').trim();
}

/** The sentences of a line: stops followed by a space and a capital, titles and initials apart. */
function sentences(text: string): number {
  return 1 + (text.replace(/\b(?:c|ca|St|Mr|Mrs|Dr|No|fig|pl|[A-Z])\.\s/g, '').match(/[.!?]["”’)]?\s+["“‘]?\p{Lu}/gu)?.length ?? 0);
}

/** A caption's words: opening on a capital, a quote or a bracket, short, two sentences at most. */
function couldBeCaption(text: string): boolean {
  const t = unescaped(text);
  return /^["“‘'(]?[\p{Lu}\p{N}]/u.test(t) && wordCount(t) <= MAX_CAPTION_WORDS && sentences(t) <= MAX_SENTENCES && !isPictureNumberLine(t);
}

/** The line stops where no sentence stops: a paragraph's sentence cut off where the picture stood. */
function unfinished(text: string): boolean {
  const t = text.trim();
  return wordCount(t) >= 3 && !SENTENCE_END.test(t) && !/[:;]$/.test(t);
}

/**
 * Picture captions a web copy numbers as a photo essay or a figure list does: a counter or a
 * figure's number on its own line ("1/12", "Photo 3 of 8", "Fig. 2") with the caption set
 * directly under it, or a caption opened by the number ("1/12 Women mending nets", "Fig. 2 The
 * harbour at low tide"). The number is the positive evidence; the caption under a bare number
 * may run to two sentences (a description, then a sentence of context), and a credit line
 * directly under the caption goes with it. A number over a blank line goes alone: a paragraph
 * after a blank line is the text's. Inside a sentence (the line above unfinished, the line below
 * going on in lower case) the sentence closes up; elsewhere the block goes with one blank line.
 * A bare slash counter ("1/12") counts pictures only where another counts against the same
 * total, since a diary's date may take its shape once.
 */
export const removeNumberedCaption: Pass = {
  ruleId: 'web/caption-numbered',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    // How often each total of a bare slash counter ("1/12") stands in the document: a date may take that shape once or twice.
    const totals = new Map<string, number>();
    for (const line of lines) {
      const t = unescaped(line.text);
      const total = slashTotal(t);
      if (total !== undefined && (isPictureNumberLine(t) || pictureNumberBefore(t) !== undefined)) totals.set(total, (totals.get(total) ?? 0) + 1);
    }
    let claimedUpTo = -1;
    for (const line of lines) {
      if (line.start < claimedUpTo || isBlank(line)) continue;
      const t = unescaped(line.text);
      const bare = isPictureNumberLine(t);
      const opened = !bare ? pictureNumberBefore(t) : undefined;
      if (!bare && (opened === undefined || wordCount(t) > MAX_CAPTION_WORDS || sentences(t.slice(opened)) > MAX_SENTENCES)) continue;
      const total = slashTotal(t);
      if (total !== undefined && (totals.get(total) ?? 0) < MIN_SAME_TOTAL) continue;
      let last: Line = line;
      const next = lines[line.index + 1];
      if (bare && next !== undefined && !isBlank(next) && couldBeCaption(next.text)) last = next;
      const under = lines[last.index + 1];
      if (last !== line || opened !== undefined) {
        if (under !== undefined && !isBlank(under) && isCreditLine(under.text)) last = under;
      }
      const directlyAbove = lines[line.index - 1];
      const before = directlyAbove !== undefined && isBlank(directlyAbove) ? lines[line.index - 2] : directlyAbove;
      const after = lines[last.index + 1];
      const reason = bare ? (last === line ? "a picture's number alone on its line" : "a caption under its picture's number") : "a caption opened by its picture's number";
      let edit: Edit;
      if (before !== undefined && !isBlank(before) && unfinished(before.text) && after !== undefined && !isBlank(after) && /^\s*\p{Ll}/u.test(after.text)) {
        edit = { start: before.end, end: after.start, text: ' ', ruleId: 'web/caption-numbered', reason: `${reason}, set into a sentence` };
      } else {
        const standsApart = (directlyAbove === undefined || isBlank(directlyAbove)) && (after === undefined || isBlank(after));
        const end = Math.min(standsApart && after !== undefined ? after.end + 1 : last.end + 1, text.length);
        edit = { start: line.start, end, text: '', ruleId: 'web/caption-numbered', reason };
      }
      if (edit.start < claimedUpTo) continue;
      edits.push(edit);
      claimedUpTo = edit.end;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed numbered photo caption “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from the text flow`,
};
