import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, normaliseForComparison, splitLines, wordCount } from '../_lines.ts';
import { isStrongProse } from '../_evidence.ts';
import { cardPart, dateValue, type CardPart } from './_web-cards.ts';
import { isAuthorListLabel } from './_web-chrome.ts';
import { endsOnFunctionWord, isProse, sameText } from './_web-lines.ts';

/** Fewest cards in a run: two alike may be the text's own pair. */
const MIN_CARDS = 3;
/** Most lines of one card (a kicker, a headline, a standfirst, a detail). */
const MAX_CARD_LINES = 4;
/** Fewest words of each bare headline in a run closed by a link on ("See all ›"), and fewest on average. */
const MIN_BARE_HEADLINE_WORDS = 3;
const MIN_MEAN_HEADLINE_WORDS = 4;
/** Most words of a label set over the cards that names no list the rules know ("Elsewhere", "From the archive"). */
const MAX_LABEL_WORDS = 5;

/** Most words of a line that repeats in every card (a picture's placeholder, a site's stamp). */
const MAX_REPEATED_WORDS = 8;

/** One letter for each part, so a card's shape is a short string; a line repeated in every card is 'r'. */
const LETTER: Record<CardPart, string> = { headline: 'T', standfirst: 's', teaser: 'e', kicker: 'k', detail: 'd', more: 'm', text: 'x' };

/** The author's own lists a label over dated titles may name besides reading and sources: a chronology, a contents list, works, publications, a calendar. */
const AUTHOR_LABEL = /\b(?:works|chronology|timeline|contents|publications|writings|books by|selected|events|dates|diary|journal|programme|schedule|itinerary|appendix|index|glossary)\b/iu;

/**
 * Whether a card's shape (its parts' letters) is a site's card: one headline, a kicker only
 * right over it, opening with the kicker, the headline or a detail, and with evidence a text's
 * own list does not carry: a detail (a date, a byline, a reading time), a standfirst cut short
 * with "…", a section word over the headline, or a link on to the piece ("Read more…"). A
 * headline cut short with "…" is a card alone.
 */
function isCardShape(shape: string): boolean {
  if (shape === 'e') return true;
  // A line the same in every card (a picture's alt text) is no evidence alone: a refrain repeats so in verse.
  if (shape.indexOf('r') !== shape.lastIndexOf('r')) return false;
  const t = shape.indexOf('T');
  if (t < 0 || shape.indexOf('T', t + 1) >= 0) return false;
  const k = shape.indexOf('k');
  if (k >= 0 && (k !== t - 1 || shape.indexOf('k', k + 1) >= 0)) return false;
  if (!/^[kTdr]/.test(shape)) return false;
  return /[dekm]/.test(shape);
}

/**
 * Runs of a site's article cards with no label the rules know, anywhere on the page (before
 * the title, between two paragraphs, after the end): three cards or more in a row, each the same
 * shape (the same parts in the same order, set with the same blank lines), each one headline
 * with a detail under or over it (a date, a byline, a reading time, how long ago), a standfirst
 * cut short with "…", or a section word over it. A short label over the run goes with it,
 * unless it names the author's own list ("Sources", "Further reading", "Chronology"). Left
 * alone: cards introduced by the text's colon or by a sentence running on into them; dates set
 * over or under titles in the order of time (a timeline of events); numbered and bulleted
 * lines, turns of an interview, full-stopped sentences (a bibliography's entries, a timeline's
 * events); and, before the text with no title known, the last card, which may be the title and
 * its byline.
 */
export const removeCardRun: Pass = {
  ruleId: 'web/card-run',
  run(text, ctx) {
    const lines = splitLines(text);
    const content = lines.filter((line) => !isBlank(line));
    const n = content.length;
    // How often each short line stands in the document: a line the same over every card is one part of them.
    const repeats = new Map<string, number>();
    for (const line of content) {
      if (wordCount(line.text) > MAX_REPEATED_WORDS) continue;
      const key = normaliseForComparison(line.text);
      repeats.set(key, (repeats.get(key) ?? 0) + 1);
    }
    const parts = content.map((line) => {
      if (sameText(line.text, ctx.title)) return 'x';
      const part = LETTER[cardPart(line.text)];
      // A repeated line that is no detail, kicker or link of its own ("Image", a picture's description).
      if ((part === 'T' || part === 'x') && wordCount(line.text) >= 1 && wordCount(line.text) <= MAX_REPEATED_WORDS && (repeats.get(normaliseForComparison(line.text)) ?? 0) >= MIN_CARDS) return 'r';
      return part;
    });
    // Each line's spacing from the line above: set close (1) or after a blank line (2).
    const gaps = content.map((line, k) => (k > 0 && line.index === content[k - 1]!.index + 1 ? 1 : 2));
    const firstProse = content.findIndex((line) => isStrongProse(line.text));
    const titleFound = content.some((line) => sameText(line.text, ctx.title));
    // How often each headline's text stands in the document: a contents list repeats the headings of the text below it.
    const seen = new Map<string, number>();
    content.forEach((line, k) => {
      if (parts[k] !== 'T') return;
      const key = normaliseForComparison(line.text);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    });
    // Stretches that repeat with one period, found in one pass per period: where the repetition breaks, a new stretch may open
    // within the last period's lines, so each line is looked at a few times at most.
    const found: { from: number; period: number; cards: number }[] = [];
    // A run of bare headlines closed by a link on to the rest ("See all stories ›"): headlines that say something (a name and a
    // place say less), and a link that closes the run rather than labelling a list under it ("Read more⏎<titles>").
    const isHeadlineRunClosed = (from: number, end: number): boolean => {
      if (parts[end + 1] !== 'm' || parts[end + 2] === 'T') return false;
      const words = content.slice(from, end + 1).map((line) => wordCount(line.text));
      return words.every((w) => w >= MIN_BARE_HEADLINE_WORDS) && words.reduce((a, b) => a + b, 0) >= words.length * MIN_MEAN_HEADLINE_WORDS;
    };
    for (let period = 1; period <= MAX_CARD_LINES; period++) {
      let s = 0;
      while (s < n) {
        if (parts[s] === 'x') {
          s++;
          continue;
        }
        let end = s;
        while (end + 1 < n && parts[end + 1] !== 'x' && (end + 1 - s < period || (parts[end + 1] === parts[end + 1 - period] && (end + 1 - period === s || gaps[end + 1] === gaps[end + 1 - period])))) end++;
        // The cards may start a line or two into the stretch (a partial card above them stays): the first offset whose shape is
        // a card's, and which opens after a blank line where the card's own lines are set closer.
        for (let offset = 0; offset < period; offset++) {
          const from = s + offset;
          const cards = Math.floor((end - from + 1) / period);
          if (cards < MIN_CARDS) break;
          const cardGaps = gaps.slice(from + 1, from + period);
          const opensApart = gaps[from + period] === 2 || cardGaps.every((gap) => gap === gaps[from + period]);
          const shape = parts.slice(from, from + period).join('');
          // Headlines alone, one a line, are cards where a link on to the rest closes them ("More…"); cut short, where none is quoted speech trailing off.
          const closed = shape === 'T' && isHeadlineRunClosed(from, end);
          const bare = shape === 'T' ? closed : shape !== 'e' || content.slice(from, end + 1).every((line) => !/^\s*["“‘']/u.test(line.text));
          if (isCardShape(shape === 'T' && closed ? 'Tm' : shape) && opensApart && bare) {
            found.push({ from, period, cards });
            break;
          }
        }
        s = Math.max(s + 1, end + 2 - period);
      }
    }
    found.sort((a, b) => a.from - b.from || a.period - b.period);
    const edits: Edit[] = [];
    let taken = -1;
    for (const run of found) {
      const { from, period } = run;
      if (from <= taken) continue;
      let { cards } = run;
      const shape = parts.slice(from, from + period).join('');
      const last = (): number => from + cards * period - 1;
      const reasonKept = keptBecause();
      taken = from + run.cards * period - 1;
      if (reasonKept) continue;
      let start = from;
      // A short label over the run, set apart from the text above it, goes with it; above the first paragraph it may be the title, and stays.
      const above = content[from - 1];
      if (above !== undefined && firstProse >= 0 && from - 1 > firstProse && gaps[from - 1] === 2 && /^["“‘'(]?\p{Lu}/u.test(above.text.trim()) && above.text.trim().split(/\s+/).length <= MAX_LABEL_WORDS && !/[.,;:!?]$/.test(above.text.trim()) && !isStrongProse(above.text)) start = from - 1;
      const first = content[start]!;
      // A link on to the rest of the list set under its last card ("See all ›", "More…") goes with it.
      const closing = parts[last() + 1] === 'm' && gaps[last() + 1] === gaps[from + period] ? 1 : 0;
      const lastLine = content[last() + closing]!;
      let stop = lastLine.index + 1;
      // Under text set close above, the blank lines below stay, so the text above and below do not close up.
      if (first.index === 0 || isBlank(lines[first.index - 1])) while (stop < lines.length && isBlank(lines[stop])) stop++;
      edits.push({ start: first.start, end: stop < lines.length ? lines[stop]!.start : text.length, text: '', ruleId: 'web/card-run', reason: `${cards} cards shaped ${shape}` });

      /** Why the run is the text's own and stays; may drop a last card that belongs to the text. */
      function keptBecause(): string | undefined {
        const before = content[from - 1];
        // Announced by the text ("… these pieces:"), under a letter's closing ("Yours faithfully,"), or a sentence running on into the first card.
        if (before !== undefined && (/[:,]\s*$/.test(before.text) || (gaps[from] === 1 && endsOnFunctionWord(before.text)))) return 'announced';
        if (before !== undefined && (isAuthorListLabel(before.text) || AUTHOR_LABEL.test(before.text)) && before.text.trim().split(/\s+/).length <= MAX_LABEL_WORDS + 1) return 'author’s list';
        // A headline that stands again elsewhere in the document: a contents list over the text's own headings.
        for (let c = 0; c < cards; c++) {
          const headline = content[from + c * period + shape.search(/[Te]/)]!;
          if ((seen.get(normaliseForComparison(headline.text)) ?? 0) > 1) return 'contents';
        }
        // Dates only, in the order of time: a timeline of events, not a site's newest first.
        const dated: number[] = [];
        for (let c = 0; c < cards; c++) {
          for (let p = 0; p < period; p++) {
            if (shape[p] !== 'd') continue;
            const value = dateValue(content[from + c * period + p]!.text);
            if (value !== undefined) dated.push(value);
          }
        }
        if (dated.length >= MIN_CARDS && dated.every((value, i) => i === 0 || value > dated[i - 1]!)) return 'timeline';
        const below = content[last() + 1];
        // Before the text, with no title known, the last card may be the title and its byline over the first paragraph.
        if (below !== undefined && isProse(below.text) && (firstProse < 0 || from < firstProse) && !titleFound) cards--;
        // A last card set close over a paragraph, where the cards stand apart, is a heading over its section.
        else if (below !== undefined && isProse(below.text) && gaps[last() + 1] === 1 && gaps[from + period] === 2) cards--;
        return cards < MIN_CARDS ? 'too few' : undefined;
      }
    }
    return edits;
  },
  describe: (edit, old) => `Removed a run of a site’s article cards with no label: ${edit.reason ?? ''} (“${old.trim().split('\n')[0]!.slice(0, 60)}”)`,
};
