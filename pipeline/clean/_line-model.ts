import { isTitleCase, namesAgency } from './_evidence.ts';
import { SENTENCE_END, isBlank, median, nextContentLine, normaliseForComparison, previousContentLine, splitLines, wordCount, type Line } from './_lines.ts';
import { ARTICLES, POSSESSIVES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, oneOf, without } from './_function-words.ts';

/**
 * A small logistic model of one question about a short line standing between paragraphs: is
 * it furniture (a picture's caption, a credit) or the piece's own text (a heading, a short
 * paragraph)? The evidence is the line's shape and place, never its wording: length against the
 * document's measure, blank lines around it, how the lines around it end and begin, its case and
 * punctuation, whether it reads as a sentence, whether its words are the document's own and the
 * next paragraph's, its length against the lines around it, whether it stands in a block of two
 * or three short lines, whether the paragraph above goes on below it, a credit's shape, a finite
 * verb, quotation marks, whether it repeats runs of the text's words, whether it stands as an
 * epigraph's attribution (a dash or brackets under a quotation near the top); and, by sense that
 * holds in seven tongues, how much of it is joining words (GLUE), whether an auxiliary or a
 * subject pronoun gives it a clause (CLAUSE), names and figures against its words, marks no
 * sentence uses, a sentence ending inside it, a full or unfinished line above and lower case
 * below. No feature names a caption's or a credit's words: the picture-word cues, the English
 * date line and the opening article were dropped, for with them the model learnt wordings (fitted
 * without them it removed as much on the sets it never saw). The same question
 * is put of a block of two to four lines (blockCandidates: set apart by blank lines, or set into
 * a sentence) to a second model, over the same features and a block's own (BLOCK_FEATURES), with
 * a threshold of its own chosen the same way. Weights live in
 * line-model.json, fitted by scripts/refit-line-model.ts (`npm run refit`) on the debug splits'
 * leftovers (development rounds 0–4, validations 1, 2, 3, 6 and 7; not 8, see the refit script) and the cleaner's fixtures,
 * with a threshold no text line of a wording set reaches when that set is left out of the fit;
 * each decision keeps its reasons, the features that weighed most.
 */
export interface LineModel {
  /** Feature names, in the order of `weights`, `mean` and `scale`. */
  features: string[];
  /** Features are standardised ((x - mean) / scale) before they are weighed. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** Probability from which a candidate line goes; below it the line stays and its probability is reported. */
  threshold: number;
  /** What the model was fitted on, for the record. */
  fittedOn: { cases: number; candidates: number; furniture: number; text: number; splits: string; fixtures: number };
  /**
   * The block model: the same question about a block of two to four lines set apart by blank
   * lines (a wrapped caption, a caption and its credit), weighed over FEATURES and BLOCK_FEATURES
   * with a threshold of its own, chosen the same way.
   */
  block?: Omit<LineModel, 'block'>;
}

/** A line, or a block of lines (index to last) read as one line: its text the lines joined. */
export interface Unit extends Line {
  /** Index of the unit's last line (its first is `index`). */
  last: number;
}

/** One feature: its name, what it says of a line above the training lines' mean (`reason`) and below it (`absent`). */
export interface Feature {
  name: string;
  reason: string;
  absent?: string;
  measure(line: Unit, doc: LineDocument): number;
}

/** Most words a candidate line runs to: longer lines are prose. */
export const MAX_CANDIDATE_WORDS = 14;

/** Lower-case words ≥ 4 letters that carry a topic: no function words. */
const FUNCTION_WORDS = new Set(
  'about above after again against also been before being below between both could does down during each even from have having here into itself just more most much must only other over same should some such than that their them then there these they this those through under until very were what when where which while will with would your'.split(' '),
);
/** A finite verb's common forms: a line with one among lower-case words reads as a sentence. */
const FINITE_VERB = /\b(?:is|was|were|are|am|has|had|have|will|would|could|can|shall|should|may|might|must|did|does|do|said|says|made|makes|took|takes|gave|gives|came|comes|went|goes|became|seemed|knew|thought|found|told|\p{Ll}{3,}ed)\b/u;
/**
 * Common finite forms of being, having and saying in the other tongues a page may carry
 * (French, German, Spanish, Italian, Portuguese, Dutch): a line with one reads as a sentence there.
 */
const OTHER_FINITE_VERB = /(?<!\p{L})(?:est|sont|était|étaient|ont|avait|sera|ist|sind|war|waren|hat|haben|hatte|wird|werden|es|son|era|eran|fue|fueron|ha|han|había|è|sono|erano|hanno|aveva|é|são|foi|foram|tem|têm|tinha|zijn|wordt|werd|heeft|hebben|had)(?!\p{L})/iu;
/** A dash (or an escaped hyphen) opening a line, as an attribution opens. */
const OPENING_DASH = /^(?:[–—]|\\?-\s)\s*/;
const YEAR = /\b(?:1[5-9]\d\d|20\d\d)s?\b/;
const SECTION_NUMBER = /^\s*(?:\d{1,3}|[IVXLC]{1,6})\\?[.)]\s+\S/;
/** A line ends where no sentence ends: on a comma, a dash, a broken word or a word that wants more. */
// Of the possessives it leaves out "your": as it was written, listed for the lead.
const OPEN_END = new RegExp(
  String.raw`(?:[,;\-\u00AD–—]|\b${oneOf(ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, ['into'], COORDINATORS, ['as', 'that'], without(POSSESSIVES, 'your'), ['whose', 'which', 'who'])}\b)["'”’]?$`,
  'i',
);

/** Words in a run that a repeated sentence shares with the text. */
const RUN = 3;
const runWords = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
}

/** What the features need to know of the whole document, computed once. */
export class LineDocument {
  readonly lines: readonly Line[];
  readonly web: boolean;
  /** The document's measure: the median length of its lines of eight words or more. */
  readonly measure: number;
  /** How often each content word occurs in the document. */
  private readonly counts = new Map<string, number>();
  /** How often each line (normalised) occurs. */
  private readonly lineCounts = new Map<string, number>();
  /** Share of the document's short lines standing alone that are in title case: its heading style. */
  readonly titleCaseShare: number;
  /** Lines an earlier pass listed as "kept, may be furniture" (normalised). */
  private readonly keptTexts: ReadonlySet<string>;
  /** Offsets of each line's first content word in the document's word list, for the paragraphs around it. */
  private readonly wordsAt: number[] = [];
  private readonly words: string[] = [];
  /** How often each run of three words (any words, lower case) occurs in the document: a line whose runs recur repeats the text. */
  private readonly runs = new Map<string, number>();
  /** Each line's block: the lines of its run of non-blank lines, first and last index. */
  private readonly blockOf: { first: number; last: number }[] = [];

  constructor(text: string, web: boolean, kept: readonly string[]) {
    this.lines = splitLines(text);
    this.web = web;
    this.measure = median(this.lines.filter((l) => wordCount(l.text) >= 8).map((l) => l.text.trim().length)) || 60;
    for (const line of this.lines) {
      this.wordsAt.push(this.words.length);
      for (const w of contentWords(line.text)) {
        this.words.push(w);
        this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
      }
      const key = normaliseForComparison(line.text);
      if (key) this.lineCounts.set(key, (this.lineCounts.get(key) ?? 0) + 1);
    }
    this.wordsAt.push(this.words.length);
    const all = this.lines.flatMap((l) => runWords(l.text));
    for (let i = 0; i + RUN <= all.length; i++) {
      const run = all.slice(i, i + RUN).join(' ');
      this.runs.set(run, (this.runs.get(run) ?? 0) + 1);
    }
    let first = 0;
    this.lines.forEach((line, i) => {
      if (isBlank(line)) first = i + 1;
      this.blockOf.push({ first, last: i });
    });
    for (let i = this.lines.length - 2; i >= 0; i--) if (!isBlank(this.lines[i]) && !isBlank(this.lines[i + 1])) this.blockOf[i]!.last = this.blockOf[i + 1]!.last;
    const standing = this.lines.filter((l) => isCandidateShape(l.text) && (isBlank(this.lines[l.index - 1]) || l.index === 0));
    this.titleCaseShare = standing.length ? standing.filter((l) => isTitleCase(l.text)).length / standing.length : 0.5;
    this.keptTexts = new Set(kept.map((k) => normaliseForComparison(k)));
  }

  count(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  recurs(line: Line): boolean {
    return (this.lineCounts.get(normaliseForComparison(line.text)) ?? 0) > 1;
  }

  /** Share of the line's runs of three words that occur elsewhere in the document too (a pull quote repeats a sentence of the text). */
  repeats(line: Line): number {
    const words = runWords(line.text);
    if (words.length < RUN + 1) return 0;
    let recurring = 0;
    for (let i = 0; i + RUN <= words.length; i++) if ((this.runs.get(words.slice(i, i + RUN).join(' ')) ?? 0) > 1) recurring++;
    return recurring / (words.length - RUN + 1);
  }

  /** The run of non-blank lines the line stands in. */
  block(line: Line): { first: number; last: number } {
    return this.blockOf[line.index]!;
  }

  kept(line: Line): boolean {
    return this.keptTexts.has(normaliseForComparison(line.text));
  }

  /** Content words of the `n` words after the line (or before it). */
  around(line: Unit, n: number, after: boolean): Set<string> {
    const at = after ? this.wordsAt[line.last + 1]! : this.wordsAt[line.index]!;
    return new Set(after ? this.words.slice(at, at + n) : this.words.slice(Math.max(0, at - n), at));
  }
}

/** A line a candidate may be: short, with letters, no Markdown block mark, not ending as a line that goes on. */
export function isCandidateShape(text: string): boolean {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  return words >= 1 && words <= MAX_CANDIDATE_WORDS && /\p{L}{2}/u.test(trimmed) && !/^(?:#|>|[-*+]\s|\|)/.test(trimmed) && !OPEN_END.test(trimmed);
}

const trim = (line: Line): string => line.text.trim();
const flag = (b: boolean): number => (b ? 1 : 0);
const above = (line: Unit, doc: LineDocument): Line | undefined => previousContentLine(doc.lines, line.index);
const below = (line: Unit, doc: LineDocument): Line | undefined => nextContentLine(doc.lines, line.last);
const isShort = (l: Line | undefined, doc: LineDocument): boolean => l !== undefined && wordCount(l.text) <= MAX_CANDIDATE_WORDS && l.text.trim().length < doc.measure * 0.6;
const shareIn = (line: Line, set: ReadonlySet<string>): number => {
  const words = contentWords(line.text);
  return words.length ? words.filter((w) => set.has(w)).length / words.length : 0;
};
/** Words around a line taken as its neighbouring paragraphs. */
const NEIGHBOURHOOD = 60;

/**
 * Words that hold a sentence together, a small closed class in the tongues a page may carry
 * (English, French, German, Spanish, Italian, Portuguese, Dutch): articles, prepositions,
 * conjunctions, pronouns, auxiliaries. Running prose is thick with them; captions, credits,
 * bylines and headings are thin.
 */
const GLUE = new Set(
  [
    'a an the of to in on at by for from with into and or but as that this these those it its he she they we you i him her them us his their our my your who which what when where if not no so than then there is are was were be been being has have had do does did will would can could shall should may might must',
    'le la les un une des du de et ou mais que qui dans sur pour par avec en au aux ce cette ces il elle ils elles nous vous je son sa ses leur leurs est sont était étaient a ont avait sera pas ne se',
    'der die das den dem des ein eine einen einem einer und oder aber dass in im auf an am zu zum zur mit von vom für bei aus nach er sie es wir ihr ich sein seine ist sind war waren hat haben hatte wird werden nicht sich auch',
    'el la los las un una unos unas y o pero que en con por para del al se su sus es son era eran fue fueron ha han había no lo le les nos',
    'il lo gli le un uno una e o ma che di da in con su per tra fra del della dei delle al alla è sono era erano ha hanno aveva non si',
    'o a os as um uma e ou mas que de em com por para do da dos das no na nos nas ao é são era foi foram tem têm tinha não se',
    'de het een en of maar dat die in op aan met van voor bij uit naar hij zij ze wij we ik is zijn was waren heeft hebben had wordt werd niet zich',
  ]
    .join(' ')
    .split(' '),
);
/** Auxiliaries, copulas and subject pronouns of the same tongues: a finite clause's evidence from a closed class, not from one tongue's verb endings. */
const CLAUSE = new Set(
  [
    'is are was were be has have had do does did will would can could shall should may might must i he she it we they you',
    'est sont était étaient ont avait sera je il elle nous vous ils elles',
    'ist sind war waren hat haben hatte wird werden ich er sie wir',
    'es son era eran fue fueron ha han había yo él ella nosotros ellos',
    'è sono era erano ha hanno aveva io lui lei noi loro',
    'é são era foi foram tem têm tinha eu ele ela nós eles',
    'zijn heeft hebben wordt werd ik hij zij wij',
  ]
    .join(' ')
    .split(' '),
);
const lowerWords = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** The features, in a fixed order (the model's weights follow it). */
export const FEATURES: readonly Feature[] = [
  { name: 'words', reason: 'long in words', absent: 'short in words', measure: (l) => wordCount(trim(l)) / 10 },
  { name: 'measure', reason: 'wide for the text’s measure', absent: 'narrow for the text’s measure', measure: (l, d) => Math.min(trim(l).length / d.measure, 1.5) },
  { name: 'blank-above', reason: 'a blank line above', measure: (l, d) => flag(isBlank(d.lines[l.index - 1])) },
  { name: 'blank-below', reason: 'a blank line below', measure: (l, d) => flag(isBlank(d.lines[l.last + 1])) },
  { name: 'after-sentence', reason: 'the line above ends a sentence', absent: 'the line above ends without a stop', measure: (l, d) => flag(SENTENCE_END.test(trim(above(l, d) ?? l))) },
  { name: 'after-open', reason: 'the line above is left open', absent: 'the line above is finished', measure: (l, d) => flag(OPEN_END.test(trim(above(l, d) ?? l)) || !/[.!?:;"”’)]$/.test(trim(above(l, d) ?? l))) },
  { name: 'next-lower', reason: 'the line below goes on in lower case', absent: 'the line below opens with a capital', measure: (l, d) => flag(/^["“‘(]?\p{Ll}/u.test(trim(below(l, d) ?? l))) },
  { name: 'set-into-sentence', reason: 'set into a sentence', absent: 'not set into a sentence', measure: (l, d) => flag(OPEN_END.test(trim(above(l, d) ?? l)) && /^["“‘(]?\p{Ll}/u.test(trim(below(l, d) ?? l))) },
  { name: 'ends-stop', reason: 'ends with a full stop', absent: 'no full stop at its end', measure: (l) => flag(/[.!]["'”’)]?$/.test(trim(l))) },
  { name: 'ends-question', reason: 'ends with a question mark', absent: 'no question mark at its end', measure: (l) => flag(/\?["'”’)]?$/.test(trim(l))) },
  { name: 'ends-colon', reason: 'ends with a colon', absent: 'no colon at its end', measure: (l) => flag(/:$/.test(trim(l))) },
  { name: 'title-case', reason: 'in title case', absent: 'not in title case', measure: (l) => flag(isTitleCase(trim(l).replace(/\s*\([^)]*\)$/, ''))) },
  {
    name: 'capitals',
    reason: 'many capitalised words',
    absent: 'few capitalised words',
    measure: (l) => {
      const words = trim(l).match(/\p{L}+/gu) ?? [];
      return words.length ? words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length : 0;
    },
  },
  { name: 'all-caps', reason: 'set in capitals', absent: 'not in capitals', measure: (l) => flag(/\p{Lu}{3}/u.test(trim(l)) && trim(l) === trim(l).toUpperCase()) },
  { name: 'digits', reason: 'digits', measure: (l) => flag(/\d/.test(trim(l))) },
  { name: 'year', reason: 'a year', measure: (l) => flag(YEAR.test(trim(l))) },
  { name: 'ends-year', reason: 'ends on a year', absent: 'does not end on a year', measure: (l) => flag(/\b(?:1[5-9]\d\d|20\d\d)s?\)?[.]?$/.test(trim(l))) },
  { name: 'brackets', reason: 'words in brackets', measure: (l) => flag(/\([^)]+\)/.test(trim(l))) },
  // A dash inside the line (a key's, a range's, a credit's); one that opens it marks an attribution, weighed apart.
  { name: 'dash', reason: 'a dash', measure: (l) => flag(/[–—]|\s-\s/.test(trim(l).replace(OPENING_DASH, ''))) },
  { name: 'opens-dash', reason: 'opens with a dash', absent: 'no dash first', measure: (l) => flag(OPENING_DASH.test(trim(l))) },
  { name: 'after-quote', reason: 'under a quotation', absent: 'not under a quotation', measure: (l, d) => flag(/["”’'»]$/.test(trim(above(l, d) ?? l)) && above(l, d) !== undefined) },
  { name: 'inner-colon', reason: 'a colon inside', measure: (l) => flag(/:\s+\S/.test(trim(l))) },
  { name: 'numbered', reason: 'numbered like a section', absent: 'not numbered', measure: (l) => flag(SECTION_NUMBER.test(trim(l))) },
  {
    name: 'reads-as-sentence',
    reason: 'reads as a sentence', absent: 'does not read as a sentence',
    measure: (l) => {
      const lower = (trim(l).match(/(?<![\p{L}'’])\p{Ll}+/gu) ?? []).length;
      return flag(lower >= 3 && FINITE_VERB.test(trim(l)));
    },
  },
  { name: 'very-short', reason: 'two words or fewer', absent: 'more than two words', measure: (l) => flag(wordCount(trim(l)) <= 2) },
  { name: 'position', reason: 'late in the file', absent: 'early in the file', measure: (l, d) => l.index / Math.max(1, d.lines.length) },
  { name: 'recurs', reason: 'the same line recurs', absent: 'the line occurs once', measure: (l, d) => flag(d.recurs(l)) },
  {
    name: 'own-words',
    reason: 'its words are the text’s own',
    absent: 'its words are not the text’s own',
    measure: (l, d) => {
      const words = contentWords(l.text);
      return words.length ? words.filter((w) => d.count(w) > 1).length / words.length : 0;
    },
  },
  { name: 'shares-next', reason: 'shares words with the text below', absent: 'shares few words with the text below', measure: (l, d) => shareIn(l, d.around(l, NEIGHBOURHOOD, true)) },
  { name: 'shares-previous', reason: 'shares words with the text above', absent: 'shares few words with the text above', measure: (l, d) => shareIn(l, d.around(l, NEIGHBOURHOOD, false)) },
  { name: 'kept-earlier', reason: 'an earlier rule doubted it', absent: 'no earlier rule doubted it', measure: (l, d) => flag(d.kept(l)) },
  { name: 'short-above', reason: 'a short line above', measure: (l, d) => flag(isShort(above(l, d), d)) },
  { name: 'short-below', reason: 'a short line below', measure: (l, d) => flag(isShort(below(l, d), d)) },
  { name: 'outside-style', reason: 'outside the text’s heading style', absent: 'in the text’s heading style', measure: (l, d) => Math.abs(flag(isTitleCase(trim(l))) - d.titleCaseShare) },
  { name: 'set-in', reason: 'set in from the margin', absent: 'flush with the margin', measure: (l) => flag(/^\s+\S/.test(l.text)) },
  { name: 'web', reason: 'a web page', absent: 'a PDF extraction', measure: (_l, d) => flag(d.web) },
  {
    name: 'neighbour-measure',
    reason: 'long against the lines around it',
    absent: 'short against the lines around it',
    measure: (l, d) => {
      const around = [above(l, d), below(l, d)].filter((n): n is Line => n !== undefined).map((n) => n.text.trim().length);
      return around.length ? Math.min(trim(l).length / (around.reduce((a, b) => a + b, 0) / around.length), 1.5) : 1;
    },
  },
  {
    name: 'short-block',
    reason: 'in a block of two or three short lines',
    absent: 'not in a block of short lines',
    measure: (l, d) => {
      const { first, last } = d.block(l);
      const size = last - first + 1;
      return flag(size >= 2 && size <= 3 && d.lines.slice(first, last + 1).every((n) => isShort(n, d)));
    },
  },
  {
    name: 'paragraph-continues',
    reason: 'the paragraph above goes on below it',
    absent: 'the paragraph above does not go on below it',
    measure: (l, d) => {
      const prev = above(l, d);
      const next = below(l, d);
      return flag(prev !== undefined && next !== undefined && trim(prev).length >= d.measure * 0.8 && !/[.!?:"”’)]$/.test(trim(prev)) && /^["“‘(]?\p{Ll}/u.test(trim(next)));
    },
  },
  {
    name: 'credit-shape',
    reason: 'shaped like a credit',
    absent: 'not shaped like a credit',
    measure: (l) => {
      const t = trim(l);
      const names = /\p{Lu}[\p{Ll}.’'-]+\s+\p{Lu}[\p{Ll}.’'-]*/u;
      return flag(/©|\(c\)\s*\d{4}|\bCC[- ]BY\b/i.test(t) || namesAgency(t) || (names.test(t) && (/\p{L}\s*\/\s*\p{Lu}/u.test(t) || /^[^:]{2,24}:\s*(?:\p{Lu}[\p{L}.’'-]*\s*){2,4}$/u.test(t))));
    },
  },
  {
    name: 'verbless',
    reason: 'no finite verb',
    absent: 'a finite verb',
    measure: (l) => flag(wordCount(trim(l)) >= 3 && !FINITE_VERB.test(trim(l)) && !OTHER_FINITE_VERB.test(trim(l))),
  },
  { name: 'quoted', reason: 'in quotation marks', absent: 'no quotation marks', measure: (l) => flag(/^["“‘'«„]/.test(trim(l)) || /["”’'»]$/.test(trim(l))) },
  { name: 'repeats-text', reason: 'repeats words of the text', absent: 'repeats no words of the text', measure: (l, d) => d.repeats(l) },
  // An epigraph's attribution: a dash or brackets, under a quotation or a line in italics, near the piece's top.
  {
    name: 'epigraph-attribution',
    reason: 'an attribution under a quotation near the top',
    absent: 'not an attribution near the top',
    measure: (l, d) => {
      const prev = above(l, d);
      return flag(prev !== undefined && l.index < d.lines.length * 0.2 && (OPENING_DASH.test(trim(l)) || /^\(.+\)\.?$/.test(trim(l))) && (/["”’'»_*]$/.test(trim(prev)) || /^["“‘'«_*]/.test(trim(prev))));
    },
  },
  // Sense and structure that hold in any of the tongues above: how much of the line is joining words, a clause's closed-class evidence, names and figures against words, where it stands against the sentence around it.
  {
    name: 'glue-share',
    reason: 'many joining words',
    absent: 'few joining words',
    measure: (l) => {
      const words = lowerWords(trim(l));
      return words.length ? words.filter((w) => GLUE.has(w)).length / words.length : 0;
    },
  },
  { name: 'clause', reason: 'an auxiliary or a subject pronoun', absent: 'no auxiliary or subject pronoun', measure: (l) => flag(lowerWords(trim(l)).some((w) => CLAUSE.has(w))) },
  {
    name: 'names-share',
    reason: 'capitalised words past the first',
    absent: 'few capitalised words past the first',
    measure: (l) => {
      const words = (trim(l).match(/\p{L}+/gu) ?? []).slice(1).filter((w) => w.length > 1 || /\p{Lu}/u.test(w));
      return words.length ? words.filter((w) => /^\p{Lu}/u.test(w) && !GLUE.has(w.toLowerCase())).length / words.length : 0;
    },
  },
  {
    name: 'digit-share',
    reason: 'many figures',
    absent: 'few figures',
    measure: (l) => {
      const words = trim(l).split(/\s+/);
      return words.filter((w) => /\d/.test(w)).length / words.length;
    },
  },
  { name: 'opens-lower', reason: 'opens in lower case', absent: 'opens with a capital', measure: (l) => flag(/^["“‘(]?\p{Ll}/u.test(trim(l))) },
  { name: 'isolated', reason: 'blank lines above and below', absent: 'not set apart', measure: (l, d) => flag(isBlank(d.lines[l.index - 1]) && isBlank(d.lines[l.last + 1])) },
  {
    name: 'above-full',
    reason: 'a full line above',
    absent: 'a short line above',
    measure: (l, d) => {
      const prev = above(l, d);
      return prev ? Math.min(trim(prev).length / d.measure, 1.5) : 0;
    },
  },
  {
    name: 'above-unfinished',
    reason: 'the sentence above is unfinished',
    absent: 'the sentence above is finished',
    measure: (l, d) => {
      const prev = above(l, d);
      return flag(prev !== undefined && !SENTENCE_END.test(trim(prev)) && !/:$/.test(trim(prev)) && trim(prev).length >= d.measure * 0.8);
    },
  },
  { name: 'below-lower', reason: 'the text below goes on in lower case', absent: 'the text below opens with a capital', measure: (l, d) => flag(/^["“‘(]?\p{Ll}/u.test(trim(below(l, d) ?? { ...l, text: 'X' }))) },
  { name: 'marks', reason: 'marks that are not a sentence’s', absent: 'only a sentence’s marks', measure: (l) => flag(/[/|·•©®™@#+=<>{}[\]~^*]/.test(trim(l).replace(/^[*_]+|[*_]+$/g, ''))) },
  { name: 'sentence-stop-in', reason: 'a sentence ends inside it', absent: 'no sentence ends inside it', measure: (l) => flag(/\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(trim(l))) },
];

/**
 * A line the model is asked about: short, not the text's first line, standing where a heading
 * could (a blank line above, or after a finished sentence or another short line) or set into a
 * sentence. The last line of a paragraph (after a line left open, with nothing but a capital or
 * a blank below) is not one.
 */
export function isCandidate(single: Line, doc: LineDocument): boolean {
  if (isBlank(single) || !isCandidateShape(single.text)) return false;
  const line: Unit = { ...single, last: single.index };
  const prev = above(line, doc);
  if (prev === undefined) return false;
  const blankAbove = isBlank(doc.lines[line.index - 1]);
  if (blankAbove) return true;
  const prevText = prev.text.trim();
  if (SENTENCE_END.test(prevText) || /:$/.test(prevText) || isShort(prev, doc)) return true;
  const next = below(line, doc);
  return next !== undefined && !isBlank(doc.lines[line.index + 1]) && /^["“‘(]?\p{Ll}/u.test(next.text.trim());
}

export function lineFeatures(line: Line, doc: LineDocument): number[] {
  const unit: Unit = { ...line, last: line.index };
  return FEATURES.map((f) => f.measure(unit, doc));
}

// ——— blocks ———

/** Most lines, and most words, a block the block model is asked about runs to. */
export const MAX_BLOCK_LINES = 4;
export const MAX_BLOCK_WORDS = 40;

/** The block's lines. */
const linesOf = (b: Unit, d: LineDocument): readonly Line[] => d.lines.slice(b.index, b.last + 1);

/** What a block adds to a line's features: how many lines, how wide, whether they run on as one sentence or stand as separate lines. */
export const BLOCK_FEATURES: readonly Feature[] = [
  { name: 'block-lines', reason: 'many lines', absent: 'few lines', measure: (b) => b.last - b.index + 1 },
  { name: 'widest', reason: 'its widest line as wide as the text', absent: 'all its lines narrow', measure: (b, d) => Math.min(Math.max(...linesOf(b, d).map((l) => trim(l).length)) / d.measure, 1.5) },
  {
    name: 'runs-on',
    reason: 'its lines run on as one sentence',
    absent: 'its lines stand apart',
    measure: (b, d) => {
      const lines = linesOf(b, d);
      return lines.slice(1).filter((l, i) => !SENTENCE_END.test(trim(lines[i]!)) && /^["“‘(]?\p{Ll}/u.test(trim(l))).length / (lines.length - 1);
    },
  },
  {
    name: 'lines-end-stop',
    reason: 'its lines end sentences',
    absent: 'its lines end without a stop',
    measure: (b, d) => {
      const lines = linesOf(b, d);
      return lines.filter((l) => SENTENCE_END.test(trim(l))).length / lines.length;
    },
  },
  {
    name: 'last-line-short',
    reason: 'a short last line',
    absent: 'a full last line',
    measure: (b, d) => {
      const lines = linesOf(b, d);
      return 1 - trim(lines[lines.length - 1]!).length / Math.max(1, ...lines.map((l) => trim(l).length));
    },
  },
  {
    name: 'sentence-around',
    reason: 'the sentence around it goes on past it',
    absent: 'no sentence runs past it',
    measure: (b, d) => {
      const prev = above(b, d);
      const next = below(b, d);
      return flag(prev !== undefined && next !== undefined && !SENTENCE_END.test(trim(prev)) && !/:$/.test(trim(prev)) && /^["“‘(]?\p{Ll}/u.test(trim(next)));
    },
  },
  { name: 'first-block', reason: 'the first block after the title', absent: 'not the first block', measure: (b, d) => flag(above(b, d) !== undefined && previousContentLine(d.lines, above(b, d)!.index) === undefined) },
];

/** Every feature a block is weighed on. */
export const ALL_BLOCK_FEATURES: readonly Feature[] = [...FEATURES, ...BLOCK_FEATURES];

/**
 * The blocks the block model is asked about: runs of two to four lines between blank lines
 * (neither the text's first run nor its last), each line a candidate's shape (short, no Markdown
 * mark), at most MAX_BLOCK_WORDS words in all, the last line not left open (a paragraph broken
 * across a page goes on below).
 */
export function blockCandidates(doc: LineDocument): Unit[] {
  const units: Unit[] = [];
  const { lines } = doc;
  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i])) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < lines.length && !isBlank(lines[last + 1])) last++;
    const count = last - i + 1;
    const run = lines.slice(i, last + 1);
    if (
      count >= 2 &&
      count <= MAX_BLOCK_LINES &&
      i > 0 &&
      last + 1 < lines.length &&
      previousContentLine(lines, i) !== undefined &&
      nextContentLine(lines, last) !== undefined &&
      run.reduce((n, l) => n + wordCount(l.text), 0) <= MAX_BLOCK_WORDS &&
      run.every((l) => wordCount(l.text) <= MAX_CANDIDATE_WORDS && !/^(?:#|>|[-*+]\s|\||\d+\\?[.)]\s)/.test(trim(l))) &&
      /\p{L}{2}/u.test(run.map((l) => l.text).join(' ')) &&
      !OPEN_END.test(trim(lines[last]!))
    ) {
      units.push({ index: i, last, start: lines[i]!.start, end: lines[last]!.end, text: run.map((l) => trim(l)).join(' ') });
    }
    i = last + 1;
  }
  // Blocks set into a sentence: after a line left open (a blank line between or not), two to
  // four lines, the first opening with no lower-case letter, then the sentence going on in lower case.
  const seen = new Set(units.map((u) => `${u.index}:${u.last}`));
  for (let a = 0; a < lines.length; a++) {
    const before = lines[a]!;
    if (isBlank(before) || SENTENCE_END.test(trim(before)) || /:$/.test(trim(before))) continue;
    const first = isBlank(lines[a + 1]) ? a + 2 : a + 1;
    const opening = lines[first];
    if (opening === undefined || isBlank(opening) || /^["“‘(]?\p{Ll}/u.test(trim(opening))) continue;
    for (let last = first + 1; last < Math.min(lines.length, first + MAX_BLOCK_LINES); last++) {
      if (isBlank(lines[last])) break;
      const next = isBlank(lines[last + 1]) ? lines[last + 2] : lines[last + 1];
      if (next === undefined || isBlank(next) || !/^["“‘(]?\p{Ll}/u.test(trim(next))) continue;
      const run = lines.slice(first, last + 1);
      if (seen.has(`${first}:${last}`) || run.reduce((n, l) => n + wordCount(l.text), 0) > MAX_BLOCK_WORDS || !run.every((l) => wordCount(l.text) <= MAX_CANDIDATE_WORDS && !/^(?:#|>|\|)/.test(trim(l)))) continue;
      seen.add(`${first}:${last}`);
      units.push({ index: first, last, start: lines[first]!.start, end: lines[last]!.end, text: run.map((l) => trim(l)).join(' ') });
    }
  }
  return units;
}

export function blockFeatures(block: Unit, doc: LineDocument): number[] {
  return ALL_BLOCK_FEATURES.map((f) => f.measure(block, doc));
}

export interface Verdict {
  probability: number;
  /** The features that weighed most, with their weight in log-odds (positive: furniture). */
  reasons: { reason: string; weight: number }[];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function predict(model: Omit<LineModel, 'block'>, x: readonly number[], features: readonly Feature[] = FEATURES): Verdict {
  let z = model.bias;
  const contributions = x.map((v, i) => {
    const feature = features[i]!;
    const c = (model.weights[i]! * (v - model.mean[i]!)) / model.scale[i]!;
    z += c;
    return { reason: v >= model.mean[i]! ? feature.reason : (feature.absent ?? `no ${feature.reason.replace(/^an? /, '')}`), weight: c };
  });
  const reasons = contributions
    .filter((c) => Math.abs(c.weight) >= 0.05)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.reason.localeCompare(b.reason))
    .slice(0, 3);
  return { probability: sigmoid(z), reasons };
}

/** "line model: furniture p 0.42: a blank line above +1.2, title case −0.8" */
export function describeVerdict(verdict: Verdict): string {
  const sign = (w: number): string => (w >= 0 ? `+${w.toFixed(1)}` : `−${(-w).toFixed(1)}`);
  // Near 1 in four decimals: a threshold of 0.9996 and a line at 0.9990 both round to 1.00.
  return `line model: furniture p ${verdict.probability.toFixed(verdict.probability >= 0.99 && verdict.probability < 1 ? 4 : 2)}${verdict.reasons.length ? `: ${verdict.reasons.map((r) => `${r.reason} ${sign(r.weight)}`).join(', ')}` : ''}`;
}

/** Log-odds under the threshold within which a kept line's probability is worth an editor's look; further down the model has no doubt to add. */
export const REVIEW_SPAN = 2;

const logit = (p: number): number => Math.log(p / (1 - p));

/** Whether the model's doubt about a line kept with probability `p` is worth telling an editor: a model that separates nothing (threshold 1) never is. */
export function worthALook(p: number, threshold: number): boolean {
  return threshold < 1 && p < threshold && logit(Math.min(p, 1 - 1e-12)) >= logit(threshold) - REVIEW_SPAN;
}

/**
 * The model's doubt about a line it kept, worded as the doubt it is: "line model: looks like
 * furniture (p 0.9990: a dash +3.8, …), kept because under the 0.9998 it needs to remove a line".
 */
export function describeDoubt(verdict: Verdict, threshold: number): string {
  return `${describeVerdict(verdict).replace(/^line model: furniture p ([^:]+)(?:: (.*))?$/, (_m, p: string, why?: string) => `line model: looks like furniture (p ${p}${why ? `: ${why}` : ''})`)}, kept because under the ${threshold} it needs to remove a line`;
}

// ——— fitting ———

export interface Sample {
  x: number[];
  /** 1: furniture the generator added; 0: the piece's own text. */
  y: 0 | 1;
}

export interface FitOptions {
  iterations: number;
  learningRate: number;
  /** L2 penalty on the (standardised) weights. */
  l2: number;
}

const round6 = (x: number): number => Number(x.toFixed(6));

/**
 * Logistic regression by full-batch gradient descent on standardised features, the two classes
 * weighted to count alike: deterministic (no sampling, a fixed order and number of steps), so the
 * same samples always give the same weights, rounded to six decimals for a stable JSON file.
 */
export function fitLogistic(samples: readonly Sample[], options: FitOptions, features: readonly Feature[] = FEATURES): Pick<LineModel, 'features' | 'mean' | 'scale' | 'weights' | 'bias'> {
  const n = samples.length;
  const dims = features.length;
  const mean = Array.from({ length: dims }, (_, j) => samples.reduce((s, x) => s + x.x[j]!, 0) / n);
  const scale = mean.map((m, j) => Math.sqrt(samples.reduce((s, x) => s + (x.x[j]! - m) ** 2, 0) / n) || 1);
  const z = samples.map((s) => s.x.map((v, j) => (v - mean[j]!) / scale[j]!));
  const positives = samples.filter((s) => s.y === 1).length;
  const weightOf = (y: number): number => (y === 1 ? n / (2 * Math.max(1, positives)) : n / (2 * Math.max(1, n - positives)));
  const w = new Array<number>(dims).fill(0);
  let b = 0;
  for (let step = 0; step < options.iterations; step++) {
    const grad = new Array<number>(dims).fill(0);
    let gradB = 0;
    for (let i = 0; i < n; i++) {
      const xi = z[i]!;
      let dot = b;
      for (let j = 0; j < dims; j++) dot += w[j]! * xi[j]!;
      const err = (sigmoid(dot) - samples[i]!.y) * weightOf(samples[i]!.y);
      for (let j = 0; j < dims; j++) grad[j] = grad[j]! + err * xi[j]!;
      gradB += err;
    }
    for (let j = 0; j < dims; j++) w[j] = w[j]! - options.learningRate * (grad[j]! / n + options.l2 * w[j]!);
    b -= options.learningRate * (gradB / n);
  }
  return { features: features.map((f) => f.name), mean: mean.map(round6), scale: scale.map(round6), weights: w.map(round6), bias: round6(b) };
}
