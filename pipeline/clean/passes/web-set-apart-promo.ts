import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { addressesReader, endsOnArrow, framedAsSpeech, hasCallToAction, reportsSpeech, siteWordHitsBeyondVerb, THIS_PAGE } from './_web-vocabulary.ts';
import { offerEvidence, offerWordsAfterCall, ownEntryBlocks } from './_web-offer.ts';
import { boxEdit, isSpeakerTurn, speakerLabels } from './_web-lines.ts';

/** A label before a link to another page, in the general words sites use for it ("Don't miss:", "Read next:", "See also —"). */
const LINK_LABEL = /^(?:[\p{L}'’]+ ){0,2}(?:read|more|next|also|see|related|recommended|miss|watch|listen|popular|trending|sponsored|advertisement|promoted|partner|latest)\b[^:—–|]{0,12}\s*[:—–|]\s*\S/iu;
/** A call to become one of the site's members, friends, patrons or supporters: "Become a Friend of …", "Join our members". */
const MEMBERSHIP_CALL = /^\s*(?:become|join)\s+(?:(?:a|an|the|our)\s+)?(?:friends?|members?|patrons?|supporters?|subscribers?|donors?)\b/iu;
/** Most words of a line of a promotion. */
const MAX_PROMO_WORDS = 20;

/**
 * Positive evidence that one line is a call to action or a link to another page. `ownPrices`: the line's block is one of
 * a text's own priced entries (see ownEntryBlocks), where "Order by the case, £32" is the list's, and its price no offer's mark.
 */
function isPromoLine(text: string, ownPrices = false): boolean {
  const t = text.trim();
  // A quoted line, or a call the piece reports with its speech tag ("Join the guild, the notice said, …"), is someone's words.
  if (wordCount(t) > MAX_PROMO_WORDS || /^["“‘']/.test(t) || reportsSpeech(t)) return false;
  if (endsOnArrow(t)) return true;
  if (LINK_LABEL.test(t) && !SENTENCE_END.test(t.replace(/\?$/, ''))) return true;
  // A question answered in the same line with no site word ("Want more from the union? We wanted the yard back.") is dialogue.
  // The call may open the line or a later sentence of it ("Our latest issue is out. Grab a copy.").
  // A reader met only in a clause of condition, time or consequence ("Read Marx before you judge him.", "Give what you can.",
  // "Read the minutes, and you will see") is advice or a
  // speaker's call, not an offer, unless an offer's word or an exclamation says otherwise; the site speaking ("our", "us") or a thing
  // held out as the reader's ("Book your place") is an offer's address.
  const advice = /\b(?:before|after|if|when|until|unless|what|as|once|whether|and) you\b/i.test(t) && !/\b(?:our|us|we|your)\b/i.test(t);
  const offered = !advice || offerWordsAfterCall(t) > 0 || /!["”’]?$/u.test(t);
  // The call's own verb is a site word; a sentence that uses it of the piece's own things needs another site word besides it.
  const site = siteWordHitsBeyondVerb(t);
  // A call with a price in it ("Become a member from £4 a month") is an offer, wherever it stands; so is a call to become
  // the site's member, friend, patron or supporter ("Become a Friend of the gallery").
  return hasCallToAction(t) && (site > 0 || (/[£$€]\s?\d/u.test(t) && !ownPrices) || MEMBERSHIP_CALL.test(t) || (addressesReader(t) && offered && !/\?["”’]?\s+\S/u.test(t)) || THIS_PAGE.test(t));
}

/** Lines a promotion's box may hold: short, capitalised, none going on from another or ending on a comma. */
function boxShaped(block: readonly Line[]): boolean {
  return block.every((line) => wordCount(line.text) <= MAX_PROMO_WORDS && !/^\s*\p{Ll}/u.test(line.text) && !/[,;]\s*$/.test(line.text));
}

/**
 * A promotion set apart inside the article: a block between the piece's paragraphs of one to
 * four short lines, one of which is a call to action (an imperative with a site word, the
 * reader addressed or an exclamation), a link label ("Read next: …"), or ends on an arrow
 * ("Join today →"). Headings, quoted lines and lines going on from the text above stay.
 */
export const removeSetApartPromotion: Pass = {
  ruleId: 'web/set-apart-promotion',
  run(text, ctx) {
    const blocks = splitBlocks(splitLines(text));
    const edits: Edit[] = [];
    const turns = speakerLabels(blocks);
    const ownPrices = ownEntryBlocks(blocks);
    for (let b = 1; b + 1 < blocks.length; b++) {
      const block = blocks[b]!;
      const promo = (line: Line): boolean => isPromoLine(line.text, ownPrices[b]);
      if (block.length > 4 || !boxShaped(block) || !block.some(promo)) continue;
      // A box's other lines carry an offer's marks too (a label, a description of what it offers); a sentence or a question
      // with none, under or over the call, is the piece's own line set against a caption or a link, and the block stays.
      const others = block.filter((line) => !promo(line));
      if (others.some((line) => SENTENCE_END.test(line.text) && offerEvidence([line]).score === 0)) continue;
      // A line led by a speaker's label that opens another line of the piece too ("Q:", "A:", a name) is a turn of its
      // interview, however it addresses "you".
      if (others.some((line) => isSpeakerTurn(line.text, turns))) continue;
      // A line ending on a colon introduces what follows: a list, a quotation, a call the piece reports.
      if (/:\s*$/.test(blocks[b - 1]!.at(-1)!.text)) continue;
      // The text around it reports it as someone's words ("… called to the room." / "So wrote the editor …").
      if (framedAsSpeech(blocks[b - 1]!.at(-1)!.text, blocks[b + 1]![0]!.text)) {
        ctx.keep(block[0]!.start, block.map((l) => l.text.trim()).join(' '), "may be a call to action set apart, but the text around it reports it as someone's words");
        continue;
      }
      // The half of a sentence glued to the box stays (see boxEdit).
      edits.push(boxEdit(blocks, b, text.length, 'web/set-apart-promotion', 'a call to action or a link to another page, set apart in the text', edits.at(-1)?.end ?? -1));
    }
    return edits;
  },
  describe: (_edit, old) => `Removed promotion “${old.trim().replace(/\s+/g, ' ')}”`,
};
