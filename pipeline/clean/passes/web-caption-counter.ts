import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { isCreditLine } from './web-caption-credit.ts';
import { isProse, leavesSentenceOpen } from './_web-lines.ts';

/**
 * A photo essay's or a gallery's counter, as a page sets it over or before a picture's caption:
 * "1 of 12", "Photo 3 of 8", "Slide 2/9", "4/10". A picture word may lead it; the caption may
 * follow it on the same line after a colon, a bar or a dash ("3 of 8: The quay at dawn").
 */
const COUNTER = /^(?:(?:photos?|images?|pictures?|slides?|gallery|foto)\s+)?(\d{1,2})\s*(of|\/)\s*(\d{1,2})(?:\s*[.:|—–-]\s*|\s+(?=["“‘]?\p{Lu})|\s*$)/iu;
/** Most words of a caption a counter stands over: one or two short sentences. */
const MAX_CAPTION_WORDS = 30;

interface Counter {
  line: Line;
  /** The number of pictures the counter counts to. */
  total: number;
  /** "of" spelled out, or a picture word before it: a counter whatever else the page holds. */
  spelled: boolean;
  /** The caption's words on the counter's own line, if any. */
  rest: string;
}

/** Markdown escapes the cleaner has added by now ("\|", "\*"): a counter is read without them. */
function unescaped(text: string): string {
  return text.replace(/\\(?=[^\s\w])/g, '').trim();
}

function counterOf(line: Line): Counter | undefined {
  const t = unescaped(line.text);
  const m = COUNTER.exec(t);
  if (!m) return undefined;
  const index = Number(m[1]);
  const total = Number(m[3]);
  // A counter counts from one up to its total, and a gallery has two pictures at least.
  if (index < 1 || total < 2 || index > total) return undefined;
  const rest = t.slice(m[0].length).trim();
  // The words after it open as a caption does (a capital) and are a caption's length: "2 of 3 voters backed it." is a sentence.
  if (rest && (!/^["“‘]?\p{Lu}/u.test(rest) || wordCount(rest) > MAX_CAPTION_WORDS)) return undefined;
  return { line, total, spelled: m[2]!.toLowerCase() === 'of' || /^\D/.test(t), rest };
}

/** A picture's caption: a short line opening on a capital, no sentence of prose nor a question, not ending where a sentence runs on. */
function isCaption(line: Line | undefined): line is Line {
  if (!line || isBlank(line)) return false;
  const t = unescaped(line.text);
  if (!/^["“‘(]?[\p{Lu}\p{N}]/u.test(t) || wordCount(t) > MAX_CAPTION_WORDS || /[:;,]$/.test(t) || /^[#>•▪●]/.test(t)) return false;
  // A sentence of prose or a question is the text's own line under a counter whose caption went (a paragraph, a question put).
  if (isProse(t) || /\?["”’)]?$/.test(t)) return false;
  const stops = t.match(/[.!?]["”’)]?\s+["“‘]?\p{Lu}/gu)?.length ?? 0;
  return stops <= 1;
}

/** The line stops where no sentence stops: a paragraph cut off where the picture stood. */
function unfinished(line: Line | undefined): boolean {
  return line !== undefined && !isBlank(line) && leavesSentenceOpen(line.text);
}

/**
 * A picture's counter in a photo essay or a gallery ("1 of 12", "Photo 3 of 8", "5/9") with the
 * caption it numbers: the caption on the counter's own line after it, or on the line directly
 * below (or, where none stands below, directly above), and a credit line under the caption. The
 * counter is the evidence: "N of M" spelled out, or led by a picture word, goes wherever it
 * stands; a bare "N/M" is a date as often ("3/8"), so it goes only with a caption beside it and
 * a second counter on the page to the same total. A line going on below in lower case after the
 * block is the sentence the pictures interrupted, and it closes up again.
 */
export const removeCaptionCounter: Pass = {
  ruleId: 'web/caption-counter',
  run(text) {
    const lines = splitLines(text);
    const counters = lines.flatMap((line) => (isBlank(line) ? [] : (counterOf(line) ?? [])));
    if (counters.length === 0) return [];
    const totals = new Map<number, number>();
    for (const c of counters) totals.set(c.total, (totals.get(c.total) ?? 0) + 1);
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    for (const c of counters) {
      if (c.line.start < claimedUpTo) continue;
      let top = c.line;
      let bottom = c.line;
      if (!c.rest) {
        const below = lines[c.line.index + 1];
        const above = lines[c.line.index - 1];
        if (isCaption(below) && !counterOf(below)) bottom = below;
        else if (isCaption(above) && !counterOf(above) && above.start >= claimedUpTo && isBlank(lines[above.index - 1]) && (!below || isBlank(below))) top = above;
      }
      const captioned = c.rest !== '' || top !== c.line || bottom !== c.line;
      if (!c.spelled && (!captioned || (totals.get(c.total) ?? 0) < 2)) continue;
      const credit = lines[bottom.index + 1];
      if (captioned && credit && !isBlank(credit) && isCreditLine(credit.text)) bottom = credit;
      const before = isBlank(lines[top.index - 1]) ? lines[top.index - 2] : lines[top.index - 1];
      const after = lines[bottom.index + 1];
      let edit: Edit;
      if (unfinished(before) && after && /^\s*\p{Ll}/u.test(after.text)) {
        edit = { start: before!.end, end: after.start, text: ' ', ruleId: 'web/caption-counter', reason: "a picture's counter and caption, set into a sentence" };
      } else {
        const apart = (top.index === 0 || isBlank(lines[top.index - 1])) && (!after || isBlank(after));
        const end = apart && after ? after.end + 1 : bottom.end + 1;
        edit = { start: top.start, end: Math.min(end, text.length), text: '', ruleId: 'web/caption-counter', reason: captioned ? "a picture's counter and its caption" : "a picture's counter" };
      }
      if (edit.start < claimedUpTo) continue;
      edits.push(edit);
      claimedUpTo = edit.end;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed a picture's counter and caption “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from the text flow`,
};
