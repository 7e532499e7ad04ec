/**
 * Quotation marks and the spaces around punctuation as a language sets them. `smarten` first
 * decides, from the characters around each straight quote, which are opening and closing
 * quotes (“ ” ‘ ’, English style); this turns them into the language's own:
 *
 * - double quotes (typed “ ” or decided from ") become the language's primary pair;
 * - a single pair ‘…’ becomes its secondary pair; a lone ’ stays an apostrophe;
 * - French puts a narrow no-break space inside « » and before ; ! ?, and a no-break space
 *   before a colon, where the text had a space or none (inside « » always);
 * - French sets a dash used as punctuation with a space on each side, the inside one no-break
 *   (see `frenchDashSpacing`).
 *
 * A language not in the table keeps the English marks: better the marks as decided than a
 * guess at a convention.
 */

interface QuoteStyle {
  primary: [string, string];
  secondary: [string, string];
  /** French spacing: thin spaces inside guillemets and before high punctuation. */
  french?: boolean;
}

const GUILLEMETS: [string, string] = ['«', '»'];
const ENGLISH: [string, string] = ['“', '”'];
const LOW_HIGH: [string, string] = ['„', '“'];
const SINGLE_LOW_HIGH: [string, string] = ['‚', '‘'];

const STYLES: Record<string, QuoteStyle> = {
  fr: { primary: GUILLEMETS, secondary: ENGLISH, french: true },
  de: { primary: LOW_HIGH, secondary: SINGLE_LOW_HIGH },
  'de-ch': { primary: GUILLEMETS, secondary: ['‹', '›'] },
  ru: { primary: GUILLEMETS, secondary: LOW_HIGH },
  uk: { primary: GUILLEMETS, secondary: LOW_HIGH },
  be: { primary: GUILLEMETS, secondary: LOW_HIGH },
  el: { primary: GUILLEMETS, secondary: ENGLISH },
  es: { primary: GUILLEMETS, secondary: ENGLISH },
  it: { primary: GUILLEMETS, secondary: ENGLISH },
  pt: { primary: GUILLEMETS, secondary: ENGLISH },
  ca: { primary: GUILLEMETS, secondary: ENGLISH },
  pl: { primary: ['„', '”'], secondary: GUILLEMETS },
  cs: { primary: LOW_HIGH, secondary: SINGLE_LOW_HIGH },
  sk: { primary: LOW_HIGH, secondary: SINGLE_LOW_HIGH },
  bg: { primary: LOW_HIGH, secondary: SINGLE_LOW_HIGH },
  nl: { primary: ENGLISH, secondary: ['‘', '’'] },
  sv: { primary: ['”', '”'], secondary: ['’', '’'] },
  fi: { primary: ['”', '”'], secondary: ['’', '’'] },
  da: { primary: ['»', '«'], secondary: ['›', '‹'] },
  no: { primary: GUILLEMETS, secondary: ENGLISH },
  nb: { primary: GUILLEMETS, secondary: ENGLISH },
  ja: { primary: ['「', '」'], secondary: ['『', '』'] },
  'zh-tw': { primary: ['「', '」'], secondary: ['『', '』'] },
  'zh-hant': { primary: ['「', '」'], secondary: ['『', '』'] },
  he: { primary: ['”', '”'], secondary: ['’', '’'] },
  ar: { primary: GUILLEMETS, secondary: ENGLISH },
};

/** Private-use stand-ins for a low-high pair found as typed, until it is set in the language's marks. */
const HELD = { open: '\uE000', close: '\uE001', openSingle: '\uE002', closeSingle: '\uE003' };

const NARROW_NBSP = '\u202F';
const NBSP = '\u00A0';

function styleFor(language: string | undefined): QuoteStyle | undefined {
  if (!language) return undefined;
  const tag = language.trim().toLowerCase();
  return STYLES[tag] ?? STYLES[tag.split('-').slice(0, 2).join('-')] ?? STYLES[tag.split('-')[0]!];
}

/** Whether the language sets its punctuation apart with spaces, as French does. */
export function spacesPunctuation(language: string | undefined): boolean {
  return styleFor(language)?.french === true;
}

/**
 * French dashes as punctuation, before their spaces are decided: a double hyphen (one opening
 * a line of dialogue too) and a spaced hyphen become an em dash, and an em dash set close to a word (English style) is set apart;
 * a dash the author typed spaced keeps its kind (an en dash, as much French typesetting uses
 * for an incise). Spaced on both sides, never collapsed as English dashes are.
 */
export function frenchDashes(input: string): string {
  let s = input;
  if (s.includes('--')) {
    s = s.replace(/(\S)[ \t]*---?[ \t]*(?=\S)/g, (m, before: string) => (m.includes('--') ? `${before} — ` : m));
    // A paragraph or line of dialogue opened by a double hyphen.
    s = s.replace(/(^|\n)---?[ \t]+(?=\S)/g, '$1— ');
  }
  if (s.includes(' - ')) s = s.replace(/(\S) +- +(?=\S)/g, '$1 — ');
  // (U+FDD0 is an address typography.ts holds aside: a URL's last character is as a word's.)
  if (s.includes('—')) s = s.replace(/([\p{L}\p{N}»”’)\]\uFDD0])[ \t]*—[ \t]*(?=[\p{L}\p{N}«“‘([\uFDD0])/gu, '$1 — ');
  return s;
}

/** English-style quotes (as smarten decides them) in the language's own marks and spacing. */
export function localizeQuotes(s: string, language: string | undefined): string {
  const style = styleFor(language);
  if (!style) return s;
  let out = s;
  // (Not where the text holds those private-use characters itself, which then stay as they are.)
  const hold = !/[\uE000-\uE003]/.test(s);
  // Marks the author already set low-high, as German and its neighbours type them („…“, ‚…‘;
  // Polish „…”): a closing “ or ‘ there is no opening mark. Each pair is held aside and set in
  // the language's own pair at the end.
  if (hold && out.includes('„')) out = out.replace(/„([^„“”\n]*)[“”]/g, `${HELD.open}$1${HELD.close}`);
  if (hold && out.includes('‚')) out = out.replace(/‚((?:[^‚‘’\n]|’(?=\p{L}))*)[‘’](?!\p{L})/gu, `${HELD.openSingle}$1${HELD.closeSingle}`);
  if (/[‘]/.test(out)) {
    // A ‘ closed by a ’ that no letter follows (an apostrophe inside, as in ‘don’t’, stays).
    out = out.replace(/‘((?:[^‘’]|’(?=\p{L}))*)’(?!\p{L})/gu, `${style.secondary[0]}$1${style.secondary[1]}`);
  }
  if (/[“”]/.test(out)) out = out.replace(/[“”]/g, (q) => (q === '“' ? style.primary[0] : style.primary[1]));
  if (hold && /[\uE000-\uE003]/.test(out)) {
    const marks: Record<string, string> = {
      [HELD.open]: style.primary[0],
      [HELD.close]: style.primary[1],
      [HELD.openSingle]: style.secondary[0],
      [HELD.closeSingle]: style.secondary[1],
    };
    out = out.replace(/[\uE000-\uE003]/g, (mark) => marks[mark]!);
  }
  if (style.french) out = frenchSpacing(out);
  return out;
}

/** Narrow no-break spaces inside « » and before ; ! ?, a no-break space before a colon, and inside dashes. */
function frenchSpacing(s: string): string {
  const spaced = s
    .replace(/«[ \u00A0\u202F]*/g, `«${NARROW_NBSP}`)
    .replace(/[ \u00A0\u202F]*»/g, `${NARROW_NBSP}»`)
    .replace(/(\S)[ \u00A0\u202F]+([;!?])/g, `$1${NARROW_NBSP}$2`)
    .replace(/(\S)[ \u00A0\u202F]+:(?=\s|$)/g, `$1${NBSP}:`);
  return /[—–]/.test(spaced) ? frenchDashSpacing(spaced) : spaced;
}

/** A dash set apart: spaces (or the start of the text) before it, and spaces, the end or closing punctuation after it. */
const SPACED_DASH = /(^|\n|[ \u00A0\u202F]+)([—–])(?:([ \u00A0\u202F]+)|(?=$|\n|[,.;:!?…)»\u0000]))|[.!?…](?=[ \u00A0\u202F]+[\p{Lu}«—–]|\n|$)/gu;

/**
 * The spaces around French dashes (Imprimerie nationale): a word space on each side, the one
 * inside the incise no-break, so that no line begins or ends inside it on a lone dash. The
 * dash that opens an incise keeps its space before and holds the word after it; the one that
 * closes it holds the word before; a dash that opens a paragraph (dialogue) holds the word
 * after. The no-break space is U+00A0, a word space that justifies as the others do. Dashes
 * pair up within a sentence: one left open at its end opened an incise the sentence closes.
 */
function frenchDashSpacing(s: string): string {
  let open = false;
  return s.replace(SPACED_DASH, (match, before: string | undefined, dash: string | undefined, after: string | undefined) => {
    if (dash === undefined) {
      open = false; // a sentence ends: no incise runs on past it
      return match;
    }
    if (before === '' || before === '\n') return `${before}${dash}${after === undefined ? '' : NBSP}`;
    if (!open && after !== undefined) {
      open = true;
      return ` ${dash}${NBSP}`;
    }
    open = false;
    return `${NBSP}${dash}${after === undefined ? '' : ' '}`;
  });
}
