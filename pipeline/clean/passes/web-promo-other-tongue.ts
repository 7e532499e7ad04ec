import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';

/**
 * The senses of a site speaking to its reader about itself, in French, German, Spanish, Italian,
 * Portuguese, Dutch, Polish and Swedish: the general words of each tongue for each sense, never one site's wording.
 * Each is tried at the line's start (after an arrow, a bullet or an ornament), where a site's label
 * or call stands; a sentence of the piece does not open on them.
 */
const SENSES: readonly { sense: string; opens: RegExp }[] = [
  {
    // "Lire aussi", "Lesen Sie auch", "Lee también", "Leggi anche", "Leia também", "Lees ook" and their kin.
    sense: 'a label before another page',
    opens:
      /^(?:(?:à )?lire aussi|lisez aussi|(?:à )?voir aussi|à (?:lire|voir|écouter|découvrir)|pour aller plus loin|sur le même sujet|notre dossier|(?:lesen|hören|sehen) sie auch|lies auch|auch interessant|mehr zum thema|siehe auch|das könnte sie (?:auch )?interessieren|(?:lee|lea|ver|mira) también|(?:te|le) (?:puede|podría) interesar|también te puede interesar|(?:leggi|vedi|ascolta|guarda) anche|potrebbe interessarti|approfondisci|da non perdere\s*[:|»›→–—]|(?:leia|veja|ouça) também|leia mais|saiba mais|(?:lees|zie|bekijk|luister) ook|ook interessant|meer over|(?:leer|lire|leggi|leia|lees) (?:más|plus|di più|mais|meer)\s*[:|»›→–—]|mehr lesen\s*[:|»›→–—]|(?:czytaj|przeczytaj|zobacz|posłuchaj) (?:także|też|również|więcej)|polecamy\s*[:|»›→–—]|(?:läs|se|lyssna) (?:också|även|mer)|relaterat\s*[:|»›→–—])/iu,
  },
  {
    // A call to subscribe, sign up or follow: the imperative that opens it, or the site's newsletter named in a short line.
    sense: 'a call to subscribe or follow',
    opens:
      /^(?:abonnez-vous|abonne-toi|inscrivez-vous|inscris-toi|suivez-nous|recevez (?:notre|nos|gratuitement)|(?:jetzt )?abonnieren|abonnieren sie|(?:melden|registrieren) sie sich|folgen sie uns|bestellen sie|suscr[ií]b(?:e|ete|ase|irse)|hazte (?:suscriptor|socio|miembro)|s[ií]guenos|ap[uú]ntate|reg[ií]strate|iscriviti|abbonati|seguici|registrati|assine|inscreva-se|siga-nos|torne-se (?:assinante|sócio|membro)|schrijf (?:je|u) in|abonneer|word (?:abonnee|lid|donateur)|volg ons|meld (?:je|u) aan|zapisz się|zasubskrybuj|subskrybuj|zaprenumeruj|obserwuj nas|śledź nas|dołącz do nas|prenumerera|följ oss|anmäl dig|registrera dig|bli (?:prenumerant|medlem)|(?:jetzt )?(?:kostenlos|gratis) testen|essayez gratuitement|pru[eé]ba(?:lo)? gratis|prova gratis|probeer gratis|experimente grátis|wypróbuj (?:za darmo|bezpłatnie))(?!\p{L})/iu,
  },
  {
    // The page's text going on past an advert, and an advert's label with it.
    sense: "the text going on past an advert",
    opens:
      /^(?:la suite (?:après|sous) (?:cette|la) (?:publicité|annonce)|(?:weiterlesen|der artikel geht) (?:nach|unter) der (?:anzeige|werbung)|contin[uú]a (?:leyendo )?(?:debajo|después) (?:del anuncio|de la publicidad)|continua (?:a leggere )?dopo (?:la pubblicità|l['’]annuncio)|continua (?:depois|após) (?:da )?publicidade|lees verder (?:na|onder) de advertentie|(?:czytaj|artykuł) dalej pod reklamą|(?:artikeln|texten) fortsätter (?:under|efter) annonsen)(?!\p{L})/iu,
  },
  {
    // An appeal for money or support in the site's voice.
    sense: 'an appeal for support',
    opens:
      /^(?:soutenez(?:-nous| notre| nos)|faites un don|jetzt spenden|unterstützen sie (?:uns|unsere?n?)|unterstütze uns|ap[oó]yanos|apoya (?:nuestro|a)|haz (?:una|tu) donaci[oó]n|dona (?:ora|ahora)|sostienici|sostieni (?:il nostro|la nostra)|fai una donazione|apoie (?:o|a|nosso|nossa)|fa[cç]a uma doa[cç][aã]o|steun ons|doneer nu|wesprzyj (?:nas|nasz\p{L}*)|wspieraj nas|przekaż darowiznę|stöd (?:oss|vår\p{L}*)|ge en gåva|bli månadsgivare)(?!\p{L})/iu,
  },
  {
    // A call to share the page.
    sense: 'a call to share the page',
    opens:
      /^(?:partagez cet article|partager sur|diesen artikel teilen|teilen auf|comparte este artículo|compartir en|condividi (?:su|questo articolo)|compartilhe (?:este|esta|no|nas)|partilh(?:ar|e) (?:no|este|esta)|deel (?:dit artikel|op))(?!\p{L})/iu,
  },
  {
    // A label alone or before a separator: a word the piece would only use in a sentence ("Spenden", "Teilen :", "Relacionado →").
    sense: "a site's label",
    opens:
      /^(?:zum thema|empfehlungen|más información|relacionad[oa]s?|spenden|teilen|partager|compartir|condividi|compartilhar|partilhar|delen|doneer|publicité|anzeige|werbung|publicidad|pubblicità|publicidade|advertentie|reklama|annons|polecamy|relaterat)\s*(?:[:|»›→–—-].{0,80}|[.!]?)$/iu,
  },
  {
    // A network named beside a verb of sharing, in any order: "Partager cet article sur LinkedIn", "Diesen Beitrag auf Facebook teilen".
    sense: 'a call to share the page on a network',
    opens:
      /^(?=.{0,60}(?<!\p{L})(?:partag\p{L}*|teilen|compart\p{L}*|condivid\p{L}*|partilh\p{L}*|deel|delen|udostępnij|dela|del)(?!\p{L}))(?=.{0,60}(?<!\p{L})(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|bluesky|mastodon|threads|e-?mail)(?!\p{L})).{0,60}$/iu,
  },
  {
    // A call to get the site's app or to hear its podcast: the verb of fetching or listening and the app or podcast it names.
    sense: "a call to get the site's app or hear its podcast",
    opens:
      /^(?:(?:laden sie|lade dir|hol dir|holen sie sich|jetzt)\s+(?:unsere|die)\s+app|(?:unsere )?app (?:herunterladen|laden)|hören sie (?:unseren|den) podcast|téléchargez (?:notre|l['’]) ?app(?:lication|li)?|(?:écoutez|abonnez-vous à) (?:notre|le) podcast|desc[aá]rga(?:te)? (?:nuestra|la) app|escucha (?:nuestro|el) podcast|scarica (?:la nostra |l['’])\s?app|ascolta (?:il nostro|il) podcast|(?:baixe|descarregue) (?:a nossa |o nosso |o |a )?app|ou[cç]a (?:o nosso|o) podcast|download (?:onze|de) app|luister naar (?:onze|de) podcast|pobierz (?:naszą |)aplikację|posłuchaj (?:naszego )?podcastu|ladda ner (?:vår app|appen)|lyssna på (?:vår|podden|vår podd))(?!\p{L})/iu,
  },
  {
    // The page kept for subscribers.
    sense: 'a paywall',
    opens:
      /^(?:(?:cet article est )?réservé aux abonnés|pour lire la suite|(?:nur|exklusiv) für abonnenten|exclusivo para (?:suscriptores|assinantes)|(?:articolo )?riservato agli abbonati|alleen voor abonnees|(?:artykuł )?(?:tylko|wyłącznie) dla (?:subskrybentów|prenumeratorów)|(?:endast|bara) för prenumeranter|cet article vous est offert)(?!\p{L})/iu,
  },
];

/** The site's newsletter named in another tongue: with a short line, a sign-up box's words. */
const NEWSLETTER = /(?<!\p{L})(?:newsletter\p{L}*|lettre d['’]information|infolettre|boletín|nieuwsbrief|boletim|nyhetsbrev\p{L}*)(?!\p{L})/iu;

/**
 * English words no other tongue the rule reads spells the same way: a line holding one is an English sentence of the
 * piece that names a newsletter ("My aunt edited the newsletter."), not a site's box in another tongue.
 */
const ENGLISH_ONLY = /(?<!\p{L})(?:the|my|his|her|our|their|this|that|and|with|she|they|who|which|has)(?!\p{L})/iu;

/** Most words of a line of such a label or call, and most lines of its block. */
const MAX_LINE_WORDS = 14;
const MAX_LINES = 3;
/** Most words of a label's line with another page's title after its separator. */
const MAX_TITLE_LINE_WORDS = 32;
/** Words from which a block is a paragraph of the piece. */
const PARAGRAPH_WORDS = 20;
/** How many blocks away a paragraph of the piece may stand. */
const NEAR = 3;

const words = (block: readonly Line[] | undefined): number => (block ? block.reduce((n, l) => n + wordCount(l.text), 0) : 0);

/** The sense of a site's call one line opens on, or undefined. */
function senseOf(text: string): string | undefined {
  const t = text
    .trim()
    .replace(/^[^\p{L}\p{N}"“‘'«„]+/u, '')
    .trim();
  // A label before a separator may carry a long title after it.
  const labelled = /^[^:|»›→–—]{2,30}[:|»›→–—]/u.test(t);
  if (!t || wordCount(t) > (labelled ? MAX_TITLE_LINE_WORDS : MAX_LINE_WORDS)) return undefined;
  // A site may set its own short label before the tongue's ("Read: Läs också: …", "Da non perdere: Czytaj także: …").
  const afterLabel = t.replace(/^[^:|»›→–—]{1,20}[:|»›→–—]\s*/u, '');
  const found = SENSES.find((s) => s.opens.test(t) || (afterLabel !== t && s.opens.test(afterLabel)));
  if (found) return found.sense;
  if (NEWSLETTER.test(t) && wordCount(t) <= 10 && !/[,;]/.test(t) && !ENGLISH_ONLY.test(t)) return "the site's newsletter";
  return undefined;
}

/**
 * A site's label or call in another tongue, set apart in a web page: "Lire aussi : <title>",
 * "Abonnez-vous à notre newsletter", "Weiterlesen nach der Anzeige", "Soutenez-nous", "Deel dit
 * artikel". A block of one to three short lines, set apart by blank lines,
 * set among the piece's text, whose first line opens on the words a site uses in that tongue to send the reader to another of
 * its pages, to subscribe or follow, past an advert, to give or to share (the lines under it are the
 * title, the button or the sum). A quoted line is speech and stays. A line of the piece ending on a
 * colon does not protect it: a site sets its boxes wherever a paragraph ends, and in an English piece
 * a quotation in another tongue does not open on a site's call.
 */
export const removePromotionInOtherTongue: Pass = {
  ruleId: 'web/promotion-in-other-tongue',
  run(text) {
    const blocks = splitBlocks(splitLines(text));
    const edits: Edit[] = [];
    for (let b = 1; b < blocks.length; b++) {
      const block = blocks[b]!;
      if (block.length > MAX_LINES || block.slice(1).some((l) => wordCount(l.text) > MAX_LINE_WORDS)) continue;
      const first = block[0]!.text.trim();
      if (/^["“‘'«„]/u.test(first)) continue;
      const sense = senseOf(first);
      if (!sense) continue;
      // Among the piece's text: a paragraph near it, above or below, past short blocks (a heading, a date, a letter's greeting).
      if (!blocks.slice(Math.max(0, b - NEAR), b + NEAR + 1).some((k) => words(k) >= PARAGRAPH_WORDS)) continue;
      // The lines under the first are its title, its button or its sum: short, none a sentence running on with a comma.
      if (block.slice(1).some((l) => /[,;]\s*$/.test(l.text) || /^\s*\p{Ll}/u.test(l.text))) continue;
      edits.push({
        start: block[0]!.start,
        end: b + 1 < blocks.length ? blocks[b + 1]![0]!.start : text.length,
        text: '',
        ruleId: 'web/promotion-in-other-tongue',
        reason: `${sense}, in another tongue, set apart`,
      });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed promotion “${old.trim().replace(/\s+/g, ' ')}”`,
};
