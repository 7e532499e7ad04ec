import transliterate from '@sindresorhus/transliterate';

/** Fills `{name}` placeholders; an unknown name is left visible so a template typo shows in the book's proof. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2003-03-07` → `7 March 2003`; `1990-01` → `January 1990`; `2009` → `2009`. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/**
 * Lower-case ASCII words joined by hyphens, for ids and file names. Letters of other scripts
 * are transliterated first (Революция → revolyutsiya, Ελληνικά → ellinika); a text with
 * nothing that transliterates (Chinese, Hebrew) gives an empty slug, and the caller falls back
 * to something else it knows (the book's identifier, the section's number), never `untitled`.
 */
export function slugify(text: string, maxLength = 48): string {
  const slug = transliterateRest(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  return slug.slice(0, maxLength).replace(/-[^-]*$/, '') || slug.slice(0, maxLength);
}

/** Only what is still not ASCII once accents are stripped is transliterated, so ASCII titles keep the slugs they had. */
function transliterateRest(text: string): string {
  return text.replace(/[^\x00-\x7f]+/g, (run) => transliterate(run));
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
