/**
 * The eleventh validation split's furniture wordings (`npm run eval -- --validation 11`): every web
 * and PDF furniture pool worded anew by a helper who had read neither the cleaner's rules nor the
 * held-out, fourth or fifth validation wordings. Like validation 9, it degrades TEXTS OF ITS OWN
 * (eval/texts-11: twelve pieces of kinds no other folder has: a judgment, an open letter, a radio
 * talk, a pamphlet against a road, an essay of quotations, a history with asides, a will, questions
 * and answers, field notes, a translator's preface, a walking guide, a manifesto). It is the lead's
 * SELECTION set, BLIND: it is scored, never shown (no --verbose, --errors, --worse, --cases or
 * --write), and no one writing cleaning rules may read this file or eval/texts-11.
 *
 * What it draws that earlier splits drew little of is SHAPE. On web pages: a language switcher with
 * one language a line above the menu; a browser's notification prompt or an outdated-browser notice
 * wrapped over lines; a lead picture's bare credit ("Name/Agency") under the title; a stamp block
 * under the head (an "updated at" time with its zone, a lone "Comments" count, an age warning, a
 * listening line, a gift or save line); captions printed twice (alt text, then the caption with its
 * credits in brackets), or closing on "Photograph: Name/Agency" after a full stop; a sign-up box
 * framed by "skip" and "after" lines; a "support us" box of two to four lines in the middle of the
 * text; after the text a topics head with one topic a line, a "was this helpful" row with its
 * answers one a line, and a comments head with a count, a sort control and a loading line. In PDF
 * extractions: captions of one to three lines at a paragraph break between blank lines, inside a
 * sentence with none, or directly under a heading, with "Source:" / "Quelle:" / "Fuente:" /
 * "Fonte:" / "Bron:" lines; credits as "Photo ©"; pull quotes with their quote marks on lines of
 * their own or closing on "says" and a name; footnote numbers in plain figures glued to a word's
 * punctuation ("said.3") with the notes under a rule; running heads alternating a short title with
 * the author's surname; folios "p. 3/12", "Strona 3 z 12", "pag. 3 di 12", "Blz. 3 van 12"; page
 * breaks falling inside hyphenated words; journal footers with volume, year and pages. English pages
 * carry furniture in French, German, Spanish, Italian, Portuguese, Dutch and Polish. No pool falls
 * back to another list.
 */
import { between, cap, chance, pick, type Random } from './_random.ts';

const MONTHS_FR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const MONTHS_DE = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
const MONTHS_ES = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const yr = (r: Random): number => between(r, 2009, 2026);
const day = (r: Random): number => between(r, 1, 28);
const oldYear = (r: Random): number => between(r, 1861, 1974);
const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (r: Random, sep = ':'): string => `${pad(between(r, 6, 23))}${sep}${pad(between(r, 0, 59))}`;

/** A time stamp as news sites set it under a head, each with its zone or its language. */
const stamp = (r: Random): string =>
  pick(r, [
    () => `Updated at ${clock(r, '.')} ${pick(r, ['BST', 'GMT', 'CET', 'CEST'])}`,
    () => `${pick(r, DAYS_EN)} ${day(r)} ${pick(r, MONTHS_EN)} ${yr(r)} ${clock(r)} ${pick(r, ['GMT', 'BST', 'EDT'])}`,
    () => `Mis à jour le ${day(r)} ${pick(r, MONTHS_FR)} ${yr(r)} à ${clock(r, 'h')}`,
    () => `Aktualisiert am ${day(r)}. ${pick(r, MONTHS_DE)} ${yr(r)}, ${clock(r)} Uhr`,
    () => `Actualizado ${day(r)} ${pick(r, MONTHS_ES)} ${yr(r)} - ${clock(r)} CET`,
    () => `Aggiornato alle ${clock(r)} del ${day(r)}/${pad(between(r, 1, 12))}/${yr(r)}`,
    () => `Bijgewerkt op ${day(r)}-${between(r, 1, 12)}-${yr(r)} om ${clock(r)}`,
    () => `Atualizado em ${pad(day(r))}/${pad(between(r, 1, 12))}/${yr(r)} ${clock(r, 'h')}`,
  ])();

const PEOPLE = ['Ailsa Bramwell', 'Joris Verhaegen', 'Amélie Rocheteau', 'Konstanty Wilczek', 'Benedetta Orsolini', 'Gonçalo Pestana', 'Lorenz Eichhorst', 'Nerys Pugh', 'Inmaculada Roldán', 'Dafydd Gruffudd'];
const SHOOTERS = ['Tamsin Loveridge', 'Piotr Nowakowski', 'Élodie Marchal', 'Ruud Kamphuis', 'Mercedes Ibarra', 'Fabrizio Sestini', 'Lukas Brandauer', 'Catarina Seixas', 'Owain Rees'];
const AGENCIES = ['Getty', 'AFP', 'EPA-EFE', 'ANP', 'Forum', 'Contrasto', 'Lusa', 'Imago', 'PA Images', 'Shutterstock', 'Camera Press', 'Reporters'];
const HOLDERS = ['the Museum of English Rural Life', 'Archives départementales du Finistère', 'Stadtarchiv Lüneburg', 'Arxiu Nacional de Catalunya', 'Biblioteca Civica di Bergamo', 'Arquivo Municipal do Porto', 'Zeeuws Archief', 'Narodowe Archiwum Cyfrowe', 'the Wellcome Collection', 'a family album'];
const SITE = ['The Lantern', 'Parish Pump', 'La Veilleuse', 'Der Kiebitz', 'El Candil', 'La Lucerna', 'De Vuurtoren', 'Latarnia'];

const V11_SUBJECTS = [
  'The mill weir with its sluice drawn',
  'Gig rowers carrying their boat down the slipway',
  'A hedgehog asleep in a nest of oak leaves',
  'Fritillaries in flower on the flood meadow',
  'A reader at a paraffin lamp',
  'Spinners walking backwards down the ropewalk',
  'The bonesetter’s oak chair',
  'Volunteers checking drills on the shelves',
  'Orange rosettes on a limestone coping',
  'Net menders on a Baltic beach',
  'Stone sleepers on the old tramway',
  'A gilder laying leaf on a fascia',
];
const V11_SUBJECTS_OTHER = [
  'Le bief du moulin au printemps',
  'Die Seilerbahn am alten Hafen',
  'Prado inundado junto al arroyo',
  'Lettere dipinte su una vecchia insegna',
  'O caminho do antigo elétrico mineiro',
  'Netten boeten op het strand',
  'Kamienny mur cmentarza porośnięty porostami',
  'Une lampe à pétrole sur la table de lecture',
];

/** A credit as papers print it after a caption's full stop: a photographer and an agency, or a holder. */
const credit11 = (r: Random): string =>
  pick(r, [
    () => `Photograph: ${pick(r, SHOOTERS)}/${pick(r, AGENCIES)}`,
    () => `Illustration: ${pick(r, SHOOTERS)}`,
    () => `Photo : ${pick(r, SHOOTERS)} / ${pick(r, AGENCIES)}`,
    () => `Foto: ${pick(r, AGENCIES)}/${pick(r, SHOOTERS)}`,
    () => `Fotografía: ${pick(r, SHOOTERS)} (${pick(r, AGENCIES)})`,
    () => `Foto di ${pick(r, SHOOTERS)}`,
    () => `Fot. ${pick(r, SHOOTERS)}/${pick(r, AGENCIES)}`,
    () => `Image courtesy of ${pick(r, HOLDERS)}`,
  ])();

/** A bracketed run of agencies, as a caption's second printing carries it. */
const agencyRun = (r: Random): string => `(${Array.from({ length: between(r, 1, 3) }, () => pick(r, AGENCIES)).filter((a, k, all) => all.indexOf(a) === k).join('/')})`;

/** A printed credit with a copyright sign. */
const photoCopyright = (r: Random): string =>
  pick(r, [
    () => `Photo © ${pick(r, SHOOTERS)}`,
    () => `Photo © ${pick(r, HOLDERS)}`,
    () => `© ${pick(r, SHOOTERS)}, ${yr(r)}`,
    () => `Foto © ${pick(r, AGENCIES)}`,
    () => `Fot. © ${pick(r, HOLDERS)}`,
  ])();

/** A "source" line under a printed picture or table, in one of seven languages. */
const sourceLine = (r: Random): string =>
  pick(r, [
    () => `Source: ${pick(r, HOLDERS)}.`,
    () => `Quelle: ${pick(r, ['Stadtarchiv Lüneburg', 'Privatbesitz', 'Sammlung des Verfassers'])}`,
    () => `Fuente: ${pick(r, ['Arxiu Nacional de Catalunya', 'colección particular', 'elaboración propia'])}`,
    () => `Fonte: ${pick(r, ['Arquivo Municipal do Porto', 'Biblioteca Civica di Bergamo', 'arquivo da família'])}`,
    () => `Bron: ${pick(r, ['Zeeuws Archief', 'particuliere collectie'])}`,
    () => `Źródło: ${pick(r, ['Narodowe Archiwum Cyfrowe', 'zbiory prywatne autora'])}`,
    () => `Source : ${pick(r, ['Archives départementales du Finistère', 'collection de l’auteur'])}`,
  ])();

/** Numbers of pictures in this split's styles. */
const pictureLabel = (r: Random): string =>
  pick(r, [
    () => `Photo ${between(r, 1, 9)}.`,
    () => `Afbeelding ${between(r, 1, 9)}.`,
    () => `Ilustración ${between(r, 1, 9)}.`,
    () => `Fig. ${between(r, 1, 9)} –`,
    () => `Ryc. ${between(r, 1, 9)}.`,
    () => `Abbildung ${between(r, 1, 9)}:`,
    () => `Figura ${between(r, 1, 9)} —`,
  ])();

/** Second sentences a printed caption runs on with. */
const CAPTION_MORE = [
  'The print is faded along its upper edge.',
  'It was taken on the morning of the opening.',
  'The figure at the left has not been identified.',
  'Nothing in the picture survives today.',
  'The date is written on the back in pencil.',
];

export interface PamphletTools11 {
  quoted(r: Random, paragraph: string): string | undefined;
  narrow(r: Random, text: string): string[];
}

type Kind = 'caption' | 'credit' | 'figure number' | 'pull quote' | 'map' | 'side caption' | 'contents' | 'footer' | 'notice';

const SPEAKERS = ['Ailsa Bramwell', 'a fisherman’s widow', 'the clerk to the trust', 'one of the volunteers', 'a retired spinner'];

export const VALIDATION_11 = {
  TOPICS: ['weirs', 'slipways', 'hedgehogs', 'ring roads', 'lamplighters', 'ropewalks', 'bonesetters', 'tool libraries', 'lichens', 'riddles', 'tramways', 'sign writers', 'flood meadows', 'almanacs', 'quarries', 'gilders'],
  LINK_SHAPES: [
    (a: string, b: string) => `Inside the fight over ${a} and ${b}`,
    (a: string) => `Explained: who really owns the ${a}?`,
    (a: string, _b: string, n: number) => `The ${a} issue — part ${n}`,
    (a: string) => `Le grand retour des ${a}`,
    (a: string) => `Warum ${a} wieder gefragt sind`,
    (a: string) => `La otra cara de los ${a}`,
    (a: string) => `Come salvare i ${a} della valle`,
    (a: string) => `O futuro incerto dos ${a}`,
    (a: string) => `Hoe het verder moet met de ${a}`,
    (a: string) => `Co dalej z ${a}?`,
    (a: string, b: string) => `Opinion | ${cap(a)} are not the enemy of ${b}`,
    (a: string, _b: string, n: number) => `${cap(a)} in pictures: ${n} photographs from the archive`,
  ],
  linkDate: (r: Random): string => pick(r, [() => `${between(r, 2, 23)}h ago`, () => `il y a ${between(r, 2, 11)} h`, () => `Stand: ${day(r)}.${between(r, 1, 12)}., ${clock(r)}`, () => `hace ${between(r, 2, 50)} min`, () => `${between(r, 3, 14)} min de leitura`, () => `reacties: ${between(r, 2, 90)}`])(),
  BYLINES: [
    (a: string, r: Random) => `${a} and ${pick(r, PEOPLE)}`,
    (a: string, r: Random) => `${a} in ${pick(r, ['Truro', 'Kendal', 'Quimper', 'Lüneburg', 'Girona', 'Bergamo', 'Porto', 'Middelburg', 'Gdańsk'])}`,
    (a: string, r: Random) => `Par ${a} · Publié le ${day(r)} ${pick(r, MONTHS_FR)} ${yr(r)}`,
    (a: string, r: Random) => `Ein Beitrag von ${a} · ${pick(r, ['Lesezeit', 'Lesedauer'])} ${between(r, 3, 14)} Min.`,
    (a: string, r: Random) => `Por ${a} · ${pick(r, ['Corresponsal', 'Redacción'])}`,
    (a: string) => `Di ${a.toUpperCase()}`,
    (a: string) => `Reportagem de ${a}`,
    (a: string) => `Tekst: ${a} · Beeld: ${a.split(' ')[0]} en anderen`,
    (a: string, r: Random) => `Autor tekstu: ${a}, ${pick(r, ['dziennikarz', 'współpracownik redakcji'])}`,
  ],
  /** Languages of a switcher, one a line, as a translated site sets them above its menu. */
  languageSwitcher: (r: Random): string[] => {
    const all = pick(r, [
      ['English', 'Français', 'Deutsch', 'Español', 'Italiano'],
      ['EN', 'FR', 'DE', 'NL', 'PL'],
      ['English (UK)', 'Português', 'Nederlands', 'Polski'],
      ['Language:', 'English ✓', 'Español', 'Italiano'],
    ]);
    return all.slice(0, between(r, 3, all.length));
  },
  /** A browser's prompt or an outdated-browser notice kept at the top of the copy, over one to three lines. */
  browserNotice: (r: Random): string[] =>
    pick(r, [
      () => ['Get notified when we publish', 'You can manage notifications in your browser settings.'],
      () => ['Your browser is out of date.', 'For the best experience on this site,', 'please update it.'],
      () => ['Activez les notifications pour', 'ne rien manquer de nos enquêtes.'],
      () => ['Ihr Browser wird nicht mehr unterstützt.'],
      () => ['Recibe avisos de nuevos artículos', 'Ahora no · Permitir'],
    ])(),
  /** The lead picture's credit alone on a line under the title: a name and an agency, nothing else. */
  leadCredit: (r: Random): string => pick(r, [() => `${pick(r, SHOOTERS)}/${pick(r, AGENCIES)}`, () => `${pick(r, AGENCIES)} via ${pick(r, SHOOTERS)}`, () => `${pick(r, SHOOTERS)} for ${pick(r, SITE)}`])(),
  /** A block under the head: a time stamp, a lone comment count, an age warning, a listening line, a gift or save line. */
  headStamp: (r: Random): { text: string; kind: 'byline' | 'notice' | 'promo' | 'share' | 'comment form' }[] => {
    const lines: { text: string; kind: 'byline' | 'notice' | 'promo' | 'share' | 'comment form' }[] = [{ text: stamp(r), kind: 'byline' }];
    if (chance(r, 0.4)) lines.push({ text: pick(r, [`Comments ${between(r, 3, 400)}`, `${between(r, 2, 99)} commentaires`, `Kommentare (${between(r, 2, 99)})`, `💬 ${between(r, 2, 99)}`]), kind: 'comment form' });
    if (chance(r, 0.35))
      lines.push({
        text: pick(r, [
          `This article is more than ${between(r, 2, 12)} years old`,
          `Cet article a plus de ${between(r, 2, 9)} ans`,
          `Dieser Artikel ist älter als ${between(r, 2, 9)} Jahre`,
          `Este artículo tiene más de ${between(r, 2, 9)} años`,
          `Let op: dit artikel is ${between(r, 2, 9)} jaar oud`,
        ]),
        kind: 'notice',
      });
    if (chance(r, 0.4)) lines.push({ text: pick(r, [`Listen to this article · ${between(r, 3, 22)} min`, `Écouter cet article (${between(r, 3, 22)} min)`, `Artikel vorlesen lassen ▷ ${between(r, 3, 22)}:${pad(between(r, 0, 59))}`, `Escuchar · ${between(r, 3, 22)} min`, `Ascolta ${between(r, 3, 22)} min ⏵`]), kind: 'promo' });
    if (chance(r, 0.35)) lines.push({ text: pick(r, ['Gift this article to a friend', 'Offrir cet article', 'Artikel verschenken', 'Keep this for later 🔖', 'Regala este artículo', 'Bewaar dit artikel']), kind: 'share' });
    return lines;
  },
  ALSO_AVAILABLE: [
    (l: string) => `This page in ${l} →`,
    (l: string) => `Version ${l.toLowerCase()} disponible`,
    (l: string) => `Auch auf ${l} lesen`,
    (l: string) => `Disponible en ${l.toLowerCase()}`,
    (l: string) => `Também em ${l.toLowerCase()}`,
    (l: string) => `Ook beschikbaar in het ${l}`,
  ],
  LANGUAGES: ['Welsh', 'Cornish', 'Irish', 'Scots', 'Catalan', 'Kashubian', 'Walloon', 'Romansh'],
  WEB_NOTICES: [
    (l: string) => `Traduction de l’anglais et du ${l.toLowerCase()} par la rédaction.`,
    (l: string) => `Aus dem ${l} übersetzt von unserer Redaktion.`,
    () => 'A version of this piece appeared in our print edition on page 14.',
    () => 'Clarification: the figures in the third paragraph have been updated.',
    (l: string) => `Traducción del ${l.toLowerCase()}: equipo de El Candil.`,
    () => 'Artykuł ukazał się pierwotnie w wydaniu papierowym.',
    () => 'Dit stuk verscheen eerder in De Vuurtoren.',
  ],
  CAPTION_SHAPES: [
    (r: Random) => `${pick(r, V11_SUBJECTS)}. ${credit11(r)}`,
    (r: Random) => `${pick(r, V11_SUBJECTS)} in ${oldYear(r)}.`,
    (r: Random) => `${pick(r, V11_SUBJECTS_OTHER)}. ${credit11(r)}`,
    (r: Random) => `${pick(r, V11_SUBJECTS)}: ${pick(r, CAPTION_MORE).toLowerCase()}`,
    (r: Random) => `Enlarge ⤡ ${pick(r, V11_SUBJECTS)}`,
    (r: Random) => pick(r, V11_SUBJECTS_OTHER),
  ],
  /** A web caption's extra: printed twice (alt text, then caption with credits in brackets), or a credit on the next line. */
  webCaption: (r: Random, caption: string): { text: string; kind: 'caption' | 'credit' }[] => {
    const roll = r();
    if (roll < 0.35) return [{ text: caption, kind: 'caption' }, { text: `${caption} ${agencyRun(r)}`, kind: 'caption' }];
    if (roll < 0.6) return [{ text: caption, kind: 'caption' }, { text: credit11(r), kind: 'credit' }];
    return [{ text: caption, kind: 'caption' }];
  },
  BASE_WEB_CAPTIONS: [
    (r: Random) => `${pick(r, V11_SUBJECTS)}. ${credit11(r)}`,
    (r: Random) => `${pick(r, V11_SUBJECTS_OTHER)} ${agencyRun(r)}`,
    (r: Random) => `Open image in gallery ▸ ${pick(r, V11_SUBJECTS)}`,
    (r: Random) => `${pick(r, V11_SUBJECTS)} (Picture: ${pick(r, HOLDERS)})`,
  ],
  PROMO_SHAPES: [
    (t: string) => `Sign up to our morning briefing: ${t}`,
    (t: string) => `LIRE AUSSI · ${t}`,
    (t: string) => `Zum Weiterlesen: ${t}`,
    (t: string) => `Relacionado → ${t}`,
    (t: string) => `Approfondisci: ${t}`,
    (t: string) => `Saiba mais: ${t}`,
    (t: string) => `Ook interessant » ${t}`,
    (t: string) => `Polecamy: ${t}`,
    (t: string) => `Related story ▸ ${t}`,
    (_t: string, _r: Random, topic: string) => `Sign up to Field Notes, our free Sunday email on ${topic}.`,
  ],
  /** A sign-up box framed by the lines a page keeps around it: a skip line before and an "after" line at its end. */
  promoBox: (r: Random): readonly string[] | undefined => {
    if (!chance(r, 0.5)) return undefined;
    return pick(r, [
      ['skip past the sign-up box', 'The Lantern Weekly, by email', 'Our best local stories, every Saturday morning', 'Enter your email', 'after the sign-up box'],
      ['passer la boîte d’inscription', 'Recevez La Veilleuse chaque lundi', 'Votre courriel', 'fin de la boîte d’inscription'],
      ['Newsletter überspringen', 'Der Kiebitz am Morgen: kostenlos abonnieren', 'Ihre E-Mail-Adresse', 'Ende des Newsletter-Kastens'],
      ['saltar el boletín', 'Apúntate a El Candil semanal', 'Tu correo electrónico', 'Fin del boletín'],
      ['Inschrijven op De Vuurtoren', 'Elke zondag de beste verhalen uit de regio', 'Schrijf me in'],
    ]);
  },
  /** A "support us" box of two to four lines set between two paragraphs. */
  supportBox: (r: Random): string[] =>
    pick(r, [
      () => ['Support independent local journalism', 'The Lantern is owned by nobody but its readers.', 'Give from £2 a month, or once, in under a minute.', 'Support The Lantern →'],
      () => ['Soutenez une presse indépendante', 'Un don de 5 € finance une heure d’enquête.'],
      () => ['Unabhängiger Lokaljournalismus braucht Sie', 'Schon ab 3 Euro im Monat unterstützen', 'Jetzt Unterstützer werden'],
      () => ['Apoya el periodismo local', 'Hazte socio de El Candil desde 4 € al mes.', 'Quiero apoyar'],
      () => ['Sostieni La Lucerna', 'Con 1 euro alla settimana ci aiuti a restare liberi.'],
      () => ['Wesprzyj Latarnię', 'Dziennikarstwo lokalne kosztuje. Dołóż cegiełkę.', 'Wspieram'],
    ])(),
  advert: (r: Random): readonly string[] => pick(r, [['Advertisement ▼'], ['PUBLICITÉ · la suite plus bas'], ['— Werbung —'], ['Contenido patrocinado'], ['Pubblicità · continua sotto'], ['Publicidade · continua após o anúncio'], ['Advertentie ✕'], ['REKLAMA ▾']]),
  APPEALS: [
    ['You’ve read to the end — thank you', 'The Lantern is free to read because readers like you pay for it.', 'Become a supporter today'],
    ['Merci d’avoir lu jusqu’ici', 'La Veilleuse n’a ni actionnaire ni publicité.', 'Je soutiens La Veilleuse'],
    ['Danke fürs Lesen!', 'Der Kiebitz lebt von freiwilligen Beiträgen.'],
    ['¿Te ha gustado este artículo?', 'Hazte socio y ayúdanos a seguir contando historias.', 'Hazte socio'],
    ['Ti è piaciuto questo articolo?', 'Abbonati a La Lucerna a partire da 2 € al mese.'],
    ['Gostou desta reportagem?', 'Assine e apoie o jornalismo independente.', 'Assinar agora'],
  ],
  NAV_WORDS: ['Local', 'Nature', 'Courts', 'Planning', 'Letters', 'History', 'Walks', 'Weather', 'Obituaries', 'Podcast', 'Puzzles', 'Notices'],
  NAV_SHAPES: [
    (a: string, b: string) => `${a} · ${b} · More`,
    (a: string) => `${a} ⌄`,
    (a: string) => `Latest in ${a.toLowerCase()}`,
    (a: string, b: string) => `${a}/${b}`,
    (a: string) => `+ ${a.toUpperCase()}`,
    (a: string) => `All ${a.toLowerCase()} stories (${a.length * 11})`,
  ],
  MENU: ['Accueil › Régions › Bretagne', 'Start › Region › Heide', 'Portada › Local', 'Home › Cronaca › Provincia', 'Início › País › Norte', 'Home › Regio › Zeeland', 'Strona główna › Pomorze', 'Skip navigation and go to content', 'Sign in ▾', 'Subscribe from £1', 'Menu ☰ Search', 'Print edition · E-paper'],
  SHARE: ['Share on Bluesky', 'Partager sur Mastodon', 'Auf Threads teilen', 'Compartir en Telegram', 'Condividi via email', 'Partilhar no Facebook', 'Delen op WhatsApp', 'Udostępnij w Messengerze', 'Copy link 🔗 Copied!', 'Share ↗  Save ☆  Print ⎙'],
  COMMENT_FORMS: [
    ['Comments (27)', 'Sort by: Oldest ▾', 'Loading comments… Trouble loading?'],
    ['Commentaires (12)', 'Trier par : les plus récents', 'Voir plus de commentaires'],
    ['Kommentare (8)', 'Sortieren nach: Neueste', 'Alle Kommentare anzeigen'],
    ['Comentarios (41)', 'Ordenar por: más votados', 'Cargar más comentarios'],
    ['Reacties (5)', 'Sorteren: oudste reacties eerst'],
    ['Komentarze (63)', 'Sortuj: najnowsze', 'Pokaż więcej komentarzy'],
  ],
  /** A "was this helpful" row after the text: the question, then each answer on a line of its own. */
  feedback: (r: Random): string[] =>
    pick(r, [
      () => ['Was this article helpful?', 'Yes', 'No'],
      () => ['Cet article vous a-t-il été utile ?', 'Oui', 'Non'],
      () => ['War dieser Artikel hilfreich?', 'Ja', 'Nein'],
      () => ['¿Te ha resultado útil?', 'Sí', 'No'],
      () => ['Was dit nuttig?', 'Ja', 'Nee', 'Bedankt voor je reactie'],
      () => ['Czy ten tekst był pomocny?', 'Tak', 'Nie'],
    ])(),
  /** The tags a topics head lists, one a line. */
  TOPIC_TAGS: ['River management', 'Common land', 'Garden wildlife', 'Maritime history', 'Industrial archaeology', 'Local planning', 'Rural crafts', 'Lettering and signs', 'Folk riddles', 'Flood defences', 'Village life', 'Courts and tribunals'],
  /** A topics head after the text, then one topic a line. */
  topicsHead: (r: Random): string => pick(r, ['Explore more on these topics', 'Plus sur ces sujets', 'Mehr zu diesen Themen', 'Más sobre estos temas', 'Altri argomenti', 'Meer over deze onderwerpen', 'Tematy']),
  POPUPS: [
    'Nous respectons votre vie privée — Accepter et fermer',
    'Wir verwenden Cookies. Einverstanden?',
    'Utilizamos cookies propias y de terceros. Aceptar',
    'Usiamo i cookie per migliorare il sito. Ok',
    'Usamos cookies. Saiba mais · Aceitar',
    'Deze site gebruikt cookies. Akkoord',
    'Ta witryna używa ciasteczek. Rozumiem',
    'You have read 1 of 3 free articles this month',
  ],
  RELATED_HEADS: ['More from The Lantern', 'À lire sur le même thème', 'Das könnte Sie auch interessieren', 'También te puede interesar', 'Dalla stessa sezione', 'Meer uit Zeeland', 'Czytaj także w dziale Pomorze'],
  LINK_LIST_HEADS: ['Most viewed in Local', 'Les plus lus en Bretagne', 'Meistgelesen heute', 'Lo más visto', 'Più letti oggi', 'Mais vistos hoje', 'Populair in de regio'],
  footer: (r: Random): readonly string[] =>
    pick(r, [
      [`© ${yr(r)} Lantern Community Media Ltd`, 'Registered office: 4 Quay Street, Truro'],
      ['Mentions légales · Données personnelles · Gestion des cookies'],
      ['Impressum · AGB · Datenschutzerklärung'],
      ['Aviso legal · Política de cookies · Contacto'],
      ['Redazione · Pubblicità · Privacy policy'],
      ['Disclaimer · Privacy · Cookies · Contact'],
      ['Polityka cookies · Regulamin serwisu'],
    ]),

  // ——— PDF extractions ———

  /** A journal's footer with volume, year and pages. */
  RUNNING_FOOTERS: [
    (page: number) => `Rural History Notes 14 (2019), pp. ${page}–${page + 1}`,
    (page: number) => `Annales de la Société d’Émulation, t. 92 (1988), p. ${page}`,
    (page: number) => `Heimatkundliche Blätter, Bd. 31, S. ${page}`,
    (page: number) => `Boletín del Centro de Estudios, n.º 17, ${page}`,
    (page: number) => `Bollettino storico, XLV (2001) · ${page}`,
    (page: number) => `Kwartalnik Historyczny R. 12 · s. ${page}`,
  ],
  CAPTION_SUBJECTS: ['The sluice hatch', 'A gig on its trolley', 'The hedgehog box', 'Lammas Meadow under water', 'A rushlight holder', 'The spinning wheel', 'A set of splints', 'The weighing house'],
  CAPTION_TAILS: ['from the left bank', 'in the great frost', 'before the repointing', 'on a lantern slide', 'as drawn in the survey', 'after the sale'],
  CAPTION_NOTES: ['the mark is on the stone', 'the boy is the lender’s father', 'compare fig. 4'],
  /** A printed caption of one to three lines: a label, a subject, sometimes a second sentence. */
  pdfCaption: (r: Random): string => {
    const more = chance(r, 0.45) ? ` ${pick(r, CAPTION_MORE)}` : '';
    return chance(r, 0.6) ? `${pictureLabel(r)} ${pick(r, V11_SUBJECTS)}, ${oldYear(r)}.${more}` : `${pick(r, V11_SUBJECTS)}.${more}`;
  },
  /** Where a printed caption falls: at a paragraph break, inside a sentence, or under a heading. */
  captionPlace: (r: Random): 'break' | 'inside' | 'heading' => pick(r, ['break', 'break', 'inside', 'inside', 'heading']),
  /** A credit or source line under a printed caption; undefined most times. */
  pdfCredit: (r: Random): string | undefined => (chance(r, 0.5) ? (chance(r, 0.5) ? photoCopyright(r) : sourceLine(r)) : undefined),
  /** Footnotes at a page's foot (a rule, then each note with its plain number), and the plain-figure marks glued to the text above. */
  footnotes: (r: Random, first: number): { marks: string[]; lines: string[] } => {
    const count = chance(r, 0.6) ? 1 : 2;
    const marks: string[] = [];
    const lines: string[] = [];
    if (chance(r, 0.6)) lines.push(pick(r, ['————', '________', '– – – –']));
    for (let k = 0; k < count; k++) {
      const n = first + k;
      const note = pick(r, [
        () => `Parish register, burials, ${oldYear(r)}.`,
        () => `Ebd., S. ${between(r, 4, 200)}.`,
        () => `Ibid., f. ${between(r, 2, 120)}v.`,
        () => `Cf. the tithe map of ${oldYear(r)}, plot ${between(r, 10, 900)}.`,
        () => `Voir l’inventaire après décès, ${oldYear(r)}.`,
        () => `Véase el padrón municipal de ${oldYear(r)}.`,
        () => `Told to the author by a neighbour, ${between(r, 1990, 2020)}.`,
      ])();
      marks.push(String(n));
      lines.push(`${n} ${note}`);
    }
    return { marks, lines };
  },
  /** Running heads alternating a shortened title (with an ellipsis) on odd pages and the author's surname, with initials, on even ones. */
  alternatingHead: (r: Random, title: string, author: string): ((page: number) => string) => {
    const words = title.replace(/[:,].*$/, '').split(' ');
    const short = words.length > 4 ? `${words.slice(0, 4).join(' ')}…` : words.join(' ');
    const names = author.split(' ');
    const surname = names[names.length - 1]!;
    const initials = names.slice(0, -1).map((n) => `${n[0]}.`).join(' ');
    const style = between(r, 0, 2);
    return (page) => (page % 2 ? (style === 1 ? short.toUpperCase() : short) : style === 2 ? `${surname.toUpperCase()}` : `${initials} ${surname}`.trim());
  },
  /** A page number style of this split: "p. 3/12", "Strona 3 z 12", "pag. 3 di 12", "Blz. 3 van 12", "3 (12)". */
  folioStyle: (r: Random, last: number): ((page: number) => string) => {
    const style = between(r, 0, 4);
    return (page) => (style === 0 ? `p. ${page}/${last}` : style === 1 ? `Strona ${page} z ${last}` : style === 2 ? `pag. ${page} di ${last}` : style === 3 ? `Blz. ${page} van ${last}` : `${page} (${last})`);
  },
  PAMPHLET_FURNITURE: [
    // A picture number and caption on one line, then a "Source" line in another language.
    { shape: (r: Random) => [`${pictureLabel(r)} ${pick(r, V11_SUBJECTS_OTHER)}`, sourceLine(r)], kinds: ['caption', 'credit'] },
    // A caption, then a credit with a copyright sign.
    { shape: (r: Random) => [`${pick(r, V11_SUBJECTS)}, ${oldYear(r)}`, photoCopyright(r)], kinds: ['caption', 'credit'] },
    // A pull quote whose opening and closing marks stand on lines of their own.
    {
      shape: (r: Random, p: string, t: PamphletTools11) => {
        const s = t.quoted(r, p);
        return s ? [pick(r, ['“', '«', '„']), ...t.narrow(r, s), pick(r, ['”', '»', '“'])] : undefined;
      },
      kinds: ['pull quote'],
    },
    // A pull quote closing on "says" and a speaker.
    {
      shape: (r: Random, p: string, t: PamphletTools11) => {
        const s = t.quoted(r, p);
        return s ? t.narrow(r, `“${s.replace(/[.!?]$/, ',')}” says ${pick(r, SPEAKERS)}.`) : undefined;
      },
      kinds: ['pull quote'],
    },
    // A table's title, its note and its source.
    {
      shape: (r: Random) =>
        pick(r, [
          () => [`Table ${between(r, 1, 6)} – ${pick(r, ['Openings of the sluice, by month', 'Tools lent, by kind', 'Wages at the walk, by grade'])}`, 'Note: a dash means no return was made.', sourceLine(r)],
          () => [`Tabelle ${between(r, 1, 6)}: ${pick(r, ['Pegelstände am Wehr', 'Löhne nach Tätigkeit'])}`, 'Anmerkung: Werte gerundet.'],
          () => [`Cuadro ${between(r, 1, 6)}. Préstamos por año`, sourceLine(r)],
          () => [`Tabela ${between(r, 1, 6)}. Wypożyczenia według miesięcy`, 'Uwaga: dane szacunkowe.'],
        ])(),
      kinds: ['caption', 'credit'],
    },
    // A caption of two sentences on a narrow measure, beside the text.
    { shape: (r: Random, _p: string, t: PamphletTools11) => t.narrow(r, `${pick(r, V11_SUBJECTS)}. ${pick(r, CAPTION_MORE)}`), kinds: ['side caption'] },
    // A box of contents of the issue, in two languages.
    { shape: (r: Random) => [pick(r, ['IN THIS ISSUE', 'DANS CE NUMÉRO', 'IN DIESEM HEFT', 'EN ESTE NÚMERO']), `${cap(pick(r, ['the sluice case', 'meadow and road', 'letters to the editor']))}  ${between(r, 2, 20)}`, `${cap(pick(r, ['notes', 'reviews', 'obituaries']))}  ${between(r, 21, 60)}`], kinds: ['contents'] },
    // A map's title, then its key in words.
    { shape: (r: Random) => [`Plan ${between(r, 1, 5)}: ${pick(r, ['the weir and the stone', 'the line of the walk', 'the meadow and the road'])}`, `${pick(r, ['—— proposed road', '- - - footpath', '▬ tramway'])}   ${pick(r, ['▨ common land', '○ milepost', '△ quarry'])}`], kinds: ['map'] },
  ] as readonly { shape: (r: Random, paragraph: string, tools: PamphletTools11) => readonly string[] | undefined; kinds: readonly Kind[] }[],
  PDF_BYLINES: [
    (a: string) => `Texte établi par ${a}`,
    (a: string, r: Random) => `${a} · ${pick(r, ['Universität Lüneburg', 'Universitat de Girona', 'Università di Bergamo', 'Universidade do Porto', 'Universiteit Gent', 'Uniwersytet Gdański'])}`,
    (a: string) => `Prepared for the press by ${a}`,
    (a: string) => `Autor: ${a}`,
    (a: string) => `Por ${a}`,
  ],
  PDF_NOTICES: [
    () => 'Preprint — not yet peer reviewed',
    (r: Random) => `Tiré à part, ${between(r, 100, 400)} exemplaires`,
    () => 'Sonderdruck — nicht im Handel',
    () => 'Edición no venal',
    (r: Random) => `Downloaded from the society’s website on ${day(r)} ${pick(r, MONTHS_EN)} ${yr(r)}`,
    () => 'Uitgave van de Heemkundige Kring',
  ],
};
