/**
 * The sixth validation split's furniture wordings (`npm run eval -- --validation 6`): every web
 * and PDF furniture pool worded anew by a helper who had read neither the cleaner's rules nor the
 * held-out, fourth or fifth validation wordings. A DEBUG SET for everyone (unlike validations 4
 * and 5): look at its cases, errors and lines freely, but never key a rule on its wordings; it
 * stays useful only while rules generalise by shape and sense.
 *
 * What it draws that earlier splits drew little of: furniture in several languages on English
 * articles (French, German, Spanish, Italian, Dutch, Polish, Portuguese, Welsh menus, share rows,
 * cookie pop-ups, "read also" lines and comment forms), and the registers of a news site, a blog,
 * an academic journal, a union pamphlet, an NGO report and an archive's transcription (bylines
 * with a reviewer or a transcriber, journal running feet with volume and issue, report covers'
 * disclaimers). Like validation 3, no pool falls back to another list.
 */
import { between, cap, chance, pick, type Random } from './_random.ts';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'April', 'May', 'June', 'July', 'Aug', 'Sep', 'October', 'Nov', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const year = (r: Random): number => between(r, 2003, 2026);
const dayMonth = (r: Random): number => between(r, 1, 28);
const dateEn = (r: Random): string => pick(r, [() => `${pick(r, MONTHS_EN)} ${dayMonth(r)} ${year(r)}`, () => `${dayMonth(r)}.${between(r, 1, 12)}.${year(r)}`, () => `${year(r)}-${String(between(r, 1, 12)).padStart(2, '0')}-${String(dayMonth(r)).padStart(2, '0')}T${between(r, 10, 23)}:${between(r, 10, 59)}`])();
const dateFr = (r: Random): string => `${dayMonth(r)} ${pick(r, MONTHS_FR)} ${year(r)} à ${between(r, 6, 23)}h${between(r, 10, 59)}`;
const dateDe = (r: Random): string => `${dayMonth(r)}. ${pick(r, MONTHS_DE)} ${year(r)}, ${between(r, 6, 23)}:${between(r, 10, 59)} Uhr`;
const dateEs = (r: Random): string => `${dayMonth(r)} de ${pick(r, MONTHS_ES)} de ${year(r)}`;

const WRITERS = ['Ines Carvalho', 'Gwilym Prys', 'Hanna Oksanen', 'R. T. Abernathy-Lowe', 'Folake Adeyemi', 'Mateusz Wróbel', 'Esther Lindqvist', 'Callum MacRury', 'Noor Siddiqui', 'Pietro Valsecchi'];
const ROLES = ['archivist', 'branch secretary', 'data editor', 'research fellow', 'regional organiser', 'volunteer transcriber', 'features desk'];
const SECTIONS = ['Labour & Work', 'Local Heritage', 'Opinion', 'Long Reads', 'From the Archive', 'Policy Briefs', 'Oral Histories'];
const AGENCIES = ['Reuters Pictures', 'dpa/picture alliance', 'ANSA', 'Keystone', 'Alamy Stock Photo', 'Magnum Photos', 'NurPhoto', 'SOPA Images'];
const SHOOTERS = ['Aurélie Demont', 'Bogdan Iliescu', 'Ruth Adebayo', 'Tomás Ferreira', 'Hamish Gault', 'Yuki Tanabe'];
const ARCHIVES = ['the People’s History Museum', 'the Modern Records Centre', 'Amgueddfa Cymru', 'the Working Class Movement Library', 'Archiv der sozialen Demokratie', 'the Mitchell Library', 'the branch’s own albums'];
const V6_SUBJECTS = [
  'Hop pickers resting beside the oast houses',
  'The soup kitchen queue on a January morning',
  'Rope makers walking backwards along the ropewalk',
  'The tram depot after the fire of that year',
  'A tenants’ meeting in the chapel schoolroom',
  'Tin dressers at work on the floors',
  'The co-operative bakery’s first motor van',
  'Boot closers at their benches',
  'Pit ponies brought up for the summer holiday',
  'Night-school pupils with their slates',
  'The canal basin frozen over',
  'A pawnbroker’s window piled with Sunday suits',
];

/** A picture credit in the forms papers, agencies and archives print, in several languages. */
const credit = (r: Random): string =>
  pick(r, [
    () => `Foto: ${pick(r, SHOOTERS)}/${pick(r, AGENCIES)}`,
    () => `(Bild: ${pick(r, AGENCIES)})`,
    () => `Crédit photo : ${pick(r, SHOOTERS)}`,
    () => `Photo courtesy ${pick(r, ARCHIVES)}`,
    () => `SOURCE: ${pick(r, ARCHIVES).toUpperCase()}`,
    () => `Image via ${pick(r, ARCHIVES)}, CC BY-SA 4.0`,
    () => `${pick(r, SHOOTERS)} for The Weekly Clarion`,
    () => `Lent for this edition by ${pick(r, ARCHIVES)}`,
    () => 'Public domain (scan from Wikimedia Commons)',
    () => `Fotografía: ${pick(r, SHOOTERS)} / ${pick(r, AGENCIES)}`,
  ])();

export interface PamphletTools6 {
  quoted(r: Random, paragraph: string): string | undefined;
  narrow(r: Random, text: string): string[];
}

export const VALIDATION_6 = {
  TOPICS: ['the co-op bakery', 'tenant leagues', 'the canal strike', 'night schools', 'tin mining', 'wet nurses', 'soup kitchens', 'mutual aid', 'the poor law', 'ropewalks', 'hop picking', 'the tram depot', 'boot and shoe workers', 'pit ponies', 'pawnshops', 'the means test'],
  LINK_SHAPES: [
    (a: string, b: string) => `How ${a} outlived ${b}`,
    (a: string) => `Watch: the last days of ${a}`,
    (a: string, _b: string, n: number) => `${n} objects that explain ${a}`,
    (a: string, b: string) => `Dossier : ${a} et ${b}`,
    (a: string) => `Hintergrund: ${cap(a)} im Wandel der Zeit`,
    (a: string, _b: string, n: number) => `“We had nothing but each other”: ${a} in ${1860 + n * 4}`,
    (a: string, b: string) => `Review — ${cap(a)} by the numbers, and why ${b} still weigh on the families who stayed on when the pits and mills shut`,
    (a: string) => `Is it time to rethink ${a}?`,
    (a: string, _b: string, n: number, r: Random) => `${cap(a)} | ${pick(r, ['Podcast', 'Explainer', 'Long read', 'Archive gem'])} | ep. ${n}`,
    (a: string, b: string) => `Especial: ${a} y ${b}`,
    (a: string) => `Letter from the archive: ${a}`,
    (a: string, b: string, n: number) => `Working paper ${n}: ${cap(a)}, ${b} and household budgets`,
  ],
  linkDate: (r: Random): string =>
    pick(r, [() => `publié il y a ${between(r, 2, 14)} jours`, () => `aktualisiert vor ${between(r, 2, 20)} Std.`, () => `posted ${dateEn(r)}`, () => `${between(r, 2, 40)} comments · ${dateEn(r)}`, () => `publicado hace ${between(r, 2, 9)} sem.`, () => `${between(r, 4, 25)}-minute read · ${pick(r, SECTIONS)}`])(),
  BYLINES: [
    (a: string, r: Random) => `Report by ${a} · additional reporting by ${pick(r, WRITERS)}`,
    (a: string, r: Random) => `Par ${a}, publié le ${dateFr(r)}`,
    (a: string, r: Random) => `Von ${a} | ${dateDe(r)}`,
    (_a: string, r: Random) => `Posted in ${pick(r, SECTIONS)} on ${dateEn(r)} · ${between(r, 2, 60)} Comments`,
    (a: string, r: Random) => `BY ${a.toUpperCase()} | PHOTOGRAPHY BY ${pick(r, SHOOTERS).toUpperCase()}`,
    (a: string, r: Random) => `Guest post by ${a}, ${pick(r, ROLES)}`,
    (_a: string, r: Random) => `Reviewed by ${pick(r, WRITERS)} · fact-checked ${dateEn(r)}`,
    (_a: string, r: Random) => `Transcribed by ${pick(r, WRITERS)} (${pick(r, ROLES)}), ${dateEn(r)}`,
    (a: string, r: Random) => `Por ${a} | ${dateEs(r)}`,
    (a: string, r: Random) => `${a} is a ${pick(r, ROLES)} based in ${pick(r, ['Cardiff', 'Lisbon', 'Leipzig', 'Dundee', 'Lyon'])}.`,
  ],
  ALSO_AVAILABLE: [
    (l: string) => `Available in: English · ${l}`,
    (l: string) => `🌐 EN | ${l.slice(0, 2).toUpperCase()}`,
    (l: string) => `Lire cet article en ${l.toLowerCase()} ›`,
    (l: string) => `Dieser Artikel ist auch auf ${l} verfügbar`,
    (l: string) => `Switch language ▾ ${l}`,
  ],
  LANGUAGES: ['Catalan', 'Dutch', 'Polish', 'Finnish', 'Greek', 'Turkish', 'Welsh', 'Slovene'],
  WEB_NOTICES: [
    (l: string) => `Translated from the ${l} by the volunteers of our translation collective.`,
    () => 'Editor’s note: this piece first appeared in our spring print edition.',
    () => 'This article is more than six years old and may be out of date.',
    (l: string) => `Traduit de l’original (${l}) pour cette édition.`,
    () => 'Correction: an earlier version misdated the founding of the branch.',
    () => 'Content note: this story discusses child labour and serious injury.',
    () => 'Dieser Beitrag erschien zuerst in unserer Mitgliederzeitung.',
  ],
  CAPTION_SHAPES: [
    (r: Random) => `${pick(r, V6_SUBJECTS)} (${between(r, 1870, 1969)})`,
    (r: Random) => `[Bild ${between(r, 1, 12)}] ${pick(r, V6_SUBJECTS)}`,
    (r: Random) => `${pick(r, V6_SUBJECTS)}, c. ${between(r, 1870, 1960)}. Click image to zoom`,
    (r: Random) => `En la imagen: ${pick(r, V6_SUBJECTS).toLowerCase()}`,
    (r: Random) => `Légende : ${pick(r, V6_SUBJECTS).toLowerCase()}`,
    (r: Random) => `${pick(r, V6_SUBJECTS)} — taken by a member of the branch in ${between(r, 1900, 1975)}`,
    (r: Random) => `${pick(r, V6_SUBJECTS)}. The building came down in ${between(r, 1955, 1999)}; only the gate piers remain.`,
    (r: Random) => `Nella foto: ${pick(r, V6_SUBJECTS).toLowerCase()}`,
  ],
  /** A credit for a picture caption: under it (its own line), glued to the caption's end, or none. */
  webCredit: (r: Random): { text: string; place: 'next' | 'glued' } | undefined => (chance(r, 0.5) ? { text: credit(r), place: chance(r, 0.45) ? 'glued' : 'next' } : undefined),
  BASE_WEB_CAPTIONS: [(r: Random) => `Image: ${pick(r, V6_SUBJECTS).toLowerCase()}`, (r: Random) => `${pick(r, V6_SUBJECTS)} [enlarge]`, (r: Random) => `Foto: ${pick(r, V6_SUBJECTS)}`, (r: Random) => `${pick(r, V6_SUBJECTS)}, ${between(r, 1880, 1970)} (detail)`],
  PROMO_SHAPES: [
    (t: string) => `ALSO READ ▸ ${t}`,
    (t: string) => `Lesen Sie auch: ${t}`,
    (t: string) => `À lire aussi : ${t}`,
    (t: string) => `Leer más: ${t}`,
    (t: string) => `Leggi anche ${t}`,
    (_t: string, _r: Random, topic: string) => `Want more on ${topic}? Get the weekly digest, free every Friday.`,
    () => 'Become a member from £4 a month and read without limits.',
    (t: string) => `RECOMMENDED | ${t}`,
    (t: string, r: Random) => `${pick(r, ['Watch', 'Listen', 'Podcast'])} ▶ ${t}`,
    () => 'Sponsored · Trace your family through the 1921 census',
    (t: string) => `Lees ook: ${t}`,
  ],
  /** A promotion set as a box: a label, two to three lines, sometimes a button line. */
  promoBox: (r: Random): readonly string[] | undefined => {
    if (!chance(r, 0.45)) return undefined;
    return pick(r, [
      ['THE CLARION NEWSLETTER', 'The week in working-class history, in your inbox on Sundays.', 'Your e-mail address here', 'Send me the Sunday letter ›'],
      ['Abonnez-vous à la lettre', 'Recevez chaque dimanche nos récits du travail.', 'Je m’inscris'],
      ['Our new book is out', 'Two hundred years of tenants’ struggles, 312 pages, illustrated.', 'Order a copy from the co-op shop →'],
      ['Volunteer with the transcription team', 'We need transcribers for the 1890s minute books. No experience required.'],
      ['📬 Get the Clarion by post', 'Four issues a year for members.', 'Join the readers’ circle'],
    ]);
  },
  /** "Advertisement" labels and slot text a page copy keeps between paragraphs. */
  advert: (r: Random): readonly string[] => pick(r, [['— Anzeige —'], ['Publicité · la suite après cette annonce'], ['ADVERTISEMENT — CONTINUE READING BELOW'], ['Publicidad', 'Cerrar este anuncio'], ['Ad · send feedback on this ad']]),
  APPEALS: [
    ['Can you chip in for the next issue?', 'We are a small, reader-funded team of four.', 'Every contribution, however big or small, keeps our reporting free for all.', 'Support us from £1 →'],
    ['UNITY IS STRENGTH — JOIN THE BRANCH', 'Join the union today: membership costs less than a cup of tea a week.', 'Fill in the form overleaf or visit any branch office.'],
    ['Soutenez les Cahiers', 'Nos enquêtes ne vivent que de vos dons.', 'Faire un don aux Cahiers'],
    ['Your gift doubles until midnight', 'A matched donation of £20 funds one day of field research.', 'Double my gift now'],
    ['Jetzt für das Archiv spenden', 'Unabhängige Geschichtsarbeit braucht Ihre Unterstützung.'],
    ['Thanks for reading all the way to the end.', 'If this archive has helped you, would you consider becoming a Friend?', 'Friends get early access to new collections.'],
  ],
  NAV_WORDS: ['Campaigns', 'Research', 'Heritage trails', 'Learning', 'Publications', 'Press', 'Podcasts', 'Maps', 'Archive', 'Branches', 'Events diary', 'Resources'],
  NAV_SHAPES: [
    (a: string, b: string) => `${a} » ${b} » newest first`,
    (a: string) => `See all our ${a.toLowerCase()} →`,
    (a: string, b: string) => `${a} and ${b.toLowerCase()}: this month’s highlights`,
    (a: string) => `Browse ${a.toLowerCase()} by decade`,
    (a: string) => `${a.toUpperCase()} — IN DEPTH`,
    (a: string, b: string) => `Start here: ${a.toLowerCase()}, then ${b.toLowerCase()}`,
  ],
  MENU: ['Accueil › Histoire sociale', 'Startseite / Geschichte / Arbeit', 'Inicio » Memoria obrera', 'Home ▸ Stories ▸ Features', 'Chi siamo · Contatti', 'Kontakt & Anfahrt', 'Mon compte ▾', 'Search the Clarion…', 'Skip to site navigation', 'Open the section menu ☰', 'Newsletter sign-up ✉', 'Clarion bookshop', 'Give to the fund ♥', 'Cymraeg | English'],
  SHARE: ['Partager cet article sur LinkedIn', 'Diesen Beitrag auf Facebook teilen', 'Compartir este artículo en WhatsApp', 'Condividi su Telegram', 'Delen via e-mail', 'Udostępnij na Facebooku', 'Email this story to a friend', 'Facebook  X  LinkedIn  Reddit', 'Copy link to clipboard ⧉', 'Print a copy of this story ⎙', 'Share on Threads ↗', 'Pin this on Pinterest'],
  COMMENT_FORMS: [
    ['Laissez-nous votre commentaire', 'Votre adresse ne sera jamais affichée.', 'Nom et prénom *', 'Adresse e-mail *', 'Envoyer le commentaire'],
    ['Ihre Meinung zu diesem Beitrag', 'Name (muss angegeben werden)', 'E-Mail (wird nicht veröffentlicht)', 'Kommentar absenden'],
    ['12 thoughts on this post', 'Join the discussion below', 'Email me when someone replies to my comment.', 'Submit your comment'],
    ['Tell us what you made of this piece', 'Log in or register free to join the comments.'],
    ['Deja tu comentario sobre esta historia', 'Cancelar y volver', 'Publicar mi comentario'],
    ['Discussion is closed on this article.'],
    ['READERS’ COMMENTS ON THIS STORY (27)', 'Order: newest replies first', 'Show 9 more replies'],
  ],
  POPUPS: [
    'Ce site dépose des cookies pour mesurer son audience.',
    'Alle Cookies akzeptieren',
    'Yes, I accept the cookies',
    'Change my cookie settings',
    'Este sitio usa cookies para contar sus visitas.',
    'Only 2 free Clarion stories left this month.',
    'Sign up and never miss a story ✕',
    'Close this window and keep reading ×',
  ],
  RELATED_HEADS: ['À lire aussi sur le site', 'Mehr zu diesem Thema im Archiv', 'Te puede interesar también', 'Further reading from the Clarion', 'Stories like this one', 'Keep reading the Clarion ↓', 'Ook interessant om te lezen'],
  LINK_LIST_HEADS: ['Les plus lus cette semaine', 'Meistgelesen heute', 'Lo más leído hoy', 'Trending on the Clarion', 'Latest from the branch blog', 'Picked by the editors', 'Popular this month ★'],
  /** A footer at the very end of the page (one to three lines). */
  footer: (r: Random): readonly string[] =>
    pick(r, [
      [`© ${between(r, 2001, 2026)} Clarion Media Co-operative Ltd. All rights reserved.`],
      ['Mentions légales · Données personnelles · Nous écrire'],
      ['Impressum | Datenschutzerklärung | Leichte Sprache'],
      ['About · Masthead · Advertise · Careers · RSS', `Company no. ${between(r, 1000000, 9999999)}`],
      ['Back to the top of the page ⤒'],
    ]),

  // ——— PDF extractions ———

  /** A page footer with its page number: journals, pamphlets, reports, an archive's transcript. */
  RUNNING_FOOTERS: [
    (page: number) => `Journal of Social Memory, Vol. 14, No. 2 (2019), pp. ${page}`,
    (page: number) => `${page}  •  Branch Education Series`,
    (page: number) => `Annual Review 2021–22 | ${page}`,
    (page: number) => `Transcript, box 7 folder 3 — p. ${page}`,
    (page: number) => `CAHIERS D’HISTOIRE OUVRIÈRE  ${page}`,
  ],
  CAPTION_SUBJECTS: ['The rope walk', 'A canal boat family', 'Tenants’ league banner', 'The bakery ovens', 'A means-test form', 'Tin streaming gear', 'Children at the soup kitchen', 'The tram shed'],
  CAPTION_TAILS: ['about 1912', 'before electrification', 'in a lantern slide', 'redrawn from the original', 'during the dispute', 'photographer unknown'],
  CAPTION_NOTES: ['only the wall survives', 'the boy at left is the donor’s father', 'see also Appendix B'],
  /** A caption's credit in the PDF: none, on the next line, or on the caption's own line. */
  pdfCredit: (r: Random): { text: string; place: 'next' | 'glued' } | undefined => (chance(r, 0.45) ? { text: credit(r), place: chance(r, 0.4) ? 'glued' : 'next' } : undefined),
  PAMPHLET_FURNITURE: [
    { shape: (r: Random) => [`Illus. ${between(r, 1, 14)} (facing page)`, pick(r, V6_SUBJECTS)], kinds: ['figure number', 'caption'] },
    { shape: (r: Random) => [`${pick(r, V6_SUBJECTS)}. Source: ${pick(r, ARCHIVES)}.`], kinds: ['caption'] },
    { shape: (r: Random) => [pick(r, V6_SUBJECTS), credit(r)], kinds: ['caption', 'credit'] },
    { shape: (r: Random) => [`Abb. ${between(r, 1, 9)}: ${pick(r, V6_SUBJECTS)}`], kinds: ['caption'] },
    { shape: (r: Random) => [`Table ${between(r, 1, 6)}. Weekly wages by trade, ${between(r, 1880, 1930)} (shillings)`, `Source: ${pick(r, ['Board of Trade returns', 'union ledgers', 'author’s survey'])}`], kinds: ['figure number', 'credit'] },
    {
      shape: (r: Random, p: string, t: PamphletTools6) => {
        const s = t.quoted(r, p);
        return s ? [...t.narrow(r, `« ${s} »`)] : undefined;
      },
      kinds: ['pull quote'],
    },
    {
      shape: (r: Random, p: string, t: PamphletTools6) => {
        const s = t.quoted(r, p);
        return s ? [...t.narrow(r, `"${s}"`), `${pick(r, WRITERS)}, ${pick(r, ['recorded 1981', 'branch minutes', 'speaking at the rally', 'oral history tape 14'])}`] : undefined;
      },
      kinds: ['pull quote'],
    },
    { shape: (r: Random) => [`Fig. ${between(r, 1, 9)} — Location of the ${pick(r, ['ropewalks', 'bakeries', 'soup kitchens', 'tram routes'])}`, `Key: ${pick(r, ['● site', '■ depot', '▲ chapel'])}  ${pick(r, ['— road', '··· canal', '=== rail'])}`], kinds: ['map'] },
    { shape: (r: Random) => [`↑ N   ${pick(r, ['0–500 m', '0–1 km', '0–¼ mile'])}`, `Base map: ${pick(r, ['Ordnance Survey, 1896', 'tithe survey, 1841', 'town plan, 1923'])}`], kinds: ['map'] },
    { shape: (r: Random, _p: string, t: PamphletTools6) => t.narrow(r, `${pick(r, V6_SUBJECTS)}. Many such photographs were taken by members themselves and lent for this edition.`), kinds: ['side caption'] },
    { shape: (r: Random) => [`BOX ${between(r, 1, 5)}`, `What the ${pick(r, ['means test', 'poor law', 'tenancy act'])} meant in practice`], kinds: ['figure number', 'caption'] },
  ] as readonly { shape: (r: Random, paragraph: string, tools: PamphletTools6) => readonly string[] | undefined; kinds: readonly ('caption' | 'credit' | 'figure number' | 'pull quote' | 'map' | 'side caption')[] }[],
  PDF_BYLINES: [
    (a: string, r: Random) => `${a}*  and ${pick(r, WRITERS)}†`,
    (a: string) => `Written for the branch by ${a}`,
    (a: string, r: Random) => `${a.toUpperCase()}, ${pick(r, ['University of Leeds', 'Universidade do Porto', 'independent scholar', 'Ruskin College'])}`,
    (a: string) => `Report prepared by ${a} with the research team`,
    (a: string) => `Transcription and notes: ${a}`,
  ],
  PDF_NOTICES: [
    () => 'Published by the Tenants’ Federation, price twopence',
    (r: Random) => `Received ${dayMonth(r)} ${pick(r, MONTHS_EN)} ${year(r)}; accepted ${dayMonth(r)} ${pick(r, MONTHS_EN)} ${year(r)}`,
    () => 'The views expressed are the authors’ own and do not necessarily reflect those of the funders.',
    () => 'This paper is licensed under CC BY-NC 4.0 by its authors.',
    () => 'Typescript held at the record office; spelling as in the original.',
    (r: Random) => `ISBN 978-1-${between(r, 100000, 999999)}-${between(r, 10, 99)}-${between(r, 0, 9)}`,
    () => 'Working Paper Series — not for citation without permission',
  ],
};
