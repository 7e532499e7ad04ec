import { DATE_LINE, LETTERED_ITEM, SENTENCE_END, wordCount } from '../_lines.ts';
import { isProse, isTitleLike } from './_web-lines.ts';

/**
 * The classes of words a site's own chrome uses below an article (its footer, its dialogs, its
 * lists of other pages), as evidence for the structural web rules: the law a site states (its
 * policies, copyright and registration), where it can be reached (a postal code, a telephone
 * number, an e-mail or web address), the networks and app stores it links to, the software or
 * studio that made it, the controls of its dialogs, the allowance of free pages it counts, the
 * labels over its lists of other pages, and the details those lists give (a reading time, a
 * byline, a date). General web usage, not any site's wording: each class names a kind of
 * thing, and a line's shape and place decide the rest.
 */

/** What a site's legal links and lines name: its policies, terms and rights. */
const LEGAL =
  /\b(?:privacy(?: policy| notice| settings| centre| center)?|cookies?(?: policy| settings| preferences| notice)?|terms(?: of (?:use|service|sale))?|terms (?:and|&) conditions|accessibility(?: statement)?|disclaimer|imprint|impressum|legal notices?|modern slavery|complaints?(?: procedure| policy)?|gdpr|do not sell|all rights reserved|copyright|trademarks?|licen[cs]ed under|creative commons|cc[- ]by(?:-[a-z]{2})*|editorial (?:policy|standards|guidelines)|code of (?:conduct|practice)|corrections policy|ethics policy)\b|©|®|™/iu;

/** A company's or charity's registration: the body, its number. */
const REGISTRATION =
  /\b(?:registered (?:in|office|charity|company|address|number|no)|(?:company|charity|registration|vat|ein|abn|acn|companies house) (?:no\.?|number|reg))/iu;

/** Where a site can be reached: an e-mail or web address, a telephone number, a postal code. */
const CONTACT =
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|\bhttps?:\/\/\S+|\bwww\.\S+|\b[\p{L}\p{N}-]+\.(?:com|org|net|co\.uk|org\.uk|ac\.uk|gov\.uk|info|io|eu)\b|\b(?:tel|telephone|phone|fax|mobile)\b\.?:?\s*\+?\d|\+\d{1,3}[\s(]|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b[A-Z]{2} \d{5}(?:-\d{4})?\b|\bp\.?\s?o\.? box\b/u;

/** Networks, channels and stores a site links to. */
const NETWORK =
  /\b(?:facebook|twitter|instagram|linkedin|youtube|tiktok|pinterest|mastodon|bluesky|threads|reddit|whatsapp|telegram|flickr|vimeo|spotify|soundcloud|tumblr|snapchat|discord|twitch|substack|patreon|rss(?: feed)?|apple podcasts|google podcasts|app store|google play|play store)\b/iu;

/** The software or studio that made the site: "Powered by", "Theme by", "Built with", "Site by", "Designed by". */
const SITE_CREDIT =
  /^(?:proudly )?(?:powered by|hosted (?:by|on)|built (?:with|on)|made with|(?:web ?)?design(?:ed)? by|developed by|(?:web)?site by|theme by|theme:)\s*\S|\b(?:wordpress|squarespace|drupal|joomla|weebly|webflow|shopify)\b/iu;

/**
 * The controls of a site's dialogs, as a line of their own: accept, reject, manage, close,
 * dismiss, sign in, sign up, load more. Up to three words, no stop.
 */
const CONTROL =
  /^(?:(?:i )?(?:accept|agree|allow|consent)(?: all| cookies| and close| & close)?|(?:reject|decline|deny|refuse)(?: all| cookies)?|(?:manage|customi[sz]e|change|update)(?: (?:my )?(?:preferences|settings|options|choices|cookies|consent))?|(?:cookie|privacy) (?:settings|preferences)|(?:close|dismiss|cancel|skip|continue|ok|okay|got it|no thanks|no,? thanks|not now|maybe later|remind me later)|(?:log|sign) ?(?:in|up|out)|sign me up|register|subscribe(?: now| today)?|join(?: now| today| us)?|submit|send|search|load more|show more|view all|see all|more stories|next|previous|older posts|newer posts|back to top|menu)$/iu;

/** A close mark on its own: "×", "✕", "X". */
const CLOSE_MARK = /^[×✕✖✗❌xX]$/u;

/**
 * The allowance of free pages a paywall counts, or its call to go on reading: a count or "last"
 * and a word of the page ("3 free articles left", "your last free story", "to continue reading").
 */
const ALLOWANCE =
  /\b(?:\d+|one|two|three|four|five|last|final|no more)\s+(?:free\s+)?(?:\p{Lu}[\p{L}'’]*\s+){0,2}(?:articles?|stories|pieces|reads|pages)\b.*\b(?:left|remaining|this month|this week)\b|\b(?:your|the) (?:last|final) free (?:article|story|piece|read)\b|\b(?:to (?:continue|keep) reading|to read (?:on|more|the full)|already (?:a )?(?:subscriber|member|registered)|(?:reached|used) your (?:limit|allowance|free))/iu;

/**
 * The label over a site's list of other pages: a ranking or a relation ("Most read", "Trending",
 * "Popular now", "Recommended", "Latest", "Read next", "More from …", "You may also like"). The
 * text's own "Further reading" or "Sources" is the author's, not the site's.
 */
const LIST_LABEL =
  /^(?:(?:most|more) (?:read|popular|viewed|shared|commented|e-?mailed|recent)|trending|popular|recommended|related|latest|top (?:stories|picks|reads|articles)|editor['’]?s?['’]? (?:picks|choice)|our picks|read next|up next|what to read next|more from\b|more in\b|more on\b|also on\b|you (?:may|might) (?:also )?(?:like|enjoy)|don['’]t miss|popular (?:now|this week|today)|in case you missed it|elsewhere on\b|(?:recent|similar|other|further|more|latest) (?:posts|articles|stories|pieces|features|reads)\b|(?:people|readers) (?:also )?(?:read|liked|viewed)|must[- ]reads?\b|more like this|also (?:read|in)\b|read (?:also|more)$|keep reading$|top (?:posts|news|headlines|\d+)\b)/iu;

/** The details a list of other pages gives under each title: a reading time, a byline, a date, a count of comments. */
const ENTRY_DETAIL = /^(?:by \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}|\d+\s*(?:min(?:ute)?s?|hrs?|hours?)(?: read| listen| watch)?|\d+ (?:comments?|replies|shares)|(?:updated|published|posted) \S.{0,30})$/iu;

/** Words that join a footer's names and links: "Follow us on …", "… and …", "Find us at …". */
const FILLER = /\b(?:and|or|the|of|our|us|on|at|in|with|for|to|follow|find|join|get|it|by|your|view|read|see|visit|all|rights|reserved)\b/giu;

/** The line is made of one class's words, its separators and filler words: "Facebook · Twitter", "Follow us on Instagram", "Privacy and cookies". */
function madeOf(t: string, words: RegExp): boolean {
  if (!words.test(t)) return false;
  const rest = t.replace(new RegExp(words.source, 'giu'), ' ').replace(FILLER, ' ').replace(/[\p{P}\p{S}\p{N}]+/gu, ' ');
  return wordCount(rest) === 0;
}

/** A company's name with its legal form: "Marsh Press Ltd", "Harbour Media GmbH", "Quill Inc." — who owns the site. */
const COMPANY = /\b\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’.-]*){0,4}\s+(?:Ltd|Limited|Inc|LLC|LLP|GmbH|plc|PLC|CIC|SARL|Pty|B\.V|S\.A)(?![\p{L}])\.?/u;

/** What a site calls itself when it describes itself: a kind of publication. */
const PUBLICATION_KIND = /\b(?:magazine|journal|review|gazette|newsletter|website|web site|site|blog|publication|newsroom|news service|podcast|quarterly|zine|press|media outlet)\b/i;
/** How a site states its standing: who publishes or funds it, since when. */
const STANDING =
  /\b(?:non-?profit|not-for-profit|reader-(?:funded|supported|owned)|volunteer-(?:run|led)|community-(?:run|owned|funded)|published by|(?:a|an) (?:project|publication|imprint|initiative|service) of)\b/i;
/** A sentence opening on a capitalised name and "is a", "is an" or "is the": what something is. */
const NAME_IS = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’&-]*\s+){0,4}\p{Lu}[\p{L}'’&-]*\s+(?:is|are)\s+(?:an?|the)\s/u;
/** The site's name and its founding as a line: "— The Ledger, since 1998 —", "Marsh Press, est. 1921". */
const NAME_SINCE = /^[\p{P}\p{S}\s]*(?:the\s+)?(?:\p{Lu}[\p{L}'’&-]*\s+){0,4}\p{Lu}[\p{L}'’&-]*,?\s+(?:since|est\.?|established|founded)\s+(?:in\s+)?(?:1[89]|20)\d\d[\p{P}\p{S}\s]*$/iu;

/**
 * The site describing itself in the present, in its footer: a name that "is a" kind of
 * publication (magazine, journal, website …), in the site's own voice ("we", "our") or with the
 * standing a publisher states of itself (reader-funded, not-for-profit, published by, a project
 * of). A sentence of the piece about a paper tells of it in the past, or in the writer's words
 * ("still an independent weekly"), and stays.
 */
function describesSite(t: string): boolean {
  return NAME_IS.test(t) && PUBLICATION_KIND.test(t) && (STANDING.test(t) || /\b(?:we|our|us)\b/i.test(t));
}

/** Most words of a footer's paragraph that states at least two of its marks (an address and a registration, a copyright and a licence). */
const MAX_FOOTER_PARAGRAPH_WORDS = 60;

/** Most words of a line of a site's footer or dialog. */
const MAX_CHROME_WORDS = 30;
/** Most characters of such a line: the patterns are never tried over a long run of letters (an address's pattern would backtrack over every start). */
const MAX_CHROME_LENGTH = 420;
/** Most characters of a detail under a listed title. */
const MAX_DETAIL_LENGTH = 80;

/**
 * A footer's paragraph, longer than a line of chrome: it states two of a site's marks or more,
 * one of them a mark no article's sentence carries (a copyright sign or line, a registration
 * number, an e-mail or web address, a telephone number or postal code) and another beside it.
 */
function footerParagraph(t: string): string | undefined {
  const hard = [/©/u.test(t) || /^copyright\b/iu.test(t), REGISTRATION.test(t) && /\d{5,}/.test(t), CONTACT.test(t)].filter(Boolean).length;
  const soft = [LEGAL.test(t.replace(/©/gu, '')), NETWORK.test(t), SITE_CREDIT.test(t)].filter(Boolean).length;
  return hard >= 1 && hard + soft >= 2 ? 'a footer’s paragraph' : undefined;
}

/** Why a line is a site's chrome below an article, or undefined when it may be text. */
export function chromeLine(text: string): string | undefined {
  const t = text.trim();
  if (t.length > MAX_CHROME_LENGTH) return undefined;
  const words = wordCount(t);
  if (!t || words > MAX_FOOTER_PARAGRAPH_WORDS) return undefined;
  // The piece's own voice: a sentence in the first person singular is the writer's ("I thank the Record Office.").
  if (/\b(?:I|me|my)\b/.test(t) && !/^i (?:accept|agree)$/i.test(t)) return undefined;
  if (CLOSE_MARK.test(t)) return 'a close mark';
  if (describesSite(t)) return 'the site describing itself';
  if (words > MAX_CHROME_WORDS) return footerParagraph(t);
  const sentence = SENTENCE_END.test(t);
  const stops = (t.match(/[.!?](?:\s|$)/g) ?? []).length;
  if (words <= 3 && !sentence && CONTROL.test(t.replace(/[↑→»›]\s*$|^\s*[↑←«‹]/u, '').trim())) return 'a dialog’s control';
  if (ALLOWANCE.test(t) && words <= 20) return 'a count of free pages';
  if (words <= 16 && SITE_CREDIT.test(t) && !sentence) return 'the site’s maker';
  if (words <= MAX_CHROME_WORDS && REGISTRATION.test(t) && /\d/.test(t) && stops <= 2) return 'a registration';
  if (words <= 20 && CONTACT.test(t) && stops <= 1) return 'a contact line';
  // The company that owns the site, as a line of its own or an address's first line ("Marsh Press Ltd,"); the name and founding year.
  if (words <= 8 && !sentence && COMPANY.test(t)) return 'a company’s name';
  if (words <= 10 && NAME_SINCE.test(t)) return 'the site’s name and founding';
  // A row of networks or stores, or one of them as a link: a few words, no sentence.
  if (words <= 8 && !sentence && madeOf(t, NETWORK)) return 'a link to a network or store';
  // A copyright or licence line, or a legal link or row of them.
  if (/^(?:©|\(c\)|copyright\b)/iu.test(t) && words <= 20 && !LETTERED_ITEM.test(t)) return 'a legal line';
  if (LEGAL.test(t) && words <= 20 && stops <= 1 && /^(?:all (?:content|rights|text|material)|licen|this (?:work|site|page|content|article)|content on)/iu.test(t)) return 'a legal line';
  if (words <= 10 && madeOf(t, LEGAL)) return 'a legal line';
  return undefined;
}

/**
 * The same labels in the commoner European languages: the most read, seen or shared, read also,
 * more on the subject, related pieces, what may interest the reader.
 */
const LIST_LABEL_ABROAD =
  /^(?:(?:lo |los |las )?m[aá]s (?:le[ií]d[oa]s?|vist[oa]s?|populares|compartid[oa]s?)|les plus (?:lus|populaires|partag[ée]s|consult[ée]s)|(?:[àa] )?lire aussi|(?:sur le )?m[eê]me (?:sujet|th[eè]me)|meist(?:\s?gelesen|\s?geteilt|\s?gesehen)|lesen sie (?:auch|mehr)|mehr zum thema|das k[oö]nnte sie (?:auch )?interessieren|(?:i )?pi[uù] (?:lett[ie]|vist[ie]|condivis[ie])|leggi anche|(?:as |os )?mais (?:lid[ao]s|vist[ao]s)|leia (?:tamb[eé]m|mais)|veja tamb[eé]m|(?:lee|ver) tambi[eé]n|te (?:puede|podr[ií]a) interesar|meest (?:gelezen|bekeken)|lees ook|relacionad[oa]s|articles? (?:connexes|similaires|li[ée]s)|verwandte artikel|[äa]hnliche artikel)/iu;

/** The author's own lists, which a site's label words may open ("Recommended reading", "Related sources", "Recommended listening"): never a site's. */
const AUTHOR_LIST = /\b(?:reading|listening|viewing|watching|sources?|references?|bibliography|works cited|notes|literature|further)\b/iu;

/** The label over a site's list of other pages ("Most read", "You may also like"): a few words, no sentence. */
export function isListLabel(text: string): boolean {
  // Set off by rules, arrows or symbols ("— Most popular —", "Trending ›", "🔥 Hot right now").
  const t = text
    .trim()
    .replace(/^[\p{S}—–\-•·|\s]+|[\p{S}—–\-•·|:›»\s]+$/gu, '')
    .trim();
  return t.length <= MAX_DETAIL_LENGTH && wordCount(t) <= 6 && !SENTENCE_END.test(t) && (LIST_LABEL.test(t) || LIST_LABEL_ABROAD.test(t)) && !AUTHOR_LIST.test(t);
}

/**
 * What the label over the author's own list names: reading (further, recommended, suggested),
 * listening or viewing, or sources, references, notes, a bibliography. A call to go on reading
 * ("Keep reading") names no list.
 */
const AUTHOR_LIST_LABEL =
  /^(?:(?:further|recommended|suggested|selected|select|additional|background|more)\s+)?(?:reading|listening|viewing)(?:\s+list)?$|\b(?:sources?|references?|bibliography|works cited|notes|literature)\b/iu;

/** The label over the author's own list ("Further reading", "Sources", "Notes"): a few words, no sentence. */
export function isAuthorListLabel(text: string): boolean {
  const t = text.trim().replace(/[:\s]+$/u, '');
  return t.length <= MAX_DETAIL_LENGTH && wordCount(t) <= 6 && !SENTENCE_END.test(t) && isTitleLike(t) && AUTHOR_LIST_LABEL.test(t);
}

/**
 * A count of readers abbreviated in thousands or millions, with a word or two after it ("6.2k
 * reads", "1.2M views", in any language): a site's counter, which a sentence of the text does
 * not set alone on a line. Case matters: "5m long" is a length.
 */
const ABBREVIATED_COUNT = /^\d{1,3}(?:[.,]\d)?\s?[kKM] \p{L}+(?: \p{L}+)?$/u;

/** A detail under a title in a list of other pages: a reading time, a byline, a date, a count. */
export function isEntryDetail(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_DETAIL_LENGTH) return false;
  if (DATE_LINE.test(t) || ENTRY_DETAIL.test(t) || ABBREVIATED_COUNT.test(t)) return true;
  // Details run together between dots or bars: "Jane Doe · 4 May 2020", "12 March 2019 | 6 min read".
  const parts = t.split(/\s+[·•|—–-]\s+/u);
  return parts.length >= 2 && parts.length <= 4 && parts.some((p) => DATE_LINE.test(p) || ENTRY_DETAIL.test(p)) && parts.every((p) => wordCount(p) <= 4);
}

/** A label over a row or column of tags: "Tags", "Topics:", "Filed under", "Categories". */
const TAG_LABEL = /^(?:tags?|tagged(?: with| as| in)?|topics?|filed under|categor(?:y|ies)|keywords|subjects?|themes?)\s*[:›»]?$/iu;
export function isTagLabel(text: string): boolean {
  return TAG_LABEL.test(text.trim());
}

/** A numbered or bulleted entry ("1. The lido", "• Salt towns"), or a number on its own line over its title. */
const LIST_ENTRY = /^(?:[•▪●*–-]|\d{1,2}[.)]?|\[\d+\])(?:\s+|$)/u;

/** One line of a list of other pages under its label: a title, a numbered title, a bare number, or a title's detail. */
export function isListEntry(text: string): boolean {
  const t = text.trim();
  if (isEntryDetail(t)) return true;
  const title = t.replace(LIST_ENTRY, '').trim();
  // A headline may ask a question ("Is the lido coming back?"): no sentence of prose for that.
  return title === '' ? /^\d{1,2}$/.test(t) : isTitleLike(title) && !isProse(title.replace(/\?["”’)]*$/u, '')) && !/[.!…]["”’)]*$/u.test(title);
}

/** One tag under a tag label: one to three words in either case, no stop ("canals", "Local history"). */
export function isTag(text: string): boolean {
  const t = text.trim().replace(/[,;·•|]$/u, '');
  return wordCount(t) >= 1 && wordCount(t) <= 3 && !/[.!?:]$/.test(t);
}
