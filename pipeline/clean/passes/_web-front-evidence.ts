import { isStrongProse } from '../_evidence.ts';
import type { PassContext } from '../_context.ts';
import { MONTH_NAMES, SENTENCE_END, normaliseForComparison, wordCount } from '../_lines.ts';
import { LANGUAGE_NAME } from './_web-vocabulary.ts';
import { isWriterNote } from './_web-writer-note.ts';
import { contributorCredit } from './_pdf-front.ts';

/**
 * The evidence that a short line near a web page's title is a byline, a credit, a time stamp or
 * a notice about the page, shared by the passes that read the page's opening: web/front-byline
 * removes such lines, web/navigation never takes one for the title.
 */

/**
 * What a credit line under a title opens on: who took the pictures, wrote, reported, edited,
 * translated, when it was updated. Publishing usage, counted as a weight with what follows it.
 */
const CREDIT_LEAD =
  /^(?:(?:header|top|lead|main|cover|hero|featured?|banner|opening)\s+(?:image|photo(?:graph)?|picture|illustration|art)|guest\s+(?:post|column|essay|blog|piece|contribution|writer|author|contributor)|photo(?:graph(?:y|s|ed)?)?s?|pictures?|images?|illustrations?|illustrated|artwork|graphics|words|text|(?:additional )?reporting|reported|research(?:ed)?|edited|editing|(?:copy|sub)[- ]?edit(?:ing|ed)|fact[- ]?check(?:ing|ed)|updated|revised|amended|modified|last (?:updated|modified|edited)|published|posted|filed|written|interview(?:ed|s)?|translated|translation|design(?:ed)?|video|audio|maps?|narrated|produced|production|commissioned)\b/iu;
/** After the lead, who or when: "by", "from", "on", "at", a colon. */
const CREDIT_LINK = /^\S+(?: \p{Ll}+){0,2}\s*(?:by|from|on|at|:|—|–)\s/u;
/** A role under a name: "Features Editor", "staff writer", "our correspondent". */
const ROLE = /\b(?:editor|editors|correspondent|writer|reporter|contributor|columnist|photographer|producer|critic|staff|intern|fellow|desk|bureau|volunteers?|team)\b/iu;
/** A name and a role after a comma: "Fergus Dunne, Features Editor". */
const NAME_COMMA_ROLE = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3},\s/u;
const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const DATE = new RegExp(`\\b(?:${MONTH_NAMES}|${MONTH_ABBREVIATIONS})\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES}|${MONTH_ABBREVIATIONS})\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b(?:19|20)\\d\\d\\b`, 'iu');
/** A time of day: "3:30 am", "6.30", "14:32 GMT". */
const TIME = /\b\d{1,2}[:.]\d{2}\b(?:\s*(?:am|pm|a\.m\.|p\.m\.|gmt|bst|utc|cet|est|pst))?|\b\d{1,2}\s*(?:am|pm)\b/iu;
/** Notices about the page: translation, sponsorship, the archive. */
const NOTICE =
  /\b(?:translat\p{L}*|sponsor\p{L}*|partnership|paid|promoted|advertis\p{L}*|archived?|syndicated|republished|reprinted|warning|content note|clarification|appended|correction|summary (?:appears|is given|follows|below)|(?:version|edition) available|names? (?:\p{L}+ )?(?:have been|has been|were) changed|rights reserved|reproduced|sold separately|printed (?:for|by)|licen[cs]ed|creative commons|(?:first|originally) (?:published|appeared)|(?:an )?earlier version|(?:more than|over) (?:\d+|a|one|two|three|four|five|ten) years? old|(?:supported|funded|presented|brought to you) by|in association with)\b/iu;
/** Languages a page is offered in: general knowledge. */
const LANGUAGE = new RegExp(`${LANGUAGE_NAME.source}|(?<!\\p{L})(?:Français|Française|Español|Española|Deutsch|Italiano|Português|Nederlands|Cymraeg|Gaeilge|Polski|Svenska|Dansk|Norsk|Suomi|Türkçe|Català|Euskara|Ελληνικά|Русский|Українська|中文|日本語|한국어|العربية|עברית)(?!\\p{L})`, 'u');
/** A language's own name as other languages write it, in lower case ("en français", "auf deutsch", "em português"): the same knowledge. */
const OWN_LANGUAGE_NAME = /(?<!\p{L})(?:français|française|español|española|castellano|deutsch|italiano|português|nederlands|polski|svenska|dansk|norsk|suomi|türkçe|català|euskara|galego|cymraeg|gaeilge)(?!\p{L})/iu;
/** A row of two-letter language codes between separators: "EN | FR | DE", "Also in: FR · ES". */
const LANGUAGE_CODES = /(?<!\p{L})\p{Lu}{2}(?:\s*[|·•/,]\s*\p{Lu}{2}){1,}(?!\p{L})/u;
/** The page offered in other tongues without naming one: "Available in 3 languages", "Other languages". */
const LANGUAGES_WORD = /\blanguages?\b/iu;
/** Words of an offer of the page in another language: "also", "available", "version", "switch", "prefer". */
const OFFER_SENSE = /\b(?:also|available|versions?|translat\p{L}*|editions?|read|switch|prefer|languages?)\b/iu;
/** A time stamp's age or a reading time: "3 hours ago", "9 minute read", "Reading time 9'", "1,240 words". */
const AGE_OR_LENGTH = /\b\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\b\d+\s*[- ]?(?:minutes?|mins?|m)\.?\s+(?:read|listen|watch)\b|\b(?:reading|listening|running) time\b|\b\d+\s*[′']\s*(?:read)?\s*$|^\s*\d[\d,.]*\s+words\b|[|·•▪/]\s*\d[\d,.]*\s+words\b/iu;
/** The fields a byline strings together with bars, dots, slashes or dashes: "12 May 2019 / Jane Hale / 4 comments". */
const FIELD_SEPARATOR = /\s+[|·•▪/—–]\s+|\s{3,}/u;
/** A field that is a count of something a site counts: "8 Comments", "12 replies", "3 shares". */
const SITE_COUNT = /^\d[\d,.]*\s+\p{L}+$/u;
/** A dateline in capitals before the text: "LONDON —", "CARDIFF, Wales —". */
const DATELINE = /^\p{Lu}{3,}(?:[ ,]+\p{L}+){0,2}\s*[—–-]\s*$/u;
/** A time stamp's label in another tongue, as translated pages keep it: "Publié le", "Aktualisiert am", "Publicado". */
const FOREIGN_STAMP =
  /^(?:publi[ée]e?s?|mis à jour|actualis[ée]e?|modifi[ée]e?|ver[öo]ffentlicht|aktualisiert|ge[äa]ndert|erschienen|publicad[oa]|actualizad[oa]|pubblicat[oa]|aggiornat[oa]|gepubliceerd|bijgewerkt|publicerad|uppdaterad|udgivet|opdateret|publisert|oppdatert|opublikowano|zaktualizowano|julkaistu|päivitetty)(?!\p{L})/iu;
/** A reading time in another tongue: "Lesezeit: 6 Min.", "Temps de lecture", "5 minutos de lectura". */
const FOREIGN_READING_TIME =
  /(?<!\p{L})(?:lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|lästid|læsetid|lesetid|czas czytania|lukuaika)(?!\p{L})|\b\d+\s*(?:min\.?|minuten|minutos|minuti|minuter|minutter|minuty)\s+(?:lesen|de lecture|de lectura|di lettura|de leitura|lezen|läsning|lesing|læsning|czytania)(?!\p{L})/iu;
/** "By" in another tongue before a name of two words: "Par Jeanne Roux", "Von Karl Weber", "Por Ana Ruiz". */
const FOREIGN_BY = /^(?:[Pp]ar|[Vv]on|[Pp]or|[Dd]oor|[Aa]v|[Aa]f|[Pp]rzez)\s+\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}/u;
/** A title of address before a name ("Dr. Jane Hale", "Revd John Ash"): a byline's name is read without it. */
export const HONORIFIC = /^(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Rev|Revd|Sir|Dame|Capt|Captain)\.?\s+(?=\p{Lu})/u;
/** The words of a portrait's alt text, in either case. */
const PORTRAIT_WORD = '[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|[Pp]ortrait|[Hh]ead ?shot|[Aa]vatar|[Tt]humbnail|[Mm]ugshot';
/** A portrait's alt text left by the page: "Photo of Jane Hale", "Jane Hale's avatar", "Author headshot". */
const PORTRAIT = new RegExp(
  String.raw`^(?:(?:[Aa]uthor|[Pp]rofile|[Cc]ontributor|[Ss]taff)(?:['’]s)?\s+)?(?:(?:${PORTRAIT_WORD})\s*$|(?:${PORTRAIT_WORD.replace('|[Pp]ortrait', '')})\s+(?:of|for)\s+\p{Lu}[\p{Ll}'’.-]+\s+\p{Lu})|['’]s\s+(?:profile\s+)?(?:${PORTRAIT_WORD})$`,
  'u',
);
/** A byline naming several people, or one and where the writer is: "By Jane Hale and Tom Lee", "By Jane Hale, in Leeds". */
const BY_SEVERAL = /^[Bb]y\s+\p{Lu}[\p{Ll}'’.-]+\s+\p{Lu}[\p{L}'’-]+(?:\s*,\s*|\s+(?:and|&)\s+)(?:\p{Lu}[\p{Ll}'’.-]+\s+\p{Lu}|(?:in|at|from)\s+\p{Lu})/u;
/** Names of two people or more, each of two words, with "and": "Jane Hale and Tom Lee". */
const SEVERAL_NAMES = /^\p{Lu}[\p{Ll}'’.-]+\s+\p{Lu}[\p{L}'’-]+(?:,\s+\p{Lu}[\p{Ll}'’.-]+\s+\p{Lu}[\p{L}'’-]+)*\s+(?:and|&)\s+\p{Lu}[\p{Ll}'’.-]+\s+\p{Lu}[\p{L}'’-]+$/u;
/** A name and where the writer files from: "Jane Hale, in Leeds". */
const NAME_IN_PLACE = /^\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2},\s+(?:in|at|from)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?$/u;
/** An article before a word in lower case: a thing named in words, as a sentence names it ("the village hall"). */
const ARTICLE_AND_NOUN = /\b(?:the|a|an)\s+\p{Ll}{3,}/u;
/** A translator credited by name, alone on the line: "Translated by Ann Hale.", "Translated from the Welsh by Ann Hale". */
const TRANSLATOR = /^(?:[Tt]ranslated|[Tt]ranslation)(?:\s+from\s+(?:the\s+)?\p{Lu}\p{L}+)?\s+by\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}\.?$/u;

/**
 * The line credits the piece's translator by a person's name, and the metadata does not give that person (see
 * contributorCredit, which PDF extractions' front lines use too): the words on the page are the translator's as much
 * as the author's, and such a credit stays with the piece. One that repeats the front matter's `translator:` may go.
 */
export function namesTranslator(text: string, ctx: PassContext): boolean {
  const t = text.trim();
  return TRANSLATOR.test(t) && contributorCredit(t, ctx) === 'not in the metadata';
}

/** The weight a line needs to be taken for a byline or a notice. */
export const FRONT_LINE_THRESHOLD = 3;

/**
 * A recording player's speed control: a rate with a decimal and a multiplication sign ("1.0×", "1,5x"), on a line
 * of a few words; a line of the text gives a magnification or a ratio inside a sentence.
 */
const PLAYER_SPEED = /(?<![\p{L}\p{N}])\d[.,]\d{1,2}\s?[×x](?![\p{L}\p{N}])/u;
const MAX_CONTROL_WORDS = 4;

export interface Weighed {
  score: number;
  reasons: string[];
}

/** Evidence that a short line between the title and the text is a byline, a credit, a time stamp or a notice about the page. */
export function frontLineEvidence(text: string, author: string | undefined): Weighed {
  const t = text.trim();
  const reasons: string[] = [];
  let score = 0;
  const add = (weight: number, reason: string): void => {
    score += weight;
    reasons.push(reason);
  };
  if (author && author.length > 3 && normaliseForComparison(t).includes(normaliseForComparison(author))) add(2, "names the piece's author");
  if (/^by\s+\p{Lu}/iu.test(t)) add(2, 'opens on "by" and a name');
  if (CREDIT_LEAD.test(t)) add(CREDIT_LINK.test(t) ? 2 : 1, 'opens on a credit or a time stamp');
  if (/\bby\s+\p{Lu}/u.test(t)) add(1, 'names someone after "by"');
  if (PORTRAIT.test(t) && wordCount(t) <= 6) add(3, "a portrait's alt text");
  if (BY_SEVERAL.test(t)) add(1, 'a byline with several names, or a name and a place');
  if (SEVERAL_NAMES.test(t)) add(1, 'names of several people');
  if (NAME_IN_PLACE.test(t)) add(1, 'a name and where the writer is');
  if (FOREIGN_STAMP.test(t)) add(2, "opens on a time stamp's label in another tongue");
  if (FOREIGN_READING_TIME.test(t)) add(3, 'a reading time in another tongue');
  // An English title opening on a name ("Von Trapp and the Mountains") carries English function words.
  if (FOREIGN_BY.test(t) && wordCount(t) <= 8 && !/\b(?:the|and|of|in|on|a|an|to|for|with)\b/u.test(t)) add(3, 'opens on "by" in another tongue and a name');
  if (ROLE.test(t) && wordCount(t) <= 8) add(NAME_COMMA_ROLE.test(t) ? 3 : 2, 'names a role');
  // The site's one-sentence note on the writer: a name, then what the person does for whom, in the third person.
  if (isWriterNote(t)) add(2, 'a note on the writer in the third person');
  if (DATE.test(t)) add(1, 'a date');
  if (AGE_OR_LENGTH.test(t)) add(2, "a time stamp's age or a reading time");
  // A second stamp strung after the first, its label capitalised as a site sets it: "3 April 2022 Updated 4 April 2022".
  if (!CREDIT_LEAD.test(t) && DATE.test(t) && /\S\s+(?:Updated|Published|Posted|Modified|Edited|Revised)\b/u.test(t)) add(2, "a time stamp's label after a date");
  if (PLAYER_SPEED.test(t) && wordCount(t) <= MAX_CONTROL_WORDS) add(3, "a player's speed control");
  if (TIME.test(t)) add(DATE.test(t) ? 2 : 1, DATE.test(t) ? 'a date with a time of day: a time stamp' : 'a time of day');
  // A stamp is a label, a date and a time; a place or an occasion named in words ("Held in the village hall, Saturday
  // 9 March, at 2.30 pm", "Written on the boat, 3 May, 9 pm") is the piece's own, as minutes, letters and diaries open.
  if (TIME.test(t) && !CREDIT_LEAD.test(t) && !NOTICE.test(t) && ARTICLE_AND_NOUN.test(t)) add(-1, 'a place or an occasion named in words');
  const notices = new Set((t.match(new RegExp(NOTICE.source, 'giu')) ?? []).map((w) => w.toLowerCase())).size;
  if (notices) add(notices > 1 ? 3 : 2, 'a notice about the page');
  // A language named, in capitals too ("(IRISH VERSION AVAILABLE)").
  // A language's own name, a row of codes or "languages": the page's switch, which an English title's adjective ("The Welsh Hymn") is not.
  let languageSwitch = true;
  let englishName = false;
  if (OWN_LANGUAGE_NAME.test(t)) add(2, 'names a language in its own tongue');
  else if (LANGUAGE.test(t) || LANGUAGE.test(t.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase()))) {
    add(2, 'names a language');
    languageSwitch = false;
    englishName = true;
  } else if (LANGUAGE_CODES.test(t) && wordCount(t) <= 8) add(2, 'a row of language codes');
  else if (LANGUAGES_WORD.test(t) && wordCount(t) <= 6) add(2, 'offers other languages');
  else languageSwitch = false;
  // A language named with a word of the offer: the page in that language, not a line about it.
  if (englishName && OFFER_SENSE.test(t)) add(1, 'offers the page in it');
  if (languageSwitch && wordCount(t) <= 5 && !SENTENCE_END.test(t)) add(1, 'a few words, no sentence');
  // Short fields strung together, one of them a date, a time, an age or a count: a byline's shape, whatever its words.
  const fields = t.split(FIELD_SEPARATOR).filter((f) => f.trim());
  if (fields.length >= 2 && fields.every((f) => wordCount(f) <= 6) && fields.some((f) => DATE.test(f) || TIME.test(f) || AGE_OR_LENGTH.test(f) || SITE_COUNT.test(f.trim()))) add(1, 'short fields, one a date, time or count');
  if (/\bthis (?:article|story|piece|essay|post|page|interview|report)\b|\bthe page\b/i.test(t)) add(2, 'the page speaks of itself');
  // Set apart as a note: in italics or brackets whole, after a short label and a colon, or behind a marker.
  if (/^\s*(?:_[^_]+_|\*[^*]+\*|\([^()]+\)|\[[^\]]+\])\s*$/u.test(t)) add(2, 'set in italics or brackets whole');
  else if (/^[\p{L}\d' ]{2,40}:\s/u.test(t) && wordCount(t.split(':')[0]!) <= 5) add(1, 'a short label and a colon');
  if (/^[^\p{L}\p{N}\s"“‘'([_*—–-]/u.test(t)) add(1, 'behind a marker');
  // A footnote's asterisk, not italics: "* Names have been changed."
  else if (/^\*\s/.test(t)) add(1, 'behind an asterisk');
  if (/\b(?:our|we|you|your|here|click|read it)\b/iu.test(t)) add(1, 'the site speaks');
  if (DATELINE.test(t)) add(3, 'a dateline in capitals');
  if (/\s[|/·•]\s/.test(t)) add(1, 'fields set apart by bars or dots');
  if (wordCount(t) <= 3 && !/[.!?:;,]$/.test(t) && /^[\p{Lu}\p{N}]/u.test(t) && score > 0) add(1, 'a label');
  // A sentence of the piece, an epigraph or its attribution.
  if (isStrongProse(t)) add(-1, 'reads as a sentence');
  if (/^["“‘']/.test(t)) add(-3, 'a quotation');
  // An epigraph's attribution opens on a dash; a notice behind a dash ("— Updated with a correction") does not answer to one.
  else if (/^[—–-]/.test(t) && !notices) add(-1, 'an attribution\'s dash');
  return { score, reasons };
}
