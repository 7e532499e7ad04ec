import { isStrongProse, weigh, type Evidence } from '../_evidence.ts';
import type { PassContext } from '../_context.ts';
import { MONTH_NAMES, SENTENCE_END, isBlank, normaliseForComparison, wordCount, type Line } from '../_lines.ts';
import { endsOnFunctionWord } from './_web-lines.ts';
import { ACCESS, publisherNoticeKinds } from './_pdf-imprint.ts';
import { breakIsChosen, isAllCaps, localColumnWidths, opensWrappedParagraph, startsLowercase } from './_pdf-lines.ts';

/**
 * The front of a printed piece as a PDF extraction gives it: the title (one line, or two when
 * the first is short of a sentence), then the lines a pamphlet sets under it before the text
 * begins (who wrote it, what it is, an imprint or a notice). The lines are weighed, not
 * matched: a byline's or a notice's wording, where it stands, marks round it; a line that
 * reads as running text ends the front.
 */

/** Most lines looked at under the title. */
const FRONT_REACH = 4;
/** A line longer than this is text, whatever its words. */
const MAX_FRONT_WORDS = 16;

/** A name as bylines set it: two to five capitalised words or initials, "and" or "&" between two people. */
const NAME = String.raw`(?:\p{Lu}\.\s*){0,3}\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:\p{Lu}\.\s*)+|\p{Lu}[\p{L}'’.-]*|and|&|of|van|von|de|da|du|le|la)){1,4}`;
/** "… by Jane Smith" closing the line: a lecture, a paper, an edition, an interview "by" someone. */
const BY_NAME_AT_END = new RegExp(String.raw`^(?:[\p{L}'’,-]+\s+){0,5}(?:by|BY|By)\s+(?:the\s+|THE\s+)?${NAME}(?:,\s+[^.!?]{1,40})?\s*$`, 'u');
/** A name, a comma and who that person is ("Jane Smith, M.A.", "J. Smith, Secretary of the Society"). */
const NAME_AND_ROLE = new RegExp(String.raw`^${NAME}\s*,\s+(.+)$`, 'u');
/** What a byline says its person is: degrees, offices, trades, "formerly" and "sometime". */
const ROLE_WORDS =
  /\b(?:[A-Z][a-z]?\.(?:[A-Z][a-z]?\.)+|[BM]\.?A\.?|Ph\.?D|secretary|president|chair(?:man|woman)?|treasurer|editor|historian|inspector|professor|lecturer|teacher|schoolmaster|schoolmistress|minister|reverend|rector|vicar|curate|member|fellow|correspondent|reporter|writer|author|librarian|archivist|curator|director|organi[sz]er|delegate|councillor|alderman|sometime|formerly|late|retired)\b/i;
/** A news dateline: a place, a date, a dash to the text ("HALIFAX, 3 May 1921 —"). */
const DATELINE_DASH = /^\p{Lu}[\p{L} .'’-]*,\s+[^.!?]*\d[^.!?]*\s[—–-]\s*$/u;
/** Fields of a byline set apart by a middle dot or a bar ("JANE SMITH  ·  STAFF WRITER"). */
const FIELDS = /\S\s+[|·•]\s+\S/u;

/**
 * Notices a printer sets on a pamphlet: rights and permissions, editions and reprints, where
 * and for whom it was printed or first published, translation, licence, price, a series and
 * its number; and those a journal sets at the foot of an article's first page: the citation
 * (volume, issue, pages), a DOI or web address, the dates the paper was received and
 * accepted, an address for correspondence. Each pattern names one kind; two kinds on one line
 * are stronger than one.
 */
const NOTICE_WORDS: readonly RegExp[] = [
  /\brights? reserved\b/i,
  /\breproduc(?:ed|tion)\b|\bwithout (?:the )?(?:written )?permission\b|\bby (?:kind )?permission\b/i,
  /\bcopyright\b|©|\(c\)\s*\d{4}|\blicen[cs](?:e|ed)\b|\bcreative commons\b|\bCC[- ]BY\b|\bpublic domain\b/i,
  /\b(?:first|second|third|fourth|fifth|new|revised|enlarged|cheap|popular|limited)\s+(?:edition|impression|printing)\b|\bedition of \d+|^reprint(?:ed)?\b|\breprinted (?:from|by|with|in)\b/i,
  /\b(?:first|originally|privately)\s+(?:published|printed|issued)\b|\b(?:published|printed|issued)\s+(?:by|for|at)\b|\bprinted and published\b/i,
  /\btranslated (?:from|by|into|and)\b|\btranslation (?:by|from)\b|\bin translation\b/i,
  /\bnot (?:to be )?(?:sold|for (?:re)?sale)\b|\bfor private circulation\b|^price\b|\bprice:?\s+(?:\d|one|two|three|four|five|six|a penny|twopence|threepence|fourpence|sixpence)|\b\d+\s*[ds]\.\s*net\b|\bgratis\b|\bfree of charge\b/i,
  /\b(?:pamphlets?|tracts?|leaflets?|papers?|series|bulletins?|broadsheets?|booklets?|studies)[,:]?\s+(?:no\.?|number|nr\.?)\s*\d+|\bISBN\b/i,
  // Where the piece stands in a journal: volume and issue, "vol. 12, no. 3", a page range ("12(3), 1979, pp. 4–19").
  /\b\d{1,3}\s*\(\d{1,3}\)\s*[,:]\s*\d|\bvol(?:ume)?\.?\s*\d+,?\s+(?:no|number|issue)\.?\s*\d+|\bpp\.\s*\d+\s*[-–—]\s*\d+/i,
  // Where it can be found: a DOI or an address on the web.
  /\bdoi\s*:?\s*10\.\d|\b10\.\d{4,}\/\S|\bhttps?:\/\/\S|\bwww\.[\w-]+\.\w/i,
  // A journal's dates for the paper: received, revised, accepted, each with its date.
  new RegExp(`(?:^|[;,.]\\s*)(?:manuscript\\s+)?(?:received|revised|accepted|submitted)(?:\\s+for\\s+publication)?:?\\s+(?:on\\s+)?(?:\\d{1,2}\\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\\s+\\d)`, 'i'),
  // Where the author may be written to.
  /\baddress for correspondence\b|\bcorrespondence (?:to|address)\b|\bcorresponding author\b|\be-?mail:|\b[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,}/i,
];

export interface FrontLine {
  line: Line;
  byline: Evidence;
  notice: Evidence;
}

/** A line wrapped in italics marks or brackets, as notices are set apart. */
function isMarked(text: string): boolean {
  return /^(?:_[^_].*_|\*[^*].*\*|\([^()]+\)|\[[^[\]]+\])$/u.test(text);
}

/**
 * Evidence that a short line at a piece's front (or foot) is a printer's or a publisher's
 * notice. `runsOn`: the line runs on in lower case into the line under it, as a paragraph's
 * first line does.
 */
export function noticeEvidence(text: string, runsOn = false): Evidence {
  const trimmed = text.trim();
  // The words are read without the marks round them: "_" is a word character to \b.
  const inner = trimmed.replace(/^[_*([]+|[_*)\]]+$/g, '');
  const printer = NOTICE_WORDS.filter((p) => p.test(inner)).length;
  const kinds = printer + publisherNoticeKinds(inner) + (ACCESS.test(inner) ? 1 : 0);
  const words = wordCount(trimmed);
  return weigh([
    // A licence, a funder, membership are a sentence's words as often as a notice's: a line that runs on into the text is the text's.
    runsOn && kinds > 0 && printer === 0 && { weight: -1, reason: 'runs on into the lower-case line under it' },
    kinds === 1 && { weight: 2, reason: "a printer's notice's words (rights, edition, printing, translation, price, series)" },
    kinds >= 2 && { weight: 3, reason: "several kinds of a printer's notice's words" },
    kinds > 0 && isMarked(trimmed) && { weight: 1, reason: 'set apart in italics marks or brackets' },
    /^(?:note|n\.b\.)\s*[:.—-]/i.test(trimmed) && { weight: -3, reason: 'an author\'s "Note:"' },
    kinds > 0 && /\b(?:I|me|my|I'm|I've|I am)\b/.test(inner) && { weight: -2, reason: "in the author's own voice" },
    kinds > 0 && isStrongProse(trimmed) && { weight: -1, reason: 'reads as a sentence' },
    words > MAX_FRONT_WORDS && { weight: -3, reason: 'long for a notice' },
  ]);
}

/** Words that end the name of a place or a building, not a person's: "Victoria Park", "George Street". */
const PLACE_NOUN =
  /^(?:street|road|lane|square|park|hall|bridge|station|mills?|house|church|chapel|valley|moor|dale|river|bay|harbour|docks?|town|city|county|hill|green|common|market|works|pit|colliery|school|gate|wharf|quay|row|terrace|place|court|castle|abbey|island|isles?|reach|head|point|end|cross|well|ford)$/i;

/**
 * Letters spaced out for display ("R U T H  C A L L O W") closed up: a run of single letters, each
 * a space apart, is one word; wider gaps part the words.
 */
function closeLetterSpacing(text: string): string {
  return text.replace(/(?:\b\p{L} ){2,}\p{L}\b/gu, (run) => run.replace(/ /g, ''));
}

/**
 * The line names the piece's author however the byline sets the name: in any order ("CALLOW,
 * Ruth"), with initials for the first names ("R. Callow"), letter-spaced: the surname and, for
 * each other name, the name or its initial.
 */
export function namesAuthor(text: string, author: string | undefined): boolean {
  const names = (author ?? '').match(/\p{L}[\p{L}'’-]*/gu)?.map((w) => w.toLowerCase()) ?? [];
  if (names.length === 0 || names.join('').length <= 3) return false;
  const words = normaliseForComparison(closeLetterSpacing(text.replace(/\s{2,}/g, '   '))).split(/\s+/);
  const surname = names[names.length - 1]!;
  if (!words.includes(surname)) return false;
  return names.slice(0, -1).every((n) => words.includes(n) || words.includes(n[0]!));
}

/**
 * A person's name alone: two or three capitalised words (or in capitals), the first a name the dictionary knows
 * only with its capital (a given name: "Robert", "Mary"), the last no place's or building's word.
 */
export function isBareName(text: string, isProperNoun: (word: string) => boolean): boolean {
  // A name in capitals is read as it would be set in small letters.
  const words = (isAllCaps(text, 4) ? text.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : text).trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}\.$/u.test(w))) return false;
  return isProperNoun(words[0]!) && !PLACE_NOUN.test(words[words.length - 1]!);
}

/** Words that name an institution: where an author works or studies, who holds a piece's rights. */
export const INSTITUTION =
  /\b(?:universit(?:y|ies)|college|institute|department|faculty|school of|society|association|academy|museum|library|archives?|press|trust|foundation|federation|union|council|polytechnic|seminary|hospital)\b/i;
/** Most words of an affiliation's line. */
const MAX_AFFILIATION_WORDS = 12;

/** A byline's name line as journals set it above the affiliation: "by" and a name, or a name alone (initials, capitals). */
const NAME_LINE = new RegExp(String.raw`^(?:[Bb][Yy]\s+)?${NAME}$`, 'u');

/**
 * The line is a person's name as a byline sets it over an affiliation: it names the author, or
 * is "by" and a name, or a name whose first word is a given name or an initial.
 */
export function isNameLine(text: string, author: string | undefined, isProperNoun: (word: string) => boolean): boolean {
  const trimmed = text.replace(/^[_*]+|[_*]+$/g, '').trim();
  if (wordCount(trimmed) > 6 || (SENTENCE_END.test(trimmed) && !/\b\p{Lu}\.$/u.test(trimmed))) return false;
  if (namesAuthor(trimmed, author)) return true;
  const plain = isAllCaps(trimmed, 4) ? trimmed.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/\bBy\b/, 'by') : trimmed;
  if (!NAME_LINE.test(plain)) return false;
  const first = plain.replace(/^by\s+/i, '').split(/\s+/)[0]!;
  return /^by\s/i.test(plain) || /^\p{Lu}\.$/u.test(first) || (isProperNoun(first) && isBareName(plain.replace(/^by\s+/i, '').split(/\s+/).slice(0, 3).join(' '), isProperNoun));
}

/**
 * Evidence that a short line under a byline's name is the person's affiliation: an
 * institution ("University of Sheffield", "Ruskin College, Oxford"), a role ("Lecturer in
 * Economic History", "Secretary, Halifax Trades Council"), or a place alone ("Leeds",
 * "Sheffield, England"). A sentence, a line running on in lower case, or a letter's address
 * ("To the Editor of the Gazette") is the text.
 */
export function affiliationEvidence(text: string, isProperNoun: (word: string) => boolean): Evidence {
  const trimmed = text.replace(/^[_*]+|[_*]+$/g, '').trim();
  const words = trimmed.split(/\s+/);
  const place = words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}'’-]+,?$/u.test(w) && isProperNoun(w.replace(/,$/, '')));
  return weigh([
    INSTITUTION.test(trimmed) && { weight: 2, reason: "an institution's name" },
    ROLE_WORDS.test(trimmed) && { weight: 2, reason: 'a role or a degree' },
    place && { weight: 2, reason: 'a place alone' },
    /^\s*\p{Ll}/u.test(trimmed) && { weight: -3, reason: 'opens in lower case' },
    /^(?:to|dear|from|for)\s/i.test(trimmed) && { weight: -3, reason: "a letter's address to its reader" },
    isStrongProse(trimmed) && { weight: -4, reason: 'reads as a sentence' },
    words.length > MAX_AFFILIATION_WORDS && { weight: -4, reason: 'long for an affiliation' },
  ]);
}

/**
 * A credit to whoever translated or edited the piece ("Translated from the Welsh by …", "Edited
 * and introduced by …", "ed. …", "… (trans.)"): a book may want it under the piece's title.
 */
const CONTRIBUTOR_CREDIT =
  /^(?:translated|translation|edited|editing|trans\.|ed\.|eds\.)(?:\s+(?:and|&|with|from|into)\s+[^.!?]{0,40}?)?\s*(?:by\b|:|\s\p{Lu})|\((?:ed|eds|trans|tr)\.?\)\s*$|,\s*(?:ed|eds|trans)\.?\s*$/iu;

/**
 * Whether a line is a translator's or an editor's credit, and whether the metadata already
 * gives the person it names (the piece's author, or the translator or editor the options
 * give): such a credit repeats the metadata and may go; any other stays in the book.
 */
export function contributorCredit(text: string, ctx: PassContext): 'repeats the metadata' | 'not in the metadata' | undefined {
  const trimmed = text.replace(/^[_*]+|[_*]+$/g, '').trim();
  if (!CONTRIBUTOR_CREDIT.test(trimmed)) return undefined;
  const known = [ctx.author, ctx.translator, ctx.editor].some((name) => name !== undefined && namesAuthor(trimmed, name));
  return known ? 'repeats the metadata' : 'not in the metadata';
}

/** A place after a name: one to three capitalised words the dictionary knows only with their capital. */
function isPlace(text: string, isProperNoun: (word: string) => boolean): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 3 && words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && isProperNoun(w));
}

/** A name as a byline sets it, alone: the author's, a given name and a surname, or initials and a surname. */
function isOneName(text: string, author: string | undefined, isProperNoun: (word: string) => boolean): boolean {
  const t = text.trim();
  return wordCount(t) <= 4 && (namesAuthor(t, author) || isBareName(t, isProperNoun) || /^(?:\p{Lu}\.\s*)+\p{Lu}[\p{Ll}'’-]+$/u.test(t));
}

/**
 * Evidence that a short line under a piece's title is its byline. `isProperNoun` says whether
 * the dictionary knows a word only with its capital.
 */
export function bylineEvidence(text: string, author: string | undefined, isProperNoun: (word: string) => boolean = () => false): Evidence {
  const trimmed = text.replace(/^[_*]+|[_*]+$/g, '').trim();
  const role = NAME_AND_ROLE.exec(trimmed);
  // Several people named, each as a byline names one: "Ruth Marlow and Tom Hale", "R. Marlow, T. Hale & A. Lee".
  const people = trimmed.split(/\s*(?:,|&|\band\b)\s*/u).filter((p) => p);
  // Each named as a byline names one (the author, a given name and a surname, initials and a surname): a subtitle
  // pairing a person with a place ("Robert Owen and New Lanark") does not answer.
  const several = people.length >= 2 && wordCount(trimmed) <= MAX_FRONT_WORDS && people.every((p) => isOneName(p, author, isProperNoun));
  // A name and the place the writer is from: "Ruth Marlow · Leeds", "Ruth Marlow (Leeds)", "Ruth Marlow, Leeds".
  const nameAndPlace = /^(.+?)\s*(?:[·•|,]\s*|\()([^()·•|,]+?)\)?$/u.exec(trimmed);
  const placed = !several && nameAndPlace !== null && isOneName(nameAndPlace[1]!, author, isProperNoun) && isPlace(nameAndPlace[2]!, isProperNoun);
  return weigh([
    namesAuthor(trimmed, author) && wordCount(trimmed) <= MAX_FRONT_WORDS && { weight: 3, reason: "names the piece's author" },
    author === undefined && isBareName(trimmed, isProperNoun) && { weight: 3, reason: 'a given name and a surname, alone on the line' },
    BY_NAME_AT_END.test(trimmed) && { weight: 3, reason: 'closes on "by" and a name' },
    role !== null && ROLE_WORDS.test(role[1]!) && wordCount(role[1]!) <= 6 && { weight: 3, reason: 'a name and a role' },
    DATELINE_DASH.test(trimmed) && { weight: 3, reason: 'a place and a date with a dash to the text' },
    FIELDS.test(trimmed) && { weight: 1, reason: 'fields set apart by a bar or a dot' },
    several && { weight: 3, reason: 'names of several people' },
    placed && { weight: 3, reason: 'a name and a place' },
    isStrongProse(trimmed) && { weight: -4, reason: 'reads as a sentence' },
  ]);
}

/** Lines of a wrapped sentence read to find where it ends. */
const SENTENCE_REACH = 4;

/**
 * The line is the first of a paragraph's sentence: the margin broke it (the next line's first
 * word would not have fitted), the sentence goes on in lower case below to more words than a
 * notice holds, and it stops inside a line that goes on with another sentence of no notice's
 * words ("The hymns were first printed privately in an edition of forty" / "copies, most of
 * which … chapels. Few of them survive, …"). A notice stands as a block of its own: its last
 * sentence closes its last line, or what follows on that line is a notice's too ("… by
 * permission of the" / "trustees. All rights reserved."). A line that stops short over a
 * lower-case line is complete in itself (a notice over a paragraph that lost its drop cap).
 */
export function beginsParagraph(lines: readonly Line[], line: Line, column: readonly number[]): boolean {
  const below = lines[line.index + 1];
  if (below === undefined || isBlank(below) || !startsLowercase(below.text) || SENTENCE_END.test(line.text.trim())) return false;
  if (breakIsChosen(line.text, below.text, column[line.index]!)) return false;
  const sentence: string[] = [];
  for (let i = line.index; i < lines.length && i < line.index + SENTENCE_REACH && !isBlank(lines[i]); i++) {
    const text = lines[i]!.text.trim();
    const stop = /[.!?]["”’)]?(?:\s|$)/.exec(text);
    if (!stop) {
      sentence.push(text);
      continue;
    }
    sentence.push(text.slice(0, stop.index + 1));
    const rest = text.slice(stop.index + stop[0].length).trim();
    return wordCount(sentence.join(' ')) > MAX_FRONT_WORDS && rest !== '' && noticeEvidence(rest).score <= 0;
  }
  return false;
}

/** Lines a notice wraps onto under its first, at most. */
const MAX_WRAPPED_LINES = 2;
/** Most words of a notice's sentence wrapped over lines. */
const MAX_WRAPPED_WORDS = 40;

/**
 * The lines a front notice wrapped onto: directly under it, in lower case, up to the line its
 * sentence closes on ("Reprinted from … with the" / "kind agreement of its editors …"), when the
 * line cannot be a whole notice (it stops on "the", "of", "and", a comma or a hyphen). Only a
 * sentence that closes a line (the notice a block of its own) and stays short is followed; one
 * that stops inside a line, or runs on, is left to the text, and so are its lines.
 */
export function wrappedOnto(lines: readonly Line[], line: Line): Line[] {
  // The line cannot close a notice: it stops on a word a sentence cannot stop on, a comma or a hyphen. One that stops on
  // a noun may be whole, over a text whose drop cap was lost ("… by kind permission of the editors" / "very town …").
  const trimmed = line.text.trim();
  if (!endsOnFunctionWord(trimmed) && !/[,-]$/.test(trimmed)) return [];
  const onto: Line[] = [];
  let words = wordCount(line.text);
  for (let i = line.index + 1; i < lines.length && onto.length < MAX_WRAPPED_LINES; i++) {
    const next = lines[i]!;
    if (isBlank(next) || (onto.length === 0 && !startsLowercase(next.text))) return [];
    const text = next.text.trim();
    words += wordCount(text);
    if (words > MAX_WRAPPED_WORDS || /[.!?]["”’)]?\s+\S/u.test(text)) return [];
    onto.push(next);
    if (SENTENCE_END.test(text)) return onto;
  }
  return [];
}

/**
 * The lines under a piece's title that may be its byline or notices. `titleKey` is the
 * front matter's title (normalised); without one, the first content line is the title, and
 * the line under it too when it goes on (short, capitalised, no stop) and carries no evidence.
 * The walk stops at a line with no evidence of either kind (a section heading, the text), a
 * long one, or the first line of a paragraph's sentence; a Markdown heading ends it too.
 */
export function frontLines(lines: readonly Line[], titleKey: string | undefined, author: string | undefined, isProperNoun?: (word: string) => boolean): FrontLine[] {
  const content = lines.filter((line) => !isBlank(line)).slice(0, FRONT_REACH + 2);
  const key = (text: string): string => normaliseForComparison(text, false);
  let from = 0;
  if (titleKey !== undefined) {
    if (content[0] && key(content[0].text) === titleKey) from = 1;
    else if (content[1] && key(`${content[0]!.text} ${content[1].text}`) === titleKey) from = 2;
  } else {
    const first = content[0];
    if (!first || isStrongProse(first.text) || SENTENCE_END.test(first.text.trim()) || /^#/.test(first.text)) return [];
    from = 1;
  }
  const found: FrontLine[] = [];
  let column: number[] | undefined;
  for (let k = from; k < content.length && k < from + FRONT_REACH; k++) {
    const line = content[k]!;
    if (/^\s*#/.test(line.text) || wordCount(line.text) > MAX_FRONT_WORDS || opensWrappedParagraph(lines, line)) break;
    if (beginsParagraph(lines, line, (column ??= localColumnWidths(lines)))) break;
    const below = lines[line.index + 1];
    const runsOn = below !== undefined && !isBlank(below) && startsLowercase(below.text) && !SENTENCE_END.test(line.text.trim()) && wrappedOnto(lines, line).length === 0;
    const front = { line, byline: bylineEvidence(line.text, author, isProperNoun), notice: noticeEvidence(line.text, runsOn) };
    if (front.byline.score > 0 || front.notice.score > 0) {
      found.push(front);
      continue;
    }
    // The title's second line: directly under the first, short, no stop ("The Last Ferry" / "at Hallam Reach").
    const previous = content[k - 1]!;
    const titleGoesOn =
      titleKey === undefined && k === 1 && line.index === previous.index + 1 && wordCount(line.text) <= 8 && !SENTENCE_END.test(line.text.trim());
    if (!titleGoesOn) break;
  }
  return found;
}

/** The front lines of a pass's text, its title and author from the front matter, its dictionary for names. */
export function frontOf(lines: readonly Line[], ctx: PassContext): FrontLine[] {
  const titleKey = ctx.title === undefined ? undefined : normaliseForComparison(ctx.title, false);
  return frontLines(lines, titleKey, ctx.author, isProperNounIn(ctx));
}

/** A word the pass's dictionary knows only with its capital: a given name, a place. */
export function isProperNounIn(ctx: PassContext): (word: string) => boolean {
  return (word) => ctx.speller.correct(word) && !ctx.speller.correct(word.toLowerCase());
}
