/**
 * The seventeenth validation split's furniture wordings (`npm run eval -- --validation 17`): every
 * web and PDF furniture pool worded anew by a helper who had read neither the cleaner's rules nor
 * the wordings of the held-out half or of validations 4, 5, 9, 11, 13, 14, 15 and 16. A BLIND
 * SELECTION SET, scored like the held-out half: its cases and lines are never shown, and no rule
 * may be keyed on its wordings.
 *
 * Its register: the Landward Ledger, a news site for rural parishes, islands and market towns, and
 * the papers a county's offices print (a records office's scans, a solicitor's faxed letters, a
 * council's controlled documents). Furniture in Italian, Hungarian, Finnish, Norwegian and Greek
 * beside English.
 *
 * Shapes no earlier split drew (each drawn in degrade.ts under `v17`): on web pages, a summary box
 * "generated automatically" with its points one a line, an "add to calendar" widget, a star-rating
 * row, a list of attachments with file types and sizes, a page's review dates and owner, a weather
 * strip above the menu, a row of emoji reactions; in PDFs, a word processor's formatting balloons
 * between paragraphs, a fax machine's transmission line at every page's head, a disclosure number
 * at every page's foot, a controlled document's footer ("uncontrolled when printed"), a form's
 * mark-reader ticks in the margin, a scan's specks as lines of dots and commas. And shapes that
 * validations 15 and 16 drew, worded anew: a proof reviewer's comments, a typesetter's slug line, a
 * stamp on several pages, a stray table, a picture's file name, a carousel's counters, an embedded
 * social post; registration marks, a "cite as" line, a back-of-book index, a cookie vendor list,
 * newsletter field labels, "back to top" lines.
 */
import { between, cap, chance, pick, type Random } from './_random.ts';

const MONTHS_EN = ['January', 'Feb.', 'March', 'Apr', 'May', 'June', 'Jul', 'August', 'Sept.', 'Oct', 'November', 'Dec'];
const MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const MONTHS_HU = ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'];
const MONTHS_FI = ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'];
const year = (r: Random): number => between(r, 2008, 2026);
const day = (r: Random): number => between(r, 1, 28);
const two = (n: number): string => String(n).padStart(2, '0');
const clock = (r: Random): string => `${two(between(r, 0, 23))}:${two(between(r, 0, 59))}`;
const dateEn = (r: Random): string => pick(r, [() => `${day(r)} ${pick(r, MONTHS_EN)} ${year(r)}`, () => `${pick(r, MONTHS_EN)} ${day(r)}, ${year(r)}`, () => `${two(day(r))}/${two(between(r, 1, 12))}/${year(r)}`])();
const dateIt = (r: Random): string => `${day(r)} ${pick(r, MONTHS_IT)} ${year(r)}`;
const dateHu = (r: Random): string => `${year(r)}. ${pick(r, MONTHS_HU)} ${day(r)}.`;
const dateFi = (r: Random): string => `${day(r)}. ${pick(r, MONTHS_FI)} ${year(r)}`;

const WRITERS = ['Morwenna Trebilcock', 'Ilkka Saarinen', 'Zsófia Bárány', 'Lorenzo Gatti', 'Aoife Kinsella', 'Theo Papadakis', 'Ingrid Solberg', 'Kwame Asante-Lloyd', 'Bethan Rhydderch', 'Dariusz Nowicki'];
const DESKS = ['Islands desk', 'Parish pump', 'Market towns', 'Weather & tides', 'Land and law', 'Old news', 'Letters'];
const SHOOTERS = ['Piers Ellacott', 'Réka Szalai', 'Sami Heikkinen', 'Chiara Bellini', 'Oisín Daly', 'Nikos Andreou'];
const LENDERS = ['the county record office', 'Kernow Image Bank', 'the island heritage centre', 'a reader, who asked not to be named', 'Archivio Fotografico Toscano', 'Fortepan', 'Museovirasto'];
const V17_SUBJECTS = [
  'The relief ferry alongside the old pier',
  'Slaters on the chapel roof in the frost',
  'A tasting table laid for the autumn list',
  'Residents measuring the lane with a surveyor’s wheel',
  'The feed store the morning after the fire',
  'A perry pear tree in full blossom',
  'Chanterelles in a birch-bark basket',
  'Harvest carts lined up outside the church',
  'The gravestone in the museum’s entrance hall',
  'Staves seasoning in the cooperage yard',
  'The hedge bank at the disputed boundary',
  'Mourners walking up from the chapel',
];

/** A picture credit as parish papers, agencies and archives print it, in several languages. */
const credit = (r: Random): string =>
  pick(r, [
    () => `Picture: ${pick(r, SHOOTERS)}`,
    () => `Foto di ${pick(r, SHOOTERS)}`,
    () => `Fotó: ${pick(r, LENDERS)}`,
    () => `Kuva: ${pick(r, SHOOTERS)}`,
    () => `With thanks to ${pick(r, LENDERS)}`,
    () => `IMAGE © ${pick(r, SHOOTERS).toUpperCase()}`,
    () => `Reproduced by permission of ${pick(r, LENDERS)}`,
  ])();

export interface PamphletTools17 {
  quoted(r: Random, paragraph: string): string | undefined;
  narrow(r: Random, text: string): string[];
}

const SITE = 'landwardledger.org.uk';

export const VALIDATION_17 = {
  TOPICS: ['island ferries', 'chapel roofs', 'boundary hedges', 'planning appeals', 'village fire crews', 'old orchards', 'the wine trade', 'mushroom foraging', 'harvest festivals', 'cooperage', 'museum stones', 'hill farming', 'lifeboat funds', 'flood zones', 'listed buildings', 'grant schemes'],
  LINK_SHAPES: [
    (a: string, b: string) => `What ${a} taught us about ${b}`,
    (a: string) => `Explained: who really pays for ${a}?`,
    (a: string, _b: string, n: number) => `${n} photographs of ${a} you have never seen`,
    (a: string) => `Leggi: ${a} e il paese che cambia`,
    (a: string) => `Olvasói levél: ${cap(a)} a mi falunkban`,
    (a: string, b: string) => `Pääkirjoitus: ${a} ja ${b}`,
    (a: string, b: string) => `Long read: the quiet war over ${a}, the families on both sides of it, and why ${b} turned out to matter more than anyone at the parish meeting expected`,
    (a: string, _b: string, n: number) => `${cap(a)}, part ${n}: the letters`,
    (a: string, _b: string, _n: number, r: Random) => `${cap(a)} ⟶ ${pick(r, ['Gallery', 'Audio', 'Q&A', 'From the print edition'])}`,
    (a: string) => `Is anyone still in charge of ${a}?`,
    (a: string, b: string, n: number) => `Council papers, item ${n}: ${a} and ${b}`,
  ],
  linkDate: (r: Random): string =>
    pick(r, [() => `${between(r, 2, 11)} h ago`, () => `${dateIt(r)} · ${pick(r, DESKS)}`, () => `megjelent ${dateHu(r)}`, () => `julkaistu ${dateFi(r)}`, () => `${between(r, 3, 19)} min read · ${between(r, 0, 48)} replies`])(),
  BYLINES: [
    (a: string, r: Random) => `Words: ${a} · Pictures: ${pick(r, SHOOTERS)}`,
    (a: string, r: Random) => `di ${a} — ${dateIt(r)}`,
    (a: string, r: Random) => `Szerző: ${a} | ${dateHu(r)}`,
    (a: string, r: Random) => `Kirjoittaja ${a}, ${dateFi(r)}`,
    (_a: string, r: Random) => `Filed under ${pick(r, DESKS)} · ${dateEn(r)} at ${clock(r)}`,
    (a: string, r: Random) => `${a.toUpperCase()} · ${pick(r, DESKS).toUpperCase()} CORRESPONDENT`,
    (_a: string, r: Random) => `Checked by ${pick(r, WRITERS)} on ${dateEn(r)}`,
    (a: string, r: Random) => `Shared with the Ledger by ${a}; edited by ${pick(r, WRITERS)}`,
  ],
  ALSO_AVAILABLE: [
    (l: string) => `Read this in ${l} ⇄`,
    (l: string) => `Languages ▸ English ▸ ${l}`,
    (l: string) => `Disponibile anche in ${l.toLowerCase()}`,
    (l: string) => `Olvassa el ${l.toLowerCase()} nyelven is`,
    (l: string) => `[${l.slice(0, 2).toUpperCase()}] version available`,
  ],
  LANGUAGES: ['Italian', 'Hungarian', 'Finnish', 'Norwegian', 'Greek', 'Cornish', 'Gaelic', 'Estonian'],
  WEB_NOTICES: [
    (l: string) => `This story was first told to us in ${l} and translated by a reader.`,
    () => 'Update: the parish council has since replied, and we have added its reply at the end.',
    () => 'Archive story: the facts are as they stood when it was written.',
    (l: string) => `Articolo tradotto dall’originale in ${l.toLowerCase()}.`,
    () => 'Clarification: an earlier headline gave the wrong parish.',
    () => 'Heads up: this piece mentions a death in the family.',
    () => 'Ez a cikk a nyomtatott kiadásban is megjelent.',
  ],
  CAPTION_SHAPES: [
    (r: Random) => `${pick(r, V17_SUBJECTS)} (${credit(r)})`,
    (r: Random) => `▲ ${pick(r, V17_SUBJECTS)}`,
    (r: Random) => `${pick(r, V17_SUBJECTS)}, ${between(r, 1890, 2024)} — tap to enlarge`,
    (r: Random) => `Nella foto: ${pick(r, V17_SUBJECTS).toLowerCase()}`,
    (r: Random) => `Kuvassa ${pick(r, V17_SUBJECTS).toLowerCase()}`,
    (r: Random) => `${pick(r, V17_SUBJECTS)}. ${credit(r)}`,
    (r: Random) => `${pick(r, V17_SUBJECTS)}; the building behind was pulled down in ${between(r, 1950, 2010)}`,
  ],
  BASE_WEB_CAPTIONS: [(r: Random) => `Pictured: ${pick(r, V17_SUBJECTS).toLowerCase()}`, (r: Random) => `${pick(r, V17_SUBJECTS)} ⤢`, (r: Random) => `Képünkön: ${pick(r, V17_SUBJECTS).toLowerCase()}`, (r: Random) => `${pick(r, V17_SUBJECTS)} (file picture)`],
  PROMO_SHAPES: [
    (t: string) => `MORE FROM THE LEDGER ▹ ${t}`,
    (t: string) => `Leggi anche → ${t}`,
    (t: string) => `Ezt is ajánljuk: ${t}`,
    (t: string) => `Lue myös: ${t}`,
    (t: string) => `Les også: ${t}`,
    (_t: string, _r: Random, topic: string) => `Care about ${topic}? Our Tuesday letter is free and has no adverts.`,
    () => 'Support local reporting: become a Ledger member for £3 a month.',
    (t: string) => `PICKED FOR YOU — ${t}`,
    (t: string, r: Random) => `${pick(r, ['Listen', 'Watch', 'Gallery'])} ⏵ ${t}`,
    () => 'Paid partnership · Plan a winter break on the islands',
  ],
  promoBox: (r: Random): readonly string[] | undefined => {
    if (!chance(r, 0.45)) return undefined;
    return pick(r, [
      ['THE TUESDAY LEDGER', 'Parish news, tide times and the week’s planning lists.', 'name@example.com', 'Yes, send it ›'],
      ['Iscriviti alla newsletter del Ledger', 'Ogni martedì le notizie dei paesi.', 'Sì, iscrivimi'],
      ['The Ledger Almanac 2025 is here', 'Tides, sunsets, fairs and fixtures for every parish, 96 pages.', 'Buy it at the shop →'],
      ['We are looking for parish correspondents', 'Tell us what happens in your village. No experience needed.'],
      ['✉ The Ledger in print', 'Six issues a year, posted to your door.', 'Subscribe to print'],
    ]);
  },
  advert: (r: Random): readonly string[] => pick(r, [['Pubblicità — continua sotto'], ['Hirdetés — a cikk alább folytatódik'], ['— ADVERT · STORY CONTINUES —'], ['Mainos', 'Sulje mainos ✕'], ['Sponsored content · why am I seeing this?']]),
  APPEALS: [
    ['The Ledger is free to read, but not free to make.', 'Two reporters cover 140 parishes between them.', 'A gift of any size keeps the parish pages going.', 'Give to the Ledger →'],
    ['STAND UP FOR LOCAL NEWS', 'For the price of a pint a month you can keep a reporter at the council meeting.', 'Join the Ledger’s supporters today.'],
    ['Sostieni il Ledger', 'Il giornalismo locale vive dei vostri contributi.', 'Dona ora'],
    ['Double your gift this week', 'A local trust will match every donation up to £5,000.', 'Make my gift count twice'],
    ['Támogassa a helyi újságírást', 'Minden adomány számít.'],
    ['You made it to the bottom of the page.', 'If the Ledger matters to your parish, please think about supporting it.', 'Supporters read the print edition free.'],
  ],
  NAV_WORDS: ['Parishes', 'Islands', 'Planning', 'Courts', 'Farming', 'Weather', 'Obituaries', 'Notices', 'Heritage', 'Food & drink', 'Sport', 'Letters'],
  NAV_SHAPES: [
    (a: string, b: string) => `${a} ❯ ${b} ❯ latest`,
    (a: string) => `Everything in ${a.toLowerCase()} ⇢`,
    (a: string, b: string) => `${a} / ${b.toLowerCase()} round-up`,
    (a: string) => `${a} by parish, A–Z`,
    (a: string) => `${a.toUpperCase()} THIS WEEK`,
    (a: string, b: string) => `New here? Try ${a.toLowerCase()} or ${b.toLowerCase()}`,
  ],
  MENU: ['Kezdőlap › Hírek', 'Home » Parishes » Notices', 'Etusivu | Uutiset', 'Notizie ▾', 'Forside · Lokalt', 'Find your parish ⌕', 'Skip to the story', '☰ Sections', 'Tide tables', 'Ledger shop', 'Donate ♡', 'Sign in / Register', 'Kernewek | English', 'E-paper edition'],
  SHARE: ['Condividi su Facebook ↗', 'Megosztás a Facebookon ↗', 'Jaa tämä juttu Facebookissa ↗', 'Del saken på Facebook', 'Send this story by email ✉', 'WhatsApp  Facebook  X  Email', 'Copy the link to this story ⎘', 'Print this story 🖶', 'Share to Bluesky ↗', 'Post this to Mastodon'],
  COMMENT_FORMS: [
    ['Lascia un commento', 'Il tuo indirizzo email non sarà pubblicato.', 'Nome *', 'Email (non sarà pubblicata) *', 'Pubblica il commento'],
    ['Szóljon hozzá a cikkhez!', 'Név (kötelező)', 'E-mail (nem jelenik meg)', 'Hozzászólás elküldése'],
    ['Have your say on this story below', 'Please keep it civil and on topic.', 'Tell me by email when there are new replies', 'Post my comment'],
    ['Sign in with your Ledger account to comment.'],
    ['Kommentoi juttua', 'Peruuta', 'Lähetä kommentti'],
    ['Comments are switched off for this story.'],
  ],
  POPUPS: [
    'Questo sito usa i cookie per migliorare la tua esperienza.',
    'Elfogadom az összes sütit',
    'OK, accept all cookies',
    'Manage my choices',
    'Tämä sivusto käyttää evästeitä.',
    'You have read 3 of your 4 free stories this month.',
    'Get breaking parish news as notifications? Allow · Not now',
    'Close ✕ and carry on reading',
  ],
  RELATED_HEADS: ['Altre notizie dal territorio', 'További hírek a környékről', 'Lisää aiheesta', 'More parish news', 'If you read one more thing today', 'Related stories ↓', 'Mer fra lokalsamfunnet'],
  LINK_LIST_HEADS: ['I più letti della settimana', 'Legolvasottabb', 'Luetuimmat', 'Most read in the parishes', 'Latest from the islands desk', 'Editor’s choice', 'Trending this week ↗'],
  footer: (r: Random): readonly string[] =>
    pick(r, [
      [`© ${between(r, 2010, 2026)} Landward Ledger Community Interest Company. Registered in England and Wales.`],
      ['Note legali · Privacy · Contatti'],
      ['Impresszum | Adatvédelem | Kapcsolat'],
      ['About the Ledger · Corrections · Complaints · Jobs', `CIC no. ${between(r, 10000000, 99999999)}`],
      ['Return to the top ⇑'],
    ]),

  // ——— PDF extractions ———

  RUNNING_FOOTERS: [
    (page: number) => `County Record Office Occasional Papers, no. 17 · page ${page}`,
    (page: number) => `— ${page} —  Landward Ledger Annual`,
    (page: number) => `Pagina ${page}`,
    (page: number) => `Parish Magazine · Harvest Number · ${page}`,
    (page: number) => `${page} / Tördemici Hírek`,
  ],
  CAPTION_SUBJECTS: ['The relief ferry', 'A perry pear orchard', 'The drying shed', 'Slate courses on the north slope', 'The coopers’ yard', 'The stele before cleaning', 'A harvest cart', 'The hedge and ditch'],
  CAPTION_TAILS: ['winter of 1963', 'from a glass negative', 'looking north', 'before the refit', 'redrawn for this paper', 'by an unknown hand'],
  CAPTION_NOTES: ['the ditch has since been filled', 'the man on the right is the donor’s grandfather', 'see Plate IV'],
  pdfCredit: (r: Random): string | undefined => (chance(r, 0.45) ? credit(r) : undefined),
  PAMPHLET_FURNITURE: [
    { shape: (r: Random) => [`Plate ${pick(r, ['I', 'II', 'III', 'IV', 'V', 'VI'])}`, pick(r, V17_SUBJECTS)], kinds: ['figure number', 'caption'] },
    { shape: (r: Random) => [`${pick(r, V17_SUBJECTS)}. By courtesy of ${pick(r, LENDERS)}.`], kinds: ['caption'] },
    { shape: (r: Random) => [pick(r, V17_SUBJECTS), credit(r)], kinds: ['caption', 'credit'] },
    { shape: (r: Random) => [`Kép ${between(r, 1, 9)}. ${pick(r, V17_SUBJECTS)}`], kinds: ['caption'] },
    { shape: (r: Random) => [`Table ${between(r, 1, 5)}: Costs by item, ${between(r, 2019, 2025)} (£)`, `Source: ${pick(r, ['contractor’s schedule', 'trust accounts', 'council returns'])}`], kinds: ['figure number', 'credit'] },
    {
      shape: (r: Random, p: string, t: PamphletTools17) => {
        const s = t.quoted(r, p);
        return s ? [...t.narrow(r, `‹ ${s} ›`)] : undefined;
      },
      kinds: ['pull quote'],
    },
    {
      shape: (r: Random, p: string, t: PamphletTools17) => {
        const s = t.quoted(r, p);
        return s ? [...t.narrow(r, `“${s}”`), `— ${pick(r, WRITERS)}, ${pick(r, ['interviewed 2019', 'at the parish meeting', 'in a letter to the Ledger', 'recorded on the quay'])}`] : undefined;
      },
      kinds: ['pull quote'],
    },
    { shape: (r: Random) => [`Map ${between(r, 1, 6)}. The ${pick(r, ['ferry routes', 'orchards surveyed', 'flood zone', 'boundary in dispute'])}`, `Legend: ${pick(r, ['◆ site', '○ tree', '▬ hedge'])}  ${pick(r, ['--- path', '≈≈ river', '+++ parish boundary'])}`], kinds: ['map'] },
    { shape: (r: Random) => [`Scale 1:${pick(r, ['2500', '10 000', '25 000'])}   N ↑`, `After ${pick(r, ['the tithe map of 1840', 'OS County Series, 1884', 'the enclosure award, 1802'])}`], kinds: ['map'] },
    { shape: (r: Random, _p: string, t: PamphletTools17) => t.narrow(r, `${pick(r, V17_SUBJECTS)}. Readers of the Ledger lent most of these pictures, and the Society thanks every lender in Appendix C.`), kinds: ['side caption'] },
  ] as readonly { shape: (r: Random, paragraph: string, tools: PamphletTools17) => readonly string[] | undefined; kinds: readonly ('caption' | 'credit' | 'figure number' | 'pull quote' | 'map' | 'side caption')[] }[],
  PDF_BYLINES: [
    (a: string, r: Random) => `${a} ¹ and ${pick(r, WRITERS)} ²`,
    (a: string) => `Compiled for the Society by ${a}`,
    (a: string, r: Random) => `${a.toUpperCase()} (${pick(r, ['Università di Pisa', 'Helsingin yliopisto', 'Pécsi Tudományegyetem', 'independent researcher'])})`,
    (a: string) => `Text established and annotated by ${a}`,
    (a: string) => `From the papers of ${a}`,
  ],
  PDF_NOTICES: [
    () => 'Printed for private circulation among members of the Society',
    (r: Random) => `Submitted ${day(r)} ${pick(r, MONTHS_EN)} ${year(r)}; revised ${day(r)} ${pick(r, MONTHS_EN)} ${year(r)}`,
    () => 'Opinions expressed here are those of the contributors and not of the Society.',
    () => 'Released under CC BY-SA 4.0; please credit the Society.',
    () => 'Copied from the carbon in the office file; errors of the original kept.',
    (r: Random) => `ISSN ${between(r, 1000, 9999)}-${between(r, 1000, 9999)}`,
    () => 'Draft for comment — please do not quote',
  ],

  // ——— Shapes of this split's own (web) ———

  /** A summary box "generated automatically" above the text, its points one a line. */
  summaryBox: (r: Random, topics: readonly string[]): readonly string[] => {
    const head = pick(r, ['Key points (summary generated automatically)', 'AI summary ✦', 'In brief — created with an automated tool and checked by an editor', 'Riassunto automatico', 'Gyors összefoglaló']);
    const points = topics.map((t) => pick(r, [`• Why ${t} matter to the parish`, `• What happens next with ${t}`, `• The numbers behind ${t}`, `• Who decides about ${t}`]));
    const tail = pick(r, ['Was this summary useful? 👍 👎', 'Summaries can make mistakes.', 'Show full summary ▾']);
    return [head, ...points, tail];
  },
  /** An "add to calendar" widget's leftovers after an event's paragraph. */
  calendar: (r: Random): readonly string[] =>
    pick(r, [
      ['📅 Add to calendar', 'Google · Outlook · Apple · .ics'],
      ['Aggiungi al calendario ▾'],
      ['+ Add this event to my calendar', 'Remind me 1 day before'],
      ['Naptárhoz adás', 'Google Naptár | iCal'],
    ]),
  /** A star-rating row and its count. */
  rating: (r: Random): readonly string[] => {
    const stars = between(r, 2, 5);
    const lines = [`${'★'.repeat(stars)}${'☆'.repeat(5 - stars)} ${stars}.${between(r, 0, 9)} (${between(r, 3, 240)} ratings)`];
    if (chance(r, 0.6)) lines.push(pick(r, ['Rate this story', 'How useful was this? Tap a star', 'Valuta questo articolo', 'Arvioi juttu']));
    return lines;
  },
  /** A list of attachments: a head, then each file with its type and size. */
  attachments: (r: Random, title: string): readonly string[] => {
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 24).replace(/-$/, '');
    const files = [`${slug}.pdf`, `${pick(r, ['plan', 'schedule', 'letter', 'map', 'minutes'])}-${between(r, 1, 9)}.${pick(r, ['pdf', 'docx', 'xlsx'])}`, `${pick(r, ['appendix-a', 'photos', 'response'])}.${pick(r, ['pdf', 'zip'])}`];
    const size = (): string => (chance(r, 0.5) ? `${between(r, 40, 980)} KB` : `${between(r, 1, 9)}.${between(r, 0, 9)} MB`);
    const head = pick(r, ['Attachments', 'Downloads', 'Documents for this story', 'Allegati', 'Letöltések']);
    return [head, ...files.slice(0, between(r, 2, 3)).map((f) => pick(r, [`${f} (${size()})`, `⤓ ${f} · ${size()}`, `${f} — ${f.split('.').pop()!.toUpperCase()}, ${size()}`])), ...(chance(r, 0.4) ? ['Download all (ZIP)'] : [])];
  },
  /** A page's review dates and owner, as public bodies print under the text. */
  reviewDates: (r: Random): readonly string[] =>
    pick(r, [
      [`Page last reviewed: ${dateEn(r)}`, `Next review due: ${dateEn(r)}`],
      [`Last checked ${dateEn(r)} by the ${pick(r, DESKS)}`, `Report a problem with this page: corrections@${SITE}`],
      [`Content owner: ${pick(r, ['Islands desk', 'Corrections editor', 'Community team'])}`, `Reviewed ${dateEn(r)}`, `Version ${between(r, 2, 9)}.${between(r, 0, 9)}`],
      [`Ultima revisione: ${dateIt(r)}`],
    ]),
  /** A weather strip above the menu. */
  weather: (r: Random): readonly string[] => {
    const place = pick(r, ['Portnahaven', 'Penzance', 'Tördemic', 'Kuopio', 'Ashcombe', 'Longney']);
    const lines = [`${place} ${between(r, -3, 24)}°C ${pick(r, ['☀', '☁', '🌧', '⛅', '🌫'])} ${pick(r, ['Wind SW 18 mph', 'Light winds', 'Gusts 40 mph', 'Tuuli 6 m/s'])}`];
    if (chance(r, 0.5)) lines.push(pick(r, [`High water ${clock(r)} · Low water ${clock(r)}`, `Sunrise ${clock(r)} Sunset ${clock(r)}`, '5-day forecast ›']));
    return lines;
  },
  /** A row of emoji reactions with counts. */
  reactions: (r: Random): string =>
    pick(r, [() => `👍 ${between(r, 1, 90)}  ❤️ ${between(r, 0, 40)}  😢 ${between(r, 0, 12)}`, () => `React: 👏 ${between(r, 0, 50)} · 😮 ${between(r, 0, 9)} · 😡 ${between(r, 0, 5)}`, () => `${between(r, 2, 300)} reactions`])(),

  // ——— validation 15's and 16's shapes, worded anew (web) ———

  /** A picture's file name and its alt text left as lines. */
  imageFile: (r: Random): readonly string[] => {
    const name = pick(r, [() => `DSC_${between(r, 1000, 9999)}.JPG`, () => `PXL_2024${two(between(r, 1, 12))}${two(day(r))}_${between(r, 100000, 999999)}.jpg`, () => `ledger-${pick(r, ['ferry', 'orchard', 'roof', 'hedge', 'fire'])}-${between(r, 1, 40)}-scaled.webp`, () => `Screenshot ${year(r)}-${two(between(r, 1, 12))}-${two(day(r))} at ${clock(r)}.png`])();
    return chance(r, 0.5) ? [name] : [name, `alt: ${pick(r, V17_SUBJECTS).toLowerCase()}`];
  },
  /** A carousel's leftovers: arrows and a counter, a slide's title, dots. */
  carousel: (r: Random, titles: readonly string[]): readonly string[] => {
    const total = between(r, 4, 9);
    const at = between(r, 1, total);
    return [pick(r, ['‹ Prev', '←', '◀ Previous slide']), `${at} ⁄ ${total}`, titles[0]!, pick(r, ['Next ›', '→', 'Next slide ▶']), '◦ • ◦ ◦ ◦ ◦'.slice(0, 2 * between(r, 3, 5) + 1)];
  },
  /** An embedded social post: the handle, the post, the date, the counts. */
  socialPost: (r: Random, topic: string): readonly string[] => {
    const who = pick(r, ['@IslandFerryWatch', '@ashcombe_parish', '@tordemic_szuret', '@kuopionsienet', '@harlan_vfd']);
    return [
      pick(r, [`${who.slice(1).replace(/_/g, ' ')} ${who}`, `${who} · Follow`]),
      pick(r, [`Big turnout tonight to talk about ${topic}. Thanks all 🙏`, `Update on ${topic}: more soon #localnews`, `Photos from today — ${topic} 📸`]),
      `${clock(r)} · ${dateEn(r)}`,
      pick(r, [`${between(r, 2, 80)} Reposts  ${between(r, 5, 400)} Likes`, `♡ ${between(r, 3, 500)}   ↻ ${between(r, 1, 60)}   💬 ${between(r, 0, 30)}`, 'View on Instagram']),
    ];
  },
  /** A cookie dialog's vendors, one a line with its switch. */
  vendorList: (r: Random): readonly string[] => {
    const vendors = ['Meridian Ad Exchange Ltd', 'Brightpath Analytics GmbH', 'Copperline Media BV', 'Northgate Audience Inc.', 'Kestrel Measurement Oy', 'Solvik Data AB', 'Pinecrest Cloud', 'Harbourlight Partners'];
    const chosen = vendors.filter(() => chance(r, 0.6)).slice(0, 6);
    while (chosen.length < 3) chosen.push(pick(r, vendors));
    return [pick(r, ['Our partners (142)', 'Vendors we work with', 'Partner pubblicitari']), ...chosen.map((v) => pick(r, [v, `${v}  ◉ On`, `${v} — Legitimate interest ⓘ`])), pick(r, ['Save and close', 'Reject all · Accept all'])];
  },
  /** A newsletter form's field labels, one a line. */
  signupFields: (r: Random): readonly string[] =>
    pick(r, [
      ['Get the Tuesday Ledger', 'Your given name', 'Your surname', 'Email address', 'Which parish? (optional)', 'Sign me up, please'],
      ['Newsletter del Ledger', 'Nome', 'Cognome', 'Il tuo indirizzo di posta', 'Acconsento al trattamento dei dati', 'Iscriviti ora'],
      ['Stay in touch', 'Your email *', 'Your postcode', 'I have read the privacy notice', 'Subscribe me'],
    ]),
  /** A "back to top" line. */
  backToTop: (r: Random): string => pick(r, ['⇡ Back to the top', 'Return to contents ↑', 'Torna su ▲', 'Vissza az elejére', 'Alkuun ↑']),

  // ——— Shapes of this split's own (PDF) ———

  /** A word processor's formatting balloons, exported as lines between paragraphs. */
  formatting: (r: Random): string =>
    pick(r, [
      () => `Formatted: Font: ${pick(r, ['11 pt', '12 pt, Bold', 'Garamond', 'Not Italic'])}`,
      () => `Formatted: Indent: Left: ${between(r, 0, 3)}.${between(r, 0, 9)} cm, First line: 0 cm`,
      () => `Deleted: ${pick(r, ['the', 'and', 'whole', 'on behalf of'])}`,
      () => 'Formatted: Justified, Space After: 6 pt',
      () => `Moved (insertion) [${between(r, 1, 6)}]`,
      () => 'Formatted: English (United Kingdom)',
    ])(),
  /** A fax machine's transmission line at the head of each page. */
  faxLine: (r: Random): ((page: number, pages: number) => string) => {
    const when = `${two(day(r))}/${two(between(r, 1, 12))}/${String(year(r)).slice(2)} ${clock(r)}`;
    const from = `${pick(r, ['01736', '01872', '01452', '01209'])} ${between(r, 100, 999)}${between(r, 100, 999)}`;
    const style = between(r, 0, 2);
    return (page, pages) =>
      style === 0
        ? `${when}  FROM: ${from}  TO: ${pick(r, ['01736 552 018', '01872 260 441'])}  P.${String(page).padStart(3, '0')}/${String(pages).padStart(3, '0')}`
        : style === 1
          ? `${when} FAX ${from} ${pick(r, ['TREMAYNE BOLITHO', 'COUNTY OFFICES', 'PROSSER & SON'])} PAGE ${page}`
          : `Received: ${when}   Fax: ${from}   p. ${page} of ${pages}`;
  },
  /** A disclosure number at each page's foot. */
  batesNumber: (r: Random): ((page: number) => string) => {
    const prefix = pick(r, ['TBK', 'MLR', 'HVFD', 'CRO-DISC']);
    const start = between(r, 100, 4000);
    const style = between(r, 0, 1);
    return (page) => (style === 0 ? `${prefix}${String(start + page).padStart(6, '0')}` : `${prefix}-${String(start + page).padStart(5, '0')}  CONFIDENTIAL`);
  },
  /** A controlled document's footer. */
  controlFooter: (r: Random): ((page: number, pages: number) => string) => {
    const ref = `${pick(r, ['QP', 'OPS', 'DOC', 'HS'])}-${between(r, 10, 99)} rev ${pick(r, ['A', 'B', 'C', '3', '7'])}`;
    const style = between(r, 0, 1);
    return (page, pages) => (style === 0 ? `${ref} | Page ${page} of ${pages} | Uncontrolled when printed` : `Printed copies are uncontrolled. ${ref}. Printed ${two(between(r, 1, 28))}/${two(between(r, 1, 12))}/2024. ${page}/${pages}`);
  },
  /** A form's mark-reader ticks in the margin (a run of bars and squares). */
  omrMarks: (r: Random): string => pick(r, ['▮ ▮▮ ▮ ▮▮▮', '■ ■ ■■ ■', '▬ ▬ ▬▬ ▬ ▬', '| || | ||| |']),
  /** A scan's specks read as a line of dots and commas. */
  specks: (r: Random): string => pick(r, ['. ,', '· . ·', "' . ,  .", ', ·', '.  .   ,']),

  // ——— validation 15's and 16's shapes, worded anew (PDF) ———

  /** A proof reviewer's comment, exported with its author and date. */
  reviewerComment: (r: Random, n: number): string =>
    pick(r, [
      () => `[Comment ${pick(r, ['MT', 'RH', 'JK', 'LO'])}${n}]: ${pick(r, ['check this figure against the schedule', 'should this be capitalised?', 'source for this?', 'query: date of the meeting'])}`,
      () => `Comment [${pick(r, ['Rosalind', 'Alun Beynon', 'Ed.'])}] ${dateEn(r)}: ${pick(r, ['move up?', 'too long — cut?', 'agree', 'house style: numbers'])}`,
      () => `Commento (${pick(r, ['LG', 'CB'])}, ${dateIt(r)}): ${pick(r, ['verificare', 'da tagliare?'])}`,
    ])(),
  /** A typesetter's slug line: file name, page, date and time. */
  slugLine: (r: Random, title: string): ((page: number) => string) => {
    const file = `${title.toLowerCase().replace(/[^a-z]+/g, '_').slice(0, 18)}_v${between(r, 2, 9)}.indd`;
    const when = `${two(day(r))}/${two(between(r, 1, 12))}/${year(r)} ${clock(r)}`;
    return (page) => `${file}   ${page}   ${when}`;
  },
  /** A stamp the scanning office set on several pages. */
  stamp: (r: Random): string => pick(r, ['COUNTY RECORD OFFICE — COPY FOR RESEARCH ONLY', 'RECEIVED 14 NOV 2024 PLANNING DEPT', 'ARCHIVIO STORICO · COPIA', 'NOT TO BE REMOVED FROM THE SEARCH ROOM']),
  /** A stray table's rows with columns as runs of spaces. */
  tableRows: (r: Random): readonly string[] => {
    const head = pick(r, ['Item        Qty     Rate      Total', 'Parish         2019    2020    2021', 'Vessel            Cars   Passengers']);
    const n = head.split(/\s{2,}/).length;
    const rows = Array.from({ length: between(r, 2, 4) }, () => [pick(r, ['Scaffold', 'Longney', 'Eilean Mòr', 'Battens', 'Ashby', 'Lead']), ...Array.from({ length: n - 1 }, () => String(between(r, 2, 900)))].join(' '.repeat(between(r, 3, 8))));
    return [head, ...rows];
  },
  /** Registration marks and a colour bar at a page's foot. */
  printerMarks: (r: Random): readonly string[] => pick(r, [['⌖', 'C 100 · M 100 · Y 100 · K 100'], ['⌖            ⌖'], ['Colour bar  25%  50%  75%  100%', '⌖']]),
  /** A "cite as" line at every page's foot. */
  citeLine: (r: Random, title: string, author: string): ((page: number) => string) => {
    const short = title.split(' ').slice(0, 6).join(' ');
    const y = year(r);
    return pick(r, [(page: number) => `To cite: ${author}, “${short}…”, Ledger Papers ${y}, p. ${page}.`, (page: number) => `Citare come: ${author} (${y}), ${short}, p. ${page}`]);
  },
  /** A back-of-book index of the text's own names. */
  index: (r: Random, names: readonly string[]): readonly string[] => [pick(r, ['Names and places', 'Index (names, places)', 'Indice dei nomi', 'Henkilöhakemisto']), ...names.map((n) => `${n} ${'.'.repeat(between(r, 3, 9))} ${between(r, 1, 9)}${chance(r, 0.4) ? `–${between(r, 10, 14)}` : ''}`)],
};
