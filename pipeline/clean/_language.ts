import type { SpellingVariety, Speller } from './_words.ts';

/** Language tags whose spelling is British. */
const BRITISH_TAGS = /^en-(?:GB|UK|IE|AU|NZ|ZA|IN)\b/i;

/** Language tags, any region, whose language has a dictionary of its own (see DICTIONARIES in _words.ts). */
const OTHER_LANGUAGES = /^(fr|de|es|ru)(?:-|$)/i;

/** Word uses with British spelling that a piece needs before it is checked as British. */
const MIN_BRITISH_USES = 2;
/** Share of words an English dictionary must know before a text without a language tag is taken for English. */
const MIN_ENGLISH_SHARE = 0.6;

/** American endings whose British forms differ: a word with one that the British dictionary lacks is American evidence. */
const AMERICAN_ENDINGS = /(?:iz(?:e|es|ed|ing|ation|ations)|yz(?:e|es|ed|ing)|or|ors|ter|ters|og|ogs|ense|eled|eling|ler|lers)$/;

/**
 * The text's spelling variety: from its language tag when that names a region (`en-GB`), else
 * from its own words: words the British dictionary knows and the American one does not ("colour",
 * "organised", "programme", "mouldering") against words with American endings the British
 * dictionary lacks ("color", "organized"). A French, German, Spanish or Russian tag picks that
 * language's dictionary, any other non-English tag none. A text of which neither dictionary knows most words
 * is in another language and gets no spelling checks.
 */
export function spellingVariety(text: string, language: string | undefined, american: Speller, british: () => Speller): SpellingVariety {
  if (language) {
    const other = OTHER_LANGUAGES.exec(language);
    if (other) return other[1]!.toLowerCase() as SpellingVariety;
    if (!/^en\b/i.test(language)) return 'none';
    // "en" alone names the language, not its spelling: that is read from the text.
    if (/^en-/i.test(language)) return BRITISH_TAGS.test(language) ? 'en-GB' : 'en-US';
  }
  const uses = new Map<string, number>();
  for (const word of text.match(/\p{Ll}{3,}/gu) ?? []) uses.set(word, (uses.get(word) ?? 0) + 1);
  if (!englishProse(text, american, british)) return 'none';
  let total = 0;
  let known = 0;
  let britishUses = 0;
  let americanUses = 0;
  for (const [word, count] of uses) {
    total += count;
    if (american.correct(word)) {
      known += count;
      if (AMERICAN_ENDINGS.test(word) && !british().correct(word)) americanUses += count;
    } else if (british().correct(word)) {
      known += count;
      britishUses += count;
    }
  }
  if (total === 0) return 'en-US';
  if (known < total * MIN_ENGLISH_SHARE) return 'none';
  return britishUses >= MIN_BRITISH_USES && britishUses > americanUses * 2 ? 'en-GB' : 'en-US';
}

/**
 * Whether the text's prose is English, each word weighing as much as its line is long: a web page
 * around a French or German piece holds English menus, link titles and buttons, often more words
 * of them than the piece itself, but those stand on short lines, while the piece's paragraphs are
 * long ones. Counted word for word, such a page read as English and its words were "repaired" and
 * split ("tous" into "to us"); weighed by their lines, the paragraphs decide.
 */
function englishProse(text: string, american: Speller, british: () => Speller): boolean {
  let total = 0;
  let known = 0;
  for (const line of text.split('\n')) {
    const words = line.match(/\p{Ll}{3,}/gu);
    if (!words) continue;
    const weight = line.split(/\s+/).filter(Boolean).length;
    for (const word of words) {
      total += weight;
      if (american.correct(word) || british().correct(word)) known += weight;
    }
  }
  return total === 0 || known >= total * MIN_ENGLISH_SHARE;
}
