import { wordCount } from '../_lines.ts';

/**
 * A picture credit set after a mark at the end of a caption's line, labelled in whatever
 * language the page is set in: the caption's words, a dash, a bar or a slash, then one label
 * word and the name it introduces ("… before the storm — Fotograf: Ann Lee", "… on a postcard /
 * Bildnachweis: Borough Archive", "… at the quay | Fot. Jan Nowak", "… the mill — Foto di Ann
 * Lee"). The label is read by its shape, not its word: one capitalised word closed by a colon;
 * a short abbreviation closed by a stop (a title such as "Dr." or "St." is no label, it opens a
 * name); or a word and the preposition "by" in one of the languages a credit is set in, before a
 * name of two words or more. The name is capitalised words (a connective such as "&", "of" or
 * "de" between them), an agency after a slash maybe, no stop at its end.
 */

/** A capitalised word of a name, initials and hyphened names too. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** Words that join a name's capitalised words ("Tyne & Wear Archives", "Museo de la Ciudad", "Archiv der Stadt"). */
const CONNECTIVE = '(?:&|of|the|and|de|del|della|di|da|du|des|der|den|van|von|la|le|y|i|och|og)';
/** A name: one to five capitalised words, joining words between them; an agency after a slash maybe. */
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${CONNECTIVE}\s+)*${NAME_WORD}){0,4}(?:\s*\/\s*${NAME_WORD}(?:\s+${NAME_WORD}){0,3})?`;
/** The preposition "by" as credits in other languages set it after their label ("Foto di", "Photo par", "Bild von"). */
const BY = '(?:by|di|de|da|von|van|par|por|av|af|door|przez)';

/** One label word: closed by a colon, a short abbreviation closed by a stop, or a word and "by". */
const LABEL = String.raw`(?:(?<colon>\p{Lu}\p{Ll}{1,15}\s*:)|(?<abbr>\p{Lu}\p{Ll}{1,3}\.)|(?<by>\p{Lu}\p{Ll}{2,11}\s+${BY}))`;

/**
 * The mark before the credit: a dash, a bar or a slash between spaces, a middle dot ("… on the slip · Fotograf: Ann Lee"),
 * or the caption's own full stop ("… in the vestry. Fotografi: Ann Lee"), after which only a label closed by a colon counts:
 * a sentence may end and the next open on "Painted by John Constable", but none opens on a word and a colon and a name.
 */
const MARKED_TAIL = new RegExp(String.raw`(?:\s+[—–|/·]\s+${LABEL}|(?<=\p{Ll})\.\s+(?<stopColon>\p{Lu}\p{Ll}{1,15}\s*:))\s+(?<name>${NAME})$`, 'u');
/** The same credit alone on its line. */
const LABELLED_LINE = new RegExp(String.raw`^${LABEL}\s+(?<name>${NAME})$`, 'u');
/** Most words of a credit alone on its line: a label and a name. */
const MAX_LINE_WORDS = 8;

/** Abbreviations that open a name rather than label it: a title or a saint. */
const TITLE = /^(?:Mr|Mrs|Ms|Dr|St|Ste|Rev|Revd|Prof|Sr|Jr|Sra|Capt|Col|Gen|Lt|Sgt|Fr|Mme|Hon|Mgr|Mt|No|Nos|Vol|Fig|Pl|Ch)\.$/;

/** The caption's words before the mark: a few at least, so the mark is no line's only word. */
const MIN_CAPTION_WORDS = 2;

/**
 * Where a credit set after a mark at the line's end starts (the space before the mark), or
 * undefined where the line ends on none (see MARKED_TAIL).
 */
export function markedCreditAt(text: string): number | undefined {
  const t = text.trimEnd();
  const m = MARKED_TAIL.exec(t);
  if (!m?.groups || !isCreditShape(m.groups) || wordCount(t.slice(0, m.index)) < MIN_CAPTION_WORDS) return undefined;
  return m.index;
}

/** A credit of that shape alone on its line, a label and a name and nothing else ("Bildnachweis: Borough Archive"). */
export function isLabelledCreditLine(text: string): boolean {
  const t = text.trim();
  const m = wordCount(t) <= MAX_LINE_WORDS ? LABELLED_LINE.exec(t) : null;
  return m?.groups !== undefined && isCreditShape(m.groups);
}

/** The label is none that opens a name (a title, a saint), "by" has a full name after it, and the name ends on no stop. */
function isCreditShape({ abbr, by, name }: Record<string, string | undefined>): boolean {
  if (abbr !== undefined && TITLE.test(abbr)) return false;
  if (by !== undefined && wordCount(name!) < 2) return false;
  return !/[.,;:]$/.test(name!);
}
