/**
 * The eighth validation split's furniture wordings (`npm run eval -- --validation 8`): every web
 * and PDF furniture pool worded anew by a helper who had read neither the cleaner's rules nor the
 * held-out, fourth or fifth validation wordings. A DEBUG SET for everyone (like validations 6 and
 * 7): look at its cases, errors and lines freely, but never key a rule on its wordings; it stays
 * useful only while rules generalise by shape and sense.
 *
 * What it draws that earlier splits drew little of is SHAPE. On web pages: lists of other articles
 * with a section label above each title, a date or a reading time under it, an excerpt line under
 * it, numbers before the titles ("1 /", "02", "#3"), titles broken over two lines; readers' comment
 * threads (a count in words, "Showing 12 of 40", a commenter with a place, avatar initials, replies
 * opening with "@name", a row of controls with a like count, moderation and sign-in lines); bylines
 * in several lines (words and photos credited apart, two authors joined by "and", a role and an
 * outlet, dates in many formats, "last reviewed"); the author's biography at the end; notices after
 * the text (corrections with their date, "updated" lines, syndication, licences, translation
 * credits, series notes, archive banners); captions broken over two lines, captions with a credit
 * after a separator or a credit word in another language, a gallery counter, a caption set AFTER
 * the paragraph it illustrates; promotions, appeals and pop-ups in French, German, Spanish,
 * Italian, Portuguese, Dutch, Polish, Swedish, Danish, Finnish and Czech. In PDF extractions:
 * captions in parentheses, captions opening with a direction ("Left:", "Oben:", "Ci-dessus"),
 * plates numbered in roman figures, two captions of pictures side by side run together on one
 * line, a credit at a line's end after a run of spaces, "Courtesy of" lines, inventory numbers,
 * table notes, sidebars, contents leftovers, footers with the issue and volume, a URL, or
 * "Page 3 of 24", and running heads that alternate the author and the title. No pool falls back
 * to another list.
 */
import { between, cap, chance, pick, type Random } from './_random.ts';

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTHS_DA = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const MONTHS_FI = ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'];
const MONTHS_EN3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const yr = (r: Random): number => between(r, 2006, 2025);
const day = (r: Random): number => between(r, 1, 28);
const oldYear = (r: Random): number => between(r, 1862, 1974);
const pad = (n: number): string => String(n).padStart(2, '0');
const roman = (n: number): string => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI'][n - 1] ?? String(n);

/** A date as one of many sites writes it. */
const anyDate = (r: Random): string =>
  pick(r, [
    () => `${day(r)} ${pick(r, MONTHS_FR)} ${yr(r)}`,
    () => `${day(r)}. ${pick(r, MONTHS_DE)} ${yr(r)}`,
    () => `${day(r)} de ${pick(r, MONTHS_ES)} de ${yr(r)}`,
    () => `${day(r)}. ${pick(r, MONTHS_DA)} ${yr(r)}`,
    () => `${day(r)}. ${pick(r, MONTHS_FI)} ${yr(r)}`,
    () => `${yr(r)}-${pad(between(r, 1, 12))}-${pad(day(r))}`,
    () => `${pad(day(r))}.${pad(between(r, 1, 12))}.${yr(r)}`,
    () => `${pick(r, MONTHS_EN3)}. ${day(r)}, ${yr(r)}`,
    () => `${pick(r, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${day(r)} ${pick(r, MONTHS_EN)} ${yr(r)} ${pad(between(r, 6, 22))}.${pad(between(r, 0, 59))} GMT`,
  ])();

const PEOPLE = ['Morwenna Trethewey', 'Anselm Dörfler', 'Inés Valcárcel Ruiz', 'Tommaso Lodovici', 'Mette Skovgaard', 'Eero Lahtinen', 'Zdeňka Procházková', 'Piet Oosterhuis', 'Agnieszka Wróbel-Nowak', 'Cerys ap Gwynfor', 'Baptiste Lenormand', 'Ulla Fredriksson'];
const HANDLES = ['quarryman_62', 'ropewalk_rita', 'Gwilym T.', 'hopfield_hal', 'N. Ashdown', 'Brid from Cobh', 'oldtramfan', 'Kasia W.', 'lockkeeper', 'Jørgen H.'];
const TOWNS = ['Bethesda', 'Chatham', 'Faversham', 'Blaenau Ffestiniog', 'Stourbridge', 'Cradley Heath', 'Whitechapel', 'Bow', 'Ironbridge', 'Aalborg', 'Tampere', 'Brno'];
const SHOOTERS = ['Hannelore Wirth', 'Rasmus Kjærgaard', 'Paloma Ibarra', 'Seán Mac Giolla', 'Vilja Nurmi', 'Ondřej Kubíček', 'Gareth Pryce-Jones'];
const LENDERS = ['the Slate Museum, Llanberis', 'Rope Walk Trust archive', 'Musée de la Verrerie', 'Stadtmuseum Kaufbeuren', 'Archivo Histórico Provincial', 'Museo del Vetro, Murano', 'Arbejdermuseet', 'Työväen Arkisto', 'Muzeum Těšínska', 'the Black Country Living Museum'];
const OUTLETS = ['the Quarry Gazette', 'Le Courrier des Verriers', 'Die Werkbank', 'Revista de Oficios', 'the Canal Times', 'Arbejderbladet', 'Työn Ääni'];

const V8_SUBJECTS = [
  'Splitters in the dressing shed at the top gallery',
  'A ropewalk a quarter of a mile long, under one roof',
  'Glass blowers at the mouth of the furnace',
  'Hop pickers weighing in at the end of the day',
  'The lock keeper’s cottage after the flood',
  'Chain makers at their hearths in a backyard shop',
  'Match girls leaving the works at noon',
  'Peat cutters with their long spades',
  'The salt pans at low tide',
  'Bell founders lifting the cope from the mould',
  'A tram conductor with his ticket rack',
  'Clog makers’ benches, with the irons laid out',
];
const V8_SUBJECTS_OTHER = [
  'Les souffleurs de verre devant le four',
  'Seilmacher auf der Reeperbahn',
  'Cordeleros en el taller del puerto',
  'I campanari durante la fusione',
  'Torveskærere på mosen',
  'Turpeennostajat suolla',
  'Řetězáři v dílně za domem',
  'Sklářky při broušení',
];

/** A picture credit: a credit word in one of many languages, or a name and an agency after a sign. */
const credit8 = (r: Random): string =>
  pick(r, [
    () => `Image: ${pick(r, SHOOTERS)}`,
    () => `Foto: ${pick(r, SHOOTERS)}/${pick(r, ['dpa', 'Ritzau Scanpix', 'Lehtikuva', 'ČTK', 'EFE'])}`,
    () => `Bild: ${pick(r, LENDERS)}`,
    () => `Crédito: ${pick(r, LENDERS)}`,
    () => `Crédit photo : ${pick(r, SHOOTERS)}`,
    () => `Kuva: ${pick(r, SHOOTERS)}`,
    () => `© ${pick(r, SHOOTERS)} ${yr(r)}`,
    () => `Photograph courtesy of ${pick(r, LENDERS)}`,
    () => `(${pick(r, SHOOTERS)} for ${pick(r, OUTLETS)})`,
  ])();

export interface PamphletTools8 {
  quoted(r: Random, paragraph: string): string | undefined;
  narrow(r: Random, text: string): string[];
}

/** A title broken over two lines near its middle (a card's narrow column). */
function twoLines(r: Random, text: string): string[] {
  const words = text.split(' ');
  if (words.length < 5) return [text];
  const cut = Math.max(3, between(r, Math.floor(words.length / 2) - 1, Math.ceil(words.length / 2) + 1));
  if (cut >= words.length - 1) return [text];
  return [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
}

type WebKind = 'link list' | 'related links' | 'comment form' | 'byline' | 'notice' | 'caption' | 'credit' | 'figure number' | 'promo' | 'appeal' | 'popup';
type Line = { text: string; kind: WebKind };
type Kind = 'caption' | 'credit' | 'figure number' | 'pull quote' | 'map' | 'side caption' | 'contents' | 'footer' | 'notice';

const KICKERS = ['CRAFTS & TRADES', 'Heritage | Work', 'INDUSTRY NOTEBOOK', 'Labour-history', 'Métiers d’antan', 'Altes Handwerk', 'Oficios perdidos', 'MESTIERI ANTICHI', 'Arbejdsliv-før', 'Työmuisti', 'Zaniklá řemesla', 'Longread'];
const EXCERPTS = [
  'How a village lived off one rock face for a hundred years.',
  'The women who twisted hemp into cable for the navy.',
  'Three generations at the same furnace, and what they earned.',
  'A strike that lasted three summers, told by the children of it.',
  'From the lock gates to the county court: a keeper’s notebooks.',
  'Was the work ever as hard as the songs say? Historians disagree.',
];

/** A list's entry style, the same for each of its entries: 0 a label above, 1 a date under, 2 an excerpt under, 3 a number before, 4 a label and a date, 5 over two lines, 6 a label and a number. */
const linkStyle = (r: Random): number => between(r, 0, 6);

/** One entry of a site's list of other pieces, in this split's shapes: each line with its kind. */
function linkEntry(r: Random, title: string, n: number, kind: 'link list' | 'related links', style: number): Line[] {
  const lines: Line[] = [];
  const numbered = style === 3 || style === 6 ? pick(r, [`${n} / `, `${pad(n)}  `, `#${n} `, `${n}) `]) : '';
  if (style === 0 || style === 4 || style === 6) lines.push({ text: pick(r, KICKERS), kind });
  const titleLines = style === 5 ? twoLines(r, title) : [numbered + title];
  for (const t of titleLines) lines.push({ text: t, kind });
  if (style === 1 || style === 4) lines.push({ text: pick(r, [() => `⏱ ${between(r, 3, 24)} min`, () => `Lesedauer etwa ${between(r, 3, 14)} Minuten`, () => `Temps de lecture : ${between(r, 2, 12)} min`, () => `🕒 ${anyDate(r)}`, () => `💬 ${between(r, 2, 40)}`])(), kind });
  if (style === 2) lines.push({ text: pick(r, EXCERPTS), kind });
  return lines;
}

/** A reader's comment as a thread prints it: name (with a place or avatar initials), time, the text, controls; replies open with "@name". */
function readerComment(r: Random, reply: boolean): Line[] {
  const who = pick(r, HANDLES);
  const head = pick(r, [
    () => `${who} · ${pick(r, TOWNS)}`,
    () => `${who.slice(0, 2).toUpperCase()}\n${who}`,
    () => `${who} ${pick(r, ['wrote', 'says', 'schreibt', 'a écrit'])}:`,
    () => `${who} — ${between(r, 2, 23)} hours ago`,
  ])();
  const body = pick(r, [
    'My grandfather worked the top gallery until his chest gave out, and he never once spoke of it at home.',
    'Great piece. Does anyone know whether the old weighbridge is still there?',
    'Merci pour cet article, mon arrière-grand-mère était souffleuse à Givors.',
    'Wunderbar recherchiert, danke!',
    'There is a photo of the same shed in the library at the bottom of the hill, worth a look.',
    'Mi abuelo fue cordelero en Ferrol; gracias por recordarlo.',
  ]);
  const text = reply ? `@${pick(r, HANDLES)} ${body.charAt(0).toLowerCase()}${body.slice(1)}` : body;
  const controls = pick(r, [() => `Reply · Report · ${between(r, 2, 40)} likes`, () => `Antworten | Beitrag melden`, () => `👍 ${between(r, 1, 60)}   Répondre`, () => `Svar · Synes godt om (${between(r, 1, 30)})`, () => 'Vastaa · Ilmoita asiaton viesti'])();
  return [...head.split('\n'), text, controls].map((t) => ({ text: t, kind: 'comment form' as const }));
}

export const VALIDATION_8 = {
  linkEntry,
  linkStyle,
  TOPICS: ['quarrymen', 'ropewalks', 'glassworks', 'hopfields', 'lock keepers', 'chainshops', 'matchworks', 'peat', 'saltpans', 'bellfounders', 'tramways', 'clogs', 'papermills', 'buttons', 'lamplighters', 'tanneries'],
  LINK_SHAPES: [
    (a: string) => `The last of the ${a}`,
    (a: string) => `Dossier — ${cap(a)}`,
    (a: string, _b: string, n: number) => `${cap(a)} in ${n} objects`,
    (a: string) => `Plus d’articles : ${a}`,
    (a: string) => `${cap(a)} im Erzgebirge`,
    (a: string) => `Lee también: ${a}`,
    (a: string) => `Could ${a} ever come back?`,
    (a: string, _b: string, n: number) => `Part ${n % 6 + 1}: ${a}`,
    (a: string) => `Da leggere — ${a} nel Novecento`,
    (a: string) => `${cap(a)} i Jylland`,
    (a: string) => `Lue myös: ${a}`,
    (a: string) => `${cap(a)} na Moravě`,
  ],
  linkDate: (r: Random): string => pick(r, [() => `${pad(day(r))}/${pad(between(r, 1, 12))}`, () => `vor ${between(r, 2, 11)} Tagen aktualisiert`, () => `mis à jour il y a ${between(r, 2, 9)} h`, () => `publicado hace ${between(r, 2, 9)} semanas`, () => `päivitetty ${between(r, 2, 9)} päivää sitten`])(),
  BYLINES: [
    (a: string, r: Random) => `Words: ${a} · Photos: ${pick(r, SHOOTERS)}`,
    (a: string, r: Random) => `${a} and ${pick(r, PEOPLE)}`,
    (a: string, r: Random) => `${a}, ${pick(r, ['staff writer', 'labour correspondent', 'contributing editor', 'heritage reporter'])}, ${pick(r, OUTLETS)}`,
    (a: string, r: Random) => `Von ${a} | Erstellt: ${pad(day(r))}.${pad(between(r, 1, 12))}.${yr(r)}, ${pad(between(r, 6, 22))}:${pad(between(r, 0, 59))} Uhr`,
    (a: string, r: Random) => `Par ${a}, publié le ${day(r)} ${pick(r, MONTHS_FR)} ${yr(r)}`,
    (a: string, r: Random) => `Texto: ${a} / Fotos: ${pick(r, SHOOTERS)}`,
    (_a: string, r: Random) => `Last reviewed ${anyDate(r)}`,
    (a: string, r: Random) => `${a} · ${anyDate(r)} · updated ${between(r, 2, 50)} minutes ago`,
    (a: string, r: Random) => `Af ${a}, ${day(r)}. ${pick(r, MONTHS_DA)} ${yr(r)}`,
    (a: string, r: Random) => `Kirjoittaja ${a} ${day(r)}.${between(r, 1, 12)}.${yr(r)}`,
  ],
  /** A byline over two or three lines, as article headers set them: name, role or outlet, dates. */
  bylineBlock: (author: string, r: Random): string[] =>
    pick(r, [
      () => [`Story and research: ${author}`, `${cap(pick(r, ['senior reporter', 'archives editor', 'freelance writer']))}, ${pick(r, OUTLETS)}`],
      () => [`Published ${anyDate(r)}`, `Updated ${anyDate(r)}`],
      () => [`Erstellt: ${pad(day(r))}.${pad(between(r, 1, 12))}.${yr(r)}`, `Von: ${author}, ${pick(r, PEOPLE)}`],
      () => [author, `${anyDate(r)} · reading time ${between(r, 4, 19)} minutes`],
      () => [`Reportage : ${author}`, `Photos : ${pick(r, SHOOTERS)}`, `Publié le ${day(r)} ${pick(r, MONTHS_FR)} ${yr(r)}`],
    ])(),
  ALSO_AVAILABLE: [
    (l: string) => `Cet article existe aussi en ${l.toLowerCase()}`,
    (l: string) => `Dieser Beitrag ist auch auf ${l} verfügbar`,
    (l: string) => `Lee este artículo en ${l.toLowerCase()}`,
    (l: string) => `Artikel på ${l.toLowerCase()} ↗`,
    (l: string) => `🌐 ${l} · English`,
  ],
  LANGUAGES: ['Welsh', 'Cornish', 'Catalan', 'Faroese', 'Sorbian', 'Slovak', 'Romansh', 'Luxembourgish'],
  WEB_NOTICES: [
    (l: string) => `Translated from the ${l} by the editors, with the author’s help.`,
    () => 'This story has been updated to correct the date of the quarry closure.',
    () => 'Cet article a été mis à jour après sa publication.',
    () => 'Hinweis: Dieser Text erschien zuerst in der Printausgabe.',
    (l: string) => `Traducción del ${l.toLowerCase()}: redacción.`,
    () => 'This page is part of our web archive and is no longer updated.',
    () => 'Tämä artikkeli on julkaistu alun perin vuonna 2012.',
  ],
  /** Notices a page sets after the text: corrections, syndication, licences, series notes. */
  endNotice: (r: Random): string[] =>
    pick(r, [
      () => [`Correction, ${anyDate(r)}: an earlier version of this article gave the wrong year for the foundry fire.`],
      () => [`This article first appeared in ${pick(r, OUTLETS)} and is republished with permission.`],
      () => ['Licensed under CC BY-NC-ND 4.0. You may republish it with credit and a link.'],
      () => [`This is part ${between(r, 2, 7)} of our series on vanished trades.`, 'All parts of the series on one page →'],
      () => [`Übersetzung aus dem Englischen: ${pick(r, PEOPLE)}`],
      () => [`Rectificación: una versión anterior de este texto atribuía mal una cita.`],
      () => ['ARCHIVED CONTENT FROM THE OLD SITE', 'This material is kept for reference and may be out of date.'],
      () => [`Denne artikel blev opdateret ${day(r)}. ${pick(r, MONTHS_DA)} ${yr(r)}.`],
    ])(),
  /** The author's biography after the text, sometimes under a label. */
  bio: (author: string, r: Random): string[] => {
    const line = pick(r, [
      () => `${author} is a reporter at ${pick(r, OUTLETS)}, where she covers work and working places.`,
      () => `${author} writes about industrial history. Her book on ${pick(r, ['rope walks', 'slate villages', 'glass towns'])} is out next spring.`,
      () => `${author} est journaliste indépendant et vit à ${pick(r, TOWNS)}.`,
      () => `${author} ist freier Autor und lebt in ${pick(r, TOWNS)}.`,
      () => `${author} was a lock keeper for twenty years before turning to writing.`,
    ])();
    return chance(r, 0.4) ? [pick(r, ['About the writer of this piece', 'L’auteur de ce récit', 'Über die Autorin dieses Textes', 'Sobre quien firma este texto']), line] : [line];
  },
  /** Readers' comments under the form: a count, a sort or page line, a thread with a reply, closing lines. */
  commentThread: (r: Random): Line[] => {
    const total = between(r, 8, 60);
    const out: Line[] = [];
    const kind = 'comment form' as const;
    out.push({ text: pick(r, [`${pick(r, ['Twelve', 'Seven', 'Thirty-one', 'Nineteen'])} readers have commented`, `Showing ${between(r, 3, 7)} of ${total} comments, newest first`, `Leserkommentare zu diesem Beitrag (${total})`, `${total} réactions des lecteurs`, `Diskuse pod článkem (${total})`]), kind });
    out.push(...readerComment(r, false));
    if (chance(r, 0.6)) out.push(...readerComment(r, true));
    out.push({ text: pick(r, ['Load the rest of the thread ↓', 'Comments on this piece closed after fourteen days.', 'Sign in with your Rope Walk account to reply.', 'Kommentare prüft unsere Redaktion werktags.', 'Les commentaires sont relus par la rédaction avant publication.', `Show ${between(r, 4, 30)} more replies to this thread`]), kind });
    return out;
  },
  CAPTION_SHAPES: [
    (r: Random) => pick(r, V8_SUBJECTS),
    (r: Random) => `${pick(r, V8_SUBJECTS)} in ${oldYear(r)}, from a lantern slide`,
    (r: Random) => `${pick(r, V8_SUBJECTS_OTHER)}, ${oldYear(r)}`,
    (r: Random) => `${between(r, 2, 9)} of ${between(r, 10, 18)}  ${pick(r, V8_SUBJECTS)}`,
    (r: Random) => `${pick(r, V8_SUBJECTS)} (Image: ${pick(r, SHOOTERS)})`,
    (r: Random) => `Pictured: ${pick(r, PEOPLE)} at her bench in ${oldYear(r)}`,
    (r: Random) => `${pick(r, V8_SUBJECTS)}. Click to enlarge`,
  ],
  /** A credit for a web caption: under it, above it, after a separator on its line, or none. */
  webCredit: (r: Random): { text: string; place: 'next' | 'before' | 'joined' } | undefined => {
    if (!chance(r, 0.55)) return undefined;
    const roll = r();
    return { text: credit8(r), place: roll < 0.4 ? 'next' : roll < 0.55 ? 'before' : 'joined' };
  },
  separator: (r: Random): string => pick(r, [' — ', ' | ', '  ', ' • ', ' // ']),
  /** A gallery's counter line before a caption ("3 of 12", "Bild 3/12"); undefined most times. */
  galleryLine: (r: Random): string | undefined => (chance(r, 0.3) ? pick(r, [() => `${between(r, 2, 9)} of ${between(r, 10, 16)} ›`, () => `Bild ${between(r, 2, 9)} von ${between(r, 10, 16)} ⤢`, () => `Photo ${between(r, 2, 9)} sur ${between(r, 10, 16)} ▸`, () => `◀ ${between(r, 2, 9)} / ${between(r, 10, 16)} ▶`])() : undefined),
  BASE_WEB_CAPTIONS: [(r: Random) => `Foto: ${pick(r, V8_SUBJECTS_OTHER)}`, (r: Random) => `${pick(r, V8_SUBJECTS)} — ${credit8(r)}`, (r: Random) => `Crédito: ${pick(r, LENDERS)}`, (r: Random) => `${pick(r, V8_SUBJECTS)} ↗ View gallery`],
  PROMO_SHAPES: [
    (t: string) => `À lire aussi › ${t}`,
    (t: string) => `Auch interessant: ${t}`,
    (t: string) => `Te puede interesar — ${t}`,
    (t: string) => `Leggi anche: ${t}`,
    (t: string) => `Lees ook → ${t}`,
    (t: string) => `Przeczytaj również: ${t}`,
    (t: string) => `Se også: ${t}`,
    (_t: string, _r: Random, topic: string) => `Our podcast on ${topic} is out now — listen wherever you get your podcasts.`,
    () => 'Tilaa uutiskirje ja saat joka perjantai kolme tarinaa arkistosta.',
    () => 'Odebírejte náš newsletter — jednou týdně, zdarma.',
    (t: string) => `RECOMMENDED ▸ ${t}`,
  ],
  promoBox: (r: Random): readonly string[] | undefined => {
    if (!chance(r, 0.45)) return undefined;
    return pick(r, [
      ['La lettre du vendredi', 'Inscrivez-vous pour recevoir nos récits chaque semaine.', 'Je m’abonne à la lettre'],
      ['Jetzt abonnieren', 'Vier Wochen gratis lesen, danach monatlich kündbar.', 'Zum Angebot'],
      ['Give a membership', 'Give a year of the Rope Walk magazine for £24.', 'Order now →'],
      ['Bliv medlem', 'Støt museet og få fri entré hele året.'],
      ['¿Te gusta lo que lees?', 'Suscríbete por 1 € el primer mes.', 'Suscribirme'],
    ]);
  },
  advert: (r: Random): readonly string[] => pick(r, [['Publicité · la suite de l’article ci-dessous'], ['Anzeige — Weiterlesen nach der Werbung'], ['Publicidad · El artículo continúa abajo'], ['Annonce ▾ artiklen fortsætter'], ['Mainos päättyy'], ['Reklama · pokračování článku níže'], ['ADVERTISEMENT — SCROLL TO CONTINUE']]),
  APPEALS: [
    ['Soutenez notre travail', 'Ce site vit grâce à ses lecteurs. Faites un don dès 5 €.', 'Je fais un don'],
    ['Unterstützen Sie uns', 'Unabhängiger Journalismus kostet Geld. Schon 3 € im Monat helfen.'],
    ['This archive is free to read', 'It costs £900 a month to keep online. Could you chip in?', 'Support us ›'],
    ['Apoya este proyecto', 'Sin anunciantes ni muros de pago. Solo lectores como tú.'],
    ['Støt os', 'Giv et bidrag via MobilePay og hjælp os med at digitalisere flere fotos.'],
    ['Podpořte nás', 'Každý příspěvek pomáhá.', 'Přispět'],
  ],
  NAV_WORDS: ['Trades', 'Places', 'People', 'Photographs', 'Podcasts', 'Maps', 'Timeline', 'Learning', 'Membership', 'Magazine', 'Events', 'Objects'],
  NAV_SHAPES: [
    (a: string, b: string) => `${a} · ${b}`,
    (a: string) => `All ${a.toLowerCase()} ▾`,
    (a: string) => `${a} (${a.length * 7})`,
    (a: string, b: string) => `${a} & ${b.toLowerCase()} explained`,
    (a: string) => `Browse by ${a.toLowerCase()}`,
    (a: string) => `${a} — latest`,
  ],
  MENU: ['Accueil › Métiers › Verre', 'Startseite » Handwerk', 'Inicio / Oficios / Cuerda', 'Forside · Arbejdsliv', 'Etusivu > Työ', 'Úvod | Řemesla', 'Skip to the article ↓', 'Open the menu ☰', 'Sign in / Register free', 'Search the archive…', 'Weekly letter ✉', 'Museum shop 🛒', 'FR | DE | EN | DA'],
  SHARE: ['Partager cet article sur Facebook', 'Diesen Artikel auf WhatsApp teilen', 'Compartir este reportaje en X', 'Del artiklen på Facebook', 'Jaa juttu Facebookissa', 'Sdílet článek na Facebooku', 'Share this story ↗', 'Copy link ⧉', 'Send this reportage by e-mail', 'Facebook  X  WhatsApp  Email', 'Gift this article 🎁', 'Listen to this article ▶'],
  COMMENT_FORMS: [
    ['Réagir à cet article', 'Votre adresse restera privée, promis.', 'Votre pseudo (obligatoire)', 'Publier ma réaction'],
    ['Ihre Meinung zum Thema', 'Zum Kommentieren bitte mit dem Leserkonto anmelden.', 'Zum Login'],
    ['Cuéntanos tu historia', 'Tu correo no se mostrará en la web.', 'Enviar mi comentario'],
    ['Skriv din kommentar her', 'Log ind for at deltage i debatten.'],
    ['Join the conversation', 'You need a free account to comment. Sign in', 'Community guidelines'],
    ['Tell us what you remember', 'Add your comment below. We read every one.'],
  ],
  POPUPS: [
    'Nous utilisons des cookies pour mesurer l’audience.',
    'Cookies zulassen und weiterlesen',
    'Aceptar cookies y seguir leyendo',
    'Accepter kun nødvendige cookies',
    'Hyväksy kaikki evästeet ja jatka',
    'Souhlasím se všemi cookies a pokračovat',
    'Stay in the loop — sign up for our weekly digest ✕',
    'You’ve reached your limit of free articles. Subscribe for unlimited access.',
  ],
  RELATED_HEADS: ['Further reading from the archive', 'More in this series', 'Plus d’articles sur ce métier', 'Mehr zum Thema Handwerk', 'Lee también en Oficios', 'Relaterede artikler fra arkivet', 'Aiheesta muualla sivustolla'],
  LINK_LIST_HEADS: ['Dossier : les métiers du feu', 'À la une cette semaine', 'Meistgelesen in Handwerk', 'Lo más leído en Oficios', 'Mest læste i Arbejdsliv', 'Luetuimmat juuri nyt', 'Nejčtenější za týden', 'Trending on the site this week'],
  footer: (r: Random): readonly string[] =>
    pick(r, [
      [`© ${yr(r)} Rope Walk Trust. All rights reserved.`, 'Company no. 04417322 · Charity no. 1093551'],
      ['Mentions légales · Confidentialité · Nous écrire · Plan du site'],
      ['Impressum | Datenschutz | Barrierefreiheit | Kontakt zur Redaktion'],
      ['Aviso legal · Privacidad · Cookies · Trabaja con nosotros'],
      ['Privatlivspolitik · Tilgængelighed · Om museet'],
      ['Made with care in Stourbridge · RSS · Top ↑'],
    ]),

  // ——— PDF extractions ———

  /** A page footer with its page number: an issue and volume line, a URL, a page count. */
  RUNNING_FOOTERS: [
    (page: number) => `Industrial Heritage Review · Vol. 23 No. 2 · ${page}`,
    (page: number) => `www.ropewalk-trust.org.uk/papers    ${page}`,
    (page: number) => `Page ${page} of ${page + 17} · Working Lives Papers`,
    (page: number) => `Cahiers du verre, n° 14 — p. ${page}`,
    (page: number) => `${page}  |  Werkstattberichte Heft 7`,
  ],
  CAPTION_SUBJECTS: ['The splitting shed', 'A bell in its mould', 'The rope walk’s jack', 'A chain shop hearth', 'The salt boiling house', 'A match factory ledger', 'The lock gates', 'Glass cone number two'],
  CAPTION_TAILS: ['seen from the incline', 'on the day of the sale', 'after the roof fell in', 'in a trade catalogue', 'during the lock-out of 1911', 'lender unknown'],
  CAPTION_NOTES: ['the chimney still stands', 'the boy on the right is the donor', 'see also plate XI'],
  /** A caption's credit in the PDF: none, on the next line, after a run of spaces at its end, or above it. */
  pdfCredit: (r: Random): { text: string; place: 'next' | 'spaced' | 'before' } | undefined => {
    if (!chance(r, 0.5)) return undefined;
    const roll = r();
    const text = pick(r, [() => `Courtesy of ${pick(r, LENDERS)}`, () => credit8(r), () => `Acc. no. ${between(r, 1950, 2019)}.${between(r, 1, 400)}.${between(r, 1, 12)}`, () => pick(r, SHOOTERS).toUpperCase()])();
    return { text, place: roll < 0.35 ? 'next' : roll < 0.75 ? 'spaced' : 'before' };
  },
  /** The spaces a line's end credit stands after (a right-aligned credit run into the caption's line). */
  gap: (r: Random): string => ' '.repeat(between(r, 3, 9)),
  /** Running heads that alternate: the author on even pages and the title on odd, or one line holding both. */
  versoHead: (r: Random, author: string, title: string): ((page: number) => string) => {
    const style = between(r, 0, 2);
    const short = title.split(' ').slice(0, 4).join(' ');
    return (page) => (style === 0 ? (page % 2 ? title : author) : style === 1 ? `${author} — ${short}` : page % 2 ? `${short.toUpperCase()}` : author.toUpperCase());
  },
  /** A page number style of this split: "Page 3 of 24", "– 3 –", "p. 3", "[3]". */
  folioStyle: (r: Random, last: number): ((page: number) => string) => {
    const style = between(r, 0, 3);
    return (page) => (style === 0 ? `Page ${page} of ${last}` : style === 1 ? `– ${page} –` : style === 2 ? `p. ${page}` : `[${page}]`);
  },
  PAMPHLET_FURNITURE: [
    // A caption in parentheses.
    { shape: (r: Random) => [`(${pick(r, V8_SUBJECTS)}, ${oldYear(r)})`], kinds: ['caption'] },
    // A caption opening with a direction, in several languages.
    {
      shape: (r: Random) => [`${pick(r, ['Left:', 'Above,', 'Oben:', 'Ci-dessus :', 'Top to bottom:', 'Arriba:', 'Below left:'])} ${pick(r, V8_SUBJECTS).charAt(0).toLowerCase()}${pick(r, V8_SUBJECTS).slice(1)}`],
      kinds: ['caption'],
    },
    // A plate numbered in roman figures, its caption on the same line or the next.
    {
      shape: (r: Random) => (chance(r, 0.5) ? [`Plate ${roman(between(r, 1, 16))} — facing p. ${between(r, 3, 60)}`, pick(r, V8_SUBJECTS)] : [`PLATE ${roman(between(r, 1, 16))}. ${pick(r, V8_SUBJECTS)}`]),
      kinds: ['figure number', 'caption'],
    },
    // Two captions of pictures side by side, run together on one line.
    { shape: (r: Random) => [`${pick(r, V8_SUBJECTS)}${' '.repeat(between(r, 3, 8))}${pick(r, V8_SUBJECTS)}`], kinds: ['caption'] },
    // A caption with its credit at the line's end after a run of spaces.
    { shape: (r: Random) => [`${pick(r, V8_SUBJECTS)}${' '.repeat(between(r, 4, 10))}${credit8(r)}`], kinds: ['caption'] },
    // A caption, then a "Courtesy of" line and an inventory number.
    { shape: (r: Random) => [pick(r, V8_SUBJECTS), `Courtesy of ${pick(r, LENDERS)}`, `Inv. no. ${pick(r, ['GL', 'RW', 'SL', 'BF'])} ${between(r, 100, 9999)}`], kinds: ['caption', 'credit', 'credit'] },
    // A long caption wrapped on a narrow measure, opening with the picture's number.
    { shape: (r: Random, _p: string, t: PamphletTools8) => t.narrow(r, `${between(r, 2, 40)}. ${pick(r, V8_SUBJECTS)}, photographed for the company’s jubilee book in ${oldYear(r)}`), kinds: ['side caption'] },
    // A table's notes: a note on the figures and a significance or source key.
    {
      shape: (r: Random) =>
        pick(r, [
          () => ['Note: wages are weekly, in shillings; piece rates averaged over the season.', `* estimated   † two works closed in ${between(r, 1900, 1930)}`],
          () => [`Anm.: Zahlen für ${between(r, 1914, 1918)} unvollständig.`],
          () => [`Nota: — dato no disponible; ( ) cifra estimada.`],
          () => [`a Includes apprentices.  b Men only.  c Estimate.`],
        ])(),
      kinds: ['credit'],
    },
    // A sidebar: a title, two or three lines of facts.
    {
      shape: (r: Random) => [
        pick(r, ['THE TRADE IN NUMBERS', 'Quick facts on the works', 'DAS GEWERBE IN ZAHLEN', 'LE MÉTIER EN BREF', 'KEY DATES IN THE TRADE']),
        `${oldYear(r)}  works opened`,
        `${oldYear(r)}  first strike`,
        `${between(r, 120, 4000)}  hands at the peak`,
      ],
      kinds: ['side caption'],
    },
    // Contents leftovers: a head and entries with page numbers, dotted or spaced.
    {
      shape: (r: Random) => [pick(r, ['In this number', 'Inhalt dieses Heftes', 'Au sommaire de ce numéro', 'WHAT’S INSIDE']), `${cap(pick(r, ['the splitters’ strike', 'glass in the family', 'a rope for the fleet']))} . . . . . ${between(r, 2, 20)}`, `${cap(pick(r, ['letters', 'notes and queries', 'reviews']))}    ${between(r, 21, 48)}`],
      kinds: ['contents'],
    },
    // A pull quote between ornaments, or with a long dash before its speaker on the same line.
    {
      shape: (r: Random, p: string, t: PamphletTools8) => {
        const s = t.quoted(r, p);
        if (!s) return undefined;
        return chance(r, 0.5) ? ['❦', ...t.narrow(r, s), '❦'] : t.narrow(r, `${s} — ${pick(r, ['a splitter’s widow', 'the foundry’s clerk', 'a hop picker, aged 90'])}`);
      },
      kinds: ['pull quote'],
    },
    // A pull quote in capitals on a narrow measure.
    {
      shape: (r: Random, p: string, t: PamphletTools8) => {
        const s = t.quoted(r, p);
        return s ? t.narrow(r, s.toUpperCase()) : undefined;
      },
      kinds: ['pull quote'],
    },
    // A photo caption with its source in square brackets and a museum number.
    { shape: (r: Random) => [`${pick(r, V8_SUBJECTS_OTHER)} [${pick(r, LENDERS)}, ${pick(r, ['inv.', 'cat.', 'sig.'])} ${between(r, 10, 999)}/${between(r, 1, 99)}]`], kinds: ['caption'] },
  ] as readonly { shape: (r: Random, paragraph: string, tools: PamphletTools8) => readonly string[] | undefined; kinds: readonly Kind[] }[],
  PDF_BYLINES: [
    (a: string, r: Random) => `${a} and ${pick(r, PEOPLE)}`,
    (a: string) => `Texte : ${a}`,
    (a: string, r: Random) => `${a}, ${pick(r, ['Universität Bamberg', 'Université de Lille', 'Universidad de Oviedo', 'Aarhus Universitet', 'Tampereen yliopisto', 'Masarykova univerzita'])}`,
    (a: string) => `Paper presented by ${a}`,
    (a: string) => `Herausgegeben von ${a}`,
  ],
  PDF_NOTICES: [
    () => 'Published with the help of the Heritage Lottery Fund',
    (r: Random) => `Gedruckt ${oldYear(r) + 40} in einer Auflage von 500 Stück`,
    () => 'Reproduction des planches interdite sans accord du musée.',
    () => 'Working paper of the Rope Walk seminar — comments welcome.',
    (r: Random) => `ISBN 978-${between(r, 0, 9)}-${between(r, 1000, 9999)}-${between(r, 100, 999)}-${between(r, 0, 9)}`,
    (r: Random) => `Offprint from Industrial Heritage Review, vol. ${between(r, 8, 40)}`,
  ],
};
