/**
 * The third validation split's furniture wordings (`npm run eval -- --validation 3`): every web
 * and PDF furniture pool worded anew for issue 10 by a helper who had read neither the cleaner's
 * rules nor the held-out wordings, with shapes of its own that real pages and PDFs show (credits
 * under, beside or glued to captions; promotions set as ruled boxes; an author's name as the
 * running head of even pages; a page-number style per document; "Advertisement" labels; bylines
 * with a role or a place). A debug set: rules are checked on it, never keyed on its wordings.
 * Unlike the first two validation sets, no pool falls back to another list: every furniture line
 * this split draws is its own.
 */
import { between, cap, chance, pick, type Random } from './_random.ts';

const MONTHS = ['Janvier', 'JAN', 'Febr.', 'MARCH', 'Apr.', 'Jun.', 'Jul.', 'AUG', 'Sept', 'Oct.', 'NOV', 'Dec.'];
const WEEKDAYS = ['Monday', 'Tues.', 'Wednesday', 'Thurs.', 'Friday', 'Saturday', 'Sunday'];
const date = (r: Random): string =>
  pick(r, [
    () => `${pick(r, WEEKDAYS)}, ${between(r, 1, 28)} ${pick(r, MONTHS)} ${between(r, 1998, 2026)}`,
    () => `${between(r, 1998, 2026)}/${String(between(r, 1, 12)).padStart(2, '0')}/${String(between(r, 1, 28)).padStart(2, '0')}`,
    () => `${pick(r, MONTHS)} ${between(r, 1, 28)}th, ${between(r, 1998, 2026)} @ ${between(r, 0, 23)}h${String(between(r, 0, 59)).padStart(2, '0')}`,
    () => `${between(r, 1, 28)}-${pick(r, MONTHS)}-${String(between(r, 0, 26)).padStart(2, '0')}`,
  ])();
const ago = (r: Random): string => pick(r, [`${between(r, 2, 23)} hrs ago`, `${between(r, 2, 11)} wks ago`, 'yesterday', `${between(r, 2, 9)} months back`]);
const WRITERS = ['Oona Falkirk', 'Tobias Wendt', 'Márta Kovács', 'D. R. Pennington', 'Chidi Eze', 'Saoirse Quill', 'Benedikt Aall', 'Yusra Haddad', 'P. J. Marlowe'];
const ROLES = ['Staff writer', 'Senior correspondent', 'Heritage reporter', 'Community editor', 'Special to the Ledger', 'Contributing historian', 'Night desk'];
const PLACES = ['HALIFAX', 'Swansea', 'KIRKCALDY', 'Derry', 'TRURO', 'Wolverhampton', 'STORNOWAY', 'Barrow-in-Furness'];
const AGENCIES = ['AFP/Getty', 'ASSOCIATED PRESS', 'Shutterstock', 'MARY EVANS PICTURE LIBRARY', 'Bridgeman Images', 'TopFoto', 'EPA-EFE', 'Hulton Archive'];
const SHOOTERS = ['Idris Mahony', 'Felicity Orr', 'Jan Szymański', 'K. Obuya', 'Lotte Brandt'];
const ARCHIVES = ['the Tyne & Wear Archives', 'Glamorgan Record Office', 'the Ruskin Institute', 'the Pankhurst Trust', 'the Bodleian Library', 'Leeds Central Library', 'a family album'];
const V3_SUBJECTS = ['Coal carts queuing at the staithes', 'The drill hall on polling day', 'Pickets warming their hands at a brazier', 'A tram crossing the swing bridge', 'The laundry cooperative, staff photograph', 'Banner of the Amalgamated Society', 'Ration books laid out on a kitchen table', 'The flooded towpath', 'Girls from the jute works', 'Delegates at the Scarborough conference'];

/** A picture credit in one of the forms papers and archives print. */
const credit = (r: Random): string =>
  pick(r, [
    () => `Photo: ${pick(r, SHOOTERS)}`,
    () => `Credit ${pick(r, AGENCIES)}`,
    () => `(Source: ${pick(r, ARCHIVES)})`,
    () => `Courtesy of ${pick(r, ARCHIVES)}`,
    () => pick(r, AGENCIES).toUpperCase(),
    () => `PHOTOGRAPH BY ${pick(r, SHOOTERS).toUpperCase()}`,
    () => `Image © ${pick(r, AGENCIES)}`,
    () => `[${pick(r, SHOOTERS)} / ${pick(r, AGENCIES)}]`,
  ])();

/** Rules a site or a typesetter draws round a box. */
const rule = (r: Random): string => pick(r, ['─', '═', '*', '-', '━'].map((c) => c.repeat(between(r, 18, 44))));

export interface PamphletTools3 {
  quoted(r: Random, paragraph: string): string | undefined;
  narrow(r: Random, text: string): string[];
}

export const VALIDATION_3 = {
  TOPICS: ['the gasworks', 'chartists', 'evening classes', 'the tannery', 'lodging houses', 'cholera', 'the ferry', 'friendly societies', 'brass bands', 'the lock-out', 'slate quarries', 'almshouses', 'the wash-house', 'herring girls', 'the toll road', 'match workers'],
  LINK_SHAPES: [
    (a: string, b: string) => `Ten things nobody tells you about ${a} (and ${b})`,
    (a: string) => `Photo essay | ${cap(a)} then and now`,
    (a: string, _b: string, n: number) => `${cap(a)}, ${1790 + n * 6}–${1830 + n * 6}`,
    (a: string, b: string) => `Q&A: a curator on ${a}, ${b} and what survives`,
    (a: string) => `Could ${a} happen again?`,
    (a: string, b: string, n: number) => `Part ${n % 7 + 2}: how ${a} shaped ${b} in the northern towns, told through letters, ledgers and the memories of those who were there`,
    (a: string) => `OPINION — Stop romanticising ${a}`,
    (a: string, b: string) => `${cap(a)} vs. ${b}`,
    (a: string, _b: string, n: number, r: Random) => `${cap(a)}: ${n} ${pick(r, ['photographs', 'documents', 'voices', 'maps'])} from the collection`,
  ],
  linkDate: (r: Random): string => pick(r, [() => date(r), () => ago(r), () => `${between(r, 3, 19)}′ read`, () => `Updated ${date(r)} | ${between(r, 2, 88)} replies`])(),
  BYLINES: [
    (_a: string, r: Random) => `By ${pick(r, WRITERS)}, ${pick(r, ROLES)}`,
    (a: string, r: Random) => `${a.toUpperCase()}  ·  ${pick(r, ROLES).toUpperCase()}`,
    (_a: string, r: Random) => `${pick(r, PLACES)}, ${date(r)} —`,
    (a: string, r: Random) => `Words by ${a} / Images by ${pick(r, SHOOTERS)}`,
    (_a: string, r: Random) => `Published: ${date(r)} | Modified: ${ago(r)}`,
    (_a: string, r: Random) => `▪ ${between(r, 2, 19)} min listen ▪ ${between(r, 900, 6400)} words`,
    (a: string, r: Random) => `written by ${a.split(' ').slice(-1)[0]!.toLowerCase()} on ${date(r)}`,
    (_a: string, r: Random) => `From our ${pick(r, PLACES)} bureau`,
  ],
  ALSO_AVAILABLE: [(l: string) => `⇄ Leggi in ${l}`, (l: string) => `This page in: ${l} | Cymraeg | Gàidhlig`, (l: string) => `(${l.toUpperCase()} VERSION AVAILABLE)`],
  LANGUAGES: ['Irish', 'Norwegian', 'Czech', 'Hungarian', 'Basque', 'Romanian', 'Swedish'],
  WEB_NOTICES: [
    (l: string) => `*This report was translated from ${l} and lightly edited for length.*`,
    () => '_Some names in this article have been changed._',
    () => 'Clarification appended 3 days later: the photograph is of a different mill.',
    () => 'ADVERTISER CONTENT FROM OUR PARTNERS',
    (l: string) => `A ${l} summary appears at the foot of the page.`,
    () => 'Warning: contains descriptions of industrial accidents.',
  ],
  CAPTION_SHAPES: [
    (r: Random) => pick(r, V3_SUBJECTS),
    (r: Random) => `${pick(r, V3_SUBJECTS)}, photographed ${pick(r, ['around', 'shortly before', 'some time after'])} ${between(r, 1862, 1974)}.`,
    (r: Random) => `PICTURED: ${pick(r, V3_SUBJECTS).toLowerCase()}`,
    (r: Random) => `▲ ${pick(r, V3_SUBJECTS)} (${pick(r, ['left', 'centre', 'far right'])})`,
    (r: Random) => `Image ${between(r, 1, 9)} of ${between(r, 10, 24)}: ${pick(r, V3_SUBJECTS).toLowerCase()}`,
    (r: Random) => `Top, ${pick(r, V3_SUBJECTS).toLowerCase()}; bottom, the same spot today`,
  ],
  /**
   * A credit for a picture caption: under it (its own line), glued to the caption's end, or none.
   * 'next' sets it on the line after, 'glued' on the caption's own line.
   */
  webCredit: (r: Random): { text: string; place: 'next' | 'glued' } | undefined => (chance(r, 0.55) ? { text: credit(r), place: chance(r, 0.4) ? 'glued' : 'next' } : undefined),
  BASE_WEB_CAPTIONS: [
    (r: Random) => `${pick(r, V3_SUBJECTS)}.`,
    (r: Random) => `File photo, ${between(r, 1901, 1988)}: ${pick(r, V3_SUBJECTS).toLowerCase()}`,
    (r: Random) => `Click to enlarge — ${pick(r, V3_SUBJECTS).toLowerCase()}`,
  ],
  PROMO_SHAPES: [
    (t: string) => `→ Don't miss: ${t}`,
    (t: string) => `LISTEN | ${t}`,
    (_t: string, _r: Random, topic: string) => `Hungry for more on ${topic}? Our reading list has 40 titles.`,
    (t: string) => `[ ${t} ]`,
    (t: string, r: Random) => `${pick(r, ['Previously', 'Earlier this month', 'From the vault'])}: ${t}`,
    () => 'Get 3 issues for £1 — offer ends Sunday',
    (t: string) => `★ Members' pick ★ ${t}`,
    () => 'Advertisement - scroll to continue',
  ],
  /** A promotion set as a box: a rule, a heading-like label, two to four lines, a rule (sometimes). */
  promoBox: (r: Random): readonly string[] | undefined => {
    if (!chance(r, 0.5)) return undefined;
    const top = rule(r);
    const body = pick(r, [
      ['THE LEDGER WEEKLY', 'Long reads on working lives, every Thursday.', 'Enter your email ⟶  [ Sign up ]'],
      ['Book now', 'Heritage open days: mills, chapels and tunnels.', 'Free entry with advance ticket'],
      ['■ FROM THE SHOP', 'Reprints of our 1930s posters, A2 and A3.'],
      ['Gift membership', 'Give a year of stories to someone you love.', 'From £24', 'Choose a gift ›'],
      ['HAVE A STORY?', 'Tell us about your family’s working past: tips@our-site'],
    ]);
    return chance(r, 0.6) ? [top, ...body, top] : [top, ...body];
  },
  /** "Advertisement" labels and slot text a page copy keeps between paragraphs (drawn by this split only). */
  advert: (r: Random): readonly string[] => pick(r, [['— Advertisement —'], ['ADVERTISEMENT · story continues below'], ['Sponsored message'], ['Ad · Why this ad?', 'Report this ad']]),
  APPEALS: [
    ['★ Stand with independent history ★', 'Ninety per cent of our income comes from readers.', 'If everyone reading this gave £3, we would be funded for a year.', 'Give once  |  Give monthly'],
    ['Still here?', 'Then you are exactly who we need.', 'Join 2,318 supporters →'],
    ['─── A NOTE FROM US ───', 'We will never put this archive behind a paywall.', 'Help us keep that promise.'],
    ['Dear reader,', 'Our grant ends this spring.', 'A gift of any size keeps the lights on.', '— The team'],
    ['DONATE ♥', 'Secure payment via card or PayPal'],
  ],
  NAV_WORDS: ['Heritage', 'Features', 'Oral history', 'Galleries', 'Walks', 'Debates', 'Reviews', 'Family history', 'Education', 'Exhibitions', 'Campaigns', 'Audio'],
  NAV_SHAPES: [
    (a: string, b: string) => `${a} ⟶ ${b}`,
    (a: string) => `Inside our ${a.toLowerCase()} season`,
    (a: string, b: string) => `What ${a.toLowerCase()} taught us about ${b.toLowerCase()}`,
    (a: string) => `${a.toUpperCase()}: the essentials`,
    (a: string, b: string) => `${a} / ${b} roundup`,
    (a: string) => `New in ${a.toLowerCase()}`,
  ],
  MENU: ['☰ Menu & search', 'Explore the archive ▾', 'Plan your visit', 'What’s on ▾', 'Collections A–Z', 'Sign up / Log in', 'Basket (0)', 'EN | CY', 'Accessibility tools', 'Jump to main content', 'Our story so far', 'Give ♥'],
  SHARE: ['Share ⤴', 'f  ✉  in', 'Send to a friend', 'Bookmark ☆', 'Copy URL', 'Share on Mastodon', 'Print ⎙', 'SHARE THIS PAGE', 'Post to Bluesky', 'Forward by email'],
  COMMENT_FORMS: [
    ['Reader responses (9)', 'Add your response', 'Display name', 'Email (private)', 'Remember me', 'Send response'],
    ['Conversation', 'Comments are moderated and may take a day to appear.', 'Start the conversation'],
    ['Talk to us', 'First name', 'Surname', 'Your thoughts', '☐ I have read the house rules', 'Post it'],
    ['0 replies', 'Signed-in members can reply.'],
    ['COMMENTS', 'Load 14 more', 'Sort: top rated'],
    ['Replies to this piece are now closed.'],
  ],
  POPUPS: [
    'Psst! You have read 3 of 5 free stories.',
    'Allow essential cookies only',
    'Before you continue: we and our 148 partners store data.',
    'Don’t go yet! Take 20% off a subscription.',
    'Enable push alerts for breaking history',
    'No thanks, I’ll pay full price',
    'Dismiss ✕',
  ],
  RELATED_HEADS: ['Read next', 'People also read', 'More on this theme', 'Continue exploring', 'From the same series', 'If you liked this'],
  LINK_LIST_HEADS: ['Most shared', 'Fresh this week', 'Our picks', 'The archive, A–Z', 'Spotlight', 'All stories'],
  /** A footer at the very end of the page (one to four lines). */
  footer: (r: Random): readonly string[] =>
    pick(r, [
      [`© The Ledger Trust ${between(r, 1999, 2026)} · Registered charity no. ${between(r, 100000, 1199999)}`],
      ['Site map • Press office • Jobs with us • Cookie policy'],
      ['↑ Return to the top of this page'],
      [`Built with care in ${pick(r, PLACES)}`, 'Terms · Privacy · Complaints procedure'],
    ]),

  // ——— PDF extractions ———

  /** A page footer with its page number. */
  RUNNING_FOOTERS: ['Transactions of the Field Club', 'Bulletin of Labour History', 'PAPERS IN REGIONAL STUDIES', 'Oral History Journal'].map(
    (f, k) =>
      (page: number): string =>
        k % 2 ? `${page} | ${f}` : `${f} · ${page}`,
  ),
  CAPTION_SUBJECTS: ['The pump house', 'Lime kilns above the quay', 'A cooperative delivery van', 'Women of the sewing room', 'The toll keeper’s cottage', 'Union banner, detail', 'A fireman’s token', 'The slipway'],
  CAPTION_TAILS: ['seen from the embankment', 'in the winter of 1947', 'shortly after nationalisation', 'after a watercolour', 'since rebuilt', 'reproduced by permission'],
  CAPTION_NOTES: ['the chimney has gone', 'the building at right survives', 'compare plate 4'],
  /** A caption with its credit set under it in the PDF captions (credit none, next line or the same). */
  pdfCredit: (r: Random): { text: string; place: 'next' | 'glued' } | undefined => (chance(r, 0.5) ? { text: credit(r), place: chance(r, 0.35) ? 'glued' : 'next' } : undefined),
  PAMPHLET_FURNITURE: [
    { shape: (r: Random) => [`PLATE ${['II', 'IV', 'VII', 'IX', 'XII'][between(r, 0, 4)]}`, pick(r, V3_SUBJECTS)], kinds: ['figure number', 'caption'] },
    { shape: (r: Random) => [`${pick(r, V3_SUBJECTS)} (Source: ${pick(r, ARCHIVES)})`], kinds: ['caption'] },
    { shape: (r: Random) => [pick(r, V3_SUBJECTS), `Courtesy of ${pick(r, ARCHIVES)}`], kinds: ['caption', 'credit'] },
    { shape: (r: Random) => [`Figure ${between(r, 1, 9)}.${between(r, 1, 9)}`, `${pick(r, V3_SUBJECTS)},`, `about ${between(r, 1870, 1950)}. ${pick(r, AGENCIES).toUpperCase()}`], kinds: ['figure number', 'caption', 'caption'] },
    {
      shape: (r: Random, p: string, t: PamphletTools3) => {
        const s = t.quoted(r, p);
        return s ? [...t.narrow(r, `‘${s}’`), `— ${pick(r, WRITERS)}, ${pick(r, ['interviewed in 1978', 'shop steward', 'in a letter home', 'aged 91'])}`] : undefined;
      },
      kinds: ['pull quote'],
    },
    {
      shape: (r: Random, p: string, t: PamphletTools3) => {
        const s = t.quoted(r, p);
        return s ? [...t.narrow(r, s.toUpperCase())] : undefined;
      },
      kinds: ['pull quote'],
    },
    {
      shape: (r: Random) => [`MAP ${between(r, 1, 5)}: THE ${pick(r, ['TOWNSHIP', 'COALFIELD', 'ESTUARY', 'WARD'])} c.${between(r, 1780, 1910)}`, `Scale 1 : ${pick(r, ['10,560', '25,000', '63,360'])}`, `N ↑`],
      kinds: ['map'],
    },
    { shape: (r: Random) => ['LEGEND', `● ${pick(r, ['Pit heads', 'Toll gates', 'Meeting houses'])}`, `- - - ${pick(r, ['Parish boundary', 'Tramway', 'Old coach road'])}`, `+ ${pick(r, ['Burial ground', 'Well', 'Beacon'])}`], kinds: ['map'] },
    { shape: (r: Random) => [`0 ———— ${pick(r, ['½', '1', '2'])} mile${chance(r, 0.5) ? 's' : ''}`, `Drawn by ${pick(r, SHOOTERS)} after the tithe map`], kinds: ['map'] },
    { shape: (r: Random, _p: string, t: PamphletTools3) => t.narrow(r, `${pick(r, V3_SUBJECTS)}: a print from the ${between(r, 1880, 1930)} survey, the only one known`), kinds: ['side caption'] },
  ] as readonly { shape: (r: Random, paragraph: string, tools: PamphletTools3) => readonly string[] | undefined; kinds: readonly ('caption' | 'credit' | 'figure number' | 'pull quote' | 'map' | 'side caption')[] }[],
  PDF_BYLINES: [
    (a: string) => `A PAPER BY ${a.toUpperCase()}`,
    (a: string, r: Random) => `${a}, ${pick(r, ['M.A.', 'Secretary of the Society', 'Branch Historian', 'sometime schoolmaster'])}`,
    (a: string) => `A lecture by ${a}`,
    (a: string) => `Edited and introduced by ${a}`,
  ],
  PDF_NOTICES: [
    () => 'Occasional Pamphlet No. 17',
    (r: Random) => `Printed for the Society, ${between(r, 1895, 1979)}`,
    () => '_Not to be sold separately_',
    (r: Random) => `Price ${between(r, 2, 9)}d. net`,
    () => 'All rights reserved. No part may be reproduced without permission.',
  ],
  /**
   * A page-number style chosen once per document: "— 12 —", "Page 12", "12 | Title", "p. 12",
   * "[12]", "12 of 40", and roman numerals on the first pages (front matter) before arabic ones.
   */
  folioStyle: (r: Random, title: string, pages: number): ((page: number, index: number) => string) => {
    const roman = (n: number): string => ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'][n] ?? String(n + 1);
    const front = between(r, 1, 3);
    return pick(r, [
      (p: number) => `— ${p} —`,
      (p: number) => `Page ${p}`,
      (p: number) => `${p} | ${title}`,
      (p: number) => `p. ${p}`,
      (p: number) => `[${p}]`,
      (_p: number, k: number) => `${k + 1} of ${pages}`,
      (p: number, k: number) => (k < front ? roman(k) : String(p)),
      (p: number) => `-${p}-`,
    ]);
  },
  /** The running head of even pages: the author's name as the book sets it, or an editor's (invented). */
  versoHead: (r: Random, author: string): string => {
    const roll = r();
    if (roll < 0.35) return author.toUpperCase();
    if (roll < 0.55) return author.toUpperCase().split('').join(' ').replace(/ {3}/g, '   ');
    if (roll < 0.8) return author;
    return pick(r, ['ed. Rowena Tallis', 'EDITED BY H. M. GRAINGER', 'Constance Abernethy (ed.)']);
  },
};
