import { isStrongProse, weigh, type Evidence } from '../_evidence.ts';
import { MONTH_NAMES, wordCount } from '../_lines.ts';
import { isAllCaps } from './_pdf-lines.ts';

/**
 * The words of what a scan, a repository or a press adds to a text, by class: a stamp a
 * digital library sets on each page it serves (who served it, to whom, when, under what terms,
 * the file it came in), a periodical's masthead over an article (its name, volume, issue and
 * date), an archive's reference for the original, and a book's colophon (who printed and
 * published it, where, in what type, at what price, how many copies). Each pattern is one
 * class of sense, not one wording: the passes weigh how many classes a line holds, with where
 * it stands.
 */

/** Not inside a word: JavaScript's \b knows no accented letter. */
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';

/**
 * A copy being fetched, scanned or served: "downloaded from", "digitised by", "accessed via", "generated on"; in
 * French, German, Spanish, Italian, Dutch or Portuguese the participle alone ("téléchargé le", "heruntergeladen am",
 * "scaricato da"), as a stamp sets it.
 */
export const ACCESS = new RegExp(
  String.raw`\b(?:down-?loaded|digiti[sz]ed|scanned|imaged|photographed|microfilmed|retrieved|accessed|generated|harvested|archived|provided|supplied|delivered|served|made available|deposited|hosted)\s+(?:(?:electronically|online|digitally|free)\s+|and\s+\p{L}+\s+)?(?:from|by|on|at|via|for|through|in|with|to)\b|${START}(?:t[ée]l[ée]charg[ée]e?|num[ée]ris[ée]e?|consult[ée]e?|heruntergeladen|digitalisiert|abgerufen|descargad[oa]|digitalizad[oa]|consultad[oa]|scaricat[oa]|digitalizzat[oa]|consultat[oa]|gedownload|gedigitaliseerd|baixad[oa])${END}`,
  'iu',
);
/**
 * The terms a copy is served under: "use subject to", "reuse of this copy is governed by",
 * "terms of use", "for private study only". The use and its condition are looked for apart (two
 * plain patterns, not one with a gap between that would try every span of a long line).
 */
const TERMS_USE = /\b(?:re-?)?(?:use|copying|reproduction|access)\b/i;
const TERMS_CONDITION = /\b(?:subject to|governed by|restricted to|limited to|permitted under|prohibited|restrictions apply)\b/i;
const TERMS_PHRASE =
  /\bterms (?:of (?:use|service|access)|and conditions)\b|\bconditions of (?:use|access)\b|\bfor (?:personal|private|non-?commercial|educational|research) (?:use|study|purposes)\b|\bpermitted (?:use|copying)\b|\bfair use\b|\bno further reproduction\b|\bnot for (?:re-?)?distribution\b|\bunauthori[sz]ed (?:use|copying|reproduction|distribution)\b|\busage (?:personnel|priv[ée])|\bpers[öo]nlichen gebrauch\b|\buso (?:personal|privado|personale|privato)\b|\breproduction interdite\b/i;
export function hasTerms(text: string): boolean {
  return TERMS_PHRASE.test(text) || (TERMS_CONDITION.test(text) && TERMS_USE.test(text));
}
/** A machine's address. */
export const IP_ADDRESS = /\b\d{1,3}(?:\.\d{1,3}){3}\b/;
/** An address on the web: a scheme, "www.", or a host name ending in a common domain. */
export const WEB_ADDRESS = /\bhttps?:\/\/\S|\bwww\.[\w-]+\.\w|\b[a-z][\w-]*(?:\.[a-z][\w-]*)*\.(?:org|com|net|edu|gov|info|int|ac\.[a-z]{2}|co\.[a-z]{2}|uk|us|de|fr|nl|ca|au|ie|eu|it|es|pt|be|ch|at|se|no|dk|fi|pl|cz|nz|za|in|jp|io|br|mx|ar|gr|hu)(?:\/\S*)?(?=$|[\s),;])/i;
/** A clock time or a machine's date: "17:05:33", "2021-09-30", "UTC", a weekday shortened as stamps set it. */
export const TIME_STAMP = /\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:UTC|GMT|BST|EST|CET)\b|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+\d/;
/** The served file itself: its type, its size, how many pages it has ("Page 3 of 16", "Total pages: 16", "PDF, 2.4 MB"). */
export const FILE_FACTS =
  /\bfile (?:type|size|name)\b|\b\d+(?:[.,]\d+)?\s*(?:[KMG]B|[kK]b|bytes)\b|\b(?:total )?pages?:?\s*\d+\s*(?:\/|of)\s*\d+\b|\btotal pages?\b|\bformat:?\s*(?:pdf|djvu|epub|tiff?)\b|\b(?:pdf|djvu)\b/i;
const FILE_FACTS_ALL = new RegExp(FILE_FACTS.source, 'gi');
/** A date a stamp or a masthead carries: a month and a year, a day and a month, a season or a church term and a year. */
export const DATE = new RegExp(
  String.raw`\b(?:${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?:\d{1,2},?\s+)?\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(?:spring|summer|autumn|fall|winter|michaelmas|christmas|easter|lent|trinity|midsummer|hilary)\s+(?:term\s+)?\d{4}\b`,
  'i',
);
/** A date with nothing else on the line: "Saturday, 14 March 1896", "July 1932", "Michaelmas Term, 1911". */
const DATE_ALONE = new RegExp(
  String.raw`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${MONTH_NAMES}|spring|summer|autumn|fall|winter|michaelmas|christmas|easter|lent|trinity|midsummer|hilary)(?:\s+term)?\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}\.?$`,
  'i',
);
/** A year standing alone: 1500 to 2099. */
export const YEAR = /\b(?:1[5-9]\d\d|20\d\d)\b/;
/** Where a periodical's number stands: volume, number, issue, part, a new series. */
export const VOLUME_AND_ISSUE =
  /\bvol(?:ume)?\.?\s*[\dIVXLC]+\b|\b(?:no|nos|nr)\.\s*\d+|\bnumbers?\s+\d+|\bissue\s+(?:no\.?\s*)?\d+|\bpart\s+[\dIVX]+\b|\b(?:new|second|third|old) series\b|\bwhole (?:no|number)\b|\b(?:tome|t\.|band|bd\.|jahrgang|jg\.|heft|fasc(?:icolo|\.)|anno|a[ñn]o|num[eé]ro|núm\.|n[°º]\s*)\s*[\dIVXLC]+\b|\b(?:pp?|S)\.\s*\d+\s*[-–]\s*\d+/i;
/** The noun that names a periodical: "Monthly Record", "The Weekly Courier", "Quarterly Review". */
export const PERIODICAL =
  /\b(?:revue|zeitschrift|rivista|revista|cahiers|bl[äa]tter|annales|anales|annali|jahrbuch|tijdschrift|bollettino|bolet[íi]n|gazzetta|gaceta|journal|review|gazette|magazine|record|recorder|bulletin|chronicle|courier|herald|times|news|newsletter|quarterly|monthly|weekly|annual|proceedings|transactions|observer|advertiser|mercury|post|examiner|register|messenger|intelligencer|almanac|miscellany|notes and queries)\b/i;
/** An archive's or a library's reference for the original: "Ref. DD/WR/44", "MS 1234", "Box 4, Folder 2", "shelfmark". */
export const CALL_NUMBER =
  /\b(?:ref(?:erence)?|call (?:no|number)|shelf ?mark|class ?mark|acc(?:ession)?(?:\s+no)?|ms|mss|add\.? ms|box|folder|file|item|bundle|piece|catalogue (?:no|number))\.?\s*(?:no\.?\s*)?[A-Z0-9]{1,8}(?:[/.:-][A-Z0-9]{1,8})+\b|\b(?:box|folder|bundle)\s+\d+\b|\b(?:add\.?\s+)?mss?\.?\s+(?:add\.?\s+)?\d+|\bff?ols?\.?\s+\d+[rv]?(?:\s*[-–]\s*\d+[rv]?)?\b|\b[A-Z]{1,4}\/[A-Z0-9]{1,6}(?:\/[A-Z0-9]{1,6})+\b/i;
/** Nouns of the places that keep and serve copies. */
export const HOLDER = /\b(?:archives?|library|libraries|repository|record office|collections?|digital|online|database|special collections|manuscripts)\b/i;

/** A press's work named with how it was done: "printed by", "set in", "typeset in", "published by", "printed in England". */
export const PRINTING =
  /\b(?:printed|reprinted|typeset|type-set|composed|set|designed|bound|published|produced|issued|manufactured|lithographed|engraved)\s+(?:and\s+(?:printed|bound|published)\s+)?(?:(?:in\s+)?\d{4}\s+)?(?:by|in|at|for|on|with|from)\b|^(?:first published|this edition)\b/i;
/** The same abroad: "gedruckt bei", "imprimé en", "achevé d'imprimer", "impreso en", "stampato presso", "gedrukt bij", a printing house named. */
const PRINTING_ABROAD = new RegExp(
  `${START}(?:finito di stampare|gedruckt|imprim[ée]e?s?|achev[ée] d['’]imprimer|impres[oa]s?|stampat[oa]|gedrukt|druck(?:erei)?|imprimerie|imprenta|tipograf[íi]a|tipografia|stamperia|drukkerij|verlag|[ée]ditions|edizioni|editorial)${END}`,
  'iu',
);
/** How often a publication comes out: "issued quarterly", "published monthly", "appears twice a year". */
export const FREQUENCY = /\b(?:issued|published|appears|printed)\s+(?:weekly|fortnightly|monthly|quarterly|annually|yearly|twice a year|every \w+)\b/i;
/** Type and paper: a size in points, a typeface, a font; laid or wove paper, boards, cloth. */
export const TYPE_AND_PAPER = /\bcover (?:design|illustration|photograph|image|art)\b|\brecycled paper\b|\b\d{1,2}(?:\s*\/\s*\d{1,2}|\s+on\s+\d{1,2})?\s*(?:pt|point)\b|\btype-?faces?\b|\btypes?\b|\bfonts?\b|\b(?:laid|wove|acid-free|hand-?made) paper\b|\b(?:cloth|boards|wrappers)\b/i;
/** A book's own numbers: ISBN, ISSN, a print run, a copy number. */
export const BOOK_NUMBERS = /\bIS[BS]N\b|\bd[ée]p[óo]sito legal\b|\bd[ée]p[ôo]t l[ée]gal\b|\bn[°º]\s*d['’](?:[ée]dition|impression|imprimeur)|\bcataloguing[- ]in[- ]publication\b|\bcatalogue record for this\b|\blibrary of congress\b|\bregistered charity\b.{0,24}?\d{5,}|\b(?:edition|impression|run|printing) of \d+|\b\d+\s+copies\b|\bcop(?:y|ies) (?:no\.?|number)\s*\d+|\blimited to \d+/i;
/** A price: "Price sixpence", "One Shilling", "2s. 6d.", "£4.50". */
export const PRICE =
  /^price\b|\bprice:?\s+\S|\b(?:one|two|three|four|five|six|ten)\s+(?:shillings?|pence|guineas?|pounds?)\b|\b(?:penny|twopence|threepence|fourpence|sixpence)\b|\b\d+\s*[sd]\.(?:\s*\d+\s*d\.)?(?=\s|$)|[£$€]\s?\d/i;
/** A postal address: a number and a street, or a postcode. */
export const POSTAL_ADDRESS = /\b\d{1,4}[a-z]?,?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Lane|Row|Square|Sq\.?|Place|Terrace|Avenue|Ave\.?|Gate|Walk|Court|Yard|Hill|Quay|Wharf|Parade|Crescent|Close|Way)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|\bP\.?\s?O\.? Box\s+\d+/u;
/** A maker's name: a press, printers, publishers, a firm. */
export const MAKER = /\b(?:press|printers?|publishers?|publishing|books|works|printing|ltd|limited|inc|& co|& sons|and sons|bindery|foundry)\b/i;

/** Most words of a stamp's, a masthead's or a colophon's line. */
export const MAX_IMPRINT_WORDS = 24;

/**
 * Evidence that a line is a repository's or a scanner's stamp: the classes of sense it holds
 * (a copy fetched or scanned, terms of use, a machine's address, a clock time, the file's
 * facts, a web address). One class is a sentence's as often as a stamp's; two or more are
 * what stamps are made of.
 */
export function stampEvidence(text: string): Evidence {
  const trimmed = text.trim();
  const found = weigh([
    ACCESS.test(trimmed) && { weight: 2, reason: 'a copy fetched, scanned or served ("downloaded from", "digitised by")' },
    hasTerms(trimmed) && { weight: 2, reason: 'terms of use' },
    IP_ADDRESS.test(trimmed) && { weight: 2, reason: "a machine's address" },
    FILE_FACTS.test(trimmed) && { weight: 2, reason: "the file's type, size or page count" },
    (trimmed.match(FILE_FACTS_ALL)?.length ?? 0) >= 2 && { weight: 1, reason: "more than one of the file's facts" },
    WEB_ADDRESS.test(trimmed) && { weight: 1, reason: 'a web address' },
    TIME_STAMP.test(trimmed) && { weight: 1, reason: "a clock time or a machine's date" },
    HOLDER.test(trimmed) && { weight: 1, reason: 'a library, an archive or a collection' },
    // "Transcript, box 7 folder 3 — p. 2": an archive's reference for the original, page after page.
    CALL_NUMBER.test(trimmed) && { weight: 2, reason: "an archive's reference for the original" },
    // A publisher's foot: its name and its address, page after page.
    POSTAL_ADDRESS.test(trimmed) && { weight: 1, reason: 'a postal address' },
    POSTAL_ADDRESS.test(trimmed) && MAKER.test(trimmed) && { weight: 1, reason: "a press's or a publisher's name" },
  ]);
  // Most lines hold none of it: only a line that does is read for a sentence's shape.
  if (found.findings.length === 0) return found;
  return weigh([
    ...found.findings,
    // A stamp is often set as sentences ("Downloaded on … Restrictions apply."): two of its heavy classes outweigh the shape.
    isStrongProse(trimmed) && heavyClasses(found) < 2 && { weight: -2, reason: 'reads as a sentence' },
    wordCount(trimmed) > MAX_IMPRINT_WORDS && { weight: -4, reason: 'long for a stamp' },
  ]);
}

/** How many classes of a line's evidence weigh two or more: the classes of sense that are a stamp's or a notice's own. */
function heavyClasses(evidence: Evidence): number {
  return evidence.findings.filter((f) => f.weight >= 2).length;
}

/** Fields set apart by a middle dot, a bar, a bullet or a spaced dash: "No. 112 · Michaelmas 1911". */
const FIELDS = /\S\s+[|·•]\s+\S|\S\s+[—–]\s+\S.*\d/u;

/**
 * Evidence that a line over a piece's title is a periodical's masthead or an archive's stamp:
 * the periodical's name, its volume and issue, a date, an archive's reference, a scan's words,
 * fields set apart by dots or bars. An epigraph or a dedication there is a sentence, a
 * quotation or an address to someone, and carries none of it.
 */
export function mastheadEvidence(text: string): Evidence {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  const stamp = stampEvidence(trimmed);
  return weigh([
    PERIODICAL.test(trimmed) && words <= 8 && (isAllCaps(trimmed, 4) || /^(?:the\s+)?\p{Lu}/iu.test(trimmed)) && { weight: 2, reason: "a periodical's name" },
    VOLUME_AND_ISSUE.test(trimmed) && { weight: 2, reason: 'a volume or an issue' },
    CALL_NUMBER.test(trimmed) && { weight: 2, reason: "an archive's reference" },
    (DATE.test(trimmed) || YEAR.test(trimmed)) && { weight: 1, reason: 'a date' },
    DATE_ALONE.test(trimmed) && { weight: 2, reason: 'a date alone on the line, as an issue is dated' },
    FIELDS.test(trimmed) && { weight: 1, reason: 'fields set apart by dots, bars or dashes' },
    PRICE.test(trimmed) && words <= 8 && { weight: 2, reason: 'a price' },
    ...stamp.findings.filter((f) => f.weight > 0 && !f.reason.startsWith("an archive's")),
    /^["“‘]/.test(trimmed) && { weight: -3, reason: 'a quotation' },
    /^(?:to|for|in memory of|in memoriam)\s/i.test(trimmed) && !ACCESS.test(trimmed) && !hasTerms(trimmed) && { weight: -3, reason: 'a dedication' },
    isStrongProse(trimmed) && heavyClasses(stamp) < 2 && { weight: -3, reason: 'reads as a sentence' },
    words > MAX_IMPRINT_WORDS && { weight: -4, reason: 'long for a masthead' },
  ]);
}

/** The participle of a copy's making opening a line, with no subject before it: "Printed by …", "Scanned and proofread …". */
const MAKING_FIRST =
  /^(?:first |originally )?(?:printed|reprinted|published|typeset|designed|bound|produced|issued|scanned|digiti[sz]ed|transcribed|marked up|proofread|encoded|distributed)(?:\s+and\s+[a-z]+)?(?:\s+(?:for|on|in)\s+the\s+[a-z]+)?\s+(?:by|in|at|for|from|on)\b/i;
/** A short label and a colon opening the line ("Source:", "Please cite as:", "Public domain:"); an author's "Note:" is weighed apart. */
const LABEL = /^[_*(]*\p{Lu}[\p{L}'’ ]{1,28}:\s/u;
/** Where a piece stands in a journal: "12(3): 44", "vol. 4, no. 2", "pp. 12–19". */
const JOURNAL_PLACE = /\b\d{1,3}\s*\(\d{1,3}\)\s*[,:]\s*\d|\bvol(?:ume)?\.?\s*\d+,?\s+(?:no|number|issue)\.?\s*\d+|\bpp\.\s*\d+\s*[-–—]\s*\d+/i;

/**
 * Evidence that a line after the text is a colophon's: who printed or published the book and
 * where, its type and paper, its ISBN or print run, its price, the press's address or name.
 * An author's closing note is sentences, often a "Note"; a sentence about printing is long and
 * reads as prose.
 */
export function colophonEvidence(text: string): Evidence {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  const kinds = publisherNoticeKinds(trimmed);
  const found = weigh([
    (PRINTING.test(trimmed) || PRINTING_ABROAD.test(trimmed)) && { weight: 2, reason: 'printing or publishing done by, in or at' },
    FREQUENCY.test(trimmed) && { weight: 2, reason: 'how often a publication comes out' },
    BOOK_NUMBERS.test(trimmed) && { weight: 2, reason: 'an ISBN or a print run' },
    PRICE.test(trimmed) && { weight: 2, reason: 'a price' },
    POSTAL_ADDRESS.test(trimmed) && { weight: 2, reason: 'a postal address' },
    TYPE_AND_PAPER.test(trimmed) && { weight: 1, reason: 'type or paper' },
    MAKER.test(trimmed) && { weight: 1, reason: "a press's or a publisher's name" },
    /©|\bcopyright\b|\brights reserved\b|\bmoral rights? of the (?:author|translator|illustrator)|\basserted (?:his|her|their) (?:moral )?rights?\b|\bright to be identified as\b|droits r[ée]serv[ée]s|rechte vorbehalten|derechos reservados|diritti riservati/iu.test(trimmed) && { weight: 2, reason: 'rights' },
    kinds > 0 && { weight: 2, reason: "a publisher's notice (a licence, a source, a transcriber, a disclaimer, a funder, copies, a contact, a citation)" },
    kinds > 1 && { weight: 2, reason: "more than one kind of a publisher's notice" },
    kinds > 0 && LABEL.test(trimmed) && { weight: 1, reason: 'opens on a label and a colon, as a notice is set' },
    JOURNAL_PLACE.test(trimmed) && { weight: 1, reason: "a journal's volume, issue or pages" },
    ACCESS.test(trimmed) && { weight: 2, reason: 'a copy scanned, digitised or served' },
    /^(?:note|n\.b\.|author's note|postscript|p\.s\.)\b/i.test(trimmed) && { weight: -3, reason: "an author's note" },
    /^["“‘]/.test(trimmed) && { weight: -2, reason: 'a quotation' },
    words > MAX_IMPRINT_WORDS && { weight: -4, reason: 'long for a colophon' },
  ]);
  // A publisher sets its notices as sentences too ("Scanned and proofread by volunteers. Corrections welcome."): two of its classes outweigh the shape.
  const labelled = found.findings.some((f) => f.reason.startsWith('opens on a label'));
  // "Marked up for the web by R. Hale, 2004.": a line opening on the participle of the copy's making, with no subject, is a
  // notice's telegraphic form, not the author's sentence.
  const telegraphic = found.score > 0 && MAKING_FIRST.test(trimmed);
  return isStrongProse(trimmed) && heavyClasses(found) < 2 && !labelled && !telegraphic ? weigh([...found.findings, { weight: -3, reason: 'reads as a sentence' }]) : found;
}

/**
 * Classes of sense of what a publisher, an archive or a funder sets round a text in its own
 * voice, besides the printer's imprint: an open licence and its terms (in English or another
 * tongue), where the text first appeared, who transcribed, marked up or proofread the copy, a
 * disclaimer for the views in it, who funded or supported it, where further copies are had,
 * how to reach or join the body that issued it, how to cite it. Each pattern is one class, not
 * one wording; a line's weight is the number of classes it holds, with where it stands.
 */
export const PUBLISHER_NOTICE: readonly RegExp[] = [
  // An open licence or its terms, in English or another tongue.
  /\bcreative\s+commons\b|\bcopyleft\b|\battribution[- ](?:non-?commercial|share-?alike|no-?deriv)|\bnon-?commercial\b|\bshare-?alike\b|\bno-?deriv(?:ative)?s?\b|\blicen[cz]i[ae]\b|\blizenz\b|\blicentie\b|\bdroits réservés\b|\brechte vorbehalten\b|\bderechos reservados\b|\bdiritti riservati\b|\bmay be (?:freely )?(?:reproduced|copied|reprinted|distributed|shared|quoted)\b|\bmay (?:freely )?(?:copy|reproduce|reprint|distribute|share)\b|\bpublic domain\b|\bfree(?:ly)? to (?:copy|share|reproduce|reprint|distribute)\b/i,
  // Where the text stood before: "originally appeared in", "first given as a lecture", "Source:".
  new RegExp(
    String.raw`\b(?:originally|first)\s+(?:appeared|ran|delivered|given|read|broadcast|presented|written for)\b|\bappeared (?:originally|first) in\b|^\s*[_*(]*sources?\s*:|\b(?:paper|lecture|address|sermon|speech|talk)\s+(?:read|delivered|given)\s+(?:before|to|at)\b|\boffprint\b|${START}(?:publicad[oa] originalmente|originalmente publicad[oa]|publi[ée]e? (?:pour la premi[èe]re fois|initialement|d['’]abord)|paru(?:e)? (?:initialement|d['’]abord|pour la premi[èe]re fois)|tir[ée] à part|zuerst (?:erschienen|ver[öo]ffentlicht)|erschien zuerst|erstmals (?:erschienen|ver[öo]ffentlicht)|sonderdruck|separata|estratto da|originariamente pubblicat[oa]|pubblicat[oa] per la prima volta|apparso per la prima volta)${END}`,
    'iu',
  ),
  // The copy's making in an archive: transcribed, marked up, proofread, keyed, encoded.
  /\btranscri(?:bed|ption)\b|\bmarked up (?:by|for|in)\b|\bspelling (?:as in|of) the original\b|\boriginal spelling\b|\bhtml mark-?up\b|\bproof-?read(?:ing)?\b|\bhtml\b|\be-?text\b|\bocr\b|\bencoded by\b|\bkeyed (?:in )?by\b/i,
  // Where the original is kept: "held at the record office", "preserved in the library".
  /\b(?:held|kept|preserved|deposited) (?:at|in|by) the (?:[a-z]+ )?(?:record office|archives?|library|museum)\b/i,
  // A disclaimer for the views in it.
  /\bnot necessarily\b|\bdisclaim(?:er|s)?\b|\bviews expressed\b|\bdo(?:es)? not (?:necessarily )?(?:reflect|represent)\b|\bsole responsibility\b|\baccepts? no (?:responsibility|liability)\b/i,
  // A funder or supporter in the publisher's voice.
  /\b(?:funded|sponsored|financed|grant-aided|made possible)\s+(?:in part\s+)?(?:by|through|with)\b|\bwith (?:the )?(?:generous |kind |financial )?(?:support|assistance|funding) (?:of|from)\b|\bgrant from\b|\bfunding from\b/i,
  // Where more copies are had, and at what charge for carriage.
  /\b(?:further|additional|extra|single|bulk) copies\b|\bcopies (?:of this \w+ )?(?:may be |can be |are )?(?:obtained|had|ordered)\b|\bobtainable from\b|\bpost(?:age)? (?:free|paid)\b|\bplus postage\b|\bp\s*&\s*p\b/i,
  // How to reach or join the body that issued it: a telephone, a fax, an e-mail or web label, membership, a charity's number.
  /\b(?:tel|telephone|phone|fax|e-?mail|web(?:site)?)\s*[:.]\s*\S|\bjoin (?:us|our|the (?:society|union|association|campaign|group|party|league))\b|\bbecome a (?:member|supporter|subscriber)\b|\bmembership\b|\bregistered charity\b|\bcharity (?:no|number|reg)|\bcompany (?:no|number|registered)\b|\bregistered (?:office|in (?:england|scotland|wales|ireland))\b|(?:\+\d{1,3}[ -]?|\b0)\d{2,5}[ -]?\d{3,4}[ -]?\d{3,4}\b/i,
  // How to cite it, and a journal's own numbers.
  /\bto cite this\b|\bcite (?:this (?:\w+ )?)?as\b|^\s*(?:citation|how to cite|suggested citation)\b|\bISSN\b|\bthe author\(s\)|\bpour citer\b|\bzitier(?:en|weise)\b|\bc[óo]mo citar\b|\bper citare\b/i,
];

/** How many of a publisher's notice's classes a line holds. */
export function publisherNoticeKinds(text: string): number {
  let kinds = 0;
  for (const pattern of PUBLISHER_NOTICE) if (pattern.test(text)) kinds++;
  return kinds;
}
