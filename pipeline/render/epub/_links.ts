/** Schemes a reader can follow from inside an EPUB without the link pointing at a missing file. */
const FOLLOWABLE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The normalized href for a link that leaves the book, or undefined when the URL is
 * relative, malformed or of another scheme: relative links in texts collected from the web
 * point at files the EPUB does not hold, which EPUBCheck reports as errors.
 */
export function externalHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return FOLLOWABLE_SCHEMES.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
