import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { LETTERED_ITEM, SENTENCE_END, isBlank, normaliseForComparison, splitLines, wordCount, type Line } from '../_lines.ts';
import { captionEvidence, isTitleCase, namesAgency } from '../_evidence.ts';
import { hasCaptionShape, isProse, leavesSentenceOpen } from './_web-lines.ts';
import { LOOKING, showsSomeoneDoing } from './web-caption-shape.ts';
import { ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, oneOf, without } from '../_function-words.ts';

/** Most words of a credit line: a label and a name, an agency, a collection. */
const MAX_CREDIT_WORDS = 10;
/** Most words of a caption with a credit: one sentence at most. */
const MAX_CAPTION_WORDS = 24;

/** Markdown escapes the cleaner has added by now ("\(", "\*"): a credit's shape is read without them. */
function unescaped(text: string): string {
  return text.replace(/\\(?=[^\s\w])/g, '').trim();
}

/** A credit's label before the name: "Photo: …", "Photograph by …", "Image via …", "Picture courtesy of …", "Credit: …". */
const CREDIT_LABEL = /^(?:photo(?:graph)?s?|pic(?:ture)?s?|images?|illustrations?|credits?|sources?)(?:\s*:|\s+(?:by|via|from|courtesy(?:\s+of)?)\b|\s+©)\s*\S/i;
/** A copyright sign, "Copyright …", "Courtesy (of) …", "Via …" opening the line. */
const CREDIT_OPENING = /^(?:©|\(c\)\s|copyright\s+\S|courtesy\s+\S|via\s+\p{Lu})/iu;
/**
 * The maker of a picture and a colon or "by" ("Drawing by …", "Photographer: …", "Fotografie:
 * …", "Engraved by …", "After a painting by …"), or a lender's or holder's leave ("By kind
 * permission of …", "From the collection of …", "Lent by …", "Lent for this book by …",
 * "Private collection"): publishing
 * usage, as a lead before a name.
 */
const MAKER_OR_LENDER =
  /^(?:(?:photographer|photography|illustrator|drawings?|engravings?|paintings?|artwork|cartoons?|sketch(?:es)?|foto(?:s|grafie|graf|grafía)?|bild(?:er)?|crédits?(?: photo)?|drawn|photographed|engraved|painted|sketched|etched|(?:after|from) an? (?:drawing|painting|photograph|sketch|print|engraving|etching|watercolou?r|lithograph))(?:\s*:|\s+(?:by|von|de|par)\b)|(?:reproduced\s+|used\s+)?(?:by|with)\s+(?:kind\s+)?permission\s+(?:of|from)|(?:from\s+)?the\s+collection\s+of|lent\s+(?:for\s+(?:this|the)\s+\p{L}+\s+)?by)\s*(?:the\s+)?/iu;
/** A line that stops on a function word, a comma or a hyphen runs on: a wrapped line of the text, no credit. */
// Of the coordinators it leaves out "but", of the forms of "to be" "is" and "are": as it was written, listed for the lead.
const RUNS_ON = new RegExp(String.raw`(?:\b${oneOf(ARTICLES, without(COORDINATORS, 'but'), PREPOSITIONS, ADVERBIAL_PREPOSITIONS, ['as', 'that', 'was', 'were'])}|[,-])\s*$`, 'iu');

/** A maker's or a lender's credit: the lead, then a capitalised name, no clause joined on, and the line does not run on. */
function isMakerOrLenderCredit(t: string): boolean {
  if (/^(?:private|family|author['’]s|artist['’]s)\s+collection\.?$/iu.test(t)) return true;
  const lead = MAKER_OR_LENDER.exec(t);
  // A clause joined on after a comma ("By permission of the Crown, weavers met there") is a sentence of the text.
  if (/,\s+\p{Ll}+\s+\p{Ll}/u.test(t)) return false;
  return lead !== null && /^["“‘']?\p{Lu}/u.test(t.slice(lead[0].length)) && !RUNS_ON.test(t.slice(-24));
}

/**
 * Words that name where a picture came from: picture words, picture agencies and licences, the
 * places that lend pictures. A line in brackets with one of them is a credit ("(Getty)",
 * "(Borough Record Office)").
 */
export const SOURCE_WORDS =
  /\b(?:photo(?:graph)?s?|pictures?|images?|illustrations?|credit|source|courtesy|copyright|getty|alamy|shutterstock|istock|wikimedia|commons|reuters|afp|flickr|unsplash|public domain|creative commons|cc[ -]by|archives?|collection|library|museum|record office|trust|society)\b|©/i;
/**
 * A picture agency's or wire service's name standing for the whole credit, as papers set it under
 * a caption: "Getty Images", "Reuters", "Alamy Stock Photo", "AP Photo", "GETTY IMAGES". The
 * name is capitalised or in capitals; picture words may follow it.
 */
const AGENCY_ALONE =
  /^(?:Getty|GETTY|Alamy|ALAMY|Shutterstock|SHUTTERSTOCK|iStock|ISTOCK|Reuters|REUTERS|AFP|AP|PA|EPA|UPI|Wikimedia|WIKIMEDIA|Unsplash|UNSPLASH|Flickr|FLICKR|TopFoto|Topfoto|TOPFOTO|Corbis|CORBIS|Bridgeman|BRIDGEMAN|Hulton|HULTON|Mary Evans|MARY EVANS|Popperfoto|POPPERFOTO|Press Association|PRESS ASSOCIATION|Associated Press|ASSOCIATED PRESS)(?:\s+(?:Images|IMAGES|Photos?|PHOTOS?|Pictures?|PICTURES?|Stock(?: Photo)?|STOCK(?: PHOTO)?|Archive|ARCHIVE|Commons|COMMONS|Picture Library|PICTURE LIBRARY|Images?\s*\/\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}))?\.?$/u;
/** A credit's opening phrase besides a label, capitalised as a credit sets it: "Photographed by …", "By kind permission of …", "Reproduced courtesy of …". */
const CREDIT_PHRASE =
  /^(?:Photographed by|Photographer:|By (?:kind )?(?:courtesy|permission) of|Reproduced (?:by (?:kind )?permission of|by courtesy of|courtesy of|with (?:the )?(?:kind )?permission of))\s+(?:the\s+)?(?:late\s+)?["“‘']?[\p{Lu}\p{N}]/u;

/** A photographer and an agency set as "Name/Agency" or "Name / Agency". */
const NAME_SLASH_AGENCY = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*\/\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/**
 * A line that credits a picture and says nothing else: a credit's label and a name ("Photo:
 * Ann Lee", "Image via the county archive"), a copyright sign, a source in brackets that names
 * where pictures come from ("(Getty Images)"), a photographer and an agency ("Ann Lee/Alamy").
 * A word in brackets alone ("(Applause)", "(Laughter)") is a speech's own note, no credit.
 */
export function isCreditLine(text: string): boolean {
  const t = unescaped(text);
  if (!t || wordCount(t) > MAX_CREDIT_WORDS) return false;
  // A letter in brackets before words in lower case is a rule's or a list's lettered item ("(c) at any other time …"), not "(c)" for ©.
  if (LETTERED_ITEM.test(t)) return false;
  if (CREDIT_LABEL.test(t) || CREDIT_OPENING.test(t) || NAME_SLASH_AGENCY.test(t) || AGENCY_ALONE.test(t) || CREDIT_PHRASE.test(t) || isMakerOrLenderCredit(t)) return true;
  // A source in brackets, alone on its line: picture and lending words, an agency ("(Reuters)", "(AP)"), a maker's label ("(Bild: …)").
  const bracketed = /^[([]([^()[\]]{2,60})[)\]]\.?$/.exec(t);
  return bracketed !== null && (SOURCE_WORDS.test(bracketed[1]!) || namesAgency(bracketed[1]!) || isMakerOrLenderCredit(bracketed[1]!.trim()));
}

/**
 * A credit glued to the end of a caption, after a stop, a bar or a dash: "… in 1911. Photo:
 * Ann Lee", "… the river | Photograph by the author", "… the mill © Borough Archive". The label
 * is capitalised, as a credit sets it; "the photo by the river" in running text is no credit.
 */
const GLUED_CREDIT = /(?:[.,;]\s+|\s+[|•·—–-]\s+|\s+)((?:(?:photo(?:graph)?s?|pic(?:ture)?s?|images?|illustrations?|credits?|source)(?:\s*:|\s+(?:by|via|courtesy(?:\s+of)?)\b|\s+©)|©|courtesy of\b)\s*\S[^.!?]*\.?)$/iu;
/** A source in brackets at the caption's end that names where pictures come from, or a photographer and an agency: "… [Ann Lee / Alamy]". */
const BRACKETED_TAIL = /\s[([]([^()[\]]{2,60})[)\]]\.?$/;
/** An agency or library set in capitals after a caption in lower case: "… the same spot today MARY EVANS PICTURE LIBRARY". */
const CAPITALS_TAIL = /\p{Ll}[\p{Ll}.,;]*\s+(\p{Lu}[\p{Lu}.'’&-]+(?:\s+\p{Lu}[\p{Lu}.'’&-]+){1,5})$/u;

/** The caption's own words once a credit glued to its end is taken off, or undefined where none is glued. */
export function withoutGluedCredit(text: string): string | undefined {
  const t = unescaped(text);
  if (wordCount(t) > MAX_CAPTION_WORDS || /^\p{Ll}/u.test(t)) return undefined;
  const glued = GLUED_CREDIT.exec(t);
  // The label is capitalised, as a credit sets it (the case-blind match would take "the photo by the river" too).
  if (glued && !/^\p{Ll}/u.test(glued[1]!)) return t.slice(0, glued.index);
  const bracketed = BRACKETED_TAIL.exec(t);
  if (bracketed && (SOURCE_WORDS.test(bracketed[1]!) || NAME_SLASH_AGENCY.test(bracketed[1]!.trim()))) return t.slice(0, bracketed.index);
  const capitals = CAPITALS_TAIL.exec(t);
  if (capitals && wordCount(capitals[1]!) >= 2 && SOURCE_WORDS.test(capitals[1]!)) return t.slice(0, capitals.index + 1);
  return undefined;
}

/** A credit set after a dash or a bar at a caption's end, as a page sets an agency or a photographer with one: "… the quay — Getty Images", "… at dusk | Ann Lee/Alamy". */
const DASHED_TAIL = /\s+[—–|]\s+([^—–|]{2,60})$/u;
/**
 * A photographer's name in capitals closing a caption in sentence case, as papers set it: "… with the
 * lifeboat house behind. DAVID KERR", "… mending nets ANNA LEIGH/REUTERS". Two or three words of
 * capitals (initials too), an agency after a slash maybe.
 */
const CAPITALS_NAME_TAIL = /(?<=\p{Ll}[\p{Ll}.,;’”)]*\s+)(\p{Lu}[\p{Lu}'’-]*\.?(?:\s+\p{Lu}[\p{Lu}'’-]*\.?){1,2})(?:\s*\/\s*\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2})?$/u;

/**
 * The caption's own words once a credit web pages set at its end is taken off: an agency, a
 * photographer and agency or any credit line after a dash or a bar, or a photographer's name in
 * capitals (no word of it one the dictionary knows in lower case, so "… STOP THE WAR" is no name).
 * Undefined where no such credit stands.
 */
function withoutWebCreditTail(text: string, ctx: PassContext): string | undefined {
  const t = unescaped(text);
  if (wordCount(t) > MAX_CAPTION_WORDS || !/^["“‘(]?\p{Lu}/u.test(t)) return undefined;
  const dashed = DASHED_TAIL.exec(t);
  if (dashed && isCreditLine(dashed[1]!)) return t.slice(0, dashed.index);
  const capitals = CAPITALS_NAME_TAIL.exec(t);
  if (!capitals) return undefined;
  const names = capitals[1]!.split(/\s+/).map((w) => w.replace(/[.'’-]/g, '').toLowerCase());
  if (names.some((w) => w.length >= 2 && ctx.speller.correct(w))) return undefined;
  return t.slice(0, capitals.index).trim();
}

/** A line that may be a caption above its credit: short, opening on a capital, one sentence at most, no list item, heading mark or lead-in. */
function couldBeCaption(text: string): boolean {
  // A pointer set towards the picture ("▲ The bridge (left)") is no part of the caption's words.
  const t = unescaped(text).replace(/^[▲△▴↑⬆◀▶►←→]\s+/u, '');
  if (!t || wordCount(t) > MAX_CAPTION_WORDS || !/^["“‘'(]?[\p{Lu}\p{N}]/u.test(t)) return false;
  if (/^(?:[#>•▪●*–-]|\d+[.)]\s)/.test(t) || /[:;,]$/.test(t)) return false;
  // One sentence at most: a full stop inside it ends a sentence of the text.
  return !/[.!?]["”’)]?\s+\p{Lu}/u.test(t.replace(/\b(?:c|ca|St|Mr|Mrs|Dr|No|fig)\.\s/gi, ''));
}

/** Most words of a second sentence's opening at the end of a caption's first line, wrapped onto the next ("… oast houses. The"). */
const MAX_WRAPPED_OPENING_WORDS = 4;

/**
 * A caption's first line over its lower-case second: a caption's shape, or one whose second
 * sentence opens in a few words at the line's end and wraps onto the next ("Hop pickers by the
 * oast houses. The" over "kilns came down in 1972." over the credit). The wrap, a web copy
 * keeping each paragraph on one line, is the block's own.
 */
function couldOpenWrappedCaption(text: string): boolean {
  if (couldBeCaption(text)) return true;
  const t = unescaped(text);
  const stop = /^(.*[.!?]["”’)]?)\s+(\p{Lu}[^.!?]*)$/u.exec(t);
  return stop !== null && wordCount(stop[2]!) <= MAX_WRAPPED_OPENING_WORDS && wordCount(t) <= MAX_CAPTION_WORDS && couldBeCaption(stop[1]!.replace(/[.!?]["”’)]?$/, ''));
}

/** Words from which a line above a credit is a caption whatever stands around it: headings are shorter. */
const CAPTION_LENGTH = 7;

/**
 * A short line above a credit reads as its caption, not as a heading whose picture lost its
 * caption: it is long for a heading, worded as a caption (picture words, a date, a comma adding a
 * place or a time, someone doing something, where the eye is led), set inside a block, or set
 * under a heading (a second heading would head nothing).
 */
function readsAsCaption(lines: readonly Line[], line: Line, headingsSetTight: boolean): boolean {
  const t = unescaped(line.text);
  if (wordCount(t) >= CAPTION_LENGTH || captionEvidence(t).score > 0 || /\p{L},\s+\S/u.test(t) || showsSomeoneDoing(t) || LOOKING.test(t)) return true;
  // Set in sentence case, directly over a credit that text follows with no blank line (the credit is the picture's, and a
  // picture's caption stands with it): "Women at the well" over "(Reuters)" over the next paragraph; unless the document
  // sets its headings so, a short line over a paragraph's first line, where a heading over a picture that has a credit
  // and no caption would look the same. Over a credit and a blank line such a line may head a section whose picture
  // lost its caption, and stays.
  const credit = lines[line.index + 1];
  const textBelow = credit !== undefined && lines[credit.index + 1] !== undefined && !isBlank(lines[credit.index + 1]);
  if (textBelow && !headingsSetTight && !isTitleCase(t) && /\p{Ll}/u.test(t)) return true;
  const above = lines[line.index - 1];
  if (above && !isBlank(above)) return true;
  const further = lines[line.index - 2];
  return further !== undefined && !isBlank(further) && (isBlank(lines[line.index - 3]) || further.index === 0) && hasCaptionShape(further.text) && !isProse(further.text);
}

/** Most words of a heading set over its paragraph's first line. */
const MAX_TIGHT_HEADING_WORDS = 12;

/**
 * The document sets a heading directly over its paragraph's first line, with no blank line
 * between: a short line opening on a capital, no stop at its end, after a blank line (or the
 * start), over a line of prose; not a credit's line, nor a line worded as a caption.
 */
function setsHeadingsTight(lines: readonly Line[]): boolean {
  return lines.some((line) => {
    const t = unescaped(line.text);
    const above = lines[line.index - 1];
    const below = lines[line.index + 1];
    if (!t || (above && !isBlank(above)) || !below || isBlank(below) || !isProse(below.text) || isCreditLine(below.text)) return false;
    return wordCount(t) <= MAX_TIGHT_HEADING_WORDS && /^["“‘']?[\p{Lu}\p{N}]/u.test(t) && !/[.:;,!?]["”’]?$/.test(t) && captionEvidence(t).score <= 0;
  });
}

/** A caption's second line: short, going on from the first in lower case. */
function couldBeCaptionTail(text: string): boolean {
  const t = unescaped(text);
  return /^\p{Ll}/u.test(t) && wordCount(t) <= MAX_CAPTION_WORDS / 2 && !/[:;,]$/.test(t);
}

function isTitle(text: string, ctx: PassContext): boolean {
  return ctx.title !== undefined && normaliseForComparison(text) === normaliseForComparison(ctx.title);
}

/** The line stops where no sentence stops: a paragraph's opening cut off where the picture stood. */

/**
 * A picture caption with its credit, in a web copy: the credit line ("Photo: …", "© …",
 * "(Getty Images)", "Ann Lee/Alamy") is the evidence, and the caption set directly above it
 * (one line, or two when the second goes on in lower case) goes with it as one block; a
 * credit glued to the caption's end ("… in 1911. Photo: Ann Lee") is the same block on one
 * line. A credit with no caption-shaped line above goes alone. Wherever the block stands the
 * text closes up around it: inside a sentence (the line above unfinished, the line below going
 * on in lower case) the sentence joins again; at a paragraph break the paragraphs stay apart.
 * The piece's title and first line are never taken for a caption.
 */
export const removeCaptionWithCredit: Pass = {
  ruleId: 'web/caption-credit',
  run(text, ctx) {
    const lines = splitLines(text);
    const first = lines.find((l) => !isBlank(l));
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    const headingsSetTight = setsHeadingsTight(lines);
    for (const line of lines) {
      if (line.start < claimedUpTo || isBlank(line) || line === first) continue;
      const credit = isCreditLine(line.text);
      const gluedCaption = credit ? undefined : withoutGluedCredit(line.text);
      // A credit web pages set after a dash or in capitals is evidence enough: the caption before it may be a full sentence.
      const tailCaption = credit || gluedCaption !== undefined ? undefined : withoutWebCreditTail(line.text, ctx);
      const glued = (gluedCaption !== undefined && couldBeCaption(gluedCaption) && !isProse(gluedCaption)) || (tailCaption !== undefined && couldBeCaption(tailCaption));
      if (!credit && !glued) continue;
      // The block: the credit, the caption above it (and the caption's first line when it runs over two).
      let top: Line = line;
      if (credit) {
        const above = lines[line.index - 1];
        if (above && !isBlank(above) && above !== first && !isTitle(above.text, ctx) && above.start >= claimedUpTo) {
          const aboveThat = lines[above.index - 1];
          if (couldBeCaption(above.text) && readsAsCaption(lines, above, headingsSetTight)) top = above;
          else if (couldBeCaptionTail(above.text) && aboveThat && !isBlank(aboveThat) && aboveThat !== first && couldOpenWrappedCaption(aboveThat.text.replace(/,\s*$/, '')) && !SENTENCE_END.test(aboveThat.text.trim())) top = aboveThat;
        }
      }
      // A credit set over its caption (a blank line or the page's start above the credit, the caption closing the block):
      // "Photograph: Ann Lee" over "Nets drying on the quay". A short line in title case there may head a section, and stays.
      let bottom: Line = line;
      const under = lines[line.index + 1];
      if (credit && top === line && (line.index === 0 || isBlank(lines[line.index - 1])) && under && !isBlank(under) && couldBeCaption(under.text)) {
        const afterUnder = lines[under.index + 1];
        const closes = !afterUnder || isBlank(afterUnder) || /^\s*\p{Ll}/u.test(afterUnder.text);
        // A sentence of prose or a question under a credit that lost its caption is the text's (a paragraph, an interviewer's turn).
        const textOwn = isProse(under.text) || /\?["”’)]?\s*$/.test(under.text);
        if (closes && !textOwn && !isCreditLine(under.text) && wordCount(under.text) >= 4 && !isTitleCase(unescaped(under.text))) bottom = under;
      }
      const before = lines[top.index - 1];
      const after = lines[bottom.index + 1];
      // The line the block interrupts, past one blank line: a sentence that goes on below it in lower case.
      const sentence = before && isBlank(before) ? lines[top.index - 2] : before;
      const reason = bottom !== line ? 'a credit with its caption on the line below' : top === line ? (glued ? 'a caption with its credit at its end' : 'a credit line') : 'a caption with its credit on the line below';
      const sentenceOpen = sentence !== undefined && !isBlank(sentence) && leavesSentenceOpen(sentence.text);
      // A label alone over a line going on in lower case, no sentence broken off above: the label's words wrap onto that
      // line (a caption over two lines, which web/caption-labelled takes whole) or are a sentence's subject. Neither goes alone.
      if (credit && top === line && bottom === line && after && /^\s*\p{Ll}/u.test(after.text) && !sentenceOpen) continue;
      let edit: Edit;
      if (sentenceOpen && after && /^\s*\p{Ll}/u.test(after.text)) {
        edit = { start: sentence.end, end: after.start, text: ' ', ruleId: 'web/caption-credit', reason: `${reason}, set into a sentence` };
      } else {
        const standsApart = (!before || isBlank(before)) && (!after || isBlank(after));
        const end = Math.min(standsApart && after ? after.end + 1 : bottom.end + 1, text.length);
        edit = { start: top.start, end, text: '', ruleId: 'web/caption-credit', reason };
      }
      if (edit.start < claimedUpTo) continue;
      edits.push(edit);
      claimedUpTo = edit.end;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed photo caption and credit “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from the text flow`,
};
