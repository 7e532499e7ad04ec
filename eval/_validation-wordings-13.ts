/**
 * The thirteenth validation split's furniture wordings (`npm run eval -- --validation 13`): every web
 * and PDF furniture pool worded anew by a helper who had read neither the cleaner's rules nor its
 * fixtures, nor the held-out or blind splits' wordings. A BLIND SELECTION SET like validations 9 and
 * 11: scored, never shown. No one writing cleaning rules may read this file or eval/texts-13.
 *
 * Besides new wordings (parish, museum, allotment and rowing-club sites; Italian, Dutch, Welsh,
 * Portuguese, Norwegian and Hungarian furniture), it draws SHAPES no earlier split drew. On web pages:
 * a "jump to" contents box at the top that repeats the piece's own section headings one a line
 * (numbered, bulleted, after a dash or before an arrow); a page printed from a browser, whose print header (date, time,
 * title and site) and footer (the address and "2/4") recur between the paragraphs at each printed
 * page's turn; a readers' poll with its options, percentages and vote count after the text; a
 * references list with back-arrows ("↑", "^ a b") under a "Notes" head. In PDF extractions:
 * typographic ligatures left as single glyphs ("ﬁrst", "eﬀect"); headings letter-spaced by the
 * typesetter ("T H E  W I N T E R"); marginal glosses (a side note of one to four words) run onto a
 * body line's end after a run of spaces or set on a line of their own between body lines; a
 * two-line heading split by a page break (its first line at a page's foot, its second after the
 * page's furniture). No pool falls back to another list.
 */
import { between, cap, chance, pick, type Random } from './_random.ts';

const MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_CY = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const MONTHS_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const yr = (r: Random): number => between(r, 2008, 2026);
const day = (r: Random): number => between(r, 1, 28);
const oldYear = (r: Random): number => between(r, 1848, 1968);
const pad = (n: number): string => String(n).padStart(2, '0');

/** A date as one of many sites writes it. */
const anyDate = (r: Random): string =>
  pick(r, [
    () => `${day(r)} ${pick(r, MONTHS_IT)} ${yr(r)}`,
    () => `op ${day(r)} ${pick(r, MONTHS_NL)} ${yr(r)}`,
    () => `${day(r)} ${pick(r, MONTHS_CY)} ${yr(r)}`,
    () => `${day(r)} de ${pick(r, MONTHS_PT)} de ${yr(r)}`,
    () => `${yr(r)}. ${pad(between(r, 1, 12))}. ${pad(day(r))}.`,
    () => `${pick(r, MONTHS_EN)} ${day(r)}, ${yr(r)} at ${between(r, 1, 12)}:${pad(between(r, 0, 59))} ${pick(r, ['am', 'pm'])}`,
    () => `${day(r)}/${between(r, 1, 12)}/${String(yr(r)).slice(2)}`,
  ])();

const PEOPLE = ['Ottilie Brackenbury', 'Gianluca Ferrandi', 'Marijke van Dalen', 'Iolo ap Rhys', 'Conceição Lobato', 'Sigrun Haugland', 'Zsófia Kertész', 'Barnaby Quennell', 'Eluned Prosser', 'Teodoro Sassi'];
const SITES = ['The Vestry Lamp', 'Fenland Antiquary', 'Allotment Chronicle', 'Riverside Oarsman', 'Museo Civico Notizie', 'Het Dorpsblad', 'Y Llusern', 'Heritage Lanes'];
const DOMAINS = ['vestrylamp.org.uk', 'fenland-antiquary.net', 'allotmentchronicle.co.uk', 'riversideoarsman.com', 'museocivico-notizie.it', 'hetdorpsblad.nl', 'yllusern.cymru', 'heritagelanes.org'];
const LENDERS = ['the Wisbech and Fenland Museum', 'Archivio Storico Comunale', 'Gemeentearchief Zaanstad', 'Amgueddfa Ceredigion', 'Arquivo Municipal de Braga', 'Norsk Folkemuseum', 'the parish chest, St Botolph’s'];

const V13_SUBJECTS = [
  'The vestry clock before its restoration',
  'Eel traps stacked on the staithe',
  'Members of the rowing club on regatta day',
  'A plot holder with a prize marrow',
  'The lych-gate under snow',
  'Dredgers at work on the cut',
  'Readers in the institute’s library',
  'Choirboys on the chancel steps',
  'A horse-drawn bier outside the chapel',
  'Tulip fields seen from the dyke',
];
const V13_SUBJECTS_OTHER = [
  'La processione sul sagrato',
  'Gezicht op de molen vanaf de dijk',
  'Y côr ar risiau’r capel',
  'A feira do gado em Barcelos',
  'Fiskere på brygga',
  'A búcsú napja a templom előtt',
];

const credit13 = (r: Random): string =>
  pick(r, [
    () => `Foto di ${pick(r, PEOPLE)}`,
    () => `Beeld: ${pick(r, LENDERS)}`,
    () => `Llun: ${pick(r, PEOPLE)}`,
    () => `Fotografia: ${pick(r, LENDERS)}`,
    () => `Fotó: ${pick(r, PEOPLE)}`,
    () => `Picture lent by ${pick(r, LENDERS)}`,
    () => `Reproduced by kind permission of ${pick(r, LENDERS)}`,
  ])();

export interface PamphletTools13 {
  quoted(r: Random, paragraph: string): string | undefined;
  narrow(r: Random, text: string): string[];
}
type PdfKind = 'caption' | 'credit' | 'figure number' | 'pull quote' | 'map' | 'side caption';

// ——— the new shapes ———

/** The head of a "jump to" contents box at the top of a page. */
const JUMP_HEADS = ['On this page ⤵', 'Jump to section:', 'Contents [hide]', 'In this article:', 'In questo articolo', 'In dit artikel', 'Yn yr erthygl hon', 'Neste artigo', 'Skip to a section ▾'];

/** A contents box's line for one of the piece's own headings: numbered, bulleted, with a dash or an arrow. */
function jumpLine(heading: string, n: number, style: number): string {
  return style === 0 ? `– ${heading}` : style === 1 ? `${n} ${heading}` : style === 2 ? `▸ ${heading}` : style === 3 ? `${heading} ↓` : `→ ${heading}`;
}

/** A browser's print header and footer: the date and time, the title and site; the page's address and "2/4". */
function printFrame(r: Random, title: string): { head: (page: number, total: number) => string; foot: (page: number, total: number) => string } {
  const site = pick(r, SITES);
  const domain = pick(r, DOMAINS);
  const slug = title.toLowerCase().replace(/[^a-z0-9 ]/g, '').split(' ').filter(Boolean).slice(0, 5).join('-');
  const stamp = pick(r, [() => `${pad(day(r))}/${pad(between(r, 1, 12))}/${yr(r)}, ${pad(between(r, 7, 23))}:${pad(between(r, 0, 59))}`, () => `${between(r, 1, 12)}/${day(r)}/${String(yr(r)).slice(2)}, ${between(r, 1, 12)}:${pad(between(r, 0, 59))} ${pick(r, ['AM', 'PM'])}`, () => `${yr(r)}-${pad(between(r, 1, 12))}-${pad(day(r))} ${pad(between(r, 7, 23))}:${pad(between(r, 0, 59))}`])();
  const headStyle = between(r, 0, 2);
  const footStyle = between(r, 0, 2);
  return {
    head: () => (headStyle === 0 ? `${stamp}    ${title} | ${site}` : headStyle === 1 ? `${stamp}    ${title} – ${site}` : `${stamp}    ${site}`),
    foot: (page, total) => (footStyle === 0 ? `https://www.${domain}/${slug}/    ${page}/${total}` : footStyle === 1 ? `https://${domain}/?p=${between(r, 1000, 9999)}    ${page}/${total}` : `about:reader?url=https://${domain}/${slug}    Page ${page} of ${total}`),
  };
}

/** A readers' poll after the text: a head or question, its options with percentages, a vote count, a button. */
function poll(r: Random): string[] {
  const q = pick(r, [
    ['Have your say on this', 'Should the parish keep the old clock running?'],
    ['Poll', 'Would you visit a museum open only on Sundays?'],
    ['Sondaggio', 'Hai mai visitato il museo civico?'],
    ['Peiling', 'Moet de molen weer gaan draaien?'],
    ['Pleidlais', 'A ddylai’r capel gael ei werthu?'],
  ]);
  const opts = pick(r, [
    ['Yes', 'No', 'Not sure'],
    ['Sì', 'No', 'Non so'],
    ['Ja', 'Nee', 'Weet ik niet'],
    ['Ydw', 'Nac ydw'],
  ]);
  let left = 100;
  const lines = opts.map((o, k) => {
    const share = k === opts.length - 1 ? left : between(r, 5, Math.max(6, left - 5 * (opts.length - k - 1)));
    left -= share;
    return chance(r, 0.5) ? `${o} ${share}%` : `${o}  (${share}%)`;
  });
  const total = pick(r, [() => `${between(r, 40, 3000)} votes`, () => `Total voters: ${between(r, 40, 3000)}`, () => `${between(r, 40, 900)} voti`, () => `${between(r, 40, 900)} stemmen`]) ();
  const button = pick(r, ['Vote now', 'See the results so far', 'Vota ora', 'Stem nu', 'Pleidleisiwch nawr']);
  return [...(chance(r, 0.6) ? q : [q[1]!]), ...lines, total, ...(chance(r, 0.5) ? [button] : [])];
}

/** A references list after the text: a head, then one to four notes with back-arrows. */
function references(r: Random): string[] {
  const head = pick(r, ['Notes ↩', 'References and notes', 'Sources and notes', 'Note e riferimenti', 'Noten en bronnen', 'Nodiadau a chyfeiriadau']);
  const note = (): string =>
    pick(r, [
      () => `${pick(r, PEOPLE)}, ${pick(r, ['A History of the Parish', 'Fenland Waterways', 'Cronache del borgo', 'Dorpsleven aan de Zaan', 'Hanes y Plwyf'])} (${oldYear(r) + 40}), p. ${between(r, 3, 300)}.`,
      () => `Vestry minutes, ${between(r, 1, 28)} ${pick(r, MONTHS_EN)} ${oldYear(r)}.`,
      () => `Letter in the possession of ${pick(r, LENDERS)}.`,
      () => `Interview by the author, ${yr(r)}.`,
      () => `Ibid., p. ${between(r, 3, 300)}.`,
    ])();
  const count = between(r, 1, 4);
  const style = between(r, 0, 2);
  const lines = Array.from({ length: count }, (_, k) => (style === 0 ? `↑ ${note()}` : style === 1 ? `${k + 1}. ^ ${note()}` : `^ a b ${note()}`));
  return [head, ...lines];
}

/** Marginal glosses of a book with side notes: one to four words, often a date. */
const GLOSSES = ['The vestry meets.', 'Rates raised.', 'A new clock.', 'Flood of 1861.', 'The bells recast.', 'Tithe commuted.', 'School opened.', 'Enclosure award.', 'Il mulino.', 'De dijkgraaf.', 'Yr ysgol.'];
const gloss = (r: Random): string => (chance(r, 0.3) ? `A.D. ${oldYear(r)}` : pick(r, GLOSSES));

/** Typographic ligatures an extraction keeps as one glyph each. */
const LIGATURES: readonly [RegExp, string][] = [
  [/ffi/g, 'ﬃ'],
  [/ffl/g, 'ﬄ'],
  [/ff/g, 'ﬀ'],
  [/fi/g, 'ﬁ'],
  [/fl/g, 'ﬂ'],
];
/** A line with its ligatures left as single glyphs (every one of them, or about half). */
function ligate(r: Random, line: string, all: boolean): string {
  let out = line;
  for (const [re, glyph] of LIGATURES) out = out.replace(re, (m) => (all || chance(r, 0.5) ? glyph : m));
  return out;
}

/** A heading letter-spaced by the typesetter: one space between letters, two or three between words. */
function letterSpaced(r: Random, text: string): string {
  const gap = ' '.repeat(between(r, 2, 3));
  return text
    .split(' ')
    .map((w) => [...w].join(' '))
    .join(gap);
}

export const VALIDATION_13 = {
  JUMP_HEADS,
  jumpLine,
  printFrame,
  poll,
  references,
  gloss,
  ligate,
  letterSpaced,
  TOPICS: ['bellringing', 'vestries', 'eel fishing', 'regattas', 'allotments', 'lych-gates', 'dredging', 'reading rooms', 'choirs', 'windmills', 'tithe barns', 'almanacs', 'sheepfolds', 'toll houses', 'beacons', 'ferries'],
  LINK_SHAPES: [
    (a: string) => `Notes from the vestry: ${a}`,
    (a: string, b: string) => `What ${a} taught us about ${b}`,
    (a: string, _b: string, n: number) => `${cap(a)}, ${1840 + n * 5}–${1850 + n * 5}`,
    (a: string) => `Leggi anche — ${a} nella pianura`,
    (a: string) => `Meer over ${a} in de Zaanstreek`,
    (a: string) => `Darllen mwy: ${a}`,
    (a: string) => `Veja também: ${a}`,
    (a: string) => `Were ${a} ever really the heart of the village?`,
    (a: string, _b: string, n: number) => `Episode ${n}: ${a}`,
    (a: string) => `${cap(a)} — a reader writes`,
    (a: string, b: string, n: number) => `From the churchwardens' accounts, ${1700 + n * 9}: what the parish spent on ${a}, and why the vestry quarrelled about ${b} for a whole winter`,
    (a: string, b: string) => `Ricordi di paese: ${a}, ${b} e le persone che ci hanno lavorato per tutta la vita, raccontati dai loro nipoti`,
    (a: string, b: string, n: number) => `${n} things we learned about ${a} from a box of letters found under the floor of the old ${b} office`,
  ],
  linkDate: (r: Random): string => pick(r, [() => anyDate(r), () => `${between(r, 2, 11)} perc olvasás`, () => `${between(r, 2, 30)} giorni fa`, () => `${between(r, 2, 9)} weken geleden`])(),
  BYLINES: [
    (a: string, r: Random) => `by ${a} · ${anyDate(r)}`,
    (a: string) => `Scritto da ${a}`,
    (a: string, r: Random) => `Door ${a} op ${day(r)} ${pick(r, MONTHS_NL)} ${yr(r)}`,
    (a: string) => `Gan ${a}`,
    (a: string, r: Random) => `${a} — contributor since ${yr(r) - 6}`,
    (_a: string, r: Random) => `Originally posted ${anyDate(r)}; revised ${anyDate(r)}`,
    (a: string, r: Random) => `Texto de ${a}, ${day(r)} de ${pick(r, MONTHS_PT)} de ${yr(r)}`,
  ],
  ALSO_AVAILABLE: [
    (l: string) => `Disponibile anche in ${l.toLowerCase()}`,
    (l: string) => `Ook beschikbaar in het ${l}`,
    (l: string) => `Ar gael hefyd yn ${l}`,
    (l: string) => `This article in ${l} ⇄`,
  ],
  LANGUAGES: ['Welsh', 'Frisian', 'Friulian', 'Galician', 'Nynorsk', 'Manx', 'Breton'],
  WEB_NOTICES: [
    (l: string) => `Abridged and translated from the ${l} original.`,
    () => 'This post was migrated from our old website; some pictures may be missing.',
    () => 'Questo articolo è stato aggiornato il giorno dopo la pubblicazione.',
    () => 'Dit artikel verscheen eerder in de papieren editie van het Dorpsblad.',
    () => 'Cyhoeddwyd yr erthygl hon gyntaf yn y rhifyn print.',
    () => 'Editor’s note: the dates in this article were checked against the parish registers.',
  ],
  CAPTION_SHAPES: [
    (r: Random) => pick(r, V13_SUBJECTS),
    (r: Random) => `${pick(r, V13_SUBJECTS)}, about ${oldYear(r)}`,
    (r: Random) => `${pick(r, V13_SUBJECTS_OTHER)} (${oldYear(r)})`,
    (r: Random) => `${pick(r, V13_SUBJECTS)} — ${credit13(r)}`,
    (r: Random) => `Photo: ${pick(r, V13_SUBJECTS).toLowerCase()}`,
    (r: Random) => `${pick(r, V13_SUBJECTS)}. Tap to zoom`,
  ],
  BASE_WEB_CAPTIONS: [(r: Random) => credit13(r), (r: Random) => `${pick(r, V13_SUBJECTS_OTHER)} · ${credit13(r)}`, (r: Random) => `${pick(r, V13_SUBJECTS)} (click for a larger view)`],
  PROMO_SHAPES: [
    (t: string) => `Leggi anche: ${t}`,
    (t: string) => `Lees verder ▸ ${t}`,
    (t: string) => `Darllenwch hefyd: ${t}`,
    (t: string) => `Leia também — ${t}`,
    (t: string) => `Les også: ${t}`,
    (t: string) => `Ezt is ajánljuk: ${t}`,
    (_t: string, _r: Random, topic: string) => `New this month: a walking trail of the parish ${topic}. Download the map.`,
    (t: string) => `YOU MAY ALSO LIKE ◆ ${t}`,
  ],
  promoBox: (r: Random): readonly string[] | undefined => {
    if (!chance(r, 0.45)) return undefined;
    return pick(r, [
      ['The Vestry Lamp, by post', 'Four issues a year, delivered to your door for £12.', 'Subscribe by post'],
      ['Iscriviti alla nostra newsletter', 'Ogni mese le notizie del museo nella tua casella.', 'Iscrivimi'],
      ['Word lid van de vereniging', 'Leden krijgen het Dorpsblad gratis thuis.'],
      ['Ymunwch â ni heddiw', 'Cylchlythyr misol, am ddim.', 'Ymuno'],
    ]);
  },
  advert: (r: Random): readonly string[] => pick(r, [['Pubblicità — continua a leggere'], ['Advertentie — lees hieronder verder'], ['Hysbyseb'], ['Publicidade · continua abaixo'], ['Sponsored content · article continues ↓']]),
  APPEALS: [
    ['Keep the lamp lit', 'The Vestry Lamp is written by volunteers and costs £40 a month to host.', 'Make a donation to the Lamp'],
    ['Sostieni il museo', 'Con 5 € aiuti a restaurare un oggetto della collezione.'],
    ['Steun het Dorpsblad', 'Een vrijwillige bijdrage houdt deze site reclamevrij.', 'Doneer nu'],
    ['Cefnogwch ni', 'Mae pob cyfraniad yn helpu.'],
    ['Apoie este arquivo', 'Sem publicidade, só com a ajuda dos leitores.'],
  ],
  NAV_WORDS: ['Parish', 'Archive', 'Walks', 'Regattas', 'Gardens', 'Bells', 'Registers', 'Families', 'Buildings', 'Newsletter', 'Diary', 'Volunteers'],
  NAV_SHAPES: [
    (a: string, b: string) => `${a} ◦ ${b}`,
    (a: string) => `${a} menu ⌄`,
    (a: string) => `Our ${a.toLowerCase()} pages`,
    (a: string, b: string) => `${a}, ${b.toLowerCase()} and more`,
    (a: string) => `» ${a.toUpperCase()}`,
  ],
  MENU: ['⌂ Home page', 'News from the parish', 'Find a grave', 'Donate ❤ today', 'Contatti e orari', 'Over ons ›', 'Cysylltu â ni', 'Search the Lamp ⌕', 'Log in ⎆', '≡ Main menu', 'EN · CY', 'IT | EN | NL'],
  SHARE: ['Condividi su Facebook', 'Deel dit bericht', 'Rhannu ar Facebook', 'Partilhar por WhatsApp', 'Del på Facebook', 'Megosztás', 'Print this page 🖶', 'Email a friend ✉', 'Share: FB / X / Mail'],
  COMMENT_FORMS: [
    ['Leave your reply below', 'We never show your email address to anyone.', 'Your full name, please (required)', 'Send my comment to the editor'],
    ['Lascia qui il tuo commento', 'I campi obbligatori sono contrassegnati *', 'Invia'],
    ['Reageer op dit bericht', 'Je e-mailadres wordt niet gepubliceerd.'],
    ['Gadael sylw', 'Ni fydd eich cyfeiriad e-bost yn cael ei gyhoeddi.'],
    ['Did you know anyone mentioned here?', 'Write to us and we will add your memory to the page.'],
  ],
  POPUPS: [
    'Questo sito utilizza i cookie. OK',
    'Deze website gebruikt cookies. Akkoord',
    'Mae’r wefan hon yn defnyddio cwcis.',
    'Este site usa cookies para melhorar a navegação.',
    'We use one cookie to count visitors. That is all.',
    'Get our quarterly letter — no spam, ever ✕',
  ],
  RELATED_HEADS: ['More from the parish archive', 'Altri articoli', 'Meer lezen', 'Darllen pellach', 'Leia mais', 'Flere saker', 'Kapcsolódó cikkek'],
  LINK_LIST_HEADS: ['Latest from the Vestry Lamp', 'I più letti', 'Meest gelezen', 'Mwyaf poblogaidd', 'Mais lidas', 'Mest lest', 'Legolvasottabb'],
  footer: (r: Random): readonly string[] =>
    pick(r, [
      [`© ${yr(r)} The Vestry Lamp. Registered charity 1180442.`, 'Privacy · Accessibility · Contact'],
      ['Note legali · Privacy · Cookie'],
      ['Privacyverklaring | Colofon | Contact'],
      ['Preifatrwydd · Hygyrchedd · Cysylltu'],
      ['Powered by volunteers and WordPress · Back to top ▲'],
    ]),

  // ——— PDF extractions ———

  RUNNING_FOOTERS: [
    (page: number) => `Proceedings of the Fenland Antiquarian Club, vol. 41 · ${page}`,
    (page: number) => `${page} · Parish Magazine, Lent number`,
    (page: number) => `Bollettino del Museo Civico — pagina ${page}`,
    (page: number) => `Het Dorpsblad, jaargang 38, p. ${page}`,
    (page: number) => `Trafodion · ${page}`,
  ],
  CAPTION_SUBJECTS: ['The vestry clock', 'An eel glaive', 'The regatta course', 'A sexton’s spade', 'The tithe barn', 'The windmill’s cap', 'The institute library'],
  CAPTION_TAILS: ['drawn by a curate', 'before the fire', 'from the churchwardens’ accounts', 'on loan to the museum', 'photographed for the guidebook'],
  CAPTION_NOTES: ['the weathercock is missing', 'the figure at left is the sexton', 'compare the map on p. 12'],
  PAMPHLET_FURNITURE: [
    { shape: (r: Random) => [pick(r, V13_SUBJECTS), credit13(r)], kinds: ['caption', 'credit'] },
    { shape: (r: Random) => [`Afb. ${between(r, 1, 20)}. ${pick(r, V13_SUBJECTS_OTHER)}`], kinds: ['caption'] },
    { shape: (r: Random) => [`Ffig. ${between(r, 1, 20)}`, pick(r, V13_SUBJECTS)], kinds: ['figure number', 'caption'] },
    { shape: (r: Random) => [`Tav. ${between(r, 1, 20)} — ${pick(r, V13_SUBJECTS_OTHER)}`], kinds: ['caption'] },
    {
      shape: (r: Random, p: string, t: PamphletTools13) => {
        const s = t.quoted(r, p);
        return s ? ['~', ...t.narrow(r, s), '~'] : undefined;
      },
      kinds: ['pull quote'],
    },
    { shape: (r: Random) => [pick(r, ['THE PARISH AT A GLANCE', 'Key dates', 'IN BREVE']), `${oldYear(r)}  church rebuilt`, `${oldYear(r)}  school opened`], kinds: ['side caption'] },
    { shape: (r: Random) => [`Scale: ${between(r, 1, 6)} furlongs to the inch`, 'Map drawn for the Club by the Hon. Sec.'], kinds: ['map'] },
  ] as readonly { shape: (r: Random, paragraph: string, tools: PamphletTools13) => readonly string[] | undefined; kinds: readonly PdfKind[] }[],
  PDF_BYLINES: [
    (a: string) => `Read before the Club by ${a}`,
    (a: string) => `Testo a cura di ${a}`,
    (a: string) => `Tekst: ${a} (samensteller)`,
    (a: string) => `gan ${a}`,
    (a: string, r: Random) => `${a}, Hon. Secretary, ${yr(r) - 60}`,
  ],
  PDF_NOTICES: [
    () => 'Printed for private circulation among members',
    (r: Random) => `Estratto dal Bollettino, anno ${between(r, 12, 60)}`,
    () => 'Overdruk uit het Jaarboek van de Oudheidkundige Kring',
    () => 'Argraffwyd gan y Wasg Gymreig',
    (r: Random) => `Price ${between(r, 2, 9)}d. Proceeds to the restoration fund`,
  ],
  /** A page number style of this split: "— 3 —" centred, "3." alone, "Pag. 3", "Tud. 3". */
  folioStyle: (r: Random): ((page: number) => string) => {
    const style = between(r, 0, 3);
    return (page) => (style === 0 ? `— ${page} —` : style === 1 ? `${page}.` : style === 2 ? `Pag. ${page}` : `Tud. ${page}`);
  },
};
