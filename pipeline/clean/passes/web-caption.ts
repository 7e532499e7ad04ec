import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { SENTENCE_END, isBlank, splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { captionEvidence, countedPartHeading, isNumberedFigure, isTitleCase, ordinalHeadings, reasons } from '../_evidence.ts';
import { ARROW_OR_SHAPE, endsOnFunctionWord, hasCaptionShape, isDateLine, isProse, isTitleLike, sentenceAround } from './_web-lines.ts';
import { pictureCues } from './web-caption-shape.ts';
import { NAMES_PICTURE_FILE } from './web-picture-file.ts';
import { sharesNoTopicWord, topicWordUses, type TopicWordUses } from './pdf-caption-in-sentence.ts';

/** Caption evidence from this score on removes a line set directly above a paragraph. */
const CAPTION_REMOVE = 2;
/** For a line standing alone between blank lines, where headings stand too. */
const STANDALONE_REMOVE = 3;
/** Most words of a heading standing alone over a line set tight above its paragraph. */
const MAX_LONE_HEADING_WORDS = 8;
/**
 * Fewest words of the paragraph under such a line: a section's opening paragraph. Under a list's
 * label ("Further reading") stand titles over one-sentence summaries, each a heading of its own.
 */
const MIN_SECTION_OPENING_WORDS = 20;

/** A line a paragraph's sentence cannot end on: no closing stop, or a closing word that needs more. */
function unfinished(text: string): boolean {
  const trimmed = text.trim();
  return wordCount(trimmed) >= 4 && !SENTENCE_END.test(trimmed) && !/[:;]$/.test(trimmed);
}

/**
 * A section number ("2. ", "IV. ", escaped "2\. "), alone or after the one capitalised word that
 * names the division ("Part II. ", "BOOK 3. "), is no sentence stop inside a heading.
 */
function withoutSectionNumber(text: string): string {
  return text.replace(/^\s*(?:\p{Lu}(?:\p{Ll}{1,11}|\p{Lu}{1,11})\s+)?(?:\d{1,3}|[IVXLC]{1,6})\\?\.\s+(?=\p{Lu})/u, '');
}

/** Two to four words, each a name the document only ever writes with a capital and no dictionary word in lower case. */
function isProperName(text: string, ctx: PassContext): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((word) => {
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
    const uses = ctx.vocabulary.count(word);
    return uses > 0 && ctx.vocabulary.capitalCount(word) === uses && !ctx.speller.correct(word.toLowerCase());
  });
}

/** A block of one short title-like line with no closing stop: a section heading standing alone, where prose stands above it. */
function isLoneHeading(block: readonly Line[]): boolean {
  if (block.length !== 1) return false;
  const text = block[0]!.text;
  // A link's arrow ("Back to contents ⇡", "▲ Top") marks a control of the page standing there, not a heading.
  return isTitleLike(text) && wordCount(text) <= MAX_LONE_HEADING_WORDS && !/[:.]["”’]?\s*$/.test(text.trim()) && !endsOnFunctionWord(text) && !isDateLine(text) && !ARROW_OR_SHAPE.test(text);
}

/**
 * Not in title case, quoted, numbered or asking (a list's item, a quiz's or an interview's question), and with topic
 * words enough, none of which the rest of the text uses (see sharesNoTopicWord).
 */
function speaksOfNothingElse(text: string, uses: TopicWordUses): boolean {
  const t = text.trim();
  if (isTitleCase(t) || /^["“‘'*_(\\]/u.test(t) || /^(?:\d{1,3}|[IVXLC]{1,6}|\p{L})\\?[.)]\s/u.test(t) || /\?["”’)]?$/.test(t)) return false;
  return sharesNoTopicWord(t, uses);
}

/** A credit after a separator at the line's end: a label and a colon ("— Kuva: A. Nurmi", "/ Beeld: Streekarchief"), or a name ("· Fot. M. Cordeiro"). */
const CREDIT_TAIL = /\s[—–·|/]\s+(?:\\?\(.*\)|[\p{L}.]+(?:\s[\p{L}.]+)?:\s+\S.*|(?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|for|de|van|von|da|la|le))*)$/u;
/** A note in brackets closing the line ("(click for full size)", "[1968?]"), escaped as the cleaner may leave it. */
const BRACKETED_TAIL = /\s\\?[([][^()[\]]{2,40}\\?[)\]]$/u;
/** A label before a colon and a description in lower case after it ("IJMUIDEN, 1921: lace runners at a table"). */
const LABEL_THEN_DESCRIPTION = /^[^:]{1,30}:\s+\p{Ll}/u;

/**
 * A sign of a caption independent of the line's words being foreign to the text: the shape of a caption's label or
 * credit (a label before a colon, a credit after a separator or in brackets, a source credited), a viewer's arrow, or
 * a picture's file name or number on the line or next to it. Sharing no topic word with the text alone is no caption's
 * sign: a section heading in sentence case ("Gathering rents in the outer wards") may use words of its own too.
 */
function captionSign(lines: readonly Line[], caption: Line): boolean {
  const t = caption.text.trim();
  const evidence = captionEvidence(t);
  const worded = evidence.findings.some((f) => f.weight > 0 && !/year/.test(f.reason));
  const nearby = [lines[caption.index - 2], lines[caption.index - 1], lines[caption.index + 1]].some((l) => l !== undefined && (NAMES_PICTURE_FILE.test(l.text) || isNumberedFigure(l.text)));
  return worded || pictureCues(t).score > 0 || CREDIT_TAIL.test(t) || BRACKETED_TAIL.test(t) || LABEL_THEN_DESCRIPTION.test(t) || ARROW_OR_SHAPE.test(t) || NAMES_PICTURE_FILE.test(t) || nearby;
}

/**
 * Picture captions in a web copy. Inside a paragraph (the sentence above unfinished, the line
 * below going on in lower case, with or without a blank line above the caption) the caption
 * interrupts the sentence: it goes and the sentence closes up. A short line set directly above
 * a paragraph without a blank line is weighed: with evidence of a caption (picture and credit
 * words, a date for the picture) it goes; shaped like a heading it is set apart as its own block
 * (web/heading then marks it); anything else stays and is noted. A heading is never deleted as
 * a caption on its shape alone.
 */
export const removeWebCaption: Pass = {
  ruleId: 'web/caption',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    const claimed = new Set<number>();
    // Captions inside a paragraph: unfinished line, caption, lower-case continuation.
    for (let i = 1; i + 1 < lines.length; i++) {
      const line = lines[i]!;
      if (isBlank(line) || !hasCaptionShape(line.text)) continue;
      const around = sentenceAround(lines, i);
      if (!around) continue;
      const { before, next } = around;
      if (!unfinished(before.text) || !(isProse(before.text) || endsOnFunctionWord(before.text))) continue;
      edits.push({ start: before.end, end: next.start, text: ' ', ruleId: 'web/caption' });
      claimed.add(line.index);
      claimed.add(before.index);
      i++;
    }
    const blocks = splitBlocks(lines);
    // A heading in the count of parts the text keeps ("Round Three: Music", "Round Four: Picture Round") is the text's,
    // whatever picture words name its part.
    const countedPart = countedPartHeading(lines.filter((line) => !isBlank(line)).map((line) => line.text));
    // The piece's first paragraph: above it stand the title, a subtitle, a byline, which speak of the piece in words of their own.
    const firstProse = lines.find((l) => !isBlank(l) && isProse(l.text) && wordCount(l.text) >= MIN_SECTION_OPENING_WORDS);
    let topicUses: TopicWordUses | undefined;
    blocks.forEach((whole, b) => {
      // A caption set apart between two blocks: strong evidence needed, and more than a year, as headings stand there too.
      if (whole.length !== 1 || b === 0 || b === blocks.length - 1) return;
      const line = whole[0]!;
      if (!hasCaptionShape(line.text) || countedPart(line.text)) return;
      const evidence = captionEvidence(line.text);
      const beyondYear = evidence.findings.some((f) => f.weight > 0 && !/year/.test(f.reason));
      if (evidence.score >= STANDALONE_REMOVE && beyondYear) {
        edits.push({ start: line.start, end: blocks[b + 1]![0]!.start, text: '', ruleId: 'web/caption', reason: reasons(evidence) });
        claimed.add(line.index);
      }
    });
    // Lines closed by an ordinal's stop ("Szombat, október 5."), two or more at the head of a block (a list's first item
    // glued to one by its bullet read apart): the document's headings.
    const isOrdinal = ordinalHeadings(blocks.map((block) => block[0]!.text.split(/[•▪●]/u)[0]!));
    blocks.forEach((whole, b) => {
      // Captions with evidence inside a block (under a heading, after a paragraph) go, whatever stands around them.
      const block: Line[] = [];
      whole.forEach((line, k) => {
        if (
          k > 0 &&
          !claimed.has(line.index) &&
          hasCaptionShape(line.text) &&
          captionEvidence(line.text).score >= CAPTION_REMOVE &&
          !unfinished(whole[k - 1]!.text) &&
          !countedPart(line.text)
        ) {
          const last = k === whole.length - 1;
          edits.push({ start: last ? line.start - 1 : line.start, end: last ? line.end : line.end + 1, text: '', ruleId: 'web/caption', reason: reasons(captionEvidence(line.text)) });
          claimed.add(line.index);
        } else block.push(line);
      });
      const [caption, next] = block;
      if (!caption || !next || claimed.has(caption.index)) return;
      // A heading in the document's pattern of ordinal-closed lines, set directly above its text (a list's first item, a
      // paragraph): set apart as its own block, for web/heading to weigh. Nothing goes.
      // So too a heading numbered after the section sign ("§ 2. A Translation"), which no caption opens on.
      const signed = /^\s*§\s*\d/u.test(caption.text) ? caption.text.replace(/^(\s*)§\s*/u, '$1') : undefined;
      const numberedBySign = signed !== undefined && hasCaptionShape(signed) && !/:\s*$/.test(signed) && !/[.!?]\s/.test(withoutSectionNumber(signed));
      if (caption === whole[0] && (isOrdinal(caption.text) || numberedBySign) && isProse(next.text)) {
        edits.push({ start: caption.end, end: caption.end, text: '\n', ruleId: 'web/caption', reason: 'a heading above its paragraph' });
        return;
      }
      if (!hasCaptionShape(caption.text) || caption.text.length * 2 > next.text.length) return;
      if (isDateLine(next.text) || !isProse(next.text)) return;
      const evidence = captionEvidence(caption.text);
      // A picture viewer's control, a pointer, where the eye is led: a heading says none of these.
      for (const cue of pictureCues(caption.text).findings) {
        evidence.findings.push(cue);
        evidence.score += cue.weight;
      }
      if (isProperName(caption.text, ctx)) {
        evidence.findings.push({ weight: 2, reason: 'only a name, as under a portrait' });
        evidence.score += 2;
      }
      if (evidence.score >= CAPTION_REMOVE && !countedPart(caption.text)) edits.push({ start: caption.start, end: next.start, text: '', ruleId: 'web/caption', reason: reasons(evidence) });
      else if (b > 0 && firstProse !== undefined && caption.index > firstProse.index && speaksOfNothingElse(caption.text, (topicUses ??= topicWordUses(text))) && captionSign(lines, caption) && !countedPart(caption.text)) {
        // Set tight above a paragraph after the piece's opening, a line whose topic words (three or more) the text uses
        // nowhere else speaks of nothing the section does: no heading (which names its section's subject), but a
        // picture's caption brought in with it. Not a line in title case, nor in quotes; and only with a second sign of a
        // caption (see captionSign): a sentence-case heading may speak of its section in words of its own.
        edits.push({ start: caption.start, end: next.start, text: '', ruleId: 'web/caption', reason: 'set tight above a paragraph; no topic word shared with the text; a caption\'s label, credit or picture near' });
      }
      else if (caption === whole[0] && b > 1 && wordCount(next.text) >= MIN_SECTION_OPENING_WORDS && isLoneHeading(blocks[b - 1]!) && isProse(blocks[b - 2]!.at(-1)!.text)) {
        // A heading stands alone just above, after a paragraph: this line comes between a heading
        // and its first paragraph, where a picture's caption stands, not a second heading (the
        // page's front, where bylines and notices stand alone, is left as it was). It stays, and
        // web/heading marks the heading above.
        ctx.keep(caption.start, caption.text, `between a heading and its paragraph; ${reasons(evidence) || 'no evidence of a caption'}`);
      } else if (!/:\s*$/.test(caption.text) && !/[.!?]\s/.test(withoutSectionNumber(caption.text))) {
        // A heading set directly above its first paragraph.
        edits.push({ start: caption.end, end: caption.end, text: '\n', ruleId: 'web/caption', reason: 'a heading above its paragraph' });
      } else ctx.keep(caption.start, caption.text, `directly above a paragraph; ${reasons(evidence) || 'no evidence of a caption'}`);
    });
    return edits;
  },
  describe: (edit, old) => (edit.text === '\n' ? '' : `Removed photo caption “${old.trim()}” from the text flow`),
};
