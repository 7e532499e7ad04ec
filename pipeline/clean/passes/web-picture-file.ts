import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { endWithFollowingBlanks, isBlank, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';

/** The extensions of a picture's file. */
const PICTURE_EXTENSION = String.raw`(?:jpe?g|png|gif|webp|avif|heic|tiff?|bmp)`;

/**
 * A picture's file name as a line of its own: one run of letters, figures, hyphens, underscores
 * and dots with no space, ending on a picture format's extension ("IMG_4821.JPG",
 * "improvements_relating-4-1536x1024.jpg", "scan_1951_24.tif"), perhaps with its size after it
 * in brackets, in bytes or pixels ("(4.2 MB)", "(1024×683)"). A machine wrote it: a person
 * writing names a picture in words.
 */
const FILE_NAME = new RegExp(
  String.raw`^[\p{L}\p{N}][\p{L}\p{N}_.~+-]*\.${PICTURE_EXTENSION}(?:\s*[([]\s*(?:\d+(?:[.,]\d+)?\s*(?:[kKMG]i?B|kb|bytes?)|\d{2,5}\s*[x×]\s*\d{2,5}(?:\s*px)?)\s*[)\]])?$`,
  'iu',
);

/** A picture's file name anywhere in a line ("… beside IMG_2041.jpg"): other passes weigh it as a caption's sign. */
export const NAMES_PICTURE_FILE = new RegExp(String.raw`\b[\w-]+\.${PICTURE_EXTENSION}\b`, 'iu');

/** An alt text written out in brackets as a scraper keeps it: "[alt: …]", "[alt=…]", "[alt text: …]". */
const BRACKETED_ALT = /^\[\s*alt(?:[ -]?text)?\s*[:=][^\]]*\]$/iu;

/** A network's or a site's formula for a picture's alt text ("Image may contain: …", "May be an image of …"). */
const ALT_FORMULA = /^(?:image may contain|may be (?:an? )?(?:image|photo|picture|illustration|graphic|cartoon|text))\b/iu;

/** A machine's name for an empty picture: one lower-case token joined by hyphens or underscores ("image-placeholder", "img_missing"). */
const MACHINE_TOKEN = /^\p{Ll}+(?:[-_]\p{Ll}+)+$/u;

/**
 * A picture's control set after its caption, a word or none and an arrow-like sign in brackets
 * closing the line ("… on the lower bench (enlarge ⤢)", "(⤢)"): the button a page draws beside
 * its picture. A sentence of the text does not close on a sign.
 */
const PICTURE_CONTROL = /\s\((?:\p{L}+\s*)?[\u2190-\u21FF\u27F0-\u27FF\u2900-\u297F\u26F6\u{1F50D}\u{1F50E}]\)$/u;
/** Most words of a caption carrying a picture's control: a caption's length, never a paragraph's. */
const MAX_CONTROL_CAPTION_WORDS = 20;

/** Whether a line under a picture's file name is that picture's own: its alt text, a placeholder, its caption with its control. */
function belongsToPicture(text: string): boolean {
  const t = text.trim();
  return BRACKETED_ALT.test(t) || ALT_FORMULA.test(t) || MACHINE_TOKEN.test(t) || isControlCaption(t);
}

/** A caption closed by a picture's control. */
function isControlCaption(text: string): boolean {
  const t = text.trim();
  return PICTURE_CONTROL.test(t) && wordCount(t) <= MAX_CONTROL_CAPTION_WORDS;
}

/**
 * A picture's leftovers in a web copy, by the shapes a machine gives them and no wording: the
 * picture's file name on a line of its own, with the lines set close under it that belong to
 * the picture (its alt text in brackets or in a network's formula, a placeholder's token, a
 * caption closed by the picture's control); and, without a file name, a caption closed by the
 * picture's control ("… (enlarge ⤢)"), or a bracketed alt text alone. Kept: a file name the text
 * names elsewhere (the text speaks of the file), and file names under a line the text closes on a
 * colon (a list of files the text gives).
 */
export const removePictureFile: Pass = {
  ruleId: 'web/picture-file',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    const remove = (first: Line, last: Line, reason: string) =>
      edits.push({ start: first.start, end: endWithFollowingBlanks(lines, last.index, text.length), text: '', ruleId: 'web/picture-file', reason });
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (isBlank(line)) continue;
      const t = line.text.trim();
      const introduced = /:\s*$/.test(previousContentLine(lines, i)?.text ?? '');
      if (FILE_NAME.test(t)) {
        if (introduced) continue;
        // The text names the file somewhere else: it speaks of the file, and the line may be its own.
        const name = t.replace(/\s*[([].*$/u, '').toLowerCase();
        if (lines.some((other) => other !== line && other.text.toLowerCase().includes(name))) continue;
        let last = line;
        while (last.index + 1 < lines.length && !isBlank(lines[last.index + 1]) && belongsToPicture(lines[last.index + 1]!.text)) last = lines[last.index + 1]!;
        remove(line, last, "a picture's file name, with its alt text or caption under it");
        i = last.index;
        continue;
      }
      if (introduced) continue;
      if (BRACKETED_ALT.test(t)) remove(line, line, "a picture's alt text in brackets");
      else if (isControlCaption(t)) remove(line, line, "a caption closed by its picture's control");
    }
    return edits;
  },
  describe: (edit, old) => `Removed ${edit.reason ?? "a picture's file name"} (“${old.trim().replace(/\s+/g, ' ').slice(0, 60)}”)`,
};
