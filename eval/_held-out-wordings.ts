/**
 * HELD-OUT WORDINGS. Rewritten blind on 2026-12-06 by a helper who had not read the cleaner's
 * rules. Anyone writing or debugging cleaning rules must NOT read this file (nor print what it
 * generates): the held-out half of the evaluation is only scored, and it stays a fair measure
 * only while no rule has seen these words. Debug on the development wordings in degrade.ts.
 *
 * Every list here is drawn only when split === 'held-out'; the development half's wordings
 * live in eval/degrade.ts and share none of these.
 */
import { between, cap, chance, pick, type Random } from './_random.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const two = (n: number): string => String(n).padStart(2, '0');

const TOPICS = [
  'the canals',
  'tenants',
  'the co-ops',
  'apprentices',
  'the mills',
  'allotments',
  'the fishing fleet',
  'tram fares',
  'night schools',
  'the poor law',
  'friendly societies',
  'the harbour board',
  'child labour',
  'enclosure',
  'lodging houses',
  'the chapels',
  'quarrymen',
  'the wool trade',
  'market rights',
  'public baths',
  'the turnpikes',
  'cholera',
  'emigration',
  'factory inspectors',
];

/** Titles of other articles, as a site lists them (link lists, promotions). */
const LINK_SHAPES: ((a: string, b: string, n: number, r: Random) => string)[] = [
  (a, b) => `${cap(a)}, ${b} and the long road to reform`,
  (a) => `Who remembers ${a}?`,
  (a, b, n) => `Part ${n}: ${a} in the age of ${b}`,
  (a) => `“Nobody asked us”: voices from ${a}`,
  (a, b) => `${cap(a)} vs. ${b} – the quarrel that split a town`,
  (a, _b, n) => `${n} photographs of ${a}`,
  (a) => `OPINION | Stop romanticising ${a}`,
  (a, b, n) => `When ${a} met ${b} (${1840 + n * 5})`,
  (a, b) => `Our correspondent spent a week with the last people who remember ${a}, and came back with more questions about ${b} than answers`,
  (a, _b, n) => `Podcast, episode ${n + 40}: ${a}`,
  (a, b) => `Did ${a} make ${b} worse?`,
  (a) => `${cap(a)} — a reading list`,
  (a, _b, n) => `Obituary: the last witness to ${a}, aged ${70 + n}`,
  (a) => `Whatever became of ${a}?`,
  (a) => `Guest post: growing up among ${a}`,
  (a, _b, n) => `Ask the archivist (no. ${n}): where do I start with ${a}?`,
  (a) => `${a.toUpperCase()}: NEW FINDINGS`,
  (a, b) => `In pictures: ${a}, ${b} and a street that is gone`,
  (a, b, n) => `From the ${1900 + 10 * (n % 8)}s files – ${a} and the question of ${b}`,
  (a, _b, _n, r) => `Your views on ${a} (${between(r, 2, 60)} replies)`,
];

/** A date under a listed article, in the forms sites print them. */
function linkDate(r: Random): string {
  const d = between(r, 1, 28);
  const m = between(r, 0, 11);
  const y = between(r, 2003, 2023);
  return pick(r, [`${MONTHS[m]} ${d}, ${y}`, `${two(d)}/${two(m + 1)}/${y}`, `${y}-${two(m + 1)}-${two(d)}`, `${between(r, 2, 11)} days ago`, `${d} ${MON[m]} ${y} · ${between(r, 0, 40)} comments`]);
}

const AUTHOR_ROLES = ['local historian', 'Secretary of the Society', 'our heritage correspondent', 'a retired schoolteacher', 'guest contributor'];
const PHOTOGRAPHERS = ['Ruth Calloway', 'Tom Brack', 'Sunita Mistry', 'Gareth Lloyd', 'Ann Oduya'];

/** Lines between a web page's title and its text: who wrote it, when, how long it takes. */
const BYLINES: ((author: string, r: Random) => string)[] = [
  (a) => `Words: ${a}`,
  (a) => a.toUpperCase(),
  (a) => `Contributor: ${a}`,
  (_a, r) => `Reading time: about ${between(r, 3, 20)} minutes`,
  (_a, r) => `${pick(r, WEEKDAYS)} ${between(r, 1, 28)} ${pick(r, MONTHS)} ${between(r, 2005, 2023)} ${two(between(r, 7, 22))}.${two(between(r, 0, 59))} BST`,
  (a, r) => `Story by ${a} · Photographs by ${pick(r, PHOTOGRAPHERS)}`,
  (a, r) => `${a}, ${pick(r, AUTHOR_ROLES)}`,
  (_a, r) => `Originally published ${pick(r, MONTHS)} ${between(r, 1998, 2012)}; updated ${pick(r, MON)} ${between(r, 2013, 2023)}`,
  (_a, r) => `Tags: ${[0, 1, 2].map(() => pick(r, TOPICS).replace(/^the /, '')).join('; ')}`,
  (_a, r) => `${between(r, 2, 48)} comments`,
  (a, r) => `— ${a}, ${pick(r, MON)} ’${two(between(r, 3, 23))}`,
  (_a, r) => `Categories: ${cap(pick(r, TOPICS))} / Local history`,
];

const LANGUAGES = ['Welsh', 'Italian', 'Dutch', 'Polish', 'Irish', 'Swedish', 'Greek'];
/** How a page offers itself in another language, in that language. */
const NATIVE: Record<string, string> = {
  Welsh: 'Darllenwch yn Gymraeg',
  Italian: 'Leggi in italiano',
  Dutch: 'Lees in het Nederlands',
  Polish: 'Czytaj po polsku',
  Irish: 'Léigh i nGaeilge',
  Swedish: 'Läs på svenska',
  Greek: 'Διαβάστε στα ελληνικά',
};

/** Notices that the piece exists in another language (title-front class). */
const ALSO_AVAILABLE: ((language: string, r: Random) => string)[] = [
  (l, r) => `Translations: ${l} · ${pick(r, LANGUAGES)}`,
  (l) => NATIVE[l] ?? `${l} version`,
  (l) => `This page has been translated into ${l}.`,
  (l) => `Switch language: English | ${l}`,
  (l) => `${l} version (PDF, ${l.length * 23} KB)`,
  (l, r) => `Other languages: ${l}, ${pick(r, LANGUAGES)}`,
  (l) => `A ${l} translation can be sent on request.`,
];

/** The same notice where a page carries one without the title-front class (base damage). */
const WEB_NOTICES: ((language: string) => string)[] = [(l) => `View this page in ${l}`, (l) => `[ ${NATIVE[l] ?? l} ]`, (l) => `${l} translation available`];

const PEOPLE = ['Dock labourers', 'Mill girls', 'Bandsmen', 'Pupils', 'Tenants', 'Pickets', 'Quarrymen', 'Choir members'];
const PLACES = ['the gasworks', 'the Co-operative store', 'the lock-keeper’s cottage', 'the old toll house', 'the swing bridge', 'the pit head', 'the corn exchange', 'the ropewalk'];
const ARCHIVES = ['Eastmoor Heritage Centre', 'the Dale Record Society', 'the Borough Reference Library', 'the Pike family', 'Northern Courier picture desk'];
const AGENCIES = ['Hulton Archive', 'Mirrorpix', 'Bridgeman Images', 'Topfoto', 'PA'];
const SEASONS = ['spring', 'summer', 'autumn', 'winter'];

function scene(r: Random): string {
  const year = between(r, 1855, 1975);
  return pick(r, [`${pick(r, PEOPLE)} at ${pick(r, PLACES)}`, `${cap(pick(r, PLACES))} in ${year}`, `${pick(r, PEOPLE)} near ${pick(r, PLACES)}, ${year}`]);
}

/** Picture captions of a web page or a PDF (captions, pdf-headings classes), one line. */
const CAPTION_SHAPES: ((r: Random) => string)[] = [
  (r) => `Pictured: ${pick(r, PEOPLE).toLowerCase()} at ${pick(r, PLACES)}, ${between(r, 1870, 1965)}`,
  (r) => `${cap(pick(r, PLACES))}, ${pick(r, SEASONS)} ${between(r, 1880, 1960)}. ${cap(pick(r, ARCHIVES))}`,
  (r) => `[Image: ${scene(r).replace(/^\p{Lu}/u, (c) => c.toLowerCase())}]`,
  (r) => `Photograph by ${pick(r, PHOTOGRAPHERS)} for the ${pick(r, ['Courier', 'Gazette', 'Society'])}`,
  (r) => `${scene(r)} — photo © ${pick(r, PHOTOGRAPHERS)}`,
  (r) => `Source: ${pick(r, ARCHIVES)}, ref. ${pick(r, ['D', 'MS', 'PH'])}/${between(r, 100, 9999)}/${between(r, 1, 40)}`,
  (r) => `Illustration: ${pick(r, PHOTOGRAPHERS)}`,
  (r) => `${scene(r)} (click image to enlarge)`,
  (r) => `Top: ${pick(r, PLACES)}; bottom: ${pick(r, PEOPLE).toLowerCase()} in ${between(r, 1890, 1950)}`,
  (r) => `PHOTO: ${pick(r, PHOTOGRAPHERS).toUpperCase()}/${pick(r, AGENCIES).toUpperCase()}`,
  (r) => `${pick(r, PHOTOGRAPHERS)}/${pick(r, AGENCIES)}`,
  (r) => `An early postcard of ${pick(r, PLACES)}, postmarked ${between(r, 1902, 1939)}`,
  (r) => `${scene(r)}. Reproduced with thanks to ${pick(r, ARCHIVES)}`,
  (r) => `Inset: ${pick(r, PEOPLE).toLowerCase()} and their banner`,
];

/** A credit line set under a web caption (a held-out-only shape: the development half's web captions stand alone). */
const WEB_CREDITS: ((r: Random) => string)[] = [
  (r) => `${pick(r, PHOTOGRAPHERS)} / ${pick(r, AGENCIES)}`,
  (r) => `(Courtesy ${pick(r, ARCHIVES)})`,
  (r) => `© ${between(r, 1990, 2023)} ${pick(r, PHOTOGRAPHERS)}. All rights reserved.`,
  (r) => `Picture: ${pick(r, AGENCIES)}`,
];

/** The base damage's web caption, between two paragraphs. */
const BASE_WEB_CAPTIONS: ((r: Random) => string)[] = [(r) => scene(r), (r) => `${cap(pick(r, PLACES))}, about ${between(r, 1860, 1960)}`, (r) => `${pick(r, PEOPLE)} on strike, ${between(r, 1880, 1930)}`];

/** Promotions inside the article: a link to another one, or an advertisement's marker. */
const PROMO_SHAPES: ((title: string, r: Random, topic: string) => string)[] = [
  (t) => `Don’t miss: ${t}`,
  (t) => `→ ${t}`,
  (t) => `ALSO READ | ${t}`,
  (t) => `Recommended for you: ${t}`,
  (t) => `[Further reading: ${t}]`,
  (t) => `Previously — ${t}`,
  (t, _r, topic) => `More on ${topic}: ${t}`,
  (t, r) => `Listen: ${t} (${between(r, 12, 58)} min)`,
  (t) => `${t} »`,
  (t) => `Next in this series: ${t}`,
  (_t, _r, topic) => `Sign up to our free weekly newsletter for more on ${topic}`,
  () => 'Advertisement',
];

/** A sign-up or listening box of a few lines inside the article, set where a one-line promotion would stand (a held-out-only shape). */
const PROMO_BOXES: string[][] = [
  ['Get the weekly digest', 'One email every Friday with the best of the archive. No spam; unsubscribe at any time.', 'Your email address', 'Sign me up'],
  ['NEWSLETTER', 'Local history in your inbox, once a month.', 'Count me in'],
  ['Podcast', 'Hear this story read aloud, with music of the period.', 'Play episode ▶'],
  ['Events near you', 'Guided walks, talks and open days: see what is on this month.'],
];
function promoBox(r: Random): readonly string[] | undefined {
  return chance(r, 0.35) ? pick(r, PROMO_BOXES) : undefined;
}

/** Donation appeals after the article. */
const APPEALS: string[][] = [
  ['Can you chip in?', 'Writing like this takes time and costs money. If everyone reading this gave £3, we would be funded for a year.', 'Make a contribution'],
  ['A note from the editors', 'We have never run adverts and we never will. The archive stays open because a few hundred readers pay for it.'],
  ['INDEPENDENT · READER-FUNDED · AD-FREE', 'Become a member from £4 a month →'],
  ['This archive runs on donations.', 'Give once or give monthly: cancel at any time.', 'Donate via PayPal'],
  ['Found this useful?', 'Buy us a cup of tea'],
  ['Thank you for reading to the end', 'We are a small registered charity (no. 1104772) and rely on gifts large and small. Could you help us publish the next piece?'],
  ['Friends of the Archive', 'For £15 a year you receive two printed newsletters and first notice of our talks and walks. Join today'],
];

const NAV_WORDS = ['Heritage', 'Archives', 'Harbours', 'Mills', 'Chapels', 'Tenancies', 'Apprentices', 'Markets', 'Fisheries', 'Quarries', 'Tramways', 'Allotments', 'Bridges', 'Guilds', 'Baths', 'Almanacs'];
/** Titles in a site's menu and its related-links box. */
const NAV_SHAPES: ((a: string, b: string) => string)[] = [
  (a) => `${a}: a beginner’s guide`,
  (a) => `${a} of the north: a photo essay`,
  (a, b) => `${a} & ${b} — new research`,
  (a) => `Where have all the ${a.toLowerCase()} gone?`,
  (a, b) => `Mapping ${a.toLowerCase()}, ${b.toLowerCase()} and more`,
  (a) => `Ten years of ${a.toLowerCase()}`,
  (a) => a.toUpperCase(),
  (a) => `Your questions on ${a.toLowerCase()}, answered`,
];
const MENU = ['Front page', 'Who we are', 'Get in touch', 'Back issues', 'Membership', 'Shop', 'Search', 'Log in', 'Newsletter', 'Our projects', 'Blog', 'Visit', 'Menu ☰'];
const SHARE = ['Share via email', 'Print this page', 'Twitter · Facebook · LinkedIn · WhatsApp', 'Pin it', 'Copy link', 'SHARE THIS STORY', 'Spread the word:', 'Email a friend'];
const COMMENT_FORMS: string[][] = [
  ['Join the discussion', 'Your comment will appear once a moderator has approved it.', 'Name (required)', 'Email (will not be published) (required)', 'Submit'],
  ['No comments yet. Be the first to share your thoughts!'],
  ['Discussion', 'Sort by: Newest first', 'Log in to reply', 'Load more comments'],
  ['Commenting has been turned off for this article.'],
  ['Have your say', 'Comments are moderated and may take a day to appear. Please keep it civil.', 'Post as a guest', 'Send'],
  ['12 responses', 'Add yours', 'Notify me of follow-up comments by email.'],
];
const POPUPS = ['Never miss an article: sign up for our free newsletter', 'By continuing to browse you agree to our use of cookies. Accept all', 'You have read 2 of your 3 free articles this month.', 'Close ×', 'Back to top ↑'];
const RELATED_HEADS = ['More like this', 'Further reading', 'Also in this issue', 'Elsewhere on the site', 'Popular now', 'KEEP READING'];
const LINK_LIST_HEADS = ['Trending now', 'Editors’ picks', 'From the archive', 'MORE STORIES', 'Browse by date', 'Popular this week', 'Archive'];

const BRANCHES = ['Eastmoor', 'Thornbury', 'Calder Vale', 'Saltley', 'Northfleet'];
function initials(author: string): string {
  const names = author.split(' ');
  return [...names.slice(0, -1).map((n) => `${n[0]}.`), names[names.length - 1]].join(' ');
}

/** The author's line under a pamphlet's title. */
const PDF_BYLINES: ((author: string, r: Random) => string)[] = [
  (a) => `Compiled by ${a}`,
  (a) => initials(a).toUpperCase(),
  (a, r) => `${a}, ${pick(r, ['Hon. Secretary', 'Branch Archivist', 'Editor', 'Vice-President'])}`,
  (a) => `Text: ${a}`,
  (a) => `— ${a} —`,
  (a) => `A paper by ${initials(a)}`,
  (a, r) => `${a.toUpperCase()} (${pick(r, BRANCHES)} Branch)`,
];

/** A pamphlet's imprint and price lines under its title. */
const PDF_NOTICES: ((r: Random) => string)[] = [
  () => 'PRICE ONE SHILLING',
  (r) => `Published by the ${pick(r, BRANCHES)} Local History Group, ${between(r, 1948, 1989)}`,
  () => 'Printed for private circulation',
  (r) => `Issued by the Workers’ Educational Association, ${pick(r, BRANCHES)} Branch`,
  (r) => `Local History Series, No. ${between(r, 2, 40)}`,
  () => 'Copyright reserved',
  (r) => `Third impression, ${between(r, 1950, 1985)}`,
  (r) => `(A lecture given at the ${pick(r, BRANCHES)} Institute on ${between(r, 1, 28)} ${pick(r, MONTHS)} ${between(r, 1930, 1975)})`,
  () => 'Sixpence net',
];

/** A pamphlet's page footer with its page number. */
const RUNNING_FOOTERS: ((page: number) => string)[] = [
  (p) => `Northern Industrial History Review · ${p}`,
  (p) => `${p} | BULLETIN OF THE DALE RECORD SOCIETY`,
  (p) => `Notes & Queries for the Three Ridings, no. 4 — page ${p}`,
  (p) => `The Antiquary’s Notebook ${p}`,
  (p) => `[${p}] Heritage Trail Guides`,
  (p) => `Papers of the Borough Archaeological Group, ${p}`,
];

/** A page number alone, in a pamphlet's style (one style a document). */
const FOLIOS: ((page: number) => string)[] = [(p) => String(p), (p) => `— ${p} —`, (p) => `[${p}]`, (p) => `p. ${p}`, (p) => `Page ${p}`];

/** The base damage's PDF captions: a subject, a tail and sometimes a note after a colon. */
const CAPTION_SUBJECTS = [
  'The gasworks jetty',
  'A shunting horse and its driver',
  'Pickets at the quarry gate',
  'The old Mechanics’ Institute',
  'Women gutting herring',
  'The toll keeper and his family',
  'A Sunday-school outing',
  'The bandstand in the park',
  'Coal staithes on the river',
  'The Co-operative drapery',
];
const CAPTION_TAILS = ['c. 1912', 'shortly before demolition', 'on a wet morning in 1926', 'in a photograph of the 1880s', 'from a lantern slide', '(date unknown)', 'during the 1921 lock-out', 'as drawn by a pupil'];
const CAPTION_NOTES = ['enlarged from a postcard', 'courtesy of a former resident', 'the chimney came down in 1967', 'the boy on the right became a councillor', 'compare the view on p. 14'];

// ——— pamphlet furniture (captions class of a PDF) ———

const PICTURES = [
  'The coal staithes at low tide',
  'Pickets outside the quarry office',
  'The Sunday-school treat of 1907',
  'Inside the ropewalk',
  'The first co-operative store',
  'A carter with his load of hay',
  'Women at the herring farlins',
  'The swing bridge under repair',
  'Graves in the Friends’ burial ground',
  'The lock-keeper’s cottage',
];
const SOURCES = ['the Dale Record Society', 'Mrs E. Thornley', 'the Borough Reference Library', 'the late Harold Pike', 'Eastmoor Heritage Centre', 'the Illustrated London News, 1871'];
const CREDITED = ['R. Calloway', 'T. Brack', 'S. Mistry', 'G. Lloyd', 'A. Oduya'];
const FEATURES = ['Corn mill', 'Toll house', 'Parish church', 'Lime kilns', 'Ferry landing', 'Workhouse', 'Brewery', 'Smithy'];
const DISTRICTS = ['Thornbury', 'Calder Vale', 'Saltley Moor', 'Northfleet', 'Eastmoor'];
const lower = (s: string): string => s.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());

/** What a pamphlet shape may use from the degrader: a sentence of the paragraph, and a narrow measure. */
export interface PamphletTools {
  quoted(r: Random, paragraph: string): string | undefined;
  narrow(r: Random, text: string): string[];
}

/** Pamphlet furniture set around pictures, quotes and maps, with the kind of each line (the last kind for any further lines). */
const PAMPHLET_FURNITURE = [
  { shape: (r: Random) => [`${pick(r, PICTURES)}.`, `Reproduced by courtesy of ${pick(r, SOURCES)}`], kinds: ['caption', 'credit'] },
  { shape: (r: Random) => [`${pick(r, PICTURES)} (photo: ${pick(r, CREDITED)})`], kinds: ['caption'] },
  { shape: (r: Random) => [cap(pick(r, SOURCES)).toUpperCase(), `${pick(r, PICTURES)}, ${between(r, 1870, 1955)}`], kinds: ['credit', 'caption'] },
  { shape: (r: Random) => [`Ill. ${between(r, 1, 24)}`, pick(r, PICTURES)], kinds: ['figure number', 'caption'] },
  { shape: (r: Random) => [`${pick(r, PICTURES)}`, `(see the plan on page ${between(r, 2, 30)})`], kinds: ['caption', 'caption'] },
  {
    shape: (r: Random, p: string, t: PamphletTools) => {
      const s = t.quoted(r, p);
      return s ? t.narrow(r, `‘${s}’`) : undefined;
    },
    kinds: ['pull quote'],
  },
  {
    shape: (r: Random, p: string, t: PamphletTools) => {
      const s = t.quoted(r, p);
      return s ? t.narrow(r, s.toUpperCase()) : undefined;
    },
    kinds: ['pull quote'],
  },
  {
    shape: (r: Random, p: string, t: PamphletTools) => {
      const s = t.quoted(r, p)?.split(' ');
      return s ? t.narrow(r, `…${s.slice(Math.min(3, s.length - 5)).join(' ')}`) : undefined;
    },
    kinds: ['pull quote'],
  },
  {
    shape: (r: Random) => [`${pick(r, DISTRICTS)} and its neighbourhood, from the Ordnance Survey of ${between(r, 1846, 1910)}`, pick(r, ['Scale: six inches to one mile', 'Scale 1 : 2,500', 'Not to scale'])],
    kinds: ['map'],
  },
  { shape: (r: Random) => Array.from({ length: between(r, 3, 5) }, (_, k) => `${k + 1}  ${pick(r, FEATURES)}`), kinds: ['map'] },
  { shape: (r: Random) => [`— — parish boundary     · · · footpath     ═══ ${lower(pick(r, ['Turnpike road', 'Tramway', 'Mineral line']))}`], kinds: ['map'] },
  {
    shape: (r: Random, _p: string, t: PamphletTools) => t.narrow(r, `Opposite: ${lower(pick(r, PICTURES))}, photographed for the Group in ${between(r, 1950, 1985)}`),
    kinds: ['side caption'],
  },
  {
    shape: (r: Random, _p: string, t: PamphletTools) => t.narrow(r, `${pick(r, PICTURES)}. The building on the far side was pulled down soon afterwards.`),
    kinds: ['side caption'],
  },
  { shape: (r: Random) => [`${pick(r, PICTURES).toUpperCase()}`, `Photo ${pick(r, CREDITED)}`], kinds: ['caption', 'credit'] },
] as const;

/** Optionally a credit line under a web caption. */
function webCredit(r: Random): string | undefined {
  return chance(r, 0.3) ? pick(r, WEB_CREDITS)(r) : undefined;
}

export const HELD_OUT = {
  TOPICS,
  LINK_SHAPES,
  linkDate,
  LINK_LIST_HEADS,
  BYLINES,
  LANGUAGES,
  ALSO_AVAILABLE,
  WEB_NOTICES,
  CAPTION_SHAPES,
  webCredit,
  BASE_WEB_CAPTIONS,
  PROMO_SHAPES,
  promoBox,
  APPEALS,
  NAV_WORDS,
  NAV_SHAPES,
  MENU,
  SHARE,
  COMMENT_FORMS,
  POPUPS,
  RELATED_HEADS,
  PDF_BYLINES,
  PDF_NOTICES,
  RUNNING_FOOTERS,
  FOLIOS,
  CAPTION_SUBJECTS,
  CAPTION_TAILS,
  CAPTION_NOTES,
  PAMPHLET_FURNITURE,
};
