import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount } from '../_lines.ts';
import { isAllCaps, isMarkedBlock, leadingSpace, lineWidths, neighbour } from './_pdf-lines.ts';
import { SOURCE_WORDS, isCreditLine } from './web-caption-credit.ts';
import { markedCreditAt } from './_pdf-credit-tail.ts';

/** Most words of a line that ends on a credit: a caption's line and its credit, no paragraph's. */
const MAX_WORDS = 24;
/** Most lines a caption runs to above the line that carries its credit. */
const MAX_CAPTION_LINES = 2;
/** Share of the column under which a line inside a paragraph stops short: a caption's line, not the paragraph's. */
const SHORT = 0.8;
/** Most words of an agency's or photographer's name set in capitals on a line of its own ("TOPFOTO", "HULTON ARCHIVE"). */
const MAX_CAPITALS_WORDS = 4;
/** Share of the column a line in capitals inside a sentence stays under: a line of the paragraph fills it. */
const CAPITALS_SHORT = 0.6;

/**
 * A credit closing a line, after the caption's words or alone, in the shapes picture credits
 * take and running text never does: a credit's label, capitalised, and a name ("Photo: Ann
 * Lee", "Image © Getty", "PHOTOGRAPH BY ANN LEE"), a copyright sign and a name, "Courtesy of"
 * and a name, a photographer and an agency in brackets ("[Ann Lee / Alamy]"), a credit's label
 * inside brackets ("(Source: the county archive)"). The labels of other languages' credits count
 * with their colon only ("Foto: …", "Fotografía: …", "(Bild: …)", "Crédit photo : …"), where
 * "Bild" or "Foto" alone may be a word of the text.
 */
const LABELLED_CREDIT =
  /(?:^|\s)(?:(?:Photo(?:graph)?s?|PHOTO(?:GRAPH)?S?|Pic(?:ture)?s?|PIC(?:TURE)?S?|Images?|IMAGES?|Illustrations?|ILLUSTRATIONS?|Credits?|CREDITS?)(?:\s*:|\s+(?:by|BY|via|VIA|courtesy|COURTESY)\b|\s*©)|(?:Foto(?:s|grafie|grafia|grafía)?|FOTO(?:S|GRAFIE|GRAFIA|GRAFÍA)?|Bild(?:er)?|BILD(?:ER)?|Crédits?(?: photos?)?|CRÉDITS?(?: PHOTOS?)?)\s*:|©|Courtesy of|COURTESY OF)\s*(?:the\s+|THE\s+)?["“‘']?[\p{Lu}\p{N}][^.!?;]*$/u;
const BRACKETED_CREDIT = /(?:^|\s)[([]\s*(?:(?:source|photo(?:graph)?|picture|image|credit|courtesy)s?\b[^()[\]]*|(?:foto(?:s|grafie|grafia|grafía)?|bild(?:er)?|crédits?(?: photos?)?)\s*:[^()[\]]*|©[^()[\]]*|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*\/\s*\p{Lu}[^()[\]]*)[)\]]\.?$/iu;

/** The credit closing the line, if it carries one (see LABELLED_CREDIT): where it starts. */
export function creditAtEnd(text: string): number | undefined {
  const t = text.trimEnd();
  const labelled = LABELLED_CREDIT.exec(t);
  if (labelled) return labelled.index;
  const bracketed = BRACKETED_CREDIT.exec(t);
  return bracketed ? bracketed.index : undefined;
}

/** The line ends no sentence and no clause that a colon or semicolon closes, and is no heading or marked block. */
export function leavesOpen(text: string): boolean {
  const t = text.trim();
  return t !== '' && !SENTENCE_END.test(t) && !/[:;]$/.test(t) && !isMarkedBlock(t) && !isAllCaps(t);
}

/** A credit on the line under a caption: a credit's label and a name, or an agency's name in capitals. */
export function isCreditUnder(text: string): boolean {
  const t = text.trim();
  return (isCreditLine(t) && !/^sources?\s*:/i.test(t)) || (isAllCaps(t) && wordCount(t) <= MAX_CAPITALS_WORDS && !/[.:;,]$/.test(t));
}

/** The line goes on with a sentence: it opens in lower case. */
function goesOn(text: string): boolean {
  return /^\s*["“‘(]?\p{Ll}/u.test(text);
}

/**
 * A line inside a sentence of a PDF extraction that ends on a picture credit: the rest of a
 * caption whose first line an earlier rule took (or that no rule took), its credit glued on
 * ("nationalisation: the chimney has gone Image © TopFoto", "after a watercolour [Ann Lee /
 * Alamy]"), or an agency's name set alone in capitals under a caption's line. The credit is the
 * positive evidence; the place makes it sure: the text line above leaves its sentence open and
 * the line below goes on with it in lower case, so the line between is no part of the sentence
 * (running text never sets "Photo: Ann Lee" or "© Getty" before going on in lower case). Lines
 * above the credit's line that stop short of the column and are no sentence's end belong to the
 * caption and go with it; a full line is the paragraph's and stays. The sentence closes up.
 */
export const removeCreditedCaptionLine: Pass = {
  ruleId: 'pdf/credited-caption-line',
  run(text) {
    const lines = splitLines(text);
    const { column } = lineWidths(lines);
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    for (const line of lines) {
      if (line.start < claimedUpTo || isBlank(line)) continue;
      const t = line.text.trim();
      if (wordCount(t) > MAX_WORDS || isMarkedBlock(t)) continue;
      const width = column[line.index]!;
      // A credit labelled in any language after a mark at the caption's end ("… on the slip — Fotograf: Ann Lee").
      const labelled = creditAtEnd(t);
      const marked = labelled === undefined ? markedCreditAt(t) : undefined;
      const credit = labelled ?? marked;
      // An agency's or a photographer's name in capitals alone, short of the column, under a caption's line.
      const capitals = credit === undefined && isAllCaps(t) && wordCount(t) <= MAX_CAPITALS_WORDS && t.length < width * CAPITALS_SHORT && !/[.:;,]$/.test(t);
      if (credit === undefined && !capitals) continue;
      // A "Source: …" line alone is a note of the text (a table's or a bibliography's), not a picture's credit.
      if (credit === 0 && /^sources?\s*:/i.test(t)) continue;
      const below = neighbour(lines, line.index, 1);
      // A capital below may open a name the sentence goes on with ("… between July and⏎September"): only a credit's label or
      // brackets, which no line of text sets, allow it.
      if (!below || !(goesOn(below.line.text) || (credit !== undefined && marked === undefined && /^\s*\p{Lu}\p{Ll}/u.test(below.line.text)))) continue;
      // The caption's lines above the credit's: short of the column, ending no sentence, no blank line between.
      let top = line;
      for (let n = 0; n < MAX_CAPTION_LINES; n++) {
        const up = lines[top.index - 1];
        if (up === undefined || isBlank(up) || up.start < claimedUpTo) break;
        const u = up.text.trim();
        const beyond = neighbour(lines, up.index, -1);
        // A line set in by the credit's own indent, deeper than the text's, is the caption's however wide it runs.
        const indented = leadingSpace(up.text) > 0 && leadingSpace(up.text) === leadingSpace(line.text) && beyond !== undefined && leadingSpace(beyond.line.text) < leadingSpace(up.text);
        if (!beyond || SENTENCE_END.test(u) || isMarkedBlock(u) || isAllCaps(u) || wordCount(u) > (indented ? MAX_WORDS : MAX_WORDS / 2) || (u.length >= column[up.index]! * SHORT && !indented)) break;
        // The caption's first line opens on a capital or a pointer, and the line beyond leaves a sentence open over it; a
        // line opening in lower case goes on with the sentence above ("… The directors⏎granted the first, and⏎…").
        if (!/^["“‘'(]?[▲△▴↑⬆◀▶►←→]?\s*\p{Lu}/u.test(u) || !leavesOpen(beyond.line.text) || beyond.line.text.trim().length <= u.length) break;
        top = up;
      }
      // A name in capitals credits a caption: alone, with no caption's line over it, it may be a running head the page rules left.
      if (capitals && top.index !== line.index - 1) continue;
      // The caption over the name is set in sentence case: lines in capitals over it are a heading wrapped over two.
      const captionLine = lines[top.index]!.text.trim();
      if (capitals && (isAllCaps(captionLine) || !/\p{Ll}/u.test(captionLine))) continue;
      if (capitals && !SOURCE_WORDS.test(t) && !/^["“‘'▲△▴↑⬆◀▶►←→]?\s*\p{Lu}/u.test(captionLine)) continue;
      const above = neighbour(lines, top.index, -1);
      // A label read by its shape alone needs a caption's opening over it (a capital or a pointer, no sentence's going on) or
      // a caption's indent, deeper than the text's on both sides: a caption whose first line an earlier rule took.
      const setIn = above !== undefined && leadingSpace(lines[top.index]!.text) > Math.max(leadingSpace(above.line.text), leadingSpace(below.line.text));
      if (marked !== undefined && !setIn && !/^["“‘'(]?[▲△▴↑⬆◀▶►←→▸]?\s*\p{Lu}/u.test(captionLine)) continue;
      if (!above || above.line.start < claimedUpTo || !leavesOpen(above.line.text)) continue;
      // The line above is running text: it fills more of the column than the caption's line does.
      if (above.line.text.trim().length < width * SHORT && !above.blank) continue;
      if (!isCreditLine(t) && credit !== undefined && credit > 0 && wordCount(t.slice(0, credit)) === 0) continue;
      edits.push({
        start: above.line.end,
        end: below.line.start,
        text: '\n',
        ruleId: 'pdf/credited-caption-line',
        reason: capitals
          ? 'a caption and a name in capitals under it, set into a sentence'
          : marked !== undefined
            ? 'a caption with its credit after a dash or bar, set into a sentence'
            : 'a line ending on a picture credit, set into a sentence',
      });
      claimedUpTo = below.line.start;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption and credit “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from the middle of a sentence`,
};
