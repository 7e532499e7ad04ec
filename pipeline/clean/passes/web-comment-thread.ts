import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { MONTH_NAMES, isBlank, splitLines, wordCount } from '../_lines.ts';
import { addressesReader, isFieldLabel, siteWordHits } from './_web-vocabulary.ts';
import { isCommentFormHead, isFormConsent, isFormField, isSignUpButton } from './_web-interface.ts';

/** Most words of a thread's opening line ("23 comments", "Comments (12)", "Join the discussion"). */
const MAX_START_WORDS = 8;
/** Most lines of a thread between its opening and its first comment's name-time line or action row. */
const MAX_LINES_TO_FIRST_COMMENT = 6;
/** Most non-blank lines of a reader's text with no name-time line or action row around it. */
const MAX_COMMENT_LINES = 8;
/** Most words of a comment's name-time line ("pete_k said on 12 March 2019 at 09:14"). */
const MAX_META_WORDS = 12;
/** Share of the page's lines above which a thread may start: comments follow the article. */
const MIN_START_SHARE = 0.25;

/** Words naming readers' comments in a thread's opening line. */
const THREAD_WORD =
  /\b(?:comments?|responses?|replies|thoughts?|discussion|conversation|reactions?|readers?['’]?s?['’]?(?: are)? (?:say|says|saying|views|letters)|kommentare?|kommentaren|antworten|commentaires?|réflexions?|réponses?|comentarios?|respuestas?|commenti|commento|risposte|reacties?|sylw(?:adau)?|ymatebion)\b/iu;

/** Most words of a label closed by a count in brackets that may open a thread ("Reader comments (12)"). */
const MAX_COUNTED_LABEL_WORDS = 5;
/** A count spelt out past ten opening the line, with a word of readers or their replies after it ("Nineteen readers have commented"). */
const SPELT_COUNT =
  /^(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\s+(?:readers?|people|comments?|responses?|replies|thoughts?)\b/iu;

/** A thread's line without the piece's title quoted after it ("12 thoughts on “Title”", "Ein Kommentar zu „Titel“", "2 réflexions sur « Titre »"). */
function withoutTitle(text: string): string {
  return text.trim().replace(/\s+(?:on|to|about|zu|sur|à|en|sobre|su|a|op|bij|ar|am)\s+[«„“"‘‚'‹].*$/u, '');
}

/**
 * The opening line of a thread: a count ("23 comments", "One response", "Comments (12)",
 * "12 thoughts on …") or a bare label of up to four words with a thread word ("Reader
 * comments", "Join the discussion"); never a sentence.
 */
function isThreadStart(text: string): boolean {
  const t = withoutTitle(text).replace(/[:\s]+$/, '');
  // A short label closed by its count in brackets, in any language ("Diskuse pod článkem (10)"): the thread's own head when its
  // first comment follows close under it, which the caller requires of every opening.
  if (wordCount(t) <= MAX_COUNTED_LABEL_WORDS && /^\p{Lu}/u.test(t) && /\S\s+\(\s*\d[\d,.]*\s*\)$/u.test(t)) return true;
  // A count spelt out beyond ten, with a word of readers or their replies ("Nineteen readers have commented", "Thirty-one replies").
  if (wordCount(t) <= MAX_START_WORDS && !/[.!?]["”’]?$/.test(t) && SPELT_COUNT.test(t)) return true;
  // A count opening a short label in lower case, in any language ("21 reacties van lezers", "8 réactions"): the caller
  // requires a comment's name-time line or action row close under it.
  if (wordCount(t) <= MAX_COUNTED_LABEL_WORDS && /^\d[\d,.]*\s+\p{Ll}/u.test(t) && !/[.!?;,]$/.test(t)) return true;
  if (!THREAD_WORD.test(t) || wordCount(t) > MAX_START_WORDS || /[.!?]["”’]?$/.test(t)) return false;
  if (/^(?:\d[\d,]*|no|one|two|three|four|five|six|seven|eight|nine|ten|ein|eine|kein|keine|un|une|uno|una|één|geen|dim|dau|dwy)\s+\p{L}/iu.test(t)) return true;
  if (/\(\s*\d[\d,]*\s*\)/.test(t) || /\d/.test(t)) return true;
  return wordCount(t) <= 4 && /^\p{Lu}/u.test(t);
}

/** What a reader can do to a comment: the words of an action row. */
const ACTION_WORD =
  /^(?:reply|replies|like[sd]?|unlike|report|flag|share|quote|upvote|downvote|recommend(?:ed)?|edit|delete|permalink|link|hide|respond|vote|votes|helpful|agree|disagree|points?|antworten|antwort|melden|teilen|zitieren|répondre|signaler|partager|citer|responder|denunciar|compartir|citar|rispondi|segnala|condividi|cita|beantwoorden|reageren|delen|ateb|rhannu|adrodd|svar|svara|svare|gilla|vastaa|ilmoita|tykk[äa][äa]|odpowiedz|zg[łl]o[śs]|polub|odpov[ěe]d[ěe]t|nahl[áa]sit|curtir|denunciar|responder)$/iu;
/** The words of a lone reply link ("Reply", "Reply ↓", "Antworten", "Répondre", "Log in to Reply"). */
const REPLY_LINK = /^(?:(?:log|sign) ?in (?:to|or register to) (?:reply|comment|post comments?)|reply|antworten|répondre|responder|rispondi|beantwoorden|ateb)$/iu;
/** A count or an icon in an action row ("♥ 4", "▲ 12", "👍 3", "(2)"). */
const ACTION_TOKEN = /^(?:[\p{So}\p{Sm}▲▼↑↓♥♡★☆✓+-]*\s*\(?\d{0,5}\)?\s*[\p{So}\p{Sm}▲▼↑↓♥♡★☆]*|\d+\s+(?:likes?|replies|repl(?:y|ies)|votes?|points?))$/u;

/** Most words of one control in an action row ("Report this comment", "Synes godt om (15)"). */
const MAX_CONTROL_WORDS = 3;

/**
 * An action row under a comment: two or more controls separated by dots, bars or wide spaces
 * ("Reply · Like · Report", "♥ 4 · Reply · Share"), or a lone "Reply"; every piece is an action
 * word or a count or icon, and at least one is an action word.
 */
export function isActionRow(text: string): boolean {
  const t = text.trim();
  if (!t || wordCount(t) > 10) return false;
  if (REPLY_LINK.test(t.replace(/[\p{So}\p{Sm}↩↪]/gu, ' ').trim())) return true;
  const pieces = t
    .split(/\s*[·•|]\s*|\s{2,}|\s+[-–—]\s+/u)
    .map((p) => p.trim())
    .filter(Boolean);
  let words = 0;
  for (const piece of pieces) {
    // A piece may carry its icon or count: "♥ 4", "Like (3)", "12 likes", "Reply ↩".
    if (isPostingTime(piece)) continue;
    const bare = piece.replace(/[\p{So}\p{Sm}()↩↪]/gu, ' ').replace(/\b\d+\b/g, ' ').trim();
    if (bare === '') {
      if (!ACTION_TOKEN.test(piece) && !/[\p{So}\p{Sm}]/u.test(piece)) return false;
      continue;
    }
    const pieceWords = bare.split(/\s+/);
    if (!pieceWords.every((w) => ACTION_WORD.test(w))) {
      // A control of a few words that carries its count ("Synes godt om (15)") or opens on an action's verb ("Report this comment"),
      // or closes on it where the language sets its verb last ("Beitrag melden"): the row's other pieces must be controls too, and
      // one of them an action word alone.
      const counted = /\(\s*\d+\s*\)|\p{So}\s*\d/u.test(piece);
      if (pieceWords.length > MAX_CONTROL_WORDS || !(counted || ACTION_WORD.test(pieceWords[0]!) || ACTION_WORD.test(pieceWords.at(-1)!))) return false;
      continue;
    }
    words++;
  }
  return words >= 1 && (pieces.length >= 2 || /^reply$/i.test(t));
}

/** Months as a comment's date gives them, in the languages of the comment forms (English, German, French, Spanish, Italian, Dutch, Welsh). */
const MONTH = `(?:${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|oktober|Ionawr|Chwefror|Mawrth|Ebrill|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)\\.?`;
/** A time of posting: "3 hours ago", "yesterday", "12 March 2019 at 09:14", "March 12, 2019", "09:14", "2019-03-12". */
const POSTED_AT = new RegExp(
  [
    String.raw`\b(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b`,
    String.raw`\b(?:just now|yesterday|today)\b`,
    String.raw`\b(?:vor|il y a|hace)\s+(?:\d+|einer?|einem|un|une|una?)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?|secondes?|heures?|jours?|semaines?|mois|ans?|segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)\b`,
    String.raw`\b\d+\s+(?:minuti|ore|giorni|settimane|mesi|anni|minuten|uur|dagen|weken|maanden|jaar)\s+(?:fa|geleden)\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?${MONTH}(?:\s+(?:de\s+)?\d{4})?`,
    String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?`,
    String.raw`\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\b`,
    String.raw`\b\d{1,2}\s?h\s?\d{2}\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,2}/\d{1,2}/\d{2,4}\b`,
  ].join('|'),
  'i',
);

/** A piece of an action row that gives the time of posting: "3 hours ago", "2h", "12 Mar 2019". */
function isPostingTime(piece: string): boolean {
  if (/^\d+\s?[smhdwy]$/.test(piece)) return true;
  const m = POSTED_AT.exec(piece);
  return m !== null && m.index === 0 && m[0].length >= piece.length - 6;
}

/** Verbs of saying after a commenter's name, in the forms' languages ("says", "sagt", "dit", "dice", "zegt"). */
const SAYS = '(?:said|says|wrote|writes|replied|commented|posted|sagt|schreibt|meint|antwortete|dit|écrit|a écrit|répond|dice|escribe|dijo|scrive|ha scritto|zegt|schreef|meddai|dywed)';

/** A commenter's name and a verb of saying on a line of their own, the date on the next ("Margaret Dunn says:", "Petra sagt:"). */
function isSaysLine(text: string): boolean {
  const m = new RegExp(`^(.*?)\\s+${SAYS}\\s*:$`, 'iu').exec(text.trim());
  return m !== null && readsAsHandle(m[1]!);
}

/** A reader's name or handle: one to four words, capitalised or a handle ("Jo Bloggs", "pete_k", "@marsh22"). */
function readsAsHandle(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > 4 || words[0] === '') return false;
  if (words.length === 1) return /^@?[\p{L}\p{N}_.-]{2,30}$/u.test(words[0]!);
  return words.every((w) => /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|de|van|von|da|of|the)$/u.test(w));
}

/** Most words of what a comment's name line sets after its separator: a place, a town and its country. */
const MAX_NAME_TAIL_WORDS = 4;

/**
 * A comment's name line: a name or handle alone, or one set before a separator and a short tail
 * with no stop, as a place or a badge ("oldtramfan · Leeds", "Ann K. | Cork"). Only read where a
 * thread's shape is already certain (an opening line or a comment's action row closes the text).
 */
function readsAsNameLine(text: string): boolean {
  const t = text.trim();
  if (readsAsHandle(t)) return true;
  const m = /^(.+?)\s+[·•|]\s+(.+)$/u.exec(t);
  return m !== null && readsAsHandle(m[1]!) && wordCount(m[2]!) <= MAX_NAME_TAIL_WORDS && !/[.!?:;,]$/.test(m[2]!) && /^\p{Lu}/u.test(m[2]!);
}

/**
 * A comment's name-time line: a name or handle, then a separator or a verb of saying, then a
 * time of posting ("Jo Bloggs · 3 hours ago", "pete_k said on 12 March 2019 at 09:14",
 * "Margaret H. | 2 days ago"); or, unless `named`, a time of posting alone ("3 hours ago").
 */
export function isNameTime(text: string, named = false): boolean {
  const t = text.trim().replace(/[:]$/, '');
  if (!t || wordCount(t) > MAX_META_WORDS) return false;
  // A handle and a short age: "alan_p · 3h", "Sue M. • 2d".
  const short = /^(.*?)\s*[·•|—–-]\s*\d+\s?[smhdwy]$/u.exec(t);
  if (short) return readsAsHandle(short[1]!);
  const posted = POSTED_AT.exec(t);
  if (!posted) return false;
  // "Comment by Alan Price — 3 March 2021", "Submitted by jdoe on Tue, 03/02/2021": the label and the weekday go.
  const before = t
    .slice(0, posted.index)
    .trim()
    .replace(/^(?:comment|posted|submitted|reply|written|kommentar|commentaire) (?:by|von|par)\s+/iu, '')
    .replace(/\s*\b(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim)\p{L}*\.?,?$/iu, '');
  // The time alone, maybe with "at" or "on" and the time of day after it.
  if (before === '' || /^(?:posted|on|at)$/i.test(before)) return !named && /ago|just now|yesterday|today|\d/.test(t) && wordCount(t) <= 8;
  const said = new RegExp(`^(.*?)\\s+${SAYS}(?:\\s+(?:on|at|am|le|el|il|op))?\\s*:?$`, 'iu').exec(before);
  if (said) return readsAsHandle(said[1]!);
  const split = /^(.*?)\s*([·•|,—–-]|\bon\b|\bat\b)\s*(?:(?:posted|replied|on|at)\s*)?$/iu.exec(before);
  if (split === null || !readsAsHandle(split[1]!)) return false;
  // A place and a date after a comma heads a letter ("Arras, 14 April 1917"): named only with a time of day or "ago".
  return !named || /[·•|]/.test(split[2]!) || /ago|just now|yesterday|today|\d[:.]\d\d/i.test(t);
}

/** A short line of the site's own: a form's button, label or note ("Post comment", "Name *", "Your e-mail will not be published."). */
function isSiteLine(text: string): boolean {
  const t = text.trim();
  return wordCount(t) <= 16 && (siteWordHits(t) > 0 || isFieldLabel(t) || isThreadControl(t) || (wordCount(t) <= 8 && /\?$/.test(t) && addressesReader(t)));
}

type Kind = 'start' | 'action' | 'meta' | 'control' | 'text';

/** A thread's own short line: "Load more comments", "Log in to comment", "Show 3 replies", "Sort by: Newest | Oldest". */
function isThreadControl(text: string): boolean {
  const t = withoutTitle(text);
  if (wordCount(t) > 8 || /[.!?]$/.test(t)) return false;
  return (
    THREAD_WORD.test(t) ||
    /^sort(?:ed)? by\b/i.test(t) ||
    /^(?:newest|oldest|latest|top|best|popular)(?:\s*[|·•]\s*(?:newest|oldest|latest|top|best|popular))+$/i.test(t) ||
    /^(?:load|show|view|see) (?:more|all|\d+|older|newer)\b/i.test(t) ||
    /^(?:log|sign) ?in\b/i.test(t) ||
    isCommentFormHead(t)
  );
}

function kindOf(text: string): Kind {
  if (isActionRow(text)) return 'action';
  if (isNameTime(text) || isSaysLine(text)) return 'meta';
  if (isThreadControl(text)) return 'control';
  return 'text';
}

/**
 * Readers' comments after the article: an opening line that counts or names the comments, then
 * per comment a name-time line, the reader's text and an action row. The thread's start must be
 * certain: an opening line (a count or a comments label, past the page's first quarter) with a
 * name-time line or an action row among the next few lines. It runs on while its lines are
 * name-time lines, action rows, its own controls ("Load more comments"), or a reader's text of a
 * few lines that a name-time line opens or an action row closes; it ends before the first text
 * that is neither. A paragraph that mentions comments, with no thread around it, stays.
 */
export const removeCommentThread: Pass = {
  ruleId: 'web/comment-thread',
  run(text, ctx) {
    const lines = splitLines(text);
    const content = lines.map((line, i) => ({ line, i })).filter(({ line }) => !isBlank(line));
    const kinds = content.map(({ line }) => kindOf(line.text));
    const edits: Edit[] = [];
    // The last content line a thread already took: a later thread's own lines are looked for below it.
    let taken = -1;
    for (let c = 0; c < content.length; c++) {
      if (content[c]!.i < lines.length * MIN_START_SHARE) continue;
      const opening = isThreadStart(content[c]!.line.text);
      // With no opening line, a thread starts at a comment's name-time line, and its own pattern must repeat.
      // With no opening line, a thread starts at a comment's name-time line right under the site's own lines (a comment form's button or note).
      if (!opening && !isNameTime(content[c]!.line.text, true)) continue;
      const underSite = c > 0 && isSiteLine(content[c - 1]!.line.text);
      // Certain only with a name-time line or an action row close under the opening.
      const near = content.slice(c + 1, c + 1 + MAX_LINES_TO_FIRST_COMMENT).map(({ line }) => line.text);
      // Or with comments that give a name over a date alone ("Alan Price⏎3 March 2021"), twice: one such pair may be a letter's.
      const pairs = near.filter((t, n) => n + 1 < near.length && readsAsHandle(t) && isNameTime(near[n + 1]!) && !isNameTime(near[n + 1]!, true)).length;
      const farther = content.slice(c + 1, c + 1 + 3 * MAX_LINES_TO_FIRST_COMMENT).map(({ line }) => line.text);
      const datedPairs = farther.filter((t, n) => n + 1 < farther.length && readsAsHandle(t) && isNameTime(farther[n + 1]!) && !isNameTime(farther[n + 1]!, true)).length;
      if (opening && !near.some((t) => isActionRow(t) || isNameTime(t, true)) && !(pairs >= 1 && datedPairs >= 2)) continue;
      let end = c;
      let open = !opening; // a name-time line opened a comment whose text may follow
      let k = c + 1;
      while (k < content.length) {
        const kind = kinds[k]!;
        if (kind === 'meta') {
          open = true;
          end = k++;
          continue;
        }
        // A comment form's own lines under the comments (its consent note, a field, its button) go with the thread.
        const formLine = kind === 'text' && [isFormConsent, isFormField, isSignUpButton].some((is) => is(content[k]!.line.text.trim()));
        if (kind === 'action' || kind === 'control' || formLine) {
          open = kind === 'action' ? false : open;
          end = k++;
          continue;
        }
        // A reader's text: a short run of text lines that a name-time line opened and an action row or the next name-time line closes,
        // or a name on its own line over its time line; at the page's end, a last comment's text with no action row.
        let r = k;
        while (r < content.length && kinds[r] === 'text') r++;
        const closed = r < content.length && (kinds[r] === 'action' || kinds[r] === 'meta');
        const body = open && r - k <= MAX_COMMENT_LINES && (closed || (r === content.length && r - k <= 3));
        const head = closed && kinds[r] === 'meta' && r - k === 1 && readsAsHandle(content[k]!.line.text);
        // A name on its own line (maybe with a place after a dot or bar), the reader's text, then an action row ("2 days ago · Reply").
        const namedBody = closed && kinds[r] === 'action' && r - k >= 2 && r - k <= MAX_COMMENT_LINES && readsAsNameLine(content[k]!.line.text);
        if (!body && !head && !namedBody) break;
        open = false;
        end = r - 1;
        k = r;
      }
      if (!opening) {
        const span = content.slice(c, end + 1).map(({ line }) => line.text);
        const actions = span.filter(isActionRow).length;
        const named = span.filter((t) => isNameTime(t, true)).length;
        if (actions < 2 && !(actions >= 1 && named >= 2)) continue;
        if (!underSite) {
          ctx.keep(content[c]!.line.start, content[c]!.line.text.trim(), 'reads as readers’ comments, but no comment count, label or form stands over them');
          c = end;
          continue;
        }
      }
      // The thread's own controls just above its first comment ("Sort by: Newest", "Showing 3 of 12 comments").
      let first = c;
      const ownLine = (t: string): boolean => isThreadControl(t) || isThreadStart(t) || (!opening && isSiteLine(t));
      while (first - 1 > taken && c - first < 3 && content[first - 1]!.i >= lines.length * MIN_START_SHARE && ownLine(content[first - 1]!.line.text)) first--;
      const from = content[first]!.line.start;
      const last = content[end]!.line;
      const to = end + 1 < content.length ? content[end + 1]!.line.start : text.length;
      edits.push({ start: from, end: to, text: '', ruleId: 'web/comment-thread', reason: `readers’ comments after the article (to “${last.text.trim().slice(0, 40)}”)` });
      taken = end;
      c = end;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed readers’ comments (${old.split('\n').filter((l) => l.trim()).length} lines)`,
};
