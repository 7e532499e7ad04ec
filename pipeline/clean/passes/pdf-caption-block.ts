import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { startsWithWordTail } from './pdf-caption-in-sentence.ts';
import { OPEN_END as NO_CAPTION_END } from './pdf-caption-bridged.ts';
import { captionEvidence, captionWording, reasons, type Evidence } from '../_evidence.ts';
import { wideMeasure } from './_pdf-measure.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { NUMBERED_HEADING, isAllCaps, isDateline, isMarkedBlock, leadingSpace, lineWidths, namesRunAcross, opensInSmallCapitals, rhymesAcross } from './_pdf-lines.ts';
import { ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, without, endsOnWord } from '../_function-words.ts';

/** Most lines a caption set on a narrow measure, with its label or credit, runs to. */
const MAX_LINES = 4;
/** Most words such a caption holds; more is a stanza or a paragraph. */
const MAX_WORDS = 25;
/** Share of the column a caption's line stays under: it is set on a narrower measure than the text. */
const NARROW = 0.75;
/** Evidence of the whole caption's wording from which its lines go together. */
const BLOCK_CAPTION = 3;
/** Share of the column a line fills when it is no paragraph's last line. */
const FULL_LINE = 0.8;

/**
 * A line that names a picture and says nothing else: "Fig. 11", "Figure 3", "Plate 4", "Map 2.",
 * "Illustration 5". Running text never stands on such a line; a table's label is left alone.
 */
const FIGURE_LABEL = /^\s*["“‘']?(?:fig\.?|figure|plate|map|illustration|diagram|photo(?:graph)?)\s+(?:\d{1,3}[a-z]?|[ivxlc]{1,6})\.?\s*$/i;

/**
 * The lead of a credit: a copyright sign, credit words before a colon ("Photograph:", "Source:"),
 * before "by", "©" or "courtesy of" ("Photograph by", "Image courtesy of"), or "courtesy of"
 * itself. Who made or lent the picture is named after it.
 */
const CREDIT_LEAD =
  /^(?:©|\(c\)|copyright\b|(?:(?:reproduced|used)\s+)?(?:by\s+)?(?:kind\s+)?courtesy\s+of\b|(?:photo(?:graph)?s?|pictures?|images?|illustrations?|engravings?|drawings?|credits?|sources?)(?:\s*:|\s+(?:by|from|©|courtesy\s+of)\b))\s*/iu;
/** Most words a credit names after its lead. */
const MAX_CREDIT_WORDS = 8;

/** What a credit line names after its lead, in brackets or not ("(Photo: Town Museum)"); undefined when the line is no credit so led. */
function creditNamed(text: string): string | undefined {
  const trimmed = text.trim();
  const inner = /^\((.*)\)$/.exec(trimmed)?.[1] ?? trimmed;
  const lead = CREDIT_LEAD.exec(inner);
  if (!lead) return undefined;
  const named = inner.slice(lead[0].length).trim();
  return named && wordCount(named) <= MAX_CREDIT_WORDS && !/[.!?]$/.test(named.replace(/\b\p{Lu}\.$/u, '')) ? named : undefined;
}

/**
 * Who a line credits after a dash, as a credit set under its caption names its source without a
 * credit's words ("— Borough Museum", "– Private collection"): a name (see isName) or a holder
 * (see HOLDER_NAMED) of a few words, no stop. Undefined when the line is no such credit; a
 * dash-led line of text goes on in lower case or runs longer.
 */
function dashNamed(text: string): string | undefined {
  const named = /^\s*[—–]\s*(\p{Lu}.*?)\s*$/u.exec(text)?.[1];
  if (named === undefined || wordCount(named) > MAX_NAME_WORDS || /[.!?;:,]$/.test(named)) return undefined;
  return isName(named) || HOLDER_NAMED.test(named) ? named : undefined;
}

/**
 * A credit line of its own: led as credits are (see CREDIT_LEAD), a source credited, or one named in
 * brackets.
 */
function isCreditLine(text: string, evidence: Evidence): boolean {
  // A source named in brackets on a line of its own, under the caption: "(County Museum collection)".
  if (/^\(\p{Lu}[^()]*\)$/u.test(text.trim()) && wordCount(text) <= 6) return true;
  if (dashNamed(text) !== undefined) return true;
  if (creditNamed(text) !== undefined) return true;
  const credits = evidence.findings.some((f) => /credits a source/.test(f.reason));
  return evidence.score >= BLOCK_CAPTION && credits;
}

/**
 * A credit in brackets that names who holds or made the picture: a collection, archive, museum,
 * library or record office ("(County Museum collection)"). A heading's second line (a date, a
 * subtitle in brackets) names none; a line opening "Photograph:" may be a caption itself.
 */
const HOLDER = /\b(?:collections?|archives?|museum|library|record office|courtesy|photo(?:graph)?s?|images?|pictures?)\b/i;
/** Who holds or made a picture, as a credit names them after its lead: a holder's word, or "the author". */
const HOLDER_NAMED = /\b(?:collections?|archives?|museum|library|record office|author)\b/i;

/**
 * A credit that names who holds or made the picture: in brackets with a holder's word
 * ("(County Museum collection)"), or after a credit's lead ("Photograph: the Historical
 * Society", "Photograph: the author", "© Weirside Camera Club"), where the words after it are a
 * holder's or a name (every longer word capitalised). A line opening "Photograph:" may be a
 * caption itself ("Photograph: the market in 1900"): what it describes is no name.
 */
function creditsHolder(text: string): boolean {
  const trimmed = text.trim();
  const named = creditNamed(trimmed) ?? dashNamed(trimmed);
  if (named !== undefined) return HOLDER_NAMED.test(named) || isName(named);
  return /^\([^()]*\)$/.test(trimmed) && HOLDER.test(trimmed);
}

/** Most words a holder's name after a credit label runs to: "the County Record Office". */
const MAX_NAME_WORDS = 6;

/** A name: a few words, none closing a sentence, every word of four letters or more capitalised, one at least. */
function isName(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return wordCount(text) <= MAX_NAME_WORDS && !/[.!?]$/.test(text) && words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * A line in sentence case: no longer word capitalised after the first. A heading set in title
 * case ("The Second Letter") is not; a caption naming a place or a person is not either, and stays.
 */
function isSentenceCase(text: string): boolean {
  return !text.trim().split(/\s+/).slice(1).some((w) => /^["“‘']?\p{Lu}\p{L}{3,}/u.test(w));
}

/**
 * A caption's line: short, no heading's numbering or capitals, no dateline, no sentence closed inside it (a quotation's close
 * may stand before the stop: 'consumers". They'), no section's first word in small capitals (running text opens so).
 */
function couldBeCaptionLine(text: string, column: number): boolean {
  const trimmed = text.trim();
  return (
    trimmed.length >= 3 &&
    trimmed.length <= column * NARROW &&
    !/^#/.test(trimmed) &&
    !NUMBERED_HEADING.test(trimmed) &&
    !isAllCaps(trimmed) &&
    !isDateline(trimmed) &&
    !opensInSmallCapitals(trimmed) &&
    !/\p{Ll}["”’)]?[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(trimmed)
  );
}

/** A caption opens as a label or a phrase does: with a capital, a figure label or a quotation mark. */
function opensCaption(text: string): boolean {
  return /^\s*["“‘']?[\p{Lu}]/u.test(text);
}

/**
 * Lines wrapped greedily on one measure, as a typesetter sets a caption: the next line's first
 * word would not have fitted on any line but the last. A heading over a caption, or two captions
 * stacked, break where they end, not where the measure does.
 */
function isWrappedOnOneMeasure(part: readonly Line[]): boolean {
  const texts = part.map((l) => l.text.trim());
  const measure = Math.max(...texts.map((t) => t.length));
  return texts.slice(0, -1).every((t, k) => t.length + 1 + (/^\S+/.exec(texts[k + 1]!)?.[0].length ?? 0) > measure);
}

/** How much longer than a caption's measure the text after it runs: the caption is set on a measure of its own. */
const OWN_MEASURE = 1.25;

/** The line after the part is blank, or text set on a measure clearly wider than the part's: the part's lines are not that text's. */
function narrowerThanWhatFollows(lines: readonly Line[], part: readonly Line[]): boolean {
  const next = lines[part[part.length - 1]!.index + 1];
  if (next === undefined || isBlank(next)) return true;
  return next.text.trim().length > OWN_MEASURE * Math.max(...part.map((l) => l.text.trim().length));
}

/** Words after which no caption ends: its wording goes on ("A barge at the lower lock in about" / "1885, …"). */
// Its own words: the approximations a caption's date follows ("about 1885", "c. 1885"). It leaves out "but".
const OPEN_END = endsOnWord(ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, without(COORDINATORS, 'but'), ['about', 'around', 'circa', 'c.']);

/**
 * A caption split by a page break: its line ends on a word no caption ends on, or on no
 * punctuation, one blank line follows (where the running head stood before it was taken out),
 * and the line after it goes on in lower case or with a number ("… in about" / "" / "1885, from
 * a glass negative now"). The caption's other tests (short lines wrapped on one measure, its
 * wording) still decide.
 */
function bridgesPageBreak(lines: readonly Line[], at: number): boolean {
  const [blank, next] = [lines[at + 1], lines[at + 2]];
  const text = lines[at]!.text.trim();
  return blank !== undefined && isBlank(blank) && next !== undefined && !isBlank(next) && (OPEN_END.test(text) || !/[.,;:!?)"”’]$/.test(text)) && /^\s*[\p{Ll}\d]/u.test(next.text);
}

/**
 * The last line of a caption wrapped under a figure label ("Plate 4" / "The bark mill and its
 * horse, drawn" / "for the parish magazine by the" / "curate's sister"): lines on one measure,
 * going on in lower case, ending where a blank line or the file does. Undefined when there is none.
 */
function wrappedUnderLabel(lines: readonly Line[], at: number, below: (k: number) => Line | undefined): number | undefined {
  // below(k) is the line k under the label, at - 1.
  const run: Line[] = [lines[at]!];
  for (let k = 2; k <= MAX_LINES; k++) {
    const next = below(k);
    if (!next || !/^\s*[\p{Ll}\d]/u.test(next.text)) break;
    run.push(next);
  }
  const after = lines[run[run.length - 1]!.index + 1];
  const joined = run.map((l) => l.text.trim()).join(' ');
  const ends = after === undefined || isBlank(after);
  // A closing stop may be the sentence's that the label interrupted ("… the songs, and" / "Fig. 10" / "The chapel" / "the price of a loaf.").
  return run.length >= 2 && ends && wordCount(joined) <= MAX_WORDS && !/[.,;:!?]["”’)]?$/.test(joined) && isWrappedOnOneMeasure(run) ? run[run.length - 1]!.index : undefined;
}

/** The line's first word is capitalised, and the document uses that word in lower case too: a sentence's or a verse line's start, no name. */
function opensOnCommonWordCapitalised(text: string, ctx: PassContext): boolean {
  const word = /^\s*["“‘']?(\p{Lu}\p{Ll}+)\b/u.exec(text)?.[1];
  if (word === undefined) return false;
  const lower = word.toLowerCase();
  return ctx.vocabulary.countLowerCase(lower) > ctx.vocabulary.capitalCount(word);
}

/** Text that opens on what a lost drop cap left: a word's tail that a capital before it makes a known word ("he boat", "obody"). */
function lostDropCap(text: string, ctx: PassContext): boolean {
  const fragment = /^\s*(\p{Ll}+)/u.exec(text)?.[1];
  return fragment !== undefined && startsWithWordTail(text, ctx) && [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].some((capital) => ctx.isKnownWord(capital + fragment));
}

/**
 * The block is set on a measure of its own, clearly narrower than the sentence's lines around it
 * (the line above, and the line below or the one under it when that one ends the paragraph): a
 * paragraph set on a narrow column has lines as short, and is no caption.
 */
function setNarrower(lines: readonly Line[], found: Found, above: number, below: number): boolean {
  let measure = 0;
  for (let k = found.first; k <= found.last; k++) measure = Math.max(measure, lines[k]!.text.trim().length);
  const under = lines[below + 1];
  const after = Math.max(lines[below]!.text.trim().length, under === undefined || isBlank(under) ? 0 : under.text.trim().length);
  return Math.min(lines[above]!.text.trim().length, after) > OWN_MEASURE * measure;
}

/** Lines of a paragraph above a block past which no drop cap reaches: a drop cap stands beside three lines at most. */
const PAST_DROP_CAP = 4;

/**
 * Lines that may be a caption over its credit (the last of them): one after another, the
 * caption's last line ending on no punctuation, and a caption of several lines wrapped on one
 * measure and going on in lower case ("Women at the mill gate on a" / "summer evening with their
 * baskets" / "Photograph: …"). The credit line itself is judged by the caller.
 */
function isCaptionOverCredit(part: readonly Line[], i: number): boolean {
  const caption = part.slice(0, -1);
  if (caption.length === 0 || part.some((l, k) => l.index !== i + k) || /[.,;:!?]$/.test(caption[caption.length - 1]!.text.trim())) return false;
  // A caption's last line over its credit ending on a word no caption ends on ("… whether this was" / "Photo: …" /
  // "intended."): a line of the text whose sentence goes on past the credit, the caption above it.
  if (NO_CAPTION_END.test(caption[caption.length - 1]!.text.trim())) return false;
  if (caption.length === 1) return true;
  return (
    caption.slice(1).every((l) => /^\s*[\p{Ll}\d]/u.test(l.text) && leadingSpace(l.text) === leadingSpace(caption[0]!.text)) &&
    !SENTENCE_END.test(caption.map((l) => l.text.trim()).join(' ')) &&
    isWrappedOnOneMeasure(caption)
  );
}

/** Most words of the caption line over a line naming its source. */
const MAX_NAMED_CAPTION_WORDS = 12;

/**
 * A caption line over a line that names a source or holder without a credit's lead: the caption
 * closes with a stop or nothing (no comma, colon or semicolon: the line below is no list's or
 * sentence's next part), the line below is a few words opening with a capital, closing with
 * nothing, naming someone (a capitalised word past its first) or a holder (see HOLDER_NAMED),
 * and set on the caption's indent. The two are no line of running text only where they interrupt
 * a sentence, which the caller demands.
 */
function isCaptionOverNamedLine(part: readonly Line[]): boolean {
  const [caption, named] = part.map((l) => l.text.trim()) as [string, string];
  if (wordCount(caption) > MAX_NAMED_CAPTION_WORDS || /[,;:!?]$/.test(caption) || /[.!?]["”’]?\s+\S/.test(caption)) return false;
  if (leadingSpace(part[0]!.text) !== leadingSpace(part[1]!.text)) return false;
  if (!/^\p{Lu}/u.test(named) || wordCount(named) > MAX_NAME_WORDS || /[.!?,;:]$/.test(named)) return false;
  const capitalised = named.split(/\s+/).slice(1).some((w) => /^\p{Lu}\p{Ll}{3,}/u.test(w));
  return capitalised || HOLDER_NAMED.test(named);
}

/**
 * Where a caption's wording stands only in the block's first lines and a sentence runs on across
 * it, the block's lines that open in lower case are that sentence's: the line above the block
 * (past a blank line a page break left) is unfinished, the line under it goes on in lower case
 * too, and the lower-case lines carry no caption wording of their own ("… and on the" /
 * "Haymaking in about 1890: note the crowd" / "memories of people who worked the" / "water.").
 * Returns the index of the caption's last line when its first lines are a caption by their own
 * wording; null when they are not, so the block is no caption to take; undefined when the sentence
 * does not run on so, the lower-case lines are worded as a caption's, or the first lines end on a
 * word wanting more or a comma (the caption goes on in the lower-case lines).
 */
function sentenceRunsOn(lines: readonly Line[], part: readonly Line[]): number | null | undefined {
  const lower = part.findIndex((l, k) => k > 0 && /^\s*["“‘(]?\p{Ll}/u.test(l.text));
  if (lower < 0) return undefined;
  const nearest = (from: number, step: number): Line | undefined => {
    const l = lines[from];
    return l !== undefined && isBlank(l) ? lines[from + step] : l;
  };
  const over = nearest(part[0]!.index - 1, -1);
  const under = nearest(part[part.length - 1]!.index + 1, 1);
  if (over === undefined || isBlank(over) || SENTENCE_END.test(over.text.trim()) || /[:;]$/.test(over.text.trim())) return undefined;
  if (under === undefined || isBlank(under) || !/^\s*["“‘(]?\p{Ll}/u.test(under.text)) return undefined;
  const tail = part.slice(lower).map((l) => l.text.trim()).join(' ');
  if (captionEvidence(tail).findings.some((f) => f.weight > 0)) return undefined;
  const headLines = part.slice(0, lower);
  const head = headLines.map((l) => l.text.trim()).join(' ');
  // Ending on a word wanting more or a comma, the caption goes on into the lower-case lines.
  if (OPEN_END.test(head) || /[,;:]$/.test(head)) return undefined;
  const evidence = captionEvidence(head);
  const worded = evidence.score >= BLOCK_CAPTION && evidence.findings.some((f) => f.weight > 0 && !/year/.test(f.reason));
  return worded ? headLines[headLines.length - 1]!.index : null;
}

interface Found {
  first: number;
  last: number;
  reason: string;
  /** Goes only where it interrupts a sentence: its first line alone could be a heading. */
  onlyInSentence?: boolean;
  /** Found by its shape alone: it goes only inside a sentence whose line above fills the column, and is not noted elsewhere. */
  quiet?: boolean;
  /** Under a heading: only its own line goes; the heading above never closes up with the text below. */
  underHeading?: boolean;
}

/**
 * The caption whose lines start at `i`: a figure label with the caption line under it; a
 * caption with its credit line under it; or a caption wrapped over several short lines whose
 * wording, read as one, is a caption's (a picture dated, credited or named as one). Undefined
 * when the lines at `i` are none of these.
 */
function captionAt(lines: readonly Line[], i: number, column: readonly number[], ctx: PassContext): Found | undefined {
  const line = lines[i]!;
  const width = column[i]!;
  if (isBlank(line) || !couldBeCaptionLine(line.text, width) || !opensCaption(line.text)) return undefined;
  const below = (k: number): Line | undefined => {
    const l = lines[i + k];
    return l === undefined || isBlank(l) || !couldBeCaptionLine(l.text, column[i + k]!) ? undefined : l;
  };
  // A figure label, and the caption line under it when it has a caption's shape (no closing stop, a few words).
  if (FIGURE_LABEL.test(line.text)) {
    const next = below(1);
    const withCaption = next !== undefined && opensCaption(next.text) && !/[.,;:!?]$/.test(next.text.trim()) && wordCount(next.text) <= 14;
    const wrapped = next !== undefined && opensCaption(next.text) ? wrappedUnderLabel(lines, i + 1, below) : undefined;
    if (wrapped !== undefined) return { first: i, last: wrapped, reason: `a figure label and the caption wrapped under it over ${wrapped - i} lines` };
    if (withCaption) return { first: i, last: i + 1, reason: 'a figure label and the caption under it' };
    return { first: i, last: i, reason: 'a figure label on its own line' };
  }
  // A caption over a line that credits its source in words of its own ("The market cross." / "Borough Museum print"),
  // the two standing alone: by their place only, so only where they interrupt a sentence. A line with a credit's lead is
  // judged as a credit below.
  const named = below(1);
  const third = lines[i + 2];
  if (named !== undefined && !isCreditLine(named.text.trim(), captionEvidence(named.text.trim())) && isCaptionOverNamedLine([line, named]) && (third === undefined || isBlank(third) || !couldBeCaptionLine(third.text, column[i + 2]!))) {
    // Set apart by blank lines between two paragraphs, the caption in sentence case and closed by a full stop (a heading
    // is set in title case, or closes with no stop, and a heading with a byline under it stays), the pair is a picture's
    // caption and credit without a sentence to interrupt. A name alone under a sentence is a letter's signature or a
    // byline: it needs a holder's word ("Record Office", "collection") to be a credit there.
    const over = lines[i - 1];
    const apart = (over === undefined || isBlank(over)) && (third === undefined || isBlank(third)) && isSentenceCase(line.text) && /[\p{Ll}\d]\.$/u.test(line.text.trim()) && (!isName(named.text.trim()) || HOLDER_NAMED.test(named.text));
    if (apart) return { first: i, last: i + 1, reason: 'a caption in sentence case, closed by a full stop, and a short line under it naming a source or holder, set apart by blank lines' };
    return { first: i, last: i + 1, reason: 'a caption and a short line under it naming a source or holder, set into a sentence', quiet: true };
  }
  // The caption's lines: the first and up to MAX_LINES - 1 more, none closing a sentence before the last. A page
  // break may split the caption, its running head gone and a blank line left (see bridgesPageBreak).
  const run: Line[] = [line];
  while (run.length < MAX_LINES) {
    const last = run[run.length - 1]!;
    if (SENTENCE_END.test(last.text.trim()) && !OPEN_END.test(last.text.trim())) break;
    const next = below(last.index + 1 - i) ?? (bridgesPageBreak(lines, last.index) ? below(last.index + 2 - i) : undefined);
    if (!next) break;
    run.push(next);
  }
  for (let n = run.length; n >= 2; n--) {
    const part = run.slice(0, n);
    const joined = part.map((l) => l.text.trim()).join(' ');
    if (wordCount(joined) > MAX_WORDS || SENTENCE_END.test(joined) || /[,;:]$/.test(joined)) continue;
    // A caption with its credit on the last line: "The mill yard from the north" / "Photograph: the author".
    const lastLine = part[part.length - 1]!.text.trim();
    const credit = captionEvidence(lastLine);
    if (isCaptionOverCredit(part, i) && isCreditLine(lastLine, credit)) {
      // Set apart: blank lines (or the file's edge) above the caption and under the credit, so no heading stands over them;
      // or under a line whose sentence goes on (a page break took the blank lines with the running head), blank under the credit.
      const [over, under] = [lines[i - 1], lines[i + n]];
      const open = over !== undefined && !isBlank(over) && !SENTENCE_END.test(over.text.trim()) && !/[:;]$/.test(over.text.trim()) && !isMarkedBlock(over.text);
      // Or between two sentences of a paragraph with no blank line, both text lines clearly wider than the caption's: a
      // caption and its credit set on a measure of their own where the page had a picture between two lines.
      const measure = Math.max(...part.map((l) => l.text.trim().length));
      const wider = (l: Line | undefined): boolean => l !== undefined && !isBlank(l) && l.text.trim().length > OWN_MEASURE * measure;
      const betweenSentences = wider(over) && wider(under) && SENTENCE_END.test(over!.text.trim()) && /^\s*["“‘]?\p{Lu}\p{Ll}/u.test(under!.text) && !isMarkedBlock(over!.text);
      const setApart = ((over === undefined || isBlank(over) || open) && (under === undefined || isBlank(under))) || betweenSentences;
      const apart = setApart && creditsHolder(lastLine) && isSentenceCase(part[0]!.text);
      return {
        first: i,
        last: i + n - 1,
        reason: `a caption${n > 2 ? ` wrapped over ${n - 1} lines` : ''} and its credit line; ${reasons(credit)}${apart ? '; the credit names who holds the picture, the line over it is in sentence case' : ''}`,
        onlyInSentence: !apart,
      };
    }
    // A caption's lines share one indent: a line set in further than the one above starts something else. Its first
    // line may be the picture's name on a line of its own, the description wrapped under it ("Handloom weavers" /
    // "at work in about 1916, from a" / "glass negative now lost").
    if (!(isWrappedOnOneMeasure(part) || (n >= 3 && isWrappedOnOneMeasure(part.slice(1)) && narrowerThanWhatFollows(lines, part))) || part.some((l) => leadingSpace(l.text) !== leadingSpace(part[0]!.text))) continue;
    // A line under the first opening on a capitalised article starts something of its own: a heading with the caption
    // under it ("The coming of the free library" / "A wages march in 1947") is no caption wrapped over two lines.
    if (part.slice(1).some((l) => /^\s*["“‘']?(?:A|An|The|This|These|Those)\s/u.test(l.text))) {
      // The second of two such lines may be the caption under a heading, worded as a caption beyond doubt and over the
      // paragraph the heading opens: it goes alone, the heading stays.
      const [heading, caption] = part;
      const next = lines[caption!.index + 1];
      const overParagraph = next !== undefined && !isBlank(next) && !couldBeCaptionLine(next.text, column[next.index]!);
      const wording = n === 2 && overParagraph && isBlank(lines[i - 1]) && !/[.,;:!?]$/.test(heading!.text.trim()) ? captionWording(caption!.text) : undefined;
      if (wording) return { first: caption!.index, last: caption!.index, reason: `a caption under a heading; ${reasons(wording)}`, underHeading: true };
      continue;
    }
    // A line under the first opening on a capitalised word that the document writes in lower case elsewhere starts a
    // sentence or a line of verse of its own ("Courtesy of the Harbour Trust" / "Slowly the river turns again"): a
    // caption's wrapped line goes on in lower case, or with a name.
    if (part.slice(1).some((l) => opensOnCommonWordCapitalised(l.text, ctx))) continue;
    // A caption wrapped on a narrow measure, its wording read as one. Under a longer line of a sentence that goes on, lines as
    // long as that one are the sentence's own ("… The drains were last" / "Visitors outside the chapel, c. 1884" /
    // "cleared properly in 1908, and since then the work"): only the lines above them may be the caption.
    const over = lines[i - 1];
    const sentenceMeasure =
      over !== undefined && !isBlank(over) && !SENTENCE_END.test(over.text.trim()) && !/[:;]$/.test(over.text.trim()) && over.text.trim().length > line.text.trim().length
        ? over.text.trim().length
        : 0;
    if (sentenceMeasure > 0 && part.slice(1).some((l) => l.text.trim().length >= sentenceMeasure * 0.9)) {
      // The first line alone, worded as a caption beyond a year, goes where it interrupts that sentence.
      const alone = captionEvidence(line.text.trim());
      if (alone.score >= BLOCK_CAPTION && alone.findings.some((f) => f.weight > 0 && !/year/.test(f.reason)))
        return { first: i, last: i, reason: `a caption line set into a sentence; ${reasons(alone)}`, onlyInSentence: true };
      continue;
    }
    const evidence = captionEvidence(joined);
    const beyondYear = evidence.findings.some((f) => f.weight > 0 && !/year/.test(f.reason));
    if (evidence.score >= BLOCK_CAPTION && beyondYear) {
      // A sentence running on across the block: its lower-case lines may be the sentence's own (see sentenceRunsOn).
      const head = sentenceRunsOn(lines, part);
      if (head === null) continue;
      if (head !== undefined) return { first: i, last: head, reason: `a caption line set into a sentence that runs on under it; ${reasons(captionEvidence(lines.slice(i, head + 1).map((l) => l.text.trim()).join(' ')))}`, onlyInSentence: true };
      return { first: i, last: part[n - 1]!.index, reason: `a caption over ${n} short lines; ${reasons(evidence)}` };
    }
  }
  // Without a caption's wording, the shape alone: short lines set apart by blank lines, wrapped on one measure, the first in
  // capitals, the rest going on in lower case, no sentence closed inside (a stanza's lines open in capitals; a heading is
  // not wrapped so). Only where it interrupts a sentence.
  // All the short lines there are, up to a blank line or a line of the text's measure: a part of them may be a quotation's.
  const lastOfRun = run[run.length - 1]!;
  const afterRun = lines[lastOfRun.index + 1];
  const whole = afterRun === undefined || isBlank(afterRun) || !couldBeCaptionLine(afterRun.text, column[afterRun.index]!);
  const joined = run.map((l) => l.text.trim()).join(' ');
  // Set apart by blank lines on both sides, or deep in its paragraph: the lines beside a drop cap are short and wrapped on
  // one measure too, under the paragraph's first line.
  const apart = [lines[i - 1], afterRun].every((l) => l !== undefined && isBlank(l));
  let depth = 0;
  while (depth < i && !isBlank(lines[i - 1 - depth])) depth++;
  if (
    whole &&
    (apart || depth >= PAST_DROP_CAP) &&
    run.length >= 2 &&
    !/[.!?]["”’)\]]*\s+\S/.test(joined) &&
    wordCount(joined) <= MAX_WORDS &&
    !SENTENCE_END.test(joined) &&
    !/[,;:]$/.test(joined) &&
    !/^\s*["“‘']/.test(joined) &&
    run.slice(1).every((l) => /^\s*[\p{Ll}\d]/u.test(l.text)) &&
    isWrappedOnOneMeasure(run) &&
    run.every((l) => leadingSpace(l.text) === leadingSpace(line.text))
  ) {
    return { first: i, last: lastOfRun.index, reason: `a block of ${run.length} short lines wrapped on one measure, going on in lower case`, onlyInSentence: true, quiet: true };
  }
  return undefined;
}

/**
 * The first of the block's last lines that finish the sentence above it, when the block stands
 * directly under a line whose sentence goes on and nothing after the block goes on in lower case
 * ("… was regularly" / "Visitors outside the chapel, c. 1874" / "defeated" / "The hall in its
 * prime"): the sentence ends in the block's lines that open in lower case, not in the caption.
 * Only when the lines above them are a caption by their own wording and end as a caption does
 * (not on a word wanting more or a comma), and the lower-case lines hold no date or number;
 * undefined otherwise: the block is then a caption wrapped onto a lower-case line, and goes whole.
 */
function sentenceTail(lines: readonly Line[], found: Found, before: Line, after: Line | undefined): number | undefined {
  if (found.last === found.first || before.index !== found.first - 1 || isBlank(before) || SENTENCE_END.test(before.text.trim()) || /[:;,]$/.test(before.text.trim())) return undefined;
  if (after !== undefined && !isBlank(after) && /^\s*["“‘(]?\p{Ll}/u.test(after.text)) return undefined;
  let tail = found.last;
  while (tail > found.first && /^\s*\p{Ll}/u.test(lines[tail]!.text)) tail--;
  if (tail === found.last || tail < found.first) return undefined;
  // Lines above that end on a word wanting more, or a comma, go on in the lower-case lines; a date or a number there is a
  // caption's; a blank line between is a page break inside the caption.
  const head = lines[tail]!.text.trim();
  if (head === "" || OPEN_END.test(head) || /[,:;]$/.test(head) || lines.slice(tail + 1, found.last + 1).some((l) => /\d/.test(l.text))) return undefined;
  const caption = lines.slice(found.first, tail + 1).map((l) => l.text.trim()).join(' ');
  const evidence = captionEvidence(caption);
  if (evidence.score < BLOCK_CAPTION || !evidence.findings.some((f) => f.weight > 0 && !/year/.test(f.reason))) {
    return undefined;
  }
  return tail + 1;
}

/**
 * Picture captions of a PDF extraction that take more than one line: a figure label ("Fig. 11",
 * "Plate 4") on its own line with the caption under it, a caption with its credit on the line
 * below, or a caption wrapped on a narrow measure whose wording, read across its lines, dates or
 * credits a picture. Each line alone may say too little; together they say it. All lines must
 * be shorter than the text's column. Set between two lines of one sentence (the line above
 * unfinished, the line below going on in lower case, blank lines or not), the caption goes and
 * the sentence closes up; elsewhere its lines go.
 */
export const removeCaptionBlock: Pass = {
  ruleId: 'pdf/caption-block',
  run(text, ctx: PassContext) {
    const lines = splitLines(text);
    const local = lineWidths(lines).column;
    const wide = wideMeasure(lines);
    const column = local.map((c, k) => Math.max(c, wide[k]!));
    const edits: Edit[] = [];
    for (let i = 1; i < lines.length; i++) {
      const found = captionAt(lines, i, column, ctx);
      if (!found) continue;
      let above = found.first - 1;
      while (above > 0 && isBlank(lines[above])) above--;
      let below = found.last + 1;
      while (below < lines.length - 1 && isBlank(lines[below])) below++;
      const before = lines[above]!;
      const after = lines[below];
      const closesUp =
        !found.underHeading &&
        edits.every((e) => e.end <= before.end) &&
        !isBlank(before) &&
        !SENTENCE_END.test(before.text.trim()) &&
        !/[:;]$/.test(before.text.trim()) &&
        after !== undefined &&
        !isBlank(after) &&
        /^\s*["“‘(]?\p{Ll}/u.test(after.text) &&
        // Text opening on a word's tail may have lost its drop cap, and a heading may stand above it, after a paragraph's
        // last line that lost its stop; a line above that fills the column is no paragraph's last.
        (before.text.trim().length >= local[above]! * FULL_LINE || !startsWithWordTail(after.text, ctx));
      // Between two lines that rhyme, the short lines are a stanza's: they stay, noted.
      if (closesUp && rhymesAcross(before, after!)) {
        ctx.keep(lines[found.first]!.start, lines[found.first]!.text.trim(), `between two lines that rhyme, a stanza's short lines (${found.reason})`);
        i = found.last;
        continue;
      }
      // A list of names wrapped across the block's edges is the sentence's own lines: they stay.
      if (closesUp && namesRunAcross(lines[found.first - 1], lines.slice(found.first, found.last + 1), lines[found.last + 1])) {
        i = found.last;
        continue;
      }
      // Found by its shape alone, it goes only from a sentence whose line above fills the column, over text that lost no drop cap.
      if (found.quiet && !(closesUp && before.text.trim().length >= local[above]! * FULL_LINE && !lostDropCap(after!.text, ctx) && setNarrower(lines, found, above, below))) continue;
      const tail = closesUp ? undefined : sentenceTail(lines, found, before, after);
      if (tail !== undefined) {
        // The caption's lines go and the sentence above closes up with the lines that finish it.
        edits.push({ start: before.end, end: lines[tail]!.start, text: '\n', ruleId: 'pdf/caption-block', reason: `${found.reason}; the lines under it in lower case finish the sentence above` });
        i = found.last;
        continue;
      }
      if (found.onlyInSentence && !closesUp) {
        ctx.keep(lines[found.first]!.start, lines[found.first]!.text.trim(), `over a credit line, but not inside a sentence: a heading may stand there (${found.reason})`);
        continue;
      }
      const first = lines[found.first]!;
      const last = lines[found.last]!;
      edits.push(
        closesUp
          ? { start: before.end, end: after.start, text: '\n', ruleId: 'pdf/caption-block', reason: `${found.reason}; set into a sentence` }
          : { start: first.start, end: Math.min(last.end + 1, text.length), text: '', ruleId: 'pdf/caption-block', reason: found.reason },
      );
      i = closesUp ? below - 1 : found.last;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from the text flow`,
};
