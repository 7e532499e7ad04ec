import { wordCount, type Line } from '../_lines.ts';
import { addressesReader, CALL_TO_ACTION, hasCallToAction, siteWordHitsBeyondVerb, THIS_PAGE, weakSiteWordHits } from './_web-vocabulary.ts';

/**
 * The evidence that a block set apart in a web page is a site's offer (a sign-up, an event, a
 * recording, a shop, a gift), shared by the promotion passes that weigh blocks.
 */

/**
 * Words a site's own offers use (sign-ups, events, recordings, shops, gifts): general web
 * usage, counted as weights, never a wording.
 */
const OFFER_WORDS =
  /\b(?:subscri\p{L}*|newsletters?|digest|podcasts?|episodes?|videos?|watch|listen(?:ing)?|tickets?|events?|sale|shop|order|store|magazine|print|issues?|members?(?:hip)?|join|donat\p{L}*|gifts?|support(?:ers?)?|sign(?:ed)? up|free|today|now|first (?:appeared|published)|archives?|reading lists?|guides?)\b/giu;
/** How many words of a site's offer a line uses beyond its first word (the call's own verb, "Join", "Order", is not counted). */
export function offerWordsAfterCall(text: string): number {
  return (text.trim().replace(/^\S+\s*/u, '').match(OFFER_WORDS) ?? []).length;
}
/** Marks of a page's advertising: the label over an advert, sponsored or paid content. */
const ADVERT = /\b(?:advert(?:isement|s|ising)?|sponsored|promoted|paid (?:content|partnership|post)|partner content|ad)\b/iu;
/** Most words of a line that is an advert's label and nothing else. */
const ADVERT_LABEL_WORDS = 8;
/** An advert's mark set off by a separator: "Advertisement · story continues below", "Sponsored — Why this ad?". */
const ADVERT_SET_OFF = new RegExp(`${ADVERT.source}\\s*[:·|—–-]`, 'iu');
/** A sentence that tells of an advert: "The advert ran for a week", "An advertisement in the Gazette". */
const TELLS_OF_ADVERT = /^\s*(?:the|an?|that|his|her|their|my)\s+(?:advert|ad\b)/iu;
/**
 * A line that is an advert's label: short, or its mark set off by a separator; a sentence of the piece that tells of an
 * advertisement ("The advertisement in the Gazette read: …") is the piece quoting one, not the page's slot.
 */
function isAdvertLabel(text: string): boolean {
  return (ADVERT.test(text) && (wordCount(text) <= ADVERT_LABEL_WORDS || ADVERT_SET_OFF.test(text)) && !TELLS_OF_ADVERT.test(text) && !namesAdvertising(text)) || isSponsorLabel(text);
}
/**
 * A title or heading about advertising: the word opens a phrase joined on with a preposition or "and" ("Advertising and
 * the Victorian Shop", "Adverts of the Great War"), where an advert's slot is labelled by the word alone, after it, or set off.
 */
function namesAdvertising(text: string): boolean {
  return !ADVERT_SET_OFF.test(text) && /^\s*\p{L}+\s+(?:and|of|in|on|for|at|from|with|between|under|after|before|as)\s+\p{L}/iu.test(text.trim()) && ADVERT.test(/^\s*\p{L}+/u.exec(text)![0]);
}
/**
 * A sponsor named over a slot: "Presented by …", "Brought to you by …", "In partnership with …", a short line with
 * only a name after the phrase (capitalised, no stop, no comma); "Presented by the vicar, the prize went to …" is a
 * sentence of the piece.
 */
const SPONSOR = /^\s*(?:presented|brought to you|sponsored|in (?:association|partnership) with)(?: by)?\s+\p{Lu}[^.!?,;:]*$/iu;
function isSponsorLabel(text: string): boolean {
  return wordCount(text) <= ADVERT_LABEL_WORDS && SPONSOR.test(text.trim());
}
/** A price or a sum asked for: "£5", "$10", "€3 a month", "from 2 pounds". */
const MONEY = /[£$€]\s?\d|\b\d+(?:\.\d\d)? ?(?:pounds|dollars|euros)\b|\b(?:a|per) (?:month|year|week)\b/iu;
/**
 * A price in any money the text may use, for finding a text's own priced entries: a sign before the figure ("£14.50",
 * "$450", "€9", "¥800"), a code or word after it ("185 kr", "1200 Ft", "40 zł", "12 CHF", "50p", "4 guineas"), old
 * British money ("15/-", "7s. 6d."). Wider than MONEY, which weighs an offer; this only counts a shape the text repeats.
 */
const PRICE =
  /[£$€¥₹]\s?\d|\b(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|kr\.?|Rs\.?)\s?\d|\d\s?(?:kr|Ft|zł|Kč|lei|CHF|EUR|USD|GBP|SEK|NOK|DKK|pounds|dollars|euros|guineas|shillings|pence)(?![\p{L}\p{N}])|\b\d{1,3}p(?![\p{L}\p{N}])|\b\d{1,3}\/-|\b\d{1,2}s\.\s?\d{1,2}d\b/iu;
/** The line names a price. */
export function carriesPrice(text: string): boolean {
  return PRICE.test(text);
}
/** Most lines, and most words of a line, of a block of entries: an entry's lines, not a paragraph's sentence that names a price or a date. */
const ENTRY_BLOCK_LINES = 6;
const ENTRY_LINE_WORDS = 25;
/**
 * An entry's line that goes on with its note: the price in the entry's head, within its first few words ("Rioja Reserva,
 * Bodegas Ortuño, 2016 — £21.00. Old-fashioned in the best sense: …"), then sentences of description, longer than
 * ENTRY_LINE_WORDS. A paragraph that names a price does so anywhere in its sentences, not as the head of each line.
 */
const ENTRY_HEAD_WORDS = 12;
const ENTRY_NOTE_WORDS = 60;
function pricedEntryLine(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length <= ENTRY_NOTE_WORDS && carriesPrice(words.slice(0, ENTRY_HEAD_WORDS).join(' '));
}
/**
 * Fewest OTHER entries for a text to own its prices and dates: a site's offer with a price mostly carries a site's word,
 * an address or a deal that marks it, and is not counted; a merchant's list, an estimate, a programme price or date their
 * entries block after block with nothing of the kind. One other was too few: a page's event listing and its shop's
 * advert, each with a price, sheltered each other (validation 9).
 */
const OWN_ENTRIES = 2;
/**
 * A block of the text's entries: a few short lines, one with a price, or an event's date-and-hour line over what happens
 * (a programme's or a timetable's: "Friday 1 November, 19:30" / "Lantern talk on the mills…").
 */
function entryBlock(block: readonly Line[]): boolean {
  if (block.length > ENTRY_BLOCK_LINES || block.some((line) => wordCount(line.text) > ENTRY_LINE_WORDS && !pricedEntryLine(line.text))) return false;
  return block.some((line) => carriesPrice(line.text)) || (block.length >= 2 && block.some((line) => isEventTime(line.text)));
}
/**
 * For each block, whether its price or its date is the text's own: the block is an entry, and at least OWN_ENTRIES
 * other blocks of the text are too that nothing but their price, their date and their words (an "order", "tickets",
 * "free", "book") marks as an offer (no site word, address, deal, link marker or advert's label). A merchant's list, an
 * estimate, a notice's fares, a society's programme of dated events: evidence of the whole text, not of a wording.
 */
export function ownEntryBlocks(blocks: readonly (readonly Line[])[]): boolean[] {
  const priced = blocks.map(entryBlock);
  // Entries counted by their text: a box the page sets twice is one offer, and its copies must not shelter each other.
  const textOf = (block: readonly Line[]): string => block.map((line) => line.text.trim().replace(/\s+/g, ' ')).join('\n');
  const entries = new Set(blocks.filter((block, b) => priced[b]! && !offerEvidence(block, true).strong).map(textOf));
  return blocks.map((block, b) => priced[b]! && entries.size - (entries.has(textOf(block)) ? 1 : 0) >= OWN_ENTRIES);
}
/**
 * A price offer: a discount, a free trial, a first month or issue for little, a limited offer, unlimited access; a
 * sentence of the piece may give a percentage or a price, but not as a deal held out to its reader.
 */
const DEAL =
  /\b(?:\d+ ?% off|save (?:up to )?\d+ ?%|half[- ]price|free trial|(?:try|first|\d+) (?:\d+ )?(?:days?|weeks?|months?|issues?) (?:free|for (?:just |only )?[£$€]?\d)|(?:limited|special|introductory|exclusive)(?:[- ]time)? offer|offer ends|unlimited (?:access|reading)|(?:for|from) (?:just|only) [£$€]\d)(?![\p{L}\p{N}])/iu;
/** An address to reach the site at: a web or mail address. */
const ADDRESS = /\b[\w.-]+@[\w-]+\.[\p{L}.]{2,}|\bhttps?:\/\/|\bwww\.|\b[\w-]+\.(?:com|org|net|co\.uk|org\.uk)\b|(?<!\d)(?:\+\d{2}|0\d{3,4})[ -]?\d{3}[ -]?\d{3,4}\b/iu;
/** A button: one to three capitalised words, no stop, as the last line of a box ("Sign up", "Donate now", "[ Join ]"). */
const BUTTON = /^\s*[[(]?\s*\p{Lu}[\p{L}'’]*(?: [\p{L}'’£$€\d]+){0,2}\s*[\])]?\s*[→»›▶]?\s*$/u;
/** A label over a box: one to three words, no stop, the first line of a block of two or more. */
const LABEL = /^\s*[[(■●◆▪★]?\s*\p{Lu}[\p{L}'’]*(?: [\p{L}'’&]+){0,2}\s*[\])]?\s*$/u;

/**
 * An event's date and hour on one short line of its own: a day's number beside a word (a month
 * in any tongue, "21 September", "13 gennaio", "May 4") and a clock time ("7.30pm", "19:00",
 * "8 pm"), nothing of a sentence after it. A listing's shape, not a wording.
 */
const EVENT_DAY = /(?<![\p{N}.,:])(?:[12]\d|3[01]|0?[1-9])\.?\s+\p{L}{3,}|\p{L}{3,}\.?\s+(?:[12]\d|3[01]|0?[1-9])(?![\p{N}.:])/u;
const EVENT_HOUR = /(?<![\p{N}.,])(?:[01]?\d|2[0-3])[.:][0-5]\d\s*(?:[ap]\.?m\.?|h)?(?![\p{N}.,])|(?<![\p{N}.,])(?:1[0-2]|0?[1-9])\s*[ap]\.?m\b\.?/iu;
/** Most words of an event's date-and-hour line. */
const EVENT_LINE_WORDS = 8;
function isEventTime(text: string): boolean {
  const t = text.trim();
  return wordCount(t) <= EVENT_LINE_WORDS && !/[.!?;]$/.test(t) && EVENT_DAY.test(t) && EVENT_HOUR.test(t);
}

/** An offer of more on a subject: "more on", "more about", "more like this", "want more", "for more". */
const MORE_OF = /\b(?:more|further) (?:on|about|from|like)\b|\b(?:want|for) more\b/iu;
/** Most words of a hook and its offer in one block. */
const MAX_HOOK_WORDS = 20;

/** A reading or listening time in brackets: "(12 min read)", "(8 minutes)". */
const READ_TIME = /\(\s*\d+\s*(?:min(?:ute)?s?\.?)(?:\s+(?:read|listen|watch))?\s*\)/iu;
/** A link's marker at either end of a line: arrows, chevrons, a play sign, a trailing ellipsis, a bullet. */
const LINK_MARKER = /^\s*[»›▶▸►•→\u2190-\u21FF\u27F0-\u27FF\u2900-\u297F]|[→»›▶▸►…\u2190-\u21FF\u27F0-\u27FF\u2900-\u297F]\s*$/u;

/** The reason given for an advert's label, by which a pass knows it. */
export const ADVERT_REASON = "an advert's label";
/** The reason given for a rule line drawn over or under a block. */
export const RULED_REASON = 'ruled off';

/** The reason given when a block's price is the text's own, by which a pass knows it. */
export const OWN_PRICE_REASON = "a price of the text's own priced list, not weighed";

/**
 * Evidence that a block is a site's offer, as weights with their reasons. `ownPrices`: the block is one of many priced
 * blocks of a text that prices things line after line (a merchant's list, an estimate, fares): its price and its offer
 * words ("order", "tickets", "free") are the text's, so neither weighs nor makes the evidence strong; only evidence that
 * does not come from that vocabulary does (a site word, a web address, a deal, a link marker, an advert's label).
 */
export function offerEvidence(block: readonly Line[], ownPrices = false): { score: number; strong: boolean; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  const add = (weight: number, reason: string): void => {
    score += weight;
    reasons.push(reason);
  };
  const text = block.map((l) => l.text.trim()).join(' ');
  const site = block.reduce((n, l) => n + siteWordHitsBeyondVerb(l.text), 0);
  if (site) add(2 * Math.min(site, 2), `${site} site word(s)`);
  const offers = new Set((text.match(OFFER_WORDS) ?? []).map((w) => w.toLowerCase())).size;
  if (offers) add(Math.min(offers, 3), `${offers} offer word(s)`);
  else if (weakSiteWordHits(text)) add(1, 'a weak site word');
  if (addressesReader(text) || /\byours\b/i.test(text)) add(1, 'addresses the reader');
  // The call may open a line or a clause set after a dash or a question ("Our new map is here — order yours today").
  if (block.some((l) => hasCallToAction(l.text.trim().replace(/^[»›▶▸►•→]\s*/u, '')))) add(1, 'an imperative first word');
  else if (block.some((l) => l.text.split(/\s[—–]\s|\?\s+/u).slice(1).some((clause) => CALL_TO_ACTION.test(clause.trim()))))
    add(1, 'an imperative after a dash or a question');
  // An offer of more reading on a subject ("More on the tannery", "Want more about the mines?").
  const more = MORE_OF.test(text);
  if (more) add(1, 'offers more of the same');
  // A question to the reader answered at once by the site in the same block: a hook and its offer.
  const hook = /\?["”’]?\s+["“‘']?\p{Lu}/u.test(text) && wordCount(text) <= MAX_HOOK_WORDS;
  if (hook) add(1, 'a question answered by an offer');
  if (block.some((l) => /!\s*$/.test(l.text))) add(1, 'an exclamation');
  const marker = block.some((l) => LINK_MARKER.test(l.text));
  if (marker) add(2, 'a link marker');
  if (block.some((l) => /\p{Lu}{2}/u.test(l.text) && !/\p{Ll}/u.test(l.text))) add(1, 'a line in capitals');
  // An advert's label is short or set off by a separator ("Advertisement", "Sponsored · Why this ad?"); a sentence that tells of an
  // advertisement ("The advertisement in the Gazette read: …") is the piece quoting one.
  const advert = block.some((l) => isAdvertLabel(l.text));
  if (advert) add(4, ADVERT_REASON);
  const money = MONEY.test(text) && !ownPrices;
  if (money) add(/[£$€]\s?\d/u.test(text) ? 2 : 1, 'a price or a sum');
  else if (ownPrices) reasons.push(OWN_PRICE_REASON);
  // A rule line drawn over or under the block ("-----", "*****"), or a label behind a square or a star.
  const ruled = block.length > 1 && block.some((l) => /^\s*([-_=*~─━═#+])\1{5,}\s*$/u.test(l.text));
  if (ruled) add(2, RULED_REASON);
  if (block.some((l) => /^\s*[■□▪◆◇●★☆✦]\s*\p{Lu}/u.test(l.text))) add(1, 'a label behind an ornament');
  // An event's listing: its date and hour on a line of their own, beside the rest of the box (a venue, a price, a booking).
  const event = block.length >= 2 && block.some((l) => isEventTime(l.text));
  if (event && !ownPrices) add(2, "an event's date and hour");
  if (DEAL.test(text)) add(2, 'a price offer');
  const address = ADDRESS.test(text);
  if (address) add(2, 'a web or mail address');
  if (THIS_PAGE.test(text)) add(1, 'the page speaks of itself');
  const readTime = READ_TIME.test(text);
  if (readTime) add(2, 'a reading time');
  // A clause joined on with a comma is a sentence of the piece's, an offer's lines are short and flat.
  if (block.length === 1 && /,\s+(?:and|but|which|who|when|where|while|though)\b/i.test(text)) add(-1, 'a clause joined on');
  // The shape of a box: a label over it and a button under it (a label alone is a heading's shape).
  const boxed =
    block.length >= 2 &&
    LABEL.test(block[0]!.text) &&
    !/[.!?:;,]\s*$/.test(block[0]!.text) &&
    BUTTON.test(block.at(-1)!.text) &&
    CALL_TO_ACTION.test(block.at(-1)!.text.trim().replace(/^[[(]\s*/, ''));
  if (boxed) add(2, 'a label over the block and a button under it');
  // A label set between the same ornaments: "★ New in the shop ★", "— Offer —".
  if (block.some((l) => /^\s*([^\p{L}\p{N}\s"“‘'([])\s*\p{L}.{0,30}?\s*\1\s*$/u.test(l.text))) add(1, 'a label set between ornaments');
  // Evidence that stands without the words a priced list shares with an offer (a price, "order", "tickets", "free").
  const beyondVocabulary = DEAL.test(text) || (more && offers >= 1) || site > 0 || marker || advert || address || (boxed && offers >= 1) || (ruled && offers >= 1) || readTime;
  if (ownPrices) return { score, strong: beyondVocabulary, reasons };
  return { score, strong: beyondVocabulary || offers >= 2 || (money && offers >= 1) || (event && (money || offers >= 1)), reasons };
}

