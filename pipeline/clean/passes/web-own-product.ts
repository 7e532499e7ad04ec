import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { CALL_TO_ACTION, framedAsSpeech } from './_web-vocabulary.ts';

/** Words from which a block is a paragraph of the piece. */
const PARAGRAPH_WORDS = 20;
/** Most words of a line that offers the site's own product, and most lines of its block. */
const MAX_CALL_WORDS = 10;
const MAX_NOTE_WORDS = 30;
const MAX_LINES = 3;

/** The things a site sells or sends of its own: an app, a newsletter, a podcast, an edition, an issue, tickets, a book. */
const PRODUCT =
  /\b(?:apps?|newsletters?|podcasts?|episodes?|audio(?:book)? version|audiobooks?|(?:print|digital|weekend|daily|weekly) (?:edition|issue)|e-?editions?|editions?|issues?|magazine|subscriptions?|tickets?|events?|webinars?|courses?|books?|guides?|guidebooks?|shop|store|merch(?:andise)?|gift (?:card|subscription)s?|member(?:ship)?s?|supporters?|subscribers?|patrons?)\b/iu;
/**
 * The page speaking of itself as a part of the site's own series, issue or collection: "This
 * article is part of our series on …", "This story appears in the May issue", in other tongues too.
 */
const PART_OF_OURS =
  /^\W*(?:this|the above) (?:article|story|piece|essay|post|report|interview|feature|episode|review)\b[^.!?]{0,40}?\b(?:is|was|forms?|appears?|appeared|belongs?|comes?)\b[^.!?]{0,30}?\b(?:our|the site['’]s)\s+(?:[\p{L}-]+\s+){0,3}?(?:series|collection|issue|edition|package|special|investigation|project|season|newsletter|podcast|archive|coverage)\b|^\W*(?:dieser|diese|dieses) (?:artikel|beitrag|text|bericht)\b[^.!?]{0,40}?\b(?:serie|reihe|ausgabe|schwerpunkt)\b|^\W*(?:cet|cette) (?:article|texte|enquête|reportage)\b[^.!?]{0,40}?\b(?:série|dossier|numéro)\b|^\W*(?:este|esta) (?:artículo|texto|reportaje)\b[^.!?]{0,40}?\b(?:serie|especial|número)\b/iu;
/** An advert's label in another tongue, alone on its line (the English labels are web/weighed-promotion's). */
const FOREIGN_ADVERT = /^\W*(?:anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|advertentie|reclame|reklame|annons|mainos|reklama|propaganda)\W*$/iu;

/** The news that a thing is out, on sale or coming: "out now", "now available", "on sale", "coming soon", "new episode", "pre-order". */
const RELEASE =
  /\b(?:out now|(?:is|are) (?:now )?out|now (?:available|on sale|open|streaming|live)|available (?:now|in (?:print|paperback|hardback|all|every|our)|from|to (?:order|buy|pre-order|download|stream))|on sale|in (?:all )?(?:good )?(?:shops|stores|bookshops)|coming (?:up|soon)|just (?:out|published|released|launched)|new (?:episode|issue|edition|season|series)|pre-?order|(?:latest|next) (?:episode|issue|edition))\b/iu;
/** The site speaks as itself: "our", "we", a label before a colon or dash ("New:", "Coming up on the podcast:"), a call, a price. */
const SITE_SPEAKS =
  /\b(?:our|we['’]ve|we['’]re|we have|we are)\b|^\W*(?:new|out now|coming (?:up|soon)|just (?:out|published)|now available|on sale|in (?:print|paperback)|available now)\b[^.!?]{0,40}?(?:[:|—–]|\s-\s)|[£$€]\s?\d|^\W*(?:buy|order|pre-order|get|grab|listen|watch|book|download|subscribe)\b/iu;
/** A sentence that tells of a thing past: the piece's own news of a book or a show, not the site's. */
const TOLD = /\b(?:was|were|had|did|would|could|went|came)\b/iu;
/** Most words of a line announcing the site's own product. */
const MAX_RELEASE_WORDS = 16;

const words = (block: readonly Line[] | undefined): number => (block ? block.reduce((n, l) => n + wordCount(l.text), 0) : 0);

/** Why one line is the site's own offer or label, or undefined. */
function ownProduct(text: string): string | undefined {
  const t = text.trim();
  if (FOREIGN_ADVERT.test(t)) return "an advert's label";
  if (wordCount(t) <= MAX_NOTE_WORDS && PART_OF_OURS.test(t)) return "the page as a part of the site's own series or issue";
  // A button's call: an imperative and the site's product, no more than a line ("Download the app", "Get the print edition").
  const call = t.replace(/^[»›▶▸►•→]\s*/u, '');
  if (wordCount(call) <= MAX_CALL_WORDS && CALL_TO_ACTION.test(call) && PRODUCT.test(call) && !/[,;:]/.test(call) && !/[.!?]\s+\S/u.test(call)) return "a call to the site's own product";
  if (wordCount(t) <= MAX_RELEASE_WORDS && PRODUCT.test(t) && RELEASE.test(t) && SITE_SPEAKS.test(t) && !TOLD.test(t)) return "the site's own product announced as out or on sale";
  return undefined;
}

/**
 * The site's promotion of its own products, set apart between the piece's paragraphs or under the
 * last of them: a button's call to an app, a newsletter, an edition or a podcast ("Download the
 * app", "Get the print edition"), the page naming itself as a part of the site's own series or
 * issue ("This article is part of our series on …"), an advert's label in another tongue
 * ("Anzeige", "Publicité"), the site's own product announced as out or on sale in its own voice
 * ("New: our guide to the docks is out now", "Coming up on the podcast: …", "Tickets for our talks
 * are on sale"). Each line of the block must be one; the piece's text must stand above
 * it. A sentence of the piece about an app or a series runs on, has commas, or is not the page
 * speaking of itself, and stays; so does a sentence telling of a book or a show in the past.
 */
export const removeOwnProduct: Pass = {
  ruleId: 'web/own-product',
  run(text, ctx) {
    const blocks = splitBlocks(splitLines(text));
    const edits: Edit[] = [];
    for (let b = 1; b < blocks.length; b++) {
      const block = blocks[b]!;
      if (block.length > MAX_LINES) continue;
      const why = block.map((l) => ownProduct(l.text));
      if (why.some((w) => w === undefined)) continue;
      // The piece's text above it, past at most one short block (a caption, another box).
      if (!blocks.slice(Math.max(0, b - 2), b).some((k) => words(k) >= PARAGRAPH_WORDS)) continue;
      // A line ending on a colon introduces what follows: the piece quotes or lists it.
      if (/:\s*$/.test(blocks[b - 1]!.at(-1)!.text)) continue;
      // The text around it reports it as someone's words ("Our next issue will be the last." / "So wrote the editor …").
      if (framedAsSpeech(blocks[b - 1]!.at(-1)!.text, blocks[b + 1]?.[0]?.text)) {
        ctx.keep(block[0]!.start, block.map((l) => l.text.trim()).join(' '), `may be the site's promotion (${[...new Set(why)].join(', ')}), but the text around it reports it as someone's words`);
        continue;
      }
      edits.push({
        start: block[0]!.start,
        end: b + 1 < blocks.length ? blocks[b + 1]![0]!.start : text.length,
        text: '',
        ruleId: 'web/own-product',
        reason: [...new Set(why)].join(', '),
      });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed promotion “${old.trim().replace(/\s+/g, ' ')}”`,
};
