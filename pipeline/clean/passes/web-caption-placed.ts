import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { isBlank, nextContentLine, normaliseForComparison, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { captionEvidence, captionWording, isTitleCase, reasons, type Evidence } from '../_evidence.ts';
import { pictureCues } from './web-caption-shape.ts';
import { isDateLine, isProse, isTitleLike } from './_web-lines.ts';
import { keepsParagraphsOnOneLine } from './web-caption-in-sentence.ts';

const MAX_CAPTION_WORDS = 14;
/** Words of the piece's first paragraph. */
const MIN_PROSE_WORDS = 12;

/** Markup a line may open with after escaping: an emphasis mark, an escaped one. */
const LEADING_MARKUP = /^\s*(?:\\?[*_])*/;

function bare(text: string): string {
  return text.replace(LEADING_MARKUP, '').replace(/(?:\\?[*_])*\s*$/, '');
}

function couldBeCaption(text: string): boolean {
  return isTitleLike(text) && wordCount(text) <= MAX_CAPTION_WORDS && !/^\s*[•▪●#>\\]/.test(text) && !isDateLine(text);
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

/** Caption evidence with a picture's own cues (a viewer's control, a pointer, where the eye is led, a crop noted) from which a line goes. */
const CUED_CAPTION = 3;

/**
 * A caption's wording read with the picture's own cues: "Nets on the quay, 1960 (detail)" is
 * dated and cropped; no heading notes a crop. Not for a line in title case, as headings are set.
 */
function cuedWording(text: string): Evidence | undefined {
  const cues = pictureCues(text);
  if (cues.score <= 0 || isTitleCase(text)) return undefined;
  const evidence = captionEvidence(text);
  const combined: Evidence = { score: evidence.score + cues.score, findings: [...evidence.findings, ...cues.findings] };
  return evidence.score > 0 && combined.score >= CUED_CAPTION ? combined : undefined;
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
    // Before the piece's first paragraph stand its title and subtitle (under a site's menu, a
    // search box): a caption there must name a picture, not only date something.
    const firstProse = lines.find((l) => !isBlank(l) && isProse(bare(l.text)) && wordCount(l.text) >= MIN_PROSE_WORDS);
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
      const evidence = captionWording(line.text) ?? cuedWording(line.text);
      if (!evidence) continue;
      if (firstProse !== undefined && line.index < firstProse.index && !evidence.findings.some((f) => /picture or credit/.test(f.reason))) {
        ctx.keep(line.start, line.text.trim(), `${reasons(evidence)}; but before the first paragraph, where the title stands`);
        continue;
      }
      // The line alone goes: the blank lines around it keep a heading above apart from the text below.
      const end = Math.min(line.end + 1, text.length);
      edits.push({ start: line.start, end, text: '', ruleId: 'web/caption-placed', reason: `${underHeading ? 'under a heading' : 'tight above the text'}; ${reasons(evidence)}` });
      claimedUpTo = end;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed photo caption “${old.trim()}” from the text flow`,
};
