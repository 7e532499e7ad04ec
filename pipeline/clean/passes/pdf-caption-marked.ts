import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { hasCaptionShape, isMarkedBlock, lineWidths, neighbour } from './_pdf-lines.ts';
import { wideMeasure } from './_pdf-measure.ts';
import { creditAtEnd, isCreditUnder, leavesOpen } from './pdf-caption-credited-line.ts';
import { ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, oneOf, without } from '../_function-words.ts';

/** Most words of a marked caption: one sentence at most, its credit glued on. */
const MAX_WORDS = 24;
/** Fewest words after a pointer: a map's key sets one or two ("▲ Mills"), a caption a phrase. */
const MIN_POINTED_WORDS = 3;
/** Share of the column a caption's line under a bare figure number stays under. */
const SHORT = 0.85;
/** Share of the column a caption's second line going on in lower case stays under. */
const TAIL_SHORT = 0.7;

/**
 * A pointer set towards the picture ("▲ The bridge (left)", "◀ Members of the committee"): a
 * caption's mark, which running text and headings never open with.
 */
const POINTER = /^([▲△▴▵◀◁◂◃▶▷►◄▸▹▼▽▾▿])\s*["“‘']?\p{Lu}/u;
/**
 * A picture's number as a caption sets it before its words: "Fig. 3:", "Figure 12.", "Plate IV —",
 * "Image 3 of 14:", "Illustration 2:". A section heading is numbered without such a label.
 */
const NUMBERED_LABEL =
  /^(?:fig(?:ure)?s?\.?|plates?|images?|photo(?:graph)?s?|pictures?|illustrations?|abb\.?|abbildung|bild|foto|figura|imagen|immagine|tav\.?|tavola|l[áa]mina|planche)\s+(?:\d{1,3}[a-z]?|[IVXLC]{1,7})(?:\s+of\s+\d{1,3})?\s*(?::|—|–|-\s|\.\s)\s*\S/i;
/** The same number in square brackets before the caption's words: "[Fig. 4] The mill yard", "[Bild 4] Der Hof". */
const BRACKETED_NUMBER =
  /^\[(?:fig(?:ure)?\.?|plate|image|photo|picture|illustration|abb\.?|abbildung|bild|foto|figura|imagen|immagine|tav\.?|l[áa]mina|planche)\s+(?:\d{1,3}[a-z]?|[IVXLC]{1,7})\]\s+["“‘']?\p{Lu}/iu;
/**
 * A label that names the line a caption, or says what is in the picture, before a colon, in the
 * languages a book's pictures are captioned in: "Caption: …", "Légende : …", "In the picture: …",
 * "Nella foto: …", "En la imagen: …", "Im Bild: …", "Op de foto: …". Capitalised, as a label opens
 * its line; running text wrapped at a colon goes on in lower case.
 */
const CAPTION_LABEL =
  /^(?:Caption|CAPTION|L[ée]gende|LÉGENDE|Bildunterschrift|Didascalia|Pie de foto|(?:In|On) the (?:photo|picture|image)|Nella foto|Nell['’]immagine|En la (?:foto|imagen)|Sur la (?:photo|image)|Dans l['’]image|Im Bild|Auf dem (?:Foto|Bild)|Op de foto|Na (?:foto|imagem))\s*:\s*\S/u;
/** Lines looked at on each side for another opened with the same pointer. */
const LIST_REACH = 2;

/**
 * Another line near this one (two lines up or down, a caption's second line between) opens with
 * the same pointer: a list set with that mark as its bullet ("▸ Repair the lock gates" / "▸ Dredge
 * the basin"), not one picture's caption, which stands alone.
 */
function inPointedList(lines: readonly Line[], line: Line): boolean {
  const mark = POINTER.exec(line.text.trim())?.[1];
  for (let d = -LIST_REACH; d <= LIST_REACH; d++) {
    const other = lines[line.index + d];
    if (d !== 0 && other !== undefined && other.text.trim().startsWith(mark!)) return true;
  }
  return false;
}

/** A picture's number alone on its line: "PLATE XII", "Fig. 3", "Figure 12.". */
const BARE_NUMBER = /^(?:fig(?:ure)?\.?|plate|illustration)\s+(?:\d{1,3}[a-z]?|[IVXLC]{1,7})\.?$/i;

/** Words no caption ends on: its first line goes on in a second. */
// Of the coordinators it leaves out "but": as it was written, listed for the lead.
const OPEN_END = new RegExp(String.raw`(?:\b${oneOf(ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, without(COORDINATORS, 'but'))}|[:,])$`, 'i');

/**
 * A picture caption a PDF extraction marks as one beyond doubt: opened with a pointer towards
 * the picture ("▲ Delegates at the conference (left)"), with the picture's number and a label
 * before its words ("Image 3 of 14: the flooded towpath", "Fig. 3: the mill yard", "[Abb. 4] Der
 * Hof"), with a label that names it a caption ("Caption: …", "Légende : …", "Nella foto: …"), or a bare
 * picture number ("PLATE XII") over a short line of caption. The mark is the positive evidence,
 * wherever the caption stands: under a heading, between paragraphs, inside a sentence. A credit
 * on the line below goes with it. Inside a sentence (the line above left open, the line below
 * going on in lower case) the sentence closes up; elsewhere the block's lines go and the text
 * around keeps its breaks. A bare number over a full line of text is a catalogue's heading and
 * stays. A pointer that opens lines near it too is a list's bullet, and those lines stay.
 */
export const removeMarkedCaption: Pass = {
  ruleId: 'pdf/marked-caption',
  run(text) {
    const lines = splitLines(text);
    const narrow = lineWidths(lines).column;
    const wide = wideMeasure(lines);
    // The text's measure: the column around the line, or the wider reach where short lines crowd the neighbourhood.
    const column = narrow.map((width, i) => Math.max(width, wide[i]!));
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    for (const line of lines) {
      if (line.start < claimedUpTo || isBlank(line)) continue;
      const t = line.text.trim();
      if (wordCount(t) > MAX_WORDS || isMarkedBlock(t)) continue;
      const pointed = POINTER.test(t) && wordCount(t) >= MIN_POINTED_WORDS && !inPointedList(lines, line);
      const numbered = NUMBERED_LABEL.test(t) || BRACKETED_NUMBER.test(t);
      // A caption's label without a number is weaker: a line of text may open on "Caption:" where the sentence wrapped.
      const captionLabelled = !numbered && CAPTION_LABEL.test(t);
      const labelled = numbered || captionLabelled;
      const bare = BARE_NUMBER.test(t);
      if (!pointed && !labelled && !bare) continue;
      let last: Line = line;
      const next = lines[line.index + 1];
      if (bare) {
        // The caption under a bare number: short, no sentence's end, the end of its block.
        if (next === undefined || isBlank(next)) continue;
        const n = next.text.trim();
        const after = lines[next.index + 1];
        if (!hasCaptionShape(n) || n.length >= column[next.index]! * SHORT || (after !== undefined && !isBlank(after) && !/^\s*\p{Lu}/u.test(after.text))) continue;
        last = next;
      }
      // A caption wrapped over two lines: its second line is short and goes on from a first left open ("▲ Delegates at
      // the" / "Scarborough conference (left)"), or goes on in lower case without ending a sentence, as the text's next line would.
      // A caption closed by its credit or by the picture's place in brackets ("(left)") is whole on its line.
      if (!bare && next !== undefined && !isBlank(next) && creditAtEnd(t) === undefined && !/[)\]]$/.test(t)) {
        const n = next.text.trim();
        const short = n.length < column[next.index]! * SHORT && wordCount(n) <= MAX_WORDS / 2;
        // Going on in lower case after a line that could end there, it must stop well short of the text's lines to be no line of the text.
        const shorter = n.length < column[next.index]! * TAIL_SHORT;
        if (short && !isMarkedBlock(n) && (OPEN_END.test(t) || (shorter && /^["“‘(]?\p{Ll}/u.test(n) && !SENTENCE_END.test(n)))) last = next;
      }
      const under = lines[last.index + 1];
      if (under !== undefined && !isBlank(under) && isCreditUnder(under.text)) last = under;
      const above = neighbour(lines, line.index, -1);
      const below = neighbour(lines, last.index, 1);
      const inSentence = above !== undefined && below !== undefined && above.line.start >= claimedUpTo && leavesOpen(above.line.text) && /^\s*["“‘(]?\p{Ll}/u.test(below.line.text);
      // Outside a sentence, a caption's label alone stands apart: the text's next line going on in lower case makes it the text's.
      if (captionLabelled && !pointed && !inSentence && below !== undefined && !below.blank && /^\s*["“‘(]?\p{Ll}/u.test(below.line.text)) continue;
      const reason = pointed ? 'a caption opened with a pointer to its picture' : labelled ? "a caption opened with its picture's number" : 'a picture number over its caption';
      if (inSentence) {
        edits.push({ start: above!.line.end, end: below!.line.start, text: '\n', ruleId: 'pdf/marked-caption', reason: `${reason}, set into a sentence` });
        claimedUpTo = below!.line.start;
        continue;
      }
      const blankAbove = isBlank(lines[line.index - 1]);
      const blankBelow = isBlank(lines[last.index + 1]);
      // Between two blank lines the block goes with one of them; otherwise its lines alone.
      const end = blankAbove && blankBelow ? lines[last.index + 2]?.start ?? text.length : Math.min(last.end + 1, text.length);
      edits.push({ start: line.start, end, text: '', ruleId: 'pdf/marked-caption', reason });
      claimedUpTo = end;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from the text flow`,
};
