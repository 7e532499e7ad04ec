import type { SpellingVariety, Speller } from './_words.ts';

/** British spellings and the American forms a US dictionary has for them. */
const BRITISH_ENDINGS: [RegExp, string][] = [
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/our(s|ed|ing|ite|ites|able|er|ers)?$/, 'or$1'],
  [/tre(s)?$/, 'ter$1'],
  [/ogue(s)?$/, 'og$1'],
  [/ence$/, 'ense'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/mme(s)?$/, 'm$1'],
];

/** Language tags whose spelling is British. */
const BRITISH_TAGS = /^en-(?:GB|UK|IE|AU|NZ|ZA|IN)\b/i;

/** Word uses with British spelling that a piece needs before it is checked as British. */
const MIN_BRITISH_USES = 2;
/** Share of words an English dictionary must know before a text without a language tag is taken for English. */
const MIN_ENGLISH_SHARE = 0.6;

/**
 * The text's spelling variety: from its language tag when it has one (`en-GB`), else from its
 * own words: British spellings the American dictionary lacks in that form but knows in the
 * American one ("colour", "organised", "programme") make it British; a text of which the
 * English dictionary knows few words is in another language and gets no spelling checks.
 */
export function spellingVariety(text: string, language: string | undefined, american: Speller): SpellingVariety {
  if (language) {
    if (!/^en\b/i.test(language)) return 'none';
    return BRITISH_TAGS.test(language) ? 'en-GB' : 'en-US';
  }
  const words = text.match(/\p{Ll}{3,}/gu) ?? [];
  if (words.length === 0) return 'en-US';
  let known = 0;
  let british = 0;
  const verdicts = new Map<string, boolean>();
  for (const word of words) {
    let isKnown = verdicts.get(word);
    if (isKnown === undefined) verdicts.set(word, (isKnown = american.correct(word)));
    if (isKnown) known++;
    else if (BRITISH_ENDINGS.some(([ending, us]) => ending.test(word) && american.correct(word.replace(ending, us)))) british++;
  }
  if (known + british < words.length * MIN_ENGLISH_SHARE) return 'none';
  return british >= MIN_BRITISH_USES ? 'en-GB' : 'en-US';
}
