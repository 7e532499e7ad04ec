import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { captionEvidence, isTitleCase, namesAgency } from '../_evidence.ts';
import { ITEM_START, NUMBERED_HEADING, isAllCaps, isDateline, isMarkedBlock, leadingSpace } from './_pdf-lines.ts';
import { SOURCE_WORDS, isCreditLine, withoutGluedCredit } from './web-caption-credit.ts';
import { ARTICLES, POSSESSIVES, PREPOSITIONS, COORDINATORS, RELATIVES, FINITE_BE, AUXILIARIES, wordsOf, without, endsOnWord } from '../_function-words.ts';

/** Most lines a caption runs to above its credit (the credit's own line apart). */
const MAX_CAPTION_LINES = 2;
/** Most words on one line of the block: a caption's line, however wide, is no longer than the text's. */
const MAX_LINE_WORDS = 16;
/** Most words of a caption with its credit glued on, all its lines together: one sentence at most. */
const MAX_BLOCK_WORDS = 30;
/** Fewest words of the lines around the block for them to be running text. */
const PROSE_WORDS = 5;
/** Share of the line below that the line above fills when a sentence runs across the block: a line inside a paragraph. */
const FULL_LINE = 0.8;
/** Share of the text's measure under which a credit set alone at a paragraph break stops: no paragraph's first line. */
const SHORT_CREDIT = 0.7;
/** A caption may be set as wide as the text, a little wider where its line is set in larger type or run into its credit. */
const AS_WIDE = 1.15;
/** Words of an agency's or collection's name set in capitals ("HULTON ARCHIVE"). */
const MIN_CAPITALS_WORDS = 2;
const MAX_CAPITALS_WORDS = 6;

/** Words no sentence or caption line ends on once its caption has wrapped: an article, a preposition wanting its object, a conjunction. */
const OPEN_WORDS = wordsOf(ARTICLES, PREPOSITIONS, ['into'], COORDINATORS, POSSESSIVES, ['whose']);
const OPEN_END = endsOnWord(OPEN_WORDS);

/** Words a line of running text ends on and a caption's line does not: OPEN_END's, and conjunctions and verbs that want more. */
// Its forms of "to be" leave out "are" (FINITE_BE has it): as it was written, listed for the lead.
const RUNS_ON = endsOnWord(OPEN_WORDS, ['so', 'than', 'that'], RELATIVES, ['as'], without(FINITE_BE, 'are'), AUXILIARIES, ['not']);

/** A pointer set towards the picture ("▲ The bridge (left)"): the caption's first mark. */
const POINTER = /^[▲△▴↑⬆◀▶►←→]\s*/u;

/** A bibliography's or table's "Source: …" line: notes of the text, no picture credit, unless in brackets. */
const SOURCE_NOTE = /^sources?\s*:/i;

/**
 * A line that credits a picture on its own: a credit's label and a name, a copyright sign, a
 * source in brackets (the web rule's shapes, "Source: …" notes apart), or a picture agency's or
 * collection's name set in capitals ("HULTON ARCHIVE").
 */
export function isPdfCredit(text: string): boolean {
  const t = text.trim();
  if ((isCreditLine(t) && !SOURCE_NOTE.test(t)) || isBareLabelCredit(t) || RIGHTS_ALONE.test(t)) return true;
  const words = wordCount(t);
  return isAllCaps(t) && words >= MIN_CAPITALS_WORDS && words <= MAX_CAPITALS_WORDS && SOURCE_WORDS.test(t) && !/[.:;,]$/.test(t);
}

/** A credit's label in two words ("Photo credit: …", "Picture credits: …"), a colon and a name. */
const TWO_WORD_LABEL = /^(?:photo|picture|image|illustration|cover)\s+credits?\s*:\s*["“‘']?[\p{Lu}\p{N}]/iu;
/** A picture label with no colon before a name set as credits set it ("Credit EPA-EFE", "Photo AFP", "Photograph TOPFOTO"). */
const BARE_LABEL = /^(?:Credit|Photo(?:graph)?|Picture|Image|CREDIT|PHOTO(?:GRAPH)?|PICTURE|IMAGE)\s+(\S.*)$/u;
/** Most words of the name after a bare label. */
const MAX_BARE_NAME_WORDS = 4;
/** The rights of a picture stated alone, as credits state them when there is no one to name. */
const RIGHTS_ALONE = /^(?:public domain|crown copyright|photographer unknown|unknown photographer)\.?$/i;

/**
 * A bare label and a name that only a credit sets after it: a name in capitals, or a picture
 * agency or wire service ("Credit EPA-EFE"). "Photo opportunities" or "Picture Post" is no credit:
 * the word after the label is in lower case or a title's.
 */
function isBareLabelCredit(text: string): boolean {
  if (TWO_WORD_LABEL.test(text)) return wordCount(text) <= MAX_CAPITALS_WORDS + 2;
  const name = BARE_LABEL.exec(text)?.[1];
  if (name === undefined || wordCount(name) > MAX_BARE_NAME_WORDS || /[.:;,]$/.test(name)) return false;
  return isAllCaps(name) || namesAgency(name);
}

/**
 * A place that lends pictures named alone in title case, no stop ("Hulton Archive", "Borough
 * Museum"): a credit only where it stands inside a sentence with a caption over it, since a
 * heading or a letter's signature may name such a place too.
 */
const AGENCY_NAME = /^(?:\p{Lu}[\p{L}'’.&-]*\s+){0,4}(?:Archives?|Library|Museums?|Images|Pictures|Collection|Record Office)$/u;

/**
 * A line the block may hold: no heading, numbered item, list item, date line or marked block; a caption's words at most;
 * no letter alone, which is a drop cap whose paragraph starts there.
 */
function couldBeBlockLine(text: string): boolean {
  const t = text.trim();
  return (
    wordCount(t) <= MAX_LINE_WORDS &&
    !/^["“‘]?\p{Lu}$/u.test(t) &&
    !NUMBERED_HEADING.test(t) &&
    !ITEM_START.test(t) &&
    !isDateline(t) &&
    !isMarkedBlock(t) &&
    !/^[-—–]\s/.test(t)
  );
}

/** Most words of a credit glued onto a caption's end: a label and a name ("Photo: Ann Lee", "© Hulton Archive"). */
const MAX_GLUED_CREDIT_WORDS = 8;

/**
 * What follows the caption's words is a credit's length and ends as a name does: a "credit" that runs on into a line of
 * the text ("© Bridgeman Images" / "The parish stands high on the moor, … and") is that line, not the credit.
 */
function isGluedCreditTail(tail: string): boolean {
  const t = tail.trim();
  return wordCount(t) <= MAX_GLUED_CREDIT_WORDS && !OPEN_END.test(t) && !/,$/.test(t);
}

/** The block's first line opens a caption: a capital, a figure or a pointer to the picture, after an opening quote or bracket. */
function opensCaption(text: string): boolean {
  return POINTER.test(text.trim()) || /^["“‘'(]?[\p{Lu}\p{N}]/u.test(text.trim());
}

/** One sentence at most: a full stop inside the caption ends a sentence of the text. */
export function oneSentence(text: string): boolean {
  return !/[.!?]["”’)]?\s+["“‘']?\p{Lu}/u.test(text.replace(/\b(?:c|ca|St|Mr|Mrs|Dr|No|fig|pl)\.\s/gi, ''));
}

/** The line ends a sentence: a paragraph may end there. */
function endsSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/u.test(text.trim());
}

/** The line leaves its sentence open: it ends on a letter, a comma or a hyphen. */
function leavesOpen(text: string): boolean {
  return /[\p{L}\p{N},-]$/u.test(text.trim()) && !/:$/.test(text.trim());
}

/** Most words of a heading's line set directly over a line opening on a capital. */
const SHORT_HEADING_LINE = 3;

/** A block's line that heads what follows rather than wrapping a caption ("Recommendations" / "The old bridge …", "What the" / "keepers wanted" / "The old bridge …"). */
function opensAsHeading(first: string, second: string): boolean {
  return leadingSpace(first) > leadingSpace(second) || (wordCount(first) <= SHORT_HEADING_LINE && /^\s*["“‘'(]?\p{Lu}/u.test(second));
}

/** Most words of a line between paragraphs that may as well be a section's heading ("The end of the keepers"). */
const HEADING_WORDS = 6;

/** Most words of a short heading whose every longer word is capitalised ("The Last Owners"). */
const SHORT_HEADING_WORDS = 5;

/** Set as headings are: title case, or a few words each capitalised. */
function headingCase(text: string): boolean {
  const long = text.match(/\p{L}{4,}/gu) ?? [];
  return isTitleCase(text) || (wordCount(text) <= SHORT_HEADING_WORDS && long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w)));
}

/**
 * A caption of one line set wider than the text's measure, over a credit with its label (no bare
 * name in capitals, which a heading's second line may be): a line of the text cannot run past its
 * column, and a paragraph's one line over a credit would end its sentence without naming or dating
 * a picture ("Lime kilns above the quay in the winter of 1947: the building at right survives").
 */
function setWide(block: readonly Line[], labelled: boolean, captionWords: string): boolean {
  return labelled && block.length === 2 && (!endsSentence(captionWords) || captionEvidence(captionWords).score >= 1);
}

interface Around {
  line: Line | undefined;
  blank: boolean;
}

/** The nearest line of text in one direction, past one blank line at most. */
function neighbour(lines: readonly Line[], from: number, step: 1 | -1): Around {
  const next = lines[from + step];
  if (next === undefined) return { line: undefined, blank: false };
  if (!isBlank(next)) return { line: next, blank: false };
  const further = lines[from + 2 * step];
  return { line: further !== undefined && !isBlank(further) ? further : undefined, blank: true };
}

/**
 * A picture caption with its credit in a PDF extraction, set between two paragraphs or into a
 * sentence: the credit is the positive evidence (a credit's label and a name, "© …", a source
 * in brackets, an agency's name in capitals, or any of these glued onto the caption's end), and
 * the caption is the line or two directly above it, opening on a capital or a pointer, one
 * sentence at most. Around it either a sentence runs on (the line above left open, the line
 * below going on in lower case), and the sentence closes up; or a paragraph ends above and the
 * next begins below in capitals, and the paragraphs stay apart. A credit alone (no caption
 * above) goes too where it is shorter than the text's lines. A "Source: …" line without
 * brackets is a note of the text, and a title-case place name ("Borough Museum") counts as a
 * credit only inside a sentence, where no heading or signature stands.
 */
export const removeCaptionWithPdfCredit: Pass = {
  ruleId: 'pdf/caption-credit',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    for (let k = 0; k < lines.length; k++) {
      const credit = lines[k]!;
      if (isBlank(credit) || credit.start < claimedUpTo || !couldBeBlockLine(credit.text)) continue;
      const standalone = isPdfCredit(credit.text);
      const agency = !standalone && AGENCY_NAME.test(credit.text.trim());
      // A name in capitals with no credit's label ("HULTON ARCHIVE") may be a heading's second line ("THE FREE LIBRARY"):
      // it credits only a caption set above it in lower case.
      const capitalsName = standalone && !isCreditLine(credit.text.trim());
      // The widest block first: a credit's caption goes with it, not the credit alone.
      for (let top = Math.max(0, k - MAX_CAPTION_LINES); top <= k; top++) {
        const block = lines.slice(top, k + 1);
        if (block.some((l) => isBlank(l) || !couldBeBlockLine(l.text)) || lines[top]!.start < claimedUpTo) continue;
        // A line going on in lower case and stopping on a word that wants more is running text beside the picture, no caption's.
        if (block.slice(1).some((l) => /^\s*\p{Ll}/u.test(l.text) && RUNS_ON.test(l.text.trim()))) continue;
        // A caption's first line of two ends no sentence: a line that does is the end of a paragraph above it.
        if (block.slice(0, -2).some((l) => endsSentence(l.text))) continue;
        // A heading over the caption is no line of it: set in further than the line below, or a few words over a capital.
        if (block.slice(0, -1).some((l, i) => opensAsHeading(l.text, block[i + 1]!.text))) continue;
        const joined = block.map((l) => l.text.trim()).join(' ');
        if (wordCount(joined) > MAX_BLOCK_WORDS || !opensCaption(joined)) continue;
        const captionWords = standalone || agency ? block.slice(0, -1).map((l) => l.text.trim()).join(' ') : withoutGluedCredit(joined.replace(POINTER, ''));
        if (captionWords === undefined || !oneSentence(captionWords)) continue;
        if (!standalone && !agency && !isGluedCreditTail(joined.replace(POINTER, '').slice(captionWords.length))) continue;
        // A note's "Source: …" glued after a line of notes is the text's own apparatus, as it is alone.
        if (!standalone && !agency && SOURCE_NOTE.test(joined.replace(POINTER, '').slice(captionWords.length).replace(/^[\s.,;|•·—–-]+/u, ''))) continue;
        // A lone credit line needs no caption; a lone line with nothing glued on is no block.
        if (top === k && !standalone && captionWords.trim() === '') continue;
        if (top === k && (agency || capitalsName)) continue;
        if (capitalsName && block.slice(0, -1).some((l) => isAllCaps(l.text.trim()))) continue;
        const above = neighbour(lines, top, -1);
        const below = neighbour(lines, k, 1);
        if (!above.line || !below.line || wordCount(below.line.text) < PROSE_WORDS || wordCount(above.line.text) < PROSE_WORDS) continue;
        const aboveText = above.line.text.trim();
        const belowText = below.line.text.trim();
        const inSentence = leavesOpen(aboveText) && /^["“‘']?\p{Ll}/u.test(belowText) && aboveText.length >= belowText.length * FULL_LINE && !isMarkedBlock(aboveText);
        const measure = Math.max(aboveText.length, belowText.length);
        // Between paragraphs a line in title case over a note is a heading with its note ("The Last Owners" / "(from the
        // Town Archive collection)"): a caption is set in sentence case.
        const atBreak =
          !agency &&
          !headingCase(captionWords) &&
          endsSentence(aboveText) &&
          /^["“‘']?\p{Lu}/u.test(belowText) &&
          (block.every((l) => l.text.trim().length <= measure * AS_WIDE) || setWide(block, standalone && !capitalsName, captionWords)) &&
          (top < k || !standalone || credit.text.trim().length < measure * SHORT_CREDIT);
        if (!inSentence && !atBreak) continue;
        // Between paragraphs, a heading's few words over a line that credits or describes a picture are that section's heading
        // with the picture's line under it ("The yard and its pits" / "Photograph: the drying sheds"): the caption needs a word of one.
        if (!inSentence && wordCount(captionWords) <= HEADING_WORDS && captionEvidence(captionWords).score < 1) continue;
        const gap = inSentence || (!above.blank && !below.blank) ? '\n' : '\n\n';
        edits.push({ start: above.line.end, end: below.line.start, text: gap, ruleId: 'pdf/caption-credit', reason: inSentence ? 'a caption and its credit set into a sentence' : 'a caption and its credit between two paragraphs' });
        claimedUpTo = below.line.start;
        break;
      }
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption and credit “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from the text flow`,
};
