/**
 * The fourth validation split's furniture wordings (`npm run eval -- --validation 4`): every web
 * and PDF furniture pool worded anew by a helper who read neither the cleaner's rules nor the
 * held-out wordings, with shapes of its own that real pages and PDFs carry and that the third
 * split does not: captions opened by a plate or figure label, two captions stacked, credits set
 * before the caption or beside it after a pipe, promotions inside a paragraph, newsletter boxes
 * drawn with a label in the rule, bylines over two or three lines with a portrait credit, "first
 * appeared in" notices and tag rows after the text, comment counts with sort controls and readers'
 * comments; in PDF extractions a table of contents with leader dots, a byline with an
 * affiliation, a copyright notice at the foot of the first page, running heads that carry the
 * page number on the outer edge, a name on even pages and the section's title on odd ones,
 * "continued" lines at page feet, and a page-number style per document. A blind check:
 * nobody debugs on it, and a rule keyed on its wordings is a defect.
 * No pool falls back to another split's list: every furniture line this split draws is its own.
 */
import { between, cap, chance, pick, type Random } from './_random.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const date = (r: Random): string =>
  pick(r, [
    () => `${String(between(r, 1, 28)).padStart(2, '0')}.${String(between(r, 1, 12)).padStart(2, '0')}.${between(r, 2001, 2025)}`,
    () => `${pick(r, LONG_MONTHS).toUpperCase()} ${between(r, 1, 28)}, ${between(r, 2001, 2025)}`,
    () => `${between(r, 1, 28)} ${pick(r, MONTHS)} ’${String(between(r, 1, 25)).padStart(2, '0')}`,
    () => `${pick(r, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])} ${between(r, 1, 28)} ${pick(r, LONG_MONTHS)} ${between(r, 2001, 2025)} ${between(r, 7, 22)}.${String(between(r, 0, 59)).padStart(2, '0')} GMT`,
  ])();
const WRITERS = ['Ines Carradine', 'Rhodri ap Siôn', 'Hallvard Moe', 'Temperance Ogunleye', 'G. W. Ashdown', 'Lucia Ferrante-Boyd', 'Niamh de Búrca', 'Anselm Thwaite', 'Priya Ramaswamy-Hale'];
const ROLES = ['Our industrial correspondent', 'Archives editor', 'Reporter, West Riding desk', 'Guest contributor', 'Features writer', 'Former shop steward and local historian', 'Deputy editor'];
const PLACES = ['MERTHYR TYDFIL', 'Ebbw Vale', 'OLDHAM', 'Paisley', 'BARNSLEY', 'Whitehaven', 'GRIMSBY', 'Accrington'];
const AGENCIES = ['Reuters', 'PA WIRE', 'Alamy Stock Photo', 'SCIENCE & SOCIETY PICTURE LIBRARY', 'Popperfoto', 'Keystone/Hulton', 'ANL/REX', 'Historic England Archive'];
const PHOTOGRAPHERS = ['Wendell Rusk', 'Agnieszka Bór', 'Tamsin Edgell', 'Olu Badejo', 'Mervyn Caul'];
const HOLDERS = ['the Working Class Movement Library', 'Calderdale Libraries', 'the People’s History Museum', 'Beamish Museum', 'the National Coal Mining Museum', 'Tameside Local Studies', 'the Marx Memorial Library'];
const SUBJECTS = ['Mill girls on the canal bank at dinner time', 'A collier’s cottage kitchen', 'Marchers crossing the county bridge', 'The co-operative bakery’s horse and cart', 'Shift change at the colliery gates', 'The weavers’ institute reading room', 'Women voting at the lodge', 'A steam crane on the dockside', 'Children queuing for free milk', 'The rent strike committee'];
const PLATES = ['I', 'III', 'V', 'VI', 'VIII', 'X', 'XI', 'XIV'];

/** Several different people, for a caption that names those pictured. */
const people = (r: Random, n: number): string[] => {
  const start = between(r, 0, WRITERS.length - 1);
  return Array.from({ length: n }, (_, k) => WRITERS[(start + k * 2) % WRITERS.length]!);
};

/** A picture credit in one of the forms a page or a book prints. */
const credit = (r: Random): string =>
  pick(r, [
    () => `Photo: ${pick(r, PHOTOGRAPHERS)}/${pick(r, AGENCIES)}`,
    () => `Credit: ${pick(r, AGENCIES)}`,
    () => `(Source: ${pick(r, HOLDERS)})`,
    () => `Courtesy ${pick(r, HOLDERS)}`,
    () => pick(r, AGENCIES).toUpperCase(),
    () => `PICTURE: ${pick(r, PHOTOGRAPHERS).toUpperCase()}`,
    () => `Photograph © ${pick(r, PHOTOGRAPHERS)}, all rights reserved`,
    () => `Reproduced by kind permission of ${pick(r, HOLDERS)}`,
  ])();

export interface PamphletTools4 {
  quoted(r: Random, paragraph: string): string | undefined;
  narrow(r: Random, text: string): string[];
}

/** Kinds of furniture this file's shapes record (the degrader's FurnitureKind). */
type Kind = 'menu' | 'byline' | 'notice' | 'caption' | 'credit' | 'figure number' | 'pull quote' | 'map' | 'side caption' | 'promo' | 'footer' | 'running head' | 'related links';

export const VALIDATION_4 = {
  TOPICS: ['the co-op', 'night schools', 'the pit ponies', 'hunger marches', 'the lido', 'rent strikes', 'the mechanics’ institute', 'tram crews', 'the dye works', 'allotments', 'the picture house', 'the means test', 'the ropewalk', 'chain makers', 'the sanatorium', 'pawnshops'],
  LINK_SHAPES: [
    (a: string, b: string) => `How ${a} outlived ${b}`,
    (a: string) => `In pictures: ${a}`,
    (a: string, _b: string, n: number) => `${n} objects that tell the story of ${a}`,
    (a: string, b: string) => `“We had nothing but ${b}”: voices from ${a}`,
    (a: string) => `Is it time we talked about ${a}?`,
    (a: string, b: string, n: number) => `Long read — ${cap(a)} in the ${1900 + (n % 8) * 10}s, ${b}, and a family that kept every receipt, letter and photograph for a century`,
    (a: string) => `${cap(a)} » archive`,
    (a: string, b: string) => `Explainer: ${a} and ${b}, briefly`,
    (a: string, _b: string, n: number) => `#${n}: ${cap(a)}`,
  ],
  linkDate: (r: Random): string => pick(r, [() => date(r), () => `${between(r, 2, 40)} mins`, () => `${between(r, 2, 59)} comments · ${date(r)}`, () => `◷ ${between(r, 3, 25)} min`])(),
  BYLINES: [
    (_a: string, r: Random) => `by ${pick(r, WRITERS).toUpperCase()}`,
    (a: string, r: Random) => `${a} — ${pick(r, ROLES)}`,
    (_a: string, r: Random) => `${pick(r, PLACES)} (${date(r)})`,
    (_a: string, r: Random) => `▶ Listen to this article · ${between(r, 4, 31)}:${String(between(r, 0, 59)).padStart(2, '0')}`,
    (_a: string, r: Random) => `First published ${date(r)}; last reviewed ${date(r)}`,
    (a: string, r: Random) => `Story: ${a.split(' ').slice(-1)[0]} · Pictures: ${pick(r, PHOTOGRAPHERS)}`,
    (_a: string, r: Random) => `Reading time ≈ ${between(r, 4, 22)} minutes`,
  ],
  /** A byline over two or three lines: the name, a role, and a credit for the author's portrait. */
  bylineBlock: (author: string, r: Random): readonly string[] =>
    pick(r, [
      () => [`Author: ${author}`, pick(r, ROLES)],
      () => [author.toUpperCase(), `${pick(r, ROLES)}, ${pick(r, PLACES)}`, `Portrait: ${pick(r, PHOTOGRAPHERS)}`],
      () => [`Written by`, author, `@${author.split(' ')[0]!.toLowerCase()}_writes`],
      () => [`${author}, ${pick(r, ROLES).toLowerCase()}`, `Author photo by ${pick(r, PHOTOGRAPHERS)}`],
    ])(),
  ALSO_AVAILABLE: [(l: string) => `${l} version →`, (l: string) => `🌐 ${l} · English · Polski`, (l: string) => `Available in ${l} (machine translation)`],
  LANGUAGES: ['Welsh', 'Italian', 'Polish', 'Urdu', 'Dutch', 'Catalan', 'Greek'],
  WEB_NOTICES: [
    (l: string) => `Editor’s note: a ${l} edition of this story was published last year.`,
    () => '*Updated to correct the date of the first ballot.*',
    () => 'This piece contains references to suicide.',
    () => 'PAID PARTNERSHIP WITH THE HERITAGE FUND',
    (l: string) => `[Translated from the ${l} by volunteers]`,
    () => 'An earlier version of this story misnamed the union branch.',
  ],
  /** Where a story first appeared, set after the text. */
  endNotice: (r: Random): readonly string[] =>
    pick(r, [
      () => [`This article first appeared in ${pick(r, ['Northern Voices', 'the Clarion Review', 'Spare Rib’s archive issue', 'Socialist History Monthly'])}, issue ${between(r, 12, 240)}.`],
      () => [`A version of this essay was broadcast on ${pick(r, ['BBC Radio 4', 'Radio Cymru', 'the Listening Post podcast'])} in ${between(r, 1989, 2024)}.`],
      () => ['Republished under a Creative Commons licence.', 'Read the original article.'],
      () => [`_Adapted from ${pick(r, ['“Bread and Roses”', '“The Long Shift”', '“Ordinary Heroes”'])} (${pick(r, ['Verso', 'Merlin Press', 'Pluto'])}, ${between(r, 1996, 2024)}). Used with permission._`],
    ])(),
  /** A row of tags after the text. */
  tags: (r: Random, topics: readonly string[]): string =>
    pick(r, [() => `Tags: ${topics.join(', ')}`, () => `TOPICS › ${topics.map((t) => t.toUpperCase()).join(' · ')}`, () => topics.map((t) => `#${t.replace(/[^\p{L}]+/gu, '')}`).join(' ')])(),
  CAPTION_SHAPES: [
    (r: Random) => `Plate ${pick(r, PLATES)}. ${pick(r, SUBJECTS)}`,
    (r: Random) => `Fig. ${between(r, 2, 19)} — ${pick(r, SUBJECTS).toLowerCase()}, ${between(r, 1880, 1969)}`,
    (r: Random) => `Above: ${pick(r, SUBJECTS).toLowerCase()}`,
    (r: Random) => `Left to right: ${people(r, 2).join(', ')} and an unknown ${pick(r, ['collier', 'spinner', 'clerk'])}`,
    (r: Random) => `${pick(r, SUBJECTS)} in ${between(r, 1890, 1979)}. Many of those pictured were ${pick(r, ['dismissed after the strike', 'still under fourteen', 'later rehoused'])}`,
    (r: Random) => `Enlarge › ${pick(r, SUBJECTS)}`,
    (r: Random) => `${pick(r, SUBJECTS).toUpperCase()}`,
  ],
  /** A credit for a caption: under it, before it, beside it after a pipe, or none. */
  webCredit: (r: Random): { text: string; place: 'next' | 'before' | 'pipe' } | undefined => {
    if (!chance(r, 0.55)) return undefined;
    const roll = r();
    return { text: credit(r), place: roll < 0.45 ? 'next' : roll < 0.7 ? 'before' : 'pipe' };
  },
  BASE_WEB_CAPTIONS: [
    (r: Random) => `Image: ${pick(r, SUBJECTS).toLowerCase()}`,
    (r: Random) => `${pick(r, SUBJECTS)} (${between(r, 1895, 1975)})`,
    (r: Random) => `Archive picture — ${pick(r, SUBJECTS).toLowerCase()}. Tap to expand`,
  ],
  PROMO_SHAPES: [
    (t: string) => `[Read: ${t}]`,
    (t: string) => `» Also worth your time: ${t}`,
    (_t: string, _r: Random, topic: string) => `Want more about ${topic}? Browse the collection →`,
    (t: string) => `WATCH ▸ ${t}`,
    (t: string, r: Random) => `${pick(r, ['Recommended', 'Editor’s choice', 'Next up'])} | ${t}`,
    () => 'Subscribe from £2.50 a month and read without limits',
    (t: string) => `🔗 ${t}`,
  ],
  /** A promotion set as a box: a rule carrying a label, two to four lines, a closing rule (sometimes). */
  promoBox: (r: Random): readonly string[] | undefined => {
    if (!chance(r, 0.5)) return undefined;
    const ch = pick(r, ['─', '═', '*', '-', '=']);
    const label = pick(r, ['THE DISPATCH', 'NEWSLETTER', 'Events', 'SUPPORT US', 'Bookshop']);
    const top = `${ch.repeat(between(r, 3, 6))} ${label} ${ch.repeat(between(r, 12, 30))}`;
    const body = pick(r, [
      ['Our weekly letter from the archive, free.', 'Email address ______', 'Sign me up →'],
      ['Walking tour: the canal and its warehouses', `Saturdays at ${between(r, 10, 14)}.00 · booking essential`],
      ['A year’s reading for the price of two pints a month.', 'Become a Friend of the Archive ›'],
      ['New this season: “Coal and Community”, our illustrated history.', 'Hardback £18 — order online'],
    ]);
    return chance(r, 0.55) ? [top, ...body, ch.repeat(between(r, 46, 64))] : [top, ...body];
  },
  /** Advertisement slots a page copy keeps between paragraphs. */
  advert: (r: Random): readonly string[] => pick(r, [['ADVERTISING — article continues'], ['Story continues after this advert'], ['Promoted content', 'Learn more about this offer'], ['Ad · 0:15', 'Skip ad ▸▸']]),
  APPEALS: [
    ['Thank you for reading to the end.', 'We are a small, reader-funded archive. Every article is free, and we want to keep it that way. But scanning, transcribing and checking costs money. Could you help with a regular gift?', 'Support us from £1 ›'],
    ['Independent. Unpaywalled. Funded by you.', 'Back our work today →'],
    ['This archive exists because people like you chip in. We have no shareholders and no billionaire owner. Our reporting on working lives is free to everyone. If you can, please give what you can afford this month.'],
    ['Can you spare a minute — and a pound?', 'Last year 4,102 readers kept us going.', 'This year we need 5,000.', 'Count me in ✓'],
    ['♥ Support the archive', 'Donations are processed securely by Stripe.'],
  ],
  NAV_WORDS: ['Stories', 'Places', 'People', 'Trades', 'Protest', 'Podcast', 'Learning', 'Photo archive', 'Maps', 'Events', 'Shop', 'Letters'],
  NAV_SHAPES: [
    (a: string, b: string) => `${a} › ${b}`,
    (a: string) => `Latest from ${a.toLowerCase()}`,
    (a: string, b: string) => `${a} meets ${b.toLowerCase()}: a reader’s guide`,
    (a: string) => `${a.toUpperCase()} HUB`,
    (a: string, b: string) => `${a} & ${b.toLowerCase()} in focus`,
    (a: string) => `Best of ${a.toLowerCase()} this month`,
  ],
  MENU: ['≡ Sections', 'Home › Articles › Working lives', 'Search the site 🔍', 'Your account ▾', 'Newsletters ✉', 'Visit us ▾', 'Shop (0 items)', 'Cymraeg / English', 'Text size A A A', 'Skip to article text', 'Who we are & what we do', 'Support ♥'],
  SHARE: ['Share via…', '↗ Share', 'WhatsApp  |  Email  |  Copy link', 'Save for later 🔖', 'Post on X', 'Pin to Pinterest', 'Send this story', 'SHARE:', 'Share to Threads', 'Print-friendly version'],
  COMMENT_FORMS: [
    [`${47} comments`, 'Sort by: Newest ▾', 'Join the discussion below…', 'Sign in to join the conversation'],
    ['Your say', 'Comments are checked before publication.', 'Your name (required)', 'Email — never shown publicly', 'Submit comment'],
    ['Have your say on this story', 'We welcome respectful comments. Read our community guidelines.', 'Write a comment here…'],
    ['12 replies  ·  Oldest first  ·  Top', 'View all 12 replies'],
    ['COMMENTING IS CLOSED FOR THIS STORY'],
    ['Discussion (0 posts)', 'Be the first to comment on this'],
  ],
  /** Readers' comments as a page copy keeps them under the comment count: a name and a time, the comment, its controls. */
  readerComment: (r: Random): readonly string[] =>
    [
      `${pick(r, ['Bernard W.', 'sheila_from_leigh', 'Old Collier', 'Ann-Marie Doyle', 'tkeating', 'J. Pugh'])} · ${pick(r, [`${between(r, 2, 11)} years ago`, `${between(r, 2, 20)} hours ago`, date(r)])}`,
      pick(r, [
        'My grandfather worked there until the closure and never talked about it. Thank you for this.',
        'Great piece. Does anyone know where the minute books ended up?',
        'There is a plaque on the wall now but most people walk straight past it.',
        'Brilliant, shared with our local history group.',
        'Not quite right about the dates, the second ballot was the following spring.',
      ]),
      `Reply  ·  ♥ ${between(r, 0, 40)}  ·  Report`,
    ],
  POPUPS: [
    'You’ve reached your limit of free articles this month.',
    'Accept all cookies',
    'We value your privacy. Manage preferences',
    'Wait! Get our best stories by email — no spam.',
    'Get alerts when we publish?',
    'Maybe later',
    '× close this message',
  ],
  RELATED_HEADS: ['More stories like this one', 'Related coverage', 'You might also enjoy', 'Keep reading ↓', 'Also in this series', 'Readers also viewed'],
  LINK_LIST_HEADS: ['Trending in history', 'Just in', 'Staff picks', 'Browse by date', 'Popular this week', 'Every story'],
  /** A footer at the very end of the page (one to four lines). */
  footer: (r: Random): readonly string[] =>
    pick(r, [
      [`Copyright © ${between(r, 2003, 2026)} Heritage Press Ltd. Company no. ${between(r, 1000000, 9999999)}`],
      ['About · Contact · Advertise · Accessibility statement'],
      ['⇧ Back to top'],
      [`Made in ${pick(r, PLACES)} with the support of`, 'the National Lottery Heritage Fund', 'Terms of use | Cookie settings'],
    ]),

  // ——— PDF extractions ———

  RUNNING_FOOTERS: ['Journal of the Mining Heritage Society', 'North West Labour History', 'STUDIES IN TEXTILE HISTORY', 'Llafur'].map(
    (f, k) =>
      (page: number): string =>
        k % 2 ? `${f}, no. ${page % 9 + 1} — ${page}` : `${page}    ${f}`,
  ),
  CAPTION_SUBJECTS: ['The winding engine', 'Spinning mule, ground floor', 'The Hall of Science', 'A token from the truck shop', 'The lodge banner unfurled', 'Terraces below the tip', 'The soup kitchen', 'A relief ticket'],
  CAPTION_TAILS: ['as drawn in 1851', 'from the east bank', 'before demolition in 1968', 'shortly after the explosion', 'enlarged from a carte de visite', 'by an unknown hand'],
  CAPTION_NOTES: ['the engine house survives', 'see also plate 7', 'note the boy at the window'],
  /** A credit for a PDF caption: under it, set beside it after a pipe, or none. */
  pdfCredit: (r: Random): { text: string; place: 'next' | 'pipe' } | undefined => (chance(r, 0.5) ? { text: credit(r), place: chance(r, 0.35) ? 'pipe' : 'next' } : undefined),
  PAMPHLET_FURNITURE: [
    { shape: (r: Random) => [`Plate ${pick(r, PLATES)}.`, `${pick(r, SUBJECTS)}.`], kinds: ['figure number', 'caption'] },
    { shape: (r: Random) => [`Fig. ${between(r, 2, 19)} — ${pick(r, SUBJECTS)}`, credit(r)], kinds: ['caption', 'credit'] },
    { shape: (r: Random) => [`Above: ${pick(r, SUBJECTS).toLowerCase()}.`, `Below: ${pick(r, SUBJECTS).toLowerCase()}.`], kinds: ['caption', 'caption'] },
    {
      shape: (r: Random) => {
        const [a, b, c] = people(r, 3);
        return [`Left to right: ${a}, ${b},`, `${c}. ${pick(r, AGENCIES).toUpperCase()}`];
      },
      kinds: ['caption', 'caption'],
    },
    {
      shape: (r: Random, p: string, t: PamphletTools4) => {
        const s = t.quoted(r, p);
        return s ? [...t.narrow(r, `“${s}”`), `${pick(r, ['—', '–', '~'])} ${pick(r, WRITERS).toUpperCase()}, ${between(r, 1911, 1984)}`] : undefined;
      },
      kinds: ['pull quote'],
    },
    {
      shape: (r: Random, p: string, t: PamphletTools4) => {
        const s = t.quoted(r, p);
        return s ? ['❝', ...t.narrow(r, s), '❞'] : undefined;
      },
      kinds: ['pull quote'],
    },
    {
      shape: (r: Random) => [`Map ${pick(r, ['A', 'B', 'C'])} — ${pick(r, ['Collieries of the', 'Mills along the', 'Chapels in the'])} ${pick(r, ['Rhondda', 'Calder', 'Irwell', 'Wear'])} ${pick(r, ['valley', 'basin'])}, ${between(r, 1820, 1930)}`, `Scale: ${pick(r, ['1 inch to 1 mile', '6 inches to 1 mile', '1:50,000'])}`],
      kinds: ['map'],
    },
    { shape: (r: Random) => ['KEY TO SYMBOLS', `⊕ ${pick(r, ['Shafts', 'Weirs', 'Lodges'])}    ⊗ ${pick(r, ['Levels', 'Dye houses', 'Ale houses'])}`, `═══ ${pick(r, ['Railway', 'Canal', 'Tramroad'])}`], kinds: ['map'] },
    { shape: (r: Random, _p: string, t: PamphletTools4) => t.narrow(r, `Opposite: ${pick(r, SUBJECTS).toLowerCase()}, a lantern slide shown at the ${between(r, 1900, 1935)} exhibition`), kinds: ['side caption'] },
  ] as readonly { shape: (r: Random, paragraph: string, tools: PamphletTools4) => readonly string[] | undefined; kinds: readonly Kind[] }[],
  PDF_BYLINES: [
    (a: string) => `Text by ${a}`,
    (a: string, r: Random) => `${a} (${pick(r, ['Ruskin College, Oxford', 'University of Salford', 'Workers’ Educational Association', 'Swansea University'])})`,
    (a: string) => `An address given by ${a}`,
    (a: string) => `With an introduction by ${a}`,
  ],
  /** The affiliation line a PDF byline carries under the name. */
  affiliation: (r: Random): string => pick(r, ['Department of Economic and Social History, University of Glasgow', 'Honorary Research Fellow, Ironbridge Institute', 'Independent scholar, Todmorden', 'Tutor in Labour Studies, Northern College']),
  PDF_NOTICES: [
    () => 'Pamphlet series, number 31',
    (r: Random) => `Published by the Branch, ${between(r, 1902, 1986)}`,
    () => '_For private circulation only_',
    (r: Random) => `One shilling and ${pick(r, ['sixpence', 'threepence'])}`,
    () => 'Reprinted with corrections',
  ],
  /** A copyright or reprint notice at the foot of the first page (one or two lines). */
  firstPageNotice: (r: Random): readonly string[] =>
    pick(r, [
      () => [`© ${between(r, 1961, 2019)} The Labour History Group. Reprinted by permission.`],
      () => [`First published in ${pick(r, ['Past and Present', 'History Workshop', 'Oral History'])}, vol. ${between(r, 3, 48)} (${between(r, 1970, 2015)}), pp. ${between(r, 10, 90)}–${between(r, 91, 140)}.`],
      () => ['This paper may be copied for teaching but not for sale.', `ISBN 0 ${between(r, 100, 999)} ${between(r, 10000, 99999)} ${between(r, 1, 9)}`],
      () => [`* Read to the Society on ${between(r, 1, 28)} ${pick(r, LONG_MONTHS)} ${between(r, 1921, 1979)}.`],
    ])(),
  /** A table of contents with leader lines, as front matter. */
  contentsHead: (r: Random): string => pick(r, ['CONTENTS', 'Contents', 'C O N T E N T S', 'Table of Contents']),
  contentsLine: (r: Random, heading: string, page: number, style: number): string => {
    const dots = '.'.repeat(between(r, 4, 30));
    if (style === 0) return `${heading} ${dots} ${page}`;
    if (style === 1) return `${heading}${' '.repeat(between(r, 3, 12))}${page}`;
    return `${heading} . . . . . . ${page}`;
  },
  /** The line at a page's foot when a sentence or a table runs over. */
  continued: (r: Random, next: number): string => pick(r, ['(continued overleaf)', `Continued on p. ${next} →`, 'cont’d']),
  /** A page-number style chosen per document. */
  folioStyle: (r: Random, pages: number): ((page: number, index: number) => string) => {
    const roman = (n: number): string => ['I', 'II', 'III', 'IV', 'V', 'VI'][n] ?? String(n + 1);
    const front = between(r, 1, 2);
    return pick(r, [
      (p: number) => `· ${p} ·`,
      (p: number) => `Page ${p} of ${pages}`,
      (p: number) => `${p}/${pages}`,
      (p: number) => `( ${p} )`,
      (p: number) => `‹${p}›`,
      (p: number, k: number) => (k < front ? roman(k) : `— ${p}`),
      (p: number) => `pg. ${p}`,
    ]);
  },
  /** Whether the folio shares one line with the running head, at the outer edge of each page. */
  outerFolio: (r: Random): boolean => chance(r, 0.4),
  /** The running head of even pages: the author's name set as the book sets it, or an editor's (invented). */
  versoHead: (r: Random, author: string): string => {
    const parts = author.split(' ');
    const roll = r();
    if (roll < 0.3) return `${parts.slice(0, -1).map((p) => `${p[0]}.`).join(' ')} ${parts[parts.length - 1]}`.trim().toUpperCase();
    if (roll < 0.5) return parts[parts.length - 1]!.toUpperCase();
    if (roll < 0.75) return `${author} · Essays`;
    return pick(r, ['Edited by Wilhelmina Strang', 'THE COLLECTED PAPERS OF E. T. HURLSTONE', 'Ambrose Tillotson, ed.']);
  },
} satisfies Record<string, unknown>;

