import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { DATE_LINE, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { isStrongProse } from '../_evidence.ts';
import { chromeLine, isAuthorListLabel, isEntryDetail, isListLabel } from './_web-chrome.ts';
import { isCountOrSort, isFieldLabel, isThreadLabel, siteWordHits } from './_web-vocabulary.ts';
import { isTitleLike, sameText } from './_web-lines.ts';

/** Fewest and most entries of a site's ranking ("Most read" runs to five or ten). */
const MIN_ENTRIES = 3;
const MAX_ENTRIES = 10;
/** Fewest and most words of an entry's headline, and most on average: headlines, not the text's sentences. */
const MIN_ENTRY_WORDS = 2;
const MAX_ENTRY_WORDS = 30;
const MAX_MEAN_ENTRY_WORDS = 18;
/** Most words of the label over the list. */
const MAX_LABEL_WORDS = 6;
/** Fewest words of a paragraph of the text. */
const MIN_PARAGRAPH_WORDS = 15;
/** How many lines below the list are read for the page's furniture (a comment form's count or fields, a footer). */
const EVIDENCE_REACH = 6;
/** How many lines above the list are read back for the text's last paragraph. */
const ABOVE_REACH = 30;
/** Fewest title-like lines between the text's last paragraph and the list that make a site's links (a label and its titles). */
const MIN_TITLES_ABOVE = 2;

/**
 * The number of a ranked entry, set before its headline in the ways sites set it: "1. ", "1) ",
 * "01 ", "#1 ", "No. 1 ", "1 — ", "1 | ", "(1) ", "[1] "; or alone on its line over the headline,
 * where a site may also pad its brackets or set it in guillemets or angles ("( 1 )", "«1»", "‹1›").
 * A number with a decimal ("6.2k reads", a counter under a headline) numbers no entry.
 */
const NUMBERED = /^(?:#|[Nn][Oo]\.?\s?|[Nn][°º]\s?)?[([]?(\d{1,2})(?![.,]\d)[)\]]?(?:\s*[.):|·•—–/-]\s*|\s+)(?=\S)/u;
const BARE_NUMBER = /^(?:#|[Nn][Oo]\.?\s?|[Nn][°º]\s?)?(?:[([«‹]\s*)?(\d{1,2})(?:\s*[)\]»›])?[.)]?$/u;

/**
 * Words that rank pages by their readers: popularity, the most read or shared, favourites, what
 * is hot or trending; a top or best list over a span of time or of stories. General usage of
 * the web, in English and the commoner European languages, never a site's wording.
 */
const POPULARITY =
  /\b(?:popular|popularity|trending|hot|viral|favou?rites|most[- ](?:read|viewed|seen|shared|popular|commented|discussed|e-?mailed|clicked|liked|watched|listened|recommended)|beliebt\p{L}*|meist\p{L}*|populaires?|plus (?:lus|vus|partag[ée]s|consult[ée]s)|tendances?|m[aá]s (?:le[ií]d[oa]s|vist[oa]s|populares|compartid[oa]s)|tendencias?|pi[uù] (?:lett[ie]|vist[ie]|condivis[ie])|popolari|mais (?:lid[ao]s|vist[ao]s)|meest (?:gelezen|bekeken|gedeeld)|populairste)\b/iu;
/** A top or best list becomes a site's ranking over a span of time or of its pieces ("The week's top five", "Top reads", "Best of the month"). */
const TOP = /\b(?:top|best)\b/iu;
const SPAN = /\b(?:today|tonight|now|week|weekly|week['’]s|month|monthly|month['’]s|year|year['’]s|24 hours|moment|reads|stories|articles|posts|pieces|features|news|headlines)\b/iu;

/** A label that ranks the site's pages by their readers. */
function isRankingLabel(text: string): boolean {
  const t = text.trim();
  return isListLabel(t) || POPULARITY.test(t) || (TOP.test(t) && SPAN.test(t));
}

/** A line of a page's furniture beside the list: the site's chrome, a comment count or sort, a form's field, a comments label, a short line with a site's word. */
function isTailEvidence(text: string): boolean {
  const t = text.trim();
  return chromeLine(t) !== undefined || isCountOrSort(t) || isFieldLabel(t) || isThreadLabel(t) || (siteWordHits(t) > 0 && wordCount(t) <= 20);
}

/** An entry's headline: capitalised, a few words to a long headline, no stop, comma or colon at its end, no sentence ending inside it. */
function isHeadline(text: string): boolean {
  const t = text.trim();
  const words = wordCount(t);
  return words >= MIN_ENTRY_WORDS && words <= MAX_ENTRY_WORDS && /^["“‘'(]?[\p{Lu}\p{N}]/u.test(t) && !/[.,;:]["”’)]*$/u.test(t) && !/\p{Ll}{3}[.!]["”’)]*\s+\p{Lu}/u.test(t);
}

/** A numbered entry at content line `k`: its number, and how many lines it takes (a bare number over its headline, a detail under it). */
function entryAt(content: readonly Line[], k: number): { number: number; lines: number; words: number; bare: boolean } | undefined {
  const line = content[k]!.text.trim();
  let number: number;
  let headline: string;
  let lines = 1;
  const bare = BARE_NUMBER.exec(line);
  if (bare) {
    const next = content[k + 1];
    if (next === undefined || next.index !== content[k]!.index + 1) return undefined;
    number = Number(bare[1]);
    headline = next.text.trim();
    lines = 2;
  } else {
    const numbered = NUMBERED.exec(line);
    if (!numbered) return undefined;
    number = Number(numbered[1]);
    headline = line.slice(numbered[0].length);
  }
  if (!isHeadline(headline) || DATE_LINE.test(line)) return undefined;
  // A detail set directly under the headline (a date, a reading time) is part of the entry.
  const detail = content[k + lines];
  if (detail !== undefined && detail.index === content[k + lines - 1]!.index + 1 && isEntryDetail(detail.text) && !NUMBERED.test(detail.text.trim())) lines++;
  return { number, lines, words: wordCount(headline), bare: bare !== null };
}

/**
 * A site's ranked list of its own pages after the article (its most read, most shared, the
 * week's top five), numbered from one: three to ten entries, each a headline with no stop
 * after its number ("1. ", "01 ", "#1 ", "1 — ", or the number alone over it), maybe with a
 * date or reading time under it, below the text's last paragraph. A numbered list there may be
 * the text's own (an argument's points, a series' parts), so it goes only with evidence: a label
 * that ranks pages by their readers ("Most read", "Readers' favourites", "Top reads this week")
 * beside more of the page's furniture (a comment form's count or fields, a footer, a share
 * line, a run of links), or such furniture on both sides (a run of links or a share line above,
 * a form or footer below). Left alone: a list announced by the text (a colon), under the
 * author's label ("Sources", "Notes"), with no furniture near it, or with the text going on
 * below it; entries that are sentences with stops; numbers out of order (a timeline's years).
 */
export const removeRankedList: Pass = {
  ruleId: 'web/ranked-list',
  run(text, ctx) {
    const lines = splitLines(text);
    const content = lines.filter((line) => !isBlank(line));
    let lastParagraph = -1;
    content.forEach((line, k) => {
      // A form's long line ("Save my name, email and website …") uses the site's words; a paragraph of the text hardly any.
      if (isStrongProse(line.text) && wordCount(line.text) >= MIN_PARAGRAPH_WORDS && siteWordHits(line.text) < 2) lastParagraph = k;
    });
    const edits: Edit[] = [];
    let k = lastParagraph + 1;
    while (k < content.length) {
      const first = entryAt(content, k);
      if (first === undefined || first.number !== 1) {
        k++;
        continue;
      }
      // The entries, numbered on by one, each set close under the last or all apart alike.
      const words: number[] = [];
      let allBare = true;
      let j = k;
      let expected = 1;
      while (j < content.length && words.length < MAX_ENTRIES + 1) {
        const entry = entryAt(content, j);
        if (entry === undefined || entry.number !== expected) break;
        words.push(entry.words);
        allBare &&= entry.bare;
        j += entry.lines;
        expected++;
      }
      const count = words.length;
      if (count < MIN_ENTRIES || count > MAX_ENTRIES || words.reduce((a, b) => a + b, 0) > count * MAX_MEAN_ENTRY_WORDS) {
        k = Math.max(k + 1, j);
        continue;
      }
      // The label directly over the list (close or after one blank line): a few words, no sentence; the text's own announcement ends on a colon.
      const above = content[k - 1];
      const labelled =
        above !== undefined && k - 1 > lastParagraph && above.index >= content[k]!.index - 2 && wordCount(above.text) <= MAX_LABEL_WORDS && isTitleLike(above.text) && !/[:,;]\s*$/.test(above.text) && !sameText(above.text, ctx.title);
      if (above !== undefined && (/[:,]\s*$/.test(above.text) || isAuthorListLabel(above.text))) {
        k = j;
        continue;
      }
      const label = labelled ? k - 1 : k;
      // What stands between the text's last paragraph and the list: the site's links (titles) or a line of its furniture.
      const gap = content.slice(Math.max(lastParagraph + 1, label - ABOVE_REACH), label);
      const titlesAbove = gap.filter((line) => isTitleLike(line.text) && wordCount(line.text) >= 3 && !DATE_LINE.test(line.text) && !sameText(line.text, ctx.author)).length;
      const furnitureAbove = gap.length > 0 && (gap.some((line) => isTailEvidence(line.text)) || titlesAbove >= MIN_TITLES_ABOVE);
      const below = content.slice(j, j + EVIDENCE_REACH);
      const furnitureBelow = below.some((line) => isTailEvidence(line.text));
      const ranking = labelled && isRankingLabel(content[label]!.text);
      // At the page's very end, a ranking's label is evidence enough; so is any short label over entries that are each a
      // number set alone over a one-line headline, a site's cards (a text's own numbered parts run on into paragraphs).
      // A list with no label needs the furniture on both sides.
      const atEnd = j >= content.length;
      const cards = labelled && allBare && atEnd;
      if ((ranking && (furnitureAbove || furnitureBelow || atEnd)) || cards || (furnitureAbove && (furnitureBelow || atEnd))) {
        const start = content[label]!;
        const last = content[j - 1]!;
        let stop = last.index + 1;
        while (stop < lines.length && isBlank(lines[stop])) stop++;
        edits.push({ start: start.start, end: stop < lines.length ? lines[stop]!.start : text.length, text: '', ruleId: 'web/ranked-list', reason: `${count} numbered headlines${ranking ? ' under a ranking label' : cards ? ', each under its number set alone, under a label at the page’s end' : ''} among the page’s furniture` });
      }
      k = j;
    }
    return edits;
  },
  describe: (edit, old) => `Removed a site’s ranked list after the article: ${edit.reason ?? ''} (“${old.trim().split('\n')[0]!.slice(0, 60)}”)`,
};
