import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { isBlank, nextContentLine, normaliseForComparison, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { captionEvidence, reasons, type Evidence } from '../_evidence.ts';
import { isDateLine, isProse, isTitleLike } from './_web-lines.ts';
import { keepsParagraphsOnOneLine } from './web-caption-in-sentence.ts';

const MAX_CAPTION_WORDS = 14;
/** Caption evidence from this score on, with more than a year for it, removes a line placed where no heading stands. */
const CAPTION_REMOVE = 3;
/** The same with picture or credit words among the evidence. */
const PICTURE_REMOVE = 2;

/** Markup a line may open with after escaping: an emphasis mark, an escaped one. */
const LEADING_MARKUP = /^\s*(?:\\?[*_])*/;

function bare(text: string): string {
  return text.replace(LEADING_MARKUP, '').replace(/(?:\\?[*_])*\s*$/, '');
}

function couldBeCaption(text: string): boolean {
  return isTitleLike(text) && wordCount(text) <= MAX_CAPTION_WORDS && !/^\s*[•▪●#>\\]/.test(text) && !isDateLine(text);
}

/** Most longer words capitalised: a title or heading style; captions are set as phrases, in sentence case. */
function isTitleCase(text: string): boolean {
  const words = (text.match(/\p{L}{4,}/gu) ?? []).slice(1);
  return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.6;
}

/**
 * A short line that is no running prose and stands as a block's first line: a heading, an
 * interview question, a label. A section number alone ("3.", "IV") is half of a heading.
 */
function isHeadingOrLabel(lines: readonly Line[], line: Line): boolean {
  const text = bare(line.text);
  if (isProse(text) || wordCount(text) > 12 || !/^["“‘'(]?[\p{Lu}\p{N}]/u.test(text)) return false;
  if (/^(?:\d{1,3}|[IVXLC]{1,6})\\?\.?$/.test(text.trim()) || /^(?:chapter|part|section|book)\s+\S+$/i.test(text.trim())) return false;
  return line.index === 0 || isBlank(lines[line.index - 1]);
}

/** The line opens a block of several lines (a stanza, a list): the section's text, not a heading. */
function opensBlockOfLines(lines: readonly Line[], line: Line): boolean {
  const below = lines[line.index + 1];
  return below !== undefined && !isBlank(below) && isBlank(lines[line.index - 1]);
}

function evidenceFor(text: string): Evidence | undefined {
  const evidence = captionEvidence(text);
  const pictureWords = evidence.findings.some((f) => /picture or credit/.test(f.reason));
  // Picture and credit words are a caption's own; with them a line here needs nothing more.
  if (pictureWords) return evidence.score >= PICTURE_REMOVE ? evidence : undefined;
  if (isTitleCase(text)) return undefined;
  // A year alone is no caption: "The flood of 1953" heads a section. A picture dated ("in 1953", "c. 1953") or named is.
  const beyondYear = evidence.findings.some((f) => f.weight > 0 && f.reason !== 'carries a year');
  return evidence.score >= CAPTION_REMOVE && beyondYear ? evidence : undefined;
}

function isTitle(text: string, ctx: PassContext): boolean {
  return ctx.title !== undefined && normaliseForComparison(text) === normaliseForComparison(ctx.title);
}

/**
 * Picture captions of a web copy that stand where no heading can: directly under another
 * heading or an interview question, before the section's first paragraph; or set tight above
 * a line of the text (a sign-off, a question, a paragraph of any length), with a blank line
 * above. A heading there would head a section without text, or nothing at all. Only lines
 * with a caption's wording go (a picture dated or credited, picture words), and never a line
 * set in title case without picture words, as a subtitle is; the piece's title and the line
 * under it are left to the title passes.
 */
export const removePlacedCaption: Pass = {
  ruleId: 'web/caption-placed',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    // In a hard-wrapped text every paragraph's first line stands tight above more of it.
    const oneLineParagraphs = keepsParagraphsOnOneLine(lines);
    for (const line of lines) {
      if (line.start < claimedUpTo || isBlank(line) || !couldBeCaption(line.text)) continue;
      const previous = previousContentLine(lines, line.index);
      const next = nextContentLine(lines, line.index);
      if (!previous || !next || isTitle(previous.text, ctx) || isTitle(line.text, ctx)) continue;
      // Directly under it, or a blank line between and the section's prose below.
      const underHeading =
        isHeadingOrLabel(lines, previous) && (previous.index === line.index - 1 || (!isHeadingOrLabel(lines, next) && isProse(bare(next.text))) || opensBlockOfLines(lines, next));
      const tightAbove = oneLineParagraphs && isBlank(lines[line.index - 1]) && next.index === line.index + 1 && !/^\s*\p{Ll}/u.test(next.text);
      if (!underHeading && !tightAbove) continue;
      const evidence = evidenceFor(line.text);
      if (!evidence) continue;
      // The line alone goes: the blank lines around it keep a heading above apart from the text below.
      const end = Math.min(line.end + 1, text.length);
      edits.push({ start: line.start, end, text: '', ruleId: 'web/caption-placed', reason: `${underHeading ? 'under a heading' : 'tight above the text'}; ${reasons(evidence)}` });
      claimedUpTo = end;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed photo caption “${old.trim()}” from the text flow`,
};
