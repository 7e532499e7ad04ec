import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { ADVERT_REASON, carriesPrice, ownEntryBlocks, RULED_REASON, offerEvidence as weigh } from './_web-offer.ts';
import { topicWords } from './_web-vocabulary.ts';
import { isListOfSentences, isProse, isTurnOfPiece, speakerLabels } from './_web-lines.ts';

/** Most words of one line of a promotion, and most lines of its box. */
const MAX_LINE_WORDS = 20;
const MAX_BOX_LINES = 6;
const MAX_BOX_LINE_WORDS = 25;
/** A paragraph of the piece around it: a block of this many words or more. */
const PARAGRAPH_WORDS = 20;
/** The weight a block needs to go. */
const THRESHOLD = 4;
/** Most of a block's topic words the paragraphs around it may share: a heading or a real line shares many. */
const MAX_SHARED = 0.34;

/** A block that may be a box: short lines, none going on from another, quoted, or ending on a comma. */
function boxShaped(block: readonly Line[]): boolean {
  // A box of several lines may hold one sentence of description, or a quoted line of praise under its label.
  const several = block.length > 1;
  return (
    block.length <= MAX_BOX_LINES &&
    block.every(
      (l, i) =>
        wordCount(l.text) <= (several ? MAX_BOX_LINE_WORDS : MAX_LINE_WORDS) &&
        // A line in brackets whole is a box's label or button ("[ Sign up ]"); one opening on a bracket and going on is text.
        (!/^\s*[\p{Ll}"“‘'([]/u.test(l.text) || /^\s*[[(][^\])]{1,30}[\])]\s*$/u.test(l.text) || (several && i > 0 && /^\s*["“‘']/u.test(l.text))) &&
        (!/[,;:]\s*$/.test(l.text) || (several && i === 0 && /:\s*$/.test(l.text) && wordCount(l.text) <= 6)),
    )
  );
}

/**
 * One line that is a label and a link's title: a short label, a separator (colon, bar, dash,
 * guillemet, arrow), then a capitalised title without a closing stop ("Podcast | The forgotten
 * ferrymen", "Next in this series: The brickmakers").
 */
const LABELLED_LINK = /^\s*(?:[^\p{L}\p{N}\s"“‘'(]\s*)?(\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){0,4})\s*(?:[:|»›→⟶–—]|\s-\s)\s*["“‘']?[\p{Lu}\p{N}]/u;
/** A label that numbers or names a part of the piece ("Part Two:", "Chapter 3 —", "Epilogue:"): a heading's, not a link's. */
const PART_LABEL =
  /\d|\b(?:[IVXLC]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|chapter|part|section|book|act|scene|appendix|letter|day|canto|stanza|verse|note|notes|prologue|epilogue|interlude|postscript|afterword|foreword|preface|introduction|conclusion|coda|question|answer|q|a)\b/iu;
/** A label whose last word is one capital letter: a part lettered in sequence ("Appendix D", "Part C", "ANNEX C"). */
const LETTERED_PART = /\p{L}{2,}\s+\p{Lu}$/u;
/** How far above an advert's label the text may end, past short blocks (a caption, a letter's close, another box). */
const ADVERT_REACH = 6;
/** Most words of a block of a letter's sign-off. */
const SIGN_OFF_WORDS = 6;
/** At most this share of a link line's topic words in the paragraphs around it: another page's title. */
const LINK_OFF_TOPIC = 0.15;

/** A line that is a label before another page's title, with the label that heads it. */
function labelledLink(block: readonly Line[]): boolean {
  if (block.length !== 1) return false;
  const t = block[0]!.text.trim();
  if (/[.;,]["'”’)]?$/.test(t) || wordCount(t) > MAX_LINE_WORDS) return false;
  // A link's marker before a title: "⟶ The smugglers of the marsh", "» The last tram".
  if (/^[»›▶▸►•→\u2190-\u21FF\u27F0-\u27FF\u2900-\u297F]\s*["“‘']?\p{Lu}/u.test(t)) return true;
  // A label between ornaments before a title ("★ Members' pick ★ The tannery"), or a title in brackets whole ("[ The tannery ]").
  if (/^\s*([^\p{L}\p{N}\s"“‘'(])\s*\p{L}.{0,30}?\s*\1\s+["“‘']?[\p{Lu}\p{N}]/u.test(t) || /^\s*\[\s*\p{Lu}[^\]]{2,60}\]\s*$/u.test(t)) return true;
  const m = LABELLED_LINK.exec(t);
  // A label closed by one capital letter numbers a part by letter, as a figure does ("Appendix D:", "Annex C —").
  return !!m && !PART_LABEL.test(m[1]!) && !LETTERED_PART.test(m[1]!);
}

/**
 * The nearest paragraph of the piece within `reach` blocks from `b` in direction `step`, past short blocks only. The
 * same block again is no paragraph, however many words it holds: a page that sets its box twice would otherwise have
 * each copy shelter the other.
 */
function paragraphNear(blocks: readonly (readonly Line[])[], b: number, step: 1 | -1, reach: number): readonly Line[] | undefined {
  for (let k = 1; k <= reach; k++) {
    const block = blocks[b + step * k];
    if (!block) return undefined;
    if (words(block) >= PARAGRAPH_WORDS && !sameBlock(block, blocks[b]!)) return block;
    if (block.length > MAX_BOX_LINES || block.some((l) => wordCount(l.text) > MAX_LINE_WORDS)) return undefined;
  }
  return undefined;
}

/** Most short lines (a caption, a box's) between a paragraph's broken halves. */
const MAX_BETWEEN_HALVES = 3;

/**
 * The block opens a paragraph of the piece that a picture's caption or a box broke in two: the
 * text above ends its sentence, the block's last line does not, and a line below, past a few short
 * ones only, goes on with it in lower case. An offer put into the text mid-sentence comes after
 * an unfinished line; one that stands between whole paragraphs is not so continued.
 */
function opensRunOnParagraph(blocks: readonly (readonly Line[])[], b: number): boolean {
  const last = blocks[b]!.at(-1)!.text.trim();
  if (SENTENCE_END.test(last) || /[:;]$/.test(last) || !SENTENCE_END.test(blocks[b - 1]!.at(-1)!.text.trim())) return false;
  let short = 0;
  for (const below of blocks.slice(b + 1, b + 2 + MAX_BETWEEN_HALVES)) {
    for (const line of below) {
      if (/^\s*\p{Ll}/u.test(line.text) && wordCount(line.text) >= PARAGRAPH_WORDS / 2) return true;
      if (wordCount(line.text) > MAX_LINE_WORDS || ++short > MAX_BETWEEN_HALVES) return false;
    }
  }
  return false;
}

/** A clause's number at a line's head: "4.2 The Grazier…", "5. The Landlord's Rights". */
const CLAUSE_NUMBER = /^\s*(\d{1,3})\.(\d{1,3})?(?=\s+\p{Lu})/u;

/** The clause numbers the piece has set so far: whole ("4.", "4.1") and by their first figure ("4"). */
interface ClauseHeads {
  readonly whole: Set<string>;
  readonly majors: Set<number>;
}

function addClauseHead(heads: ClauseHeads, text: string): void {
  const m = CLAUSE_NUMBER.exec(text);
  if (!m) return;
  heads.whole.add(m[2] === undefined ? `${m[1]}.` : `${m[1]}.${m[2]}`);
  heads.majors.add(Number(m[1]));
}

/**
 * A line of the block goes on with the piece's own numbering: its clause number ("4.2") follows one a line above the
 * block opens with ("4.1", or "4." for a first sub-clause "4.1"; "3." or any "3.n" for "4."). An offer does not number
 * itself into the text's clauses; a caption set on the line above a clause (the page lost the blank line) must not take
 * it along. `heads` holds the numbers of the lines above the block, gathered once as the pass walks down (linear time).
 */
function continuesNumbering(heads: ClauseHeads, block: readonly Line[]): boolean {
  return block.some((line) => {
    const m = CLAUSE_NUMBER.exec(line.text);
    if (!m) return false;
    const major = Number(m[1]);
    if (m[2] === undefined) return heads.majors.has(major - 1);
    const minor = Number(m[2]);
    return minor > 1 ? heads.whole.has(`${major}.${minor - 1}`) : heads.whole.has(`${major}.`);
  });
}

/** A list's item: a bullet or dash, then text. */
const LIST_ITEM = /^\s*[•·▪◦*–-]\s+\S/u;

/**
 * The block holds a sentence of the piece that introduces a list of figures: a line of at least a few words whose
 * sentence ends on a colon (at the line's end, or before the first item when the page ran it on: "cargoes were:• Coal"),
 * then two or more items, most holding a figure and a comma ("Coal, 61,300 tons", "Tinplate, 3,120 tons"). An offer's
 * list names what it gives ("• Free delivery", "• 12 issues for £30"), not things counted after a sentence of the text.
 */
function introducesFigures(block: readonly Line[]): boolean {
  const at = block.findIndex((line) => {
    const m = /^(.*?):\s*(?:$|[•·▪◦*–-]\s+\S)/u.exec(line.text);
    // The piece's sentence tells; an offer's addresses the reader ("Subscribe and you get:").
    return !!m && wordCount(m[1]!) >= 4 && /\p{Ll}{2}/u.test(m[1]!) && !/\b(?:you|your|yours)\b/iu.test(m[1]!);
  });
  if (at < 0) return false;
  const ranOn = /:\s*[•·▪◦*–-]\s+\S/u.test(block[at]!.text) ? [block[at]!.text.replace(/^.*?:\s*/u, '')] : [];
  const items = [...ranOn, ...block.slice(at + 1).map((l) => l.text)];
  if (!items.every((t, k) => (k === 0 && ranOn.length > 0) || LIST_ITEM.test(t))) return false;
  // Items that name a thing, then count it: a figure and a comma ("Coal, 61,300 tons"); an offer's prices ("12 issues for £30") have no comma.
  return items.length >= 2 && items.filter((t) => /\d/.test(t) && /,/.test(t)).length >= Math.max(2, Math.ceil(items.length * 0.75));
}

const sameBlock = (a: readonly Line[], b: readonly Line[]): boolean => a.length === b.length && a.every((line, k) => line.text.trim() === b[k]!.text.trim());

const words = (block: readonly Line[] | undefined): number => (block ? block.reduce((n, l) => n + wordCount(l.text), 0) : 0);

/**
 * A site's offer set apart between two paragraphs of the piece, weighed rather than matched: a
 * short block (one to four short lines) that does not go on with the piece's topic (few of its
 * topic words occur in the paragraphs around it, where a real heading or line shares many) and
 * carries weights of a site's offer — site and offer words (subscribe, podcast, tickets,
 * members, free, today …), the reader addressed, an imperative or an exclamation, a link's arrow
 * or chevron, capitals. It goes only with strong evidence (a site word, two offer words or a
 * link marker) and enough weight; anything less stays.
 */
export const removeWeighedPromotion: Pass = {
  ruleId: 'web/weighed-promotion',
  run(text) {
    const lines = splitLines(text);
    const blocks = splitBlocks(lines);
    const edits: Edit[] = [];
    const turns = speakerLabels(blocks);
    const heads: ClauseHeads = { whole: new Set(), majors: new Set() };
    const ownPrices = ownEntryBlocks(blocks);
    let walked = 0;
    for (let b = 1; b + 1 < blocks.length; b++) {
      while (walked < lines.length && lines[walked]!.start < blocks[b]![0]!.start) addClauseHead(heads, lines[walked++]!.text);
      const block = blocks[b]!;
      const link = labelledLink(block);
      // A turn of the piece's interview ("Q: Is it true you…?") under a caption is the piece's, however it addresses "you".
      // So is a labelled question answered by the labelled line under it ("Foreman: And the office, …?" / "Witness: …").
      if (block.some((_line, i) => isTurnOfPiece(blocks, b, i, turns))) continue;
      // A clause going on with the piece's numbering, or a sentence of the piece introducing a list of figures, is the
      // piece's, even with a caption glued above it.
      if (continuesNumbering(heads, block) || introducesFigures(block)) continue;
      // A bulleted list of the piece's sentences (an incident's injuries, a programme's hours) is the piece's: its bullets
      // are no link's marker, and the sums or the shop it names are what it reports.
      if (isListOfSentences(block)) continue;
      // A question on its own line is the piece's (an interviewer's, a speaker's), not an offer.
      if (!boxShaped(block) || (block.length === 1 && !link && /\?["'”’]?\s*$/.test(block[0]!.text))) continue;
      const before = blocks[b - 1]!;
      // Among the piece's paragraphs: one above and one below, past a heading, a date or a box of its own.
      const prev = paragraphNear(blocks, b, -1, 3);
      const next = paragraphNear(blocks, b, 1, 2);
      // A priced block of a text that prices things block after block is an entry of its own list: its price and the
      // words it shares with an offer ("order", "tickets", "free") do not weigh.
      const { score, strong, reasons } = weigh(block, ownPrices[b]);
      // An entry of the text's own priced list that a caption or a box was glued to (the page lost the blank line between):
      // the evidence is on the other lines, and the entry's line, a sentence weighed alone, is no offer (a box's price line is
      // short). Kept whole, the caption with it.
      if (ownPrices[b] && block.length > 1 && block.some((line) => carriesPrice(line.text) && isProse(line.text) && !weigh([line], true).strong)) continue;
      // An advert's label ("Advertisement · story continues below") needs only text above it, however far past short
      // blocks (a letter's close, a caption): a letter's close may follow.
      const advert = reasons.includes(ADVERT_REASON) && words(block) <= 8;
      // A box ruled off from the text with a site's offer in it needs text on one side only (a heading may stand over it).
      const ruledOffer = reasons.includes(RULED_REASON) && strong && score >= THRESHOLD;
      // A strong offer over a letter's sign-off (a name, a place, a date: short blocks to the end) needs only text above it.
      const overSignOff = !next && blocks.length - b <= 4 && blocks.slice(b + 1).every((k) => k.length <= 2 && words(k) <= SIGN_OFF_WORDS) && (link || (strong && score >= THRESHOLD));
      const above = prev ?? (advert ? paragraphNear(blocks, b, -1, ADVERT_REACH) : undefined);
      const sides = ruledOffer ? !!(above ?? next) : !!above && (!!next || advert || overSignOff);
      // A line ending on a colon introduces what follows; an advert's label is never what it introduces.
      if (!sides || (/:\s*$/.test(before.at(-1)!.text) && !advert)) continue;
      if (opensRunOnParagraph(blocks, b)) continue;
      const own = new Set(topicWords(block.map((l) => l.text).join(' ')));
      const around = new Set(topicWords([...(above ?? []), ...(next ?? [])].map((l) => l.text).join(' ')));
      const shared = [...own].filter((w) => around.has(w)).length;
      if (own.size && shared / own.size > MAX_SHARED && !advert) continue;
      // A label before another page's title, sharing almost no topic word with the piece, goes on its shape.
      const offTopicLink = link && own.size >= 2 && shared / own.size <= LINK_OFF_TOPIC;
      if (offTopicLink) reasons.push('a label before a title off the piece\'s topic');
      if (!offTopicLink && (!strong || score < THRESHOLD)) continue;
      edits.push({
        start: block[0]!.start,
        end: blocks[b + 1]![0]!.start,
        text: '',
        ruleId: 'web/weighed-promotion',
        reason: `a site's offer set apart between paragraphs (weight ${score}: ${reasons.join(', ')}; ${shared} of ${own.size} topic words shared with the paragraphs around it)`,
      });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed promotion “${old.trim().replace(/\s+/g, ' ')}”`,
};
