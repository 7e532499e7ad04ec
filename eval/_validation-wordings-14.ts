/**
 * The fourteenth validation split's furniture wordings (`npm run eval -- --validation 14`): every web
 * and PDF furniture pool worded anew by a helper who had read neither the cleaner's rules nor any
 * blind split's wordings. A BLIND SELECTION SET like validations 11 and 13: scored, never shown;
 * no rule may be keyed on its words.
 *
 * Besides fresh wordings, it draws shapes no earlier split drew. On web pages: a cookie-consent
 * banner set in two languages at once (the site's and English), an "Updated" line with a clock
 * time and a time zone or UTC offset between the head and the text, a box of key facts scraped as
 * one table cell a line (label, value, label, value) between two paragraphs, and a sidebar's
 * glossary box (a head, then terms with their short definitions). In PDF extractions: a PDF
 * parser's page markers ("-- 3 of 12 --") between pages, line numbers in the margin every fifth
 * line (before the line or after it), a watermark word or phrase landing once a page in the
 * reading order (between paragraphs or inside one), and a chart's axis labels and tick values
 * extracted as short lines between two paragraphs. A live blog's time stamps above its entries
 * complete the web shapes. No pool falls back to another list.
 */
import { between, cap, chance, pick, type Random } from './_random.ts';

const MONTHS_PL = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const MONTHS_HU = ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'];
const MONTHS_NB = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const MONTHS_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_EN3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const yr = (r: Random): number => between(r, 2009, 2026);
const day = (r: Random): number => between(r, 1, 28);
const oldYear = (r: Random): number => between(r, 1848, 1969);
const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (r: Random): string => `${pad(between(r, 0, 23))}:${pad(between(r, 0, 59))}`;

/** A date as one of many sites writes it. */
const anyDate = (r: Random): string =>
  pick(r, [
    () => `${day(r)} ${pick(r, MONTHS_PL)} ${yr(r)}`,
    () => `${yr(r)}. ${pick(r, MONTHS_HU)} ${day(r)}.`,
    () => `${day(r)}. ${pick(r, MONTHS_NB)} ${yr(r)}`,
    () => `${day(r)} de ${pick(r, MONTHS_PT)} de ${yr(r)}`,
    () => `${pick(r, MONTHS_EN3)} ${day(r)} ${yr(r)}`,
    () => `${day(r)}/${between(r, 1, 12)}/${String(yr(r)).slice(2)}`,
    () => `${pick(r, MONTHS_EN)} ${day(r)}, ${yr(r)} at ${between(r, 1, 12)}:${pad(between(r, 0, 59))} ${pick(r, ['a.m.', 'p.m.'])}`,
  ])();

/** A time zone as pages print it: an abbreviation, or an offset from UTC. */
const zone = (r: Random): string => pick(r, ['BST', 'GMT', 'CET', 'CEST', 'EDT', 'EST', 'PDT', 'AEST', 'IST', 'WET', 'UTC', 'UTC+1', 'UTC−5', 'GMT+02:00', '(UTC+10:00)']);

const PEOPLE = ['Oonagh Brereton', 'Wiesław Kurpiel', 'Ilona Szabó-Kertész', 'Torbjørn Vaagen', 'Graça Ferreirinha', 'Ruairí Ó Dálaigh', 'Hedda Solheim', 'Mátyás Ferenczi', 'Bożena Żmuda', 'Leopold Ashcombe'];
const SHOOTERS = ['Piotr Ziomek', 'Kinga Bánfalvi', 'Sigrun Aasheim', 'Ciarán Mulqueen', 'Marta Cordeiro', 'Felicity Oxenham'];
const LENDERS = ['the Aldmouth Harbour Archive', 'Muzeum Rybołówstwa, Hel', 'Néprajzi Múzeum', 'Norsk Folkemuseum', 'Museu Marítimo de Ílhavo', 'the National Folklore Collection, UCD', 'the Corn Exchange Trust'];
const OUTLETS = ['the Marsh End Chronicle', 'Kurier Nadmorski', 'Vasárnapi Hírlap', 'Kystposten', 'Jornal da Ria', 'the Western Shore Review'];

const V14_SUBJECTS = [
  'Drawing the kiln at the Stanwick brickfield',
  'The steam packet alongside the east pier',
  'Cattle on the marsh grazing in early summer',
  'A prompt copy with the pencil marks of 1930',
  'The choir of St Keverne’s in their surplices',
  'Mangold clamps in the yard, covered with straw',
  'Dairymaids at a summer farm above the lake',
  'The chess room of the Riverside club',
  'A grading of the harvest at the co-operative',
  'Pupils in the laboratory built in 1928',
  'The synagogue door in Mill Lane before the sale',
  'Thatching a roof on the western shore',
];
const V14_SUBJECTS_OTHER = [
  'Kutry rybackie w porcie o świcie',
  'Szénagyűjtés a tanyán',
  'Budeie med kyrne på vollen',
  'Vindima na quinta do vale',
  'Ag baint móna ar an bportach',
  'Sprzedaż ryb na nabrzeżu',
];

const credit14 = (r: Random): string =>
  pick(r, [
    () => `Fot. ${pick(r, SHOOTERS)}`,
    () => `Fotó: ${pick(r, SHOOTERS)}`,
    () => `Foto: ${pick(r, SHOOTERS)} / ${pick(r, ['NTB', 'PAP', 'MTI', 'Lusa', 'Inpho'])}`,
    () => `Grianghraf: ${pick(r, LENDERS)}`,
    () => `Reproduced by kind permission of ${pick(r, LENDERS)}`,
    () => `Picture ${pick(r, SHOOTERS)} ©${yr(r)}`,
  ])();

export interface PamphletTools14 {
  quoted(r: Random, paragraph: string): string | undefined;
  narrow(r: Random, text: string): string[];
}
type Kind = 'caption' | 'credit' | 'figure number' | 'pull quote' | 'map' | 'side caption' | 'contents' | 'footer' | 'notice';

const COOKIE_PAIRS: readonly (readonly string[])[] = [
  ['Dbamy o Twoją prywatność / We care about your privacy', 'Używamy plików cookie, aby strona działała poprawnie. We use cookies to keep this site working and to count our visitors.', 'Akceptuję wszystkie / Accept all', 'Tylko niezbędne / Necessary only', 'Ustawienia / Settings'],
  ['Adatvédelmi beállítások · Privacy settings', 'Sütiket használunk a látogatottság méréséhez.', 'This website uses cookies to measure how many people read it.', 'Elfogadom | I agree', 'Elutasítom | Reject'],
  ['Vi bruker informasjonskapsler — This site uses cookies', 'Noen er nødvendige, andre hjelper oss å forbedre nettstedet. Some are essential, others help us improve the site.', 'Godta alle (Accept all)', 'Administrer valg (Manage choices)'],
  ['Este sítio usa cookies · This site uses cookies', 'Ao continuar a navegar, aceita a utilização de cookies. By browsing on you accept our use of cookies.', 'Aceitar e fechar — Accept and close', 'Saber mais — Learn more'],
  ['Fianáin ar an suíomh seo / Cookies on this site', 'Úsáidimid fianáin riachtanacha amháin gan do chead. We only set essential cookies without your consent.', 'Glac leo go léir · Accept all cookies', 'Diúltaigh · Reject non-essential'],
];

const FACT_HEADS = ['The place at a glance', 'KEY FACTS ABOUT THE PLACE', 'Fact file: the parish', 'In brief: the parish in numbers', 'Najważniejsze dane o porcie', 'Röviden a helyről', 'Fakta i korthet om stedet', 'A terra em números'];
const FACT_ROWS: readonly ((r: Random) => [string, string])[] = [
  (r) => ['First recorded in the parish', String(oldYear(r))],
  (r) => ['Where to find it', pick(r, ['Aldmouth, Cornwall', 'Stanwick, Northants', 'Vale de Ferreiros', 'Storsjön, Jämtland', 'Co. Galway, on the coast road'])],
  (r) => ['Souls at the census of 1901', `${between(r, 300, 9000).toLocaleString('en-GB')} souls`],
  (r) => ['Distance from open sea', `${between(r, 2, 40)} km by road`],
  (r) => ['Protection of the buildings', pick(r, ['listed Grade II in 1972', 'listed Grade II* in 1985', 'never listed, sadly', 'a scheduled monument since 1951'])],
  (r) => ['Extent of the land', `${between(r, 12, 900)} acres, more or less`],
  (r) => ['Can you visit?', pick(r, ['Sat–Sun, 10:00–16:00 in season', 'by appointment with the warden', 'April to October, weekends only', 'not at present'])],
  (r) => ['Nearest railway station', pick(r, ['Aldmouth Quay (closed 1964)', 'Marsh End Halt', 'Kettering (change for Stanwick)', 'Östersund C'])],
  (r) => ['Height above the sea', `${between(r, 3, 640)} m at the church door`],
];
const GLOSSARY_HEADS = ['Glossary of the trade', 'Hard words in this piece', 'Jargon buster: the old words', 'Słowniczek dawnych słów', 'What the old terms mean', 'Ordliste til saken'];
const GLOSSARY_ENTRIES = [
  'Pug mill — a machine that kneads clay before it is moulded',
  'Clamp: a heap of roots stored under straw and earth',
  'Net register tonnage — the cargo space of a ship, in units of 100 cubic feet',
  'Fäbod: a Swedish summer farm in the forest, where cattle were kept from June to September',
  'Singling — thinning young plants by hand to one in each place',
  'Tartakower Defence: a solid reply to the Queen’s Gambit, named after a Polish-French master',
  'Common metre (CM) — a stanza of four lines of 8, 6, 8 and 6 syllables',
  'Foundation place: a free school place awarded by examination',
  'Dornas — the wooden vats in which the must ferments',
  'Seanfhocal (pl. seanfhocail): an Irish proverb, literally “old word”',
  'Grazier — one who pays to graze stock on another’s land',
  'Lockrop: the herding call used to bring cattle home',
];

const WATERMARKS = ['UNCORRECTED PROOF', 'COPY — NOT FOR RESALE', 'D R A F T', 'Reference copy only', 'SPECIMEN', 'Property of the Marsh End Library', 'KOPIA ARCHIWALNA', 'Preview — purchase the full edition'];

export const VALIDATION_14 = {
  TOPICS: ['brickfields', 'steam packets', 'grazing marshes', 'programme notes', 'harvest hymns', 'mangolds', 'summer farms', 'chess clubs', 'co-operatives', 'grammar schools', 'old synagogues', 'thatchers', 'pilot cutters', 'corn exchanges', 'proverbs', 'sea walls'],
  LINK_SHAPES: [
    (a: string) => `What became of the ${a}?`,
    (a: string, b: string) => `From ${a} to ${b}: a walk through the archive`,
    (a: string, _b: string, n: number) => `${n + 3} things we learned about ${a}`,
    (a: string) => `Czytaj więcej: ${a}`,
    (a: string) => `${cap(a)} — olvasói levelek`,
    (a: string) => `Les også: ${a} på kysten`,
    (a: string) => `Veja também › ${a}`,
    (a: string, _b: string, n: number) => `Episode ${n % 9 + 1} — ${a}, remembered`,
    (a: string) => `Tuilleadh faoi ${a}`,
    (a: string) => `Photo essay | ${cap(a)} in the rain`,
    (a: string, b: string) => `${cap(a)} v ${b}: the letters page argues`,
  ],
  linkDate: (r: Random): string => pick(r, [() => `${between(r, 2, 11)} godz. temu`, () => `${between(r, 2, 9)} napja`, () => `for ${between(r, 2, 9)} dager siden`, () => `publicado há ${between(r, 2, 9)} dias na Ria`, () => `${day(r)}·${pad(between(r, 1, 12))}·${String(yr(r)).slice(2)}`])(),
  BYLINES: [
    (a: string, r: Random) => `Reported by ${a} for ${pick(r, OUTLETS)}`,
    (a: string, r: Random) => `Autor: ${a} · ${anyDate(r)}`,
    (a: string, r: Random) => `Szerző: ${a} | ${yr(r)}. ${pick(r, MONTHS_HU)} ${day(r)}.`,
    (a: string, r: Random) => `Skrevet av ${a}, publisert ${day(r)}. ${pick(r, MONTHS_NB)} ${yr(r)}`,
    (a: string, r: Random) => `Por ${a} em ${day(r)} de ${pick(r, MONTHS_PT)} de ${yr(r)}`,
    (a: string, r: Random) => `${a} (${pick(r, ['features desk', 'local history editor', 'our arts correspondent', 'guest contributor'])})`,
    (a: string, r: Random) => `By ${a} & ${pick(r, PEOPLE)} · ${between(r, 3, 22)}-minute read`,
  ],
  ALSO_AVAILABLE: [
    (l: string) => `Artykuł dostępny również w języku: ${l}`,
    (l: string) => `Ez a cikk ${l} nyelven is olvasható`,
    (l: string) => `Also published in ${l} ⇄`,
    (l: string) => `Leia em ${l.toLowerCase()} →`,
  ],
  LANGUAGES: ['Irish', 'Polish', 'Hungarian', 'Norwegian', 'Estonian', 'Manx', 'Slovene', 'Frisian'],
  WEB_NOTICES: [
    (l: string) => `Aistrithe ón ${l}: an fhoireann eagarthóireachta.`,
    () => 'Editor’s note: the photographs in this piece were supplied by readers.',
    () => 'Ten tekst ukazał się pierwotnie w kwartalniku Kurier Nadmorski.',
    () => 'Ez a cikk archív anyag, adatai nem frissülnek.',
    (l: string) => `Oversatt fra ${l.toLowerCase()} av redaksjonen.`,
    () => 'We have amended this story to correct a misspelt place name.',
  ],
  CAPTION_SHAPES: [
    (r: Random) => pick(r, V14_SUBJECTS),
    (r: Random) => `${pick(r, V14_SUBJECTS)}, about ${oldYear(r)}. Tap to zoom`,
    (r: Random) => `${pick(r, V14_SUBJECTS_OTHER)} (${oldYear(r)})`,
    (r: Random) => `▲ ${pick(r, V14_SUBJECTS)}`,
    (r: Random) => `${pick(r, V14_SUBJECTS)} ${credit14(r)}`,
    (r: Random) => `Image ${between(r, 2, 8)}/${between(r, 9, 15)}: ${pick(r, V14_SUBJECTS)}`,
  ],
  BASE_WEB_CAPTIONS: [(r: Random) => `${pick(r, V14_SUBJECTS_OTHER)} · ${credit14(r)}`, (r: Random) => credit14(r), (r: Random) => `${pick(r, V14_SUBJECTS)} (click for full size)`],
  PROMO_SHAPES: [
    (t: string) => `Polecamy: ${t}`,
    (t: string) => `Ajánljuk még › ${t}`,
    (t: string) => `Anbefalt lesning: ${t}`,
    (t: string) => `Leitura recomendada — ${t}`,
    (t: string) => `Léigh freisin: ${t}`,
    (t: string) => `YOU MIGHT HAVE MISSED ▸ ${t}`,
    (_t: string, _r: Random, topic: string) => `New this month: our walking map of ${topic}, free to download.`,
    () => 'Zapisz się do newslettera — raz w tygodniu, bez spamu.',
  ],
  promoBox: (r: Random): readonly string[] | undefined => {
    if (!chance(r, 0.45)) return undefined;
    return pick(r, [
      ['Prenumerata cyfrowa', 'Pierwszy miesiąc za 1 zł, potem 19,99 zł miesięcznie.', 'Zamawiam'],
      ['Fizessen elő most', 'Egy évre 9900 Ft, ajándék naptárral.'],
      ['Become a Friend of the Archive', 'Friends get the printed journal twice a year for £18.', 'Join today ›'],
      ['Bli abonnent', 'Les alt fra Kystposten for 49 kroner i måneden.'],
      ['Assine o Jornal da Ria', 'Três meses por 5 euros.', 'Assinar'],
    ]);
  },
  advert: (r: Random): readonly string[] => pick(r, [['Reklama — dalsza część tekstu poniżej'], ['Hirdetés · a cikk folytatódik'], ['Annonse ▾'], ['Publicidade · o artigo continua'], ['Fógra'], ['— Sponsored content ends —']]),
  APPEALS: [
    ['Wesprzyj archiwum portu w Helu', 'Nawet 10 zł miesięcznie pozwala zeskanować kolejną księgę.', 'Wspieram archiwum portu'],
    ['Támogassa a kikötői archívumot', 'Olvasóink nélkül nem létezne ez a helytörténeti lap.'],
    ['Keep the harbour archive open', 'Scanning one ledger costs £40. Sponsor a ledger today.', 'Sponsor a ledger ›'],
    ['Støtt kystarkivet i dag', 'Gi et bidrag til skanning av loggbøker med Vipps.'],
    ['Tacaigh le cartlann an chósta', 'Is carthanas beag muid ar an gcósta thiar. Cabhraigh linn na leabhair a scanadh.'],
  ],
  NAV_WORDS: ['Quayside', 'Marsh farming', 'Schoolrooms', 'Footlights', 'Sixty-four squares', 'Hymnody', 'Postbag', 'Old sayings', 'Almanac pages', 'Harbour ledgers', 'Coast paths', 'Voices on tape'],
  NAV_SHAPES: [
    (a: string) => `${a} »`,
    (a: string, b: string) => (a === b ? `${a} (all)` : `${a} ⇄ ${b}`),
    (a: string) => `More ${a.toLowerCase()} stories`,
    (a: string) => `${a.toUpperCase()} DESK`,
    (a: string, b: string) => `${a}, ${b.toLowerCase()} and more`,
  ],
  MENU: ['Strona główna › Historia', 'Címlap » Helytörténet', 'Forsiden / Kultur', 'Início · Memória', 'Baile › Stair', 'Skip to the story ⇣', 'Sections ≡ Marsh End', 'Log in · Create account', 'Search this site', 'E-paper', 'Shop 🛍', 'PL · HU · NO · EN'],
  SHARE: ['Prześlij znajomemu z Helu ➚', 'Küldje el a szomszédnak is ➚', 'Tips en nabo om saken ➚', 'Mandar à família pelo WhatsApp ➚', 'Seol chuig cara ón gcósta ➚', 'Email this to someone who remembers the harbour', 'Copy a link to this story of the marsh', 'Print a copy for the parish noticeboard', 'Bookmark this story for later ☆', 'Facebook ⁄ Bluesky ⁄ Post it to your parish group'],
  COMMENT_FORMS: [
    ['Podziel się wspomnieniem z portu', 'Adres e-mail zachowamy wyłącznie do kontaktu z redakcją.', 'Imię lub pseudonim', 'Wyślij wspomnienie'],
    ['Szóljon hozzá!', 'Hozzászóláshoz be kell jelentkeznie.'],
    ['Del ditt minne fra kysten', 'Du må være logget inn med Kystposten-konto for å kommentere.', 'Send inn minnet'],
    ['Deixe aqui a sua memória do cais', 'O endereço de email fica guardado só connosco.', 'Enviar a minha memória'],
    ['Add your memory of the harbour', 'Comments are pre-moderated and may take a day to appear.', 'Send my memory ›'],
  ],
  POPUPS: [
    'Włącz powiadomienia, aby nie przegapić nowych tekstów',
    'Feliratkozás értesítésekre',
    'Få varsler fra Kystposten?',
    'Quer receber notificações deste site?',
    'Download our app for offline reading ⤓',
    'Only 2 free reads left before the paywall this month',
  ],
  RELATED_HEADS: ['More from the harbour ledgers', 'Zobacz także w archiwum portu', 'Még több a kikötő múltjáról', 'Flere saker fra kystarkivet', 'Mais histórias da Ria', 'Tuilleadh ó chartlann an chósta'],
  LINK_LIST_HEADS: ['Najczęściej czytane', 'A legolvasottabb cikkek', 'Mest lest i dag', 'Os mais lidos da semana na Ria', 'Is mó a léadh', 'Popular on the site right now'],
  footer: (r: Random): readonly string[] =>
    pick(r, [
      [`© ${yr(r)} Marsh End Heritage Group. Registered charity 1172408.`, 'Terms · Privacy · Accessibility statement'],
      ['Regulamin · Polityka prywatności · Kontakt · RSS'],
      ['Impresszum | Adatkezelés | Médiaajánlat'],
      ['Personvern · Informasjonskapsler · Tips oss'],
      ['Estatuto editorial · Privacidade · Contactos'],
      ['Built on a shoestring in Aldmouth · Back to top ⇡'],
    ]),

  // ——— Shapes only this split draws (web) ———

  /** A cookie-consent banner worded in two languages at once: a head, the text, the buttons. */
  cookieBanner: (r: Random): readonly string[] => pick(r, COOKIE_PAIRS),
  /** An "Updated" line with a clock time and a time zone, set between the head and the text. */
  updated: (r: Random): string =>
    pick(r, [
      () => `Updated: ${clock(r)} ${zone(r)}, ${day(r)} ${pick(r, MONTHS_EN)} ${yr(r)}`,
      () => `Last updated ${pick(r, MONTHS_EN3)} ${day(r)}, ${yr(r)} ${between(r, 1, 12)}:${pad(between(r, 0, 59))} ${pick(r, ['AM', 'PM'])} ${zone(r)}`,
      () => `Aktualizacja: ${day(r)}.${pad(between(r, 1, 12))}.${yr(r)}, ${clock(r)} (${zone(r)})`,
      () => `Frissítve: ${yr(r)}.${pad(between(r, 1, 12))}.${pad(day(r))}. ${clock(r)} ${zone(r)}`,
      () => `Oppdatert ${day(r)}. ${pick(r, MONTHS_NB)} ${yr(r)} kl. ${clock(r)} ${zone(r)}`,
      () => `First published ${anyDate(r)} · updated ${clock(r)} ${zone(r)}`,
    ])(),
  /** A box of key facts scraped as a table, one cell a line: a head, then label and value in turn. */
  keyFacts: (r: Random): readonly string[] => {
    const rows = between(r, 3, 5);
    const lines = [pick(r, FACT_HEADS)];
    const used = new Set<number>();
    while (used.size < rows) used.add(between(r, 0, FACT_ROWS.length - 1));
    for (const k of used) lines.push(...FACT_ROWS[k]!(r));
    return lines;
  },
  /** A live blog's time stamps, in one style per page, each set on a line of its own above an entry. */
  liveStyle: (r: Random): ((minutes: number) => string) => {
    const style = between(r, 0, 4);
    const zoneOf = pick(r, ['BST', 'CET', 'GMT']);
    return (minutes) => {
      const h = 8 + Math.floor(minutes / 60);
      const m = pad(minutes % 60);
      return [`${pad(h)}:${m}`, `${h}.${m}`, `${pad(h)}:${m} ${zoneOf}`, `${h > 12 ? h - 12 : h}:${m}${h >= 12 ? 'pm' : 'am'}`, `● ${pad(h)}:${m}`][style]!;
    };
  },
  /** A sidebar's glossary box: a head, then two to four terms, each with a short definition. */
  glossary: (r: Random): readonly string[] => {
    const n = between(r, 2, 4);
    const start = between(r, 0, GLOSSARY_ENTRIES.length - 1);
    return [pick(r, GLOSSARY_HEADS), ...Array.from({ length: n }, (_, k) => GLOSSARY_ENTRIES[(start + k * 5) % GLOSSARY_ENTRIES.length]!)];
  },

  // ——— PDF extractions ———

  RUNNING_FOOTERS: [
    (page: number) => `Marsh End Occasional Papers No. 6 · p. ${page}`,
    (page: number) => `${page} ⁄ Transactions of the Western Shore Society`,
    (page: number) => `shorelines.ie/papers — ${page}`,
    (page: number) => `Zeszyty Nadmorskie 4 (${page})`,
  ],
  CAPTION_SUBJECTS: ['The east pier lights', 'A kiln being drawn', 'The marsh gate', 'The old lantern on the Gun Rock', 'A hat shop window', 'The fäbod at Storsjön', 'The drill hall on Fifth Street', 'Dornas in the adega'],
  CAPTION_TAILS: ['from a glass negative', 'shortly before demolition', 'photographed by a pupil', 'in the wet summer', 'lent by the family', 'date uncertain'],
  CAPTION_NOTES: ['the figure at left is the harbour master', 'compare the plan on p. 4', 'the kiln was demolished in 1961'],
  PAMPHLET_FURNITURE: [
    // A caption with its credit on the next line.
    { shape: (r: Random) => [pick(r, V14_SUBJECTS), credit14(r)], kinds: ['caption', 'credit'] },
    // A caption opening with an illustration number in another language.
    { shape: (r: Random) => [`${pick(r, ['Ryc.', 'Ábra', 'Fig.', 'Figura', 'Fíor'])} ${between(r, 1, 14)}. ${pick(r, V14_SUBJECTS)}`], kinds: ['caption'] },
    // A caption wrapped on a narrow measure beside the text.
    { shape: (r: Random, _p: string, t: PamphletTools14) => t.narrow(r, `${pick(r, V14_SUBJECTS)}, ${pick(r, ['as it was in', 'seen from the south in', 'on a postcard sent in'])} ${oldYear(r)}`), kinds: ['side caption'] },
    // A pull quote with a speaker line under it.
    {
      shape: (r: Random, p: string, t: PamphletTools14) => {
        const s = t.quoted(r, p);
        return s ? [...t.narrow(r, `“${s}”`), `— ${pick(r, ['a grazier, 1952', 'the harbour master', 'a former pupil', 'the prompter’s note'])}`] : undefined;
      },
      kinds: ['pull quote'],
    },
    // A map's title with its scale and a north arrow's letter.
    { shape: (r: Random) => [`${pick(r, ['Plan of Hollins Marsh', 'The port of Aldmouth', 'Mapa okolic portu', 'Vale de Ferreiros e arredores'])}`, `Scale 1:${pick(r, ['2500', '10 560', '25 000'])}`, 'N'], kinds: ['map'] },
  ] as readonly { shape: (r: Random, paragraph: string, tools: PamphletTools14) => readonly string[] | undefined; kinds: readonly Kind[] }[],
  PDF_BYLINES: [
    (a: string) => `Edited with an introduction by ${a}`,
    (a: string) => `Do druku przygotował(a): ${a}`,
    (a: string) => `Szerkesztette: ${a}`,
    (a: string, r: Random) => `${a}, ${pick(r, ['University of Galway', 'Uniwersytet Gdański', 'Universitetet i Bergen', 'Universidade de Aveiro'])}`,
  ],
  PDF_NOTICES: [
    () => 'Printed for the members of the Marsh End Heritage Group only',
    (r: Random) => `Wydanie ${between(r, 1, 4)}, poprawione`,
    () => 'Reprinted from the parish magazine by permission',
    (r: Random) => `ISSN ${between(r, 1000, 9999)}-${between(r, 100, 999)}X`,
    () => 'Ez a kiadvány a Nemzeti Kulturális Alap támogatásával készült.',
  ],

  // ——— Shapes only this split draws (PDF) ———

  /** A PDF parser's marker between pages: "-- 3 of 12 --". */
  pageMarker: (page: number, total: number): string => `-- ${page} of ${total} --`,
  /** How a numbered document prints its margin's line numbers: before the line or after it, after a run of spaces. */
  lineNumber: (r: Random): ((n: number, line: string) => string) => {
    const before = chance(r, 0.6);
    const gap = ' '.repeat(between(r, 2, 6));
    return (n, line) => (before ? `${String(n).padStart(2, ' ')}${gap}${line}` : `${line}${gap}${n}`);
  },
  /** A watermark word or phrase, the same on every page. */
  watermark: (r: Random): string => pick(r, WATERMARKS),
  /** A chart's text extracted as short lines: its title, tick values on one axis, labels on the other, the axis names. */
  axisLabels: (r: Random): readonly string[] => {
    const step = pick(r, [10, 20, 25, 50, 100, 500]);
    const ticks = Array.from({ length: between(r, 4, 6) }, (_, k) => String(k * step));
    const first = between(r, 1870, 1960);
    const years = Array.from({ length: between(r, 3, 6) }, (_, k) => String(first + k * pick(r, [5, 10])));
    const title = pick(r, ['Fig. 2 Tonnage entered, by decade', 'Chart 1. Pupils on the roll', 'Wykres 3. Połów w tonach', 'Yield per acre (tons)', '1. ábra: Termés évenként', 'Figure 4: Arrivals by month']);
    const lines = [title, ...ticks.reverse(), ...years];
    if (chance(r, 0.6)) lines.push(pick(r, ['Year', 'tons', 'Number of vessels', 'Rok', 'Év', 'per cent']));
    return lines;
  },
};
