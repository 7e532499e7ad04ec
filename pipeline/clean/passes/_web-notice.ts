/**
 * The classes of words a site's notice about its own page uses, in the commoner European
 * languages, shared by the passes that weigh such notices before and after the text: the page
 * speaking of itself ("cet article", "dieser Beitrag"), the words of its history (first
 * published, updated, translated, licensed), its age ("more than six years old"), and a
 * disclaimer that gives the views to the writer. General publishing usage, never a wording:
 * each class counts as evidence, and a line's shape and place decide the rest.
 */

/** Not inside a word: JavaScript's \b knows no accented letter. */
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';

/** The page speaking of itself in other languages: a demonstrative and a word for the piece. */
export const SELF_ABROAD = new RegExp(
  `${START}(?:(?:cet|cette|ce) (?:article|texte|entretien|reportage|billet|dossier|page|tribune|chronique|récit)|(?:dieser|diese|dieses|diesen) (?:artikel|beitrag|text|bericht|essay|seite|interview|aufsatz)|(?:este|esta) (?:artículo|articulo|texto|reportaje|ensayo|página|pagina|entrevista|nota|relato|artigo|matéria|materia)|(?:questo|questa) (?:articolo|testo|saggio|pagina|intervista|pezzo)|(?:dit|deze) (?:artikel|stuk|tekst|essay|verhaal|interview|pagina)|(?:denna|den h[äa]r|denne|dette) (?:artikel|artikeln|artikkel|artikkelen|text|texten|tekst|teksten|intervju|reportage)|^(?:artikeln|texten|intervjun|reportaget|artiklen|artikkelen|teksten|intervjuet|intervjuen|reportagen)|(?:ten|tento|tato) (?:artyku[łl]|tekst|wywiad|reporta[żz]|[čc]l[áa]nek|text|rozhovor)|t[äa]m[äa] (?:artikkeli|teksti|juttu))${END}`,
  'iu',
);

/**
 * Words of a page's history in other languages: first published, appeared, updated, translated, reproduced, licensed,
 * shortened, by permission, rights reserved, an editor's note.
 */
export const HISTORY_ABROAD = new RegExp(
  `${START}(?:pour la premi[èe]re fois|per la prima volta|por primera vez|pela primeira vez|zum ersten mal|erstmals|apparu|apparue|apparso|apparsa|aparecid[oa]|apareci[óo]|traduction|[üu]bersetzung|traducci[óo]n|traduzione|tradu[çc][ãa]o|vertaling|raccourci|abr[ée]g[ée]e?|gek[üu]rzt|bearbeitet|redigiert|abreviad[oa]|ridott[oa]|abbreviat[oa]|autorisation|genehmigung|erlaubnis|permiso|autorizaci[óo]n|autorizzazione|concessione|toestemming|autoriza[çc][ãa]o|nachdruck|riproduzione|reproducci[óo]n|reprodu[çc][ãa]o|droits r[ée]serv[ée]s|rechte vorbehalten|derechos reservados|diritti riservati|direitos reservados|rechten voorbehouden|r[ée]daction|redaktion|redazione|redacci[óo]n|redactie|reda[çc][ãa]o|publi[ée]e?s?|paru|parue|initialement|mis à jour|mise à jour|tradui[ts]e?s?|republi[ée]e?s?|reprodui[ts]e?s?|licence|erschien(?:en)?|zuerst|ursprünglich|veröffentlicht|aktualisiert|übersetzt|nachgedruckt|lizenz|publicad[oa]s?|originalmente|originariamente|actualizad[oa]|atualizad[oa]|traducid[oa]|traduzid[oa]|tradott[oa]|reproducid[oa]|reproduzid[oa]|pubblicat[oa]|aggiornat[oa]|licencia|licença|licenza|verscheen|verschenen|gepubliceerd|oorspronkelijk|bijgewerkt|vertaald|licentie|publicerad[et]?|publicerades|publiceret|publisert|utgiven|utgivet|utgavs|udgivet|utgitt|[öo]versatt|oversat|[öo]vers[äæ]ttning|oversettelse|uppdaterad|opdateret|oppdatert|ursprungligen|oprindeligt|opprinnelig|med st[öø]d (?:av|af|fra)|med st[øo]tte fra|f[öo]rkortad|forkortet|redigerad|opublikowan[yaoe]|ukaza[łl][ao]? si[ęe]|pierwotnie|przet[łl]umaczon[yaoe]|t[łl]umaczenie|zaktualizowan[yaoe]|skr[óo]con[yaoe]|publikov[áa]n[oa]?|poprv[ée]|p[řr]elo[žz]en[oa]?|p[řr]eklad|aktualizov[áa]n[oa]?|p[ůu]vodn[ěe]|julkaistu|k[äa][äa]nnetty|k[äa][äa]nn[öo]s|p[äa]ivitetty|alun perin)${END}`,
  'giu',
);

/** A page's age: "more than six years old", "plus de 5 ans", "mehr als 3 Jahre alt". */
export const AGE =
  /\b(?:more than|over|at least)\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:years?|decades?)\s+old\b|(?<!\p{L})(?:plus de|mehr als|über|más de|più di|mais de|meer dan)\s+\d+\s+(?:ans|jahre|años|anni|anos|jaar)(?!\p{L})/iu;

/**
 * A disclaimer that gives the piece's views to its writer: views or opinions, and the author
 * or writer named as their owner, or the publisher's denial that they reflect its own.
 */
export const DISCLAIMER =
  /\b(?:views|opinions)\b[^.]{0,60}\b(?:authors?|writers?|contributors?|columnists?)\b|\b(?:authors?|writers?|contributors?|columnists?)['’]?s?['’]? (?:own )?(?:views|opinions)\b|\b(?:do|does) not necessarily (?:reflect|represent)\b/iu;

/** A word for the piece in other languages, as a telegraphic notice opens on it ("Artículo publicado en …", "Testo pubblicato su …"). */
const PIECE_ABROAD = /^(?:article|texte|entretien|essai|reportage|tribune|artikel|beitrag|text|interview|aufsatz|bericht|art[íi]culo|texto|ensayo|entrevista|reportaje|articolo|testo|saggio|intervista|stuk|tekst|artigo|artikkel|artyku[łl]|[čc]l[áa]nek|artikkeli|teksti)\s+/iu;

/** The participle of a piece's history opening the line abroad, with no subject: "Traduit de …", "Publié dans …", "Übersetzt aus …". */
const HISTORY_FIRST_ABROAD =
  /^(?:tradui[ts]e?|publi[ée]e?|paru(?:e)?|republi[ée]e?|reprodui[ts]e?|[üu]bersetzt|ver[öo]ffentlicht|erschienen|nachgedruckt|traducid[oa]|publicad[oa]|reproducid[oa]|tradott[oa]|pubblicat[oa]|riprodott[oa]|traduzid[oa]|vertaald|gepubliceerd|[öo]versatt|oversat|publicerad|publiceret|publisert|utgiven|utgivet|udgivet|utgitt|opublikowan[yaoe]|przet[łl]umaczon[yaoe]|p[řr]elo[žz]eno|publikov[áa]no|julkaistu|k[äa][äa]nnetty)(?:\s+\d{4})?\s+(?:de|d['’]|du|dans|en|par|aus|in|von|im|del|por|dal|da|su|uit|door|fr[åa]n|fra|av|af|med|i|p[åa]|z|ze|w|we|v|ve|z|na)(?![\p{L}])/iu;

/** A notice in telegraphic form abroad: a word for the piece, then within a few words one of its history's; or the participle itself first. */
export function opensOnHistoryAbroad(text: string): boolean {
  if (HISTORY_FIRST_ABROAD.test(text.trim())) return true;
  const m = PIECE_ABROAD.exec(text.trim());
  if (!m) return false;
  HISTORY_ABROAD.lastIndex = 0;
  const found = HISTORY_ABROAD.exec(text.trim().slice(m[0].length).split(/\s+/).slice(0, 3).join(' '));
  HISTORY_ABROAD.lastIndex = 0;
  return found !== null;
}

/** Rights and permission, in English or another language: "All rights reserved", "©", "Tous droits réservés", "mit Genehmigung". */
export const RIGHTS =
  /\ball rights reserved\b|\bsome rights reserved\b|©|\bcopyright\b|droits r[ée]serv[ée]s|rechte vorbehalten|derechos reservados|diritti riservati|direitos reservados|rechten voorbehouden|\bpermission\b|genehmigung|erlaubnis|autorisation|autorizzazione|autorizaci[óo]n|permiso|concessione/iu;

/** Rights reserved, in English or another language: a statement of the rights in the piece, not a word of its story. */
export const RIGHTS_RESERVED =
  /\b(?:all|some) rights reserved\b|©\s*(?:\d{4}|\p{Lu})|\bcopyright\s+(?:©\s*)?\d{4}|droits r[ée]serv[ée]s|rechte vorbehalten|derechos reservados|diritti riservati|direitos reservados|rechten voorbehouden/iu;

/** How to cite the piece: "Please cite as", "Suggested citation:", "Pour citer cet article", "Zitiervorschlag". */
export const CITE = /\bcite (?:this (?:\w+ )?)?as\b|^(?:suggested |recommended )?citation\s*:|\bhow to cite\b|\bpour citer\b|\bzitiervorschlag\b|\bzitierweise\b|\bc[óo]mo citar\b|\bper citare\b/iu;

/**
 * A label naming the kind of note a line is, before its colon: an update, a correction, a
 * clarification, a disclosure, a content warning, an editor's or translator's note, in English or
 * another European language; maybe with its date ("Update, 3 May 2021:", "Editor's note (2019):").
 * The label names the note, whatever the note then says.
 */
export const NOTE_LABEL = new RegExp(
  `^[*_]?(?:please note|(?:an? |the )?(?:(?:editor|editors|publisher|author|translator|moderator)['’]?s?\\s+)?(?:note|notes|update|(?:last |first )?(?:updated|reviewed|modified|revised|edited|checked)|correction|corrections|clarification|disclosure|disclaimer|erratum|addendum|postscript|retraction|notice|(?:content |trigger )?(?:warning|note)|cw|tw|cn)|editorial note|note (?:de la r[ée]daction|du traducteur|de l['’]auteur|de l['’][ée]diteur)|mise à jour|rectificatif|avertissement|anmerkung(?: der redaktion| des übersetzers)?|hinweis(?: der redaktion)?|aktualisierung|korrektur|berichtigung|transparenzhinweis|nota(?: del editor| de la redacci[óo]n| del traductor| della redazione| del traduttore| do editor| da reda[çc][ãa]o)?|actualizaci[óo]n|correcci[óo]n|fe de erratas|aclaraci[óo]n|advertencia|aggiornamento|rettifica|avvertenza|atualiza[çc][ãa]o|corre[çc][ãa]o|aviso|noot(?: van de redactie)?|naschrift|rectificatie|correctie)(?:\\s*[,(–—-]\\s*[^:]{1,30})?\\s?:\\s`,
  'iu',
);

/**
 * What an editor did to the piece, told of the piece or a part of it in the passive: "has been
 * edited for length", "names have been changed", "was originally written for", "first given as a
 * talk", "adapted from". The words of a page's own history, not a wording.
 */
export const EDITED =
  /\b(?:(?:has|have|had) been (?:\p{L}+ly )?(?:edited|revised|updated|corrected|amended|changed|altered|translated|adapted|abridged|shortened|condensed|expanded|transcribed|reproduced|reprinted|republished|excerpted|withheld|anonymi[sz]ed)|(?:originally|first) (?:written|posted|given|delivered|commissioned|broadcast|aired|presented|run|printed)|(?:adapted|excerpted|extracted|abridged|condensed) from|an? (?:edited |shortened |short )?(?:extract|excerpt) from|revised and (?:expanded|updated|enlarged|shortened)|(?:with|by) (?:the )?(?:kind )?permission|affiliate links?|guest (?:post|column|essay)|part (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) of (?:\d+|two|three|four|five|six|seven|eight|nine|ten)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)-part series)\b/iu;

/** A piece said to be part of a series in another language: "fait partie de notre dossier", "forma parte de la serie", "ist Teil unserer Reihe". */
export const SERIES_ABROAD =
  /(?<![\p{L}])(?:fait partie|font partie|forma parte|fa parte|faz parte|ist teil|sind teil|maakt deel uit)\s+(?:de|d['’]|du|des|della|del|dell['’]|da|do|unserer|einer|der|van|uit)\s*(?:\p{L}+\s+){0,2}(?:s[ée]rie|dossier|reihe|serie|cycle|ciclo|reeks|rubrique|sezione|secci[óo]n)(?![\p{L}])/iu;

/** A label that names only a note, not what kind ("Note:", "Notice:", "Hinweis:"): an author may set one over their own words too. */
export const BARE_NOTE_LABEL = /^[*_]?(?:(?:please )?note|notes|notice|nb|nota|hinweis|noot|aviso|avviso|avvertenza|advertencia|avertissement)\s?:\s/iu;

/**
 * A disclosure of the writer's interests: "conflict of interest", "competing interests", "Disclosure statement", or two of a
 * disclosure's verbs together ("does not work for, consult, own shares in or receive funding from"); one alone may be the story's.
 */
export const DISCLOSURE =
  /\b(?:conflicts? of interests?|competing interests?|disclosure statement|(?:work for|consult|own shares in|receives? funding from)\b[^.]{0,40}\b(?:consult|own shares in|receives? funding from)|interessenkonflikt\p{L}*|conflit d['’]int[ée]r[êe]ts?|conflicto de inter[ée]s(?:es)?|conflitto di interessi)\b/iu;

/** A bare label on its own line naming a note or a notice about the piece ("Editor's note", "Correction", "Republish this article", "Disclosure statement"). */
export function isNoteLabelLine(text: string): boolean {
  const t = text.trim().replace(/[:\s]+$/u, '');
  if (t.split(/\s+/).length > 4 || /[.!?]$/.test(t)) return false;
  return NOTE_LABEL.test(`${t}: `) && !BARE_NOTE_LABEL.test(`${t}: `);
}

/**
 * The page warning of what it holds: the piece, or something in it, shown or told ("this article contains …", "some photographs in
 * this article show …", "this story describes …"): the page speaks of its own contents.
 */
export const CONTENTS =
  /\b(?:this|the following) (?:article|piece|story|page|post|essay|text|report|interview|feature|film|video|episode)\b[^.]{0,20}\b(?:contains?|shows?|includes?|describes?|discuss(?:es)?|depicts?|mentions?|refers? to)\b|\bin this (?:article|piece|story|page|post|essay|report|feature) (?:contains?|shows?|includes?|describes?|depicts?)\b|\b(?:some )?readers may find\b/iu;
