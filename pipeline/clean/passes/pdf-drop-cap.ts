import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { PLACE_AND_DATE_LINE, isBlank, previousContentLine, splitLines, type Line } from '../_lines.ts';
import { breakIsChosen, endsSentence, isDateline, isMarkedBlock, leadingSpace, localColumnWidths } from './_pdf-lines.ts';
import { isDictionaryWord } from '../_words.ts';
import { ENDS_ON_ARTICLE_OR_PREPOSITION } from './_pdf-verse-lines.ts';
import { captionEvidence } from '../_evidence.ts';
import { perMillion } from '../_frequency.ts';

const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const INTERROGATIVE = /^(what|why|who|whom|whose|which|when|where|how)$/i;
/** A question mark ending the sentence is strong evidence for a question word. */
const QUESTION_BONUS = 1000;
/** How much one use of the word pair at a sentence's start weighs against one capitalised use of the word. */
const PAIR_WEIGHT = 3;
/**
 * Uses of the word pair anywhere at which that evidence counts in full. Inside a sentence a pair
 * says little about how sentences start ("on the" is common, "On the" less so), so it counts for
 * at most as much as a dictionary entry.
 */
const PAIRS_FOR_FULL_WEIGHT = 4;
/**
 * Words that most often open an English sentence, most frequent first. When the document
 * itself says nothing ("hen the" → "When" or "Then"), the language decides.
 */
const COMMON_OPENERS = [
  'the', 'it', 'in', 'this', 'but', 'he', 'a', 'and', 'when', 'as', 'if', 'there', 'we', 'they', 'i', 'at',
  'for', 'on', 'what', 'she', 'so', 'one', 'after', 'most', 'then', 'by', 'some', 'many', 'all', 'no', 'his', 'these', 'yet',
  'every', 'each', 'not', 'from', 'with', 'although', 'while', 'now', 'our', 'its', 'their', 'that', 'those', 'how', 'why',
];
/** The most an opener's frequency may add: enough to break a tie, less than one use in the document. */
const OPENER_WEIGHT = 0.9;
/** Uses of the word anywhere in the text at which that evidence counts as much as a dictionary entry. */
const USES_FOR_FULL_WEIGHT = 10;
/**
 * Weight of the word's frequency in English at large (per decade of uses per million): a tie-break
 * only, less than one step of the opener ranks. Where the document says nothing of either word,
 * the word English uses more is the likelier ("isters and brothers": "Sisters", not "Misters";
 * "eading in the upper standards": "Reading", not "Beading"). Not for letters that are a word
 * already ("old mill"): there the commonest word made would outweigh the letters as they stand.
 */
const FREQUENCY_TIE_BREAK = 0.001;

/** The words an English letter's salutation opens with ("Dear Sir,", "Dearest Kate,", "My dear Tom,"). */
const SALUTATION_WORD = /^(?:dear|dearest|my)$/i;
/** A salutation's place, under the letter's place and date, is strong evidence for its opening word. */
const SALUTATION_BONUS = 10;
/** Words at most in a salutation line. */
const SALUTATION_WORDS = 5;

/**
 * A letter's salutation: a short line ending in a comma directly under the letter's place and
 * date ("Whitby, 2 August 1911" / "earest Lydia,").
 */
export function isSalutation(lines: readonly Line[], line: Line): boolean {
  const trimmed = line.text.trim();
  if (!trimmed.endsWith(',') || trimmed.split(/\s+/).length > SALUTATION_WORDS) return false;
  const previous = previousContentLine(lines, line.index);
  if (previous === undefined) return false;
  // The place and date may be set in italics already ("*Whitby, 2 August 1911*").
  const above = previous.text.trim().replace(/^\*(.*)\*$/, '$1');
  return PLACE_AND_DATE_LINE.test(above) || isDateline(above);
}

function endsInQuestion(text: string, from: number): boolean {
  const stop = /[.?!]/.exec(text.slice(from, from + 600));
  return stop?.[0] === '?';
}

/** The capital that makes the fragment the word this document would most likely start a sentence with. */
export function bestCapital(fragment: string, nextWord: string, question: boolean, ctx: PassContext, salutation = false): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  // Letters that are a word already may go on a sentence from above: English at large must not pick the commonest word made from them.
  const fragmentIsWord = ctx.speller.correct(fragment);
  for (const capital of CAPITALS) {
    const word = capital + fragment;
    const known = isDictionaryWord(ctx.speller, word);
    if (!known && ctx.vocabulary.count(word) < 2) continue;
    // A common word beats a name the dictionary lists ("Every", not "Avery"); one the text uses often beats one it never does ("Not", not "Bot").
    const common = ctx.speller.correct(word.toLowerCase());
    const rank = COMMON_OPENERS.indexOf(word.toLowerCase());
    const score =
      ctx.vocabulary.capitalCount(word) +
      PAIR_WEIGHT * ctx.vocabulary.capitalPairCount(word, nextWord) +
      Math.min(1, ctx.vocabulary.pairCount(word, nextWord) / PAIRS_FOR_FULL_WEIGHT) +
      (rank === -1 ? 0 : OPENER_WEIGHT * (1 - rank / COMMON_OPENERS.length)) +
      (known ? 1 : 0) +
      (common ? 1 : 0) +
      Math.min(1, ctx.vocabulary.count(word) / USES_FOR_FULL_WEIGHT) +
      (fragmentIsWord ? 0 : FREQUENCY_TIE_BREAK * Math.log10(1 + perMillion(word.toLowerCase()))) +
      (question && INTERROGATIVE.test(word) ? QUESTION_BONUS : 0) +
      (salutation && SALUTATION_WORD.test(word) ? SALUTATION_BONUS : 0);
    if (score > bestScore) {
      best = capital;
      bestScore = score;
    }
  }
  return best;
}

/** The document's own use decides: dictionaries list fragments such as "ut" as abbreviations. */
function isWord(fragment: string, ctx: PassContext): boolean {
  return (ctx.speller.correct(fragment) && (fragment.length > 3 || ctx.vocabulary.count(fragment) >= 3)) || ctx.vocabulary.count(fragment) >= 10;
}

/** Words at most on a first line that is the text's title rather than a sentence. */
const TITLE_WORDS = 12;

/**
 * The text's first paragraph, set apart by a blank line under its title (the document's first
 * line, short and stopping no sentence): nothing stands above it for it to go on from, so a
 * lower-case opening is a lost drop cap even where the letters left are a word ("Ground to Dig" /
 * "very town of any size": "Every").
 */
function isUnderTitle(lines: readonly Line[], line: Line, previous: Line): boolean {
  if (!isBlank(lines[line.index - 1]) || previousContentLine(lines, previous.index) !== undefined) return false;
  const title = previous.text.trim();
  return !endsSentence(title) && !/[,;:]$/.test(title) && title.split(/\s+/).length <= TITLE_WORDS;
}

/** A paragraph opening where a drop cap was lost: right after a heading, or a non-word after a sentence end. */
function opensSection(lines: readonly Line[], line: Line, fragment: string, ctx: PassContext): boolean {
  const previous = previousContentLine(lines, line.index);
  // The text's first line: a piece whose title the options give (the title line above it is gone) opens here.
  if (previous === undefined) return ctx.title !== undefined || !isWord(fragment, ctx);
  if (isMarkedBlock(previous.text)) return true;
  if (isUnderTitle(lines, line, previous)) return true;
  // Under a letter's place and date a letter opens: its salutation may have lost its drop cap ("earest Lydia,").
  if ((PLACE_AND_DATE_LINE.test(previous.text) || isDateline(previous.text)) && !isWord(fragment, ctx)) return true;
  // Directly below a line of text and not indented, it goes on with that text whatever its letters (no lookup needed).
  const blankAbove = isBlank(lines[line.index - 1]);
  if (!blankAbove && leadingSpace(line.text) === 0) return false;
  if (isWord(fragment, ctx)) return false;
  if (blankAbove) return true;
  return leadingSpace(line.text) > 0 && endsSentence(previous.text);
}

/** Words on a line at which it is body text rather than a heading the heading pass left unmarked. */
const BODY_LINE_WORDS = 6;
/** Capitalised uses elsewhere in the document at which a word counts as one of its sentence openers. */
const OPENER_USES = 2;

/** A word that opens sentences, in English at large ("The", "There") or in this document. */
function likelyOpener(word: string, ctx: PassContext): boolean {
  return COMMON_OPENERS.includes(word.toLowerCase()) || ctx.vocabulary.capitalCount(word) >= OPENER_USES;
}

/**
 * A lower-case line that reads as words where the text above stops mid-sentence is that sentence
 * going on past a caption or running head taken out ("could not do without" / "it. He opened",
 * not "Sit."), not a paragraph that lost its drop cap, unless the word made is the likelier word
 * ("according to which" / "hey seemed": "They"). Under a heading the heading may be real
 * and the text above unfinished ("…without missing a single one" / "THE QUARREL" / "he trouble"):
 * there only a word made that opens no sentences is refused ("will" / "### …" / "be done" is no
 * "Abe done", "is" / "not obliged" no "Knot obliged").
 */
function goesOnAbove(lines: readonly Line[], line: Line, fragment: string, word: string, ctx: PassContext): boolean {
  const above = previousContentLine(lines, line.index);
  if (above === undefined) return false;
  if (!isMarkedBlock(above.text)) {
    // The word made must be no likelier than the fragment in English at large: "it" stays, "hey" is "They" still.
    const runsOn = !endsSentence(above.text) && above.text.trim().split(/\s+/).length >= BODY_LINE_WORDS;
    return runsOn && perMillion(fragment) >= perMillion(word.toLowerCase());
  }
  const before = previousContentLine(lines, above.index);
  return before !== undefined && !isMarkedBlock(before.text) && !endsSentence(before.text) && !likelyOpener(word, ctx);
}

/** Lines looked back over for the sentence a line may go on from: a heading made of a credit, a caption's lines. */
const MAX_LINES_BETWEEN = 6;
/** How many times commoner the word a capital makes must be than the word left, for a cut sentence not to go on in it ("hey": "They"). */
const CUT_SENTENCE_ODDS = 10;

/**
 * A sentence cut off above, with a caption or a heading between: the last line of text above
 * fills its measure (the next word would not have fitted) or ends on an article or preposition,
 * and ends no sentence; between it and the line stand only blank lines (a running head taken
 * out), a heading, or lines opening on a capital with a caption's evidence (a year, a figure's
 * number, picture words): "… cried when" / "The market cross, 1882." / "## County Record Office
 * print" / "his dog died". The lower-case line goes on with that sentence. A paragraph ends on a
 * line with room left, and the text a heading opens stands under a finished one.
 */
function cutSentenceAbove(lines: readonly Line[], line: Line, column: readonly number[]): boolean {
  const between: Line[] = [];
  let heading = false;
  for (let above = previousContentLine(lines, line.index); above !== undefined && between.length <= MAX_LINES_BETWEEN; above = previousContentLine(lines, above.index)) {
    if (isMarkedBlock(above.text)) {
      heading = true;
      continue;
    }
    const trimmed = above.text.trim();
    const unfinished = leadingSpace(above.text) === 0 && !endsSentence(trimmed) && !/[:;]["”’]?$/.test(trimmed);
    const onArticle = ENDS_ON_ARTICLE_OR_PREPOSITION.test(trimmed);
    const fills = !breakIsChosen(trimmed, line.text, column[above.index]!);
    if (unfinished && (onArticle || fills) && between.length === 0 && !heading) return true;
    // A line ending on an article or a preposition goes on into the line under it, unless that line is set in (a
    // caption's indent): then only a caption's evidence says the lines between are no text of the sentence.
    const setIn = between.length > 0 && leadingSpace(between[0]!.text) > 0;
    if (unfinished && between.length > 0 && (setIn ? onArticle || fills : fills && !onArticle) && /^\s*["“‘']?\p{Lu}/u.test(between[0]!.text)) {
      if (captionEvidence(between.map((l) => l.text.trim()).join(' ')).score >= 1) return true;
    }
    between.unshift(above);
  }
  return false;
}

/**
 * How many times commoner in English at large a word left at a paragraph's start must be than
 * the word a capital would make for it to stand as it is: "was" is thousands of times commoner
 * than "Twas", but "our" only five times commoner than "Four", a capital lost often enough.
 */
const COMMONER = 50;

/**
 * The fragment is itself a word, and a far commoner one than the word a capital would make
 * ("was", not "Twas"; "new", not "Anew"): the line is a sentence going on past a page break or a
 * heading left standing, and no lost capital is worse than the word there. A fragment that is a
 * rarer word, or not far commoner, may still have lost its capital ("hey": "They", "very":
 * "Every", "our": "Four").
 */
function isBetterAsItStands(fragment: string, word: string, ctx: PassContext): boolean {
  return ctx.speller.correct(fragment) && perMillion(fragment) >= COMMONER * perMillion(word.toLowerCase());
}

/** Uses of the fragment elsewhere in the document, in lower case, from which it is a word of the text. */
const FRAGMENT_USES = 2;

/**
 * The fragment is a word the document uses elsewhere ("lock", "own"), and the word a capital
 * would make is one it never writes and no common sentence opener ("Block", "Down"): under a
 * heading or a page's break the line goes on as it stands, or lost a one-letter word ("A
 * lock-keeper"), not a capital. Not asked under the title (see isUnderTitle).
 */
function usedAsItStands(fragment: string, word: string, ctx: PassContext): boolean {
  return ctx.vocabulary.countLowerCase(fragment) >= FRAGMENT_USES && ctx.vocabulary.count(word) === 0 && !COMMON_OPENERS.includes(word.toLowerCase());
}

/**
 * The drop cap of a section's first paragraph was an image and got lost: "t is 20 years",
 * "hat is the political revolution", "or anti-Stalinist socialists". The capital is chosen
 * with the dictionary and the document's own habits: which capitalised words it uses, in
 * which pairs, and whether the sentence is a question.
 */
export const restoreDropCap: Pass = {
  ruleId: 'pdf/drop-cap',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    let column: number[] | undefined;
    for (const line of lines) {
      const m = /^(\s*)(\p{Ll}+)(?:[^\p{L}]+(\p{L}+))?/u.exec(line.text);
      if (!m) continue;
      const fragment = m[2]!;
      if (!opensSection(lines, line, fragment, ctx)) continue;
      const at = line.start + m[1]!.length;
      const capital = bestCapital(fragment, m[3] ?? '', endsInQuestion(text, at), ctx, isSalutation(lines, line));
      if (capital === undefined || isBetterAsItStands(fragment, capital + fragment, ctx)) continue;
      // Under the title or at the text's start nothing stands for the line to go on from: its capital was lost.
      const above = previousContentLine(lines, line.index);
      if (above !== undefined && !isUnderTitle(lines, line, above) && usedAsItStands(fragment, capital + fragment, ctx)) continue;
      // A word as it stands ("our strength", "is lifted") going on from a sentence cut off above it keeps its letters, unless
      // the word a capital makes is far the commoner.
      const cut = ctx.speller.correct(fragment) && perMillion(fragment) * CUT_SENTENCE_ODDS >= perMillion((capital + fragment).toLowerCase());
      if (cut && cutSentenceAbove(lines, line, (column ??= localColumnWidths(lines)))) continue;
      if (!(ctx.speller.correct(fragment) && goesOnAbove(lines, line, fragment, capital + fragment, ctx))) edits.push({ start: at, end: at, text: capital, ruleId: 'pdf/drop-cap', reason: 'lost drop cap restored' });
    }
    return edits;
  },
};
