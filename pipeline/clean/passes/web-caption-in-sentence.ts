import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { captionEvidence, reasons } from '../_evidence.ts';
import { endsOnFunctionWord, hasCaptionShape, isProse, sentenceAround } from './_web-lines.ts';

/** Words the line above must have: a lone word or two may be a label or a heading of its own. */
const MIN_BEFORE_WORDS = 3;

/** The line stops without ending its sentence (no stop, colon or semicolon). */
function unfinished(text: string): boolean {
  const trimmed = text.trim();
  return !SENTENCE_END.test(trimmed) && !/[:;,—–-]$/.test(trimmed);
}

/** A pointer at a line's head, set towards a picture: an arrow or a triangle, never a list's bullet. */
const POINTER = /^[▲△▴↑⬆◀▶►▸▹←→]\s*/u;

/** Most words of a caption that ends on a full stop ("Girls from the jute works, photographed around 1900."). */
const MAX_STOPPED_CAPTION_WORDS = 12;

/**
 * A caption's shape: a short capitalised line, no stop; or one short phrase closed by a full
 * stop (a caption's own stop), with no other sentence in it.
 */
function couldBeCaption(text: string): boolean {
  if (/^\s*[#>]/.test(text) || endsOnFunctionWord(text)) return false;
  // A pointer set towards the picture ("▲ Pickets at the gate") is no part of the caption's shape.
  const trimmed = text.trim().replace(POINTER, '');
  if (hasCaptionShape(trimmed)) return true;
  const phrase = trimmed.replace(/\.$/, '');
  if (phrase !== trimmed && !/[.!?;:]/.test(phrase) && wordCount(phrase) <= MAX_STOPPED_CAPTION_WORDS && hasCaptionShape(phrase) && !endsOnFunctionWord(phrase)) return true;
  return isCaptionWithNote(trimmed);
}

/** A finite auxiliary or a pronoun's verb: what the picture shows is named, not told ("Nobody would work past dark — not in 1921" is a sentence). */
const FINITE_AUXILIARY = /\b(?:is|are|was|were|am|be|been|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|I|we|you|he|she|they)\b/u;
/** Most words of a caption with a note on the picture set after a dash or a bar. */
const MAX_NOTED_CAPTION_WORDS = 24;
/** Caption evidence the note must carry on its own: a date for the picture, who took or lent it, picture words. */
const NOTE_EVIDENCE = 2;

/**
 * A caption too long for a caption's shape because a note on the picture follows it after a
 * dash or a bar: what the picture shows, then when, by whom or from where ("Nets drying on
 * the quay — taken by the harbourmaster in 1921", "… | photo lent by the branch"). The part
 * before the dash has a caption's shape; the note has caption evidence of its own. No stop
 * ends a sentence inside the line.
 */
function isCaptionWithNote(text: string): boolean {
  if (wordCount(text) > MAX_NOTED_CAPTION_WORDS) return false;
  const parts = /^(.+?)\s+[—–|]\s+(.+)$/u.exec(text);
  if (!parts) return false;
  const [, shows, note] = parts;
  if (!hasCaptionShape(shows!) || endsOnFunctionWord(shows!) || /[.!?;:]/.test(shows!) || FINITE_AUXILIARY.test(shows!)) return false;
  if (/[!?;]/.test(note!) || /[.]\s+\p{Ll}/u.test(note!)) return false;
  return captionEvidence(note!).score >= NOTE_EVIDENCE;
}

/** The line above breaks off after a comma, and the caption, no sentence of its own, has no stop: the sentence resumes below it. */
function brokenAtComma(before: string, caption: string): boolean {
  return /,$/.test(before.trim()) && hasCaptionShape(caption);
}

/** Share of content lines opening in lower case above which the text is hard-wrapped, not one line per paragraph. */
const WRAPPED_SHARE = 0.1;
/** A short text may hold a caption or two set into sentences whatever its length. */
const FEW_INTERRUPTIONS = 2;

/**
 * Whether the copy keeps each paragraph on one line, as a web page does: then a line opening
 * in lower case is rare, the tail of something interrupted. A hard-wrapped text (a PDF
 * extraction, a mail) opens many lines in lower case, and a short capitalised line in it is
 * no interruption.
 */
export function keepsParagraphsOnOneLine(lines: readonly Line[]): boolean {
  let content = 0;
  let lower = 0;
  for (const line of lines) {
    if (isBlank(line)) continue;
    content++;
    if (/^\s*\p{Ll}/u.test(line.text)) lower++;
  }
  return lower <= Math.max(FEW_INTERRUPTIONS, content * WRAPPED_SHARE);
}

/**
 * A picture caption set into the middle of a sentence of a web copy, where the line above the
 * caption is short (a paragraph's opening words, cut off where the picture was placed): a web
 * page keeps each paragraph on one line, so a line that stops unfinished, a capitalised line,
 * and a line going on in lower case are one sentence with something set into it. The evidence
 * is the sentence itself: the line above and the line below must read as running prose once
 * joined. The caption goes and the sentence closes up; whatever the caption says is not
 * needed, so captions without picture or credit words go too.
 */
export const removeCaptionInSentence: Pass = {
  ruleId: 'web/caption-in-sentence',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    if (!keepsParagraphsOnOneLine(lines)) return edits;
    for (let i = 1; i + 1 < lines.length; i++) {
      const line = lines[i]!;
      if (isBlank(line) || !couldBeCaption(line.text)) continue;
      const around = sentenceAround(lines, i);
      if (!around || /^\s*[#>]/.test(around.before.text)) continue;
      const { before, next } = around;
      if (!(unfinished(before.text) || brokenAtComma(before.text, line.text)) || wordCount(before.text) < MIN_BEFORE_WORDS) continue;
      // The two halves make one sentence of running prose; a heading above a lower-case line would not.
      if (!isProse(`${before.text.trim()} ${next.text.trim()}`)) continue;
      const evidence = captionEvidence(line.text);
      edits.push({ start: before.end, end: next.start, text: ' ', ruleId: 'web/caption-in-sentence', reason: `interrupts a sentence${evidence.score > 0 ? `; ${reasons(evidence)}` : ''}` });
      i++;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed photo caption “${old.trim()}” from the middle of a sentence`,
};
