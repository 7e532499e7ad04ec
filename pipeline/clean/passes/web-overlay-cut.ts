import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { isStrongProse } from '../_evidence.ts';
import { topicWords } from './_web-vocabulary.ts';
import { isCardDetail } from './_web-cards.ts';

/** Most lines, words a line and words in all of an overlay set into a sentence. */
const MAX_LINES = 4;
const MAX_LINE_WORDS = 12;
const MAX_WORDS = 30;
/** Most words of a line of a several-line overlay that ends on a lower-case word (a button, a label). */
const MAX_OPEN_LINE_WORDS = 6;
/** Fewest words of the sentence's first half: a paragraph's opening, not a label. */
const MIN_HEAD_WORDS = 4;
/** Fewest words of the sentence's rest when no stop closes it. */
const MIN_TAIL_WORDS = 8;

/** Words no sentence stops on: an article, "of", a conjunction, a possessive. */
const OPEN_END = /(?<!\p{L})(?:the|a|an|of|and|or|but|that|which|whose|its|their|his|her|our|my|why|how|when|where|whether)$/iu;

/** Lines the rule looks at on either side of a cut for the text's prose. */
const AROUND = 2;

/** The `AROUND` non-blank lines before `from` (step -1) or after it (step 1). */
function contentLines(lines: readonly Line[], from: number, step: 1 | -1): Line[] {
  const found: Line[] = [];
  for (let k = from + step; k >= 0 && k < lines.length && found.length < AROUND; k += step) if (!isBlank(lines[k])) found.push(lines[k]!);
  return found;
}

/** Most words of a heading the rule leaves alone. */
const MAX_HEADING_WORDS = 8;

/**
 * A heading's or a title's line rather than a sentence's first half: short, and opening on a section's number, or one
 * sentence ending on a capitalised word ("Plants of the Bogs", "Inquest upon the Body"); a sentence cut after a name
 * ("… questions. Sketches") holds a stop.
 */
function isHeadingLike(text: string): boolean {
  if (wordCount(text) > MAX_HEADING_WORDS) return false;
  // A numbered section's heading ("II. Przygotowanie do pracy", "3) Setting up") ends as it may.
  if (/^(?:\p{Lu}\p{Ll}+\s+)?(?:\d{1,3}|[IVXLC]{1,7})[.)]\s+\p{Lu}/u.test(text)) return true;
  return /(?<!\p{L})\p{Lu}[\p{L}'’-]*$/u.test(text) && !/[.!?]\s+\p{Lu}/u.test(text);
}

/** A line that may be one of an overlay's: short, opening on a capital, a figure or a mark, and no item of a list (no closing comma, semicolon or colon). */
function overlayLine(line: Line): boolean {
  const t = line.text.trim();
  // A line ending on an article, "of" or a conjunction ("Barrowing. You'd take the") is a sentence's half itself, not an
  // overlay's; a button may end on a particle ("Log in").
  return wordCount(t) >= 1 && wordCount(t) <= MAX_LINE_WORDS && !/^[\p{Ll}]/u.test(t) && !/[,;:]$/.test(t) && !OPEN_END.test(t);
}

/**
 * An overlay a web copy kept inside a paragraph (a paywall's or a sign-up box's lines drawn
 * over the text), found by place alone: a paragraph's line that stops mid-sentence (no closing
 * stop, no colon), then one to four short lines opening on a capital, then the sentence going
 * on in lower case, with a blank line somewhere in between (a paragraph of a web copy is one
 * line: the break is where something was set into it). The short lines go and the sentence's
 * halves are joined. The first half opens its paragraph, ends on a lower-case word or a figure
 * and is no heading; a finished sentence of some length stands within two lines of the cut (the
 * text's prose is there, not a list of titles). Kept: a break with no blank line (a text's own
 * list in a sentence), short lines with every longer word capitalised (names or titles the
 * sentence sets on lines of their own), lines that end on a comma, semicolon, colon or an
 * article (a list's items, a sentence's half), a lower-case rest that is a card's detail
 * ("updated 2 hours ago"), and lines sharing a topic word with the sentence around
 * them (the text's own words).
 */
export const removeOverlayCut: Pass = {
  ruleId: 'web/overlay-cut',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    for (let i = 0; i < lines.length; i++) {
      const head = lines[i]!;
      const h = head.text.trim();
      if (isBlank(head) || wordCount(h) < MIN_HEAD_WORDS || SENTENCE_END.test(h) || /[:;]$/.test(h) || isHeadingLike(h)) continue;
      // The half opens its paragraph (a web copy's paragraph is one line): the last line of a box or a list ends open too.
      if (i > 0 && !isBlank(lines[i - 1])) continue;
      // Cut inside a word's run, on a lower-case word or a figure: a line ending on a mark or in a script without case (a
      // displayed quotation, "פתחו שערים …", which the sentence below then explains) is set apart by the text itself.
      if (!/[\p{Ll}\p{N}]$/u.test(h)) continue;
      let j = i + 1;
      let blanks = 0;
      while (j < lines.length && isBlank(lines[j])) {
        j++;
        blanks++;
      }
      const overlay: Line[] = [];
      while (j < lines.length && !isBlank(lines[j]) && overlayLine(lines[j]!) && overlay.length <= MAX_LINES) overlay.push(lines[j++]!);
      while (j < lines.length && isBlank(lines[j])) {
        j++;
        blanks++;
      }
      const tail = lines[j];
      if (!tail || overlay.length === 0 || overlay.length > MAX_LINES || blanks === 0) continue;
      const t = tail.text.trim();
      // The sentence's rest finishes it, or runs on as a paragraph: a title's second line ("of Samuel Oakes, Quarryman") or a
      // card's reading time ("reads in 2 min ›") opens in lower case too, and finishes nothing.
      if (!/^\p{Ll}/u.test(t) || !(SENTENCE_END.test(t) || wordCount(t) >= MIN_TAIL_WORDS)) continue;
      if (overlay.reduce((n, l) => n + wordCount(l.text), 0) > MAX_WORDS) continue;
      // Among several lines, one running on in lower case past a few words is a sentence's half of the text's own (a heading and
      // its paragraph's opening set close: "Is there still a case?⏎It is fair to ask whether the allotment still has a reason");
      // an overlay's lines that end so are buttons and labels ("Sign up free · Log in", "You've reached your free limit").
      if (overlay.length > 1 && overlay.some((l) => /\p{Ll}$/u.test(l.text.trim()) && wordCount(l.text) > MAX_OPEN_LINE_WORDS)) continue;
      // Among the text's paragraphs: a finished sentence of some length just above the cut or just below it. In a list of
      // other pages' titles (a title wrapped onto a second line in lower case, a date under it) no line around is one.
      const around2 = [...contentLines(lines, i, -1), ...contentLines(lines, j, 1)];
      if (!around2.some((l) => isStrongProse(l.text))) continue;
      // A card's detail in lower case ("publicado hace 4 sem.", "updated 2 hours ago") is no sentence's rest.
      if (isCardDetail(t)) continue;
      // Names or titles set into the sentence on lines of their own ("the winners were⏎⏎Jane Hale⏎Tom Dunn⏎⏎and …"): every
      // longer word capitalised on every line is the text's own list.
      if (overlay.every((l) => (l.text.match(/\p{L}{3,}/gu) ?? []).every((w) => /^\p{Lu}/u.test(w)))) continue;
      // The overlay may be the text's own: the opening of the next sentence after a lost stop ("… from the road⏎⏎A crowd at the
      // gates of the works⏎⏎was there by eight"), which speaks of what the sentence around it speaks of. One word shared keeps it.
      const own = new Set(topicWords(overlay.map((l) => l.text).join(' ')));
      const around = new Set(topicWords(`${h} ${t}`));
      if ([...own].some((w) => around.has(w))) continue;
      edits.push({
        start: head.end,
        end: tail.start,
        text: ' ',
        ruleId: 'web/overlay-cut',
        reason: `${overlay.length} short line${overlay.length > 1 ? 's' : ''} set into a sentence that goes on below in lower case`,
      });
      i = j - 1;
    }
    return edits;
  },
  describe: (edit, old) => `Removed an overlay set into a sentence (“${old.trim().replace(/\s+/g, ' ').slice(0, 60)}”): ${edit.reason ?? ''}`,
};
