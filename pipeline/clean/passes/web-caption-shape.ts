import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { captionEvidence, isTitleCase, reasons, weigh, type Evidence } from '../_evidence.ts';
import { PLACE_AND_DATE_LINE, SENTENCE_END, isBlank, normaliseForComparison, splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { AUXILIARIES, DEMONSTRATIVES, FINITE_BE, LONGER_PREPOSITIONS, POSSESSIVES, PREPOSITIONS, RELATIVES, wordsOf } from '../_function-words.ts';
import { carriesPrice, ownEntryBlocks } from './_web-offer.ts';
import { datesWithHour, hasCaptionShape, isDateLine, isProse, isSpeakerTurn, speakerLabels } from './_web-lines.ts';

/** Evidence from which a line goes. */
const REMOVE = 3;
/** Evidence from which a line that stays is listed as "kept, may be furniture". */
const NOTE = 2;
/** Fewest words of a caption this pass weighs: a two- or three-word line is a heading's or a label's. */
const MIN_WORDS = 4;
/** Words of a paragraph line on either side of a line set tight between paragraphs: less is verse or a list. */
const MIN_PARAGRAPH_WORDS = 12;
/** Share of paragraph lines followed by a blank line from which a text sets its paragraphs apart. */
const SET_APART_SHARE = 0.7;
/** Headings of its own a text needs before their style speaks against a line set otherwise. */
const MIN_HEADINGS_FOR_STYLE = 2;

/**
 * What a picture shows, as captions say it and headings do not: where the eye is led ("seen from
 * the north", "looking east", "in the foreground", "on the left", "left to right").
 */
export const LOOKING =
  /\b(?:seen|viewed|photographed|pictured|shown|looking)\s+(?:from|towards?|across|over|down|up|along|north|south|east|west|here)\b|\bin the (?:fore|back|middle ?)ground\b|\b(?:on|at|to) the (?:far )?(?:left|right)\b|\(\s*(?:far |top |bottom |centre |center )?(?:left|right|centre|center|above|below|top|bottom)\s*\)|\b(?:left to right|from (?:the )?left)\b|\bview (?:of|from|across|over|towards?|along|down|up)\b|^(?:top|bottom|above|below|left|right|inset)\s*[,:]\s|;\s*(?:top|bottom|above|below|left|right)\s*[,:]\s/i;
/** A picture viewer's controls and counters: "Click to enlarge", "Tap to zoom", "Image 3 of 12", "View larger". */
const PICTURE_VIEWER = /\b(?:click|tap)(?:\s+here)?\s+to\s+(?:enlarge|zoom|expand|view)\b|\benlarge (?:this )?(?:image|photo|picture)\b|^(?:image|photo|picture|slide|figure)\s+\d+\s*(?:of|\/)\s*\d+\b|\bview (?:larger|full[- ]size|gallery)\b/i;
/** A pointer at a line's head, set towards the picture: "▲ The bridge in flood". */
const POINTER = /^[▲△▴↑⬆◀▶►←→]\s/u;

/**
 * A crop of a larger picture noted in brackets at the caption's end, as galleries and papers
 * note it, in the languages pages are written in: "(detail)", "(détail)", "(detalle)",
 * "(particolare)", "(Ausschnitt)", "(cropped)". Escaped brackets too, as the cleaner leaves them.
 */
const CROP_NOTE = /\\?\(\s*(?:detail|détail|detalle|dettaglio|particolare|pormenor|ausschnitt|uitsnede|cropped)\s*\\?\)\\?$/iu;

/** What a line's own words say of a picture it stands under or beside, beyond picture and credit words: a viewer's control, a pointer, where the eye is led, a crop noted. */
export function pictureCues(text: string): Evidence {
  const t = text.trim();
  return weigh([
    PICTURE_VIEWER.test(t) && { weight: 3, reason: "a picture viewer's control" },
    CROP_NOTE.test(t) && { weight: 2, reason: "notes the picture's crop" },
    POINTER.test(t) && { weight: 2, reason: 'points to a picture' },
    LOOKING.test(t) && { weight: 2, reason: 'says where the eye is led' },
  ]);
}

/** Words ending in -ing that are nouns or prepositions, not a participle of what a picture shows. */
const NOT_PARTICIPLE =
  /^(?:during|morning|evening|building|buildings|nothing|something|anything|everything|thing|things|king|kings|ring|spring|string|ceiling|wedding|meeting|clothing|wing|wings|bring|sing|offspring|lightning|pudding|shilling|farthing|herring|sterling|stocking|bedding|wording|according|including|concerning|regarding|following|beginning|ending|opening|feeling|being|bring|cling|fling|swing|sling|sting|thing)$/i;

/**
 * Someone or something doing what the picture shows: a subject, then a participle ("Women
 * mending nets", "A skipper hauling in the line", "The bridge being rebuilt"). A heading opens
 * on the participle itself ("Working the boats", "Learning the trade") or names a topic.
 */
export function showsSomeoneDoing(text: string): boolean {
  const words = text.trim().replace(/^["“‘(]/, '').split(/\s+/).slice(0, 8);
  if (words.length < 2 || /ing$/i.test(words[0]!)) return false;
  return words.slice(1).some((w) => /^\p{Ll}{2,}ing$/u.test(w) && !NOT_PARTICIPLE.test(w));
}

/** The findings of place and of a picture's own cues, one of which a line needs before it is weighed at all. */
const PLACE_OR_PICTURE = /^(?:set tight|a short sentence set tight|under a heading|not in the style|a picture viewer|points to a picture|says where the eye)/;

/** Findings from the line's own words of a picture: picture or credit words, a dated picture, a viewer's control, a pointer. */
const WORDING = /^(?:picture or credit|dates a picture|names what the picture|a picture viewer|points to a picture|says where the eye)/;

/** Most words of a caption set as one sentence with its stop. */
const MAX_SENTENCE_WORDS = 16;

/** A caption's shape: a short heading-like line, or one short sentence with its stop; a pointer before it is no part of it. */
function isCandidate(text: string): boolean {
  const t = text.trim().replace(POINTER, '');
  if (hasCaptionShape(t)) return true;
  return /^\p{Lu}/u.test(t) && /\.$/.test(t) && wordCount(t) <= MAX_SENTENCE_WORDS && !/[.!?]["”’)]?\s+\p{Lu}/u.test(t.replace(/\b(?:c|ca|St|Mr|Mrs|Dr|No)\.\s/g, '')) && !isDateLine(t);
}

function isTitle(text: string, ctx: PassContext): boolean {
  return ctx.title !== undefined && normaliseForComparison(text) === normaliseForComparison(ctx.title);
}

/** A short heading-like line standing alone: blank above (or the text's start) and blank or text below. */
function standsAlone(lines: readonly Line[], line: Line): boolean {
  return line.index === 0 || isBlank(lines[line.index - 1]);
}

/** Nearest content line above `line`, past blank lines, with how many blank lines stood between. */
function contentAbove(lines: readonly Line[], line: Line): { line: Line; blanks: number } | undefined {
  for (let i = line.index - 1, blanks = 0; i >= 0; i--, blanks++) if (!isBlank(lines[i])) return { line: lines[i]!, blanks };
  return undefined;
}

function contentBelow(lines: readonly Line[], line: Line): Line | undefined {
  for (let i = line.index + 1; i < lines.length; i++) if (!isBlank(lines[i])) return lines[i];
  return undefined;
}

/** A line that may be a heading: short, opening on a capital, no stop at its end. */
function isHeadingLike(text: string): boolean {
  return hasCaptionShape(text) && !SENTENCE_END.test(text.trim()) && wordCount(text) <= 12;
}

/** What the whole text tells: whether its paragraphs stand apart, and the lines that stand as its headings. */
interface TextShape {
  paragraphsApart: boolean;
  headings: Line[];
}

function shapeOf(lines: readonly Line[]): TextShape {
  let paragraphs = 0;
  let apart = 0;
  const headings: Line[] = [];
  for (const line of lines) {
    if (isBlank(line)) continue;
    if (isProse(line.text)) {
      paragraphs++;
      const below = lines[line.index + 1];
      if (below === undefined || isBlank(below)) apart++;
    // A line dating an occasion to the hour (see datesWithHour) is no heading, whatever style it keeps.
    } else if (standsAlone(lines, line) && isHeadingLike(line.text) && !datesWithHour(line.text) && isBlank(lines[line.index + 1]) && contentBelow(lines, line) && isProse(contentBelow(lines, line)!.text)) headings.push(line);
  }
  return { paragraphsApart: paragraphs > 0 && apart >= paragraphs * SET_APART_SHARE, headings };
}

/** Heading styles a text may keep throughout: capitals, section numbers. */
const HEADING_STYLES: readonly ((t: string) => boolean)[] = [
  (t) => t === t.toUpperCase() && /\p{Lu}{3}/u.test(t),
  (t) => /^(?:\d{1,3}|[IVXLC]{1,6})\\?[.)]\s+\S/.test(t),
];

/** The text's other headings all keep one style (capitals, section numbers), and this line does not. */
function outsideHeadingStyle(shape: TextShape, line: Line): boolean {
  const others = shape.headings.filter((h) => h !== line).map((h) => h.text.trim());
  if (others.length < MIN_HEADINGS_FOR_STYLE) return false;
  return HEADING_STYLES.some((style) => others.every(style) && !style(line.text.trim()));
}

/**
 * What speaks for a caption in a line with no picture or credit words: its place (set tight
 * between two paragraphs of a text that sets paragraphs apart, where no heading stands; set
 * under a heading, where a second heading would head nothing), how it reads (a subject doing
 * what the picture shows, where the eye is led, a comma joining a place or a time to it), and
 * a text whose headings are set in capitals. Title case, a question, a closing stop speak for a
 * heading or the text's own line.
 */
function weighLine(lines: readonly Line[], line: Line, shape: TextShape): Evidence {
  const t = line.text.trim();
  const above = contentAbove(lines, line);
  const below = contentBelow(lines, line);
  const directlyAbove = lines[line.index - 1];
  const directlyBelow = lines[line.index + 1];
  const tightBetween =
    shape.paragraphsApart &&
    directlyAbove !== undefined &&
    !isBlank(directlyAbove) &&
    directlyBelow !== undefined &&
    !isBlank(directlyBelow) &&
    SENTENCE_END.test(directlyAbove.text.trim()) &&
    wordCount(directlyAbove.text) >= MIN_PARAGRAPH_WORDS &&
    wordCount(directlyBelow.text) >= MIN_PARAGRAPH_WORDS &&
    /^\s*["“‘]?\p{Lu}/u.test(directlyBelow.text);
  // A heading never ends on a stop: a short sentence set tight above a paragraph, where a text sets its paragraphs apart, heads nothing and is no paragraph of its own.
  const tightAbove =
    shape.paragraphsApart &&
    SENTENCE_END.test(t) &&
    (directlyAbove === undefined || isBlank(directlyAbove)) &&
    directlyBelow !== undefined &&
    !isBlank(directlyBelow) &&
    wordCount(directlyBelow.text) >= MIN_PARAGRAPH_WORDS &&
    /^\s*["“‘]?\p{Lu}/u.test(directlyBelow.text);
  const underHeading =
    above !== undefined &&
    above.blanks <= 1 &&
    standsAlone(lines, above.line) &&
    isHeadingLike(above.line.text) &&
    below !== undefined &&
    isProse(below.text) &&
    // A line taking up a word of the heading over it ("II. Aims⏎The project has three aims, …"), with nothing in its words
    // of a picture, opens the section it heads; a caption there says what its picture shows ("Loaves cooling on racks").
    !(takesUpHeadingWord(t, above.line.text) && !speaksOfPicture(t));
  return weigh([
    tightBetween && { weight: 3, reason: 'set tight between two paragraphs of a text that sets its paragraphs apart' },
    tightAbove && { weight: 3, reason: 'a short sentence set tight above a paragraph of a text that sets its paragraphs apart' },
    underHeading && { weight: 2, reason: 'under a heading, before its text' },
    showsSomeoneDoing(t) && { weight: 1, reason: 'someone or something doing what a picture shows' },
    ...pictureCues(t).findings,
    ...captionEvidence(t).findings.filter((f) => f.weight > 0 && !/year/.test(f.reason)),
    /\p{L},\s+\S/u.test(t) && { weight: 1, reason: 'a comma adds a place or a time' },
    outsideHeadingStyle(shape, line) && { weight: 2, reason: "not in the style the text's headings keep (capitals, section numbers)" },
    isTitleCase(t) && { weight: -2, reason: 'in title case, as headings are set' },
    /\?["”’)]?$/.test(t) && { weight: -2, reason: 'a question, as headings may be' },
    isDatelineAlone(t) && { weight: -3, reason: "a place and a day's date alone, as a letter or a diary entry opens" },
    SENTENCE_END.test(t) && !tightAbove && { weight: -1, reason: 'ends on a stop, as a short paragraph does' },
  ]);
}

/** The line's own words speak of a picture: someone doing what it shows, a viewer's control, where the eye is led, picture or credit words. */
function speaksOfPicture(text: string): boolean {
  return showsSomeoneDoing(text) || pictureCues(text).score > 0 || captionEvidence(text).findings.some((f) => f.weight > 0 && !/year/.test(f.reason));
}

/** Fewest letters of a word that names a heading's topic (shorter ones are function words in most languages). */
const MIN_TOPIC_LETTERS = 4;

/** A word's stem for matching a heading's word in the line under it: lower case, a plural's "s" dropped ("Aims", "aims"). */
function topicStem(word: string): string {
  return word.toLowerCase().replace(/(?<=\p{L}{3})s$/u, '');
}

/** Function words of four letters or more, which a heading and a caption may share without sharing a topic. */
const NO_TOPIC = new Set([...wordsOf(PREPOSITIONS, LONGER_PREPOSITIONS, DEMONSTRATIVES, RELATIVES, POSSESSIVES, AUXILIARIES, FINITE_BE), 'that', 'what', 'when', 'where', 'into', 'onto', 'over', 'upon', 'about', 'after', 'before', 'under', 'will', 'would', 'some', 'than', 'them', 'they', 'there']);

/** A word that may name a topic: four letters or more, no function word. */
function isTopicWord(word: string): boolean {
  return word.length >= MIN_TOPIC_LETTERS && !NO_TOPIC.has(word.toLowerCase());
}

/** The line repeats a topic word of the heading above it: the section's text naming its topic. */
function takesUpHeadingWord(text: string, heading: string): boolean {
  const stems = new Set((heading.match(/\p{L}+/gu) ?? []).filter(isTopicWord).map(topicStem));
  return (text.match(/\p{L}+/gu) ?? []).some((w) => isTopicWord(w) && stems.has(topicStem(w)));
}

/** A place (a few capitalised words) and a full date, nothing else: "Leeds, 3 May 1921", "Paris, March 4, 1871". A caption says what it shows. */
function isDatelineAlone(text: string): boolean {
  if (!PLACE_AND_DATE_LINE.test(text)) return false;
  const place = text.trim().replace(/^["“‘']/, '').split(',')[0]!.trim().split(/\s+/);
  return place.length <= 3 && place.every((word) => /^\p{Lu}/u.test(word) || /^(?:on|upon|de|la|le|am|an|der)$/.test(word));
}

/**
 * Picture captions of a web copy that carry no picture or credit words, which the other caption
 * passes leave: found by weighing the line's place and how it reads (weighLine). Only a short
 * heading-shaped line is weighed, never the piece's title or its opening lines before the first
 * paragraph, a line in quotes, a numbered line, or a line under a letter's closing. A line short
 * of the evidence to go, but near it, stays and is listed as "kept, may be furniture".
 */
export const removeShapedCaption: Pass = {
  ruleId: 'web/caption-shape',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    const shape = shapeOf(lines);
    const turns = speakerLabels([lines]);
    // The piece's opening: its first paragraph of some length; a short sentence before it may be a caption too.
    const firstProse = lines.find((l) => !isBlank(l) && isProse(l.text) && wordCount(l.text) >= MIN_PARAGRAPH_WORDS);
    if (!firstProse) return edits;
    // The lines of the text's own priced entries (a merchant's list, an estimate's items, fares: see ownEntryBlocks).
    const blocks = splitBlocks(lines);
    const owned = ownEntryBlocks(blocks);
    const entryLines = new Set(blocks.flatMap((block, b) => (owned[b] ? block.map((l) => l.index) : [])));
    let claimedUpTo = -1;
    for (const line of lines) {
      if (line.index === firstProse.index || line.start < claimedUpTo || isBlank(line)) continue;
      const t = line.text.trim();
      // A script's or an interview's speakers ("CRANE:", "Q:", "Witness:" twice): a line one of them opens is a turn of its dialogue, never a caption.
      if (isSpeakerTurn(t, turns)) continue;
      // A priced line of a text that prices its entries block after block is one of them ("Timber roof, felt and slate,
      // £6,210"): a caption says what a picture shows, not what a thing costs.
      if (entryLines.has(line.index) && carriesPrice(t)) continue;
      if (!isCandidate(t) || wordCount(t) < MIN_WORDS || /^[#>\\"“‘'(]/.test(t) || /^(?:\d{1,3}|[IVXLC]{1,6})\\?[.)]\s/.test(t) || /[!:]["”’)]?$/.test(t) || isTitle(t, ctx)) continue;
      const above = contentAbove(lines, line);
      if (above && /,["”’]?\s*$/.test(above.line.text)) continue;
      // A line going on below in lower case is a sentence's opening, whatever it says.
      const below = lines[line.index + 1];
      if (below && /^\s*\p{Ll}/u.test(below.text)) continue;
      const evidence = weighLine(lines, line, shape);
      // The place or the picture must speak: picture words, a comma or a participle alone say too little, as a sentence may hold them.
      if (!evidence.findings.some((f) => PLACE_OR_PICTURE.test(f.reason))) continue;
      // Before the first paragraph stand the title, a subtitle, bylines: a caption there must say it shows a picture.
      const worded = evidence.findings.some((f) => f.weight >= 2 && WORDING.test(f.reason));
      if (line.index < firstProse.index && !worded) continue;
      if (!evidence.findings.some((f) => f.weight >= 2) || evidence.score < NOTE) continue;
      if (evidence.score < REMOVE) {
        ctx.keep(line.start, t, reasons(evidence));
        continue;
      }
      const directlyAbove = lines[line.index - 1];
      const directlyBelow = lines[line.index + 1];
      // Standing alone, its line and one blank line after it go; tight between lines, the line alone.
      const end = directlyAbove !== undefined && isBlank(directlyAbove) && directlyBelow !== undefined && isBlank(directlyBelow) ? directlyBelow.end + 1 : line.end + 1;
      // Set tight between a heading and its text, the caption leaves a blank line behind: the heading stands apart again.
      const underTightHeading = directlyAbove !== undefined && !isBlank(directlyAbove) && directlyBelow !== undefined && !isBlank(directlyBelow) && evidence.findings.some((f) => /^under a heading/.test(f.reason));
      const edit: Edit = { start: line.start, end: Math.min(end, text.length), text: underTightHeading ? '\n' : '', ruleId: 'web/caption-shape', reason: reasons(evidence) };
      edits.push(edit);
      claimedUpTo = edit.end;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed photo caption “${old.trim()}” from the text flow`,
};
