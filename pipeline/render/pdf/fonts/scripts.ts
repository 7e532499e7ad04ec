/**
 * The Unicode script of a character (UAX #24), for choosing a fallback font by script and for
 * knowing which runs are written right to left. JavaScript's `\p{Script=…}` does the lookup.
 */

/** Scripts a fallback font can be named for in the print theme, most common first. */
export const NAMED_SCRIPTS = [
  'Latin', 'Greek', 'Cyrillic', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Hebrew', 'Arabic', 'Devanagari',
  'Armenian', 'Georgian', 'Syriac', 'Thaana', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu',
  'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar', 'Ethiopic', 'Khmer', 'Mongolian', 'Bopomofo',
] as const;

const PATTERNS = NAMED_SCRIPTS.map((name) => [name, new RegExp(`^\\p{Script=${name}}$`, 'u')] as const);

const SHARED = /^[\p{Script=Common}\p{Script=Inherited}]$/u;

/**
 * `Common` stands for punctuation, digits, spaces and marks shared by scripts (Common,
 * Inherited); `Other` for a script not in NAMED_SCRIPTS (a fallback can be named for it).
 */
export function scriptOf(char: string): string {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return /[A-Za-z]/.test(char) ? 'Latin' : 'Common';
  if (SHARED.test(char)) return 'Common';
  for (const [name, pattern] of PATTERNS) if (pattern.test(char)) return name;
  return 'Other';
}
