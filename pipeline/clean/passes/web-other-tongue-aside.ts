import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { isDictionaryWord } from '../_words.ts';
import { splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { framedAsSpeech, reportsSpeech } from './_web-vocabulary.ts';
import { ownEntryBlocks } from './_web-offer.ts';

/**
 * The reader or the site named by a pronoun in the commoner European tongues (a closed class of
 * words, not any site's wording): "vous", "nos", "Sie", "uns", "os", "náš", "je m'…" on a button.
 */
const PRONOUN =
  /(?<!\p{L})(?:vous|votre|vos|nous|notre|nos|je m['’]|sie|ihr|ihre|ihnen|uns|unser\p{L}*|wir|du|dich|dir|dein\p{L}*|tu|te|tus|usted|nuestr\p{L}+|voi|vostr\p{L}+|noi|nostr\p{L}+|ci|você|nós|noss[oa]s?|jij|uw|ons|onze|wij|ty|wy|nas|nasz\p{L}*|náš|naše|našeho|vás|váš|vaše|os|jer|vores|dig|oss|vår\p{L}*|dere|deres)(?!\p{L})/iu;
/** A sum in a currency, either side of the figure. */
const SUM = /[£$€]\s?\d|\d\s?(?:[£$€]|kr|zł|Kč)(?!\p{L})/u;
/** A label set off from its text by a middle dot, a bar or a dash: "Reklama · …", "Newsletter — weekly, free". */
const SET_OFF = /\S\s+[·|•—–]\s+\S/u;

/** Most lines of such a block, most words of a line, and the fewest words it needs. */
const MAX_LINES = 4;
const MAX_LINE_WORDS = 16;
const MIN_WORDS = 3;
/** Words from which a block is a paragraph of the piece. */
const PARAGRAPH_WORDS = 20;
/** Share of a block's words, at least, the page's dictionary must not know for the block to be in another tongue. */
const OTHER_TONGUE_SHARE = 0.5;
/** Share of a paragraph's words the dictionary must know for the page to be in its own tongue there. */
const OWN_TONGUE_SHARE = 0.8;

const words = (block: readonly Line[] | undefined): number => (block ? block.reduce((n, l) => n + wordCount(l.text), 0) : 0);

/** The share of a text's lower-case words of three letters or more that the page's dictionary (or the page itself, twice) knows. */
function knownShare(text: string, ctx: PassContext): { share: number; count: number } {
  const found = text.match(/(?<![\p{L}'’])\p{Ll}[\p{Ll}'’]{2,}(?![\p{L}])/gu) ?? [];
  if (!found.length) return { share: 1, count: 0 };
  const known = found.filter((w) => isDictionaryWord(ctx.speller, w) || ctx.vocabulary.count(w) >= 3).length;
  return { share: known / found.length, count: found.length };
}

/**
 * A site's box in another tongue than the page's, set apart in an English page: a short block
 * (one to four lines) most of whose words the page's dictionary does not know, while the
 * paragraph above it is in the page's own tongue, and which carries a mark of a site speaking to
 * its reader that holds in any tongue: a pronoun of the reader or the site ("vous", "Sie", "uns",
 * "os", "náš"), a sum in a currency, or a label set off by a middle dot, a bar or a dash. Between
 * two paragraphs, or under the last one among the page's tail. A quoted block, a line going on
 * with a comma (verse, a letter's close) and a block the piece introduces with a colon stay.
 */
export const removeOtherTongueAside: Pass = {
  ruleId: 'web/other-tongue-aside',
  run(text, ctx) {
    const blocks = splitBlocks(splitLines(text));
    const edits: Edit[] = [];
    // The last paragraph of the piece: under it, only the page's tail (forms, links, boxes, a footer).
    let last = -1;
    for (let k = blocks.length - 1; k >= 0 && last < 0; k--) if (words(blocks[k]) >= PARAGRAPH_WORDS) last = k;
    const ownPrices = ownEntryBlocks(blocks);
    for (let b = 1; b < blocks.length; b++) {
      const block = blocks[b]!;
      // A priced entry of a text that prices its entries block after block (a wine merchant's list, whose wines are named
      // in their own tongue: "Sancerre, Domaine Vacheron — £24") is the text's: its sum and its dash are the list's.
      if (ownPrices[b]) continue;
      const joined = block.map((l) => l.text.trim()).join(' ');
      if (block.length > MAX_LINES || wordCount(joined) < MIN_WORDS || block.some((l) => wordCount(l.text) > MAX_LINE_WORDS)) continue;
      // A quoted block is someone's words; a line made a heading goes only as a label set off or with a sum ("Reklama · …"),
      // never on a pronoun alone (a heading in the piece may ask "Was wollen Sie?").
      if ((/^#/.test(joined) && !SET_OFF.test(joined) && !SUM.test(joined)) || /^["“‘'«„»(*_]/u.test(joined) || (joined.match(/["“”«»„]/gu) ?? []).length >= 2 || reportsSpeech(joined) || block.some((l) => /[,;:]\s*$/.test(l.text))) continue;
      // A sentence with a clause set between commas runs on as prose ("Read his letter, she said, and you will see …").
      if (block.some((l) => (l.text.match(/,/g) ?? []).length >= 2)) continue;
      if (!PRONOUN.test(joined) && !SUM.test(joined) && !SET_OFF.test(joined)) continue;
      const own = knownShare(joined, ctx);
      if (own.count < 2 || own.share > 1 - OTHER_TONGUE_SHARE) continue;
      // The page's own tongue above: the nearest paragraph within two blocks, not introducing it with a colon.
      // In the page's tail, the piece's last paragraph, however many short blocks stand between.
      const above = b > last && last >= 0 ? blocks[last] : blocks.slice(Math.max(0, b - 2), b).findLast((k) => words(k) >= PARAGRAPH_WORDS);
      if (!above || /:\s*$/.test(blocks[b - 1]!.at(-1)!.text)) continue;
      if (knownShare(above.map((l) => l.text).join(' '), ctx).share < OWN_TONGUE_SHARE) continue;
      // The text around it reports it as someone's words: a notice the piece quotes in its own tongue ("The sign in the window said:" / "That notice …").
      if (framedAsSpeech(blocks[b - 1]!.at(-1)!.text, blocks[b + 1]?.[0]?.text)) {
        ctx.keep(block[0]!.start, joined, "may be a site's box in another tongue, but the text around it reports it as someone's words");
        continue;
      }
      // The box's own label, made a heading just above it, in the same tongue: "## Helfen Sie uns" over its text.
      const label = blocks[b - 1]!;
      const labelTongue = label.length === 1 && /^#/.test(label[0]!.text) ? knownShare(label[0]!.text, ctx) : undefined;
      const withLabel = b - 1 > last && labelTongue !== undefined && labelTongue.count >= 1 && labelTongue.share <= 1 - OTHER_TONGUE_SHARE && PRONOUN.test(label[0]!.text);
      edits.push({
        start: (withLabel ? label : block)[0]!.start,
        end: b + 1 < blocks.length ? blocks[b + 1]![0]!.start : text.length,
        text: '',
        ruleId: 'web/other-tongue-aside',
        reason: `a site's box in another tongue than the page's (${Math.round((1 - own.share) * 100)}% of its words unknown to the page's dictionary), speaking to its reader`,
      });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed a box in another tongue “${old.trim().replace(/\s+/g, ' ')}”`,
};
