import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { wideMeasure } from './_pdf-measure.ts';
import { SENTENCE_END, isBlank, nextContentLine, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { isMarkedBlock, lineWidths, typeWidth } from './_pdf-lines.ts';
import { ARTICLES, POSSESSIVES, DEMONSTRATIVES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, oneOf, without } from '../_function-words.ts';

/** Most lines a pull quote is set over. */
const MAX_LINES = 6;
/** Fewest words a repeated passage needs before its repetition is no chance (a set phrase repeats; a sentence does not). */
const MIN_WORDS = 8;
/** Share of the column every line of a pull quote stays under: it is set on a narrower measure than the text. */
const NARROW = 0.75;
/** Share of the column a line of running text fills: the passage repeated must stand in such lines. */
const FULL = 0.85;
/** Share of a pull quote's word triples that must stand in the same order elsewhere (OCR may misread a word or two). */
const MATCHED = 0.8;
/** Share of each of its lines' words that must stand in the copy. */
const LINE_MATCHED = 0.6;
/**
 * Characters by which the next word may overrun the longest line of a pull quote and still have been
 * too wide for its measure: letters are not all one width in a proportional face, so a word that
 * reaches exactly the longest line's count of characters may not have fitted.
 */
const SLACK = 1;
/** Words by which the two copies may drift apart (a word glued or split by OCR in one of them). */
const SHIFT = 2;

/** Lines wrapped greedily on one measure, counted in characters: the next line's first word would not have fitted on any line but the last. */
function isWrappedByCount(run: readonly string[]): boolean {
  const measure = Math.max(...run.map((t) => t.length));
  return run.slice(0, -1).every((t, k) => t.length + 1 + (/^\S+/.exec(run[k + 1]!)?.[0].length ?? 0) > measure - SLACK);
}

/**
 * The same measured in a book face (see typeWidth): a line of narrow letters holds more
 * characters than one of capitals and wide letters, so a count may take a greedy wrap for a
 * chosen break ("colour”, though few of them" / "could say why." under "“Old people in Hallam
 * still call a": "could" would not have fitted, though the count says it would).
 */
function isWrappedInType(run: readonly string[]): boolean {
  const widths = run.map(typeWidth);
  const measure = Math.max(...widths);
  return run.slice(0, -1).every((_line, k) => widths[k]! + SPACE_WIDTH + typeWidth(/^\S+/.exec(run[k + 1]!)?.[0] ?? '') > measure);
}

/** Width of a space in typeWidth's units (thousandths of an em). */
const SPACE_WIDTH = 250;

/** A pull quote's attribution: a dash, then a capitalised name. */
const ATTRIBUTION = /^\s*[—–]\s*\p{Lu}/u;
/** Most words an attribution runs to: a name, a role, a year. */
const MAX_ATTRIBUTION_WORDS = 8;
/**
 * An attribution by role rather than name ("— a neighbour", "— one witness"): a dash, a few
 * words in lower case, no stop. Under a quote already found, a dash-led line this short says
 * who spoke; a sentence of the text going on after a dash runs longer or ends.
 */
const ROLE_ATTRIBUTION = /^\s*[—–]\s*\p{Ll}[\p{L}'’ -]*$/u;
/** Most blank lines between a quote and its speaker's line (a page break's, its running head removed). */
const MAX_GAP = 4;
/** Most words an attribution by role runs to. */
const MAX_ROLE_WORDS = 4;

/** The line under a pull quote says who spoke: a dash and a name, or a dash and a role in a few words. */
function isAttribution(line: Line | undefined, narrow: (line: Line | undefined) => boolean): boolean {
  if (line === undefined || !narrow(line)) return false;
  const words = wordCount(line.text);
  return (ATTRIBUTION.test(line.text) && words <= MAX_ATTRIBUTION_WORDS) || (ROLE_ATTRIBUTION.test(line.text) && words <= MAX_ROLE_WORDS + 1);
}

/**
 * A speaker named without a dash, as some pamphlets set it under a quote: a verb of saying
 * before a capitalised name ("says Ellen Marsh"), or a name of two or more capitalised words
 * (or initials) before a comma and the speaker's role or year ("Ellen Marsh, a tanner's
 * daughter", "E. Marsh, 1962"), or the name in brackets. A bare run of capitalised words is
 * not taken: a section heading in title case has that shape too.
 */
const NAMED_SPEAKER =
  /^\s*(?:(?:says|said|recalls|recalled|remembers|remembered|writes|wrote)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*[^,]+)?|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},\s+(?:\p{Ll}|\p{N}|[Aa]n?\s|[Tt]he\s).*|\(\p{Lu}[^()]*\))\s*$/u;
/** Words a title or heading opens with; a speaker's name does not. */
// It leaves out "or" and "your": as it was written, listed for the lead.
const NOT_A_NAME = new RegExp(
  String.raw`^\s*${oneOf(ARTICLES, ADVERBIAL_PREPOSITIONS, PREPOSITIONS, without(COORDINATORS, 'or'), ['how', 'why', 'what', 'when', 'where', 'who'], DEMONSTRATIVES, ['that'], without(POSSESSIVES, 'your'))}\b`,
  'iu',
);

/** The line directly under a pull quote names its speaker without a dash (see NAMED_SPEAKER). */
function isNamedSpeaker(line: Line | undefined, narrow: (line: Line | undefined) => boolean): boolean {
  if (line === undefined || !narrow(line)) return false;
  return wordCount(line.text) <= MAX_ATTRIBUTION_WORDS && NAMED_SPEAKER.test(line.text) && !NOT_A_NAME.test(line.text.replace(/^\s*\(/, ''));
}

/**
 * The speaker named over a quote instead of under it, a colon after the name ("ELLEN MARSH, tanner's
 * daughter:"): on the quote's narrow measure, directly over its first line, with a blank line or
 * nothing above, and a name's shape (see NAMED_SPEAKER). A line of the text introducing a quotation
 * runs on the text's measure, or is no name, or stands under a paragraph that ends on a colon.
 */
function isSpeakerAbove(lines: readonly Line[], i: number, narrow: (line: Line | undefined) => boolean): boolean {
  const line = lines[i - 1];
  if (line === undefined || !narrow(line) || !/:\s*$/.test(line.text) || !(i < 2 || isBlank(lines[i - 2]))) return false;
  // Under a paragraph that ends on a colon, the name line is the text's own heading to the words it quotes.
  if (/:\s*$/.test(previousContentLine(lines, i - 1)?.text ?? '')) return false;
  const name = line.text.replace(/:\s*$/, '');
  return wordCount(name) <= MAX_ATTRIBUTION_WORDS && NAMED_SPEAKER.test(name) && !NOT_A_NAME.test(name);
}

/** A quote's close, then a dash and the first words of who said it, cut by the line's end: "to make a life. » — the". */
const ATTRIBUTION_BEGUN = /(?:[.!?…]\s*["”’»]?|["”’»])\s*[—–]\s*(?:[\p{L}'’.-]+\s*){0,3}$/u;

/**
 * The line under the quote's last goes on with an attribution begun there: that line ends on a quote's close and a
 * dash (a few words after it), and this one is short, on the narrow measure, a few words that end no sentence, with a
 * blank line or nothing under it.
 */
function wrapsAttribution(lines: readonly Line[], last: number, narrow: (line: Line | undefined) => boolean): boolean {
  const rest = lines[last + 1];
  if (!ATTRIBUTION_BEGUN.test(lines[last]?.text ?? '') || rest === undefined || !narrow(rest)) return false;
  const t = rest.text.trim();
  const after = lines[last + 2];
  return wordCount(t) <= MAX_ATTRIBUTION_WORDS && !SENTENCE_END.test(t) && !/[,;:]$/.test(t) && (after === undefined || isBlank(after));
}

/** A line of quotation marks alone: the large opening or closing mark a pull quote is set with, extracted as a line of its own. */
const MARKS_ONLY = /^\s*[“”"‘’'«»„]+\s*$/u;

interface Token {
  word: string;
  line: number;
}

/** The document's words with the line each stands on; a word broken by a hyphen at a line's end is one word, on its first line. */
function tokens(lines: readonly Line[]): Token[] {
  const out: Token[] = [];
  let carry = '';
  for (const line of lines) {
    // A compound's hyphen joins its halves ("hard-working" is "hardworking"), as a hyphen at a line's end joins the
    // halves of a word broken there: one copy may break the compound at its hyphen and the other not.
    const words = line.text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:-[\p{L}\p{N}]+)*-?/gu) ?? [];
    words.forEach((w, k) => {
      let word = w.replace(/-(?=[\p{L}\p{N}])/gu, '');
      if (k === 0 && carry) {
        word = carry + word;
        carry = '';
        out[out.length - 1]!.word = word.replace(/-$/, '');
        return;
      }
      if (k === words.length - 1 && word.endsWith('-') && /-\s*$/.test(line.text)) carry = word.slice(0, -1);
      out.push({ word: word.replace(/-$/, ''), line: line.index });
    });
    if (words.length === 0) carry = '';
  }
  return out;
}

/**
 * Where else the words of lines [first, last] stand in the same order: the line indexes of the
 * other copy, or undefined when there is none. Counted by word triples, each voting for where
 * the copy would start.
 */
function otherCopy(all: readonly Token[], at: Map<string, number[]>, firstToken: Int32Array, first: number, last: number): number[] | undefined {
  const own: number[] = [];
  for (let k = firstToken[first]!; k < firstToken[last + 1]!; k++) own.push(k);
  if (own.length < MIN_WORDS) return undefined;
  const [from, to] = [own[0]!, own[own.length - 1]!];
  const votes = new Map<number, number>();
  for (let k = from; k + 2 <= to; k++) {
    for (const p of at.get(`${all[k]!.word} ${all[k + 1]!.word} ${all[k + 2]!.word}`) ?? []) {
      if (p >= from - 2 && p <= to) continue;
      votes.set(p - (k - from), (votes.get(p - (k - from)) ?? 0) + 1);
      // A quote set inside the very sentence it repeats splits its copy: the copy's words after the quote vote for
      // where the copy began, before it.
      const split = p - own.length - (k - from);
      if (p > to && split < from && p - own.length >= from) votes.set(split, (votes.get(split) ?? 0) + 1);
    }
  }
  const triples = own.length - 2;
  // A word glued to its neighbour or split in two in one copy shifts the rest by a word or so: nearby starts count together.
  const near = (start: number): number => {
    let sum = 0;
    for (let d = -SHIFT; d <= SHIFT; d++) sum += votes.get(start + d) ?? 0;
    return sum;
  };
  for (const [start, count] of votes) {
    if (near(start) < triples * MATCHED || start < 0 || count < (votes.get(start - 1) ?? 0) || count < (votes.get(start + 1) ?? 0)) continue;
    // Every line of the run must stand in the copy, most of its words: a line of text beside the quote does not.
    // A quote set inside the very sentence it repeats splits its own copy: the copy's words go on past the quote.
    const skip = (j: number): number => (start < from && j >= from ? j + own.length : j);
    const matchedOn = new Map<number, number>();
    const wordsOn = new Map<number, number>();
    own.forEach((k, n) => {
      const line = all[k]!.line;
      wordsOn.set(line, (wordsOn.get(line) ?? 0) + 1);
      let seen = false;
      for (let d = -SHIFT; d <= SHIFT && !seen; d++) seen = all[skip(start + n + d)]?.word === all[k]!.word;
      if (seen) matchedOn.set(line, (matchedOn.get(line) ?? 0) + 1);
    });
    if ([...wordsOn].some(([line, n]) => (matchedOn.get(line) ?? 0) < n * LINE_MATCHED)) continue;
    const linesOfCopy = new Set<number>();
    for (let k = start; k < start + own.length && skip(k) < all.length; k++) linesOfCopy.add(all[skip(k)]!.line);
    return [...linesOfCopy];
  }
  return undefined;
}

/** Words the body may hold between two of the quote's words: a clause the quote dropped, or a caption set into the copy. */
const INSERTED = 12;
/** Share of a pull quote's words a loose copy must hold in order (an ellipsis, a dropped clause, a misread word). */
const LOOSE_MATCHED = 0.8;

/**
 * Where else the words of `own` (token indexes of the candidate's lines) stand in order when the quote repeats its
 * sentence loosely: its first words cut ("…to his brother"), a clause dropped, the copy broken by a caption or by the
 * quote itself. Word triples of the quote vote for where a copy starts; each start is checked by the longest common
 * subsequence of the quote's words and the body's words there (the candidate's own lines left out), which must hold
 * LOOSE_MATCHED of the quote and most words of each of its lines. Returns the copy's line indexes.
 */
function looseCopy(all: readonly Token[], at: Map<string, number[]>, own: readonly number[], ownLines: ReadonlySet<number>): number[] | undefined {
  if (own.length < MIN_WORDS) return undefined;
  const starts = new Map<number, number>();
  for (let n = 0; n + 2 < own.length; n++) {
    const [a, b, c] = [all[own[n]!]!, all[own[n + 1]!]!, all[own[n + 2]!]!];
    for (const p of at.get(`${a.word} ${b.word} ${c.word}`) ?? []) {
      if (ownLines.has(all[p]!.line) || ownLines.has(all[p + 2]!.line)) continue;
      starts.set(p - n, (starts.get(p - n) ?? 0) + 1);
    }
  }
  const tried = new Set<number>();
  // The best-voted starts first; a handful is enough.
  for (const [guess] of [...starts].sort((x, y) => y[1] - x[1]).slice(0, 4)) {
    // The body's words from a little before the guessed start, the candidate's own lines left out.
    const body: number[] = [];
    for (let k = Math.max(0, guess - INSERTED); k < all.length && body.length < own.length + 2 * INSERTED; k++) if (!ownLines.has(all[k]!.line)) body.push(k);
    if (tried.has(body[0] ?? -1)) continue;
    tried.add(body[0] ?? -1);
    const matched = commonSubsequence(own.map((k) => all[k]!.word), body.map((k) => all[k]!.word));
    if (matched.length < own.length * LOOSE_MATCHED) continue;
    // The copy's words must stand close together: a clause dropped, not words gathered from a page. A stray common word
    // the alignment took at either end does not stretch the span.
    const core = strayEndsTrimmed(matched);
    const span = core[core.length - 1]![1] - core[0]![1] + 1;
    if (span > own.length + INSERTED) continue;
    const wordsOn = new Map<number, number>();
    const matchedOn = new Map<number, number>();
    for (const k of own) wordsOn.set(all[k]!.line, (wordsOn.get(all[k]!.line) ?? 0) + 1);
    for (const [q] of matched) matchedOn.set(all[own[q]!]!.line, (matchedOn.get(all[own[q]!]!.line) ?? 0) + 1);
    if ([...wordsOn].some(([line, n]) => (matchedOn.get(line) ?? 0) < n * LINE_MATCHED)) continue;
    return [...new Set(matched.map(([, b]) => all[body[b]!]!.line))];
  }
  return undefined;
}

/**
 * The pairs of a common subsequence without a stray word at either end: a common word ("the", "of") the
 * alignment took from the body well before the copy began, or after it ended, more than SHIFT + 1 words
 * from the next word it matched. The copy's span is judged without them (its count of words with them).
 */
function strayEndsTrimmed(pairs: [number, number][]): [number, number][] {
  let from = 0;
  let to = pairs.length - 1;
  while (from < to && pairs[from + 1]![1] - pairs[from]![1] > SHIFT + 1) from++;
  while (to > from && pairs[to]![1] - pairs[to - 1]![1] > SHIFT + 1) to--;
  return pairs.slice(from, to + 1);
}

/** The longest common subsequence of two word lists, as pairs of indexes [in a, in b], in order. */
function commonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * A pull quote in a PDF extraction: a passage of the text set again, larger and on a narrower
 * measure, to catch the eye. Its lines are all short against the column, it runs to a sentence
 * or so, and the same words stand elsewhere in the document in lines of running text, which
 * fill the column. Deleting this copy loses nothing; the other one is the text. A passage
 * whose other copy is set short too (a refrain, a repeated line of verse) is not touched.
 */
/** Lines of the paragraph above a run that fix its measure: two at least, with no blank line between. */
const PARAGRAPH_LINES = 2;

/**
 * The lines `first` to `last` go on from the paragraph set directly above them, on its measure: two lines of it or more stand
 * tight over the run, and every line of the run but its last is wrapped greedily on that paragraph's measure (its longest
 * line there): the next line's first word would not have fitted; a pull quote is set on a narrower measure than the text.
 */
function onParagraphMeasure(lines: readonly Line[], first: number, last: number): boolean {
  const above: Line[] = [];
  for (let k = first - 1; k >= 0 && above.length < PARAGRAPH_LINES + 1 && !isBlank(lines[k]); k--) above.push(lines[k]!);
  if (above.length < PARAGRAPH_LINES || last === first) return false;
  const measure = Math.max(...above.map((l) => l.text.trim().length));
  return lines.slice(first, last).every((l) => {
    const next = lines[l.index + 1];
    return !isBlank(l) && next !== undefined && !isBlank(next) && l.text.trim().length + 1 + (/^\S+/.exec(next.text.trim())?.[0].length ?? 0) > measure - SLACK;
  });
}

export const removePullQuote: Pass = {
  ruleId: 'pdf/pull-quote',
  run(text, ctx) {
    const lines = splitLines(text);
    const local = lineWidths(lines).column;
    const wide = wideMeasure(lines);
    const column = local.map((c, k) => Math.max(c, wide[k]!));
    const all = tokens(lines);
    // The first token on or after each line (tokens run in line order), so a run's words are found without a search.
    const firstToken = new Int32Array(lines.length + 1).fill(all.length);
    for (let k = all.length - 1; k >= 0; k--) firstToken[all[k]!.line] = k;
    for (let l = lines.length - 1; l >= 0; l--) firstToken[l] = Math.min(firstToken[l]!, firstToken[l + 1]!);
    const at = new Map<string, number[]>();
    for (let k = 0; k + 2 < all.length; k++) {
      const key = `${all[k]!.word} ${all[k + 1]!.word} ${all[k + 2]!.word}`;
      const list = at.get(key);
      if (list) list.push(k);
      else at.set(key, [k]);
    }
    const narrow = (line: Line | undefined): boolean =>
      line !== undefined && !isBlank(line) && !isMarkedBlock(line.text) && line.text.trim().length <= column[line.index]! * NARROW;
    const edits: Edit[] = [];
    const full = (line: Line | undefined): boolean => line !== undefined && !isBlank(line) && line.text.trim().length >= local[line.index]! * FULL;
    /**
     * A pull quote set beside the text comes out of the extraction one line of it after each line of the paragraph:
     * narrow lines at every other line, full lines of running text between. Its lines are those of a sentence the text
     * holds (loosely, see looseCopy), read to its stop or its speaker; their words leave the paragraph whole.
     */
    const besideQuote = (i: number): number[] | undefined => {
      const run: number[] = [];
      for (let l = i; run.length < MAX_LINES && narrow(lines[l]) && (run.length === 0 || (full(lines[l - 1]) && !isAttribution(lines[l], narrow))); l += 2) run.push(l);
      if (run.length < 2) return undefined;
      for (let n = run.length; n >= 2; n--) {
        const own = run.slice(0, n);
        const last = own[n - 1]!;
        const speaker = isAttribution(lines[last + 2], narrow) && full(lines[last + 1]) ? last + 2 : undefined;
        if (!SENTENCE_END.test(lines[last]!.text.trim()) && speaker === undefined) continue;
        const texts = own.map((l) => lines[l]!.text.trim());
        // Verse opens every line in a capital; a sentence broken on a measure goes on in lower case somewhere, or is set
        // in capitals throughout, as a display face sets a quote (a stanza keeps its lower-case letters).
        const capitals = texts.every((t) => !/\p{Ll}/u.test(t));
        if (!capitals && !texts.slice(1).some((t) => /^["“‘']?\p{Ll}/u.test(t))) continue;
        const tokensOwn: number[] = [];
        for (const l of own) for (let k = firstToken[l]!; k < firstToken[l + 1]!; k++) tokensOwn.push(k);
        const copy = looseCopy(all, at, tokensOwn, new Set(own));
        if (copy?.some((l) => full(lines[l]))) return speaker === undefined ? own : [...own, speaker];
      }
      return undefined;
    };
    for (let i = 0; i < lines.length; i++) {
      if (!narrow(lines[i])) continue;
      // The longest run of narrow lines from here whose words stand elsewhere, the run ending where a sentence does or a line stops.
      let found: { last: number; copy: number[] } | undefined;
      const inRunningText = (copy: readonly number[] | undefined): boolean => copy?.some((l) => (lines[l]?.text.trim().length ?? 0) >= local[l]! * FULL) ?? false;
      // An attribution under the quote ends it ("— a neighbour" holds words of the text too).
      const ends = (last: number): boolean => last < i + MAX_LINES && narrow(lines[last]) && !(last > i && isAttribution(lines[last], narrow));
      for (let last = i; ends(last); last++) {
        const copy = otherCopy(all, at, firstToken, i, last);
        if (inRunningText(copy)) found = { last, copy: copy! };
      }
      // Set out after a colon, with a new sentence after them, the words are the text's own (a slogan it quotes, then
      // discusses); a pull quote set into a sentence after its colon leaves the sentence to go on in lower case below.
      const speakerAbove = isSpeakerAbove(lines, i, narrow);
      const colonAbove = !speakerAbove && /:\s*$/.test(previousContentLine(lines, i)?.text ?? '');
      const introduced = (last: number): boolean => {
        if (!colonAbove) return false;
        const below = nextContentLine(lines, isAttribution(lines[last + 1], narrow) ? last + 1 : last);
        return !/^\s*["“‘(]?\p{Ll}/u.test(below?.text ?? '');
      };
      // The quote may repeat its sentence loosely (an ellipsis, a clause dropped, its copy broken by a caption): then it
      // must read as a sentence to its end, or have its speaker under it, and no line above may introduce it (a
      // slogan the text sets out after a colon is the text's own). A quote found exactly so far may go on loosely to
      // its end: set inside the sentence it repeats, its speaker's line parts the copy's two halves, so the exact
      // count loses the copy at the quote's last line.
      for (let last = found ? found.last + 1 : i; ends(last); last++) {
        const closes = SENTENCE_END.test(lines[last]!.text.trim()) || isAttribution(lines[last + 1], narrow) || isNamedSpeaker(lines[last + 1], narrow);
        if (!closes || introduced(last)) continue;
        const own: number[] = [];
        for (let k = firstToken[i]!; k < firstToken[last + 1]!; k++) own.push(k);
        const ownLines = new Set(Array.from({ length: last - i + 1 }, (_, n) => i + n));
        const copy = looseCopy(all, at, own, ownLines);
        if (inRunningText(copy)) found = { last, copy: copy! };
      }
      // Set tight under two lines or more of a paragraph and on that paragraph's own measure, the lines go on with it: the
      // paragraph is the copy that stays (a text set on a narrow measure throughout makes its own lines narrow against a
      // wider page), and the passage set again elsewhere is the quote.
      if (found && onParagraphMeasure(lines, i, found.last)) {
        i = found.last;
        continue;
      }
      if (!found) {
        const beside = besideQuote(i);
        if (beside) {
          for (const l of beside) edits.push({ start: lines[l]!.start, end: Math.min(lines[l]!.end + 1, text.length), text: '', ruleId: 'pdf/pull-quote', reason: 'a passage of the text set again on a narrow measure beside it' });
          i = beside[beside.length - 1]!;
        }
        continue;
      }
      // A stanza is set short too: lines of verse the text quotes again in prose. A pull quote is wrapped on one
      // measure (the next word would not have fitted) and stands apart from other short lines opening in capitals.
      // A closing mark set on a line of its own under the quote goes with it.
      if (MARKS_ONLY.test(lines[found.last + 1]?.text ?? 'x')) found.last++;
      // A mark set on a line of its own says nothing of the measure: the wrap is judged on the lines of words.
      const run = lines
        .slice(i, found.last + 1)
        .map((l) => l.text.trim())
        .filter((t) => !MARKS_ONLY.test(t));
      // Lines of one sentence going on in lower case to its stop are prose, however the measure broke them: verse opens its lines in capitals.
      const prose = run.length > 1 && run.slice(1).every((t) => /^["“‘']?\p{Ll}/u.test(t)) && SENTENCE_END.test(run[run.length - 1]!);
      const wrapped = prose || isWrappedByCount(run) || isWrappedInType(run);
      // A speaker named under the quote is no line of verse beside it.
      const named = isNamedSpeaker(lines[found.last + 1], narrow);
      const verseBeside = [speakerAbove ? undefined : lines[i - 1], named ? undefined : lines[found.last + 1]].some((l) => narrow(l) && /^\s*["“‘']?\p{Lu}/u.test(l!.text));
      // One line that ends no sentence and has no speaker under it may be a heading that takes up a phrase of the text.
      const heading = run.length === 1 && !SENTENCE_END.test(run[0]!) && !isAttribution(lines[found.last + 1], narrow);
      if (introduced(found.last) || heading) {
        ctx.keep(lines[i]!.start, run.join(' '), !heading ? 'words the text holds elsewhere, set short, but set out after a colon: the text quotes them' : 'words the text holds elsewhere, on one line that ends no sentence: a heading may repeat a phrase');
        i = found.last;
        continue;
      }
      if (!wrapped || verseBeside) {
        ctx.keep(lines[i]!.start, run.join(' '), 'words the text holds elsewhere, set short, but not wrapped as a pull quote is: a stanza may be quoted again');
        i = found.last;
        continue;
      }
      // A speaker named over the quote goes with it.
      const first = lines[speakerAbove ? i - 1 : i]!;
      // Who said it, on the line under the quote: a dash and a name ("— Ellen Marsh, 1962") or a role ("— a neighbour"). It goes with the quote.
      const attribution = lines[found.last + 1];
      if (isAttribution(attribution, narrow) || named) found.last++;
      else {
        // A page break may part the speaker from the quote: the running head between is gone by now, its blank lines
        // not. A speaker's line standing alone after them, with a blank line under it, is still the quote's.
        const below = nextContentLine(lines, found.last);
        if (below !== undefined && below.index - found.last <= MAX_GAP && isAttribution(below, narrow) && (lines[below.index + 1] === undefined || isBlank(lines[below.index + 1]))) found.last = below.index;
        // The speaker begun on the quote's last line, after its close, and wrapped onto the next ("to make a life. » —
        // the" over "parish footpaths officer"): the rest of the attribution goes with it, or it would be left inside
        // the sentence the quote was set into.
        else if (wrapsAttribution(lines, found.last, narrow)) found.last++;
      }
      const last = lines[found.last]!;
      let above = first.index - 1;
      while (above > 0 && isBlank(lines[above])) above--;
      let below = found.last + 1;
      while (below < lines.length - 1 && isBlank(lines[below])) below++;
      const before = lines[above];
      const after = lines[below];
      const closesUp =
        before !== undefined &&
        above < first.index &&
        !isBlank(before) &&
        edits.every((e) => e.end <= before.end) &&
        !SENTENCE_END.test(before.text.trim()) &&
        after !== undefined &&
        !isBlank(after) &&
        /^\s*["“‘(]?\p{Ll}/u.test(after.text);
      edits.push(
        closesUp
          ? { start: before.end, end: after.start, text: '\n', ruleId: 'pdf/pull-quote', reason: 'a passage of the text set again on a narrow measure; set into a sentence' }
          : { start: first.start, end: Math.min(last.end + 1, text.length), text: '', ruleId: 'pdf/pull-quote', reason: 'a passage of the text set again on a narrow measure' },
      );
      i = closesUp ? below - 1 : found.last;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed pull quote “${old.trim().replace(/\s*\n\s*/g, ' ')}”, a passage the text holds already`,
};
