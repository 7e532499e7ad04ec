/**
 * The seventh validation split's furniture wordings (`npm run eval -- --validation 7`): every web
 * and PDF furniture pool worded anew by a helper who had read neither the cleaner's rules nor the
 * held-out, fourth or fifth validation wordings. A DEBUG SET for everyone (like validation 6): look
 * at its cases, errors and lines freely, but never key a rule on its wordings; it stays useful only
 * while rules generalise by shape and sense.
 *
 * What it draws that earlier splits drew little of is SHAPE as much as wording: in PDF extractions,
 * captions with no label and no full stop, captions wrapped over two or three lines on a narrower
 * measure than the text, credits with no credit word (an agency or an archive's name alone, a
 * photographer's name in capitals, a shelf mark), a credit set BEFORE its caption, caption and
 * credit on one line after a separator (·, |, /, —), a figure number at a caption's end, captions
 * that open with a place and a date, tables' and figures' "Source" notes in several languages, map
 * titles, legends and scales in other shapes, pull quotes in « », „ “ or ‘ ’ or with no marks, a
 * pull quote with its speaker set before it, a sidebar box's title and its fact line, and
 * footnote-like picture notes; on web pages, credits before captions or after a separator, and
 * interface furniture in Swedish, Polish, Portuguese, Dutch, Italian, French, German and Spanish
 * in the registers of a fishing museum, a regional paper, a co-operative's newsletter, a trade
 * union's magazine, a research institute and a local archive. No pool falls back to another list.
 */
import { between, cap, chance, pick, type Random } from './_random.ts';

const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTHS_PL = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const MONTHS_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_SHORT = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const yr = (r: Random): number => between(r, 2005, 2026);
const day = (r: Random): number => between(r, 1, 28);
const oldYear = (r: Random): number => between(r, 1881, 1979);
const roman = (n: number): string => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV'][n - 1] ?? String(n);

const PEOPLE = ['Astrid Vennberg', 'Bartosz Kędzierski', 'Joana Baptista Reis', 'Maarten de Ruyter', 'Lucrezia Fabbri', 'Oisín Tierney', 'Kwabena Mensah-Bonsu', 'Hélène Marquet-Dubois', 'Signe Haldórsdóttir', 'Rufus Penhaligon'];
const SHOOTERS_7 = ['Marit Holmgren', 'Zbigniew Ostrowski', 'Tiago Amaral', 'Femke Verhoeven', 'Duncan McIlwraith', 'Chiara Benedetti', 'Yaw Ofori'];
const AGENCIES_7 = ['Scanpix', 'TT Nyhetsbyrån', 'Forum Polska', 'Lusa Imagens', 'ANP Foto', 'Contrasto', 'Camera Press', 'Topfoto Archive'];
const HOLDERS = ['Sjöhistoriska museet', 'Narodowe Archiwum Cyfrowe', 'Arquivo Municipal de Lisboa', 'Stadsarchief Rotterdam', 'Archivio Centrale dello Stato', 'Tyne & Wear Archives', 'the Fishermen’s Mission', 'the Lace Guild collection'];
const PLACES = ['Göteborg', 'Gdańsk', 'Matosinhos', 'IJmuiden', 'Chioggia', 'Peterhead', 'Nottingham', 'Lowestoft'];
const FRAMES = ['lots', 'lofts', 'quays', 'smokehouses', 'ice works', 'lace workshops', 'laundries', 'brick kilns'];
const V7_SUBJECTS = [
  'Net menders on the harbour wall at low water',
  'Herring girls gutting at the farlins',
  'The ice works chimney seen from the slipway',
  'Lace runners at a long table by the window',
  'A steam laundry’s drying room',
  'Brickmakers stacking green bricks to dry',
  'Women of the cannery queueing for the pay packet',
  'The net loft above the chandler’s shop',
  'Fish porters with their barrows at dawn',
  'A smokehouse door propped open with a crate',
  'Apprentices at the cooperage',
  'The lifeboat crew posed on the shingle',
];
/** The same subjects in the other languages a multilingual pamphlet sets under its pictures. */
const V7_SUBJECTS_OTHER = [
  'Les ramendeuses sur le quai',
  'Netzflickerinnen am alten Hafen',
  'Las rederas remendando al sol',
  'Le merlettaie sulla soglia di casa',
  'Vissersvrouwen bij de afslag',
  'Kobiety przy patroszeniu śledzi',
  'As varinas na lota',
  'Nätlagare på bryggan',
];

/** A picture credit with no credit word: an agency alone, a photographer alone, a holder alone. */
const bareCredit = (r: Random): string =>
  pick(r, [() => pick(r, AGENCIES_7), () => pick(r, SHOOTERS_7).toUpperCase(), () => pick(r, SHOOTERS_7), () => pick(r, HOLDERS), () => `${pick(r, SHOOTERS_7)} / ${pick(r, AGENCIES_7)}`])();
/** A picture credit with its word, in several languages. */
const wordedCredit = (r: Random): string =>
  pick(r, [
    () => `Fotograf: ${pick(r, SHOOTERS_7)}`,
    () => `Fot. ${pick(r, SHOOTERS_7)}`,
    () => `Foto di ${pick(r, SHOOTERS_7)}`,
    () => `Fotografia: ${pick(r, HOLDERS)}`,
    () => `Beeld: ${pick(r, AGENCIES_7)}`,
    () => `Bildkälla: ${pick(r, HOLDERS)}`,
    () => `Reproduced by kind permission of ${pick(r, HOLDERS)}`,
    () => `Picture: ${pick(r, SHOOTERS_7)} © ${yr(r)}`,
  ])();
const anyCredit = (r: Random): string => (chance(r, 0.5) ? bareCredit(r) : wordedCredit(r));
/** A shelf mark or inventory number an archive prints under its pictures. */
const shelfMark = (r: Random): string =>
  pick(r, [() => `Ref. D/FM/${between(r, 2, 19)}/${between(r, 1, 240)}`, () => `Inv. ${between(r, 1950, 2019)}.${between(r, 1, 999)}`, () => `sygn. ${between(r, 1, 30)}/${between(r, 100, 999)}`, () => `(cota PT/AML/${between(r, 10, 99)})`])();

export interface PamphletTools7 {
  quoted(r: Random, paragraph: string): string | undefined;
  narrow(r: Random, text: string): string[];
}

/** Text set on a narrow measure in two or three lines, whatever its length (a caption beside a picture). */
function lines23(r: Random, text: string): string[] {
  const words = text.split(' ');
  const parts = words.length >= 9 && chance(r, 0.5) ? 3 : 2;
  const size = Math.ceil(words.length / parts);
  const out: string[] = [];
  for (let k = 0; k < words.length; k += size) out.push(words.slice(k, k + size).join(' '));
  return out;
}

const SEPARATORS = [' · ', ' | ', ' / ', ' — '];

type Kind = 'caption' | 'credit' | 'figure number' | 'pull quote' | 'map' | 'side caption';

export const VALIDATION_7 = {
  TOPICS: ['herring girls', 'net lofts', 'lace runners', 'steam laundries', 'brick kilns', 'the cannery strike', 'fish auctions', 'lifeboat crews', 'cooperages', 'allotment societies', 'the ice works', 'seamen’s missions', 'dock pilots', 'smokehouses', 'ferry unions', 'the fish market'],
  LINK_SHAPES: [
    (a: string, b: string) => `What ${a} taught ${b}`,
    (a: string) => `Photo essay: ${a}, then and now`,
    (a: string, _b: string, n: number) => `${n} letters from ${a}`,
    (a: string) => `Läs också: ${a} i Bohuslän`,
    (a: string) => `Czytaj także: ${a} w Gdyni`,
    (a: string, b: string) => `Leia também: ${a} e ${b}`,
    (a: string, b: string, n: number) => `Q&A | ${cap(a)} after ${n} winters, and the ${b} nobody wrote down`,
    (a: string) => `Ask the archivist: where did ${a} go?`,
    (a: string, _b: string, n: number) => `${cap(a)} (${1870 + n * 3}) — an inventory`,
    (a: string, b: string) => `Lees verder: ${a} en ${b}`,
    (a: string) => `Timeline — ${a}`,
    (a: string, b: string) => `Approfondimento: ${a} e ${b}`,
  ],
  linkDate: (r: Random): string =>
    pick(r, [
      () => `${day(r)} ${pick(r, MONTHS_SV)} ${yr(r)} kl. ${between(r, 6, 22)}.${between(r, 10, 59)}`,
      () => `${day(r)} ${pick(r, MONTHS_PL)} ${yr(r)} r.`,
      () => `${day(r)} ${MONTHS_SHORT[between(r, 0, 11)]} ${yr(r)} · ${between(r, 3, 19)} min`,
      () => `há ${between(r, 2, 11)} dias`,
      () => `${between(r, 2, 23)} uur geleden`,
      () => `${between(r, 2, 90)} replies, last ${day(r)}/${between(r, 1, 12)}`,
    ])(),
  BYLINES: [
    (a: string, r: Random) => `Text: ${a} · Foto: ${pick(r, SHOOTERS_7)}`,
    (a: string, r: Random) => `av ${a}, publicerad ${day(r)} ${pick(r, MONTHS_SV)} ${yr(r)}`,
    (a: string, r: Random) => `Autor: ${a} | ${day(r)} ${pick(r, MONTHS_PL)} ${yr(r)}`,
    (a: string, r: Random) => `Por ${a} — ${day(r)} de ${pick(r, MONTHS_PT)} de ${yr(r)}`,
    (a: string, r: Random) => `di ${a} · ${day(r)} ${pick(r, MONTHS_IT)} ${yr(r)}`,
    (a: string, r: Random) => `Door ${a} op ${day(r)} ${pick(r, MONTHS_NL)} ${yr(r)}`,
    (a: string, r: Random) => `${a.toUpperCase()} · ${day(r)} ${MONTHS_SHORT[between(r, 0, 11)]} ${yr(r)} · ${between(r, 3, 21)} MIN READ`,
    (_a: string, r: Random) => `Words by ${pick(r, PEOPLE)}; edited by ${pick(r, PEOPLE)}`,
    (a: string, r: Random) => `${a} writes for the Net Loft newsletter from ${pick(r, PLACES)}.`,
    (_a: string, r: Random) => `First published ${day(r)}/${between(r, 1, 12)}/${yr(r)} · updated ${between(r, 2, 9)} times`,
  ],
  ALSO_AVAILABLE: [
    (l: string) => `Finns även på ${l.toLowerCase()}`,
    (l: string) => `Dostępne także w języku: ${l}`,
    (l: string) => `Disponível também em ${l.toLowerCase()}`,
    (l: string) => `Ook beschikbaar in het ${l}`,
    (l: string) => `[ ${l} version ]`,
  ],
  LANGUAGES: ['Swedish', 'Norwegian', 'Icelandic', 'Estonian', 'Basque', 'Galician', 'Maltese', 'Frisian'],
  WEB_NOTICES: [
    (l: string) => `This story was first written in ${l} and translated for the museum’s website.`,
    () => 'Update: the museum has since reopened; opening times below are current.',
    () => 'Please note: some photographs in this article show injured workers.',
    (l: string) => `Översatt från ${l.toLowerCase()} av redaktionen.`,
    () => 'Nota da redação: texto revisto após a publicação original.',
    () => 'Archived page — the links in it are no longer maintained.',
    () => 'Artykuł ukazał się pierwotnie w wydaniu drukowanym.',
  ],
  CAPTION_SHAPES: [
    (r: Random) => pick(r, V7_SUBJECTS),
    (r: Random) => `${pick(r, V7_SUBJECTS)}, ${pick(r, PLACES)} ${oldYear(r)}`,
    (r: Random) => `${pick(r, PLACES).toUpperCase()}, ${oldYear(r)}: ${pick(r, V7_SUBJECTS).toLowerCase()}`,
    (r: Random) => `▸ ${pick(r, V7_SUBJECTS)}`,
    (r: Random) => `${pick(r, V7_SUBJECTS_OTHER)} (${oldYear(r)})`,
    (r: Random) => `${pick(r, V7_SUBJECTS)}. Swipe for more pictures`,
    (r: Random) => `From left: ${pick(r, PEOPLE)}, ${pick(r, PEOPLE)} and an apprentice whose name is not recorded`,
    (r: Random) => `Na zdjęciu: ${pick(r, V7_SUBJECTS_OTHER).toLowerCase()}`,
  ],
  /** A credit for a web caption: under it, above it, after a separator on its line, or none. */
  webCredit: (r: Random): { text: string; place: 'next' | 'before' | 'joined' } | undefined => {
    if (!chance(r, 0.55)) return undefined;
    const roll = r();
    return { text: anyCredit(r), place: roll < 0.35 ? 'next' : roll < 0.6 ? 'before' : 'joined' };
  },
  /** The separator a page sets between a caption and its credit on one line. */
  separator: (r: Random): string => pick(r, SEPARATORS),
  BASE_WEB_CAPTIONS: [(r: Random) => `${pick(r, V7_SUBJECTS)} ⤢`, (r: Random) => `Bild: ${pick(r, V7_SUBJECTS_OTHER)}`, (r: Random) => `${pick(r, V7_SUBJECTS)} (photo ${between(r, 2, 9)} of ${between(r, 10, 16)})`, (r: Random) => `Zdjęcie: ${pick(r, V7_SUBJECTS_OTHER).toLowerCase()}`],
  PROMO_SHAPES: [
    (t: string) => `Läs också: ${t}`,
    (t: string) => `Czytaj też → ${t}`,
    (t: string) => `Leia também | ${t}`,
    (t: string) => `Lees ook deze: ${t}`,
    (t: string) => `Da non perdere: ${t}`,
    (t: string) => `MORE FROM THE MUSEUM • ${t}`,
    (_t: string, _r: Random, topic: string) => `Our winter exhibition on ${topic} opens on Saturday. Book free tickets online.`,
    () => 'Get the Net Loft newsletter: one short story from the archive every Tuesday.',
    (t: string, r: Random) => `${pick(r, ['🎧 Listen', '🎬 Watch', '📖 Read'])}: ${t}`,
    () => 'Partner content · Walking tours of the old harbour, every Sunday',
    (t: string) => `Don’t miss: ${t} »`,
  ],
  /** A promotion set as a box: a label, one or two lines, sometimes a button. */
  promoBox: (r: Random): readonly string[] | undefined => {
    if (!chance(r, 0.45)) return undefined;
    return pick(r, [
      ['NYHETSBREV', 'Få museets nyheter varje månad.', 'Prenumerera'],
      ['Zapisz się do newslettera', 'Raz w tygodniu, bez reklam.', 'Zapisuję się'],
      ['The Net Loft Shop', 'Prints of the herring girls, A3, on heavy paper.', 'Buy a print ›'],
      ['Become a Friend of the museum', 'Free entry, the yearbook and invitations to openings.'],
      ['Receba a nossa newsletter', 'O arquivo no seu e-mail, todas as sextas.', 'Quero receber'],
    ]);
  },
  /** "Advertisement" labels and slot text a page copy keeps between paragraphs. */
  advert: (r: Random): readonly string[] => pick(r, [['Annons'], ['Reklama — artykuł czytaj dalej poniżej'], ['Publicidade'], ['Advertentie · Lees verder na deze advertentie'], ['Pubblicità'], ['Sponsored message ▾']]),
  APPEALS: [
    ['Keep the archive open', 'The museum receives no core funding from the council.', 'A gift of £5 pays for one box of acid-free folders.', 'Give now ›'],
    ['Stöd museet', 'Ditt bidrag gör att vi kan fortsätta digitalisera.', 'Swisha en gåva'],
    ['Wesprzyj nasze archiwum', 'Każda wpłata pomaga ratować zdjęcia.', 'Przekaż darowiznę'],
    ['Did this story matter to you?', 'We rely on members, not advertisers. Join from £3 a month and help us record the next one.'],
    ['Apoie o arquivo', 'Faça um donativo e ajude a preservar a memória do porto.'],
    ['HELP US SAVE THE NET LOFT', 'The roof needs £40,000 of repairs before winter.', 'Pledge what you can'],
  ],
  NAV_WORDS: ['Exhibitions', 'Collections', 'Oral history', 'Family history', 'Boats', 'Schools programme', 'Shop', 'Venue hire', 'Research room', 'Volunteers', 'Blog', 'What’s on'],
  NAV_SHAPES: [
    (a: string, b: string) => `${a} / ${b} / all items`,
    (a: string) => `Discover ${a.toLowerCase()} ›`,
    (a: string, b: string) => `${a} meets ${b.toLowerCase()}`,
    (a: string) => `${a}: A–Z index`,
    (a: string) => `★ ${a} — editor’s choice`,
    (a: string, b: string) => `New in ${a.toLowerCase()} and ${b.toLowerCase()}`,
  ],
  MENU: ['Start › Samlingar › Fotografier', 'Strona główna / Aktualności', 'Início · Arquivo · Fotografia', 'Home » Collecties » Beeldbank', 'Chi siamo | Dove siamo', 'Logga in', 'Zaloguj się', 'Menu ≡', 'Go straight to the story', 'Search the collections 🔍', 'Planning a visit?', 'Gift shop', 'Donate ❤', 'Svenska | English | Polski'],
  SHARE: ['Dela på Facebook', 'Udostępnij artykuł', 'Partilhar no WhatsApp', 'Deel dit artikel', 'Condividi questo articolo', 'Share via e-mail ✉', 'Copy the link 🔗', 'Mastodon · Bluesky · E-mail', 'Send it to someone', 'Print this page 🖨', 'Save for later ☆', 'Post to LinkedIn'],
  COMMENT_FORMS: [
    ['Skriv en kommentar', 'Din e-postadress kommer inte att publiceras.', 'Namn *', 'E-post *', 'Publicera kommentar'],
    ['Dodaj komentarz', 'Twój adres e-mail nie zostanie opublikowany.', 'Wyślij komentarz'],
    ['5 responses to this story', 'Sort by: oldest', 'Load more responses'],
    ['Deixe o seu comentário', 'Nome (obrigatório)', 'Enviar comentário'],
    ['Reageer op dit artikel', 'Je naam', 'Plaats reactie'],
    ['Comments on this story are moderated and may take a day to appear.'],
    ['Your memories of this place', 'Sign in with your museum account to comment.'],
  ],
  POPUPS: [
    'Vi använder kakor för att förbättra webbplatsen.',
    'Akceptuję wszystkie pliki cookie',
    'Aceitar todos os cookies',
    'Alleen noodzakelijke cookies',
    'Manage my privacy choices',
    'You have read 3 of 4 free stories this month.',
    'Before you go — join 8,000 readers of the Net Loft ✕',
    'Tap anywhere to close ×',
  ],
  RELATED_HEADS: ['Läs mer om ämnet', 'Zobacz także', 'Relacionados', 'Gerelateerde verhalen', 'Leggi anche', 'More from the collections', 'If you liked this story'],
  LINK_LIST_HEADS: ['Mest lästa', 'Najczęściej czytane', 'Os mais lidos', 'Meest gelezen', 'I più letti', 'New on the blog', 'Editor’s picks this week'],
  /** A footer at the very end of the page (one to three lines). */
  footer: (r: Random): readonly string[] =>
    pick(r, [
      [`© Net Loft Museum Trust ${between(r, 2005, 2026)}`, `Registered charity no. ${between(r, 1000000, 1199999)}`],
      ['Integritetspolicy · Tillgänglighet · Kontakta oss'],
      ['Polityka prywatności | Deklaracja dostępności'],
      ['Termos de utilização · Política de privacidade'],
      ['Privacy · Accessibility statement · Sitemap · Press'],
      ['↑ Back to top'],
    ]),

  // ——— PDF extractions ———

  /** A page footer with its page number: a museum yearbook, a union magazine, a research report. */
  RUNNING_FOOTERS: [
    (page: number) => `Årsbok för Sjöfartsmuseet ${page}`,
    (page: number) => `— ${page} —  Net Loft Yearbook`,
    (page: number) => `Zeszyty Historyczne · s. ${page}`,
    (page: number) => `Working Lives Quarterly · Spring · page ${page}`,
    (page: number) => `${page} | Relatório Anual do Arquivo`,
  ],
  CAPTION_SUBJECTS: ['Gutting troughs', 'The pilot cutter', 'A lace pillow with bobbins', 'The laundry’s mangle room', 'Brick kiln number three', 'A fish auction ticket', 'The mission hall', 'Cooper’s tools'],
  CAPTION_TAILS: ['seen from the quay', 'after the storm', 'shortly before closure', 'on a postcard', 'during the lockout', 'donor unknown'],
  CAPTION_NOTES: ['the crane has gone', 'the woman in the apron is the lender’s aunt', 'compare plate 9'],
  /** A caption's credit in the PDF: none, on the next line, above the caption, or after a separator on its line. */
  pdfCredit: (r: Random): { text: string; place: 'next' | 'before' | 'joined' } | undefined => {
    if (!chance(r, 0.5)) return undefined;
    const roll = r();
    return { text: anyCredit(r), place: roll < 0.35 ? 'next' : roll < 0.65 ? 'before' : 'joined' };
  },
  PAMPHLET_FURNITURE: [
    // A caption with no label and no full stop.
    { shape: (r: Random) => [pick(r, V7_SUBJECTS)], kinds: ['caption'] },
    // A long caption wrapped over two or three lines on a narrow measure.
    {
      shape: (r: Random) => lines23(r, `${pick(r, V7_SUBJECTS)} in ${oldYear(r)}, a print made from a cracked glass plate found in the loft`),
      kinds: ['caption'],
    },
    // Caption, then a credit with no credit word (agency, holder, or a photographer's name).
    { shape: (r: Random) => [pick(r, V7_SUBJECTS), bareCredit(r)], kinds: ['caption', 'credit'] },
    // The credit BEFORE its caption.
    { shape: (r: Random) => [anyCredit(r), `${pick(r, V7_SUBJECTS)}, ${oldYear(r)}`], kinds: ['credit', 'caption'] },
    // Caption and credit on one line after a separator.
    { shape: (r: Random) => [`${pick(r, V7_SUBJECTS)}${pick(r, SEPARATORS)}${anyCredit(r)}`], kinds: ['caption'] },
    // A figure number at the caption's end.
    {
      shape: (r: Random) => [`${pick(r, V7_SUBJECTS)} ${pick(r, [() => `(fig. ${between(r, 2, 30)})`, () => `— Abb. ${between(r, 2, 30)}`, () => `[ill. ${between(r, 2, 30)}]`, () => `· pl. ${roman(between(r, 1, 14))}`])()}`],
      kinds: ['caption'],
    },
    // A caption opening with a place and a date, in the picture's own language.
    {
      shape: (r: Random) => [pick(r, [() => `${pick(r, PLACES)}, ${day(r)} ${pick(r, MONTHS_SV)} ${oldYear(r)}. ${pick(r, V7_SUBJECTS_OTHER)}`, () => `${pick(r, PLACES).toUpperCase()} ${oldYear(r)} — ${pick(r, V7_SUBJECTS)}`, () => `${pick(r, PLACES)}, ${MONTHS_PL[between(r, 0, 11)]} ${oldYear(r)} r.: ${pick(r, V7_SUBJECTS_OTHER).toLowerCase()}`])()],
      kinds: ['caption'],
    },
    // A table's or a chart's source note (and sometimes its note on method).
    {
      shape: (r: Random) =>
        pick(r, [
          () => [`Sources : registres de l’inscription maritime, ${between(r, 1880, 1910)}–${between(r, 1911, 1939)} ; calculs de l’auteur.`],
          () => [`Quelle: Statistisches Jahrbuch deutscher Städte, Jg. ${between(r, 8, 30)}; eigene Berechnung.`],
          () => [`Fuente: Anuario Estadístico, ${between(r, 1900, 1935)}.`, 'Nota: las cifras de 1918 son provisionales.'],
          () => [`Źródło: opracowanie własne na podstawie spisu z ${between(r, 1921, 1931)} r.`],
          () => [`Data: harbour dues ledgers, ${between(r, 1890, 1920)}–${between(r, 1921, 1950)}. Figures rounded to the nearest ten.`],
        ])(),
      kinds: ['credit'],
    },
    // A map's title in capitals, its numbered key on one line, its scale in words.
    {
      shape: (r: Random) => [`THE HARBOUR QUARTER IN ${oldYear(r)}`, `1 ${pick(r, FRAMES)}   2 ${pick(r, FRAMES)}   3 ${pick(r, FRAMES)}`, pick(r, ['Scale: one inch to a furlong', 'Maßstab 1 : 25 000', 'Skala 1:10 000'])],
      kinds: ['map'],
    },
    // A map's legend headed by its word, a line a symbol.
    {
      shape: (r: Random) => [pick(r, ['Legend', 'Legende', 'Légende', 'Legenda', 'Teckenförklaring']), `░ ${pick(r, ['built-up area', 'bebaute Fläche', 'zabudowa'])}`, `– – ${pick(r, ['parish boundary', 'Gemeindegrenze', 'granica gminy'])}`, `✕ ${pick(r, FRAMES)}`],
      kinds: ['map'],
    },
    // A pull quote in guillemets or German and Polish low-high quotes, or single quotes, on a narrow measure.
    {
      shape: (r: Random, p: string, t: PamphletTools7) => {
        const s = t.quoted(r, p);
        if (!s) return undefined;
        const [open, close] = pick(r, [['«', '»'], ['„', '“'], ['‘', '’'], ['»', '«']] as const);
        return t.narrow(r, `${open}${s}${close}`);
      },
      kinds: ['pull quote'],
    },
    // A pull quote with no marks, its speaker set before it.
    {
      shape: (r: Random, p: string, t: PamphletTools7) => {
        const s = t.quoted(r, p);
        return s ? [`${pick(r, PEOPLE).toUpperCase()}, ${pick(r, ['net maker', 'ferry hand', 'lace runner', 'laundry shop steward', 'pilot'])}:`, ...t.narrow(r, s)] : undefined;
      },
      kinds: ['pull quote'],
    },
    // A pull quote introduced by its speaker in a line of its own, in single quotes.
    {
      shape: (r: Random, p: string, t: PamphletTools7) => {
        const s = t.quoted(r, p);
        return s ? [pick(r, ['As one of the women remembered it:', 'In the words of a retired pilot:', 'Wie eine Zeitzeugin sagte:']), ...t.narrow(r, `‘${s}’`)] : undefined;
      },
      kinds: ['pull quote'],
    },
    // A sidebar box's title and its fact line.
    {
      shape: (r: Random) => [
        pick(r, ['AT A GLANCE', 'IN BRIEF', 'AUF EINEN BLICK', 'EN BREF', 'W SKRÓCIE', 'FAKTA']),
        `Founded ${oldYear(r)} · Members ${between(r, 40, 900)} · Boats ${between(r, 3, 60)}`,
      ],
      kinds: ['side caption'],
    },
    // Footnote-like notes keyed to a picture by a mark.
    {
      shape: (r: Random) => [`${pick(r, ['*', '†', '¹', '(a)'])} ${pick(r, ['Photograph taken from the roof of the net loft', 'Picture lent by the family of the skipper', 'Foto aus dem Nachlass des Hafenmeisters', 'Fotografia cedida pela família'])}`],
      kinds: ['caption'],
    },
    // A plate number on its own line in another language, the caption below with a shelf mark.
    {
      shape: (r: Random) => [pick(r, [`Tav. ${roman(between(r, 1, 14))}`, `Ryc. ${between(r, 1, 20)}.`, `Tafel ${between(r, 1, 20)}`, `Est. ${roman(between(r, 1, 14))}`]), pick(r, V7_SUBJECTS), shelfMark(r)],
      kinds: ['figure number', 'caption', 'credit'],
    },
    // A caption in two languages, one a line, as a bilingual pamphlet sets it.
    { shape: (r: Random) => [pick(r, V7_SUBJECTS), pick(r, V7_SUBJECTS_OTHER)], kinds: ['caption', 'caption'] },
    // A side caption on a narrow measure beginning with a pointing word and ending with a credit in brackets.
    {
      shape: (r: Random, _p: string, t: PamphletTools7) => t.narrow(r, `${pick(r, ['Opposite', 'Overleaf', 'Ci-contre', 'Links'])}: ${pick(r, V7_SUBJECTS).toLowerCase()}, about ${oldYear(r)} [${pick(r, AGENCIES_7)}]`),
      kinds: ['side caption'],
    },
  ] as readonly { shape: (r: Random, paragraph: string, tools: PamphletTools7) => readonly string[] | undefined; kinds: readonly Kind[] }[],
  PDF_BYLINES: [
    (a: string, r: Random) => `${a} & ${pick(r, PEOPLE)}`,
    (a: string) => `Tekst: ${a}`,
    (a: string, r: Random) => `${a} (${pick(r, ['Göteborgs universitet', 'Uniwersytet Gdański', 'Universidade do Minho', 'Universiteit Leiden', 'Università di Padova'])})`,
    (a: string) => `Compiled for the museum by ${a}`,
    (a: string) => `Research and text — ${a.toUpperCase()}`,
  ],
  PDF_NOTICES: [
    () => 'Issued free to members of the Net Loft Society',
    (r: Random) => `Utgiven ${yr(r)} med stöd av Kulturrådet`,
    () => 'Wydano ze środków samorządu województwa.',
    () => 'Distributed under a Creative Commons Attribution-ShareAlike licence.',
    () => 'Draft for consultation. Please do not quote.',
    (r: Random) => `ISSN ${between(r, 1000, 9999)}-${between(r, 1000, 9999)}`,
    (r: Random) => `Depósito legal ${between(r, 100000, 999999)}/${between(r, 10, 26)}`,
  ],
};
