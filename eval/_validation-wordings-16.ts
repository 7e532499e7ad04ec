/**
 * The sixteenth validation split's furniture wordings (`npm run eval -- --validation 16`): every web
 * and PDF furniture pool worded anew by a helper who had read neither the cleaner's rules nor any
 * other blind split's wordings. A BLIND SELECTION SET, scored like validations 5, 11 and 13: no one
 * writing rules may read this file or the texts of eval/texts-16.
 *
 * Its wordings are those of a cooperative of village newsletters and its printed papers (the
 * "Ledger & Lantern" network, the "Almanac Papers" series), in English beside Danish, Czech,
 * Turkish, Finnish, Dutch and Latin. Its new shapes, drawn nowhere before: on web pages, breadcrumbs
 * in a new separator ending with the page's own title cut short; a notice that the page was
 * translated by machine, with a "show original" line; a cookie dialog's list of vendors, one a line
 * with its consent controls; a newsletter form's field labels one a line between paragraphs;
 * "back to top" lines before the text's own headings; a comment count with a "sort by" bar over the
 * form. In PDF extractions, a printer's registration marks and colour bar at some pages' feet; a
 * "cite this paper as" line at every page's foot; a back-of-book index after the text; a form's
 * leftovers (signature and date blanks, an "office use only" box) after the last paragraph.
 */
import { between, cap, chance, pick, type Random } from './_random.ts';

const MONTHS_DA = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const MONTHS_CS = ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'];
const MONTHS_TR = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'];
const yr = (r: Random): number => between(r, 2009, 2026);
const day = (r: Random): number => between(r, 1, 28);
const pad = (n: number): string => String(n).padStart(2, '0');

const PEOPLE = ['Ottilie Braithwaite', 'Kasper Lindholm', 'Radka Šimůnková', 'Elif Karaosmanoğlu', 'Joost van der Meulen', 'Aino Kettunen', 'Bartholomew Quist', 'Dagny Holmboe'];
const VILLAGES = ['Thornleigh Parva', 'Upper Wyvern', 'Skærbæk', 'Horní Lhota', 'Kuşadası köyü', 'Oudewater', 'Kangasala', 'Nether Cobbing'];
const NEWSLETTERS = ['the Thornleigh Lantern', 'the Wyvern Ledger', 'Skærbæk Sognebrev', 'Lhotský zpravodaj', 'Köy Bülteni', 'De Oudewaterse Klok', 'Kangasalan Kyläsanomat'];
const SNAPPERS = ['Wilfred Amory', 'Signe Dalsgaard', 'Vojtěch Hruška', 'Cemile Aydoğdu', 'Femke Brouwer', 'Lauri Mäkelä'];

const SUBJECTS = [
  'The pump on the green before the railings went up',
  'Volunteers sorting the newsletter for delivery',
  'The reading room above the old forge',
  'A bonfire on the common, fifth of November',
  'Schoolchildren planting the new hedge',
  'The carrier’s cart at the crossroads',
  'Bell ringers after the peal for the jubilee',
  'The duplicating machine in the vestry',
];
const SUBJECTS_OTHER = ['Frivillige pakker sognebladet', 'Hasiči u nové stříkačky', 'Köy meydanında hasat şenliği', 'De klokkenist op de toren', 'Kyläkoulun oppilaat talkoissa', 'Imago vici a septentrione'];

/** A picture credit of this split. */
const credit16 = (r: Random): string =>
  pick(r, [
    () => `Picture: ${pick(r, SNAPPERS)} for the network`,
    () => `Fotografi: ${pick(r, SNAPPERS)}`,
    () => `Fotografie: archiv obce ${pick(r, ['Horní Lhota', 'Dolní Bukovina'])}`,
    () => `Fotoğraf: ${pick(r, SNAPPERS)}`,
    () => `Beeld: Streekarchief ${pick(r, ['Oudewater', 'Krimpenerwaard'])}`,
    () => `Kuvaaja ${pick(r, SNAPPERS)}`,
  ])();

const COOKIE_VENDORS = ['Adfinity Exchange Ltd', 'BrightPixel Measurement GmbH', 'Cobweb Analytics BV', 'Dunmore Audience Cloud', 'Everpath Personalisation AB', 'Foxglove Consent Partners', 'Granary Data Oy', 'Holloway Retargeting Inc.'];

export const VALIDATION_16 = {
  TOPICS: ['village pumps', 'reading rooms', 'bell ringing', 'hedge laying', 'carriers’ carts', 'parish newsletters', 'bonfire societies', 'allotments', 'duplicators', 'harvest suppers', 'village shops', 'wassailing', 'well dressing', 'almshouses', 'lych gates', 'pinfolds'],
  LINK_SHAPES: [
    (a: string) => `From the Lantern’s back numbers: ${a}`,
    (a: string, _b: string, n: number) => `${cap(a)}, part ${n % 5 + 1} of our village series`,
    (a: string) => `Læs også om ${a} i sognet`,
    (a: string) => `Čtěte také: ${a} v obci`,
    (a: string) => `Köyden haberler: ${a}`,
    (a: string) => `Meer lezen over ${a} in de streek`,
    (a: string) => `Lue lisää: ${a} kylässämme`,
    (a: string, b: string) => `When ${a} met ${b}: letters from readers`,
    (a: string) => `Whatever happened to ${a}?`,
    (a: string, _b: string, n: number) => `${n} photographs of ${a} from readers’ attics`,
  ],
  linkDate: (r: Random): string => pick(r, [() => `posted ${day(r)}/${between(r, 1, 12)}/${yr(r) % 100}`, () => `${day(r)}. ${pick(r, MONTHS_DA)} ${yr(r)} kl. ${pad(between(r, 7, 22))}.${pad(between(r, 0, 59))}`, () => `${day(r)}. ${pick(r, MONTHS_CS)} ${yr(r)}`, () => `${day(r)} ${pick(r, MONTHS_TR)} ${yr(r)}`])(),
  BYLINES: [
    (a: string, r: Random) => `Sent in by ${a}, ${pick(r, VILLAGES)} correspondent`,
    (a: string, r: Random) => `${a} for ${pick(r, NEWSLETTERS)}`,
    (a: string, r: Random) => `Skrevet af ${a} · ${day(r)}. ${pick(r, MONTHS_DA)} ${yr(r)}`,
    (a: string, r: Random) => `Autor: ${a} | vloženo ${day(r)}. ${pick(r, MONTHS_CS)} ${yr(r)}`,
    (a: string, r: Random) => `Yazan: ${a} — ${day(r)} ${pick(r, MONTHS_TR)} ${yr(r)}`,
    (a: string, r: Random) => `Door ${a}, gepubliceerd op ${pad(day(r))}-${pad(between(r, 1, 12))}-${yr(r)}`,
    (a: string, r: Random) => `Teksti ${a} · julkaistu ${day(r)}.${between(r, 1, 12)}.${yr(r)}`,
    (a: string, r: Random) => `First printed in ${pick(r, NEWSLETTERS)}; put online by ${a}`,
  ],
  ALSO_AVAILABLE: [
    (l: string) => `This page can also be read in ${l} (volunteer translation)`,
    (l: string) => `Denne side findes også på ${l.toLowerCase()}`,
    (l: string) => `Tato stránka je k dispozici také v jazyce: ${l}`,
    (l: string) => `Bu sayfanın ${l} sürümü de var`,
    (l: string) => `Lees deze pagina ook in het ${l}`,
  ],
  LANGUAGES: ['Manx', 'Frisian', 'Breton', 'Sámi', 'Kashubian', 'Occitan', 'Scots', 'Ladin'],
  WEB_NOTICES: [
    (l: string) => `This article was first written in ${l} and put into English by a volunteer.`,
    () => 'Please note: the opening hours in this piece were correct when it was printed.',
    () => 'Artiklen er gengivet med tilladelse fra sognebladets redaktion.',
    () => 'Článek byl převzat z obecního zpravodaje se svolením redakce.',
    () => 'Bu yazı köy bülteninin izniyle yayımlanmıştır.',
    (l: string) => `Vertaald uit het ${l} door de redactie.`,
    () => 'From the newsletter archive: some names have been withheld at the family’s request.',
  ],
  CAPTION_SHAPES: [
    (r: Random) => pick(r, SUBJECTS),
    (r: Random) => `${pick(r, SUBJECTS)} (sent in by a reader)`,
    (r: Random) => `${pick(r, SUBJECTS_OTHER)} · ${credit16(r)}`,
    (r: Random) => `Above: ${pick(r, SUBJECTS).charAt(0).toLowerCase()}${pick(r, SUBJECTS).slice(1)}`,
    (r: Random) => `${pick(r, SUBJECTS)}. ${credit16(r)}`,
    (r: Random) => `Tap the picture to see it full size — ${pick(r, SUBJECTS).toLowerCase()}`,
  ],
  BASE_WEB_CAPTIONS: [(r: Random) => `${pick(r, SUBJECTS_OTHER)}`, (r: Random) => `${pick(r, SUBJECTS)} / ${credit16(r)}`, (r: Random) => credit16(r), (r: Random) => `${pick(r, SUBJECTS)} ⤢ enlarge`],
  PROMO_SHAPES: [
    (t: string) => `Also in the Lantern this month → ${t}`,
    (t: string) => `Læs videre: ${t}`,
    (t: string) => `Mohlo by vás zajímat: ${t}`,
    (t: string) => `İlginizi çekebilir: ${t}`,
    (t: string) => `Ook interessant ▸ ${t}`,
    (t: string) => `Suosittelemme: ${t}`,
    (_t: string, _r: Random, topic: string) => `Our walking map of ${topic} in the district is free to download (PDF, 2 MB).`,
    () => 'Have you got old photographs of the village? Lend them to our scanning day.',
  ],
  promoBox: (r: Random): readonly string[] | undefined => {
    if (!chance(r, 0.45)) return undefined;
    return pick(r, [
      ['The Lantern by post', 'Twelve printed issues a year, delivered by a neighbour, for £9.', 'Order a year of the Lantern'],
      ['Bliv abonnent på sognebrevet', 'Fire numre om året, gratis for alle i sognet.'],
      ['Odebírejte zpravodaj', 'Zašleme vám ho e-mailem každý měsíc.', 'Chci odebírat'],
      ['Word vriend van De Klok', 'Voor € 15 per jaar houdt u de krant in leven.'],
    ]);
  },
  advert: (r: Random): readonly string[] => pick(r, [['Sponsored by the Thornleigh Stores — article continues'], ['Reklame · artiklen fortsætter under annoncen'], ['Inzerce — článek pokračuje níže'], ['Reklam ▾ yazının devamı aşağıda'], ['Advertentie · lees verder onder deze advertentie'], ['Mainos · juttu jatkuu alla']]),
  APPEALS: [
    ['Keep the Lantern lit', 'This site is run by volunteers and paid for by readers. £3 keeps it online for a week.', 'Give £3 now'],
    ['Støt sognebrevet', 'Vi får ingen tilskud. Et bidrag på 50 kr. betaler for trykningen af ti blade.'],
    ['Podpořte náš zpravodaj', 'Tisk jednoho čísla stojí 4 000 Kč.', 'Přispět na tisk'],
    ['Bültenimize destek olun', 'Her bağış bir sonraki sayının basımına gider.'],
    ['Steun De Klok', 'Zonder lezers geen krant. Doneer vandaag.'],
  ],
  NAV_WORDS: ['Parishes', 'Back issues', 'Noticeboard', 'Walks', 'Recipes', 'Obituaries', 'Clubs', 'Church times', 'Bus times', 'Lost and found', 'Gallery', 'Volunteers'],
  NAV_SHAPES: [(a: string, b: string) => `${a} ✦ ${b}`, (a: string) => `${a} ▾`, (a: string, b: string) => `${a} & ${b}`, (a: string) => `⌂ ${a}`],
  MENU: ['Lantern home', 'Our villages ▾', 'Forside ∙ Sognet', 'Úvodní stránka obce', 'Ana sayfa › Köyümüz', 'Startpagina ∙ De Klok', 'Etusivu ∙ Kylä', 'Send us your news ✎', 'Find your parish', 'Volunteer log-in', 'Listen to the Lantern 🎧', 'DA ∙ CS ∙ TR ∙ NL ∙ FI ∙ EN'],
  SHARE: ['Pass this on to a neighbour ✉', 'Del med naboen på Facebook', 'Sdílet se sousedy', 'Bu yazıyı paylaş', 'Deel dit met je dorpsgenoten', 'Jaa kyläläisille', 'Print this page for the noticeboard 🖨', 'WhatsApp · Facebook · Nextdoor · E-mail'],
  COMMENT_FORMS: [
    ['Write to the editor about this piece', 'Letters may be shortened. We do not print anonymous letters.', 'Your letter to the editor', 'Your name and village', 'Send letter ✉'],
    ['Skriv en kommentar til redaktionen', 'Din e-mail bliver ikke vist.', 'Send kommentar'],
    ['Přidat komentář', 'Komentáře schvaluje redakce.', 'Odeslat'],
    ['Yorum yazın', 'Yorumunuz onaylandıktan sonra görünecektir.', 'Gönder'],
    ['Reageer op dit dorpsbericht', 'Uw e-mailadres blijft bij de redactie.', 'Reactie versturen'],
  ],
  POPUPS: [
    'Nothing is tracked here except which issues are read most. OK, carry on',
    'Vi bruger kun nødvendige cookies. Luk',
    'Používáme pouze nezbytné soubory cookie. Rozumím',
    'Sitemiz yalnızca zorunlu çerezleri kullanır. Tamam',
    'Wij gebruiken alleen functionele cookies. Sluiten ✕',
    'Käytämme vain välttämättömiä evästeitä. Selvä',
    'New issue out now — read the Lantern for December ✕',
  ],
  RELATED_HEADS: ['More from the villages', 'Other pieces from the same parish', 'Flere historier fra sognet', 'Další články z obce', 'Köyden başka yazılar', 'Meer uit de streek', 'Lisää kylältä'],
  LINK_LIST_HEADS: ['This month across the network', 'Readers’ favourites this year', 'Mest læste i sognebrevet', 'Nejčtenější ve zpravodaji', 'En çok okunanlar', 'Meest gelezen in De Klok', 'Luetuimmat kyläsanomissa'],
  footer: (r: Random): readonly string[] =>
    pick(r, [
      [`© ${yr(r)} Ledger & Lantern Newsletters Co-operative Ltd.`, 'Registered society no. 31877R · Run by volunteers'],
      ['Privatliv · Om sognebrevet · Kontakt redaktionen'],
      ['Ochrana osobních údajů · Redakce · Archiv čísel'],
      ['Gizlilik · Künye · Bize ulaşın'],
      ['Colofon ∙ Privacy ∙ Adverteren in De Klok'],
      ['Printed on recycled paper and posted online by hand · Back to the top ⇡'],
    ]),

  // ——— PDF extractions ———

  RUNNING_FOOTERS: [
    (page: number) => `Almanac Papers, New Series, No. 9 ∙ ${page}`,
    (page: number) => `${page} ∙ Sognebrevets årsskrift`,
    (page: number) => `Sborník vlastivědného kroužku — s. ${page}`,
    (page: number) => `Köy Defteri, sayı 4, sf. ${page}`,
    (page: number) => `blz. ${page} ∙ Jaarboek van De Klok`,
  ],
  CAPTION_SUBJECTS: ['The old pump house', 'A page of the parish magazine', 'The forge reading room', 'Hedge layers at work', 'The carrier’s cart', 'The duplicator', 'A harvest supper in the barn', 'The pinfold wall'],
  CAPTION_TAILS: ['from a reader’s album', 'on the morning of the fête', 'before the fire of 1926', 'as printed in the first issue', 'photographer not known', 'lent by the family'],
  CAPTION_NOTES: ['the pump was moved in 1952', 'the girl with the basket is the donor’s mother', 'compare the picture on p. 4'],
  PAMPHLET_FURNITURE: [
    // A caption with its credit after a slash.
    { shape: (r: Random) => [`${pick(r, SUBJECTS)} / ${credit16(r)}`], kinds: ['caption'] },
    // A picture number in words, its caption on the next line.
    { shape: (r: Random) => [`Picture ${pick(r, ['one', 'two', 'three', 'four', 'five', 'six'])}`, pick(r, SUBJECTS)], kinds: ['figure number', 'caption'] },
    // A caption in another language with a collection number in braces.
    { shape: (r: Random) => [`${pick(r, SUBJECTS_OTHER)} {sbírka ${between(r, 100, 999)}}`], kinds: ['caption'] },
    // A facts panel: a head, then three short lines.
    {
      shape: (r: Random) => [pick(r, ['THE VILLAGE IN BRIEF', 'Sognet i tal', 'OBEC V ČÍSLECH', 'KÖY HAKKINDA']), `Households  ${between(r, 40, 600)}`, `Newsletter founded  ${between(r, 1948, 1985)}`, `Volunteers  ${between(r, 5, 40)}`],
      kinds: ['side caption'],
    },
  ] as readonly { shape: (r: Random) => readonly string[] | undefined; kinds: readonly ('caption' | 'figure number' | 'side caption')[] }[],
  PDF_BYLINES: [
    (a: string, r: Random) => `Compiled by ${a} with ${pick(r, PEOPLE)}`,
    (a: string) => `Redigeret af ${a}`,
    (a: string) => `Sestavil(a) ${a}`,
    (a: string) => `Hazırlayan: ${a}`,
    (a: string) => `Samengesteld door ${a}`,
  ],
  PDF_NOTICES: [
    () => 'Issued free to every household in the parish',
    (r: Random) => `Tiratura ${between(r, 200, 900)} esemplari ∙ printed by the duplicator in the vestry`,
    () => 'Eftertryk tilladt med kildeangivelse.',
    () => 'Vydáno vlastním nákladem.',
    () => 'Her hakkı saklıdır; izinsiz çoğaltılamaz.',
  ],

  // ——— shapes of this split alone (drawn only under 'validation-16') ———

  /** Breadcrumbs in a separator no earlier split drew, ending with the page's own title cut short. */
  breadcrumbs: (r: Random, title: string): string => {
    const sep = pick(r, [' ⟩ ', ' ⁄ ', ' ∙ ', ' ↠ ', ' ➝ ']);
    const words = title.split(' ');
    const cut = words.length > 5 ? `${words.slice(0, between(r, 3, 5)).join(' ')}…` : title;
    const trail = pick(r, [['Lantern', 'Villages', pick(r, VILLAGES)], ['Forside', 'Arkiv'], ['Obec', 'Zpravodaj', 'Články'], ['Ana sayfa', 'Yazılar'], ['Home', 'Back issues', String(yr(r))]]);
    return [...trail, cut].join(sep);
  },
  /** A notice that the page was translated by machine, and its "show original" line. */
  machineTranslation: (r: Random): string[] =>
    pick(r, [
      () => ['This page has been translated automatically from Danish.', 'Show original ↺'],
      () => ['Translated by machine. Some words may be wrong.', 'View in the original language'],
      () => [`⚙ Auto-translated from ${pick(r, ['Czech', 'Turkish', 'Dutch', 'Finnish'])} · Rate this translation 👍 👎`],
      () => ['Denne side er maskinoversat.', 'Vis originalen'],
      () => ['Automatický překlad · Zobrazit původní text'],
    ])(),
  /** A cookie dialog's list of vendors, one a line, with its consent controls and buttons. */
  vendorList: (r: Random): string[] => {
    const n = between(r, 3, 5);
    const start = between(r, 0, COOKIE_VENDORS.length - 1);
    const control = pick(r, [() => 'Consent ☐   Legitimate interest ☑', () => 'ON | OFF', () => '▸ View privacy policy', () => `Cookie duration: ${between(r, 30, 400)} days`]);
    const lines = [pick(r, [`We and our ${between(r, 140, 900)} partners store and access information on your device`, 'Manage vendors', `Vendor preferences (${between(r, 140, 900)})`])];
    for (let k = 0; k < n; k++) {
      lines.push(COOKIE_VENDORS[(start + k) % COOKIE_VENDORS.length]!);
      if (chance(r, 0.6)) lines.push(control());
    }
    lines.push(pick(r, ['Save and exit', 'Reject all   Accept all', 'Confirm my choices']));
    return lines;
  },
  /** A newsletter form between paragraphs: a head, its field labels one a line, a tick box, the button. */
  signupFields: (r: Random): string[] =>
    pick(r, [
      () => ['Get the Lantern in your inbox', 'Forename', 'Family name', 'Your e-mail (required)', 'Which village? ▾', '☐ I’m happy to hear about events too', 'Sign me up for the Lantern'],
      () => ['Tilmeld dig nyhedsbrevet', 'Fornavn', 'E-mailadresse', 'Tilmeld'],
      () => ['The Lantern newsletter', 'E-mail *', 'Your postcode (optional)', 'Monthly ◉  Weekly ○', 'Subscribe free'],
      () => ['Přihlášení k odběru', 'Jméno', 'E-mail', '☐ Souhlasím se zpracováním údajů', 'Odebírat'],
      () => ['Bültene kaydolun', 'Ad Soyad', 'E-posta adresi', 'Kaydol'],
    ])(),
  /** A "back to top" line set before each of the text's headings after the first. */
  backToTop: (r: Random): string => pick(r, ['↑ Back up to the top', 'Back to contents ⇡', '⤒ top of page', 'Til toppen ↑', 'Zpět nahoru', '▲ Top']),
  /** A comment count and a "sort by" bar above the form. */
  sortBar: (r: Random): string[] => {
    const n = between(r, 2, 86);
    return pick(r, [
      () => [`${n} readers have commented`, 'Sort the letters by: newest ▾'],
      () => [`Comments (${n})`, 'Oldest first | Newest first | Most liked'],
      () => [`${n} kommentarer`, 'Sortér efter: nyeste'],
      () => [`${n} komentářů`, 'Řadit: od nejnovějších'],
      () => [`💬 ${n} replies`, 'Sort: Top ∙ New ∙ Old'],
    ])();
  },
  /** A printer's registration marks and colour bar, extracted at a page's foot. */
  printerMarks: (r: Random): string[] =>
    pick(r, [
      () => ['⊕', '⊕'],
      () => ['C   M   Y   K'],
      () => ['100   80   60   40   20   10'],
      () => ['⊕                                                  ⊕'],
      () => ['Cyan Magenta Yellow Black', `Plate ${between(r, 1, 4)}`],
    ])(),
  /** A "cite this paper as" line at every page's foot, holding the title. */
  citeLine: (r: Random, title: string, author: string): ((page: number) => string) => {
    const surname = author.split(' ').pop() ?? author;
    const year = yr(r);
    const vol = between(r, 3, 41);
    const style = between(r, 0, 2);
    return (page) =>
      style === 0
        ? `Cite as: ${surname}, “${title}”, Almanac Papers ${vol} (${year}), p. ${page}.`
        : style === 1
          ? `Citér: ${surname} (${year}). ${title}. Sognebrevets årsskrift ${vol}: ${page}`
          : `Please cite: ${surname} ${year}, ${title.split(' ').slice(0, 6).join(' ')}…, ${vol}:${page}`;
  },
  /** A back-of-book index after the text: a head, then entries with page numbers. */
  index: (r: Random, words: readonly string[]): string[] => {
    const head = pick(r, ['Index', 'INDEX OF NAMES AND PLACES', 'Register of persons and places', 'Rejstřík', 'Dizin']);
    const entries = words.slice(0, between(r, 4, 7)).map((w) => `${w}, ${between(r, 1, 9)}${chance(r, 0.5) ? `, ${between(r, 10, 19)}` : ''}${chance(r, 0.3) ? `–${between(r, 20, 24)}` : ''}`);
    return [head, ...entries];
  },
  /** A form's leftovers after the last paragraph: signature and date blanks, an "office use only" box. */
  formLeftovers: (r: Random): string[] =>
    pick(r, [
      () => ['Signed ______________________   Date ____________', 'FOR OFFICE USE ONLY', 'Received ________   Ref. no. ________'],
      () => ['Underskrift: ____________________', 'Dato: __________'],
      () => ['Podpis: ………………………   Datum: ……………'],
      () => ['Name (block capitals) ________________________', 'Signature ____________________', '☐ tick if you would like a receipt'],
      () => ['İmza: ____________   Tarih: ____________'],
    ])(),
};
