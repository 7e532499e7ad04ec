import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { isDictionaryWord } from '../_words.ts';
import { perMillion } from '../_frequency.ts';
import { captionEvidence, captionWording, continuesNameList, isTitleCase, reasons } from '../_evidence.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { topicWords } from './_web-vocabulary.ts';
import { MAX_CAPTION_WORDS, NUMBERED_HEADING, breakIsChosen, endsSentence, fillsMeasureBelow, hasParagraphIndent, hasCaptionShape, hasWideSpace, isAllCaps, isDateline, leadingSpace, lineWidths, neighbour, paragraphIndent } from './_pdf-lines.ts';
import { ARTICLES, POSSESSIVES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, RELATIVES, FINITE_BE, AUXILIARIES, wordsOf, endsOnWord } from '../_function-words.ts';

/** Share of the column the line above must fill: a paragraph's last line stops short, a line inside it does not. */
const FULL_LINE = 0.8;
/** Most words of a short line alone in its block, taken for no broken sentence's upper half. */
const SHORT_ALONE_WORDS = 4;
/** Characters past the column a line must run to be wider than any line a typesetter set there. */
const WIDER_BY = 3;
/** Share of the column the next word must fit in for a line to have stopped short of the margin by choice. */
const ROOM = 0.92;

/**
 * Most words of a caption set inside a sentence: its place there (between two lines of one
 * sentence, opening with a word the sentence cannot go on with) is evidence enough that a
 * longer caption than a caption's usual shape allows ("… as it was in 1905: the view from the
 * bridge") is no line of the paragraph.
 */
const MAX_WORDS = 20;

/** Words after which no sentence ends: an article, a preposition that wants its object, a conjunction, a possessive. */
const OPEN_WORDS = wordsOf(ARTICLES, PREPOSITIONS, ['into'], COORDINATORS, POSSESSIVES, ['whose']);
const OPEN_END = endsOnWord(OPEN_WORDS);

/** Share of the column under which a line below that ends no sentence is no line of running text. */
const SHORT_BELOW = 0.6;

/** Words a sentence goes on with in lower case only: a capitalised one cannot carry on the sentence above. */
const DETERMINERS = /^(?:the|a|an|this|these|those|its|our|their|his|her|my|your|some|many|several)$/;

/**
 * The first word of a question: a question word, or a verb that asks before its subject ("Is
 * there", "Did they"), in English and the commoner European tongues.
 */
const QUESTION_OPENING =
  /^["“‘]?(?:what|how|when|where|who|whom|whose|why|which|is|are|was|were|do|does|did|can|could|will|would|shall|should|has|have|had|may|might|must|que|qu'est|pourquoi|comment|quand|où|qui|est-ce|warum|wie|wann|wo|wer|was|ist|sind|por qué|cómo|cuándo|dónde|quién|perché|come|quando|dove|chi|waarom|hoe|wanneer|waar|wie|wat)\b/iu;

/** Most words of the source set under a quotation or a poem. */
const MAX_SOURCE_WORDS = 10;

/**
 * A line that ends something: a stop, a colon, a semicolon, or a label standing on its own; or
 * the source set under a quotation or a poem ("— traditional, as sung at the Anchor"), which
 * closes it.
 */
function closes(text: string): boolean {
  const trimmed = text.trim();
  const source = /^[—–]\s*["“‘']?\p{L}/u.test(trimmed) && wordCount(trimmed) <= MAX_SOURCE_WORDS;
  return endsSentence(trimmed) || /[:;]$/.test(trimmed) || isAllCaps(trimmed) || NUMBERED_HEADING.test(trimmed) || isDateline(trimmed) || /^#/.test(trimmed) || source;
}

/** Words no caption ends on: an article, a preposition, a conjunction, "that". */
const CAPTION_NEVER_ENDS = endsOnWord(ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, ['that']);

function couldBeCaption(text: string): boolean {
  const trimmed = text.trim();
  return (
    hasCaptionShape(trimmed, MAX_WORDS) &&
    !/[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(trimmed) &&
    !CAPTION_NEVER_ENDS.test(trimmed)
  );
}

/** The line opens with a word the document writes in lower case (or an article): no name, so no sentence goes on with it capitalised. */
function opensWithCommonWord(text: string, ctx: PassContext, setApart = false): boolean {
  const word = /^\s*["“‘']?(\p{Lu}\p{Ll}*)\b/u.exec(text)?.[1];
  if (!word || word === 'I') return false;
  const lower = word.toLowerCase();
  if (DETERMINERS.test(lower)) return true;
  const uses = ctx.vocabulary.count(word);
  if (!isDictionaryWord(ctx.speller, lower)) return false;
  if (uses > 0 && ctx.vocabulary.capitalCount(word) * 2 < uses) return true;
  // A word the document uses nowhere else, followed by a preposition or an article, opens no name ("Members of the …",
  // not "Aunt Harriet", nor a surname that is a word too, "Thatcher has"); set apart by a blank line, such a line may
  // head a section ("Quarrels over⏎the shelves").
  return !setApart && uses <= 1 && /^\s*["“‘']?\p{Lu}\p{Ll}*\s+(?:of|in|at|on|by|for|from|with|before|after|near|outside|inside|under|the|a|an)\s/u.test(text);
}

/** Fewest distinct topic words a line must have for sharing none of them with the text to say anything. */
const MIN_OWN_TOPIC_WORDS = 3;
/**
 * Fewest topic words (uses, not distinct words) the whole text must hold before a line sharing none with it says
 * anything: in a short text most words of any line are used once ("East, from a much poorer start, was").
 */
const MIN_TEXT_TOPIC_WORDS = 60;
/**
 * Words a sentence goes on after and a caption does not end on: those of OPEN_END, and a verb "to be" or "to have",
 * a relative, a preposition of place or time ("… then all at once. By the" is a paragraph's line broken by a picture).
 */
const RUNS_ON_END = endsOnWord(OPEN_WORDS, FINITE_BE, AUXILIARIES, ['as', 'than'], RELATIVES, ['when', 'where', 'while', 'if', 'not'], ADVERBIAL_PREPOSITIONS, ['that']);

/**
 * The line speaks of nothing the text speaks of: it has topic words enough (lower-case words of
 * four letters or more, function words left out), and the rest of the text uses none of them.
 * A line of the text's own sentences shares some (its subject comes back); a caption brought in
 * with a picture need not. `uses` counts each topic word over the whole text.
 */
export function sharesNoTopicWord(text: string, uses: TopicWordUses): boolean {
  if (uses.total < MIN_TEXT_TOPIC_WORDS || RUNS_ON_END.test(text.trim())) return false;
  const own = new Map<string, number>();
  for (const word of topicWords(text)) own.set(word, (own.get(word) ?? 0) + 1);
  return own.size >= MIN_OWN_TOPIC_WORDS && [...own].every(([word, n]) => (uses.counts.get(word) ?? 0) <= n);
}

/** How often the text uses each of its topic words, and how many it uses in all (see sharesNoTopicWord). */
export interface TopicWordUses {
  counts: ReadonlyMap<string, number>;
  total: number;
}

export function topicWordUses(text: string): TopicWordUses {
  const counts = new Map<string, number>();
  const words = topicWords(text);
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { counts, total: words.length };
}

/**
 * The line opens with a capitalised dictionary word the text uses nowhere else: no name the text
 * goes on about, so (with nothing else of the line shared with the text) no name a sentence goes
 * on with ("Match girls leaving the works", not "Aunt Harriet", whom the text names again).
 */
function opensWithUnusedWord(text: string, ctx: PassContext): boolean {
  const word = /^\s*["“‘']?(\p{Lu}\p{Ll}+)\b/u.exec(text)?.[1];
  return word !== undefined && ctx.vocabulary.count(word) <= 1 && isDictionaryWord(ctx.speller, word.toLowerCase());
}

/**
 * The measure of the paragraph around a line: the length of the line two below it, which goes on
 * with the sentence (or of the line two above, when there is none), when it is a line of that
 * paragraph (no blank line between). The column measured over the page may be wider than a
 * paragraph set on its own measure.
 */
function paragraphMeasure(lines: readonly Line[], above: Line, below: Line): number {
  const outer = [lines[below.index + 1], lines[above.index - 1]].find((l): l is Line => l !== undefined && !isBlank(l));
  // The line below goes on with the sentence, so it is a line of the paragraph too: the measure is at least its
  // length. The line two below may be the paragraph's short last line ("drover."), no measure of it: against that,
  // a short heading above a paragraph's first line would pass for a full line of one sentence.
  return outer === undefined ? Number.POSITIVE_INFINITY : Math.max(outer.text.trim().length, below.text.trim().length);
}

/** The lower-case letters opening a line make a word with a capital before them ("hen" → "When"): what a lost drop cap leaves. */
function completesWithCapital(text: string, ctx: PassContext): boolean {
  const fragment = /^\s*(\p{Ll}+)/u.exec(text)?.[1];
  return fragment !== undefined && [...CAPITALS].some((capital) => ctx.isKnownWord(capital + fragment));
}

const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Uses in the document a word with its drop cap put back must have to be taken for the word the paragraph opened with. */
const COMPLETED_USES = 3;
/** How many times commoner in general English the completed word must be than the letters a lost drop cap left, when the document cannot say. */
const COMMONER = 3;

/**
 * The line starts with letters that are no word ("obody who"), or a word that is far more often
 * the tail of a longer one ("he boat" for "The boat"): a paragraph whose drop cap was lost, so
 * a heading may stand above it.
 */
export function startsWithWordTail(text: string, ctx: PassContext): boolean {
  const fragment = /^\s*(\p{Ll}+)/u.exec(text)?.[1];
  if (fragment === undefined) return false;
  if (fragment.length === 1) return !/^[ai]$/.test(fragment);
  if (!isDictionaryWord(ctx.speller, fragment) && ctx.vocabulary.count(fragment) < 2) return true;
  const uses = ctx.vocabulary.count(fragment);
  return [...CAPITALS].some((letter) => {
    const completed = ctx.vocabulary.count(letter + fragment);
    if (completed >= COMPLETED_USES) return completed > uses;
    // The document uses neither often enough to tell ("hen" here alone, "When" nowhere else): English at large does,
    // where the word with its capital put back is far the commoner ("when" against "hen", "still" against "till").
    const lower = (letter + fragment).toLowerCase();
    return uses <= 1 && isDictionaryWord(ctx.speller, lower) && perMillion(lower) > COMMONER * perMillion(fragment);
  });
}

/**
 * A picture caption set between two lines of one sentence of a PDF extraction, where the
 * caption is about as long as the text's lines (the caption rule in pdf-caption.ts wants it to
 * stop short): the line above runs to the margin without ending its sentence, the line below
 * goes on in lower case, and the line between opens with a capitalised common word, which the
 * sentence cannot go on with. One more sign that the line is not part of the paragraph is
 * needed: an indent, a width no line of the column has, room left for the next word, or a
 * caption's wording (blank lines around it are not enough: a paragraph whose end was lost in
 * extraction leaves the same shape). A heading above a paragraph that lost its drop cap
 * ("obody who") is left alone. The caption goes and the sentence closes up.
 */
export const removePdfCaptionInSentence: Pass = {
  ruleId: 'pdf/caption-in-sentence',
  run(text, ctx) {
    const lines = splitLines(text);
    const { column } = lineWidths(lines);
    const indent = paragraphIndent(lines);
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    const topicUses = topicWordUses(text);
    for (const line of lines) {
      if (line.start < claimedUpTo || isBlank(line) || !couldBeCaption(line.text)) continue;
      const above = neighbour(lines, line.index, -1);
      const below = neighbour(lines, line.index, 1);
      if (!above || !below || above.line.start < claimedUpTo) continue;
      const before = above.line.text.trim();
      const after = below.line.text;
      const trimmed = line.text.trim();
      // The sentence goes on below in lower case, or with a number ("in the⏎…⏎1870s") after a word no sentence ends on.
      const openEnd = OPEN_END.test(before);
      const lowerBelow = /^\s*["“‘(]?\p{Ll}/u.test(after);
      // A capital below may open a name the sentence goes on with ("… as⏎Trotsky had predicted"), or a paragraph after one
      // that lost its stop: only a caption's wording tells the line between from a heading then (see below).
      const capitalBelow = /^\s*["“‘(]?\p{Lu}/u.test(after);
      if (closes(before) || !(lowerBelow || capitalBelow || (openEnd && /^\s*\d/.test(after)))) continue;
      // A list of names wrapped across the line ("… the Danes, Swedes," / "Norwegians, Finns — and …") is the sentence's own.
      if (continuesNameList(trimmed, before, after)) continue;
      // A row of a table above (cells apart by wide spaces, "Upper bridge      412      380") ends no sentence and opens
      // none: the line under it starts the paragraph after the table.
      if (hasWideSpace(before)) continue;
      const width = column[line.index]!;
      const hyphenated = /[-\u00AD]$/.test(before);
      const full = before.length >= width * FULL_LINE || before.length >= paragraphMeasure(lines, above.line, below.line) * FULL_LINE;
      // A word broken at the line's end above and finished below: nothing the paragraph holds stands between its halves.
      const brokenWord = hyphenated && ctx.isKnownWord(`${/(\p{L}+)-$/u.exec(before)?.[1] ?? ''}${/^\s*(\p{Ll}+)/u.exec(after)?.[1] ?? ''}`);
      // Lower-case letters below may be what a lost drop cap left of a paragraph's first word ("he boat"), with a
      // heading above them; not when a word was hyphenated above (they finish it), nor under a line that runs to the
      // margin when the line between is worded as a caption.
      // Under a full line, letters that make no word with a capital before them are a misread or glued word ("anunwary"), no drop cap's leavings.
      const wordTail = startsWithWordTail(after, ctx) && (!full || completesWithCapital(after, ctx));
      if (wordTail && !hyphenated && !(full && captionWording(trimmed))) continue;
      // A line that stops short may have ended its paragraph (its stop lost); not one ending on a word no sentence ends on.
      if (!full && !hyphenated && !openEnd) continue;
      // A short line standing alone between blank lines above ("Deleted: and", a reviewer's note, a label) is no line of a
      // paragraph a caption broke: a sentence broken where a picture stood runs to the margin above it, or its line has
      // company in its paragraph. The line under it opens the next paragraph, however it ends.
      if (!full && !hyphenated && above.blank && (above.line.index === 0 || isBlank(lines[above.line.index - 1]!)) && wordCount(before) <= SHORT_ALONE_WORDS) continue;
      const evidence = captionEvidence(trimmed);
      // A name may carry a sentence on ("… which scandalised⏎Aunt Harriet"); a line with picture words does not.
      const pictureWords = evidence.findings.some((f) => /picture or credit/.test(f.reason));
      // Nor does a line opening with a word the text uses nowhere else when no topic word of the line comes back in the
      // text: a name the sentence goes on with belongs to what the text is about ("… surveyed by⏎Baker, whose … of the locks").
      const common = opensWithCommonWord(line.text, ctx, above.blank || below.blank);
      const unshared = !common && opensWithUnusedWord(line.text, ctx) && sharesNoTopicWord(trimmed, topicUses);
      if (!common && !pictureWords && !brokenWord && !unshared) continue;
      // The line below must be running text (or a sentence's end): a short one may be the caption's own second line.
      if (after.trim().length < width * SHORT_BELOW && !SENTENCE_END.test(after.trim())) continue;
      // A line that opens a question closed on the short line below asks it ("Is there still" / "a case?"): a heading
      // wrapped, or the text's own question; a caption asks nothing.
      if (QUESTION_OPENING.test(trimmed) && after.trim().length < width * SHORT_BELOW && /\?["”’)]?$/u.test(after.trim())) continue;
      const wording = (evidence.score >= 2 || /:\s+\p{Ll}/u.test(trimmed)) && (reasons(evidence) || 'a label and its description');
      if (capitalBelow) {
        // Over a capital, the line between must be worded as a caption beyond doubt, not merely shaped as one.
        const strong = captionWording(trimmed) ?? (/:\s+\p{Ll}/u.test(trimmed) && !isTitleCase(trimmed) ? evidence : undefined);
        if (!strong) continue;
      }
      // Between two blank lines is where a heading stands, over a paragraph whose drop cap may have left a word ("he"):
      // only a caption's wording tells, or a sentence left open above ("… and the last of them" does not end one)
      // that goes on below in lower case.
      if (above.blank && below.blank && !wording && !(lowerBelow && openEnd)) continue;
      // A blank line alone is no sign: a paragraph after one whose end was lost opens the same way ("… worn away and⏎⏎There is …").
      // An indent counts unless it is the one the text opens its paragraphs with: then the line is a paragraph's first,
      // after one whose stop was lost.
      const signs = [
        leadingSpace(line.text) > leadingSpace(above.line.text) && !hasParagraphIndent(line.text, indent) && 'indented',
        // Wider than the column sets the line apart only when it is wider than the sentence's lines above and below too:
        // under a wider line (a caption, or a paragraph left unwrapped), or over one (the sentence's own next line running
        // as far past the column: the column was measured over a chart's labels or a list's short items), the column
        // measured here is too narrow to tell.
        trimmed.length > Math.max(width, before.length, after.trim().length) + WIDER_BY && 'wider than the column',
        // A wide space inside the line (three spaces or more) parts a caption from its credit set at the margin; no line of
        // a sentence is set so.
        hasWideSpace(trimmed) && 'a wide space inside',
        breakIsChosen(trimmed, after, width, ROOM) && !fillsMeasureBelow(lines, line, below.line) && 'stops short of the margin',
        wording,
      ].filter(Boolean);
      // A line of more words than a caption's usual shape that runs past the column is a paragraph's line left unwrapped,
      // as likely as a caption: only a caption's wording tells.
      if (wordCount(trimmed) > MAX_CAPTION_WORDS && !wording) continue;
      if (signs.length === 0) {
        ctx.keep(line.start, trimmed, 'between two lines of one sentence, opening with a capitalised common word, but as wide as the text');
        continue;
      }
      if (above.blank || below.blank) signs.push('set apart by a blank line');
      if (unshared) signs.push('no topic word shared with the text');
      edits.push({
        start: above.line.end,
        end: below.line.start,
        text: '\n',
        ruleId: 'pdf/caption-in-sentence',
        reason: `between two lines of one sentence, opening with ${common ? 'a capitalised common word' : 'a word the text uses nowhere else'}; ${signs.join(', ')}`,
      });
      claimedUpTo = below.line.start;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption “${old.trim()}” from the middle of a sentence`,
};
