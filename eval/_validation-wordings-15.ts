/**
 * The fifteenth validation split's furniture wordings (`npm run eval -- --validation 15`): every web
 * and PDF furniture pool worded anew by a helper who had read neither the cleaner's rules nor any
 * blind split's wordings. A BLIND SELECTION SET (like validations 5, 11 and 13): the lead scores it;
 * nobody looks at its cases, and no rule may be keyed on its words.
 *
 * The register is a regional heritage network's site and its printed proceedings (a county record
 * office, a ship-model society, a show society, a sewing-machine collectors' circle), with
 * furniture in Polish, Welsh, Czech, Romanian, Hungarian and Estonian beside English.
 *
 * What it draws that no earlier split drew is SHAPE. On web pages: an accessibility toolbar above
 * the menu ("skip" links, text-size and contrast controls, one a line); a paywall overlay cutting a
 * paragraph in two, the hidden rest of the paragraph still in the copy under it; a "you might also
 * like" carousel between paragraphs, its cards one a line with a slide counter and arrows; an
 * embedded social post's leftovers (the account, its handle and date, a "view on" line, a count);
 * an embedded map's leftovers (the map data credit, its keyboard and zoom controls); a picture's
 * file name and its machine-written alt text scraped as lines. In PDF extractions: a typesetter's
 * slug line (the layout file's name, page, date and time) at some pages' feet; a page left blank
 * with its notice between two pages; a reviewer's comments from the proof exported as lines of the
 * text; a table's body extracted row by row with its columns as runs of spaces; hyphenation marks
 * of a scan ("¬", a soft hyphen or a Unicode hyphen) at the ends of hyphenated lines; ligatures
 * dropped from words ("signicant") by a font that had no text mapping. No pool falls back to
 * another list.
 */
import { between, cap, chance, pick, type Random } from './_random.ts';

const MONTHS_PL = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const MONTHS_CY = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const MONTHS_CS = ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'];
const MONTHS_RO = ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const yr = (r: Random): number => between(r, 2009, 2026);
const dd = (r: Random): number => between(r, 1, 28);
const pad = (n: number): string => String(n).padStart(2, '0');

/** A date as this split's sites write it. */
const when = (r: Random): string =>
  pick(r, [
    () => `${dd(r)} ${pick(r, MONTHS_PL)} ${yr(r)}`,
    () => `${dd(r)} ${pick(r, MONTHS_CY)} ${yr(r)}`,
    () => `${dd(r)}. ${pick(r, MONTHS_CS)} ${yr(r)}`,
    () => `${dd(r)} ${pick(r, MONTHS_RO)} ${yr(r)}`,
    () => `${yr(r)}. ${pad(between(r, 1, 12))}. ${pad(dd(r))}.`,
    () => `${pick(r, MONTHS_EN)} ${dd(r)}th, ${yr(r)}`,
    () => `${dd(r)}/${between(r, 1, 12)}/${String(yr(r)).slice(2)}`,
  ])();

const CURATORS = ['Branwen Lloyd-Pugh', 'Jarosław Kępiński', 'Věra Doležalová', 'Ioana Mureșan', 'Kadri Tamm', 'Orsolya Bárány', 'Hugh Penhallow', 'Dilys Morgan-Hale', 'Tadeusz Wilk', 'Ruairi Fenwick'];
const SNAPPERS = ['Marek Zawadzki', 'Elin Haf Rowlands', 'Petr Šimůnek', 'Andrei Cozma', 'Liis Kask', 'Gideon Strachan'];
const HOLDINGS = ['the county record office', 'Ceredigion Archives', 'Muzeum Techniki w Warszawie', 'Národní technické muzeum', 'Muzeul Țării Crișurilor', 'Eesti Meremuuseum', 'a private collection in Ludlow', 'the society’s lantern-slide cabinet'];
const OUTLETS = ['Hedgerow Post', 'the Marches Chronicle', 'Gazeta Pomorska Weekend', 'Y Cymro Bach', 'Večerník Podhůří'];

const V15_SUBJECTS = [
  'A treadle machine in a front parlour window',
  'Ewes penned for judging on the show field',
  'The schooner dried out against the quay wall',
  'Quarrymen posed on the lower bench',
  'The clockmaker’s bench with its wheel engine',
  'A carbide lamp on a delivery bicycle',
  'The reading of the verdict outside the inn',
  'Bog asphodel in flower on the common',
  'Boys on the bleachers behind third base',
  'The cast gallery before the war',
  'A radio producer at the sound-effects table',
  'Girls in gymslips with a geological hammer',
];

/** A picture credit as this split's sites and proceedings print it. */
const credit15 = (r: Random): string =>
  pick(r, [
    () => `Fot. ${pick(r, SNAPPERS)}`,
    () => `Llun: ${pick(r, SNAPPERS)}`,
    () => `Foto: ${pick(r, SNAPPERS)} / archiv`,
    () => `Sursa foto: ${pick(r, HOLDINGS)}`,
    () => `Picture lent by ${pick(r, HOLDINGS)}`,
    () => `Reproduced by kind permission of ${pick(r, HOLDINGS)}`,
    () => `Fotó: ${pick(r, SNAPPERS)}`,
    () => `(photo ${pick(r, SNAPPERS).split(' ')[1]!.toLowerCase()} / ${OUTLETS[0]})`,
  ])();

export interface PamphletTools15 {
  quoted(r: Random, paragraph: string): string | undefined;
  narrow(r: Random, text: string): string[];
}

/** A short file stem made from a title, as a typesetter or a web editor names files. */
const stemOf = (title: string): string =>
  title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z ]+/g, '')
    .split(' ')
    .filter((w) => w.length > 3)
    .slice(0, 2)
    .join('_');

export const VALIDATION_15 = {
  TOPICS: ['treadle machines', 'show fields', 'schooners', 'quarry faces', 'longcase clocks', 'carbide lamps', 'coroners', 'heathland bogs', 'pennant races', 'grave stelai', 'lifeboat crews', 'field geology', 'sheepdog trials', 'clay ports', 'patent agents', 'radio features'],
  LINK_SHAPES: [
    (a: string) => `Inside the last workshop of ${a}`,
    (a: string, b: string) => `From ${a} to ${b}: a county in twelve objects`,
    (a: string, _b: string, n: number) => `${n} things nobody tells you about ${a}`,
    (a: string) => `Czytaj także: ${a} na Pomorzu`,
    (a: string) => `Darllenwch hefyd: ${a}`,
    (a: string) => `Mohlo by vás zajímat: ${a}`,
    (a: string) => `Citește și: ${a} în Ardeal`,
    (a: string, b: string) => `Why ${a} outsold ${b}, and then vanished`,
    (a: string, _b: string, n: number) => `Members’ gallery no. ${n}: ${a}`,
    (a: string) => `Ask the archivist — ${cap(a)}?`,
    (a: string, b: string) => `Oral history tape: ${a}, ${b} and a long winter`,
    (a: string) => `Loe ka: ${a}`,
  ],
  linkDate: (r: Random): string => pick(r, [() => `dodano ${between(r, 2, 30)} dni temu`, () => `${between(r, 2, 16)} mun o ddarllen`, () => `před ${between(r, 2, 11)} týdny`, () => `acum ${between(r, 2, 9)} luni`, () => `${when(r)} · ${between(r, 2, 70)} replies`])(),
  BYLINES: [
    (a: string, r: Random) => `Written up by ${a} for ${pick(r, OUTLETS)}`,
    (a: string, r: Random) => `Autor: ${a} · ${when(r)}`,
    (a: string, r: Random) => `Gan ${a}, ${when(r)}`,
    (a: string, r: Random) => `Text: ${a} | Foto: ${pick(r, SNAPPERS)}`,
    (a: string, r: Random) => `de ${a}, publicat ${when(r)}`,
    (_a: string, r: Random) => `Checked against the original by ${pick(r, CURATORS)}`,
    (a: string, r: Random) => `${a} — society member since ${between(r, 1968, 2019)}`,
    (a: string, r: Random) => `Posted by ${a.split(' ')[0]} in Members’ Research on ${when(r)}`,
    (a: string, r: Random) => `Írta: ${a}, ${when(r)}`,
    (a: string, r: Random) => `${a.toUpperCase()} / ${pick(r, ['RECORD OFFICE DESK', 'COLLECTIONS TEAM', 'VOLUNTEER PAGES'])}`,
  ],
  ALSO_AVAILABLE: [
    (l: string) => `Ten artykuł jest dostępny także w języku: ${l.toLowerCase()}`,
    (l: string) => `Mae’r erthygl hon ar gael yn ${l} hefyd`,
    (l: string) => `Read this story in ${l} (machine-translated, beta)`,
    (l: string) => `Článek je k dispozici také v jazyce ${l.toLowerCase()}`,
    (l: string) => `⇄ ${l} version of this page`,
  ],
  LANGUAGES: ['Manx', 'Breton', 'Kashubian', 'Frisian', 'Lithuanian', 'Icelandic', 'Basque', 'Maltese'],
  WEB_NOTICES: [
    (l: string) => `Our volunteers put this into English from the ${l} original; corrections welcome.`,
    () => 'This page was moved from our old website and some links may no longer work.',
    () => 'Artykuł został zaktualizowany po publikacji.',
    () => 'Cyhoeddwyd yr erthygl hon gyntaf yn ein cylchlythyr.',
    (l: string) => `Přeloženo z jazyka ${l.toLowerCase()} pro tento web.`,
    () => 'Note from the web team: the photographs on this page are low-resolution copies.',
    () => 'Acest articol a fost publicat inițial în revista tipărită.',
  ],
  CAPTION_SHAPES: [
    (r: Random) => `${pick(r, V15_SUBJECTS)} [${between(r, 1880, 1975)}?]`,
    (r: Random) => `Na zdjęciu: ${pick(r, V15_SUBJECTS).toLowerCase()}`,
    (r: Random) => `Yn y llun: ${pick(r, V15_SUBJECTS).toLowerCase()}`,
    (r: Random) => `${pick(r, V15_SUBJECTS)} (tap to expand)`,
    (r: Random) => `Pe imagine: ${pick(r, V15_SUBJECTS).toLowerCase()}`,
    (r: Random) => `${pick(r, V15_SUBJECTS)}; the negative is cracked across one corner.`,
    (r: Random) => `${pick(r, V15_SUBJECTS)}, as recorded by a member in ${between(r, 1902, 1979)}`,
    (r: Random) => `Na snímku: ${pick(r, V15_SUBJECTS).toLowerCase()}`,
  ],
  BASE_WEB_CAPTIONS: [(r: Random) => `Pictured: ${pick(r, V15_SUBJECTS).toLowerCase()}`, (r: Random) => `${pick(r, V15_SUBJECTS)} (enlarge ⤢)`, (r: Random) => `Fig.: ${pick(r, V15_SUBJECTS)}`, (r: Random) => `${pick(r, V15_SUBJECTS)}, undated print`],
  PROMO_SHAPES: [
    (t: string) => `MORE FROM THE ARCHIVE ⟶ ${t}`,
    (t: string) => `Zobacz również: ${t}`,
    (t: string) => `Gweler hefyd: ${t}`,
    (t: string) => `Doporučujeme: ${t}`,
    (t: string) => `Vezi și ${t}`,
    (_t: string, _r: Random, topic: string) => `Researching ${topic}? Our free guide explains where the records are kept.`,
    () => 'Friends of the Record Office read every new story a week early.',
    (t: string) => `Editor’s pick ✦ ${t}`,
    (t: string, r: Random) => `${pick(r, ['Audio', 'Slideshow', 'Transcript'])} ⟩ ${t}`,
    () => 'Partner content · Order old maps of your parish as framed prints',
    (t: string) => `Lisalugemist: ${t}`,
  ],
  promoBox: (r: Random): readonly string[] | undefined => {
    if (!chance(r, 0.45)) return undefined;
    return pick(r, [
      ['THE MONTHLY DISPATCH', 'New finds from the strongroom, first Tuesday of every month.', 'Type your e-mail to subscribe', 'Add me to the dispatch'],
      ['Zapisz się na nasz newsletter', 'Co miesiąc nowe historie z archiwum.', 'Tak, zapisuję się do listy'],
      ['Our show-day guidebook is back in print', '96 pages of schedules, winners and photographs since 1894.', 'Buy the guidebook (£7.50) →'],
      ['Help us catalogue the Penhallow papers', 'Two hours a week from home is enough. Training given.'],
      ['🗂 Hold the printed Proceedings', 'Two volumes a year for society members.', 'Become a member of the society'],
    ]);
  },
  advert: (r: Random): readonly string[] => pick(r, [['— Reklama —'], ['Hysbyseb · mae’r erthygl yn parhau isod'], ['SPONSORED MESSAGE · ARTICLE CONTINUES'], ['Reclamă', 'Închide reclama'], ['Ad choices · why am I seeing this?']]),
  APPEALS: [
    ['Archives do not keep themselves.', 'The strongroom’s dehumidifiers cost us £40 a week to run.', 'A gift of any size keeps these stories online and free to read.', 'Give to the strongroom fund →'],
    ['JOIN THE SOCIETY THIS SHOW SEASON', 'Membership is £12 a year and includes the Proceedings.', 'Application forms are at the secretary’s tent or on this website.'],
    ['Wesprzyj archiwum parafii i powiatu', 'Utrzymujemy się wyłącznie z darowizn czytelników.', 'Przekazuję dar na archiwum'],
    ['Every pound you give this week is doubled', 'A local trust will match gifts up to £2,000 until Sunday.', 'Give and double it'],
    ['Cefnogwch ein gwaith', 'Mae pob rhodd yn ein helpu i ddigido rhagor o ddogfennau.'],
    ['You have read to the bottom of the page.', 'If these records have helped your own research, please think of supporting us.', 'Supporters receive our printed calendar each December.'],
  ],
  NAV_WORDS: ['Collections', 'Family history', 'Volunteering', 'Shop', 'Learning zone', 'Projects', 'Blog', 'Visit us', 'Catalogue', 'Newsroom', 'Exhibitions', 'Search tips'],
  NAV_SHAPES: [
    (a: string, b: string) => `${a} / ${b} / all entries`,
    (a: string) => `Explore ${a.toLowerCase()} ⟶`,
    (a: string, b: string) => `${a} & ${b.toLowerCase()} this season`,
    (a: string) => `${a}: the full A–Z index`,
    (a: string) => `⋯ ${a.toUpperCase()} ⋯`,
    (a: string, b: string) => `New here? Try ${a.toLowerCase()} before ${b.toLowerCase()}`,
  ],
  MENU: ['Strona główna › Archiwum', 'Hafan › Casgliadau', 'Úvod / Sbírky / Články', 'Acasă » Arhivă', 'Avaleht · Kogud', 'Főoldal › Gyűjtemény', 'Log in to the members’ area', 'Search the catalogue 🔎', '≡ Menu serwisu', 'Opening hours & directions', 'Book a reading-room seat', 'Cymraeg ⇄ English', 'Friends & donors', 'Record office shop'],
  SHARE: ['Udostępnij na Twitterze', 'Rhannwch y stori ar Facebook', 'Sdílet na Facebooku', 'Distribuie pe WhatsApp', 'Jaga Facebookis', 'Megosztás a Facebookon', 'Send this page by e-mail ✉', 'Share ⟋ Copy ⟋ Print', 'Link copied!', 'Save to reading list 🔖', 'Post to Mastodon', 'Share via Bluesky'],
  COMMENT_FORMS: [
    ['Skomentuj ten artykuł', 'Nie pokażemy nikomu twojego adresu e-mail.', 'Imię *', 'Adres e-mail *', 'Wyślij komentarz do archiwisty'],
    ['Gadewch sylw', 'Enw (gofynnol)', 'E-bost (ni chaiff ei gyhoeddi)', 'Anfon sylw'],
    ['Do you know more about this photograph?', 'Tell us below; comments are read by the archivist before they appear.', 'Your name (as it should appear)', 'What do you know?', 'Send to the archivist'],
    ['Comments are open to registered members only.', 'Sign in or register (free)'],
    ['Lasă un comentariu', 'Anulează răspunsul', 'Trimite comentariul'],
    ['Comments on this entry are now closed.'],
    ['MEMBERS’ NOTES ON THIS RECORD (14)', 'Oldest notes first ▾', 'Load 6 more notes'],
  ],
  POPUPS: [
    'Ta strona używa plików cookie.',
    'Rydym yn defnyddio cwcis i gyfrif ymwelwyr.',
    'Accept only the cookies we need',
    'Tato stránka používá soubory cookie.',
    'Acceptă toate cookie-urile',
    'You have 1 free archive story left this week.',
    'Before you go — get the dispatch ✕',
    'Dismiss this message and continue ×',
  ],
  RELATED_HEADS: ['Podobne artykuły', 'Erthyglau tebyg', 'Související články', 'Articole similare', 'More from the strongroom', 'If you liked this record', 'Seotud lood'],
  LINK_LIST_HEADS: ['Najczęściej czytane', 'Mwyaf poblogaidd', 'Nejčtenější', 'Cele mai citite', 'Most viewed in the catalogue', 'Members’ favourites', 'Recently digitised'],
  footer: (r: Random): readonly string[] =>
    pick(r, [
      [`© ${between(r, 2004, 2026)} Marches Heritage Network CIO. Registered charity no. ${between(r, 1100000, 1199999)}.`],
      ['Polityka prywatności · Regulamin · Kontakt'],
      ['Hygyrchedd | Preifatrwydd | Cysylltu â ni'],
      ['Accessibility statement · Freedom of information · Site map', 'Built by volunteers on a shoestring'],
      ['Return to top ⇡'],
    ]),

  // ——— new web shapes ———

  /** An accessibility toolbar over the menu: skip links and text-size or contrast controls, one a line. */
  accessibilityBar: (r: Random): string[] =>
    pick(r, [
      () => ['Skip to main content', 'Skip to footer', 'Accessibility tools ▾', 'Text size: A  A+  A++'],
      () => ['Przejdź do treści', 'Wersja kontrastowa', 'Powiększ tekst A+'],
      () => ['Neidio i’r prif gynnwys', 'Maint testun: A A A', 'Cyferbyniad uchel ◑'],
      () => ['Přeskočit na obsah', 'Zvětšit písmo', 'Vysoký kontrast'],
      () => ['Jump to the article', 'Listen with ReadSpeaker ▶', 'Dyslexia-friendly font: off', 'High contrast: on'],
    ])(),
  /** A paywall overlay set inside a paragraph: a call, a reason, a sign-in line (the rest of the paragraph follows in the copy). */
  paywallCut: (r: Random): string[] =>
    pick(r, [
      () => ['Subscribe to continue reading', 'This story is for members of the society.', 'Already a member? Log in'],
      () => ['Chcesz czytać dalej?', 'Wykup dostęp, aby przeczytać cały artykuł.', 'Mam już konto — zaloguj się'],
      () => ['— The rest of this record is for Friends —', `Join from £${between(r, 3, 6)} a month to unlock every story.`, 'Unlock this story'],
      () => ['Parhewch i ddarllen gyda thanysgrifiad', 'Mewngofnodi'],
      () => ['You’ve reached your free limit', `Read ${between(r, 2, 5)} more archive stories by signing up free.`, 'Sign up free · Log in'],
    ])(),
  /** A "you might also like" carousel: a head, two to four cards (a title, sometimes a reading time), a slide counter with arrows. */
  carousel: (r: Random, titles: readonly string[]): string[] => {
    const head = pick(r, ['You might also like', 'Może cię zainteresować', 'Efallai yr hoffech chi', 'Mohlo by se vám líbit', 'Keep exploring the collection']);
    const cards = titles.slice(0, between(r, 2, 4)).flatMap((t) => (chance(r, 0.4) ? [t, `reads in ${between(r, 2, 12)} min ›`] : [t]));
    const slides = between(r, 3, 9);
    const counter = pick(r, [`‹  1 / ${slides}  ›`, `◀ ${between(r, 1, slides)} of ${slides} ▶`, '‹ Previous   Next ›', `● ○ ○ ○`]);
    return [head, ...cards, counter];
  },
  /** What an embedded social post leaves in a scraped copy: the account and handle, a "view on" line, a date, a count. */
  socialEmbed: (r: Random): string[] => {
    const who = pick(r, CURATORS);
    const handle = `@${who.split(' ')[0]!.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}_${pick(r, ['archives', 'history', 'shows', 'clocks', 'heath'])}`;
    return pick(r, [
      () => [`A post shared by ${who} (${handle})`, 'View this post on Instagram'],
      () => [`— ${who} (${handle}) ${pick(r, MONTHS_EN)} ${dd(r)}, ${yr(r)}`, `pic.twitter.com/${between(r, 10000, 99999).toString(36)}Qx${between(r, 1, 9)}`],
      () => [who, handle, `${between(r, 12, 980)} likes · ${between(r, 2, 60)} comments`, 'View on Threads'],
      () => [`${who} on Bluesky`, `${handle}.bsky.social · ${between(r, 2, 23)}h`],
    ])();
  },
  /** What an embedded map leaves in a scraped copy: its data credit and its controls. */
  mapEmbed: (r: Random): string[] =>
    pick(r, [
      () => [`Map data ©${yr(r)} Google`, 'Keyboard shortcuts  Terms  Report a map error', 'Zoom in  Zoom out'],
      () => ['Leaflet | © OpenStreetMap contributors', `${pick(r, ['100 m', '500 m', '1 km'])} ⎯⎯`],
      () => ['View larger map', `Map data ©${yr(r)}`, 'Use ctrl + scroll to zoom the map'],
      () => ['Mapa: © OpenStreetMap', 'Pokaż większą mapę'],
    ])(),
  /** A picture's file name and its machine-written alt text, scraped as lines where the picture stood. */
  imageFile: (r: Random, title: string): string[] => {
    const file = pick(r, [
      () => `IMG_${between(r, 1000, 9999)}.JPG`,
      () => `${stemOf(title)}-${between(r, 1, 12)}-${pick(r, ['1024x683', '800x600', '1536x1024', 'scaled'])}.jpg`,
      () => `DSC0${between(r, 1000, 9999)}.jpeg`,
      () => `scan_${between(r, 1890, 1975)}_${pad(between(r, 1, 40))}.tif (${between(r, 2, 48)}.${between(r, 0, 9)} MB)`,
    ])();
    const alt = pick(r, [
      () => `May be an image of ${pick(r, ['one person', 'two people', 'outdoors', 'text that says “1911”', 'sheep and grass'])}`,
      () => `Image may contain: ${pick(r, ['people standing', 'building, sky', 'indoor', 'tree, outdoor'])}`,
      () => `[alt: ${pick(r, V15_SUBJECTS).toLowerCase()}]`,
      () => 'image-placeholder',
    ])();
    return chance(r, 0.6) ? [file, alt] : [file];
  },

  // ——— PDF extractions ———

  RUNNING_FOOTERS: [
    (page: number) => `Proceedings of the Marches Heritage Network 31 (2018) · ${page}`,
    (page: number) => `${page} ◆ Show Society Year Book`,
    (page: number) => `Record Office Occasional Paper 9 — ${page}`,
    (page: number) => `Zeszyty Muzealne, t. ${12 + (page % 3)}, s. ${page}`,
    (page: number) => `TRAFODION CYMDEITHAS HANES ${page}`,
  ],
  CAPTION_SUBJECTS: ['The treadle stand', 'A ewe with her twin lambs', 'The clay dries at high water', 'The top face after the fall', 'A daybook page', 'The lamp in section', 'The Kerameikos road', 'The bog in August'],
  CAPTION_TAILS: ['about 1908', 'from a glass negative', 'redrawn for this volume', 'in the year of the show', 'as first catalogued', 'maker unknown'],
  CAPTION_NOTES: ['the building is now a garage', 'the figure at right is unidentified', 'cf. the list in Appendix II'],
  PAMPHLET_FURNITURE: [
    { shape: (r: Random) => [`Ryc. ${between(r, 1, 14)}.`, pick(r, V15_SUBJECTS)], kinds: ['figure number', 'caption'] },
    { shape: (r: Random) => [`${pick(r, V15_SUBJECTS)}. From ${pick(r, HOLDINGS)}.`], kinds: ['caption'] },
    { shape: (r: Random) => [pick(r, V15_SUBJECTS), credit15(r)], kinds: ['caption', 'credit'] },
    { shape: (r: Random) => [`Obr. ${between(r, 1, 9)} — ${pick(r, V15_SUBJECTS)}`], kinds: ['caption'] },
    { shape: (r: Random) => [`Tabl. ${between(r, 1, 6)}. Entries by class, ${between(r, 1890, 1935)}–${between(r, 1936, 1960)}`, `Source: ${pick(r, ['show society minute books', 'the secretary’s ledgers', 'press reports'])}`], kinds: ['figure number', 'credit'] },
    {
      shape: (r: Random, p: string, t: PamphletTools15) => {
        const s = t.quoted(r, p);
        return s ? [...t.narrow(r, `„${s}”`)] : undefined;
      },
      kinds: ['pull quote'],
    },
    {
      shape: (r: Random, p: string, t: PamphletTools15) => {
        const s = t.quoted(r, p);
        return s ? [...t.narrow(r, `‘${s}’`), `— ${pick(r, CURATORS)}, ${pick(r, ['interview, 1977', 'from the daybook', 'at the society’s dinner', 'tape 3, side B'])}`] : undefined;
      },
      kinds: ['pull quote'],
    },
    { shape: (r: Random) => [`Map ${between(r, 1, 5)}. The ${pick(r, ['show field and its pens', 'quarry benches', 'harbour and the clay dries', 'common and its bogs'])}`, `Legend: ${pick(r, ['◆ pen', '▣ tent', '✕ fall'])}  ${pick(r, ['— lane', '~~ stream', '+++ parish boundary'])}`], kinds: ['map'] },
    { shape: (r: Random) => [`Scale ${pick(r, ['1:2500', '1:10 560', '6 in. to 1 mile'])}  ⇑ N`, `After ${pick(r, ['the estate map of 1842', 'the 25-inch survey of 1886', 'a sketch by the secretary'])}`], kinds: ['map'] },
    { shape: (r: Random, _p: string, t: PamphletTools15) => t.narrow(r, `${pick(r, V15_SUBJECTS)}. The original print is faded and has been enhanced for this volume.`), kinds: ['side caption'] },
    { shape: (r: Random) => [`PANEL ${String.fromCharCode(64 + between(r, 1, 5))}`, `How the ${pick(r, ['judging', 'patent office', 'inquest jury', 'auction ring'])} worked`], kinds: ['figure number', 'caption'] },
  ] as readonly { shape: (r: Random, paragraph: string, tools: PamphletTools15) => readonly string[] | undefined; kinds: readonly ('caption' | 'credit' | 'figure number' | 'pull quote' | 'map' | 'side caption')[] }[],
  PDF_BYLINES: [
    (a: string, r: Random) => `${a}¹ and ${pick(r, CURATORS)}²`,
    (a: string) => `Edited for the society by ${a}`,
    (a: string, r: Random) => `${a.toUpperCase()} · ${pick(r, ['Uniwersytet Gdański', 'Prifysgol Aberystwyth', 'Masarykova univerzita', 'the county record office'])}`,
    (a: string) => `Compiled by ${a} from the society’s papers`,
    (a: string) => `Text established by ${a}`,
  ],
  PDF_NOTICES: [
    () => 'Printed for private circulation among members of the society',
    (r: Random) => `Submitted ${dd(r)} ${pick(r, MONTHS_EN)} ${yr(r)}; revised ${dd(r)} ${pick(r, MONTHS_EN)} ${yr(r)}`,
    () => 'Opinions expressed in these Proceedings are those of the contributors.',
    () => 'Reproduced under the Open Government Licence v3.0.',
    () => 'Transcribed from a carbon copy; obvious slips silently corrected.',
    (r: Random) => `ISSN ${between(r, 1000, 9999)}-${between(r, 1000, 9999)} (print)`,
    () => 'Proof copy — please return corrections to the editor within ten days',
  ],

  // ——— new PDF shapes ———

  /** A typesetter's slug line at a page's foot: the layout file, the page, the date and time it was output. */
  slugLine: (r: Random, title: string): ((page: number) => string) => {
    const file = `${stemOf(title)}_${pick(r, ['ch', 'pp', 'art', 'proc'])}${between(r, 1, 14)}_v${between(r, 2, 7)}.${pick(r, ['indd', 'qxp', 'indd'])}`;
    const date = `${pad(dd(r))}/${pad(between(r, 1, 12))}/${yr(r)}`;
    let minute = between(r, 8 * 60, 17 * 60);
    return (page: number) => {
      minute += between(r, 0, 3);
      return `${file}   ${page}   ${date}   ${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
    };
  },
  /** The notice on a page left blank, as it comes out between two pages of text. */
  blankPage: (r: Random): string => pick(r, ['This page intentionally left blank', '[This page is intentionally blank]', 'Strona celowo pozostawiona pusta', '— blank page —', 'Tudalen wag yn fwriadol']),
  /** A reviewer's comment from the proof, exported among the text's lines. */
  reviewerComment: (r: Random, n: number): string => {
    const initials = pick(r, ['HP', 'BLP', 'JK', 'VD', 'RF', 'KT']);
    const note = pick(r, [
      'check this date against the minute book',
      'do we have permission for the quotation?',
      'query: is this the same man as on p. 4?',
      'spelling of the place name — Welsh or English form?',
      'cut this sentence if we are over length',
      'figure reference missing here',
    ]);
    return pick(r, [() => `Comment [${initials}${n}]: ${cap(note)}`, () => `[${initials}${n}] ${note}`, () => `Annotation ${n} (${initials}): ${note}`])();
  },
  /** A table's body extracted row by row, the columns as runs of spaces: a head row and three to five rows of figures. */
  tableRows: (r: Random): string[] => {
    const heads = pick(r, [['Year', 'Entries', 'Prizes'], ['Class', 'Shown', 'Sold', 'Price'], ['Voyage', 'Days', 'Tons'], ['Lot', 'Estimate', 'Hammer']]);
    const gap = (): string => ' '.repeat(between(r, 3, 9));
    const rows = [heads.join(gap())];
    const first = between(r, 1890, 1930);
    for (let k = 0; k < between(r, 3, 5); k++) rows.push([String(heads[0] === 'Year' ? first + k : k + 1), ...heads.slice(1).map(() => String(between(r, 2, 400)))].join(gap()));
    return rows;
  },
  /** How a scan marks its line-end hyphens: a not sign, a soft hyphen, or the Unicode hyphen. */
  hyphenMark: (r: Random): string => pick(r, ['¬', '\u00ad', '\u2010']),
  /** Ligatures dropped by a font with no text mapping: "fi", "fl", "ff" vanish from some words of a line. */
  dropLigatures: (r: Random, line: string): string => line.replace(/ff[il]|f[fil]/g, (m) => (chance(r, 0.7) ? '' : m)),
};
