import { DATE_LINE, MONTH_NAMES, SENTENCE_END, normaliseForComparison, wordCount } from './_lines.ts';

/**
 * Evidence about one line's role, weighed rather than matched: each finding carries a weight
 * and a reason, so a decision can say why it was taken. Positive weights speak for furniture
 * (site or page matter that is not the piece), negative ones for text.
 */
export interface Finding {
  weight: number;
  reason: string;
}

export interface Evidence {
  score: number;
  findings: Finding[];
}

export function weigh(findings: readonly (Finding | false | undefined)[]): Evidence {
  const kept = findings.filter((f): f is Finding => Boolean(f));
  return { score: kept.reduce((sum, f) => sum + f.weight, 0), findings: kept };
}

export function reasons(evidence: Evidence): string {
  return evidence.findings.map((f) => `${f.reason} (${f.weight > 0 ? '+' : ''}${f.weight})`).join(', ');
}

/** Ends like a statement: a full stop, exclamation or closing quote; a question mark may end a link title. */
const STATEMENT_END = /[.!…]["'”’)\]*_]*\s*$/u;

/** A line of running prose beyond doubt: a finished statement of some length, or a long run of words. */
export function isStrongProse(text: string): boolean {
  const words = wordCount(text);
  return (words >= 8 && STATEMENT_END.test(text.trim())) || words >= 40;
}

/** Any prose: many words, or a finished sentence. */
export function isLooseProse(text: string): boolean {
  const words = wordCount(text);
  return words >= 16 || (words >= 6 && SENTENCE_END.test(text.trim()));
}

const DATE_IN_LINE = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?)\\s+\\d{4}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b`, 'i');

/**
 * Shapes of a page's own metadata lines: who posted it and when, how long it takes to read, in
 * which languages and sections it is filed. Web-publishing conventions, not any one site's.
 */
const METADATA_SHAPES = [
  /^(?:posted|published|updated|last (?:updated|modified)|first published|originally published)\b/i,
  // Case-blind on the lead words only: under /i, \p{Lu} would match lower case too, and "by the people of …" is text.
  /^(?:(?:[Ww]ritten|[Ww]ords|[Ss]tory|[Rr]eported|[Tt]ext|[Ii]nterview|[Pp]hotos?|[Pp]hotographs?) [Bb]y|[Bb]y)\s+\p{Lu}/u,
  /\b\d+\s*(?:-\s*)?min(?:ute)?s?\.? read\b/i,
  /^(?:reading time|estimated reading time)\b/i,
  /^(?:[Tt]his (?:article|page|post|story) is )?(?:[Aa]lso )?(?:[Aa]vailable|AVAILABLE) in:?\s+\p{Lu}/u,
  /^(?:[Rr]ead|[Vv]iew) (?:this|it)(?: article| post| page)? in\s+\p{Lu}/u,
  /^(?:filed (?:under|in)|tagged|tags|categor(?:y|ies)|topics?|sections?|posted in)\b:?/i,
  /^(?:published in|from) (?:issue|vol(?:ume)?\.?|no\.)\s*\d+/i,
  /^(?:issue|vol(?:ume)?\.?|no\.)\s*\d+\b/i,
  /^\d+\s+(?:comments?|responses?|replies|views|shares)\b/i,
  // A printed piece's imprint under its title: price, edition, reprint, series number, who wrote the preface.
  /^(?:price\s+\S+$|reprinted\b|(?:first|second|third|fourth|new|revised|enlarged)\s+(?:edition|impression|printing)\b|printed (?:by|for|at)\b|published by\b|(?:pamphlet|tract|leaflet|paper)\s+no\.?\s*\d+|with (?:a|an) (?:preface|introduction|foreword|afterword) by\b|copyright\b|©)/i,
];

const BY_NAME = /^[Bb][Yy]\s+\p{Lu}/u;

/**
 * Evidence that a short line near the title is the page's metadata (a byline, a date line, a
 * language notice) rather than text. A date alone is weak: a letter or diary entry opens on one.
 */
export function metadataEvidence(text: string, author: string | undefined): Evidence {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  const short = words <= 14;
  const authorKey = author ? normaliseForComparison(author) : '';
  return weigh([
    short && authorKey.length > 3 && normaliseForComparison(trimmed).includes(authorKey) && { weight: 3, reason: "names the piece's author" },
    short && BY_NAME.test(trimmed) && { weight: 1, reason: 'opens with "by" and a name' },
    short && (DATE_LINE.test(trimmed) || DATE_IN_LINE.test(trimmed)) && { weight: 1, reason: 'carries a date' },
    short && METADATA_SHAPES.some((shape) => shape.test(trimmed)) && { weight: 2, reason: 'shaped like page metadata' },
    short && /\s[|•·]\s/.test(trimmed) && { weight: 1, reason: 'fields separated by bars or dots' },
    isStrongProse(trimmed) && { weight: -4, reason: 'reads as a sentence' },
  ]);
}

/** Evidence that a line is an entry in a list of links (to other articles, sections, pages). */
export function linkEntryEvidence(text: string): Evidence {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  return weigh([
    !SENTENCE_END.test(trimmed) && { weight: 1, reason: 'no closing stop' },
    /\?["'”’]?$/.test(trimmed) && { weight: 1, reason: 'a question, as headlines are' },
    /^["“‘']?[\p{Lu}\p{N}]/u.test(trimmed) && { weight: 1, reason: 'opens in capitals' },
    words <= 14 && { weight: 1, reason: 'short' },
    (DATE_LINE.test(trimmed) || (words <= 5 && DATE_IN_LINE.test(trimmed))) && { weight: 2, reason: 'a date' },
    isStrongProse(trimmed) && { weight: -3, reason: 'reads as a finished sentence' },
  ]);
}

/** Words of picture captions and credits: what a picture is, where it came from, where it stands on the page. */
const PICTURE_WORDS =
  /\b(?:photo(?:graph)?s?|photographed|pictured?|images?|illustrations?|engravings?|figure|fig\.|credit|courtesy|copyright|getty|alamy|shutterstock|wikimedia|reuters|afp|(?:left|right|above|below|top|bottom|inset)(?=:))\b/i;
/**
 * Words a caption often holds that running text and headings hold as often ("The coming of the
 * free library", "A plan for the town"): weak evidence on their own.
 */
const PLACE_OF_PICTURE_WORDS = /\b(?:drawings?|drawn|paintings?|painted|sketch(?:ed)?|map|plan|diagram|plate|collection|archives?|library|museum)\b/i;
const YEAR = /\b(?:1[5-9]\d\d|20\d\d)s?\b/;
/**
 * How a caption points at its picture, as a class: who or what is "pictured", "shown here",
 * "seen here"; the order people stand in ("left to right", "from left"); a place on the picture
 * or the page in brackets ("(left)", "(far right)", "(above)"); "pictured" or "shown" opening the
 * line or set after a comma ("The weir, shown after the flood"). Running text says "I pictured
 * her" or "as the figures have shown", never these.
 */
const POINTING_WORDS = new RegExp(
  [
    // Opening the line, capitalised as a caption sets it ("Pictured: …", "PICTURED: …", "Shown here, …").
    '^(?:Pictured|PICTURED|Shown|SHOWN|Seen here|SEEN HERE)\\b',
    ',\\s+(?:pictured|shown|seen here)\\b',
    '\\bpictured\\s+(?:here|above|below|left|right|centre|center|opposite|overleaf|inset|with|at|in|on|outside|during)\\b',
    '(?:^|,\\s+|\\(\\s*)(?:shown|seen|photographed)\\s+(?:here|above|below|left|right|centre|center|opposite|overleaf|inset)\\b',
    '\\b(?:from\\s+)?(?:[Ll]eft|[Rr]ight)\\s+to\\s+(?:right|left)\\b',
    '\\(\\s*(?:(?:far|top|bottom|back|front|centre|center)\\s+)?(?:left|right|centre|center|above|below|top|bottom|inset|foreground|background|standing|seated)\\s*\\)',
    '\\((?:from\\s+)?(?:left|right)\\)',
    // Two pictures told apart by their places: "Above, the reading room; below, the stacks", "Top: …; bottom: …".
    '^(?:Above|Below|Top|Bottom|Left|Right)[,:]\\s.*;\\s*(?:above|below|top|bottom|left|right)[,:]\\s',
  ].join('|'),
  'u',
);
/** Picture agencies and wire services as a class: their names credit a picture; the wire services' short names in capitals only. */
const AGENCY_NAMES = /\b(?:topfoto|corbis|bridgeman|hulton|mary evans|magnum photos|associated press|press association|rex features|popperfoto|akg-images|dreamstime|pixabay|pexels)\b/i;
const AGENCY_ACRONYMS = /\b(?:AP|AFP|EPA|UPI)\b/;

/** The text names a picture agency or a wire service (see AGENCY_NAMES, AGENCY_ACRONYMS). */
export function namesAgency(text: string): boolean {
  return AGENCY_NAMES.test(text) || AGENCY_ACRONYMS.test(text);
}

/** A picture's number opening a line: "Fig. 3", "Plate 12", "Map 3.". */
export function isNumberedFigure(text: string): boolean {
  return /^\s*(?:fig(?:ure)?|plate|illustration|map)\.?\s+\d+[a-z]?\b/i.test(text);
}

/**
 * Evidence that a short line is a picture caption rather than a heading: picture and credit
 * words, a date for the picture (a year, "c. 1900", most of all at the end), a label before a
 * colon, a credit in brackets. Numbering and capitals speak for a heading.
 */
export function captionEvidence(text: string): Evidence {
  const trimmed = text.trim();
  return weigh([
    (PICTURE_WORDS.test(trimmed) || POINTING_WORDS.test(trimmed) || namesAgency(trimmed)) && { weight: 2, reason: 'picture or credit words' },
    !PICTURE_WORDS.test(trimmed) && PLACE_OF_PICTURE_WORDS.test(trimmed) && { weight: 1, reason: 'words of collections and drawings' },
    /\b(?:c\.|ca\.|circa|about|around)\s*1[5-9]\d\d\b/i.test(trimmed) && { weight: 2, reason: 'dates a picture' },
    /\bin\s+(?:1[5-9]\d\d|20\d\d)s?\)?$/.test(trimmed) && { weight: 2, reason: 'ends on a year' },
    YEAR.test(trimmed) && { weight: 1, reason: 'carries a year' },
    /\([^)]{3,40}\)$/.test(trimmed) && { weight: 1, reason: 'ends with a credit in brackets' },
    isNumberedFigure(trimmed) && { weight: 1, reason: 'numbered as a figure' },
    /\b(?:from|after) an? (?:drawing|painting|sketch|engraving|photograph|lithograph|woodcut|watercolou?r)\b/i.test(trimmed) && { weight: 2, reason: 'names what the picture was made from' },
    /\b(?:courtesy of|reproduced (?:by|with)|by (?:kind )?permission of)\b/i.test(trimmed) && { weight: 1, reason: 'credits a source' },
    /^[\p{Lu}][\p{L}.]*(?: [\p{L}.]+)?:\s+\S/u.test(trimmed) && { weight: 1, reason: 'a label before a colon' },
    /^(?:\d+\.|[IVXLC]+\.)\s/.test(trimmed) && { weight: -2, reason: 'numbered like a section' },
    trimmed === trimmed.toUpperCase() && /\p{Lu}{3}/u.test(trimmed) && { weight: -1, reason: 'in capitals, as headings are set' },
  ]);
}

/** Second person: an interviewer's question speaks to the one who answers. */
const ADDRESSED = /(?:\b|(?<=\p{Ll}{2}))(?:you|your|yours|yourself|yourselves)\b/iu; // glued to the word before too ("wasyour")
/** A question on a line of its own: a capital first, a question mark last, a sentence's length at most. */
const QUESTION_LINE = /^["“‘]?\p{Lu}[^?]*\?["'”’)]?$/u;
const MAX_QUESTION_WORDS = 20;
/** Questions put to someone that a text needs before its question lines read as an interview's turns. */
const MIN_ADDRESSED_QUESTIONS = 3;
/**
 * Without questions put to "you", question lines read as turns when there are several and they
 * far outnumber the text's other heading-like lines ("And after the war?", "How long did the
 * strike last?"): an essay with a question or two among its headings ("Who dug them?") keeps them.
 */
const MIN_QUESTIONS = 4;
const QUESTIONS_PER_OTHER_HEADING = 3;
/** A short line that could be a heading: opens on a capital or a number, no closing punctuation. */
const HEADING_LIKE = /^["“‘(]?[\p{Lu}\p{N}][^.,;:!?]*$/u;
const MAX_HEADING_WORDS = 12;
const AUXILIARY = 'did|do|does|was|were|is|are|had|has|have|can|could|would|will|should';
/**
 * A question that lost its question mark (an OCR loss): a question word and, at most one word
 * on, a verb that asks ("How long did the strike last"), or a verb that asks before its
 * subject ("Was there no way round it"). "What the union has done" is no question.
 */
const QUESTION_WORDING = new RegExp(`^["“‘]?(?:(?:what|how|when|where|who|why|which)(?:\\s+\\S+)?\\s+(?:${AUXILIARY})|(?:${AUXILIARY})\\s+(?:you|he|she|they|it|we|there|the|your|his|her|their|any|anyone|anybody)|(?:and|but|so)\\s+(?:what|how|when|where|who|why)\\s+(?:${AUXILIARY}|about|after|then))\\b`, 'i');

/**
 * The questions of an interview, each set on a line of its own over its answer, read like
 * headings (short, capitalised, no full stop), and are the interviewer's turns. Taken from the
 * whole text: when several question lines speak to someone ("How did you come to the mill?"),
 * or question lines are most of the text's heading-like lines, every unnumbered question line
 * of the text is a turn, "Was it dangerous work?" too, and so is a line worded as a question
 * that lost its mark. The lines given are those that stand alone (a web copy's one-line
 * blocks, a PDF's lines after a break); the predicate answers for any line.
 */
export function interviewQuestions(standalone: readonly string[]): (text: string) => boolean {
  const isQuestion = (text: string): boolean => {
    const trimmed = text.trim();
    return QUESTION_LINE.test(trimmed) && wordCount(trimmed) <= MAX_QUESTION_WORDS;
  };
  const questions = standalone.filter(isQuestion);
  const addressed = questions.filter((text) => ADDRESSED.test(text)).length;
  const otherHeadings = standalone.filter((text) => {
    const trimmed = text.trim();
    // A line worded as a question that lost its mark is no evidence against the questions.
    return HEADING_LIKE.test(trimmed) && wordCount(trimmed) <= MAX_HEADING_WORDS && !QUESTION_WORDING.test(trimmed);
  }).length;
  const isInterview =
    addressed >= MIN_ADDRESSED_QUESTIONS || (questions.length >= MIN_QUESTIONS && questions.length >= otherHeadings * QUESTIONS_PER_OTHER_HEADING);
  if (!isInterview) return () => false;
  return (text) => {
    const trimmed = text.trim();
    return isQuestion(trimmed) || (HEADING_LIKE.test(trimmed) && wordCount(trimmed) <= MAX_QUESTION_WORDS && QUESTION_WORDING.test(trimmed));
  };
}

/** A speaker's label opening a line, before a colon: "Q:", "Rosa:", "NATHANIEL:", "Mrs Hale:". */
const COLON_LABEL = /^\s*["“‘]?(\p{Lu}[\p{L}.'’]{0,15}(?: \p{Lu}[\p{L}.'’]{0,15})?):\s+\S/u;
/** A play's speaker, in capitals before a full stop: "ALFRED. ", "MR. PENTREATH. ", an interview's "Q. " and "A. " (a roman section number is no name). */
const STOP_LABEL = /^\s*["“‘]?(\p{Lu}{2,}(?:\.?\s\p{Lu}{2,})?|\p{Lu})\.\s+\S/u;
const ROMAN_NUMBER = /^[IVXLC]+$/;
/** A question's end, before any closing quote or bracket. */
const QUESTION_END = /\?["'”’)]?$/u;
/** Lines a label must open to be a speaker's, and speakers so found before the text reads as turns of speech. */
const MIN_LABEL_TURNS = 2;
const MIN_SPEAKERS = 2;

function speakerLabel(text: string): string | undefined {
  const colon = COLON_LABEL.exec(text)?.[1];
  if (colon !== undefined) return `${colon}:`;
  const stop = STOP_LABEL.exec(text)?.[1];
  return stop !== undefined && !ROMAN_NUMBER.test(stop) ? `${stop}.` : undefined;
}

/**
 * The turns of a dialogue, an interview or a play, from the whole text: where two speakers'
 * labels at least ("ROSA:" and "NATHANIEL:", "Q:" and "A:", "ALFRED." and "MARGERY.") each open
 * two lines or more, every line opening on one of them is someone's words, not a heading, however
 * short and alone it stands ("ROSA: And the bell does the rest?"). One label used twice is no
 * such evidence ("Note: …"), except an interviewer's letter opening only questions ("Q. How
 * much were you paid?" twice or more) over answers that carry no label.
 */
export function dialogueTurns(texts: readonly string[]): (text: string) => boolean {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const label = speakerLabel(text);
    if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const speakers = new Set([...counts].filter(([, n]) => n >= MIN_LABEL_TURNS).map(([label]) => label));
  // One label of one letter opening only questions, twice or more ("Q. How much were you paid?"), is the interviewer's,
  // over answers set without one; a letter numbering sections ("A. The land") opens no run of questions.
  const questioner = [...speakers].filter((label) => label.length === 2 && texts.every((text) => speakerLabel(text) !== label || QUESTION_END.test(text.trim())));
  if (questioner.length === 1 && speakers.size === 1) return (text) => speakerLabel(text) === questioner[0];
  if (speakers.size < MIN_SPEAKERS) return () => false;
  return (text) => {
    const label = speakerLabel(text);
    return label !== undefined && speakers.has(label);
  };
}

/** A section's number opening a line, then its stop and a capital: "I. Setúbal", "IV. LISBON", "3. Findings", "2\\. The machine" (escaped). */
const SECTION_NUMBER = /^\s*(\d{1,2}|[IVXLC]{1,7})\\?[.)]\s+["“‘']?\p{Lu}/u;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(numeral: string): number | undefined {
  if (!/^(?=[IVXLC]+$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(numeral)) return undefined;
  let value = 0;
  for (let i = 0; i < numeral.length; i++) {
    const here = ROMAN_VALUES[numeral[i]!]!;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0;
    value += here < next ? -here : here;
  }
  return value;
}

/** The number a line opens on, with its style (roman or arabic figures), or undefined. */
export function sectionNumber(text: string): { style: string; value: number } | undefined {
  const numeral = SECTION_NUMBER.exec(text)?.[1];
  if (numeral === undefined) return undefined;
  if (/^\d/.test(numeral)) return { style: 'arabic', value: Number(numeral) };
  const value = romanValue(numeral);
  return value === undefined ? undefined : { style: 'roman', value };
}

/**
 * Lines that open on a section number whose neighbour in the count ("II." for "I.", "III." or
 * "I." for "II.") opens another of the lines given: the text numbers its sections, and a line in
 * that count is one of them, whatever stands under it (a letter's salutation under "I. Setúbal,
 * 3rd April") or however it is worded (a place and a day). The lines given are those that may
 * be headings (a web copy's one-line blocks, a PDF's short lines).
 */
export function sectionCount(texts: readonly string[]): (text: string) => boolean {
  const seen = new Set<string>();
  for (const text of texts) {
    const number = sectionNumber(text);
    if (number) seen.add(`${number.style} ${number.value}`);
  }
  return (text) => {
    const number = sectionNumber(text);
    return number !== undefined && (seen.has(`${number.style} ${number.value + 1}`) || seen.has(`${number.style} ${number.value - 1}`));
  };
}

/**
 * A label word and a section's number opening a line, before a colon or a stop, then a capital: "Adran III: Cŵn Defaid",
 * "Part 2. The mills", "Kapitel IV: Die Reise", "Part Two: The mills".
 */
const LABELLED_PART = /^\s*["“‘']?(\p{Lu}\p{Ll}{1,11})\s+(\d{1,3}|[IVXLC]{1,7}|\p{Lu}\p{Ll}{2,8})[.:]\s+["“‘']?\p{Lu}/u;

/** English numbers in words, as parts are counted in them ("Part Two", "Round Four", "Book the First" aside): their values. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((word, i) => [word, i + 1]),
);

function labelledNumber(text: string): string | undefined {
  const m = LABELLED_PART.exec(text);
  if (!m) return undefined;
  const numeral = m[2]!;
  const value = /^\d/.test(numeral) ? Number(numeral) : /^[IVXLC]+$/.test(numeral) ? romanValue(numeral) : NUMBER_WORDS.get(numeral.toLowerCase());
  return value === undefined ? undefined : `${m[1]!.toLowerCase()} ${value}`;
}

/**
 * Lines led by a label word and a number whose neighbour in the count under the same label ("Adran II:" for "Adran III:",
 * "Part 3." for "Part 2.") leads another of the lines given: the text numbers its parts under that word, and a line in the
 * count is one of them, whatever the layout set round it. A picture's label counts its pictures the same way ("Fig. 3",
 * "Plate 4"): the caller weighs the line's wording as a caption's first.
 */
export function labelledSectionCount(texts: readonly string[]): (text: string) => boolean {
  const seen = new Set<string>();
  for (const text of texts) {
    const key = labelledNumber(text);
    if (key !== undefined) seen.add(key);
  }
  return (text) => {
    const key = labelledNumber(text);
    if (key === undefined) return false;
    const at = key.lastIndexOf(' ');
    const label = key.slice(0, at);
    const value = Number(key.slice(at + 1));
    return seen.has(`${label} ${value + 1}`) || seen.has(`${label} ${value - 1}`);
  };
}

/**
 * A heading in the text's count of its parts (see labelledSectionCount), whose label names no picture ("Round Four:
 * Picture Round" beside "Round Three: Music"; not "Plate 4: …" beside "Plate 3: …"): the picture words after its colon
 * name the part, not a picture set beside the text.
 */
export function countedPartHeading(texts: readonly string[]): (text: string) => boolean {
  const isCounted = labelledSectionCount(texts);
  return (text) => {
    if (!isCounted(text) || isNumberedFigure(text)) return false;
    const label = /^[^.:]*/u.exec(text.trim())?.[0] ?? '';
    return captionEvidence(label).score <= 0;
  };
}

/** Most words a letter's salutation runs to: "Sir,", "Dear Mrs Hale,", "My dear Margaret,". */
const MAX_SALUTATION_WORDS = 4;

/** A postscript's mark opening a paragraph, in the forms letters use ("P.S.", "P.-S.", "PS:", "P.P.S."): the line above it is the letter's signature. */
export const POSTSCRIPT = /^\s*(?:P\.\s?)?P\.?[-\s]?S\.?[:\s]/u;

/**
 * A letter's salutation on a line of its own: a few words opening on a capital and ending on
 * a comma, nothing else. The short line above one is the letter's address ("To the Editor of
 * …"), part of the letter and no section heading, however much it looks like one.
 */
export function isSalutationLine(text: string): boolean {
  const trimmed = text.trim();
  // Its capital may be a drop cap the extraction lost ("ir,").
  return /^["“‘]?\p{L}[^.;:!?,]*,["”’]?$/u.test(trimmed) && wordCount(trimmed) <= MAX_SALUTATION_WORDS;
}

/** Most longer words after the first capitalised, two at least: a title's or heading's style; captions are set in sentence case. */
export function isTitleCase(text: string): boolean {
  const words = (text.match(/\p{L}{4,}/gu) ?? []).slice(1);
  return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.6;
}

/** Caption evidence with picture or credit words from which a line its place does not prove a caption goes. */
const PICTURE_CAPTION = 2;
/** The same without them: a picture dated ("… in 1905", "c. 1905") or named, more than a bare year. */
const DATED_CAPTION = 3;

/**
 * A caption's wording, strong enough to remove a line whose place a heading or subtitle could
 * take too (under a heading, at a block's head): picture or credit words; or, for a line not in
 * title case (as headings and subtitles are set), a dated or named picture. A year alone is no
 * caption: "The flood of 1953" heads sections.
 */
export function captionWording(text: string): Evidence | undefined {
  const evidence = captionEvidence(text);
  if (evidence.findings.some((f) => /picture or credit/.test(f.reason))) return evidence.score >= PICTURE_CAPTION ? evidence : undefined;
  if (isTitleCase(text)) return undefined;
  const beyondYear = evidence.findings.some((f) => f.weight > 0 && f.reason !== 'carries a year');
  return evidence.score >= DATED_CAPTION && beyondYear ? evidence : undefined;
}

/**
 * A label word and a number opening a heading ("Chapter 3.", "Part II", "Scene 4:"), the section sign and a number
 * ("§ 2 Methods", "§3. Scope"), or a bare section number ("3.", "IV.").
 */
const LABELLED_NUMBER = /^\s*(?:(\p{Lu}\p{Ll}+\s|§)\s*)?(\d{1,2}|[IVXLC]{1,7})\\?(?:[.:)]|\s+\p{Lu}|$)/u;

/** How a heading is set: in capitals, or with every longer word capitalised ("The Editor Replies", "Of Money"); undefined for sentence case. */
function headingSetting(text: string): 'capitals' | 'capitalised' | undefined {
  const trimmed = text.trim();
  if (/\p{Lu}{3}/u.test(trimmed) && trimmed === trimmed.toUpperCase()) return 'capitals';
  // The words after the first (which any setting capitalises), of four letters or more (so no "of", "the").
  const [first, ...rest] = trimmed.replace(/^\s*(?:\d{1,2}|[IVXLC]{1,7})\\?[.)]\s*/u, '').match(/\p{L}+/gu) ?? [];
  const longer = rest.filter((w) => w.length >= 4);
  return first !== undefined && /^\p{Lu}/u.test(first) && longer.every((w) => /^\p{Lu}/u.test(w)) ? 'capitalised' : undefined;
}

/**
 * The pattern a document's headings keep, from the headings already found on other evidence
 * (each over its paragraph): a label and a number that count on ("Chapter 1." after "Chapter
 * 2.", "IV." beside "III."), or one setting shared by all of them (all in capitals, or every
 * longer word capitalised). A line in that pattern has the document's own word for being one of
 * its headings, where its place alone (a box or a caption left between it and its paragraph)
 * does not show it. Sentence case is no pattern: captions and notices are set so too.
 */
export function headingPattern(headings: readonly string[]): (text: string) => boolean {
  const numbers = new Set<string>();
  for (const text of headings) {
    const m = LABELLED_NUMBER.exec(text);
    const value = m ? (/^\d/.test(m[2]!) ? Number(m[2]) : romanValue(m[2]!)) : undefined;
    if (m && value !== undefined) numbers.add(`${m[1]?.trim() ?? ''} ${/^\d/.test(m[2]!) ? 'arabic' : 'roman'} ${value}`);
  }
  const settings = new Set(headings.map(headingSetting));
  const shared = headings.length > 0 && settings.size === 1 ? [...settings][0] : undefined;
  return (text) => {
    const m = LABELLED_NUMBER.exec(text);
    const value = m ? (/^\d/.test(m[2]!) ? Number(m[2]) : romanValue(m[2]!)) : undefined;
    if (m && value !== undefined) {
      const style = /^\d/.test(m[2]!) ? 'arabic' : 'roman';
      const label = m[1]?.trim() ?? '';
      if (numbers.has(`${label} ${style} ${value - 1}`) || numbers.has(`${label} ${style} ${value + 1}`)) return true;
    }
    return shared !== undefined && headingSetting(text) === shared;
  };
}

/** Fewest headings found that keep one setting before a line in that setting is taken for another of them (see headingMajority). */
const MIN_SHARING_HEADINGS = 2;

/**
 * A looser reading of the same pattern, for a line with other evidence of a heading: set as most of
 * the headings already found are, two of them at least (capitals, or every longer word
 * capitalised), where one line taken for a heading on weaker evidence (a quoted turn, a caption)
 * breaks the setting all of them share.
 */
export function headingMajority(headings: readonly string[]): (text: string) => boolean {
  const counts = new Map<string, number>();
  for (const text of headings) {
    const setting = headingSetting(text);
    if (setting !== undefined) counts.set(setting, (counts.get(setting) ?? 0) + 1);
  }
  return (text) => {
    const setting = headingSetting(text);
    const count = setting === undefined ? 0 : counts.get(setting) ?? 0;
    return count >= MIN_SHARING_HEADINGS && count * 2 > headings.length;
  };
}

/** A line wholly in quotation marks, closed by a stop, a question's or a cry's mark or a comma inside the quote ("Has Daniel gone?"). */
const QUOTED_SPEECH = /^["“‘]\p{Lu}.*[.?!,…]["”’]$/u;
/** Opens on a quotation mark: a turn of talk. */
const OPENS_QUOTE = /^\s*["“‘]\p{L}/u;
/** Closes a quotation after its stop: the end of a turn of talk. */
const CLOSES_QUOTE = /[.?!,…]["”’]\s*$/u;

/**
 * A line of dialogue: wholly in quotation marks, its own stop inside the quote, with a turn of talk
 * on either side ("… you'll find one yourself." / "Has Daniel gone?" / "Gone at six, …"). A novel's
 * exchange sets its turns as short paragraphs of their own; a section's heading is not a quotation
 * closed on its own stop among quoted paragraphs.
 */
export function isTurnOfTalk(text: string, above: string | undefined, below: string | undefined): boolean {
  if (!QUOTED_SPEECH.test(text.trim())) return false;
  return (below !== undefined && OPENS_QUOTE.test(below)) || (above !== undefined && CLOSES_QUOTE.test(above));
}

/** A full stop after a word of three small letters or more, then a capital: one sentence closed and the next begun on the line. */
const SENTENCE_INSIDE = /\p{Ll}{3,}[.!?]\s+\p{Lu}/u;
/**
 * The same, closed by a full stop after a whole word in lower case: a question inside a heading may be the heading's own
 * ("Who owns the river? A history of the tolls"), and a title-case heading may stop after a name ("The Burning of the Mill. A Memoir").
 */
const STATEMENT_INSIDE = /(?<!\p{L})\p{Ll}{3,}\.\s+\p{Lu}/u;
/** Fewest words of a sentence closed inside a heading's lines. */
const MIN_CLOSED_SENTENCE_WORDS = 3;

/**
 * The lines close a sentence of running words (one at least in lower case) and begin the next
 * ("6. A light book has its rights too. Whoever…"): a numbered item or a paragraph running on,
 * not a heading, which names its section in one phrase ("Chapter Three. The Green" has no
 * running words before its stop).
 */
export function closesSentenceInside(text: string, fullStopOnly = false): boolean {
  const body = text.replace(/^\s*(?:\d{1,3}|[IVXLC]{1,6})\\?\.\s+/u, '');
  const stop = (fullStopOnly ? STATEMENT_INSIDE : SENTENCE_INSIDE).exec(body);
  if (!stop) return false;
  const words = body.slice(0, stop.index).trim().split(/\s+/);
  // With the full stop only, the words before it run as a sentence does, not in a title's capitals ("Letter the Second. From Paris").
  if (fullStopOnly && isTitleCase(body.slice(0, stop.index + stop[0].length - 2))) return false;
  return words.length + 1 >= MIN_CLOSED_SENTENCE_WORDS && words.some((word) => /^\p{Ll}/u.test(word));
}

/** A label of up to four words and its colon opening a line: "Witness: ", "By the Coroner: ", "Mr Hale: ". */
const TURN_LABEL = /^\s*["“‘]?\p{Lu}[\p{L}'’.]*(?:\s+[\p{L}'’.]+){0,3}:\s+["“‘]?\p{L}/u;

/**
 * A question put under a speaker's label ("By the Coroner: Was the top face examined?") with a
 * labelled answer directly under it ("Witness: The foreman went along it …"): a turn of a hearing
 * or an interview, however few times its own label is used, not a heading in "Label: subtitle" form.
 */
export function isLabelledQuestionTurn(text: string, below: string | undefined): boolean {
  return TURN_LABEL.test(text) && /\?["”’)]?$/u.test(text.trim()) && below !== undefined && TURN_LABEL.test(below);
}

/**
 * A speaker's label names someone: its last word before the colon is capitalised ("Foreman", "By the Coroner", "Mrs
 * Dale"); an offer's or a link's lead runs on in lower case ("Subscribe to our newsletter:", "Read more:").
 */
const SPEAKER_NAMED = /^\s*["“‘]?(?:[\p{L}'’.]+\s+){0,3}\p{Lu}[\p{L}'’.]*:\s/u;

/**
 * A line the text's talk owns (a script, an interview, an inquest, a play), given `isTurn`, the text's own evidence of
 * its speakers (a label opening other lines too): a turn under such a label, or a question under a label naming
 * someone, answered by the labelled line under it ("By the Coroner: Who locked the mill that night?" / "Witness: …";
 * "Foreman: And the office, was there a lamp burning in it?"), however seldom its label is used. A labelled line
 * that asks nothing, its label used once, is not taken for a turn: an offer or a credit may stand so between two
 * turns ("Podcast: Hear every episode, free.").
 */
export function isTurnInTalk(text: string, below: string | undefined, isTurn: (text: string) => boolean): boolean {
  if (isTurn(text)) return true;
  if (!TURN_LABEL.test(text) || !SPEAKER_NAMED.test(text)) return false;
  return isLabelledQuestionTurn(text, below);
}

/** A capitalised word (a name, a people, a place: "Danes", "O’Neill", "Saint-Malo") and the comma after it. */
const LISTED_NAME = String.raw`\p{Lu}[\p{L}'’.-]*,`;
/** Capitalised words closing a line, each with its comma: the list goes on below ("… the Danes, Swedes,"). */
const NAMES_CLOSING = new RegExp(String.raw`(?:^|[\s—–(])((?:${LISTED_NAME}\s*)+)$`, 'u');
/** Capitalised words opening a line, each with its comma: the list above goes on here ("Norwegians, Finns, …"). */
const NAMES_OPENING = new RegExp(String.raw`^\s*["“‘(]?((?:${LISTED_NAME}\s*)+)`, 'u');
/** Fewest names a list must hold across the break for the break to be the list's own. */
const MIN_LISTED_NAMES = 3;

function listedNames(match: RegExpExecArray | null): number {
  return match ? (match[1]!.match(/,/g) ?? []).length : 0;
}

/**
 * The line carries on a comma list of capitalised words (peoples, places, names) from the line
 * above ("… the Danes, Swedes," / "Norwegians, Finns, Icelanders — and …"), or its list goes on in
 * the line below: a sentence naming things, wrapped where the list was, which no caption, heading
 * or piece of furniture shares with the lines around it. Its words read as the text's own.
 */
export function continuesNameList(text: string, above: string | undefined, below: string | undefined): boolean {
  const opening = listedNames(NAMES_OPENING.exec(text));
  const fromAbove = above === undefined ? 0 : listedNames(NAMES_CLOSING.exec(above.trimEnd()));
  if (opening > 0 && fromAbove > 0 && opening + fromAbove >= MIN_LISTED_NAMES) return true;
  const closing = listedNames(NAMES_CLOSING.exec(text.trimEnd()));
  const intoBelow = below === undefined ? 0 : listedNames(NAMES_OPENING.exec(below));
  return closing > 0 && intoBelow > 0 && closing + intoBelow >= MIN_LISTED_NAMES;
}

/**
 * A short line whose closing stop follows a number after a word ("Szombat, október 5.", "Fredag, september 20."): the
 * stop marks an ordinal, as Hungarian, Finnish, German and the Scandinavian tongues write a day's number, not a
 * sentence's end. No other stop, colon or question in it.
 */
const ORDINAL_CLOSE = /^\s*["“‘]?\p{Lu}[^.!?;:]*[\p{L},]\s+\d{1,2}\\?\.$/u;
/** Fewest and most words of such a line: a day, a month and its number; a label and a number alone ("Clause 2.") is not read so. */
const MIN_ORDINAL_HEADING_WORDS = 3;
const MAX_ORDINAL_HEADING_WORDS = 5;

function isOrdinalClosed(text: string): boolean {
  return ORDINAL_CLOSE.test(text) && wordCount(text) >= MIN_ORDINAL_HEADING_WORDS && wordCount(text) <= MAX_ORDINAL_HEADING_WORDS;
}

/**
 * Lines closed by an ordinal's stop (see ORDINAL_CLOSE) where the document sets another line of that shape among those
 * given (its lines standing alone, or over their text), two different lines at least: the document's own pattern for its headings (a programme's
 * days, a book's numbered parts). The stop then closes the ordinal, and the line may be weighed as a heading without it;
 * a single such line, which may be a sentence ("He was 20."), stays as the caller reads it.
 */
export function ordinalHeadings(texts: readonly string[]): (text: string) => boolean {
  const seen = new Set<string>();
  for (const text of texts) if (isOrdinalClosed(text.trim())) seen.add(normaliseForComparison(text));
  return (text) => {
    if (!isOrdinalClosed(text.trim())) return false;
    const key = normaliseForComparison(text);
    return seen.size - (seen.has(key) ? 1 : 0) >= 1 && (seen.has(key) ? seen.size : seen.size + 1) >= 2;
  };
}
