/**
 * The ninth validation split's furniture wordings (`npm run eval -- --validation 9`): every web and
 * PDF furniture pool worded anew by a helper who had read neither the cleaner's rules nor the
 * held-out, fourth or fifth validation wordings. Unlike every split before it, validation 9 also
 * degrades TEXTS OF ITS OWN (eval/texts-9: twelve pieces no rule was written against). It is the
 * lead's SELECTION set, BLIND like validation 5: it is scored, never shown (no --verbose, --errors,
 * --worse, --cases or --write), and no one writing cleaning rules may read this file or eval/texts-9.
 *
 * What it draws that earlier splits drew little of is SHAPE. On web pages: a breadcrumb trail with
 * "›" above the title; an audio player's leftovers (a "listen" line, a time counter, a speed
 * control) under the byline; a row of article tools (print, e-mail, text size); a newsletter
 * sign-up box of several lines in the middle of the text, with its e-mail field and its privacy
 * line; an event listing between paragraphs (a date line, a place, a booking line); a "most popular"
 * list after the text whose ranks stand on lines of their own, with a view count; a "Topics:" row;
 * an author box with social handles; a paywall teaser and the leftovers of a consent dialog (its
 * buttons one a line); captions whose credits name a photographer AND an agency; notes that the
 * piece was translated. In PDF extractions: captions of two or three sentences wrapped at the
 * column's own width; figure labels in other styles ("Abb. 3", "Ill. 12", "Figure 2.4", "Rys. 5",
 * "Afb. 7", "Bild 4", "Fig. 3a"); credit lines in capitals; pull quotes with a named role and a year
 * on their own line; footnotes at a page's foot, their markers left in the text above; a first
 * page's foot with a DOI, an ISSN and "received / accepted" dates; running heads that pair a
 * journal's name with the section; page numbers as "— 12 —", "Seite 12", "pág. 12"; tables' titles
 * and notes. English pages carry furniture in French, German, Spanish, Italian, Portuguese, Dutch,
 * Swedish and Polish. No pool falls back to another list.
 */
import { between, cap, chance, pick, type Random } from './_random.ts';

const MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTHS_PL = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat', 'Sun'];
const yr = (r: Random): number => between(r, 2008, 2026);
const day = (r: Random): number => between(r, 1, 28);
const oldYear = (r: Random): number => between(r, 1858, 1969);
const pad = (n: number): string => String(n).padStart(2, '0');

/** A date as one of many sites writes it. */
const anyDate = (r: Random): string =>
  pick(r, [
    () => `${day(r)} ${pick(r, MONTHS_IT)} ${yr(r)}`,
    () => `${day(r)} ${pick(r, MONTHS_NL)} ${yr(r)}`,
    () => `${day(r)} de ${pick(r, MONTHS_PT)} de ${yr(r)}`,
    () => `den ${day(r)} ${pick(r, MONTHS_SV)} ${yr(r)}`,
    () => `${day(r)} ${pick(r, MONTHS_PL)} ${yr(r)} r.`,
    () => `${pick(r, WEEKDAYS)} ${day(r)}/${between(r, 1, 12)}/${String(yr(r)).slice(2)}`,
    () => `${pick(r, MONTHS_EN)} ${day(r)}th, ${yr(r)} at ${between(r, 1, 12)}:${pad(between(r, 0, 59))} ${pick(r, ['am', 'pm'])}`,
  ])();

const PEOPLE = ['Ysolde Carne', 'Benedikt Aigner', 'Manon Leclercq-Faure', 'Duarte Meireles', 'Saskia Brouwer', 'Ludvig Åkerlund', 'Iwona Kaczmarczyk', 'Fergus Lennie', 'Ottavia Sgarbi', 'Kerensa Pascoe', 'Rohan Devereux', 'Tansy Whitlock'];
const SHOOTERS = ['Jory Polglase', 'Annika Sjödahl', 'Wojciech Zaremba', 'Beatriz Lobato', 'Floris van Amstel', 'Gianmarco Pirelli', 'Hester Quennell', 'Théo Vasseur'];
const AGENCIES = ['Alamy', 'NTB Scanpix', 'PAP', 'Agência Estado', 'Hollandse Hoogte', 'LaPresse', 'SWNS', 'Hans Lucas', 'Keystone-SDA', 'Bridgeman Images'];
const ARCHIVES = ['Kresen Kernow', 'the Borthwick Institute', 'Rijksmuseum Twenthe', 'Museu Nacional do Traje', 'Nordiska museet', 'Muzeum Historyczne Miasta Krakowa', 'Archivio Storico Ricordi', 'Musée des Arts et Métiers', 'the Horniman Museum', 'Deutsches Uhrenmuseum Furtwangen'];
const HANDLES = ['@ysoldewrites', '@ben_aigner', '@manon.lf', '@saskia_b', '@fergus.lennie', '@tansyw'];
const SITES = ['The Heritage Ledger', 'Crafts & Commons', 'Slow Trades Weekly', 'Il Mestiere', 'Ambacht & Ziel', 'Hantverkarbladet'];

const V9_SUBJECTS = [
  'A clock dial painted with the four seasons',
  'Ice cutters on the lake below the hall',
  'The dome of the society’s observatory at dusk',
  'Lacemakers at their pillows in a doorway',
  'A tuner at work on an upright piano',
  'A broken stile on the path to the mill',
  'Girls skipping in a terraced street',
  'Loaves cooling on racks behind the shop',
  'Grafting day in the society’s nursery',
  'A surveyor’s theodolite on its tripod',
  'Skeins of wool drying after the madder bath',
  'The carved front of a fairground organ',
];
const V9_SUBJECTS_OTHER = [
  'Orologiai al banco nella bottega di famiglia',
  'IJszagers op de vijver bij het landhuis',
  'Dentellières devant leurs carreaux',
  'Stämmare vid en gammal flygel',
  'Piekarze przy piecu o świcie',
  'Tintureiros a estender lã ao sol',
  'Drehorgelbauer in der Werkstatt in Waldkirch',
  'Agrimensores midiendo la base en la llanura',
];

/** A credit naming a photographer and an agency, or an archive, in one of many languages. */
const credit9 = (r: Random): string =>
  pick(r, [
    () => `Photograph: ${pick(r, SHOOTERS)}/${pick(r, AGENCIES)}`,
    () => `Fotografia di ${pick(r, SHOOTERS)} (${pick(r, AGENCIES)})`,
    () => `Zdjęcie: ${pick(r, SHOOTERS)} / ${pick(r, AGENCIES)}`,
    () => `Foto ${pick(r, SHOOTERS)} – ${pick(r, AGENCIES)}`,
    () => `Beeld: ${pick(r, ARCHIVES)}`,
    () => `Imagem: cortesia de ${pick(r, ARCHIVES)}`,
    () => `Picture by ${pick(r, SHOOTERS)} via ${pick(r, AGENCIES)}`,
    () => `Reproduced by kind permission of ${pick(r, ARCHIVES)}`,
  ])();

/** A credit line as a printed pamphlet sets it: in capitals, a photographer and agency or an archive. */
const capsCredit = (r: Random): string =>
  pick(r, [
    () => `PHOTO ${pick(r, SHOOTERS).toUpperCase()} / ${pick(r, AGENCIES).toUpperCase()}`,
    () => `COURTESY ${pick(r, ARCHIVES).replace(/^the /, '').toUpperCase()}`,
    () => `FOTO: ${pick(r, SHOOTERS).toUpperCase()}`,
    () => `© ${pick(r, ARCHIVES).replace(/^the /, '').toUpperCase()}, ${yr(r)}`,
  ])();

/** A figure label in one of this split's styles. */
const figureLabel = (r: Random): string =>
  pick(r, [
    () => `Abb. ${between(r, 1, 14)}`,
    () => `Ill. ${between(r, 1, 30)}`,
    () => `Figure ${between(r, 1, 6)}.${between(r, 1, 9)}`,
    () => `Rys. ${between(r, 1, 12)}`,
    () => `Afb. ${between(r, 1, 12)}`,
    () => `Bild ${between(r, 1, 12)}`,
    () => `Fig. ${between(r, 1, 9)}${pick(r, ['a', 'b', 'c'])}`,
    () => `Lámina ${between(r, 1, 12)}`,
  ])();

/** The second and third sentences a long printed caption runs on with. */
const CAPTION_MORE = [
  'The photograph was taken for the owner’s sale catalogue and is the only one known.',
  'Note the window, set high to throw light on the bench.',
  'The building was pulled down in the year after this view was made.',
  'Several of the people shown have been named by their descendants.',
  'The original is a glass plate, cracked across the lower corner.',
  'Compare the smaller view on the facing page.',
  'It has been cropped slightly at the top.',
];

export interface PamphletTools9 {
  quoted(r: Random, paragraph: string): string | undefined;
  narrow(r: Random, text: string): string[];
}

type Kind = 'caption' | 'credit' | 'figure number' | 'pull quote' | 'map' | 'side caption' | 'contents' | 'footer' | 'notice';

const ROLES = ['clock restorer', 'the orchard society’s secretary', 'a retired dyer', 'a lacemaker, aged 84', 'the parish footpaths officer', 'a showman’s daughter'];

export const VALIDATION_9 = {
  TOPICS: ['clockmakers', 'ice houses', 'stargazers', 'lacemakers', 'piano tuners', 'footpaths', 'street games', 'bakers', 'cider orchards', 'mapmakers', 'dyers', 'fair organs', 'thatchers', 'wheelwrights', 'coopers', 'bell ringers'],
  LINK_SHAPES: [
    (a: string) => `What the ${a} knew`,
    (a: string, b: string) => `${cap(a)} versus ${b}: a forgotten quarrel`,
    (a: string, _b: string, n: number) => `${n} things nobody tells you about ${a}`,
    (a: string) => `I ${a} dimenticati della provincia`,
    (a: string) => `Les derniers ${a} du Jura`,
    (a: string) => `Wat de ${a} ons nalieten`,
    (a: string) => `Os ${a} de Guimarães`,
    (a: string) => `Sista ${a} i Dalarna`,
    (a: string) => `Ostatni ${a} z Podhala`,
    (a: string, b: string) => `Ask the archivist: ${a}, ${b} and a missing ledger`,
    (a: string) => `Video: a day with the ${a}`,
    (a: string, _b: string, n: number) => `${cap(a)}, ${1700 + n * 9}–${1760 + n * 9}`,
  ],
  linkDate: (r: Random): string => pick(r, [() => `${between(r, 2, 59)} min · long read`, () => `${between(r, 120, 9800).toLocaleString('en-GB')} views`, () => `aggiornato ${day(r)} ${pick(r, MONTHS_IT)}`, () => `${between(r, 2, 12)} reacties`, () => `läst ${between(r, 40, 900)} gånger`])(),
  BYLINES: [
    (a: string, r: Random) => `By ${a} in ${pick(r, ['Crafts', 'Places', 'Long reads', 'Memory'])} — ${anyDate(r)}`,
    (a: string, r: Random) => `di ${a} · ${day(r)} ${pick(r, MONTHS_IT)} ${yr(r)}`,
    (a: string, r: Random) => `Door ${a} | ${day(r)} ${pick(r, MONTHS_NL)} ${yr(r)}, ${pad(between(r, 7, 22))}:${pad(between(r, 0, 59))}`,
    (a: string, r: Random) => `Por ${a} — publicado a ${day(r)} de ${pick(r, MONTHS_PT)} de ${yr(r)}`,
    (a: string, r: Random) => `Av ${a}, publicerad ${anyDate(r)}`,
    (a: string, r: Random) => `Autor: ${a} • ${day(r)} ${pick(r, MONTHS_PL)} ${yr(r)}`,
    (a: string, r: Random) => `${a} is a contributing writer · ${pick(r, HANDLES)}`,
    (_a: string, r: Random) => `First published ${anyDate(r)} · Revised ${anyDate(r)}`,
  ],
  /** An author box: the name with a role, handles on social networks, a line of biography. */
  authorBox: (author: string, r: Random): string[] =>
    pick(r, [
      () => [`About the author of this piece`, `${author} writes about trades and places. Follow on Mastodon: ${pick(r, HANDLES)}@mastodon.social`],
      () => [`${author}`, `${pick(r, HANDLES)} · Instagram · Bluesky`, `See all stories by this writer on the Ledger →`],
      () => [`Sull’autore: ${author} collabora con ${pick(r, SITES)}.`, `Seguilo su X ${pick(r, HANDLES)}`],
      () => [`Over de auteur van dit stuk`, `${author} is freelance journalist. Volg via ${pick(r, HANDLES)}.`],
    ])(),
  ALSO_AVAILABLE: [
    (l: string) => `Leggi in ${l.toLowerCase()}`,
    (l: string) => `Lees dit artikel in het ${l}`,
    (l: string) => `Läs på ${l.toLowerCase()}`,
    (l: string) => `Ler em ${l.toLowerCase()} ›`,
    (l: string) => `Czytaj po ${l.toLowerCase()}u`,
    (l: string) => `Available in: English | ${l}`,
  ],
  LANGUAGES: ['Manx', 'Breton', 'Basque', 'Frisian', 'Galician', 'Occitan', 'Estonian', 'Maltese'],
  WEB_NOTICES: [
    (l: string) => `This piece was translated from ${l} by a volunteer of the project.`,
    (l: string) => `Tradotto dall’originale in ${l.toLowerCase()}.`,
    (l: string) => `Vertaald uit het ${l} door de redactie.`,
    () => 'Översatt från engelska av redaktionen.',
    () => 'Tekst przetłumaczony z angielskiego.',
    () => 'An earlier version of this article misnamed the museum; it has been corrected.',
    () => 'Artigo atualizado às 16h40 com a reação da câmara municipal.',
  ],
  CAPTION_SHAPES: [
    (r: Random) => pick(r, V9_SUBJECTS),
    (r: Random) => `${pick(r, V9_SUBJECTS)}, about ${oldYear(r)}. ${credit9(r)}`,
    (r: Random) => `${pick(r, V9_SUBJECTS_OTHER)} (${oldYear(r)})`,
    (r: Random) => `${pick(r, V9_SUBJECTS)} | ${pick(r, SHOOTERS)} for ${pick(r, SITES)}`,
    (r: Random) => `Zoom ⊕ ${pick(r, V9_SUBJECTS)}`,
    (r: Random) => `${pick(r, V9_SUBJECTS)}. Photo ${between(r, 2, 9)}/${between(r, 10, 20)}`,
  ],
  /** A credit for a web caption: a photographer and an agency, under the caption or after a slash on its line. */
  webCredit: (r: Random): { text: string; place: 'next' | 'slash' } | undefined => {
    if (!chance(r, 0.5)) return undefined;
    return { text: credit9(r), place: chance(r, 0.6) ? 'next' : 'slash' };
  },
  BASE_WEB_CAPTIONS: [
    (r: Random) => `${pick(r, V9_SUBJECTS)} — ${pick(r, SHOOTERS)}/${pick(r, AGENCIES)}`,
    (r: Random) => `Fotografia: ${pick(r, V9_SUBJECTS_OTHER)}`,
    (r: Random) => `${pick(r, V9_SUBJECTS)} (click to enlarge ⤢)`,
    (r: Random) => `Afbeelding: ${pick(r, ARCHIVES)}`,
  ],
  PROMO_SHAPES: [
    (t: string) => `Leggi anche › ${t}`,
    (t: string) => `Lees verder: ${t}`,
    (t: string) => `Veja também → ${t}`,
    (t: string) => `Läs också: ${t}`,
    (t: string) => `Zobacz też » ${t}`,
    (t: string) => `Voir aussi — ${t}`,
    (t: string) => `Mehr dazu ▸ ${t}`,
    (t: string) => `Lea además: ${t}`,
    (t: string) => `From the archive ↳ ${t}`,
    (_t: string, _r: Random, topic: string) => `Our new walking guide to ${topic} is out — order a copy for £9.`,
  ],
  /** A newsletter sign-up box in the middle of the text: head, pitch, the e-mail field, the button, the privacy line. */
  promoBox: (r: Random): readonly string[] | undefined => {
    if (!chance(r, 0.55)) return undefined;
    return pick(r, [
      ['THE WORKBENCH LETTER', 'One story from the archive every Thursday, free.', 'Your email address here', 'Sign me up for Thursdays', 'We will never share your address. Unsubscribe with one click.'],
      ['Iscriviti alla newsletter', 'Ogni domenica le storie dei mestieri perduti.', 'Il tuo indirizzo email', 'Iscrivimi gratis', 'Leggi l’informativa sulla privacy'],
      ['De vrijdagbrief', 'Elke vrijdag het beste uit het archief in je inbox.', 'Je mailadres', 'Ja, meld me aan'],
      ['Receba a newsletter dos ofícios', 'Histórias de ofícios antigos, uma vez por semana.', 'O seu endereço de correio', 'Quero subscrever'],
      ['Få vårt nyhetsbrev', 'Ange din mejladress', 'Prenumerera gratis', 'Genom att prenumerera godkänner du vår integritetspolicy.'],
      ['Zapisz się na nasz czwartkowy list', 'Twój adres poczty', 'Tak, zapisuję się'],
    ]);
  },
  /** An event listing between paragraphs: a head, a date line, a place, a booking line. */
  eventBox: (r: Random): string[] =>
    pick(r, [
      () => ['WHAT’S ON AT THE WORKSHOPS', `${pick(r, WEEKDAYS)} ${day(r)} ${pick(r, MONTHS_EN)}, 7.30pm`, `Talk: ${pick(r, ['the last clockmakers', 'ice and the country house', 'the dyer’s garden'])}`, `Village hall · £4 on the door · Book online`],
      () => ['In agenda questo mese', `${day(r)} ${pick(r, MONTHS_IT)} · ore ${between(r, 15, 21)}.00`, 'Visita guidata al laboratorio — ingresso libero'],
      () => ['Evenement in de werkplaats', `Zaterdag ${day(r)} ${pick(r, MONTHS_NL)}, ${between(r, 10, 14)}.00–${between(r, 15, 17)}.00 uur`, 'Open atelier · aanmelden verplicht'],
      () => [`📅 ${day(r)} ${pick(r, MONTHS_PT)} | Oficina aberta ao público`, 'Inscrições no site · lugares limitados'],
    ])(),
  advert: (r: Random): readonly string[] => pick(r, [['Pubblicità — continua a leggere sotto'], ['Advertentie · het artikel gaat verder'], ['Publicidade ▾ continue a ler'], ['Annons · artikeln fortsätter nedan'], ['Reklama — dalsza część artykułu poniżej'], ['Sponsored · content continues after this message']]),
  APPEALS: [
    ['Sostieni il nostro archivio', 'Siamo indipendenti e senza pubblicità. Anche 2 € al mese fanno la differenza.', 'Dona ora al progetto'],
    ['Steun ons archiefwerk', 'Dit archief bestaat dankzij lezers zoals jij.', 'Doneer aan het archief'],
    ['Apoie o jornalismo dos ofícios', 'Contribua a partir de 3 € por mês.'],
    ['Stöd vårt arkiv', 'Swisha valfritt belopp och hjälp oss att digitalisera fler bilder.'],
    ['Wesprzyj archiwum rzemiosła', 'Każda wpłata pomaga nam pisać dalej.', 'Wpłać na archiwum'],
    ['Nobody owns us but our readers', 'Become a Friend of the Ledger from £3 a month — cancel any time.', 'Become a Friend →'],
  ],
  NAV_WORDS: ['Crafts', 'Houses', 'Gardens', 'Music', 'Maps', 'Food', 'Textiles', 'Walks', 'Science', 'Voices', 'Shop', 'Calendar'],
  NAV_SHAPES: [
    (a: string, b: string) => `${a} / ${b}`,
    (a: string) => `${a} ›`,
    (a: string) => `Explore ${a.toLowerCase()} ⌄`,
    (a: string, b: string) => `${a}, ${b.toLowerCase()} and more`,
    (a: string) => `${a} A–Z`,
    (a: string) => `New in ${a.toLowerCase()} (${a.length + 3})`,
  ],
  MENU: ['Home › Crafts › Long reads', 'Start › Ambacht › Verhalen', 'Home › Mestieri › Storie', 'Início › Ofícios › Reportagens', 'Hem › Hantverk', 'Strona główna › Rzemiosło', 'Jump straight to the story', '☰ All sections', 'Log in | Create a free account', 'Search this site 🔍', 'EN · IT · NL · PT · SV · PL', 'Newsletter ✉ Shop ✉ Donate'],
  SHARE: ['Condividi questa storia su Facebook', 'Deel dit verhaal op LinkedIn', 'Partilhar esta reportagem no WhatsApp', 'Dela artikeln på Facebook', 'Udostępnij ten tekst na Facebooku', 'Print 🖶  Email ✉  A−  A+', 'Text size: A  A  A', 'Save this story for later ☆', 'Share via email or copy the link', 'Listen ▶ 0:00 / 11:42 · 1×'],
  /** An audio player's leftovers under the title: a listen line, a time counter, a speed control. */
  player: (r: Random): string[] =>
    pick(r, [
      () => [`🎧 Listen to this story · ${between(r, 4, 19)} min`, `0:00 / ${between(r, 4, 19)}:${pad(between(r, 0, 59))}`, 'Speed 1.0× ⚙'],
      () => ['Ascolta l’articolo letto da una voce', `▶ 00:00 | ${pad(between(r, 4, 19))}:${pad(between(r, 0, 59))}`],
      () => [`Voorgelezen door een computerstem · ${between(r, 4, 19)} min`],
      () => ['Lyssna på artikeln i appen', `Uppläst av ${pick(r, PEOPLE)}`],
      () => ['Podcast from the Ledger', `Episode ${between(r, 12, 140)}: ${pick(r, ['the clock in the hall', 'ice before fridges', 'a rope across the street'])}`, `Download · Duration ${pad(between(r, 18, 58))}:${pad(between(r, 0, 59))}`],
    ])(),
  /** A "most popular" list after the text: a head, then each rank on a line of its own above its title, sometimes a count under. */
  mostPopular: (r: Random): { head: string; rank: (n: number) => string; count: (() => string) | undefined } => ({
    head: pick(r, ['Most popular right now', 'I più letti di oggi', 'Meest gelezen vandaag', 'Mais lidas da semana', 'Mest lästa idag', 'Najczęściej czytane dziś']),
    rank: pick(r, [(n: number) => `№ ${n}`, (n: number) => `«${n}»`, (n: number) => `( ${n} )`, (n: number) => `${n} ▸`]),
    count: chance(r, 0.5) ? () => `${between(r, 1, 40)}.${between(r, 0, 9)}k ${pick(r, ['reads', 'letture', 'keer gelezen', 'leituras'])}` : undefined,
  }),
  /** A "Topics:" row of tags after the text. */
  topicsRow: (r: Random, topics: readonly string[]): string =>
    pick(r, [`Topics: ${topics.join(', ')}`, `Argomenti: ${topics.join(' · ')}`, `Onderwerpen: ${topics.join(' | ')}`, `Tags → ${topics.map((t) => `#${t.replace(/ /g, '')}`).join(' ')}`, `Temas: ${topics.join(' / ')}`]),
  /** A paywall teaser and a consent dialog's leftovers at the foot of the copy, one button a line. */
  paywall: (r: Random): string[] =>
    pick(r, [
      () => ['This article is for members', 'Join today for £1 a week to keep reading.', 'Already a Friend of the Ledger? Sign in'],
      () => ['Questo articolo è riservato agli abbonati', 'Prova gratis il Mestiere per 30 giorni', 'Sei già abbonato al Mestiere? Accedi'],
      () => ['Wil je dit verhaal verder lezen?', 'Word abonnee en lees onbeperkt.'],
    ])(),
  consent: (r: Random): string[] =>
    pick(r, [
      () => ['We value your privacy on the Ledger', 'Accept all and continue', 'Reject optional cookies', 'Manage my cookie choices'],
      () => ['Questo sito usa cookie tecnici e di profilazione', 'Accetta tutti i cookie', 'Rifiuta e chiudi', 'Personalizza le scelte'],
      () => ['Wij gebruiken cookies voor statistiek', 'Alles accepteren en doorgaan', 'Instellingen aanpassen'],
      () => ['Utilizamos cookies para medir as visitas a esta página.', 'Aceitar e fechar', 'Recusar opcionais'],
      () => ['Vi använder kakor för statistik', 'Godkänn alla kakor och fortsätt', 'Endast nödvändiga kakor'],
    ])(),
  COMMENT_FORMS: [
    ['Lascia un commento qui sotto', 'Il tuo indirizzo email resterà riservato alla redazione.', 'Nome e cognome (visibili)', 'Pubblica il mio commento'],
    ['Reageer hieronder op dit verhaal', 'Log in met je lezersaccount om te reageren.'],
    ['Deixe aqui o seu comentário', 'Os comentários são moderados e podem demorar a aparecer.', 'Enviar o comentário'],
    ['Kommentera artikeln här', 'Logga in med BankID för att kommentera.'],
    ['Dodaj swój komentarz', 'Twój adres nie zostanie nigdzie opublikowany.', 'Opublikuj komentarz'],
    ['Have your say on the Ledger', 'Comments are moderated by the editors and may take a day to appear.', 'Name (shown)', 'Send my comment'],
  ],
  POPUPS: [
    'Ti piace quello che leggi? Iscriviti alla nostra newsletter ✕',
    'Accepteer cookies om deze video te bekijken',
    'Este site utiliza cookies. Ao continuar nesta página, aceita a sua utilização.',
    'Den här webbplatsen använder kakor för statistik.',
    'Ta strona korzysta z plików cookie w celach statystycznych.',
    'You have 2 free stories left this month. Register to read more.',
    'Turn on notifications to hear about new stories 🔔',
  ],
  RELATED_HEADS: ['Keep reading in Crafts & Commons', 'Potrebbe interessarti anche questo', 'Meer over dit ambacht', 'Leia também nesta secção', 'Fler artiklar om hantverk', 'Więcej w dziale Rzemiosło', 'More stories like this one from the Ledger'],
  LINK_LIST_HEADS: ['Most shared on the Ledger this month', 'Ultimi articoli della rubrica', 'Net binnen bij Ambacht & Ziel', 'Últimas reportagens da secção', 'Senaste nytt från redaktionen', 'Najnowsze wpisy w dziale', 'Editors’ picks from the archive'],
  footer: (r: Random): readonly string[] =>
    pick(r, [
      [`© ${yr(r)} The Heritage Ledger CIC · Registered in England and Wales no. 11873302`],
      ['Note legali · Privacy · Cookie policy · Lavora con noi · Contatti'],
      ['Colofon | Privacyverklaring | Toegankelijkheid | Adverteren'],
      ['Estatuto editorial · Ficha técnica · Política de privacidade'],
      ['Om oss · Kontakt · Personuppgiftspolicy · Tillgänglighetsredogörelse'],
      ['Regulamin · Polityka prywatności · Kontakt z redakcją', `Wszelkie prawa zastrzeżone © ${yr(r)}`],
    ]),

  // ——— PDF extractions ———

  /** A page footer with its page number: a journal's name and volume, a DOI, an ISSN, a series. */
  RUNNING_FOOTERS: [
    (page: number) => `Journal of Rural Trades 31 (2) · ${page}`,
    (page: number) => `${page} — Orchard & Hedgerow Bulletin no. 57`,
    (page: number) => `Quaderni di storia del lavoro · pp. ${page}`,
    (page: number) => `ISSN 0957-4418 · ${page}`,
    (page: number) => `Tijdschrift voor Ambachtsgeschiedenis, jrg. 12 | ${page}`,
  ],
  CAPTION_SUBJECTS: ['The bakehouse oven', 'A longcase movement', 'The ice house entrance', 'A lace pillow with its bobbins', 'The society’s telescope', 'A fingerpost on the downs', 'The woad vat', 'A book of organ music'],
  CAPTION_TAILS: ['as restored in 1987', 'drawn by a pupil', 'before the lake was drained', 'in the maker’s own hand', 'reproduced at half size', 'seen from the south'],
  CAPTION_NOTES: ['the scale bar is in inches', 'now in a private collection', 'the inscription is illegible'],
  /** A printed caption of two or three sentences, opening with a figure label, to be wrapped at the column's width. */
  pdfCaption: (r: Random): string => {
    const more = [pick(r, CAPTION_MORE)];
    if (chance(r, 0.4)) more.push(pick(r, CAPTION_MORE));
    return `${figureLabel(r)} ${pick(r, V9_SUBJECTS)}, ${oldYear(r)}. ${[...new Set(more)].join(' ')}`;
  },
  /** A credit under a printed caption, in capitals; undefined most times. */
  pdfCredit: (r: Random): string | undefined => (chance(r, 0.45) ? capsCredit(r) : undefined),
  /** Footnotes at a page's foot (a rule, then each note with its number), and the mark left in the text. */
  footnotes: (r: Random, first: number): { marks: string[]; lines: string[] } => {
    const count = chance(r, 0.7) ? 1 : 2;
    const style = between(r, 0, 2);
    const SUP = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    const sup = (n: number): string => [...String(n)].map((d) => SUP[Number(d)]).join('');
    const marks: string[] = [];
    const lines: string[] = [];
    if (chance(r, 0.5)) lines.push(pick(r, ['_________________', '_______________________']));
    for (let k = 0; k < count; k++) {
      const n = first + k;
      const note = pick(r, [
        () => `See the vestry minutes for ${oldYear(r)}, fol. ${between(r, 2, 90)}.`,
        () => `Ibid., p. ${between(r, 3, 300)}, and the plate facing it.`,
        () => `Vgl. Schmidt ${oldYear(r) + 40}, S. ${between(r, 10, 240)}–${between(r, 241, 260)}.`,
        () => `Cf. the sale catalogue of ${oldYear(r)}, lot ${between(r, 1, 400)}.`,
        () => `Information from a descendant, in a letter to the author.`,
        () => `Op. cit., vol. ${between(r, 1, 4)}, pp. ${between(r, 10, 90)}–${between(r, 91, 120)}.`,
      ])();
      marks.push(style === 0 ? sup(n) : style === 1 ? `(${n})` : `[${n}]`);
      lines.push(style === 0 ? `${n} ${note}` : style === 1 ? `(${n}) ${note}` : `[${n}] ${note}`);
    }
    return { marks, lines };
  },
  /** The foot of an article's first page: a DOI, an ISSN, dates of receipt and acceptance, a licence. */
  firstPageFoot: (r: Random): string[] =>
    pick(r, [
      () => [`https://doi.org/10.${between(r, 1000, 9999)}/jrt.${yr(r)}.${between(r, 10, 99)}`, `Received ${day(r)} ${pick(r, MONTHS_EN)} ${yr(r)}; accepted ${day(r)} ${pick(r, MONTHS_EN)} ${yr(r)}`],
      () => [`ISSN 1740-${between(r, 1000, 9999)} (print) · ISSN 1740-${between(r, 1000, 9999)} (online)`],
      () => [`© The author(s) ${yr(r)}. Published open access under a Creative Commons licence.`],
      () => [`DOI: 10.${between(r, 1000, 9999)}/qsl.${between(r, 100, 999)} · Ricevuto il ${day(r)} ${pick(r, MONTHS_IT)} ${yr(r)}`],
    ])(),
  /** A running head that pairs a journal's name with the section, or the short title with the section. */
  sectionHead: (r: Random, title: string): ((section: string, page: number) => string) => {
    const style = between(r, 0, 2);
    const short = title.split(' ').slice(0, 3).join(' ');
    return (section, page) => (style === 0 ? `Journal of Rural Trades · ${section}` : style === 1 ? `${short} | ${section.toUpperCase()}` : page % 2 ? `${section} ▪ ${page}` : `${page} ▪ ${short}`);
  },
  /** A page number style of this split: "— 12 —", "Seite 12", "pág. 12", "‹ 12 ›", "s. 12". */
  folioStyle: (r: Random): ((page: number) => string) => {
    const style = between(r, 0, 4);
    return (page) => (style === 0 ? `— ${page} —` : style === 1 ? `Seite ${page}` : style === 2 ? `pág. ${page}` : style === 3 ? `‹ ${page} ›` : `s. ${page}`);
  },
  PAMPHLET_FURNITURE: [
    // A figure label in another style on its own line, then the caption.
    { shape: (r: Random) => [figureLabel(r), pick(r, V9_SUBJECTS)], kinds: ['figure number', 'caption'] },
    // A caption with the label run in and a credit in capitals under it.
    { shape: (r: Random) => [`${figureLabel(r)}: ${pick(r, V9_SUBJECTS_OTHER)}`, capsCredit(r)], kinds: ['caption', 'credit'] },
    // A caption of several sentences on a narrow measure.
    { shape: (r: Random, _p: string, t: PamphletTools9) => t.narrow(r, `${pick(r, V9_SUBJECTS)}. ${pick(r, CAPTION_MORE)}`), kinds: ['side caption'] },
    // A pull quote, then its speaker's role and a year on a line of its own.
    {
      shape: (r: Random, p: string, t: PamphletTools9) => {
        const s = t.quoted(r, p);
        return s ? [...t.narrow(r, `‘${s}’`), `${cap(pick(r, ROLES))}, ${between(r, 1950, 2019)}`] : undefined;
      },
      kinds: ['pull quote'],
    },
    // A pull quote in guillemets or low quotes with its attribution on the last line after a dash.
    {
      shape: (r: Random, p: string, t: PamphletTools9) => {
        const s = t.quoted(r, p);
        if (!s) return undefined;
        const quoted = chance(r, 0.5) ? `« ${s} »` : `„${s}“`;
        return t.narrow(r, `${quoted} — ${pick(r, ROLES)}`);
      },
      kinds: ['pull quote'],
    },
    // A table's title, its units line and a note under it.
    {
      shape: (r: Random) =>
        pick(r, [
          () => [`Table ${between(r, 1, 8)}. ${pick(r, ['Stiles and gates repaired, by year', 'Orders placed with the workrooms', 'Pianos tuned each month', 'Loaves baked a week'])}`, `(numbers; ${pick(r, ['n = 42', 'means over three years', 'rounded to the nearest ten'])})`],
          () => [`Tab. ${between(r, 1, 8)}: ${pick(r, ['Aufträge nach Jahren', 'Preise in Mark'])}`, 'Quelle: Geschäftsbücher der Werkstatt'],
          () => [`Tabela ${between(r, 1, 8)}. Liczba warsztatów w latach ${oldYear(r)}–${oldYear(r) + 30}`],
          () => [`n.b. — ${pick(r, ['blank cells: no return made', 'totals may not add up owing to rounding'])}`],
        ])(),
      kinds: ['credit'],
    },
    // A map's title and its legend in two languages.
    { shape: (r: Random) => [`Map ${pick(r, ['A', 'B', 'C'])} · Kaart ${pick(r, ['A', 'B', 'C'])}`, `● ${pick(r, ['footpath', 'voetpad', 'sentiero'])}   ┅ ${pick(r, ['bridleway', 'ruiterpad', 'mulattiera'])}`, `1 : ${pick(r, ['10 560', '25 000', '2 500'])}`], kinds: ['map'] },
    // A box of facts, its head in capitals and entries with a bullet.
    { shape: (r: Random) => [pick(r, ['THE TRADE AT A GLANCE', 'IL MESTIERE IN BREVE', 'HET AMBACHT IN HET KORT', 'FAKTA OM HANTVERKET']), `▪ Founded ${oldYear(r)}`, `▪ ${between(r, 3, 90)} ${pick(r, ['members', 'workers', 'apprentices'])} at the peak`], kinds: ['side caption'] },
  ] as readonly { shape: (r: Random, paragraph: string, tools: PamphletTools9) => readonly string[] | undefined; kinds: readonly Kind[] }[],
  PDF_BYLINES: [
    (a: string) => `A cura di ${a}`,
    (a: string, r: Random) => `${a} (${pick(r, ['Universiteit Utrecht', 'Universidade do Minho', 'Uppsala universitet', 'Uniwersytet Jagielloński', 'Università di Bologna'])})`,
    (a: string) => `Written and illustrated by ${a}`,
    (a: string, r: Random) => `${a} ✉ ${pick(r, ['corresponding author', 'autore corrispondente', 'contactpersoon'])}: ${a.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`,
    (a: string) => `Opracowanie: ${a}`,
  ],
  PDF_NOTICES: [
    () => 'This paper is a revised version of a talk given to the society.',
    (r: Random) => `Stampato in ${between(r, 200, 800)} copie numerate`,
    () => 'Uitgegeven met steun van het Prins Bernhard Cultuurfonds',
    () => 'Särtryck ur Hantverkarbladet',
    (r: Random) => `Versão de ${anyDate(r)}`,
    (r: Random) => `Occasional Paper no. ${between(r, 3, 40)} of the Rural Trades Group`,
  ],
};
