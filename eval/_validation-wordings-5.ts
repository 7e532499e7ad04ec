/**
 * The fifth validation split's furniture wordings (`npm run eval -- --validation 5`): every web
 * and PDF furniture pool worded anew by a helper who read neither the cleaner's rules nor the
 * held-out wordings, in the voices of many kinds of source (news sites, blogs, magazines, union
 * and party papers, academic repositories, archive scans, pamphlets of the 1930s to 1980s, NGO
 * reports), some of their interface strings in German, French or Welsh as such sites set them.
 * Shapes of its own that real pages and PDFs carry and validations 3 and 4 do not draw: a photo
 * essay's numbered captions, captions of two sentences, credits keyed to a caption by a footnote
 * mark, newsletter boxes with a form's labels and button, cookie banners of several lines, "share"
 * heads with one network name a line, a numbered "most read" list, an author's biography after
 * the text; in PDF extractions a masthead's volume and issue line or an archive's scan stamp above
 * the title, a repository's download stamp at each page's foot, a shortened title as the running
 * head of odd pages, and a publisher's and printer's colophon after the text.
 * A blind check: nobody debugs on it, and a rule keyed on its wordings is a defect.
 * No pool falls back to another split's list: every furniture line this split draws is its own.
 */
import { between, cap, chance, pick, type Random } from './_random.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const ordinal = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const two = (n: number): string => String(n).padStart(2, '0');
const date = (r: Random): string =>
  pick(r, [
    () => `${between(r, 2002, 2025)}·${two(between(r, 1, 12))}·${two(between(r, 1, 28))}`,
    () => `${between(r, 1, 28)}.${pick(r, ROMAN_MONTHS)}.${between(r, 2002, 2025)}`,
    () => `${ordinal(between(r, 1, 28))} of ${pick(r, MONTHS)}, ${between(r, 2002, 2025)}`,
    () => `${pick(r, MONTHS).slice(0, 3).toUpperCase()} ${two(between(r, 1, 28))} ${between(r, 2002, 2025)} – ${two(between(r, 6, 22))}:${two(between(r, 0, 59))} BST`,
  ])();
const WRITERS = ['Marguerite Olawale', 'Cathal Brennock', 'Ingrid Sæther', 'Hamish Lowrie-Pratt', 'Zofia Wróblewska', 'E. M. Tulloch', 'Ravinder Kaur Sandhu', 'Fenella Gaunt', 'Osei Acheampong'];
const HANDLES = ['redclydeside', 'archive_rat', 'minutebook', 'picketline_pix', 'oldtradeshistory', 'leftbankpress'];
const PHOTOGRAPHERS = ['Jolyon Pike', 'Ewa Dąbrowska', 'Marcus Ndlovu', 'Hester Quayle', 'Bryn Gethin'];
const BRANCHES = ['Hackney No. 4 branch', 'the Dundee Trades Council', 'the Sheffield Women’s Guild', 'Cardiff Docks branch', 'the Leith & District committee'];
const ORGS = ['the Fair Wages Campaign', 'Labour Research Collective', 'the Tenants’ Federation', 'the Working Lives Trust', 'Clydeside Left Books'];
const ADDRESSES = ['14 Quarry Row, Sheffield S3 8PL', '2a Bridge Street, Dundee', 'Unit 6, Canal Works, Leeds LS11', '37 Grays Inn Buildings, London WC1', 'PO Box 211, Cardiff CF1'];
const PRINTERS = ['Blackfriars Press Ltd', 'the Co-operative Printing Society', 'Hillside Litho', 'Caxton & Holmes', 'Spa Printers'];
const HOSTS = ['eprints.northmoor.ac.uk', 'digital.labourarchive.org', 'repository.fenwick.edu', 'core.dockside-research.net'];
const SUBJECTS = [
  'Dockers waiting at the call stand',
  'The print shop of the co-operative press',
  'Hop pickers’ huts at the edge of the farm',
  'A branch banner carried through the rain',
  'The steelworks from the allotments',
  'Tenants blocking the bailiffs’ van',
  'Busmen on the garage forecourt',
  'Potters at the bottle kiln',
  'A women’s guild tea in the Sunday school',
  'The settlement house boys’ club',
];
const SECOND_SENTENCES = [
  'Most of the men in this picture were laid off within the year.',
  'The building was pulled down in 1971.',
  'Nobody now alive can name them all.',
  'It was taken by a member who later became branch secretary.',
  'The banner was repaired in 1983 and is still carried.',
  'The photographer is unknown.',
];

/** A picture credit in one of the forms a paper, a magazine or an agency prints. */
const credit = (r: Random): string =>
  pick(r, [
    () => `Photograph by ${pick(r, PHOTOGRAPHERS)} for this paper`,
    () => `Foto: ${pick(r, PHOTOGRAPHERS)}`,
    () => `${pick(r, PHOTOGRAPHERS)} / Report Digital`,
    () => `Image courtesy ${pick(r, ORGS)}`,
    () => `IMAGE: ${pick(r, ['MIRRORPIX', 'TRINITY MIRROR', 'NEWSQUEST', 'MORNING STAR ARCHIVE'])}`,
    () => `(Picture: ${pick(r, PHOTOGRAPHERS)})`,
    () => `Archive photo, ${pick(r, ['used with thanks', 'no known copyright', 'rights holder unknown'])}`,
  ])();

export interface PamphletTools5 {
  quoted(r: Random, paragraph: string): string | undefined;
  narrow(r: Random, text: string): string[];
}

/** Kinds of furniture this file's shapes record (the degrader's FurnitureKind). */
type Kind = 'caption' | 'credit' | 'figure number' | 'pull quote' | 'map' | 'side caption';

export const VALIDATION_5 = {
  TOPICS: ['the steelworks', 'seamen’s missions', 'the bus garage', 'hop pickers', 'the dole queue', 'the cotton famine', 'the boatyard', 'clothing clubs', 'women’s guilds', 'the brickfields', 'busmen', 'the workhouse', 'potters', 'the coal board', 'flax mills', 'the settlement house'],
  LINK_SHAPES: [
    (a: string, b: string) => `${cap(a)}, ${b} and us — a reader writes`,
    (a: string) => `WATCH: the last days of ${a}`,
    (a: string, _b: string, n: number) => `Episode ${n} – ${cap(a)}`,
    (a: string, b: string) => `Between ${a} and ${b}: notes from a field trip`,
    (a: string) => `Who remembers ${a}?`,
    (a: string, b: string, n: number) => `From the ${1900 + n * 2} minute books: ${a}, ${b} and the long quarrel over who should have the keys to the hall`,
    (a: string) => `${a.toUpperCase()} — REVIEWED`,
    (a: string, b: string) => `${cap(a)} / ${cap(b)} (long read)`,
    (a: string, _b: string, _n: number, r: Random) => `${cap(a)} [${pick(r, ['PDF', 'Audio', 'Gallery', 'Map'])}]`,
    (a: string) => `Dossier : ${a}`,
  ],
  linkDate: (r: Random): string => pick(r, [() => date(r), () => `updated ${between(r, 2, 23)}h ago`, () => `${between(r, 2, 30)} min · ${between(r, 1, 19)} replies`, () => `vor ${between(r, 2, 9)} Tagen`])(),
  BYLINES: [
    (a: string, r: Random) => `By ${a} and ${pick(r, WRITERS)}`,
    (a: string) => `von ${a}`,
    (a: string, r: Random) => `Par ${a} | publié le ${between(r, 1, 28)} ${pick(r, ['janvier', 'mars', 'mai', 'juin', 'octobre', 'novembre'])} ${between(r, 2004, 2024)}`,
    (a: string, r: Random) => `Report: ${a} (${pick(r, BRANCHES)})`,
    (a: string, r: Random) => `${a} wrote this ${between(r, 2, 9)} years ago`,
    (a: string) => `Guest post by ${a}`,
    (_a: string, r: Random) => `Interview by ${pick(r, WRITERS)} · transcribed by volunteers`,
    (a: string, r: Random) => `Text: ${a} — Photos: ${pick(r, PHOTOGRAPHERS)} — Edit: ${pick(r, WRITERS)}`,
    (_a: string, r: Random) => `${pick(r, WRITERS)} | @${pick(r, HANDLES)}`,
  ],
  ALSO_AVAILABLE: [
    (l: string) => `Also in: ${l}, Español`,
    (l: string) => `${l} ⇢`,
    (l: string, r: Random) => `Translations: ${l} · ${pick(r, ['Cymraeg', 'Deutsch', 'Français'])}`,
    (l: string) => `Read in ${l} (PDF, 2 pages)`,
  ],
  LANGUAGES: ['Yiddish', 'Punjabi', 'Estonian', 'Galician', 'Maltese', 'Somali', 'Tamil'],
  WEB_NOTICES: [
    (l: string) => `This is an abridged version; the full ${l} text is linked below.`,
    () => 'Content note: police violence, bereavement.',
    (l: string) => `[This post was written in ${l} and translated by the author.]`,
    () => 'NOTE: Views expressed are the author’s own and not those of the union.',
    () => 'Archived page — some links may no longer work.',
    () => 'In association with the Federation of Tenants’ Associations',
  ],
  CAPTION_SHAPES: [
    (r: Random) => `${pick(r, SUBJECTS)}. ${pick(r, SECOND_SENTENCES)}`,
    (r: Random) => `${pick(r, SUBJECTS)}, ${pick(r, ['Govan', 'Bootle', 'Stoke', 'Deptford', 'Jarrow'])}, ${between(r, 1904, 1986)}`,
    (r: Random) => `IN PICTURES — ${pick(r, SUBJECTS).toLowerCase()}`,
    (r: Random) => `Detail from ${pick(r, ['a trade card', 'a handbill', 'a strike bulletin', 'a membership card'])} of ${between(r, 1889, 1979)}`,
    (r: Random) => `${pick(r, SUBJECTS).toLowerCase()} — ${between(r, 1910, 1989)}`,
    (r: Random) => `${pick(r, SUBJECTS)} (${pick(r, ['detail', 'cropped', 'colourised'])})`,
  ],
  /** A credit for a web caption: on the next line, or after the caption on its own line with a dash. */
  webCredit: (r: Random): { text: string; place: 'next' | 'dash' } | undefined => (chance(r, 0.5) ? { text: credit(r), place: chance(r, 0.35) ? 'dash' : 'next' } : undefined),
  /** A photo essay's numbering of its pictures: a counter line before each caption, or a number opening it. */
  galleryStyle: (r: Random): ((n: number, total: number) => { line?: string; prefix?: string }) =>
    pick(r, [
      (n: number, total: number) => ({ line: `${n} / ${total}` }),
      (n: number, total: number) => ({ line: `Photo ${n} of ${total}` }),
      (n: number) => ({ prefix: `${n}. ` }),
      (n: number) => ({ prefix: `(${n}) ` }),
    ]),
  BASE_WEB_CAPTIONS: [
    (r: Random) => `Foto: ${pick(r, SUBJECTS).toLowerCase()}`,
    (r: Random) => `(${pick(r, SUBJECTS)})`,
    (r: Random) => `${pick(r, SUBJECTS)}. Photograph: ${pick(r, PHOTOGRAPHERS)}`,
  ],
  PROMO_SHAPES: [
    (t: string) => `Read also ⟩ ${t}`,
    (t: string) => `ALSO IN THIS ISSUE: ${t}`,
    (t: string) => `Lesen Sie auch: ${t}`,
    (t: string) => `Related reading — ${t}`,
    (t: string) => `📻 Listen back: ${t}`,
    (t: string) => `(Earlier: ${t})`,
    (_t: string, _r: Random, topic: string) => `New pamphlet out now: “${cap(topic)}” — £3 from the bookshop`,
    (t: string) => `▸ ${t}`,
  ],
  /** A promotion box without rules: a newsletter form's labels and button, a branch's or a shop's plug. */
  promoBox: (r: Random): readonly string[] | undefined => {
    if (!chance(r, 0.5)) return undefined;
    return pick(r, [
      () => ['Get the bulletin', 'One email a fortnight. No spam, ever.', 'Email*', 'Your first name', 'SUBSCRIBE ▸', 'We’ll never share your email address. Unsubscribe at any time.'],
      () => ['Join the union', 'Membership from £1.10 a week for part-time workers.', 'Postcode', 'Find my branch ›'],
      () => [`Summer school ${between(r, 2019, 2026)}`, `A residential weekend, ${between(r, 1, 28)}–${between(r, 1, 28)} ${pick(r, ['June', 'July', 'August'])}, at the college`, 'Bursaries available', 'Book a place'],
      () => ['PRINT SUBSCRIPTION', '6 issues — £18 UK / £30 overseas', '[ Add to basket ]'],
      () => ['Newsletter abonnieren', 'E-Mail-Adresse', 'Anmelden'],
    ])();
  },
  /** Advertisement labels a page copy keeps between paragraphs. */
  advert: (r: Random): readonly string[] => pick(r, [['Anzeige'], ['Publicité'], ['— ad —', 'Remove ads with a supporter account'], ['Paid post'], ['Sponsored links', 'by Outbrain']]),
  APPEALS: [
    ['If you have read this far…', 'we have a favour to ask. Our writers are volunteers, but our printing bill is not. Chip in £5 and help us reach the next issue.', 'Give by card or PayPal ›'],
    ['Solidarity costs money.', 'The Bulletin is paid for entirely by members’ subscriptions and collections at branch meetings.', 'Send a donation to the fighting fund →'],
    ['FIGHTING FUND', 'Target: £4,000 · Raised so far: £2,615'],
    ['Help keep the lights on at the archive', 'Scanning one pamphlet costs about £12.', 'Sponsor a scan'],
    ['Spenden', 'Unterstützen Sie unsere Arbeit mit einer Spende.'],
    ['Found this worth reading?', 'Buy us a coffee ☕'],
  ],
  NAV_WORDS: ['Branches', 'Bulletins', 'Pamphlets', 'Research', 'Reports', 'Press releases', 'Members', 'History group', 'Resources', 'Dossiers', 'Gallery', 'Toolkits'],
  NAV_SHAPES: [
    (a: string, b: string) => `${a}: ${b.toLowerCase()} (new)`,
    (a: string) => `All ${a.toLowerCase()}`,
    (a: string) => `${a} archive, 1968–1989`,
    (a: string, b: string) => `${a.toUpperCase()} / ${b.toUpperCase()}`,
    (a: string) => `Browse ${a.toLowerCase()} by year`,
    (a: string) => `${a} — start here`,
  ],
  MENU: ['MENU ≡', 'Startseite', 'Accueil', 'Give to the fighting fund', 'Join the branch ›', 'Log in / Register', 'About the paper', 'Find your branch', 'Press room', 'Shop ▸', 'EN · FR · DE', 'Skip navigation', 'Suche', 'Hafan'],
  SHARE: ['Teilen', 'Partager :', 'Post to r/history', 'Send to a colleague', 'Send via Telegram', 'Permalink', 'Embed this', 'LinkedIn ↗', 'Rhannu'],
  /** The head of a share block that sets one network name a line (drawn by this split only). */
  shareBlock: (r: Random): readonly string[] => {
    const networks = ['Facebook', 'Bluesky', 'Mastodon', 'Email', 'Print', 'WhatsApp', 'Reddit', 'LinkedIn', 'Threads', 'Telegram'];
    const start = between(r, 0, networks.length - 1);
    const names = Array.from({ length: between(r, 3, 5) }, (_, k) => networks[(start + k * 3) % networks.length]!);
    const head = pick(r, ['Share with', 'Pass it on', 'Teilen mit', 'Share this post on', 'Tell others']);
    return chance(r, 0.35) ? [head, ...names, 'Like this:', 'Like Loading…'] : [head, ...names];
  },
  COMMENT_FORMS: [
    ['Comments on this article', 'Leave your comment below. Abusive posts will be removed.', 'Name', 'E-mail (will not be published)', 'Captcha: what is 3 + 4?', 'Publish ›'],
    ['Kommentare (3)', 'Kommentar schreiben', 'Abschicken'],
    ['Reactions', 'No reactions yet.', 'Log in with your membership number to react.'],
    ['Letters', 'Write to the editor about this article. Letters may be shortened.', 'Your letter', 'Send letter'],
    ['This thread has been archived and can no longer be replied to.'],
    ['7 thoughts on this post', 'Newest | Oldest | Most liked'],
  ],
  POPUPS: [
    'Cookies help us deliver our services.',
    'Reject all',
    'Your browser is out of date. Update it for the best experience.',
    'Diese Website verwendet Cookies.',
    'Stay in the loop? Yes please / No thanks',
    'We noticed you are using an ad blocker.',
  ],
  /** A cookie banner of several lines, as a page copy keeps it at its top or foot (drawn by this split only). */
  cookieBanner: (r: Random): readonly string[] =>
    pick(r, [
      [
        'Cookies on this website',
        'We use essential cookies to make this site work, and would like to set others to see how it is used.',
        'Accept additional cookies',
        'Reject additional cookies',
        'How we use cookies',
      ],
      ['🍪 A note on cookies', 'Strictly necessary cookies are always on. Choose which others you allow.', 'Allow selection', 'Allow all'],
      ['Datenschutzeinstellungen', 'Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell.', 'Alle akzeptieren', 'Nur essenzielle Cookies'],
      ['Nous respectons votre vie privée', 'Tout accepter', 'Continuer sans accepter'],
    ]),
  RELATED_HEADS: ['Further on this subject', 'Elsewhere in the bulletin', 'See also', 'Dig deeper', 'Weiterlesen', 'Posts on similar themes'],
  LINK_LIST_HEADS: ['Latest from the bulletin', 'Newest first', 'Archives by month', 'Across the network', 'Hot right now', 'A–Z of pamphlets'],
  /** The head of a numbered list of the site's most read pieces (drawn by this split only), and how it numbers them. */
  mostRead: (r: Random): { head: string; number: (n: number) => string } => ({
    head: pick(r, ['MOST VIEWED', 'Most read, last 7 days', 'Top 5', 'Readers’ favourites', 'Meistgelesen']),
    number: pick(r, [(n: number) => `${n} `, (n: number) => `${n}. `, (n: number) => `0${n} `, (n: number) => `#${n} `]),
  }),
  /** The author's biography after the text: one to three lines (drawn by this split only). */
  bio: (author: string, r: Random): readonly string[] => {
    const first = author.split(' ')[0]!;
    return pick(r, [
      () => [`${author} is a ${pick(r, ['writer', 'historian', 'retired teacher', 'shop steward', 'researcher'])} based in ${pick(r, ['Glasgow', 'Bradford', 'Swansea', 'south London', 'Belfast'])}.`],
      () => [`${author} is a member of ${pick(r, BRANCHES)}. ${first}’s book on ${pick(r, ['the 1926 lockout', 'the Clydeside rent strikes', 'the Grunwick dispute'])} is out next spring.`],
      () => [`About the author`, `${author} ${pick(r, ['teaches history at a sixth-form college', 'worked on the buses for twenty years', 'edits the branch newsletter'])}.`, `Follow ${first} at @${pick(r, HANDLES)}`],
      () => [`${author.toUpperCase()}`, `${pick(r, ['Writer and organiser', 'Volunteer archivist', 'Freelance journalist'])}. ${pick(r, ['More by this author ›', 'All posts by this author →'])}`],
    ])();
  },
  /** A footer at the very end of the page (one to three lines). */
  footer: (r: Random): readonly string[] =>
    pick(r, [
      [`© ${between(r, 2004, 2026)} Bulletin Publishing Co-operative Ltd, registered under the Co-operative and Community Benefit Societies Act`],
      ['Impressum | Datenschutz | Kontakt'],
      [`Published by ${pick(r, ORGS)}, ${pick(r, ADDRESSES)}`, 'Promoted and printed by trade union labour'],
      ['Content licensed CC BY-NC-SA 4.0 unless stated otherwise', 'Theme by Hemingway'],
      ['Top ↑'],
    ]),

  // ——— PDF extractions ———

  RUNNING_FOOTERS: ['Annals of the Coalfield Society', 'Working Lives Review', 'FAIR WAGES NOW — ANNUAL REPORT', 'clydesideleft.org.uk'].map(
    (f, k) =>
      (page: number): string =>
        [`[${page}] ${f}`, `${f.toUpperCase()}  ${page}`, `${f} / p.${page}`, `${page} — ${f}`][k]!,
  ),
  CAPTION_SUBJECTS: ['A picket hut', 'The print shop of the co-op press', 'Tenants’ meeting hall', 'Dockers at the call stand', 'A Clarion cycling club outing', 'The union office', 'A demonstration leaflet', 'The blast furnaces'],
  CAPTION_TAILS: ['photographed in 1926', 'from the union’s collection', 'as rebuilt after the war', 'drawn by a member', 'shortly before closure', 'from a press photograph'],
  CAPTION_NOTES: ['the hut was burnt down in 1972', 'see page 14', 'the man at left is unidentified'],
  /**
   * A credit for a PDF caption: on the next line, or keyed to the caption by a footnote mark (the
   * mark glued to the caption's end, the credit under it opening with the same mark), or none.
   */
  pdfCredit: (r: Random): { text: string; mark?: string } | undefined => {
    if (!chance(r, 0.5)) return undefined;
    if (!chance(r, 0.4)) return { text: credit(r) };
    const mark = pick(r, ['*', '†', '¹']);
    return { text: `${mark} ${credit(r)}`, mark };
  },
  PAMPHLET_FURNITURE: [
    { shape: (r: Random) => [`ILLUSTRATION ${between(r, 1, 14)}`, pick(r, SUBJECTS)], kinds: ['figure number', 'caption'] },
    { shape: (r: Random) => [`${pick(r, SUBJECTS)}. ${pick(r, SECOND_SENTENCES)}`], kinds: ['caption'] },
    { shape: (r: Random) => [pick(r, SUBJECTS), `Photo: ${pick(r, PHOTOGRAPHERS)} (IFL)`], kinds: ['caption', 'credit'] },
    {
      shape: (r: Random, p: string, t: PamphletTools5) => {
        const s = t.quoted(r, p);
        return s ? [...t.narrow(r, s), `(${pick(r, WRITERS)}, ${pick(r, ['convenor', 'tenant', 'picket', 'shop steward'])})`] : undefined;
      },
      kinds: ['pull quote'],
    },
    {
      shape: (r: Random, p: string, t: PamphletTools5) => {
        const s = t.quoted(r, p);
        return s ? t.narrow(r, `« ${s} »`) : undefined;
      },
      kinds: ['pull quote'],
    },
    {
      shape: (r: Random, p: string, t: PamphletTools5) => {
        const s = t.quoted(r, p);
        return s ? [pick(r, ['KEY FINDING', 'In brief', 'WHAT WE FOUND']), ...t.narrow(r, s)] : undefined;
      },
      kinds: ['pull quote'],
    },
    {
      shape: (r: Random) => [`The ${pick(r, ['Fife', 'Durham', 'Kent', 'Ayrshire'])} coalfield in ${between(r, 1913, 1984)}`, `Pits working ●   closed ○`, `Miles 0 — 5 — 10`],
      kinds: ['map'],
    },
    { shape: (r: Random) => [`Cartoon by ${pick(r, ['“Gabriel”', 'Low', 'Vicky', 'an unknown member'])}, from the ${pick(r, ['Daily Herald', 'branch bulletin', 'Socialist Worker'])}, ${between(r, 1933, 1985)}`], kinds: ['credit'] },
    { shape: (r: Random, _p: string, t: PamphletTools5) => t.narrow(r, `Right: ${pick(r, SUBJECTS).toLowerCase()}, from the ${between(r, 1920, 1980)} souvenir programme`), kinds: ['side caption'] },
  ] as readonly { shape: (r: Random, paragraph: string, tools: PamphletTools5) => readonly string[] | undefined; kinds: readonly Kind[] }[],
  PDF_BYLINES: [
    (a: string) => `Written by ${a} for the Education Committee`,
    (a: string) => a.toUpperCase(),
    (a: string, r: Random) => `Compiled by ${a} and members of ${pick(r, BRANCHES)}`,
    (a: string, r: Random) => `Introduced by ${a}, ${pick(r, ['General Secretary', 'Branch Chair', 'Research Officer'])}`,
    (a: string) => `Lead researcher: ${a}; fieldwork by branch volunteers`,
  ],
  PDF_NOTICES: [
    (r: Random) => `PRICE ${pick(r, ['3d.', '6d.', '1/-', '10p', '25p'])}`,
    (r: Random) => `Issued by ${pick(r, ORGS)}`,
    (r: Random) => `Study Guide No. ${between(r, 2, 40)}`,
    () => 'Working paper · not for citation without the author’s permission',
    (r: Random) => `Scanned from the copy held at ${pick(r, ['the Bishopsgate Institute', 'the Modern Records Centre', 'the Gallacher Memorial Library'])}`,
  ],
  /** A masthead's volume and issue line, or an archive's scan stamp, above the title on the first page. */
  frontStamp: (r: Random): readonly string[] =>
    pick(r, [
      () => [`Vol. ${between(r, 1, 12)}, No. ${between(r, 1, 24)} · ${pick(r, ['Spring', 'Summer', 'Autumn', 'Winter'])} ${between(r, 1932, 1988)}`],
      () => [`No. ${between(r, 3, 180)}    ${pick(r, MONTHS)} ${between(r, 1932, 1988)}    ${pick(r, ['One penny', 'Twopence', '5p'])}`],
      () => [`VOLUME ${pick(r, ['II', 'IV', 'IX', 'XV'])} NUMBER ${between(r, 1, 12)}`],
      () => [`Digitised by ${pick(r, ['the Borough Libraries', 'the Marx House Library', 'volunteers of the Spinning Wheel Project'])}, ${between(r, 2006, 2024)}`],
      () => [`Issue ${between(r, 1, 60)} | ${pick(r, ['March', 'October'])} ${between(r, 2009, 2024)}`, 'RESEARCH BRIEFING'],
    ])(),
  /** A repository's download stamp at each page's foot, the same line every page (undefined: none). */
  downloadStamp: (r: Random): string | undefined =>
    chance(r, 0.25)
      ? pick(r, [
          () => `Downloaded from ${pick(r, HOSTS)} by guest on ${between(r, 1, 28)} ${pick(r, MONTHS)} ${between(r, 2015, 2025)}`,
          () => `This content was downloaded from ${pick(r, HOSTS)} on ${two(between(r, 1, 28))}/${two(between(r, 1, 12))}/${between(r, 2015, 2025)}. Terms of use apply.`,
          () => `Provided by ${pick(r, HOSTS)} — personal research use only`,
        ])()
      : undefined,
  /** A shortened title for odd pages' running head: the part before a colon, or its first words. */
  shortTitle: (r: Random, title: string): string => {
    const colon = title.indexOf(':');
    if (colon > 3) return title.slice(0, colon).trim();
    const words = title.split(' ');
    return words.length > 4 ? `${words.slice(0, between(r, 2, 3)).join(' ')}${chance(r, 0.5) ? '…' : ''}` : title;
  },
  /** A page-number style chosen per document. */
  folioStyle: (r: Random): ((page: number) => string) => pick(r, [(p: number) => String(p), (p: number) => `${p}.`, (p: number) => `[ ${p} ]`, (p: number) => `p${p}`, (p: number) => `${p} •`]),
  /** A publisher's and printer's colophon after the text, on the last page. */
  colophon: (r: Random): readonly string[] =>
    pick(r, [
      () => [`Published by ${pick(r, ORGS)}, ${pick(r, ADDRESSES)}.`, `Printed by ${pick(r, PRINTERS)} (T.U.), ${pick(r, ['Hull', 'Nottingham', 'Leeds', 'Bristol'])}.`],
      () => [`© ${pick(r, ORGS)} ${between(r, 1934, 1989)}`, `ISBN 0 ${between(r, 900000, 999999)} ${between(r, 10, 99)} ${between(r, 0, 9)}`, `Typeset and printed by ${pick(r, PRINTERS)}`],
      () => [`Further copies from ${pick(r, ADDRESSES)}`, `${between(r, 3, 9)}p each, post free for ten or more`],
      () => [`${pick(r, ORGS)} is a registered charity (no. ${between(r, 200000, 1199999)}).`, `Design: ${pick(r, ['Red Door Studio', 'Millstone Design', 'Kate Orme'])}`, `Cover photo: ${pick(r, PHOTOGRAPHERS)}`],
    ])(),
} satisfies Record<string, unknown>;
