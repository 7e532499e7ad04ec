/**
 * What a file's document properties say that is not about the text. Word and PDF writers fill
 * the author field from the computer's account ("User", "Microsoft Office User", "Admin") and the
 * creation date from the clock: a book that printed them would credit "User" and date a piece of
 * 1921 to the day it was typed.
 */

/** Account and program names written into the author field, not a person's name. */
const ACCOUNT_NAME = /^(?:user|admin(?:istrator)?|owner|author|unknown|guest|default|pc|windows user|microsoft office user|microsoft account|python-docx|word|libreoffice|openoffice\.org)$/i;

/** The author a document's properties name, unless it is an account's or a program's. */
export function propertyAuthor(value: string | undefined): string | undefined {
  return value && !ACCOUNT_NAME.test(value.trim()) ? value : undefined;
}
