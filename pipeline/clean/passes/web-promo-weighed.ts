import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { addressesReader, CALL_TO_ACTION, siteWordHits, weakSiteWordHits } from './_web-vocabulary.ts';

/**
 * Words a site's own offers use (sign-ups, events, recordings, shops, gifts): general web
 * usage, counted as weights, never a wording.
 */
const OFFER_WORDS =
  /\b(?:subscri\p{L}*|newsletters?|digest|podcasts?|episodes?|videos?|watch|listen(?:ing)?|tickets?|events?|sale|shop|order|store|magazine|print|issues?|members?(?:hip)?|join|donat\p{L}*|gifts?|support(?:ers?)?|sign(?:ed)? up|free|today|now|first (?:appeared|published))\b/giu;
/** A link's marker at either end of a line: arrows, chevrons, a play sign, a trailing ellipsis, a bullet. */
const LINK_MARKER = /^\s*[»›▶▸►•→]|[→»›▶▸►…]\s*$/u;
/** Lower-case words of four letters or more that carry a topic (function words and the site's own words left out). */
const FUNCTION_WORDS = new Set(
  'about above after again against also been before being below between both could does down during each even from have having here into itself just more most much must only other over same should some such than that their them then there these they this those through under until very were what when where which while will with would your yours ours today free read more want every'.split(' '),
);
/** Most words of one line of a promotion, and most lines of its box. */
const MAX_LINE_WORDS = 20;
const MAX_BOX_LINES = 4;
/** A paragraph of the piece around it: a block of this many words or more. */
const PARAGRAPH_WORDS = 20;
/** The weight a block needs to go. */
const THRESHOLD = 4;
/** Most of a block's topic words the paragraphs around it may share: a heading or a real line shares many. */
const MAX_SHARED = 0.34;

function topicWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
}

/** Evidence that a block is a site's offer, as weights with their reasons. */
function weigh(block: readonly Line[]): { score: number; strong: boolean; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  const add = (weight: number, reason: string): void => {
    score += weight;
    reasons.push(reason);
  };
  const text = block.map((l) => l.text.trim()).join(' ');
  const site = siteWordHits(text);
  if (site) add(2 * Math.min(site, 2), `${site} site word(s)`);
  const offers = new Set((text.match(OFFER_WORDS) ?? []).map((w) => w.toLowerCase())).size;
  if (offers) add(Math.min(offers, 3), `${offers} offer word(s)`);
  else if (weakSiteWordHits(text)) add(1, 'a weak site word');
  if (addressesReader(text)) add(1, 'addresses the reader');
  if (block.some((l) => CALL_TO_ACTION.test(l.text.trim().replace(/^[»›▶▸►•→]\s*/u, '')))) add(1, 'an imperative first word');
  if (block.some((l) => /!\s*$/.test(l.text))) add(1, 'an exclamation');
  const marker = block.some((l) => LINK_MARKER.test(l.text));
  if (marker) add(2, 'a link marker');
  if (block.some((l) => /\p{Lu}{2}/u.test(l.text) && !/\p{Ll}/u.test(l.text))) add(1, 'a line in capitals');
  return { score, strong: site > 0 || offers >= 2 || marker, reasons };
}

/** A block that may be a box: short lines, none going on from another, quoted, or ending on a comma. */
function boxShaped(block: readonly Line[]): boolean {
  return (
    block.length <= MAX_BOX_LINES &&
    block.every((l) => wordCount(l.text) <= MAX_LINE_WORDS && !/^\s*[\p{Ll}"“‘'([]/u.test(l.text) && !/[,;:]\s*$/.test(l.text))
  );
}

const words = (block: readonly Line[] | undefined): number => (block ? block.reduce((n, l) => n + wordCount(l.text), 0) : 0);

/**
 * A site's offer set apart between two paragraphs of the piece, weighed rather than matched: a
 * short block (one to four short lines) that does not go on with the piece's topic (few of its
 * topic words occur in the paragraphs around it, where a real heading or line shares many) and
 * carries weights of a site's offer — site and offer words (subscribe, podcast, tickets,
 * members, free, today …), the reader addressed, an imperative or an exclamation, a link's arrow
 * or chevron, capitals. It goes only with strong evidence (a site word, two offer words or a
 * link marker) and enough weight; anything less stays.
 */
export const removeWeighedPromotion: Pass = {
  ruleId: 'web/weighed-promotion',
  run(text) {
    const blocks = splitBlocks(splitLines(text));
    const edits: Edit[] = [];
    for (let b = 1; b + 1 < blocks.length; b++) {
      const block = blocks[b]!;
      // A question on its own line is the piece's (an interviewer's, a speaker's), not an offer.
      if (!boxShaped(block) || (block.length === 1 && /\?["'”’]?\s*$/.test(block[0]!.text))) continue;
      const before = blocks[b - 1]!;
      // Between two paragraphs of the piece (a box of its own may stand next to it).
      const prev = words(before) >= PARAGRAPH_WORDS ? before : words(blocks[b - 2]) >= PARAGRAPH_WORDS && boxShaped(before) ? blocks[b - 2] : undefined;
      const next = words(blocks[b + 1]) >= PARAGRAPH_WORDS ? blocks[b + 1] : words(blocks[b + 2]) >= PARAGRAPH_WORDS && boxShaped(blocks[b + 1]!) ? blocks[b + 2] : undefined;
      if (!prev || !next || /:\s*$/.test(before.at(-1)!.text)) continue;
      const { score, strong, reasons } = weigh(block);
      if (!strong || score < THRESHOLD) continue;
      const own = new Set(topicWords(block.map((l) => l.text).join(' ')));
      const around = new Set(topicWords([...prev, ...next].map((l) => l.text).join(' ')));
      const shared = [...own].filter((w) => around.has(w)).length;
      if (own.size && shared / own.size > MAX_SHARED) continue;
      edits.push({
        start: block[0]!.start,
        end: blocks[b + 1]![0]!.start,
        text: '',
        ruleId: 'web/weighed-promotion',
        reason: `a site's offer set apart between paragraphs (weight ${score}: ${reasons.join(', ')}; ${shared} of ${own.size} topic words shared with the paragraphs around it)`,
      });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed promotion “${old.trim().replace(/\s+/g, ' ')}”`,
};
