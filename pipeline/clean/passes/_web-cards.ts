import { DATE_LINE, MONTH_NAMES, SENTENCE_END, wordCount } from '../_lines.ts';
import { isEntryDetail } from './_web-chrome.ts';

/**
 * The parts of an article's card in a site's list of other pages, as classes of lines: a
 * headline, a standfirst under it, a standfirst cut short with "…", a kicker (the section word
 * over the headline), a detail (a date, a byline, a reading time, how long ago). A line that is
 * none of these is text, and ends a run of cards. Each class names a kind of line by its shape
 * and the class of its words, never a site's wording.
 */
export type CardPart = 'headline' | 'standfirst' | 'teaser' | 'kicker' | 'detail' | 'more' | 'text';

/** Most characters of a line a card is made of: a longer one is the text's, and no pattern is tried over it. */
const MAX_CARD_LINE = 320;
/** Most words of a headline: sites' headlines run long, but stay one clause without a stop. */
const MAX_HEADLINE_WORDS = 24;
/** Most words of a standfirst or a teaser: one or two short sentences. */
const MAX_STANDFIRST_WORDS = 45;
/** Most words of a kicker. */
const MAX_KICKER_WORDS = 3;

/** How long ago a card's piece went up: "3 hours ago", "2 days ago", "Yesterday". */
const RELATIVE_TIME = /^(?:\d{1,2}\s*(?:m|h|d|w|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago|yesterday|today|just now)$/iu;
/** A month by its name or the short form sites print ("Sept", "Jul."). */
const MONTH = `(?:${MONTH_NAMES}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
/** A date as cards print it, short or whole, maybe with the hour: "3 May", "Jul 24", "Jul 24, 2023", "3 May, 14:20", "12/05/2023". */
const SHORT_DATE = new RegExp(
  `^(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s?[ap]m)?)?$|^\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}$`,
  'iu',
);

/**
 * The section words a kicker over a headline names: the desks and kinds of piece of a news site
 * or magazine. General usage of the trade, in English.
 */
const SECTION_WORD =
  /^(?:news|world|politics|business|economy|money|markets|science|technology|tech|health|environment|climate|culture|arts?|books|film|music|television|tv|theatre|travel|food|sport|sports|opinion|comment|analysis|features?|interview|review|reviews|essay|long ?read|podcast|video|photography|photos|explainer|obituar(?:y|ies)|letters|lifestyle|style|fashion|education|society|history|local|national|international|uk|us|europe|africa|asia|americas|middle east|property|motoring|cars|weather|media|law|crime|religion|ideas|fiction|poetry|investigation|investigations|live|breaking|exclusive|sponsored|partner content|advertisement|newsletter)$/iu;

/** The kinds of body a writer's affiliation names: a university, a college, an institute, a museum. */
const AFFILIATION = /\b(?:university|universit[éà]|college|institute|school|centre|center|foundation|museum|library|academy|society|hospital|laboratory|council)\b/iu;
/** A writer's name and affiliation, as cards under an academic site's headlines print them: "Ann Lowe, University of Leeds". */
function isNameWithAffiliation(t: string): boolean {
  const comma = t.indexOf(',');
  if (comma < 0 || wordCount(t) > 14 || /[.!?]$/.test(t)) return false;
  const name = t.slice(0, comma).trim();
  return /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(name) && AFFILIATION.test(t.slice(comma + 1));
}

/** A detail under a card's headline: a date or short date, a byline, a reading time, how long ago, a name and affiliation, or those run together. */
export function isCardDetail(text: string): boolean {
  const t = text.trim();
  if (t.length > 80) return false;
  if (isEntryDetail(t) || RELATIVE_TIME.test(t) || SHORT_DATE.test(t) || isNameWithAffiliation(t)) return true;
  const parts = t.split(/\s+[·•|—–/-]\s+/u);
  return parts.length >= 2 && parts.length <= 4 && parts.every((p) => wordCount(p) <= 4) && parts.some((p) => RELATIVE_TIME.test(p) || SHORT_DATE.test(p));
}

/** A kicker: one to three section words over a headline ("Opinion", "Books", "LONG READ"), no stop. */
export function isKicker(text: string): boolean {
  const t = text.trim().replace(/[:|›»]$/u, '').trim();
  return t.length <= 30 && wordCount(t) <= MAX_KICKER_WORDS && t.split(/\s*[/|·&,]\s*|\s+and\s+/iu).every((part) => SECTION_WORD.test(part));
}

/** A link on to the rest of a piece or a list: "Read more…", "Continue reading →", "See all stories ›", "More…", a bare "…". */
const MORE = /^(?:(?:(?:(?:read|see|view|show|load)\s+(?:more|all)|more)(?:\s+(?:stories|articles|posts|news|pieces|features|headlines|reviews|essays))?|continue reading|keep reading|read on|read the (?:full )?(?:story|article|post|piece))\s*(?:…|\.{3}|[»›→>])?|…|\.{3})$/iu;

/** The line's part in a card, by its shape alone. */
export function cardPart(text: string): CardPart {
  const t = text.trim();
  if (!t || t.length > MAX_CARD_LINE) return 'text';
  if (isCardDetail(t)) return 'detail';
  if (isKicker(t)) return 'kicker';
  if (t.length <= 40 && MORE.test(t)) return 'more';
  // A numbered or bulleted line is a list's item, a speaker's label opens a turn of talk: neither is a card's part here.
  if (/^(?:[•▪●*–-]|\d{1,3}[.)]|\[\d+\])\s/u.test(t) || /^\p{Lu}[\p{L}.'’]{0,15}(?: \p{Lu}[\p{L}.'’]{0,15})?:\s/u.test(t)) return 'text';
  const words = wordCount(t);
  if (!/^["“‘'(]?[\p{Lu}\p{N}]/u.test(t)) return 'text';
  // Cut short by the site: a word, then the ellipsis, with no stop of a sentence before it.
  if (/\p{L}\s?(?:…|\.{3})["”’]?$/u.test(t) && words >= 4 && words <= MAX_STANDFIRST_WORDS) return 'teaser';
  // A headline may ask and answer ("Why do towns flood? A hydrologist explains"), but holds no sentence that ends in a stop.
  if (words >= 2 && words <= MAX_HEADLINE_WORDS && !/[.,;:…]["”’)]*$/u.test(t) && !/\p{Ll}{3}[.!]["”’)]*\s+\p{Lu}/u.test(t)) return 'headline';
  const sentences = (t.match(/[.!?…]["”’)]*(?:\s|$)/gu) ?? []).length;
  if (words >= 5 && words <= MAX_STANDFIRST_WORDS && SENTENCE_END.test(t) && sentences <= 2) return 'standfirst';
  return 'text';
}

const MONTH_INDEX = new Map(MONTH_NAMES.split('|').map((name, k) => [name.slice(0, 3).toLowerCase(), k]));

/** A date's day count for comparing order ("4 May 2021", "May 4, 2021", "May 2021", "2021-05-04", or without a year "3 May"), or undefined. */
export function dateValue(text: string): number | undefined {
  const t = text.trim();
  const full = DATE_LINE.test(t);
  if (!full && !SHORT_DATE.test(t)) return undefined;
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(t);
  if (iso) return Number(iso[1]) * 400 + Number(iso[2]) * 32 + Number(iso[3] ?? 0);
  const year = /\b(\d{4})\b/.exec(t)?.[1] ?? (full ? undefined : '0');
  const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.exec(t)?.[1]?.toLowerCase();
  const day = /^(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)?(?:,|$)/.exec(t);
  if (year === undefined || month === undefined) return undefined;
  return Number(year) * 400 + (MONTH_INDEX.get(month) ?? 0) * 32 + Number(day?.[1] ?? day?.[2] ?? 0);
}
