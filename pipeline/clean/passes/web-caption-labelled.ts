import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { isProse, leavesSentenceOpen } from './_web-lines.ts';

/**
 * A caption's label at a line's head, as a page sets it before what the picture shows, in the
 * languages pages are written in: "Photo:", "Foto:", "Bild:", "Imagen:", "Image:", "Légende :",
 * "Didascalia:", "Afbeelding:", "Caption:", "Pictured:", "In the picture:", "En la imagen:",
 * "Auf dem Bild:", "Sur la photo :", "Nella foto:", "Op de foto:". A colon closes the label.
 */
const LABEL =
  /^(?:photo(?:graph)?s?|pictures?|images?|fotos?|fotografía|fotografia|fotografie|bild(?:er)?|imagen(?:es)?|immagin[ei]|afbeelding(?:en)?|abbildung|légende|legende|leyenda|didascalia|bijschrift|bildunterschrift|captions?|pictured|(?:in|on) the (?:photo|picture|image)|en la (?:imagen|foto)|auf dem (?:bild|foto)|sur (?:la|cette) (?:photo|image)|nella (?:foto|immagine)|op de (?:foto|afbeelding)|na (?:foto|imagem))\s?:\s+(?=\S)/iu;

/** A picture's number in brackets at a line's head: "[Image 4]", "[Bild 9]", "(Foto 2)", "[Fig. 3]". */
const BRACKETED_NUMBER =
  /^[[(](?:photo|picture|image|foto|bild|imagen|immagine|afbeelding|abbildung|abb\.?|fig\.?|figure|illustration|plate)\s*\d{1,3}[\])]\s*[.:—–-]?\s*(?=\S)/iu;

/**
 * A picture viewer's control set in brackets at a line's end, left behind by a button over the
 * picture: "[enlarge]", "(zoom)", "[expand]", "[view larger]", "[vergrößern]", "[agrandir]",
 * "[ampliar]", "[ingrandisci]", "[vergroten]", "[+]".
 */
const CONTROL_MARK =
  /\s*[[(](?:click to |tap to )?(?:enlarge|zoom(?: in)?|expand|magnify|full ?screen|view (?:larger|full(?:[- ]size)?)|larger|vergrößern|vergroessern|zoomen|agrandir|ampliar|ingrandisci|ingrandire|vergroten|uitvergroten|\+)[\])]$/iu;

/** Most words of what the picture shows, after the label or before the mark: one or two short sentences. */
const MAX_CAPTION_WORDS = 30;

/** Markdown escapes the cleaner has added by now ("\[", "\*"): a label or a mark is read without them, and a closing hard break too. */
function unescaped(text: string): string {
  return text
    .replace(/\\$/, '')
    .replace(/\\(?=[^\s\w])/g, '')
    .trim();
}

/** What the picture shows, once its label, number or control mark is taken off; undefined where the line bears none. */
function captionOf(text: string): string | undefined {
  const t = unescaped(text);
  const rest = t.replace(LABEL, '').replace(BRACKETED_NUMBER, '').replace(CONTROL_MARK, '').trim();
  return rest === t ? undefined : rest;
}

/** A caption's words: some, not too many, no question and no run of sentences (two stops at most). */
function isCaptionText(rest: string): boolean {
  if (rest === '' || wordCount(rest) > MAX_CAPTION_WORDS || /\?["”’)]?$/.test(rest) || /^[#>•▪●]/.test(rest)) return false;
  // Going on in lower case at a sentence's length, the words after a label are the prose's own ("Image: that was the word she used for …").
  if (/^\p{Ll}/u.test(rest) && isProse(rest)) return false;
  return (rest.match(/[.!?]["”’)]?\s+["“‘]?\p{Lu}/gu)?.length ?? 0) <= 1;
}

/** The line stops where no sentence stops: a paragraph cut off where the picture stood. */
function unfinished(line: Line | undefined): boolean {
  return line !== undefined && !isBlank(line) && leavesSentenceOpen(line.text);
}

/**
 * Picture captions a page marks as such: a caption's label and a colon at the line's head
 * ("Foto: …", "Légende : …", "En la imagen: …"), a picture's number in brackets ("[Bild 9] …"),
 * or a viewer's control left in brackets at its end ("… [enlarge]"). The mark is the evidence,
 * in whatever language the page's furniture is set; what follows or precedes it must be a
 * caption's length, one or two short sentences, no question. Set apart, the line and a blank
 * line go; set into a sentence (the line above unfinished, the line below going on in lower
 * case) the caption goes and the sentence closes up. A sentence that speaks of a photograph
 * bears no such label and stays.
 */
export const removeLabelledCaption: Pass = {
  ruleId: 'web/caption-labelled',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    for (const line of lines) {
      if (isBlank(line) || line.start < claimedUpTo) continue;
      const rest = captionOf(line.text);
      if (rest === undefined || !isCaptionText(rest)) continue;
      const above = lines[line.index - 1];
      const before = above !== undefined && isBlank(above) ? lines[line.index - 2] : above;
      const after = lines[line.index + 1];
      const goesOn = after !== undefined && /^\s*\p{Ll}/u.test(after.text);
      // Going on below in a few lower-case words, the caption runs past its line ("… the laundry" / "cooperative, staff photograph"): left to the passes that weigh it whole.
      if (goesOn && !isProse(after.text)) continue;
      // A sentence resumes below but none broke off above: the line closes a longer caption block (a credit under its caption), which the passes that weigh it whole take.
      if (goesOn && !unfinished(before)) continue;
      let edit: Edit;
      if (goesOn && unfinished(before) && before!.end >= claimedUpTo) {
        edit = { start: before!.end, end: after.start, text: ' ', ruleId: 'web/caption-labelled', reason: 'a labelled picture caption set into a sentence' };
      } else {
        const apart = (line.index === 0 || isBlank(above)) && (after === undefined || isBlank(after));
        const end = apart && after !== undefined ? after.end + 1 : line.end + 1;
        edit = { start: line.start, end: Math.min(end, text.length), text: '', ruleId: 'web/caption-labelled', reason: "a picture caption marked by a caption's label, a picture's number or a viewer's control" };
      }
      edits.push(edit);
      claimedUpTo = edit.end;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed labelled photo caption “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from the text flow`,
};
