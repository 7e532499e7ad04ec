import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { isTitleCase } from '../_evidence.ts';
import { MONTH_NAMES, PLACE_AND_DATE_LINE, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { isAllCaps, isDateline } from './_pdf-lines.ts';
import { startsWithWordTail } from './pdf-caption-in-sentence.ts';
import { isPdfCredit } from './pdf-caption-credit.ts';
import { couldBeBlockLine, headingOverBlock, opensCapitalised } from './pdf-caption-over-opening.ts';
import { lineWidths } from './_pdf-lines.ts';

/** Most lines of the caption: two or three of its words and a credit. */
const MAX_BLOCK_LINES = 4;
/** Most words of the caption: a sentence or two and a credit. */
const MAX_BLOCK_WORDS = 40;
/** Fewest words of a caption's first line: a phrase naming what the picture shows. */
const MIN_WORDS = 3;
/** Most words of a credit set after a separator, or on a line of its own: a name or two and an agency. */
const MAX_CREDIT_WORDS = 8;

/** A mark pointing at the picture, opening the line. */
const POINTER = /^[▲△▴▵◀◁◂◃▶▷►◄▸▹▼▽▾▿←→↑↓☞]/u;
/**
 * The picture's date closing its caption: a year in brackets ("(1934)", "(c. 1890)"), or a
 * place and a year after a comma (", Lowestoft 1905"), never a month's ("…, March 1891" dates a
 * letter) nor a bare year after a comma (", 1846" may close a dated subtitle).
 */
const PICTURE_DATE = new RegExp(
  `(?:\\((?:c\\.\\s*)?1[5-9]\\d\\d\\)|,\\s+(?!(?:${MONTH_NAMES})\\b)\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)?\\s+1[5-9]\\d\\d)[.)]?$`,
  'u',
);
/** A picture dated about a year, anywhere in the caption: "c. 1914", "ca. 1890". */
const CIRCA = /\bc(?:a)?\.\s*1[5-9]\d\d\b/;
/** A separator a credit is glued on with: a dash, a bar, a middle dot or a slash between spaces. */
const GLUED = /\s[—–|·/]\s+(\S.*)$/u;
/** A label of a word or two before a colon: "Pictured: …", "From left: …", "In the photo: …". */
const LABEL = /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s*:\s+\S/u;

/** A name or an agency: capitalised words only (a linking word or two between), or a copyright sign. */
function isNameLike(text: string): boolean {
  const t = text.trim().replace(/[.)]$/, '');
  if (/©/.test(t)) return true;
  const words = t.split(/\s+/);
  if (words.length > MAX_CREDIT_WORDS || isAllCaps(t)) return false;
  const capitalised = words.filter((w) => /^["“‘(]?[\p{Lu}]/u.test(w)).length;
  return /^["“‘(]?\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words[words.length - 1]!) && capitalised >= words.length - 2;
}

/**
 * A credit on a line of its own under the caption's first line: a credit's shape, a single
 * capitalised word (an agency; no byline is one word), or names parted by slashes.
 */
function isCreditLine(text: string): boolean {
  const t = text.trim();
  if (isPdfCredit(t)) return true;
  if (/^\p{Lu}\p{Ll}+$/u.test(t)) return true;
  return / \/ /.test(t) && t.split(' / ').every(isNameLike);
}

/**
 * The line opens a paragraph whose drop cap or small capitals a PDF extraction set apart: a
 * capital alone on its line over lower-case letters, the letters a lost drop cap left ("he boat"),
 * or a first word in capitals going on in lower case ("THE diarists", "HE winter").
 */
function opensAfterDropCap(lines: readonly Line[], line: Line, ctx: PassContext): boolean {
  const t = line.text.trim();
  if (/^["“‘]?\p{Lu}$/u.test(t)) return /^\s*\p{Ll}/u.test(lines[line.index + 1]?.text ?? '');
  if (/^["“‘]?\p{Lu}{2,}\s+\p{Ll}/u.test(t)) return true;
  return /^\p{Ll}/u.test(t) && startsWithWordTail(t, ctx);
}

/** What marks the lines as a picture's caption by their shape, if anything does. */
function captionShape(block: readonly Line[]): string | undefined {
  const first = block[0]!.text.trim();
  if (POINTER.test(first)) return 'opened with a pointer';
  if (block.slice(1).some((l) => isCreditLine(l.text))) return 'a credit on a line of its own under it';
  const glued = block.map((l) => GLUED.exec(l.text.trim())?.[1]).find((tail) => tail !== undefined && isNameLike(tail.replace(/^\p{Lu}\p{Ll}+\.?:?\s+/u, '')));
  if (glued !== undefined) return 'a name glued on after a separator';
  // A title-case line is a subtitle's or a heading's: a date or a label alone does not make it a caption.
  if (isTitleCase(first)) return undefined;
  // The date may close the caption's words before a credit glued on ("… (1892) | Reproduced by …").
  const dated = block.some((l) => {
    const t = l.text.trim();
    const words = t.replace(GLUED, '');
    return CIRCA.test(t) || (PICTURE_DATE.test(words) && !PLACE_AND_DATE_LINE.test(words));
  });
  if (dated) return "dated as a picture is";
  if (LABEL.test(first)) return 'a label before a colon';
  return undefined;
}

/**
 * A picture caption of a PDF extraction set between a section's heading and its first paragraph,
 * where the paragraph opens with its drop cap set apart or lost, or with small capitals: the
 * heading is short lines after a blank line or a finished paragraph, and the lines under it run
 * to the paragraph's opening, so they are neither the heading's nor the paragraph's. What may
 * stand there besides a caption (a subtitle, a byline, a letter's date line, an epigraph) has
 * none of a caption's marks, which decide: a pointer opening it, a credit on a line of its own
 * under it or glued on after a separator, or (in sentence case, not a subtitle's title case) a
 * picture's date or a label. A date line, a line in capitals (a byline), a drop cap alone on
 * its line and what follows them stay; so do an epigraph, a salutation, a numbered line, a part's title
 * and the text's opening lines.
 */
export const removeCaptionOverDropCap: Pass = {
  ruleId: 'pdf/caption-over-drop-cap',
  run(text, ctx) {
    const lines = splitLines(text);
    const { column } = lineWidths(lines);
    const edits: Edit[] = [];
    const firstContent = lines.find((l) => !isBlank(l));
    let claimedUpTo = -1;
    for (const opening of lines) {
      if (isBlank(opening) || opening.index < 2 || !opensAfterDropCap(lines, opening, ctx)) continue;
      // The heading's lines run down to the first capitalised (or pointed) line after one that ends as a heading may.
      const found = headingOverBlock(lines, opening, column, firstContent, claimedUpTo, (l) => POINTER.test(l.text.trim()) || opensCapitalised(l));
      if (found === undefined) continue;
      // A letter's date line or a byline in capitals may stand between the caption and the paragraph: they stay, and what follows them.
      let { block } = found;
      // So does a drop cap set apart above them, a capital alone on its line.
      const kept = block.findIndex((l, k) => isDateline(l.text.trim()) || /^["“‘]?\p{Lu}$/u.test(l.text.trim()) || (k > 0 && isAllCaps(l.text, 2) && !isPdfCredit(l.text)));
      if (kept === 0) continue;
      if (kept > 0) block = block.slice(0, kept);
      if (block.length > MAX_BLOCK_LINES || wordCount(block.map((l) => l.text).join(' ')) > MAX_BLOCK_WORDS) continue;
      const first = block[0]!.text.trim();
      // An epigraph opens on its quotation; a one-line block of a word or two is a heading's part, no caption.
      if (/^["“‘']/u.test(first) || wordCount(first) < MIN_WORDS || !block.every((l) => couldBeBlockLine(l.text))) continue;
      const why = captionShape(block);
      if (why === undefined) continue;
      const last = block[block.length - 1]!;
      edits.push({
        start: block[0]!.start,
        end: Math.min(last.end + 1, text.length),
        text: '',
        ruleId: 'pdf/caption-over-drop-cap',
        reason: `between a heading and a paragraph opening on its drop cap; ${why}`,
      });
      claimedUpTo = last.end + 1;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from between a heading and its paragraph`,
};
