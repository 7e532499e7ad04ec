/**
 * How a site speaks of a piece's writer in a note of its own (under the byline, at the page's
 * foot, or as a line under the title): a name, then who the person is or what the person does,
 * in the third person and the present. Shared by web/author-bio, which weighs whole notes, and
 * the front-line evidence, which weighs a one-sentence note between the title and the text.
 */

/** A name opening the note: one to four capitalised words or initials, maybe after a title ("Dr", "Prof."); two people's joined by "and". */
export const OPENS_ON_NAME = /^(?:(?:Dr|Prof|Professor|Revd?|Sir|Dame)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|le|la|and|&)){0,4}(?:,\s+(?:an?|the)\s+[^,]{3,60},)?(?:\s+(?:is|has|writes|covers|reports|lives|works|teaches|edits|was)\b|['’]s\s+(?:new|latest|first|debut|forthcoming)\b)/u;
/** Who the person is, in the present: "is a staff writer", "is an associate editor", "is one of the founders". */
export const IS_ROLE =
  /\b(?:is|are)\s+(?:an?|the|one of the|currently an?|now an?)\s+(?:[\p{L}-]+\s+){0,4}?(?:writer|editor|journalist|reporter|correspondent|columnist|contributor|fellow|critic|novelist|poet|author|historian|lecturer|professor|researcher|scholar|student|candidate|producer|photographer|broadcaster|blogger|essayist|translator|curator|illustrator|founder|director|member|host|presenter|analyst|organi[sz]er)s?\b/iu;
/** The role held somewhere: "writer at the Courier", "fellow with the Institute". */
export const ROLE_AT = /\b(?:writer|editor|journalist|reporter|correspondent|columnist|contributor|fellow|critic|lecturer|professor|researcher|student|producer|director|member|host|analyst)s?\s+(?:at|for|with|of)\s+(?:the\s+)?\p{Lu}/u;
/** What the person writes about, in the present and the third person. */
export const WRITES_ABOUT = /\b(?:writes|covers|reports)\s+(?:about|on|for|from)\b|\b(?:teaches|lectures)\s+(?:[\p{L}-]+\s+){0,3}?(?:at|in)\s+(?:an?|the)?\s*\p{L}/iu;
/** The writer speaking: an author's note, an acknowledgement or a dedication is the piece's own. */
export const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|me|my|we|our|us)\b/u;

/**
 * A one-sentence note on a writer: a name, then who the person is or what the person does for
 * whom ("Jane Hale writes for the Courier from Leeds", "Tom Lee is a reporter at the Gazette"),
 * in the third person; the writer speaking in the first person is the piece's own.
 */
export function isWriterNote(text: string): boolean {
  const t = text.trim();
  return OPENS_ON_NAME.test(t) && (IS_ROLE.test(t) || ROLE_AT.test(t) || WRITES_ABOUT.test(t)) && !FIRST_PERSON.test(t);
}
