/** Facts about languages (BCP 47 tags) that more than one stage needs. */

/** Languages written right to left, by primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb', 'syr']);

export function isRightToLeftLanguage(language: string | undefined): boolean {
  return language !== undefined && RIGHT_TO_LEFT.has(language.trim().toLowerCase().split('-')[0]!);
}

/** Whether two tags name the same language as written (`en` and `EN`), not merely related ones. */
export function sameLanguage(a: string | undefined, b: string | undefined): boolean {
  return (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
}

/** Tags that name no language a text is written in: undetermined, several, none, a fallback. */
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis', 'x-default', 'i-default']);

/**
 * A language as a document states it (`fr`, `en_GB`, `fr-FR, en`, `EN-us`) → a BCP 47 tag the
 * front matter would accept (`fr`, `en-GB`, `fr-FR`, `en-US`), or undefined when it names none.
 * A list (HTTP's Content-Language allows one) gives its first language.
 */
export function documentLanguageTag(value: string | null | undefined): string | undefined {
  const first = value?.split(/[,;]/)[0]?.trim().replace(/_/g, '-');
  if (!first || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(first) || NO_LANGUAGE.has(first.toLowerCase())) return undefined;
  const [primary, ...rest] = first.split('-');
  // BCP 47's conventional case: language lower, script title, region upper.
  const subtags = rest.map((subtag) => (subtag.length === 4 ? subtag[0]!.toUpperCase() + subtag.slice(1).toLowerCase() : subtag.length === 2 ? subtag.toUpperCase() : subtag.toLowerCase()));
  return [primary!.toLowerCase(), ...subtags].join('-');
}

/**
 * Whether `document` names `book`'s language less precisely (`en` in an `en-GB` book): the
 * document then says nothing the book does not, and the book's variety stands.
 */
export function vaguerLanguage(document: string, book: string | undefined): boolean {
  if (book === undefined) return false;
  const [documentPrimary, ...documentRest] = document.toLowerCase().split('-');
  const [bookPrimary, ...bookRest] = book.toLowerCase().split('-');
  return documentPrimary === bookPrimary && documentRest.length < bookRest.length && bookRest.slice(0, documentRest.length).join('-') === documentRest.join('-');
}
