/**
 * The eighteenth validation split's furniture wordings (`npm run eval -- --validation 18`): every
 * web and PDF furniture pool worded anew, for texts of its own (eval/texts-18), by a helper who read
 * neither the cleaner's rules nor any blind split's wordings. A BLIND SELECTION SET: scored, never
 * shown; no one writing cleaning rules may read this file.
 *
 * Its sources are a regional site for estuary and fen towns and a county library service's printed
 * and scanned papers; its other tongues are Norwegian, Turkish, Dutch, Portuguese, Polish and
 * Romanian. Shapes no earlier split drew: a reader view's host and reading-time lines at the top, a
 * metered paywall's counter above the text, an embedded video's controls, an "ask our assistant"
 * box with suggested questions, a fundraiser's progress lines, a previous/next pager with titles on
 * web pages; a journal archive's download line at every page's foot, a forwarded e-mail's header
 * over the first page, a word processor's placeholder prompts left in a form, a library's
 * "digitised by" line at every page's foot and a date-due slip after the text in PDFs. It also
 * words validations 16's and 17's shapes anew: weather strips, summary boxes, "back to top" lines,
 * star ratings, a priced promotion box, fax lines, disclosure numbers, an index of the text's names.
 */
import { between, cap, chance, pick, type Random } from './_random.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_NB = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const MONTHS_TR = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'];
const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const DAYS3 = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const yr = (r: Random): number => between(r, 2009, 2026);
const day = (r: Random): number => between(r, 1, 28);
const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (r: Random): string => `${pad(between(r, 0, 23))}:${pad(between(r, 0, 59))}`;

const PEOPLE = ['Wenna Polglaze', 'Osric Fairweather', 'Tuva Lindahl', 'Emre Karakaya', 'Saskia de Ridder', 'Joana Pimentel', 'Bronisław Kędzior', 'Ileana Mureșan', 'Fenella Quist', 'Amos Treloar'];
const PLACES = ['Wisbech', 'Sutton Bridge', 'Holbeach', 'Maldon', 'Brightlingsea', 'Tollesbury', 'Boston', 'Spalding', 'Burnham', 'Heybridge'];
const SITE = 'the Tidewater Chronicle';

export interface PamphletTools18 {
  quoted(r: Random, paragraph: string): string | undefined;
  narrow(r: Random, text: string): string[];
}
type Kind = 'caption' | 'credit' | 'figure number' | 'pull quote' | 'map' | 'side caption' | 'contents' | 'footer' | 'notice';

const SUBJECTS = [
  'Eel traps drying on the sea wall at Holbeach St Matthew',
  'The sluice keeper winding the gates at low water',
  'Samphire gatherers on the marsh in July',
  'A barge loading grain at the town quay',
  'Potato pickers resting in the drove',
  'The lifeboat house before the storm of 1953',
  'Osier beds cut for the basket makers',
  'A skating race on the flooded washes',
];

export const VALIDATION_18 = {
  TOPICS: ['sluices', 'drainage boards', 'samphire', 'barges', 'osiers', 'eel fishing', 'sea walls', 'tulip fields', 'skating', 'pumping stations', 'oyster beds', 'marsh churches', 'lighters', 'fen roads', 'wherries', 'decoys'],
  LINK_SHAPES: [
    (a: string) => `Tidewater explains: ${a}`,
    (a: string, b: string) => `From ${a} to ${b}, a tide table of memories`,
    (a: string, _b: string, n: number) => `${n} things the old fenmen knew about ${a}`,
    (a: string) => `Watch: ${a} at first light`,
    (a: string) => `Les ook: ${a} in de polder`,
    (a: string) => `Veja também — ${a}`,
    (a: string) => `Zobacz też: ${a} nad rzeką`,
    (a: string, b: string) => `Opinion | Why ${a} still shape ${b}`,
    (a: string) => `Les også: ${a} ved kysten`,
    (a: string) => `Ayrıca okuyun: ${a}`,
  ],
  linkDate: (r: Random): string => pick(r, [() => `${day(r)} ${pick(r, MON3)} ’${String(yr(r)).slice(2)}`, () => `posted ${between(r, 2, 11)} weeks back`, () => `${between(r, 2, 9)} gün önce`, () => `${between(r, 2, 8)} dagen geleden`])(),
  BYLINES: [
    (a: string, r: Random) => `Reporting by ${a} in ${pick(r, PLACES)}`,
    (a: string, r: Random) => `${a} ✦ ${pick(r, MONTHS)} ${day(r)}, ${yr(r)} ✦ ${SITE}`,
    (_a: string, r: Random) => `First published ${day(r)}/${between(r, 1, 12)}/${yr(r)} · amended ${day(r)}/${between(r, 1, 12)}/${yr(r)}`,
    (a: string, r: Random) => `Skrevet av ${a}, ${day(r)}. ${pick(r, MONTHS_NB)} ${yr(r)}`,
    (a: string, r: Random) => `Yazan: ${a} · ${day(r)} ${pick(r, MONTHS_TR)} ${yr(r)}`,
    (a: string, r: Random) => `Door ${a} — bijgewerkt ${day(r)} ${pick(r, MONTHS_NL)}`,
  ],
  ALSO_AVAILABLE: [(l: string) => `This report can also be read in ${l} ⇄`, (l: string) => `Switch to the ${l} edition`, (l: string) => `${l} translation by volunteers ›`],
  LANGUAGES: ['Norwegian', 'Turkish', 'Dutch', 'Portuguese', 'Polish', 'Romanian', 'Lithuanian'],
  WEB_NOTICES: [
    (l: string) => `Our ${l} readers: a summary of this story is on the community page.`,
    () => 'Denne artikkelen ble oppdatert etter publisering.',
    () => 'Bu haber ilk olarak basılı baskımızda yayımlandı.',
    () => 'Dit artikel verscheen eerder in de papieren krant.',
    () => 'Acest articol a fost actualizat după publicare.',
    () => 'Note from the desk: this piece has been edited for length since it went out in print.',
  ],
  CAPTION_SHAPES: [
    (r: Random) => pick(r, SUBJECTS),
    (r: Random) => `${pick(r, SUBJECTS)} (photo: ${pick(r, PEOPLE)})`,
    (r: Random) => `Tap to enlarge ⤢ ${pick(r, SUBJECTS)}`,
    (r: Random) => `${pick(r, SUBJECTS)}, about ${between(r, 1890, 1975)}. Fenland Library collection`,
    (r: Random) => `Foto: ${pick(r, PEOPLE)} / Tidewater`,
  ],
  BASE_WEB_CAPTIONS: [(r: Random) => `${pick(r, SUBJECTS)} | Archive picture`, (r: Random) => `Image ${between(r, 2, 9)} in the slideshow: ${pick(r, SUBJECTS).toLowerCase()}`],
  PROMO_SHAPES: [
    (t: string) => `Don’t miss ⟶ ${t}`,
    (t: string) => `Mer fra Tidewater: ${t}`,
    (t: string) => `İlginizi çekebilir: ${t}`,
    (t: string) => `Meer lezen? ${t}`,
    (_t: string, _r: Random, topic: string) => `Get our Friday tide letter on ${topic}, free, every week before the weekend.`,
    (_t: string, r: Random) => `Print subscribers save ${between(r, 15, 40)}% this month ▸ details`,
  ],
  /** A priced promotion block: a product, its prices, a call to order. */
  promoBox: (r: Random): readonly string[] | undefined => {
    if (!chance(r, 0.45)) return undefined;
    return pick(r, [
      () => ['From the Tidewater shop', `The Fen Calendar ${yr(r)}, twelve archive photographs`, `£${between(r, 9, 14)}.99 · two for £${between(r, 18, 24)}`, 'Add to basket ›'],
      () => ['Tide tables in your pocket', `Annual booklet £${between(r, 3, 6)}.50 plus postage`, 'Order by phone: 01945 000 418'],
      () => ['A Chronicle year as a present', `One year of the Chronicle in print, £${between(r, 40, 65)} (was £${between(r, 66, 80)})`, 'Buy as a gift ➝'],
      () => ['Abonnement aanbieding', `Drie maanden voor €${between(r, 5, 12)},-`, 'Nu afsluiten en direct lezen'],
    ])();
  },
  advert: (r: Random): readonly string[] => pick(r, [['ADVERTISING · STORY CONTINUES AFTER THIS'], ['Reklame ▾ saken fortsetter under'], ['Reklam — haber aşağıda devam ediyor'], ['Advertentie · lees verder onder de advertentie']]),
  APPEALS: [
    ['The Chronicle is run by volunteers', 'Twelve towns, no owners, no paywall. Keep it that way from £2 a month.', 'Become a Friend of the Chronicle'],
    ['Støtt lokaljournalistikken', 'Et bidrag på 50 kroner holder oss i gang.'],
    ['Bize destek olun', 'Bağımsız yerel habercilik okurlarıyla yaşar.', 'Hemen bağış yap ❤'],
  ],
  NAV_WORDS: ['Tides', 'Towns', 'Farming', 'Rivers', 'Churches', 'Schools', 'Letters', 'Obituaries', 'Sport', 'Archive', 'Walks', 'Notices'],
  NAV_SHAPES: [(a: string, b: string) => `${a} ⁄ ${b} ⁄ more`, (a: string) => `Open ${a.toLowerCase()} ⌄`, (a: string) => `Everything in ${a}`, (a: string, b: string) => `${a} + ${b.toLowerCase()} hub`],
  MENU: ['☰ All the sections', 'Tidewater Chronicle — Home', 'My Chronicle (sign in)', 'Search 14 towns’ news ⌕', 'EN · NO · TR · NL', 'Skip navigation ⤓', 'E-edition today ▤'],
  SHARE: ['Send to a neighbour ✉', 'Post this to Bluesky', 'Del denne saken på Facebook ↗', 'Haberi paylaş: WhatsApp', 'Deel via LinkedIn', 'Bluesky · Mastodon · Facebook · E-mail', 'Copy the short link tdwtr.example/a/7Q'],
  COMMENT_FORMS: [
    ['Have your say on this Chronicle story', 'Comments are checked by a volunteer before they appear, usually within a day.', 'Your name as it should appear', 'Send my comment to the desk ➤'],
    ['Skriv en kommentar til saken', 'Du må være innlogget for å kommentere.'],
    ['Bir yorum yazın ✎', 'E-posta adresiniz yayımlanmayacak.', 'Yorumu gönder'],
    ['Reageer op dit Tidewater-artikel', 'Log in met je Tidewater-account om te reageren.'],
  ],
  POPUPS: [
    'We use cookies to count readers in the fen towns. Fine by me / No thanks',
    'Informasjonskapsler: godta alle eller bare nødvendige',
    'Çerezleri kabul ediyor musunuz? Evet / Hayır',
    'Wij gebruiken cookies. Akkoord en doorgaan',
    'Turn on tide alerts for your town? Allow · Later',
  ],
  RELATED_HEADS: ['Further along the river', 'Also on the marsh this month', 'Mer fra samme sted', 'Bu konuda diğer haberler', 'Meer uit de polder'],
  LINK_LIST_HEADS: ['Most read across the fens today', 'Les mest lest', 'En çok okunanlar', 'Vandaag veel gelezen', 'Top of the tide: this week'],
  footer: (r: Random): readonly string[] =>
    pick(r, [
      [`© ${yr(r)} Tidewater Chronicle CIC, registered in England no. 0${between(r, 7000000, 9999999)}`, 'Privacy | Complaints | Corrections | Accessibility'],
      ['Personvern · Informasjonskapsler · Kontakt redaksjonen'],
      ['Gizlilik · Çerez politikası · Künye'],
      ['Printed by moonlight in Wisbech · RSS ⟳ · Back up ↑'],
    ]),

  // ——— PDF extractions ———

  RUNNING_FOOTERS: [
    (page: number) => `Fenland Papers, new series, no. 31  ·  ${page}`,
    (page: number) => `${page}  —  County Library Service occasional publication`,
    (page: number) => `Side ${page}  ·  Rapport fra fenlandsarkivet`,
    (page: number) => `Sayfa ${page} · Tidewater Yıllığı`,
  ],
  CAPTION_SUBJECTS: ['The pumping station at Pode Hole', 'Eel grigs on the bank', 'The tide mill', 'A fen lighter under sail', 'Osiers stacked for peeling', 'The sluice gates shut'],
  CAPTION_TAILS: ['photographed from the bank', 'in the great frost', 'on a postcard sent in 1911', 'before the sea wall was raised', 'copied from a glass negative'],
  CAPTION_NOTES: ['the engine house still stands', 'the man at the oars is unnamed', 'compare figure 4'],
  PAMPHLET_FURNITURE: [
    // A figure's number on a line of its own, its caption on the next.
    { shape: (r: Random) => [`Fig. ${between(r, 1, 6)}–${between(r, 2, 24)}`, pick(r, SUBJECTS)], kinds: ['figure number', 'caption'] },
    // A figure number and its caption in Norwegian or Turkish on one line.
    { shape: (r: Random) => [`${pick(r, ['Figur', 'Şekil', 'Afbeelding'])} ${between(r, 1, 19)}. ${pick(r, SUBJECTS)}`], kinds: ['caption'] },
    // A side caption on a narrow measure, opening on a direction.
    { shape: (r: Random, _p: string, t: PamphletTools18) => t.narrow(r, `${pick(r, ['Opposite:', 'Far left,', 'Overleaf:'])} ${pick(r, SUBJECTS).toLowerCase()}, lent by a reader in ${pick(r, PLACES)}`), kinds: ['side caption'] },
    // A caption and its lender's number.
    { shape: (r: Random) => [pick(r, SUBJECTS), `Lent by ${pick(r, PEOPLE)} · ref. FL/${between(r, 100, 999)}/${between(r, 1, 60)}`], kinds: ['caption', 'credit'] },
    // A pull quote between two rules of dashes.
    {
      shape: (r: Random, p: string, t: PamphletTools18) => {
        const s = t.quoted(r, p);
        return s ? ['— — —', ...t.narrow(r, s), '— — —'] : undefined;
      },
      kinds: ['pull quote'],
    },
    // A box of dates in the margin.
    { shape: (r: Random) => ['THE FENS AT A GLANCE', `${between(r, 1600, 1700)} · first drainage`, `${between(r, 1800, 1900)} · steam pumps`, `${between(r, 1940, 1960)} · the great flood`], kinds: ['side caption'] },
  ] as readonly { shape: (r: Random, paragraph: string, tools: PamphletTools18) => readonly string[] | undefined; kinds: readonly Kind[] }[],
  PDF_BYLINES: [(a: string) => `Compiled for the record by ${a}`, (a: string, r: Random) => `${a}, ${pick(r, ['County Library Service', 'Fenland Archive Trust', 'Nordlandsforskning, Bodø', 'Ankara Üniversitesi'])}`, (a: string) => `Utarbeidet av ${a}`],
  PDF_NOTICES: [
    () => 'Reproduced for private study under the library’s copying declaration',
    (r: Random) => `Ref. FLS/${yr(r)}/${between(r, 100, 999)} — please quote in any reply`,
    () => 'Bu belge yalnızca bilgi amaçlıdır.',
    (r: Random) => `Oplage ${between(r, 200, 900)} exemplaren, niet in de handel`,
  ],

  // ——— validation 18's own shapes, and validations 16's and 17's worded anew ———

  /** A browser's reader view: the site's host over the title, a reading time as a range. */
  readerView: (r: Random): string[] => {
    const lo = between(r, 3, 11);
    return pick(r, [() => ['tidewater-chronicle.example', `${lo}–${lo + between(r, 1, 3)} minutes`], () => [`www.tidewater-chronicle.example › ${pick(r, ['towns', 'tides', 'archive'])}`, `${lo}-${lo + 2} min read · Reader View`], () => ['tidewater-chronicle.example', `Lesetid ${lo}–${lo + 2} minutter`]])();
  },
  /** Validation 16's notices in other tongues worded anew: a line in Norwegian, Turkish, Dutch, Portuguese, Polish or Romanian under the head. */
  otherTongue: (r: Random): string =>
    pick(r, ['Denne saken er også publisert i papirutgaven vår.', 'Bu yazı okur katkısıyla hazırlanmıştır.', 'Dit verhaal is ook te beluisteren als podcast.', 'Esta reportagem foi atualizada às 9h40.', 'Tekst pochodzi z wydania drukowanego.', 'Acest material este disponibil și în limba română.']),
  /** A metered paywall's counter above the text. */
  meter: (r: Random): string[] => {
    const left = between(r, 1, 4);
    return pick(r, [
      () => [`You have ${left} free ${left === 1 ? 'story' : 'stories'} left this month.`, 'Subscribe for unlimited reading ›'],
      () => [`Story ${between(r, 2, 4)} of 5 free this month · Sign in or subscribe`],
      () => [`Du har ${left} gratis artikler igjen denne måneden.`],
      () => [`Bu ay ${left} ücretsiz haber hakkınız kaldı.`],
    ])();
  },
  /** An embedded video's leftovers: its title, its controls, a transcript link. */
  video: (r: Random, title: string): string[] => {
    const m = between(r, 1, 7);
    const s = pad(between(r, 0, 59));
    const lines = [`▶ Watch: ${title}`, `0:00 / ${m}:${s}`, pick(r, ['CC  ⚙  ⛶', 'Mute · Captions · Full screen', 'Lyd av · Undertekster'])];
    if (chance(r, 0.5)) lines.push(pick(r, ['Read the video transcript ↓', 'Video: Tidewater / Local TV partnership']));
    return lines;
  },
  /** An "ask our assistant" box with its suggested questions, one a line, and a disclaimer. */
  assistant: (r: Random, topic: string): string[] => {
    const qs = [`What happened to the ${topic} after the war?`, 'Who are the people named in this story?', `How do ${topic} work, in simple words?`, 'Summarise this article in three sentences', 'What is the timeline of events here?'];
    const chosen = qs.filter(() => chance(r, 0.6)).slice(0, 3);
    if (chosen.length === 0) chosen.push(qs[0]!);
    return [pick(r, ['Ask Tide, our reading assistant ✨', 'Questions about this story? Ask the assistant', 'Spør assistenten om saken']), ...chosen, pick(r, ['Answers are generated by AI and may contain mistakes.', 'Tide is experimental. Check important facts.'])];
  },
  /** A fundraiser's progress: raised against a goal, the supporters, the days left, a call. */
  fundraiser: (r: Random): string[] => {
    const goal = between(r, 4, 20) * 1000;
    const raised = Math.floor(goal * between(r, 20, 95) / 100);
    return [
      pick(r, ['Help us digitise the flood photographs', 'Save the Tidewater archive', 'Our winter appeal']),
      `£${raised.toLocaleString('en-GB')} raised of £${goal.toLocaleString('en-GB')} · ${Math.round((100 * raised) / goal)}%`,
      `${between(r, 30, 600)} supporters · ${between(r, 2, 40)} days to go`,
      pick(r, ['Chip in now ➜', 'Give £5 today ➜']),
    ];
  },
  /** A previous / next pager with the neighbouring stories' titles. */
  pager: (r: Random, titles: readonly string[]): string[] => {
    const [a, b] = titles;
    return chance(r, 0.5) ? ['← The story before this one', a!, 'The next story along →', b!] : [`‹ ${a}`, `${b} ›`];
  },
  /** Validation 17's weather strip worded anew: a town's tide and temperature above the menu. */
  weather: (r: Random): string[] => {
    const t = between(r, -3, 24);
    return pick(r, [
      () => [`${pick(r, PLACES)}  ${t}°C  ${pick(r, ['☁', '☀', '🌧', '🌬'])}  High water ${clock(r)}`],
      () => [`${pick(r, PLACES)} ${t}° · wind ${pick(r, ['NE', 'SW', 'W', 'E'])} ${between(r, 5, 40)} mph`, `Tides: HW ${clock(r)} · LW ${clock(r)}`],
      () => [`${pick(r, ['Mon', 'Tue', 'Wed'])} ${t}° ${pick(r, ['Thu', 'Fri', 'Sat'])} ${t + 2}° ${pick(r, ['Sun'])} ${t - 1}° — full forecast ›`],
    ])();
  },
  /** Validation 17's summary box worded anew: a label, its points one a line, a note on how it was made. */
  summaryBox: (r: Random, topics: readonly string[]): string[] => [
    pick(r, ['Key points', 'The story in short', 'Saken kort fortalt']),
    ...topics.map((t) => pick(r, [`• What it means for ${t}`, `• The cost of ${t}, and who pays`, `• ${cap(t)}: the next steps`])),
    pick(r, ['Points drafted by software and checked by an editor.', 'Dette sammendraget er laget med kunstig intelligens.']),
  ],
  /** Validation 16's "back to top" line worded anew. */
  backToTop: (r: Random): string => pick(r, ['Return to the top of the story ⤒', '⇧ Up to the headline', 'Til toppen av saken ↑', 'Başa dön ⌃', 'Terug naar boven ⇡']),
  /** Validation 17's star-rating row worded anew: the stars, the average, the count, a call. */
  rating: (r: Random): string[] => {
    const n = between(r, 2, 5);
    const stars = '✭'.repeat(n) + '✩'.repeat(5 - n);
    return [`Readers rate this story ${stars} ${n}.${between(r, 0, 9)}/5`, `${between(r, 3, 310)} ratings · Rate it yourself`];
  },
  /** Validation 17's fax line worded anew: the machine's header at each sheet's head. */
  faxLine: (r: Random): ((sheet: number, total: number) => string) => {
    const when = `${pick(r, DAYS3)} ${day(r)} ${pick(r, MON3)} ${yr(r) - 20} ${clock(r)}`;
    const from = pick(r, ['FENLAND LIB SVC', 'HOLBEACH DRAINAGE', 'COUNTY RECORD OFF']);
    const num = `01${between(r, 100, 999)} ${between(r, 100000, 999999)}`;
    const job = between(r, 100, 999);
    return (sheet, total) => `${when}  ${from}  TEL ${num}  No.${job}  P.${pad(sheet)}/${pad(total)}`;
  },
  /** Validation 17's disclosure (Bates) number worded anew: a bundle's prefix and a running number. */
  batesNumber: (r: Random): ((sheet: number) => string) => {
    const prefix = pick(r, ['TWC', 'FLS-B', 'HDB/']);
    const start = between(r, 1000, 90000);
    return (sheet) => `${prefix}${String(start + sheet).padStart(7, '0')}`;
  },
  /** Validation 16's back-of-book index worded anew: a head, then names with page numbers and "see" lines. */
  index: (r: Random, names: readonly string[]): string[] => [
    pick(r, ['General Index to the Papers', 'INDEX OF FENLAND NAMES AND PLACES', 'Register of persons']),
    ...names.map((n, k) => (k % 3 === 2 ? `${n}, see also ${names[k - 1]}` : `${n} · ${between(r, 2, 30)}, ${between(r, 31, 60)}${chance(r, 0.3) ? `–${between(r, 61, 64)}` : ''}`)),
  ],
  /** A journal archive's download line at every page's foot. */
  downloadLine: (r: Random): string[] => {
    const ip = `${between(r, 31, 212)}.${between(r, 0, 255)}.${between(r, 0, 255)}.${between(r, 1, 254)}`;
    const when = `${pick(r, DAYS3)}, ${day(r)} ${pick(r, MON3)} ${yr(r)} ${clock(r)}:${pad(between(r, 0, 59))} UTC`;
    return chance(r, 0.5) ? [`This content downloaded from ${ip} on ${when}`, 'All use subject to the Fenland Papers archive terms of use'] : [`Downloaded from fenlandpapers.example by guest on ${day(r)} ${pick(r, MONTHS)} ${yr(r)}`];
  },
  /** A forwarded e-mail's header printed over the document's first page. */
  emailHeader: (r: Random, title: string): string[] => {
    const from = pick(r, PEOPLE);
    const to = pick(r, PEOPLE);
    const lines = [`From: ${from} <${from.split(' ')[0]!.toLowerCase()}@fenland-lib.example>`, `Sent: ${pick(r, ['Monday', 'Tuesday', 'Thursday'])}, ${day(r)} ${pick(r, MONTHS)} ${yr(r)} ${clock(r)}`, `To: ${to}`, `Subject: FW: ${title.split(' ').slice(0, 6).join(' ')}`];
    if (chance(r, 0.5)) lines.push(`Attachments: scan_${between(r, 1000, 9999)}.pdf`);
    return lines;
  },
  /** A word processor's placeholder prompt left in a form between paragraphs. */
  placeholder: (r: Random): string => pick(r, ['Click or tap here to enter text.', 'Choose an item.', 'Click or tap to enter a date.', 'Klikk eller trykk her for å skrive inn tekst.', '[Type the reference number here]']),
  /** A library's "digitised by" line at every page's foot. */
  digitised: (r: Random): string => pick(r, [`Digitised by the County Library Service, ${yr(r) - 8}`, `Digitized by Fenland Archive Trust with support from the Heritage Fund`, `Scanned ${day(r)}/${between(r, 1, 12)}/${yr(r) - 6} · Fenland Library · for study only`]),
  /** A library book's date-due slip after the text. */
  dateDue: (r: Random): string[] => {
    const stamps = Array.from({ length: between(r, 2, 5) }, () => `${pad(day(r))} ${pick(r, MON3).toUpperCase()} ${between(r, 1968, 1999)}`);
    return [pick(r, ['DATE DUE', 'RETURN ON OR BEFORE THE LAST DATE SHOWN']), ...stamps, pick(r, [`Fines ${between(r, 2, 10)}p a day after the date shown`, 'Holbeach branch library · renew by telephone'])];
  },
};
