import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { FULL_DATE_SOURCE, PLACE_AND_DATE_LINE, splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { isDateLine, isHeadline, isProse, isTitleLike, joinedNames, joinWrapped, sameText } from './_web-lines.ts';
import { isAuthorListLabel } from './_web-chrome.ts';

/** A label naming something to read, listen to or watch next, which sites set over their own pages too. */
const READING_LABEL = /\b(?:reading|listening|viewing)\b/iu;

/** A work cited as a reading list cites it: with its year, or its writer after "by". */
const CITATION = /\b(?:1[5-9]\d\d|20\d\d)\b|\bby\s+\p{Lu}/u;

/** Whether the entries under a reading list's label cite works (a year, a writer), as an author's list does and a site's headlines do not. */
function citesWorks(blocks: readonly (readonly Line[])[]): boolean {
  const lines = blocks.flat();
  return lines.length > 0 && lines.filter((line) => CITATION.test(line.text)).length * 2 >= lines.length;
}

/** A sign-off: the author's name, a date, or a name directly above a date. */
export function isSignOff(block: readonly Line[], author: string | undefined): boolean {
  return block.some((line, i) => sameText(line.text, author) || isDateLine(line.text) || (block[i + 1] !== undefined && isDateLine(block[i + 1]!.text)));
}

/** Most words of a signature line: a name, a role, the body signed for. */
const MAX_SIGNATURE_WORDS = 10;
/** A signer's name and, after a comma, their role, closing the line: "Gertrud Hollweg, Schriftführerin", "A. Lee, Hon. Secretary". */
const SIGNER_AND_ROLE = /\p{Lu}[\p{L}.'’-]*\s+\p{Lu}[\p{L}'’-]+,\s+[\p{L}][\p{L}. '’-]*$/u;
/** Capitalised words of the author's name long enough to name someone or a body ("Hollweg", "Arbeitskreis"), not an initial. */
const NAME_WORD = /\p{Lu}\p{L}{3,}/gu;

/**
 * A line that names the author as the metadata gives them (a word of that name in it, "Für den Arbeitskreis: Gertrud
 * Hollweg, Schriftführerin" under a text by the "Arbeitskreis Volksbildung Kettwig"): the text's signature, no other page's title.
 */
function namesAuthor(line: Line, author: string | undefined): boolean {
  // A signature is a line of a few words; a paragraph may speak of the author ("The Trustees draw attention …"). It sets
  // the signer's role after a comma ("…, Secretary"), as no headline does; a headline may share a common noun with the
  // author's name ("Schools and councils: what next?" under a text by an "Inspector of Schools").
  if (author === undefined || wordCount(line.text) > MAX_SIGNATURE_WORDS || isProse(line.text) || !SIGNER_AND_ROLE.test(line.text.trim())) return false;
  const own = new Set(author.match(NAME_WORD) ?? []);
  return (line.text.match(NAME_WORD) ?? []).some((word) => own.has(word));
}

/** Words of a name or place under a closing; one with a role or a place after a comma may run longer ("D. Rhys Bevan, General Secretary"). */
const NAME_WORDS = 4;
const NAME_AND_ROLE_WORDS = 6;

/** A name, a place or a date under a closing: a few words, each capitalised ("Edith", "Cairo, Egypt", "J. R. Hale", "A. Lee, Hon. Secretary"). */
function readsAsNameOrPlace(line: Line): boolean {
  return isDateLine(line.text) || joinedNames(line.text, nameOrPlace);
}

/** A name (with a role or place after a comma) of a few capitalised words. */
function nameOrPlace(part: string): boolean {
  const words = part.split(/\s+/);
  const most = /\p{L},\s/u.test(part) ? NAME_AND_ROLE_WORDS : NAME_WORDS;
  return words.length <= most && words.every((word) => /^["“‘(]?[\p{Lu}\p{N}]/u.test(word));
}

/** A full date, the day or the month first ("14 March 1936", "March 14, 1936"). */
const FULL_DATE = new RegExp(FULL_DATE_SOURCE, 'giu');

/** A line holding two full dates: a life's or a period's span closing the text ("…, born 3 May 1901; died 9 June 1980"), which no link's title holds. */
function holdsSpan(line: Line): boolean {
  return (line.text.match(FULL_DATE)?.length ?? 0) >= 2;
}

/** How many lines at the block's end read as a name or place, when some line above them does not. */
function trailingNames(block: readonly Line[]): number {
  let names = 0;
  while (names < block.length && readsAsNameOrPlace(block[block.length - 1 - names]!)) names++;
  return names < block.length ? names : 0;
}

/** A year opening a line, then the event: a timeline's entry ("1852 The keepers send their petition"). */
const YEAR_FIRST = /^\s*(?:1[0-9]\d\d|20\d\d)s?\b/u;

/**
 * A closing of thanks or farewell on a line of its own, as a speech or a letter ends ("Thank
 * you", "Thank you all", "Goodnight and God bless", "Merci à tous"), in English and the commoner
 * European tongues: the speaker's last words to the audience, no other page's title.
 */
const CLOSING_WORDS =
  /^["“‘]?(?:thank you|thanks|many thanks|goodbye|good-?bye|good ?night|good luck|god bless|farewell|merci|danke|vielen dank|gracias|muchas gracias|grazie|obrigad[oa]|dank u|bedankt|diolch|tak|dziękuję)\b[^.?:|]{0,30}[.!]?["”’]?$/iu;
/** Most words of such a closing. */
const MAX_CLOSING_WORDS = 6;

/** Two lines or more numbered in order ("1. …", "2) …"): a list the text makes, not a site's links. */
function isNumberedList(block: readonly Line[]): boolean {
  const numbers = block.map((line) => /^\s*(\d{1,2})\\?[.)]\s/.exec(line.text)?.[1]);
  return block.length >= 2 && numbers.every((n, i) => n !== undefined && Number(n) === Number(numbers[0]) + i);
}

/** Links to other articles after the article's end: short title-like lines, up to the sign-off or the last paragraph. */
export const removeRelatedLinks: Pass = {
  ruleId: 'web/related-links',
  run(text, ctx) {
    const blocks = splitBlocks(splitLines(text));
    const edits: Edit[] = [];
    let lowest = -1;
    for (let b = blocks.length - 1; b > 0; b--) {
      const block = blocks[b]!;
      // The author's own sources under their label ("Sources", "References") run to the end: the titles under it are the
      // author's, and stay. A reading list's label is a site's too ("Further reading" over its own headlines): it does not stop the rule.
      if (block.length === 1 && isAuthorListLabel(block[0]!.text) && (!READING_LABEL.test(block[0]!.text) || citesWorks(blocks.slice(b + 1)))) return [];
      // Under a label or another link, a headline may run longer than a title, or wrap onto a line in lower case; directly under the
      // body such a line may be its last paragraph that lost its stop, or a verse's lines.
      const underLinks = blocks[b - 1]!.every((line) => (isTitleLike(line.text) && !isProse(line.text)) || isHeadline(line.text));
      const entries = underLinks ? joinWrapped(block) : block;
      // The text's signature naming its author ends the text; title-like lines set over it in its block (a caption) go, a
      // closing over it ("Your loving sister,") stays with it.
      if (namesAuthor(block[block.length - 1]!, ctx.author)) {
        const over = block.slice(0, -1);
        if (over.length > 0 && over.every((line) => isTitleLike(line.text) && !isProse(line.text))) edits.push({ start: block[0]!.start, end: block[block.length - 1]!.start, text: '', ruleId: 'web/related-links' });
        break;
      }
      if (isSignOff(block, ctx.author) || !entries.every((line) => (isTitleLike(line.text) && !isProse(line.text)) || (underLinks && isHeadline(line.text))) || block.some(holdsSpan)) break;
      // A numbered list is the text's own points (a table's rows the runner keeps every such pass out of), under its heading too;
      // so is a list the text announces ("The book is in four parts:") and a timeline, a year opening every line.
      if (isNumberedList(block) || (block.length >= 3 && isNumberedList(block.slice(1)))) break;
      // The speaker's or writer's closing thanks or farewell ends the text: it and all above it stay.
      if (block.length === 1 && CLOSING_WORDS.test(block[0]!.text.trim()) && block[0]!.text.trim().split(/\s+/).length <= MAX_CLOSING_WORDS) break;
      if (block.length > 1 && /:\s*$/.test(block[0]!.text)) break;
      if (block.length >= 2 && block.every((line) => YEAR_FIRST.test(line.text))) break;
      // A place and a date ("Bridport, 3 May 1911") closes a letter, however far its closing stands above (a box may stand between).
      if (block.some((line) => PLACE_AND_DATE_LINE.test(line.text))) break;
      // A letter's closing ("Your loving friend,") is followed by the writer's name and place, not by links;
      // a line with words in lower case ("Why rents matter") is neither, and the links may start there.
      // Under a name, the closing may stand one block further up, past a line of furniture set between ("Your friend,⏎Sponsored⏎Edith⏎Cairo").
      // Under the writer's name the place may stand past a caption set between ("yours faithfully," / "J. W. Arkwright" /
      // "Légende : …" / "Marston Vale"): a name or place reaches one block further when a name stands within reach above it.
      const reach = blocks[b - 1]!.every(readsAsNameOrPlace) || (b >= 2 && blocks[b - 2]!.every(readsAsNameOrPlace) && block.every(readsAsNameOrPlace)) ? 3 : 2;
      const closing = blocks.slice(Math.max(0, b - reach), b).some((above) => /,\s*$/.test(above[above.length - 1]!.text));
      if (closing && block.every(readsAsNameOrPlace)) break;
      // A caption or link set directly above the writer's name or place: it goes, the name and place stay.
      const names = closing ? trailingNames(block) : 0;
      if (names > 0) {
        edits.push({ start: block[0]!.start, end: block[block.length - names]!.start, text: '', ruleId: 'web/related-links' });
        break;
      }
      const end = b === blocks.length - 1 ? text.length : blocks[b + 1]![0]!.start;
      edits.push({ start: block[0]!.start, end, text: '', ruleId: 'web/related-links' });
      lowest = b;
    }
    // Lines a paragraph of the piece introduces with a colon ("… as they pass:" over a motto, an inscription, a list)
    // are the piece's own, however much they look like titles: they stay, noted in the report.
    const above = lowest > 0 ? blocks[lowest - 1]!.at(-1)! : undefined;
    if (above && isProse(above.text) && /:\s*$/.test(above.text)) {
      const first = blocks[lowest]!;
      ctx.keep(first[0]!.start, first.map((line) => line.text).join(' '), 'may be links to other pages, but the paragraph above introduces it with a colon');
      return [];
    }
    return edits;
  },
};
