import { SENTENCE_END, isBlank, wordCount, type Line } from '../_lines.ts';

/**
 * The classes of words a site's interface puts around an article — its consent dialogs, its
 * sign-up forms, its share buttons, its reading gates — in the languages a reader's copy may
 * carry them in (English, German, French, Welsh, Spanish, Italian, Dutch). Each class names a
 * kind of thing (a cookie, a partner, a choice, an advert, a field of a form, a verb of a
 * button, a network), never a site's wording; a line's shape (short, no stop) and its
 * neighbours decide the rest.
 */

/** Most characters of a line the classes are tried on: a paragraph longer than this is the piece's. */
const MAX_LENGTH = 600;

/** The senses of a consent dialog, each a class of words in several languages. */
const CONSENT_SENSES: readonly { sense: string; words: RegExp }[] = [
  // Cookies and their kin.
  { sense: 'cookies', words: /\b(?:cookies?|cwci(?:s|au)?|trackers?|tracking|similar technologies|ähnliche(?:n)? technologien|traceurs|témoins|rastreadores)\b/iu },
  // The partners and third parties a site shares with.
  { sense: 'partners', words: /\b(?:partners?|third[- ]part(?:y|ies)|vendors?|partner(?:n|unternehmen)?|drittanbieter\p{L}*|dritte|partenaires|tiers|partneriaid|trydydd part\p{L}*|socios|terceros|fornitori|terze parti)\b/iu },
  // The reader's consent and choices.
  { sense: 'choices', words: /\b(?:consent|preferences|choices|legitimate interest|opt[- ]out|einwilligung|zustimmung|einstellungen|präferenzen|auswahl|consentement|préférences|choix|paramètres|caniatâd|dewisiadau|gosodiadau|consentimiento|preferencias|consenso|preferenze|toestemming|voorkeuren)\b/iu },
  // What the cookies serve: adverts, personalisation, measurement.
  {
    sense: 'adverts',
    words:
      /\b(?:personali[sz]ed|personali[sz]e|personali[sz]ation|advertising|ads|adverts?|analytics|measure (?:the )?(?:audience|performance)|audience (?:measurement|insights)|anzeigen|werbung|personalisier\p{L}*|analysier\p{L}*|publicités?|personnalis\p{L}*|mesurer l['’]audience|hysbysebion|hysbysebu|personoli|dadansoddi|anuncios|publicidad|personaliz\p{L}*|pubblicità|annunci|advertenties|gepersonaliseerde)\b/iu,
  },
  // What they store and read: information on the reader's device, personal data.
  { sense: 'device', words: /\b(?:(?:on|from) (?:your|a|the) device|personal data|browsing data|gerät|endgerät|personenbezogene(?:n)? daten|appareil|terminal|données personnelles|dyfais|data personol|dispositivo|datos personales|dati personali|apparaat)\b/iu },
  // Privacy, named.
  { sense: 'privacy', words: /\b(?:privacy|datenschutz\p{L}*|vie privée|confidentialité|preifatrwydd|privacidad|riservatezza|privacybeleid)\b/iu },
];

/** Which senses of a consent dialog a line holds. */
export function consentSenses(text: string): string[] {
  if (text.length > MAX_LENGTH) return [];
  return CONSENT_SENSES.filter((c) => c.words.test(text)).map((c) => c.sense);
}

/**
 * The site speaking of itself or to its reader: "we", "our", "you", "this site", in the same
 * languages. A paragraph of the piece telling of cookie law speaks of sites and users in the
 * third person.
 */
const SITE_SPEAKS =
  /\b(?:we|we['’](?:d|ll|re)|our|us|you|your|this (?:web)?site|wir|unsere?[nmrs]?|sie|ihre?[nmrs]?|du|dein\p{L}*|diese (?:web)?seite|diese website|nous|nos|notre|vous|votre|vos|ce site|rydym|ein|eich|chi|dy|y wefan hon|utilizamos|usamos|nuestros?|nuestras?|usted|este sitio|utilizziamo|noi|nostri|nostro|questo sito|wij|onze|uw|deze website)\b/iu;
export function siteSpeaks(text: string): boolean {
  return text.length <= MAX_LENGTH && SITE_SPEAKS.test(text);
}

/** A statement that the site uses cookies, in its own voice: "We use cookies …", "Diese Website verwendet Cookies …", "Rydym yn defnyddio cwcis …". */
const USES_COOKIES =
  /^(?:we use|we and our partners use|this (?:web)?site uses|wir (?:verwenden|nutzen|setzen)|diese (?:web)?(?:seite|site) (?:verwendet|nutzt)|nous utilisons|ce site utilise|rydym yn defnyddio|mae['’]r wefan hon yn defnyddio|(?:este sitio(?: web)? )?(?:utiliza|usa)|utilizamos|usamos|(?:questo sito )?utilizza|utilizziamo|wij gebruiken|we gebruiken|deze website gebruikt)\b.{0,80}?\b(?:cookies?|cwci(?:s|au)?)\b/iu;
export function usesCookies(text: string): boolean {
  return text.length <= MAX_LENGTH && USES_COOKIES.test(text.trim());
}

/** Verbs on a dialog's buttons, in several languages: accept, refuse, manage, save, close. */
const CONTROL_VERB =
  /^(?:accept|allow|agree|consent|reject|decline|refuse|deny|manage|customi[sz]e|change|update|save|confirm|close|dismiss|continue|got|ok|okay|view|see|show|akzeptieren|annehmen|zustimmen|ablehnen|verwalten|anpassen|speichern|bestätigen|erlauben|schließen|verstanden|einverstanden|accepter|refuser|continuer|paramétrer|personnaliser|gérer|enregistrer|fermer|derbyn|gwrthod|rheoli|newid|cadw|cytuno|cau|iawn|aceptar|rechazar|configurar|gestionar|guardar|cerrar|accetta|accetto|rifiuta|gestisci|personalizza|salva|chiudi|accepteren|weigeren|beheren|aanpassen|opslaan|sluiten|akkoord)$/iu;
/** Words a dialog's button adds to its verb, or stands on alone: all, cookies, settings, necessary only, and so on. */
const CONTROL_OBJECT =
  /^(?:i|all|and|&|the|my|your|only|necessary|essential|strictly|optional|non-essential|additional|cookies?|settings|preferences|choices|options|consent|selection|purposes|partners|vendors|more|close|continue|exit|proceed|without|accepting|it|no|thanks|cookie|privacy|alle|nur|notwendige|erforderliche|essenzielle|cookies|einstellungen|cookie-einstellungen|datenschutzeinstellungen|auswahl|mehr|weitere|optionen|und|ich|stimme|zu|tout|tous|les|mes|et|sans|paramètres|préférences|choix|j['’]accepte|d['’]accord|pob|cwci|cwcis|ychwanegol|y|cyfan|popeth|gosodiadau|dewisiadau|todo|todas|todos|las|y|ajustes|preferencias|tutto|tutti|impostazioni|preferenze|opzioni|alles|instellingen|voorkeuren)$/iu;
/** A button naming the dialog's settings on their own ("Cookie settings", "Einstellungen", "Gosodiadau cwcis"). */
const SETTINGS_WORD = /\b(?:settings|preferences|options|einstellungen|cookie-einstellungen|datenschutzeinstellungen|paramètres|préférences|gosodiadau|dewisiadau|ajustes|preferencias|impostazioni|preferenze|instellingen|voorkeuren)\b/iu;

/** Most words of a dialog's button. */
const MAX_CONTROL_WORDS = 5;

/**
 * A consent dialog's button as a line of its own: a verb of accepting, refusing, managing or
 * closing and up to four of the words such a button adds ("Accept all", "Reject non-essential
 * cookies", "Manage preferences", "Alle akzeptieren", "Tout refuser", "Derbyn pob cwci"), or a
 * name of the dialog's settings; no stop, no other word.
 */
export function isConsentControl(text: string): boolean {
  // A row of buttons on one line: "Accept all | Reject all", "Alle akzeptieren   Ablehnen".
  const row = text.trim().split(/\s*[|·•]\s*|\s{3,}/u);
  if (row.length >= 2 && row.length <= 4) return row.every((button) => isConsentControl(button));
  const t = text
    .trim()
    .replace(/^[[(]\s*|\s*[\])]$/gu, '')
    .replace(/\s*[→›»]$/u, '');
  if (!t || t.length > 60 || SENTENCE_END.test(t.replace(/!$/, '')) || /[,;:]$/.test(t)) return false;
  const words = t.toLowerCase().split(/\s+/u);
  if (words.length > MAX_CONTROL_WORDS) return false;
  const hasVerb = words.some((w) => CONTROL_VERB.test(w));
  const settings = SETTINGS_WORD.test(t);
  if (!hasVerb && !settings) return false;
  return words.every((w) => CONTROL_VERB.test(w) || CONTROL_OBJECT.test(w));
}

/** A link to the site's policies or to more about them as a line of its own: "Privacy policy", "Cookie policy", "Learn more", "Datenschutzerklärung", "En savoir plus", "Polisi preifatrwydd". */
const POLICY_LINK =
  /^(?:(?:read |see |view )?(?:our |the )?(?:privacy|cookie|cookies|data protection) (?:policy|notice|statement)|datenschutz(?:erklärung|hinweise)?|cookie-richtlinie|impressum|politique de (?:confidentialité|cookies)|mentions légales|polisi (?:preifatrwydd|cwcis)|política de (?:privacidad|cookies)|informativa (?:sulla )?(?:privacy|cookie)|privacybeleid|cookiebeleid|(?:list of |our )?(?:partners|vendors)(?: \(\d+\))?|learn more|find out more|more (?:info|information|details)|mehr erfahren|weitere informationen|en savoir plus|plus d['’]informations|mwy o wybodaeth|darganfod mwy|más información|saber más|scopri di più|maggiori informazioni|meer informatie|lees meer)$/iu;
export function isPolicyLink(text: string): boolean {
  const t = text.trim().replace(/\s*[→›»]$/u, '');
  return t.length <= 60 && POLICY_LINK.test(t);
}

/**
 * A form's field as a line of its own, in several languages: the reader's e-mail, names,
 * postcode or country, with its "*", ":" or "(required)" ("Email address", "First name *",
 * "E-Mail-Adresse", "Prénom", "Cyfeiriad e-bost").
 */
const FIELD =
  /^(?:your |enter (?:your )?)?(?:e-?mail(?: address)?|email|work email|(?:first|last|full|given|family|sur)\s?name|name|surname|postcode|post code|zip(?: code)?|country|phone(?: number)?|e-mail-adresse|e-?mail-adresse|ihre e-mail-adresse|vorname|nachname|anrede|adresse (?:e-?mail|électronique|courriel)|(?:votre )?(?:e-?mail|courriel)|prénom|nom(?: de famille)?|code postal|pays|cyfeiriad e-?bost|e-?bost|enw(?: cyntaf| llawn)?|cyfenw|cod post|correo electrónico|(?:tu )?correo|nombre|apellidos?|indirizzo e-?mail|cognome|e-?mailadres|voornaam|achternaam|(?:your )?(?:comment|message|website)|kommentar|nachricht|webseite|website|commentaire|site (?:web|internet)|sylw|neges|gwefan|comentario|sitio web|commento|sito web|reactie)$/iu;
export function isFormField(text: string): boolean {
  const t = text
    .trim()
    .replace(/\s*(?:\*|\((?:required|optional|erforderlich|pflichtfeld|obligatoire|facultatif|gofynnol|dewisol)\))\s*:?$|\s*:$/iu, '')
    .replace(/\s*\*$/, '')
    .trim();
  return t.length > 0 && t.length <= 40 && FIELD.test(t);
}

/** Verbs on a sign-up form's button, in several languages: sign up, subscribe, join, register, send. */
const SIGN_UP =
  /^(?:sign (?:me )?up|sign up now|subscribe|join|register|submit|send|go|get (?:it|access|the newsletter)|keep me (?:posted|informed|updated)|count me in|i['’]m in|yes,? please|post (?:comment|reply)|kommentar (?:abschicken|absenden|senden)|antworten|publier(?: le commentaire)?|laisser un commentaire|postio(?: sylw)?|cyflwyno|publicar(?: comentario)?|invia(?: commento)?|pubblica|plaatsen|anmelden|jetzt anmelden|abonnieren|jetzt abonnieren|registrieren|absenden|senden|s['’]inscrire|je m['’]inscris|s['’]abonner|je m['’]abonne|valider|envoyer|cofrestru|tanysgrifio|anfon|ymuno|suscribirse|suscríbete|enviar|iscriviti|iscrivimi|invia|aanmelden|inschrijven|verzenden)(?: (?:now|today|free|for free|here|jetzt|maintenant|nawr|ahora|ora|nu))?\s*[→›»!]?$/iu;
export function isSignUpButton(text: string): boolean {
  const t = text
    .trim()
    .replace(/^[[(]\s*|\s*[\])]$/gu, '')
    .trim();
  return t.length <= 40 && SIGN_UP.test(t);
}

/**
 * The consent a sign-up form asks for, as a tick box's line: the reader agreeing to a policy or
 * to mail ("I agree to the privacy policy", "I’d like to receive offers", "Ich stimme der
 * Datenschutzerklärung zu", "J’accepte …", "Rwy’n cytuno …"), or the form's promise ("Unsubscribe
 * at any time", "We will never share your email").
 */
const FORM_CONSENT =
  /^[☐☑□■✓✔]?\s*(?:i (?:agree|accept|consent|have read|would like|['’]d like|want)|yes,? i|by (?:signing up|subscribing|clicking|submitting)|ich (?:stimme|akzeptiere|habe|möchte|willige)|j['’](?:accepte|ai lu)|je (?:souhaite|veux|consens)|en (?:vous inscrivant|cliquant)|rwy['’]n (?:cytuno|derbyn|dymuno)|acepto|he leído|accetto|ho letto|ik ga akkoord)\b|\b(?:unsubscribe|abmelden|désinscrire|désabonner|dad-danysgrifio|darse de baja|disiscriverti)\b.{0,40}\b(?:any time|anytime|jederzeit|à tout moment|unrhyw bryd|en cualquier momento|in qualsiasi momento)\b|\b(?:never|won['’]t|will not) (?:share|sell|pass on|spam)\b|^no spam\b|\b(?:browser|navigateur|porwr|navegador)\b|\b(?:e-?mail|e-?bost|correo|courriel)\b.{0,40}\b(?:not|nicht|pas|ni fydd|no será|non sarà)\b.{0,30}\b(?:published|shown|veröffentlicht|publiée|cyhoeddi|publicada|pubblicato)\b|\*.{0,60}\b(?:required|erforderlich\p{L}*|pflicht\p{L}*|obligatoires?|gofynnol|obligatorios|obbligatori)\b|\b(?:required|erforderliche|pflichtfelder|obligatoires|gofynnol|obligatorios|obbligatori)\b.{0,60}\*/iu;
export function isFormConsent(text: string): boolean {
  const t = text.trim();
  return t.length <= 300 && wordCount(t) <= 40 && FORM_CONSENT.test(t);
}

/** A label over a row or column of share buttons, in several languages: "Share", "Share this article:", "Teilen", "Partager", "Rhannu". */
const SHARE_LABEL =
  /^(?:share|share (?:this|the|it)(?: (?:article|post|page|story|piece|essay))?|share (?:on|via|with)|spread the word|pass it on|teilen|artikel teilen|diesen artikel teilen|teilen (?:auf|via|per)|partager|partager (?:cet article|sur|via|par)|rhannu|rhannu['’]r (?:erthygl|stori) (?:hon|hwn)|rhannu (?:ar|drwy)|compartir|compartir (?:en|este artículo)|condividi|condividi (?:su|questo articolo)|delen|deel (?:dit artikel|via))\s*[:!]?$/iu;
export function isShareLabel(text: string): boolean {
  const t = text.trim();
  return t.length <= 50 && SHARE_LABEL.test(t);
}

/** Networks and channels a share column names, one a line, in several languages: a network, mail, a link to copy, a printer. */
const CHANNEL =
  /^(?:facebook|x|x \(twitter\)|twitter|linkedin|reddit|whatsapp|telegram|signal|messenger|pinterest|tumblr|mastodon|bluesky|threads|flipboard|pocket|instagram|e-?mail|mail|sms|print|pdf|copy|copy link|copy url|link|share link|e-mail|drucken|link kopieren|courriel|imprimer|copier le lien|copier|e-?bost|argraffu|copïo(?:['’]r)? (?:dolen|ddolen)|dolen|correo|imprimir|copiar enlace|stampa|copia link|afdrukken|kopieer link)$/iu;
export function isChannel(text: string): boolean {
  const t = text
    .trim()
    .replace(/^(?:share (?:on|via)|on|via|teilen auf|partager sur|rhannu ar)\s+/iu, '')
    .replace(/\s*[→›»]$/u, '');
  return t.length <= 30 && CHANNEL.test(t);
}

/**
 * A gate over the rest of a piece, as a line of its own: "Continue reading", "Read the full
 * story", "Weiterlesen", "Lire la suite", "Darllen mwy", with its arrow or ellipsis; the text going on
 * past an advert or a message ("Story continues below", "Content continues below", "Continue reading after this
 * message").
 */
const GATE =
  /^(?:(?:continue reading|(?:the )?(?:story|article|piece|text|content|report|feature|post) continues) (?:below|underneath|after (?:this|the) (?:advert(?:isement)?|ad|break|message|announcement|sponsor(?:['’]s message)?))|continue reading|keep reading|read on|read more|read the (?:full|whole|rest of the) (?:article|story|piece|essay)|read the rest|show (?:more|full (?:article|story))|see more|expand|weiterlesen|mehr lesen|mehr anzeigen|lire la suite|continuer (?:la lecture|à lire)|voir plus|darllen (?:mwy|ymlaen|rhagor)|parhau i ddarllen|seguir leyendo|leer más|continua a leggere|leggi (?:tutto|di più)|verder lezen|lees meer)$/iu;
export function isReadingGate(text: string): boolean {
  const t = text
    .trim()
    .replace(/^[[(]\s*|\s*[\])]$/gu, '')
    .replace(/\s*(?:[→›»▼↓⌄]|\.\.\.|…)+$/u, '')
    .trim();
  return t.length <= 40 && GATE.test(t);
}

/** A short line with no stop: a heading, a label, a button (up to `max` words). */
export function isShortUnstopped(text: string, max: number): boolean {
  const t = text.trim();
  return t.length > 0 && wordCount(t) <= max && !SENTENCE_END.test(t) && !/[,;]$/.test(t);
}

/** Lines of a run of interface lines: its members, in order, with the blank lines between them allowed. */
export interface InterfaceRun<K extends string> {
  members: { line: Line; kind: K }[];
}

/**
 * The runs of lines a classifier gives a kind to, in one walk over the text: consecutive members
 * with at most `maxGap` blank lines between them; any other line ends the run.
 */
export function interfaceRuns<K extends string>(lines: readonly Line[], kindOf: (line: Line) => K | undefined, maxGap: number): InterfaceRun<K>[] {
  const runs: InterfaceRun<K>[] = [];
  let current: InterfaceRun<K> | undefined;
  let gap = 0;
  for (const line of lines) {
    if (isBlank(line)) {
      gap++;
      if (current && gap > maxGap) current = undefined;
      continue;
    }
    const kind = kindOf(line);
    if (kind === undefined) current = undefined;
    else {
      if (!current) {
        current = { members: [] };
        runs.push(current);
      }
      current.members.push({ line, kind });
    }
    gap = 0;
  }
  return runs;
}

/** Most words, and fewest, of a line that reads as the piece's own paragraph. */
const PARAGRAPH_WORDS = 25;

/** Where the piece's paragraphs (long lines ending on a stop, or on a colon before a list) begin and end among the lines: before the first and after the last lies the page's edge. */
export function proseSpan(lines: readonly Line[], isInterface: (line: Line) => boolean): { first: number; last: number } {
  let first = -1;
  let last = -1;
  for (const line of lines) {
    const t = line.text.trim();
    if (wordCount(t) < PARAGRAPH_WORDS || !(SENTENCE_END.test(t) || /[:;]["'”’)]*$/u.test(t)) || isInterface(line)) continue;
    if (first < 0) first = line.index;
    last = line.index;
  }
  return { first, last };
}

/** A dialog's refusal or close as a line of its own: "No thanks", "Maybe later", "Nein, danke", "Non merci", "Dim diolch". */
const DISMISS =
  /^(?:no,? thanks?|no thank you|not now|maybe later|remind me later|close|dismiss|skip|nein,? danke|später|non,? merci|plus tard|fermer|dim diolch|nid nawr|cau|no,? gracias|ahora no|cerrar|no,? grazie|chiudi|nee,? bedankt|sluiten)\s*[×✕]?$/iu;
export function isDismissal(text: string): boolean {
  const t = text.trim();
  return t.length <= 30 && (DISMISS.test(t) || /^[×✕✖✗❌]$/u.test(t));
}

/** Words of a newsletter's or a sign-up's pitch, in several languages. */
const INVITE =
  /\b(?:newsletters?|inbox|mailing list|e-?mail list|subscribers?|sign up|sign-up|weekly|every (?:week|month|friday|sunday|morning)|straight to your|posteingang|abonnenten|wöchentlich|lettre d['’]information|infolettre|boîte (?:mail|de réception)|chaque semaine|cylchlythyr|mewnflwch|bob wythnos|boletín|bandeja de entrada|cada semana|iscriviti|ogni settimana|nieuwsbrief|elke week)\b/iu;
export function isInvitation(text: string): boolean {
  return text.length <= MAX_LENGTH && INVITE.test(text);
}

/** A comment form's heading or its cancel link, in several languages: "Leave a Reply", "Add a comment", "Kommentar schreiben", "Laisser un commentaire", "Cancel reply". */
const COMMENT_FORM_HEAD =
  /^(?:(?:leave|post|add|write|submit|share|have)(?:\s+\S+){0,2}\s+(?:reply|comment|response|thoughts|say)|cancel reply|(?:schreibe|hinterlasse) einen kommentar|kommentar (?:schreiben|verfassen|hinzufügen)|antworten abbrechen|(?:laisser|ajouter|écrire) un commentaire|annuler la réponse|(?:deja|añade|escribe) (?:un|tu) comentario|cancelar respuesta|(?:lascia|aggiungi|scrivi) un commento|annulla (?:la )?risposta|(?:laat een|plaats een|schrijf een) reactie(?: achter)?|annuleer reactie|gadael sylw|ychwanegu sylw)\b/iu;
export function isCommentFormHead(text: string): boolean {
  // A placeholder's ellipsis is no stop ("Write a response…").
  const t = text.trim().replace(/\s*(?:…|\.\.\.)$/u, '');
  return wordCount(t) <= 8 && !/[.!]$/.test(t) && COMMENT_FORM_HEAD.test(t);
}
