import { namedAsForeign, standaloneWords } from '../_words.ts';
import { isUpperCase } from '../_chars.ts';
import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { isKnown } from '../suspects.ts';
import { ocrRepair } from './ocr-confusion.ts';
import { perMillion } from '../_frequency.ts';

/** Prefixes English always joins with a hyphen ("self-liquidate", "ex-member"). */
const HYPHENATED_PREFIXES = new Set(['self', 'ex', 'all', 'quasi']);
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const UNITS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);

/** Closed-class words: articles, prepositions, pronouns, auxiliaries, conjunctions. */
const FUNCTION_WORDS = new Set(
  'a an the of to in on at by for from with into onto upon about over under after before than as and or but nor so yet though although if not no is was were are be been being am has had have do did does it its he she they we you i his her their our your my them him us me this that these those which who whom whose what there here then when where while without within through among between against during across behind beyond since until few many much such'.split(' '),
);

interface Split {
  head: string;
  tail: string;
  joiner: '-' | ' ';
  evidence: number;
}

/** The same compound in the singular or the plural: "lock-keepers" says how "lockkeeper" is joined. */
function numberForms(tail: string): string[] {
  return /s$/.test(tail) ? [tail, tail.slice(0, -1)] : [tail, `${tail}s`];
}

/** How the document, or English spelling, joins the two halves; undefined when nothing says. */
function joinerFor(head: string, tail: string, attributive: boolean, ctx: PassContext, capitalNames = true): Omit<Split, 'head' | 'tail'> | undefined {
  // Compounds are not made of function words: "thoughnot", "tothe" lost a space, not a hyphen.
  if (FUNCTION_WORDS.has(head.toLowerCase()) || FUNCTION_WORDS.has(tail.toLowerCase())) {
    return ctx.vocabulary.pairCount(head, tail) > 0 ? { joiner: ' ', evidence: ctx.vocabulary.pairCount(head, tail) } : undefined;
  }
  const forms = numberForms(tail);
  const hyphenated = forms.reduce((n, t) => n + ctx.vocabulary.count(`${head}-${t}`), 0);
  const spaced = forms.reduce((n, t) => n + ctx.vocabulary.pairCount(head, t), 0);
  // English hyphenates an open compound before a noun ("the working class", "working-class homes").
  if (spaced > 0 && attributive) return { joiner: '-', evidence: hyphenated + spaced };
  if (hyphenated > 0 || spaced > 0) return hyphenated >= spaced ? { joiner: '-', evidence: hyphenated } : { joiner: ' ', evidence: spaced };
  const h = head.toLowerCase();
  // A capitalised word the dictionary lacks inside a sentence is a name ("Exmouth", "Allchurch", "Selfridge"), which parts
  // into no prefix and word; the capital that opens a sentence ("Selftransformation, not …") says nothing of the kind.
  const prefixed = HYPHENATED_PREFIXES.has(h) && (head === h || !capitalNames);
  if (prefixed || (TENS.has(h) && UNITS.has(tail.toLowerCase()))) return { joiner: '-', evidence: 0 };
  return undefined;
}

/**
 * Words after which a compound is not standing before a noun it qualifies: verbs, function
 * words ("the workingclass was", "the rulingclass of").
 */
const NOT_A_NOUN = new Set([
  'is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for',
  'with', 'by', 'from', 'that', 'which', 'who', 'whom', 'as', 'than', 'the', 'a', 'an', 'itself', 'themselves', 'could', 'would',
  'will', 'shall', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'not', 'into', 'over', 'under', 'against', 'if',
  'when', 'while', 'where', 'because', 'so', 'too', 'also', 'only', 'then', 'there', 'here', 'it', 'he', 'she', 'they', 'we',
]);

/** Whether the glued word stands before a noun it qualifies: a lower-case word follows that is neither a verb nor a function word. */
function standsBeforeNoun(after: string): boolean {
  const next = /^ (\p{Ll}+)\b/u.exec(after)?.[1];
  return next !== undefined && !NOT_A_NOUN.has(next);
}

/**
 * First halves that make closed words with anything ("overlordship", "counterposed",
 * "anticapitalist"): a word so formed is no evidence of a lost hyphen.
 */
const CLOSING_HEADS = new Set([
  'over', 'under', 'counter', 'out', 'back', 'fore', 'after', 'with', 'down', 'high', 'anti', 'semi', 'post', 'multi', 'inter',
  'super', 'ultra', 'non', 'mid', 'pre', 'pro', 'sub', 'self', 'some', 'every', 'any', 'where', 'there', 'here',
]);
/**
 * A compound adjective ends in a participle: "short-lived", "well-known", "medium-sized",
 * "hard-working", "hard-fought". Of the words in "-ght" only "-ought" and "-aught" are
 * participles ("night", "might" and "light" are none).
 */
const PARTICIPLE = /(?:ed|ing|en|wn|ought|aught)$/;
/**
 * Uses per million words of English under which a word is too rare to be the first half of a
 * compound made up on the spot: "sennight" does not part into "sen" and "night".
 */
const COMMON_HEAD = 3;

/**
 * A first half no compound adjective has: an adverb in -ly ("quietly cutting", English never
 * hyphenates it) or a plural ("years when", "pits brought"): such a word and a verb form lost
 * the space between them, which the glued-words pass puts back.
 */
function opensNoCompound(head: string, ctx: PassContext): boolean {
  if (head.endsWith('ly')) return true;
  return head.endsWith('s') && !/(?:ss|us|is)$/.test(head) && isKnown(head.slice(0, -1), ctx.speller);
}
const MIN_HEAD = 3;
const MIN_TAIL = 4;

/**
 * With nothing in the document to go by, a lost hyphen is still certain in one shape: a word
 * nobody knows that parts, in only one way, into two dictionary words, the second a
 * participle ("shortlived", "wellknown"). Such a compound adjective English hyphenates; a noun
 * pair ("goldleaf", "boatbuilder") may be closed, spaced or hyphenated, and is left alone, as
 * is a word that an OCR slip explains better.
 */
function participleCompound(word: string, ctx: PassContext, text: string, attributive: boolean): Split | undefined {
  const lower = word.toLowerCase();
  if (word !== lower || !PARTICIPLE.test(lower)) return undefined;
  // A compound in "-ing" that qualifies no noun after it is a noun of its own ("mahogany crossbanding,", "the bookbinding
  // was"), which English closes up; only before a noun is it an adjective ("a wheel-cutting engine").
  if (lower.endsWith('ing') && !attributive) return undefined;
  const splits: Split[] = [];
  for (let i = MIN_HEAD; i <= lower.length - MIN_TAIL; i++) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    if (isKnown(head, ctx.speller) && isKnown(tail, ctx.speller)) splits.push({ head, tail, joiner: '-', evidence: 0 });
  }
  if (splits.length !== 1) return undefined;
  const [split] = splits;
  // "waslevied", "thishappened": a function word and a participle lost the space between them, not a hyphen.
  if (CLOSING_HEADS.has(split!.head) || FUNCTION_WORDS.has(split!.head) || !PARTICIPLE.test(split!.tail) || ocrRepair(word, ctx) !== undefined) return undefined;
  // "criedwhen": no compound ends in a function word; "sennight": a rare word is no compound's half.
  if (FUNCTION_WORDS.has(split!.tail) || perMillion(split!.head) < COMMON_HEAD || opensNoCompound(split!.head, ctx)) return undefined;
  // "mapmaking" beside "mapmaker": the document closes the head up with the same verb, a closed compound of its own.
  if (closedElsewhere(lower, split!.head, split!.tail, text)) return undefined;
  return split;
}

/** Letters of the participle's stem, at the least, that another closed word of the document must share ("mak" of "making"). */
const MIN_STEM = 3;

/**
 * The document writes the head closed up with another form of the participle's verb ("mapmaker",
 * "mapmakers" beside "mapmaking"; "shipbuilder" beside "shipbuilding"): the compound is closed
 * in this text, and its participle form is no lost hyphen.
 */
export function closedElsewhere(lower: string, head: string, tail: string, text: string): boolean {
  const stem = tail.replace(/(?:ing|ed|en|wn)$/, '');
  if (stem.length < MIN_STEM) return false;
  const pattern = new RegExp(`(?<![\\p{L}-])${head}${stem}\\p{L}*`, 'giu');
  for (const m of text.matchAll(pattern)) if (m[0].toLowerCase() !== lower) return true;
  return false;
}

function isPart(word: string, ctx: PassContext): boolean {
  return word.length >= 2 && (isKnown(word, ctx.speller) || ctx.vocabulary.count(word) >= 3);
}

/** The word at `index` opens a sentence, a paragraph or a heading: nothing but blank, a closing stop or a heading's marks before it. */
function opensSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index).trimEnd();
  return before === '' || /(?:[.!?]["'”’)\]]?|(?:^|\n)#+)$/u.test(before);
}

/**
 * Two words run together where a hyphen or a line end was lost: "selfliquidate",
 * "rulingclass", "PostTrotsky". A word nobody knows is split only where both halves are
 * words and the document (or English spelling, for "self-" and compound numbers) shows how
 * the two are joined; the others stay in the suspect list.
 */
export const splitGluedCompounds: Pass = {
  ruleId: 'ocr/glued-compound',
  run(text, ctx) {
    const edits: Edit[] = [];
    for (const m of standaloneWords(text, 5)) {
      const word = m[0];
      // The document's own words first: most words are, and need no closer look.
      if (ctx.vocabulary.count(word) >= 3) continue;
      if (isUpperCase(word) || isKnown(word, ctx.speller)) continue;
      // A word the text names as another language's ("from the German Mangoldwurzel") is no English compound.
      if (namedAsForeign(text, m.index)) continue;
      const end = m.index + word.length;
      const attributive = standsBeforeNoun(text.slice(end, end + 20));
      const capitalNames = !opensSentence(text, m.index);
      let best: Split | undefined;
      for (let i = 2; i <= word.length - 2; i++) {
        const head = word.slice(0, i);
        const tail = word.slice(i);
        // Only the first half may carry the word's capital; a capital inside marks where the second begins.
        if (/\p{Lu}/u.test(tail.slice(1)) || /\p{Lu}/u.test(head.slice(1))) continue;
        if (!isPart(head, ctx) || !isPart(tail, ctx)) continue;
        const join = joinerFor(head, tail, attributive, ctx, capitalNames);
        if (join && (!best || join.evidence > best.evidence)) best = { head, tail, ...join };
      }
      best ??= participleCompound(word, ctx, text, attributive);
      if (!best) continue;
      const at = m.index + best.head.length;
      edits.push({ start: at, end: at, text: best.joiner, ruleId: 'ocr/glued-compound' });
    }
    return edits;
  },
};
