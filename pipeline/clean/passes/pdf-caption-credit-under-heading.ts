import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { captionEvidence, isTitleCase, reasons, weigh } from '../_evidence.ts';
import { isBlank, nextContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { SOURCE_WORDS, isCreditLine } from './web-caption-credit.ts';
import { isPdfCredit, oneSentence } from './pdf-caption-credit.ts';
import { opensParagraph } from './pdf-caption-above-opening.ts';
import { ITEM_START, NUMBERED_HEADING, endsSentence, isAllCaps, isDateline, isMarkedBlock, lineWidths } from './_pdf-lines.ts';

/** Most lines a caption runs to above its credit. */
const MAX_CAPTION_LINES = 3;
/** Most words of the caption, all its lines together: one sentence at most. */
const MAX_CAPTION_WORDS = 30;
/** Most words of a credit in capitals with no credit's label or source word ("TOPFOTO", "ASSOCIATED PRESS"). */
const MAX_BARE_CAPITALS_WORDS = 4;
/** Caption evidence (picture words, a picture dated, pictures paired by their place) that lets a bare name in capitals below it credit it. */
const CAPTION_WORDING = 2;
/** Share of the column a heading stays under. */
const HEADING_SHARE = 0.75;

/** Words a caption's line does not end on: it would go on in the next line. */
const OPEN_END = /\b(?:the|a|an|of|to|for|from|with|into|and|or|but|its|their|his|her|our|my|your|whose)$/i;

/** Two pictures told apart by their place ("Top, the quay; bottom, the same spot today"): a caption's own way of speaking. */
const PAIRED_BY_PLACE = /^(?:top|above|left)[,:]\s.*[;,]\s*(?:bottom|below|right)[,:]\s/i;

/** A credit's label without its colon: "Credit Ann Lee", "Photograph Ann Lee". */
const BARE_LABEL = /^(?:credit|photo(?:graph)?|picture|image|source)\s+\p{Lu}/iu;

/** A line that credits a picture: the credit rule's shapes, a bare label and a name, or an agency's name with a source word. */
function creditStrength(text: string): 'credit' | 'capitals' | undefined {
  const t = text.trim();
  if (/[.:;,]$/.test(t) || wordCount(t) > 8) return undefined;
  if (isPdfCredit(t) || isCreditLine(t) || BARE_LABEL.test(t)) return 'credit';
  if (isAllCaps(t) && SOURCE_WORDS.test(t)) return 'credit';
  return isAllCaps(t) && wordCount(t) <= MAX_BARE_CAPITALS_WORDS && !NUMBERED_HEADING.test(t) ? 'capitals' : undefined;
}

/** A caption's line: a caption's words at most, no heading, item, date line or marked block; no letter alone (a drop cap). */
function couldBeCaptionLine(text: string): boolean {
  const t = text.trim();
  return (
    t.length > 1 &&
    wordCount(t) <= MAX_CAPTION_WORDS &&
    !isAllCaps(t) &&
    !NUMBERED_HEADING.test(t) &&
    !ITEM_START.test(t) &&
    !isDateline(t) &&
    !isMarkedBlock(t) &&
    !/^[-—–]\s/.test(t)
  );
}

/** The line above the caption leaves nothing open: a blank line, a finished sentence, or a short line standing as a heading. */
function closedAbove(line: Line | undefined, column: number): boolean {
  if (line === undefined || isBlank(line)) return true;
  const t = line.text.trim();
  if (endsSentence(t)) return true;
  return !/[,;:\-–—]$/.test(t) && !OPEN_END.test(t) && t.length < column * HEADING_SHARE && !/^#/.test(t);
}

/**
 * A picture's caption and credit set between a section's heading (or a paragraph's end) and
 * the opening of the next paragraph of a PDF extraction, where the picture stood at the head
 * of the section: the heading would otherwise take the caption for a subtitle and the credit,
 * set in capitals, for a subheading. The credit is the positive evidence (a credit's label and a
 * name, "© …", a source in brackets, an agency's name in capitals, or a short name in capitals
 * under a caption worded as one: a picture named, dated or paired by place); the caption is the
 * line or three above it, one sentence at most, not in title case as a subtitle is set; and the
 * line below opens a paragraph beyond doubt (a drop cap, a word that lost it, small capitals,
 * a capitalised line running to the margin). The caption and credit go; heading and paragraph stay.
 */
export const removeCaptionCreditUnderHeading: Pass = {
  ruleId: 'pdf/caption-credit-under-heading',
  run(text, ctx) {
    const lines = splitLines(text);
    const { column } = lineWidths(lines);
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    for (const credit of lines) {
      if (isBlank(credit) || credit.start < claimedUpTo) continue;
      const strength = creditStrength(credit.text);
      if (strength === undefined) continue;
      const below = nextContentLine(lines, credit.index);
      if (below === undefined || below.index > credit.index + 2 || !opensParagraph(lines, below, column[below.index]!, ctx)) continue;
      // The caption: the lines directly above the credit, the fewest that open on a capital with nothing open above them
      // (a wider block would take the heading over the caption for the caption's first line).
      for (let size = 1; size <= MAX_CAPTION_LINES; size++) {
        const top = credit.index - size;
        if (top < 0) continue;
        const caption = lines.slice(top, credit.index);
        if (caption.some((l) => isBlank(l) || !couldBeCaptionLine(l.text)) || lines[top]!.start < claimedUpTo) continue;
        if (!/^["“‘'(]?[\p{Lu}\p{N}]/u.test(caption[0]!.text.trim())) continue;
        // A line ending on a word that wants more goes on in lower case below, as a wrapped caption does; its last line closes.
        if (caption.some((l) => OPEN_END.test(l.text.trim()) && !/^\s*\p{Ll}/u.test(lines[l.index + 1]!.text))) continue;
        if (OPEN_END.test(caption[caption.length - 1]!.text.trim())) continue;
        const words = caption.map((l) => l.text.trim()).join(' ');
        if (wordCount(words) > MAX_CAPTION_WORDS || !oneSentence(words)) continue;
        const evidence = weigh([...captionEvidence(words).findings, PAIRED_BY_PLACE.test(words) && { weight: 2, reason: 'pictures paired by their place' }]);
        // A subtitle is set in title case; a caption in sentence case, unless its words name a picture.
        if (isTitleCase(words) && evidence.score < CAPTION_WORDING) continue;
        // A bare name in capitals credits only a caption worded as one: it may be a subheading under a subtitle.
        if (strength === 'capitals' && evidence.score < CAPTION_WORDING) continue;
        // A finished sentence without a caption's wording is a paragraph of one line, not a caption.
        if (endsSentence(words) && evidence.score < CAPTION_WORDING) continue;
        const above = lines[top - 1];
        if (!closedAbove(above, column[top]!)) continue;
        // Nothing in its words of a caption, it must stand directly under a heading, where a picture heads its section:
        // lines after a blank one may be the heading itself ("How the texts" / "were edited").
        if (evidence.score < 1 && (above === undefined || isBlank(above) || endsSentence(above.text))) continue;
        edits.push({
          start: caption[0]!.start,
          end: credit.end + 1,
          text: '',
          ruleId: 'pdf/caption-credit-under-heading',
          reason: `a caption and its credit over a paragraph's opening${reasons(evidence) ? `; ${reasons(evidence)}` : ''}`,
        });
        claimedUpTo = credit.end + 1;
        break;
      }
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption and credit “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from over a paragraph's opening`,
};
