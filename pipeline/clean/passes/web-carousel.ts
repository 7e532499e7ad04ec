import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { DAY_AND_MONTH_SOURCE, SENTENCE_END, endWithFollowingBlanks, isBlank, splitBlocks, splitLines, wordCount } from '../_lines.ts';
import { isStrongProse, sectionCount } from '../_evidence.ts';
import { isDateLine, isProse } from './_web-lines.ts';

/** Signs a slider draws on either side of its counter or its buttons. */
const BACK = '[◀◁‹<«←⟨❮⮜]';
const ON = '[▶▷›>»→⟩❯⮞]';
/** A slide counter between a slider's arrows: "◀ 2 of 5 ▶", "‹ 1 / 8 ›" (a figure, a short word or a slash, a figure). */
const SLIDE_COUNTER = new RegExp(`^${BACK}\\s*\\d{1,3}\\s*(?:\\/|\\p{L}{1,4})\\s*\\d{1,3}\\s*${ON}$`, 'u');
/** A slider's two buttons on one line, a word each between its arrows: "‹ Previous   Next ›". */
const SLIDE_BUTTONS = new RegExp(`^${BACK}\\s*\\p{L}+\\s+\\p{L}+\\s*${ON}$`, 'u');
/** A slider's dots, one filled for the slide shown: "● ○ ○ ○". */
const SLIDE_DOTS = /^(?:[●○◉◯•◦▪▫■□]\s*){2,}$/u;

/** A line that closes a slider: its counter, its buttons or its dots. */
function isSlideControl(text: string): boolean {
  const t = text.trim();
  if (SLIDE_DOTS.test(t)) return /[●◉•▪■]/u.test(t) && /[○◯◦▫□]/u.test(t);
  return SLIDE_COUNTER.test(t) || SLIDE_BUTTONS.test(t);
}

/** A day and a month ("Tuesday, 4th October", "May 3"): a diary's or a log's day heading, in whatever line. */
const DAY_AND_MONTH = new RegExp(DAY_AND_MONTH_SOURCE, 'u');

/** Most words of a line of a slider's head or of one of its cards. */
const MAX_CARD_WORDS = 14;
/** Fewest lines over the control: a head and a card, or two cards. */
const MIN_LINES = 2;

/** A line that may be a slider's head, a card's title or its reading time: short, no prose, no closing full stop, comma or colon. */
function isCardLine(text: string): boolean {
  const t = text.trim();
  return wordCount(t) <= MAX_CARD_WORDS && !isProse(t) && !/[,;:]$/.test(t) && !(SENTENCE_END.test(t) && /\.["'”’)]*$/u.test(t));
}

/**
 * A slider of other pages' cards ("you might also like") a web copy kept as lines, found by its
 * machine shape and no wording: a block of short lines closed by the slider's control (a counter
 * between arrows "◀ 2 of 5 ▶", buttons "‹ Previous   Next ›", dots "● ○ ○ ○"), each line over it
 * a head, a card's title or its reading time, none a sentence of prose (none closing on a full
 * stop, a comma or a colon); a finished paragraph may stand right over it with no blank line. A line at the block's head that the text owns stays: a section in the
 * text's count ("V." beside "IV.") or a date (a diary's day), set close over the slider.
 */
export const removeCarousel: Pass = {
  ruleId: 'web/carousel',
  run(text) {
    const lines = splitLines(text);
    const blocks = splitBlocks(lines);
    // The text's own numbered sections, from every line short enough to be one.
    const inCount = sectionCount(lines.filter((l) => !isBlank(l) && wordCount(l.text) <= MAX_CARD_WORDS).map((l) => l.text));
    const edits: Edit[] = [];
    for (const block of blocks) {
      const control = block.at(-1)!;
      if (block.length < MIN_LINES + 1 || !isSlideControl(control.text)) continue;
      // The card-like lines right over the control; above them, in the same block, only a finished paragraph the slider was set
      // under with no blank line.
      let top = block.length - 1;
      while (top > 0 && isCardLine(block[top - 1]!.text)) top--;
      if (top > 0 && !(top === 1 && isStrongProse(block[0]!.text) && SENTENCE_END.test(block[0]!.text.trim()))) continue;
      let cards = block.slice(top, -1);
      if (cards.length === 0) continue;
      const first = cards[0]!.text.trim();
      if (inCount(first) || isDateLine(first) || DAY_AND_MONTH.test(first)) cards = cards.slice(1);
      if (cards.length < MIN_LINES) continue;
      const end = endWithFollowingBlanks(lines, control.index, text.length);
      // Set under a paragraph with no blank line, the slider leaves the paragraph apart from the next one.
      const underParagraph = cards[0]!.index === block[top]!.index && top > 0 && end < text.length;
      edits.push({
        start: underParagraph ? block[top - 1]!.end : cards[0]!.start,
        end,
        text: underParagraph ? '\n\n' : '',
        ruleId: 'web/carousel',
        reason: `a slider of ${cards.length} short lines closed by its control (“${control.text.trim()}”)`,
      });
    }
    return edits;
  },
  describe: (edit, old) => `Removed ${edit.reason ?? 'a slider'} (“${old.trim().replace(/\s+/g, ' ').slice(0, 60)}”)`,
};
