import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { endsOnFunctionWord, isProse, leavesSentenceOpen } from './_web-lines.ts';

/**
 * A caption's label at a line's head, as a page sets it before what the picture shows, in the
 * languages pages are written in: "Photo:", "Foto:", "Bild:", "Imagen:", "Image:", "Légende :",
 * "Didascalia:", "Afbeelding:", "Caption:", "Pictured:", "In the picture:", "En la imagen:",
 * "Auf dem Bild:", "Sur la photo :", "Nella foto:", "Op de foto:", and the Polish, Dutch, Nordic,
 * Finnish, Czech, Portuguese and Hungarian labels ("Zdjęcie:", "Na zdjęciu:", "Beeld:", "Bildtext:",
 * "Kuva:", "Na snímku:", "Legenda:"). A colon closes the label.
 */
const LABEL =
  /^(?:photo(?:graph)?s?|pictures?|images?|fotos?|fotografía|fotografia|fotografie|bild(?:er)?|imagen(?:es)?|immagin[ei]|afbeelding(?:en)?|abbildung|légende|legende|leyenda|didascalia|bijschrift|bildunterschrift|captions?|pictured|(?:in|on) the (?:photo|picture|image)|en la (?:imagen|foto)|auf dem (?:bild|foto)|sur (?:la|cette) (?:photo|image)|nella (?:foto|immagine)|op de (?:foto|afbeelding)|na (?:foto|imagem)|zdjęcie|zdjęcia|na zdjęciu|beeld|bildtext|billede|bilde|billedtekst|kuva|kuvassa|kuvateksti|snímek|na snímku|legenda|imagem|fotó|a képen)\s?:\s+(?=\S)/iu;

/** A picture's number in brackets at a line's head: "[Image 4]", "[Bild 9]", "(Foto 2)", "[Fig. 3]". */
const BRACKETED_NUMBER =
  /^[[(](?:photo|picture|image|foto|bild|imagen|immagine|afbeelding|abbildung|abb\.?|fig\.?|figure|illustration|plate)\s*\d{1,3}[\])]\s*[.:—–-]?\s*(?=\S)/iu;

/**
 * A picture viewer's control set in brackets at a line's end, left behind by a button over the
 * picture: "[enlarge]", "(zoom)", "[expand]", "[view larger]", "[vergrößern]", "[agrandir]",
 * "[ampliar]", "[ingrandisci]", "[vergroten]", "[+]"; an expand or magnifier glyph ("⤢", "⛶", "🔍"); a
 * gallery's call to see the next picture ("… Swipe for more pictures").
 */
const CONTROL_MARK =
  /\s*[[(](?:click to |tap to )?(?:enlarge|zoom(?: in)?|expand|magnify|full ?screen|view (?:larger|full(?:[- ]size)?)|larger|vergrößern|vergroessern|zoomen|agrandir|ampliar|ingrandisci|ingrandire|vergroten|uitvergroten|\+)[\])]$|\s+[⤢⤡⛶🔍🔎⊕]$|[.,]?\s+(?:swipe|scroll|click|tap)\s+(?:for|to see)\s+more\s+(?:pictures|photos|images)\.?$/iu;

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

/** Where a picture came from, or its licence: picture words, a collection, a licence's name. */
const SOURCE = /\b(?:photo(?:graph)?s?|pictures?|images?|courtesy|via|lent|albums?|collection|archives?|library|museum|licen[cs]ed?|cc[ -]by|creative commons|public domain)\b|©/iu;
/** A credit's shape under a caption: a label of a word or two and a colon, then a capitalised name ("Quelle: Stadtarchiv", "Fonte: Archivio comunale"), no stop at its end. */
const LABELLED_CREDIT = /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?\s?:\s+["“‘]?\p{Lu}[^.!?]*$/u;
/** Most words of such a credit. */
const MAX_CREDIT_WORDS = 8;
/** A finite verb opening a line: "was", "were", "is", "had", "would" …. */
const OPENS_ON_VERB = /^(?:is|are|was|were|has|have|had|does|did|will|would|shall|should|can|could|may|might|must)\b/u;
/** Most sentences of a caption wrapped over two lines: what the picture shows and one more (a credit, a note). */
const MAX_WRAPPED_SENTENCES = 2;

/**
 * A labelled caption wrapped onto a second line that goes on in lower case ("Légende : pit
 * ponies" over "brought up for the summer … CC BY-SA 4.0"): a web copy keeps each paragraph on
 * one line, so the wrap is the caption's own. The second line closes the caption where a blank
 * line (or the end) follows it and no sentence broke off above (else it is that sentence's
 * rest, and the label's line alone interrupts it); or, short, it closes the caption where the
 * sentence broken off above resumes in lower case under it. The edit taking both lines, or
 * undefined where the two are no caption.
 */
function wrappedCaption(lines: readonly Line[], rest: string, before: Line | undefined, tail: Line, textLength: number): Edit | undefined {
  const below = lines[tail.index + 1];
  const label = lines[tail.index - 1]!;
  const above = lines[label.index - 1];
  // Under a paragraph closed by a colon, the line going on in lower case under the label's is what the colon introduced (a
  // quotation, a verse's line, set tight under the caption): the label's line alone goes.
  if (before !== undefined && !isBlank(before) && /:\s*$/.test(before.text) && isProse(before.text) && (above === undefined || isBlank(above))) {
    return { start: label.start, end: label.end + 1, text: '', ruleId: 'web/caption-labelled', reason: 'a labelled picture caption set over the line a colon above introduces' };
  }
  // Closing a block, the caption stands apart above (inside a block it may close a caption whose sentence broke off higher
  // up), and a second line of a sentence's length names the picture's source or licence.
  const closes =
    (below === undefined || isBlank(below)) && !unfinished(before) && (above === undefined || isBlank(above)) && (!isProse(tail.text) || SOURCE.test(tail.text));
  // A credit of its own under the wrap closes the block: a short label and a colon, then who lent or took the picture.
  const underCredit = below !== undefined && LABELLED_CREDIT.test(unescaped(below.text)) && wordCount(below.text) <= MAX_CREDIT_WORDS ? below : undefined;
  const closesOverCredit =
    underCredit !== undefined &&
    (lines[underCredit.index + 1] === undefined || isBlank(lines[underCredit.index + 1])) &&
    // A heading standing alone above stops on no stop, but breaks off no sentence: a paragraph's line does (prose, or a word that wants more).
    !(unfinished(before) && (isProse(before!.text) || endsOnFunctionWord(before!.text))) &&
    (above === undefined || isBlank(above)) && !isProse(tail.text);
  if (closesOverCredit) {
    const whole = `${rest} ${unescaped(tail.text)}`;
    if (wordCount(whole) > MAX_CAPTION_WORDS || OPENS_ON_VERB.test(unescaped(tail.text)) || /[.!?]["”’)]?$/.test(whole)) return undefined;
    const after = lines[underCredit.index + 1];
    return { start: label.start, end: Math.min(after !== undefined ? after.end + 1 : underCredit.end + 1, textLength), text: '', ruleId: 'web/caption-labelled', reason: 'a labelled picture caption wrapped onto a second line, over its credit' };
  }
  const resumes = below !== undefined && /^\s*\p{Ll}/u.test(below.text) && unfinished(before) && !isProse(tail.text);
  if (!closes && !resumes) return undefined;
  // A verb opening the second line makes the label's words its subject: a sentence ("Picture: the old cinema" / "was where we went …").
  if (OPENS_ON_VERB.test(unescaped(tail.text))) return undefined;
  const whole = `${rest} ${unescaped(tail.text)}`;
  if (wordCount(whole) > MAX_CAPTION_WORDS || /\?["”’)]?$/.test(whole) || /^[#>•▪●]/.test(rest)) return undefined;
  if ((whole.match(/[.!?]["”’)]?\s+["“‘]?\p{Lu}/gu)?.length ?? 0) >= MAX_WRAPPED_SENTENCES) return undefined;
  const reason = 'a labelled picture caption wrapped onto a second line';
  if (resumes) return { start: before!.end, end: below!.start, text: ' ', ruleId: 'web/caption-labelled', reason: `${reason}, set into a sentence` };
  const apart = (above === undefined || isBlank(above)) && below !== undefined;
  return { start: label.start, end: Math.min(apart ? below!.end + 1 : tail.end + 1, textLength), text: '', ruleId: 'web/caption-labelled', reason };
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
      const wrapped = goesOn ? wrappedCaption(lines, rest, before, after, text.length) : undefined;
      if (wrapped && wrapped.start >= claimedUpTo) {
        edits.push(wrapped);
        claimedUpTo = wrapped.end;
        continue;
      }
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
