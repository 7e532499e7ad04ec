import { SENTENCE_END, wordCount } from '../_lines.ts';

/**
 * The vocabulary every web site shares around an article (comments, sharing, sign-ups,
 * cookies, reading times, copyright), as evidence weights for the structural web rules: no
 * rule keys on a whole wording; each counts how many of these words a line uses, and the
 * line's shape and place decide the rest.
 */

/** Words that belong to a site's machinery, rarely to an article's sentences. */
const SITE_WORDS =
  /\b(?:comment(?:s|ing|ed|er|ers)?|repl(?:y|ies)|e-?mail|newsletters?|mailing list|blog(?:s|post)?|instagram|facebook|youtube|tiktok|subscri(?:be|bed|ber|bers|ption)|unsubscribe|sign(?:ed)? (?:up|in)|log(?:ged)? ?in|logout|share|tweet|cookies?|privacy|notifications?|copyright|rights reserved|advertise|donat(?:e|es|ed|ing|ion|ions)|inbox|spam|website|podcasts?|click|submit|moderation|guidelines|username|password|my account|min read|url|permalink)\b|©|(?<!\p{L})(?:commentaires?|kommentar(?:e|en|er|funktion)?|komentarz(?:e|y)?|comentarios?|coment[aá]rios?|comment[io]|reacties|sylwadau|connect[ée]e?s?|connectez|connexion|anmelden|angemeldet|registrieren|iniciar? sesi[oó]n|accedi|inloggen|ingelogd|zaloguj|kommentieren|kommentiert|commenter|commentez|comentar|commentare|reageren|kommentera|kommentere|kommentoi|komentowa[ćc]|skomentuj|komentovat|logga in|logg inn|log ind|fa[çc]a login|fazer login|(?:melden|loggen) sie sich (?:an|ein))(?!\p{L})/giu;
/** Words a site uses often and an article sometimes: evidence only beside a site word or in a short line. */
const WEAK_SITE_WORDS = /\b(?:read(?:ing)?|articles?|posts?|site|members?(?:hip)?|supporters?|discussion|responses?|publish(?:ed)?|version|translation|register|terms|accept|preferences|edition|listen|join|today|now|free|minutes?|min)\b/giu;

/**
 * Comments closed, in the commoner European languages: a site word and a word of closing, in a
 * short line ("I commenti sono chiusi."); in English the line must open on the thread it closes
 * ("Replies are switched off."), since "the comment book was closed" may be the text's.
 */
const CLOSED = /(?<!\p{L})(?:ferm[ée]s?|d[ée]sactiv[ée]s?|geschlossen|deaktiviert|cerrad[oa]s?|desactivad[oa]s?|chius[ie]|disattivat[ie]|gesloten|fechad[oa]s?|zamkni[eę]te|st[äa]ngda|lukket)(?!\p{L})/iu;
/** Most words of a line saying the comments are closed. */
const MAX_CLOSED_WORDS = 8;
/** English closing words, taken only where the line opens on the thread it closes ("Discussion is closed on this article."). */
const CLOSED_EN = /\b(?:closed|disabled|turned off|switched off)\b/i;
const OPENS_ON_THREAD = /^\s*(?:the\s+)?(?:comments?|commenting|discussion|replies|responses|conversation)\b/i;
export function saysCommentsClosed(text: string): boolean {
  const t = text.trim();
  if (wordCount(t) > MAX_CLOSED_WORDS) return false;
  return (CLOSED.test(t) && siteWordHits(t) > 0) || (CLOSED_EN.test(t) && OPENS_ON_THREAD.test(t));
}

/** A site word as the line's first word, its sentence's subject ("Comments are closed.", "Newsletter sign-ups reopen soon."). */
const OPENS_ON_SITE_WORD = new RegExp(`^\\s*["“‘']?(?:${SITE_WORDS.source})`, 'iu');
export function opensOnSiteWord(text: string): boolean {
  return OPENS_ON_SITE_WORD.test(text);
}

/**
 * A sentence that opens by asking the reader to sign in, sign up or register, in the commoner European languages ("Log in to
 * reply.", "Melden Sie sich an, um …", "Connectez-vous pour …", "Zaloguj się, aby …"): an instruction of the site's machinery.
 */
const SIGN_IN_FIRST =
  /^\s*(?:please\s+|bitte\s+)?(?:log ?in|sign ?in|sign up|register (?:now|here|free|for free|to|or)|create an? (?:free )?account|(?:melden|loggen) sie sich (?:an|ein)|registrieren sie sich|connectez-vous|identifiez-vous|inscrivez-vous|inicia sesi[oó]n|reg[ií]strate|accedi|registrati|log in|meld je aan|zaloguj si[ęe]|zarejestruj si[ęe]|logga in|registrera dig|fa[çc]a login|cadastre-se)(?!\p{L})/iu;
export function opensOnSignIn(text: string): boolean {
  return SIGN_IN_FIRST.test(text);
}

/**
 * A possessive of the reader's ("your", "votre", "Ihre", "tu", "jouw", "twój", "din", "seu"), or a German imperative with its
 * polite "Sie" ("Diskutieren Sie mit"): a line addressed to the reader as a form's heading is ("Your memories of this place").
 */
const READERS_OWN =
  /(?<!\p{L})(?:[Yy]our|[Vv]otre|[Vv]os|Ihre[mnrs]?|Ihr|[Vv]uestr[oa]s?|[Tt]u opini[oó]n|[Tt]ua|[Tt]uo|[Vv]ostr[oa]|[Jj]ouw|[Uu]w|[Tt]w[óo]j|[Tt]woja|[Tt]woje|[Ww]asz[ae]?|[Dd]in|[Dd]itt|[Dd]ina|[Ss]eu|[Ss]ua|[Tt]eu)(?!\p{L})|^\p{Lu}\p{Ll}+en Sie(?!\p{L})/u;
export function speaksOfReadersOwn(text: string): boolean {
  return READERS_OWN.test(text.trim());
}

/** How many site words a line uses. */
export function siteWordHits(text: string): number {
  return text.match(SITE_WORDS)?.length ?? 0;
}

/**
 * How many site words a line uses as a site's, not the piece's: a line that opens on a site word as its verb ("Share",
 * "Subscribe") and goes on past a comma or a colon in lower case ("Share the bread, share the work: that was the motto")
 * uses that word of the piece's own things, and only its other site words count.
 */
export function siteWordHitsBeyondVerb(text: string): number {
  const t = text.trim();
  if (!/[,:;]\s+\p{Ll}/u.test(t) || !OPENS_ON_SITE_WORD.test(t)) return siteWordHits(t);
  const verb = /^\p{L}+/u.exec(t)?.[0];
  return verb ? siteWordHits(t.replace(new RegExp(`(?<!\\p{L})${verb}(?!\\p{L})`, 'giu'), ' ')) : siteWordHits(t);
}

/** How many of the weaker site words a line uses. */
export function weakSiteWordHits(text: string): number {
  return text.match(WEAK_SITE_WORDS)?.length ?? 0;
}

/** The line speaks to its reader or for the site: "you", "your", "we", "our", "please". */
export function addressesReader(text: string): boolean {
  return /\b(?:you|your|we|our|us|please)\b/i.test(text);
}

/** A count of comments or a sort control: "12 responses", "Comments (4)", "Sort by: Newest", "Oldest first". */
export function isCountOrSort(text: string): boolean {
  const t = text.trim();
  return (
    /^(?:\d+|no|one)\s+\p{L}+\.?$/iu.test(t) ||
    /^\p{L}+(?: \p{L}+)? \(\d+\)\s*:?$/u.test(t) ||
    /^sort(?:ed)? by\b.{0,20}$/i.test(t) ||
    /^(?:newest|oldest|latest|top|best|most \p{L}+)(?: first)?$/iu.test(t)
  );
}

/**
 * A bare label over readers' comments or their form, in several languages: "Conversation",
 * "Discussion", "Reader comments", "Join the discussion", "Kommentare", "Commentaires".
 */
const THREAD_LABEL =
  /^(?:(?:reader|readers['’]?|your|the|join the|start the)\s+)?(?:comments?|responses?|replies|discussion|conversation|reactions?|kommentare|commentaires|comentarios|commenti|reacties|sylwadau)\s*:?$/iu;
export function isThreadLabel(text: string): boolean {
  return THREAD_LABEL.test(text.trim());
}

/** A form field's label: 1–3 words ending on "*" or ":" ("Name *", "E-mail:", "Full name *"). */
export function isFieldLabel(text: string): boolean {
  const t = text.trim();
  return /^\p{Lu}/u.test(t) && /(?:\*|:)$/.test(t) && wordCount(t.replace(/[*:]+$/, '')) <= 3;
}

/** A button or a short label: 1–3 capitalised words, no sentence ("Send", "Cancel reply", "Become a member"). */
export function isButton(text: string): boolean {
  const t = text.trim();
  return /^[\p{Lu}]/u.test(t) && wordCount(t) <= 3 && !SENTENCE_END.test(t) && !/[,;:]$/.test(t);
}

/** A line ending on an arrow or guillemet ("Join today →", "More on canals ›"): a link's label. */
export function endsOnArrow(text: string): boolean {
  // A guillemet that closes a quotation opened on the line (« … ») is the quotation's mark, not a link's.
  return /[→»›]\s*$/.test(text) && !/[«‹][^»›]*[»›]\s*$/u.test(text);
}

/** Languages a page may be offered in: general knowledge, not any site's wording. */
const LANGUAGE =
  /\b(?:English|French|Spanish|German|Italian|Portuguese|Dutch|Flemish|Danish|Swedish|Norwegian|Finnish|Icelandic|Polish|Czech|Slovak|Hungarian|Romanian|Bulgarian|Greek|Turkish|Russian|Ukrainian|Serbian|Croatian|Slovenian|Albanian|Lithuanian|Latvian|Estonian|Welsh|Irish|Gaelic|Basque|Catalan|Galician|Breton|Arabic|Hebrew|Persian|Farsi|Urdu|Hindi|Bengali|Punjabi|Tamil|Chinese|Mandarin|Cantonese|Japanese|Korean|Vietnamese|Thai|Indonesian|Malay|Swahili|Esperanto|Yiddish|Amharic|Afrikaans|Frisian|Luxembourgish|Faroese|Maltese|Cornish|Manx|Occitan|Corsican|Sardinian|Sicilian|Romansh|Ladino|Belarusian|Macedonian|Bosnian|Montenegrin|Georgian|Armenian|Azerbaijani|Kazakh|Uzbek|Kyrgyz|Tajik|Turkmen|Mongolian|Tibetan|Nepali|Sinhala|Marathi|Gujarati|Telugu|Kannada|Malayalam|Burmese|Khmer|Tagalog|Filipino|Pashto|Kurdish|Somali|Tigrinya|Oromo|Yoruba|Igbo|Hausa|Zulu|Xhosa|Sotho|Shona|Wolof|Lingala|Malagasy|Maori|Māori|Samoan|Tongan|Hawaiian|Quechua|Guarani|Aymara|Inuktitut|Cherokee|Navajo|Romani|Sorbian)\b/;
/** Languages named in French, Spanish, Italian or German, as a notice in those tongues names them ("disponible en anglais", "leer en inglés"). */
const LANGUAGE_ABROAD =
  /(?<!\p{L})(?:anglais|fran[çc]ais|allemand|espagnol|italien|portugais|n[ée]erlandais|gallois|ingl[ée]s|franc[ée]s|alem[áa]n|espa[ñn]ol|italiano|portugu[ée]s|inglese|francese|tedesco|spagnolo|portoghese|englisch|franz[öo]sisch|spanisch|italienisch|portugiesisch|niederl[äa]ndisch)(?!\p{L})/iu;
const LANGUAGE_ANY_CASE = new RegExp(LANGUAGE.source, 'i');
/** An offer to read, in French, Spanish, Italian or German. */
const READ_ABROAD = /(?<!\p{L})(?:lire|leer|lee|leggi|leggere|lesen)(?!\p{L})/iu;
/** The language names a notice may name, for the passes that weigh notices (the same list). */
export const LANGUAGE_NAME = LANGUAGE;
/** Words of the offer of another language's page: a version, a translation, a page, a link. */
const OFFER =
  /\b(?:version|translations?|translated|available|page|article|post|story|site|read|click|switch|published|edition|languages?)\b|[|»›→]|(?<!\p{L})(?:disponibles?|disponibile|disponível|verfügbar|beschikbaar|versión|versione|versão|traduction|traducción|tradução|traduzione|übersetzung|vertaling|auch auf|también en|aussi en|anche in|ook in|lire|leer|lee|leggi|leggere|lesen|art[íi]culo|articolo|artikel|texte|texto|testo)(?!\p{L})/iu;
/** Most words such a notice runs to. */
const MAX_NOTICE_WORDS = 10;
/** Most words of a site's template naming a language in lower case. */
const MAX_TEMPLATE_WORDS = 8;
/** Language names that are English words in lower case too ("polish the brass", "french windows"). */
const LOWER_CASE_WORDS = new Set(['polish', 'french']);
const LANGUAGE_EVERY = new RegExp(LANGUAGE.source, 'giu');
/** The line names a language by its English name, in lower case. */
function namesLanguageInLowerCase(text: string): boolean {
  return [...text.matchAll(LANGUAGE_EVERY)].some(([name]) => name === name.toLowerCase() && !LOWER_CASE_WORDS.has(name));
}

/**
 * A notice that the page exists in another language ("This page in Welsh", "Click here for the
 * Greek version"): a short line naming a language with a word of the offer (version,
 * translation, page, a separator), one short sentence at most.
 */
export function isLanguageNotice(text: string): boolean {
  const t = text.trim();
  // A language's English name in lower case counts beside an offer to read in another tongue ("Lire cet article en greek").
  const named = LANGUAGE.test(t) || LANGUAGE_ABROAD.test(t) || (READ_ABROAD.test(t) && LANGUAGE_ANY_CASE.test(t));
  // A language's English name in lower case is a site's template that set the name into its own phrase, in whatever
  // tongue ("Tradotto dall'originale in breton", "Läs på galician"): English prose capitalises the name, and another
  // tongue has its own word for it. A short line so made is the notice, with or without an offer's word.
  if (wordCount(t) <= MAX_TEMPLATE_WORDS && !/[,;:]$/.test(t) && !/[.!?]\s+\p{Lu}/u.test(t) && namesLanguageInLowerCase(t)) return true;
  if (wordCount(t) > MAX_NOTICE_WORDS || !named || !OFFER.test(t) || /[,;:]$/.test(t)) return false;
  // A sentence of the piece runs on ("…in French. And"); a notice is a label or one short sentence.
  return !/[.!?]\s+\p{Lu}/u.test(t);
}

/**
 * Verbs a site's call to action opens on ("Join today", "Listen to the episode", "Don't miss"):
 * general web usage, not any site's wording. Shared by the promotion passes.
 */
export const CALL_TO_ACTION =
  /^(?:get|join|sign|subscribe|read|listen|watch|play|hear|download|try|discover|explore|donate|support|follow|register|claim|buy|order|pre-order|shop|book|reserve|browse|learn|find|see|click|tap|share|forward|become|volunteer|give|pledge|renew|contribute|help|start|grab|enter|visit|want|don['’]t|never|also|catch up|check out|stay (?:in touch|tuned|informed|up to date))\b/i;

/** A call to action opening the line or any sentence in it ("Our book is out. Order a copy."); a quoted sentence is someone's speech, not the site's call. */
export function hasCallToAction(text: string): boolean {
  return text
    .replace(/“[^”]*”|"[^"]*"/gu, ' ')
    .trim()
    .split(/(?<=[.!?])\s+(?=["“‘']?\p{Lu})/u)
    .some((sentence) => CALL_TO_ACTION.test(sentence.trim()));
}

/**
 * A call the piece reports, with its speech tag after a comma: "Join us, they wrote, and …", "Give what you can, the notice
 * said", "Subscribe now, said the clerk". A site's call is never tagged as someone's words.
 */
const SPEECH_TAG =
  /,\s*(?:(?:he|she|they|we|i|it|someone|everyone)|(?:the|a|an|his|her|their|our|my)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:said|says|wrote|writes|told|cried|called|asked|added|replied|urged|declared|shouted|pleaded|read|reads|ran|runs|announced|insisted|promised)\b|,\s*(?:said|wrote|cried|asked|replied|added|urged)\s+(?:the|a|an|his|her|their|he|she|they)\b/iu;
export function reportsSpeech(text: string): boolean {
  return SPEECH_TAG.test(text);
}

/**
 * A set-apart line the piece's own text frames as someone's words: the paragraph above ends by
 * introducing speech or writing ("… stood on a bench and called to the room.", "… wrote:"), or the
 * paragraph below opens by pointing back at it ("So wrote the editor …", "With these words …",
 * "That call …"). A site's box is never introduced by the sentence before it nor answered by the
 * sentence after it. Verbs that also tell of going and starting ("went back to work.", "it began
 * in 1911.") introduce words only with "as follows" or a colon ("The notice ran as follows:").
 */
const INTRODUCES_SPEECH =
  /(?:\b(?:said|says|called|cried|shouted|wrote|writes|read out|announced|declared|urged|pleaded|proclaimed|demanded|told (?:them|us|him|her|the [\p{L}'’-]+))\b[^.!?:]{0,30}[.:]|\b(?:ran|runs|went|goes|read|reads) (?:as follows|like this|thus)[.:]|:)["”’]?\s*$/iu;
const POINTS_BACK =
  /^(?:(?:so|thus|such)\s+(?:wrote|said|says|writes|ran|runs|read|reads|spoke|cried|went|goes)\b|(?:with|after|at)\s+(?:these|those|that|this)\s+words?\b|(?:these|those)\s+(?:were|are)\s+the\s+(?:words|lines)\b|(?:that|this|the)\s+(?:call|appeal|plea|cry|message|notice|line|sentence|headline|slogan|announcement|words?)\b)/iu;
export function framedAsSpeech(above: string | undefined, below: string | undefined): boolean {
  return (above !== undefined && INTRODUCES_SPEECH.test(above.trim())) || (below !== undefined && POINTS_BACK.test(below.trim()));
}

/** The page speaking of itself: "this article", "this story". */
export const THIS_PAGE = /\bthis (?:article|story|post|page|piece|essay|episode|site|newsletter)\b/i;

/** Lower-case words of four letters or more that carry a topic (function words and the site's own words left out). */
const FUNCTION_WORDS = new Set(
  'about above after again against also been before being below between both could does down during each even from have having here into itself just more most much must only other over same should some such than that their them then there these they this those through under until very were what when where which while will with would your yours ours today free read more want every'.split(' '),
);
/** A text's topic words: lower-case words of four letters or more, function words left out. */
export function topicWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
}

/**
 * How far a box set into the page speaks of it: the box's distinct topic words, and how many of them the page's lines
 * outside `first`..`last` (the box with its label) use. A box brought in from elsewhere (a glossary, a facts table)
 * shares few.
 */
export function topicWordsShared(box: readonly { text: string }[], lines: readonly { index: number; text: string }[], first: number, last: number): { own: number; shared: number } {
  const own = new Set(topicWords(box.map((l) => l.text).join(' ')));
  const rest = new Set(topicWords(lines.filter((l) => l.index < first || l.index > last).map((l) => l.text).join(' ')));
  return { own: own.size, shared: [...own].filter((w) => rest.has(w)).length };
}
