import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { isStrongProse, weigh, reasons, type Evidence } from '../_evidence.ts';
import { CALL_TO_ACTION } from './_web-vocabulary.ts';
import { appealSenses, isAppeal } from './_web-appeal.ts';
import { boxEdit } from './_web-lines.ts';

/** Labels a site puts before a link to another of its pages: "Read more:", "Related:", "See also:". */
const LINK_LABEL =
  /^(?:read more|read next|read also|also read|more to read|related(?: articles?| stories| reading| posts?)?|see also|also on (?:this site|[\p{L} ]{2,20})|you (?:might|may) (?:also )?(?:like|enjoy)|recommended(?: for you)?|more (?:on|from|about) [\p{L} ]{2,30}|don['’]t miss|watch|listen|explore|trending|popular now)\s*[:|»>→-]\s*\S/iu;

/** Words of a request for money or sign-ups. */
const APPEAL_WORDS =
  /\b(?:donat(?:e|ion|ions|ing)|give (?:today|now|monthly)|gift|support(?:er|ers|ing)? (?:us|our|independent|this)|become a (?:supporter|member|patron|subscriber)|subscribe|subscription|sign up|newsletter|inbox|funded by readers|readers like you|no (?:advertisers|paywall|ads)|keep (?:us|this site|these articles) (?:online|free|going|alive)|help us|every (?:pound|dollar|euro|penny|contribution)|patreon|paypal|chip in)\b/i;

/** Words of how a site is paid for and what it asks: funding, contributions, donors, a one-off or monthly gift. */
const FUNDING =
  /\b(?:fund(?:ed|ing|s)?|funders?|contribut\p{L}*|donors?|patrons?|sponsors?|charity|reader-(?:funded|supported)|spare|chip in|one-off|monthly|pay what|value (?:our|this|my)|independent|costs? (?:money|us)|hosting|tips?|membership|members who|worth a (?:pound|dollar|euro)|pay what)\b/giu;
/** A sum asked for: "£5", "$10 a month", "from €3". */
const MONEY = /[£$€]\s?\d|\b\d+ ?(?:pounds|dollars|euros)\b|\b(?:a|per) (?:month|year)\b/iu;
/** Verbs an appeal's lines open on, beyond the shared call-to-action verbs. */
const ASKING = /^(?:make|consider|pay|spare|keep|please|back|fund|chip|can you|could you|will you|would you)\b/i;
/** Most words of one line of an appeal's box; longer, the block is a paragraph. */
const BOX_THRESHOLD = 4;
/** The weight an appeal's box needs to go without standing at the very end. */
const STANDALONE_BOX_THRESHOLD = 6;
const MAX_BOX_LINE_WORDS = 25;

/** An appeal's box of two lines or more at the end of the page, weighed on funding, money, the reader addressed and the box's shape. */
function appealBoxEvidence(block: readonly Line[]): Evidence {
  if (block.length < 2 || block.length > 6 || block.some((l) => wordCount(l.text) > MAX_BOX_LINE_WORDS)) return weigh([]);
  const text = block.map((l) => l.text.trim()).join(' ');
  const funding = new Set((text.match(FUNDING) ?? []).map((w) => w.toLowerCase())).size;
  const asking = block.some((l) => CALL_TO_ACTION.test(l.text.trim()) || ASKING.test(l.text.trim())) || /\b(?:can|could|will|would) you\b/i.test(text);
  const last = block.at(-1)!.text.trim();
  return weigh([
    funding > 0 && { weight: Math.min(funding, 2), reason: 'words of how the site is paid for' },
    APPEAL_WORDS.test(text) && { weight: 1, reason: 'asks for money or a sign-up' },
    MONEY.test(text) && { weight: 2, reason: 'a sum asked for' },
    ADDRESS.test(text) && { weight: 1, reason: 'speaks to the reader' },
    asking && { weight: 1, reason: 'a line asks' },
    /^\s*([^\p{L}\p{N}\s])\s*\p{L}.{0,40}?\s*\1\s*$/u.test(block[0]!.text) && { weight: 1, reason: 'a label between ornaments' },
    wordCount(last) <= 4 && !SENTENCE_END.test(last) && /^\p{Lu}/u.test(last) && { weight: 1, reason: 'a button under it' },
  ]);
}

/** An appeal with every sense of one: giving and belonging, the site speaking of itself, the reader asked. */
function allSenses(block: readonly Line[]): boolean {
  const senses = appealSenses(block);
  return isAppeal(senses) && senses.score >= ALL_SENSES;
}
const ALL_SENSES = 4;
/** Most words of a line of the furniture under an article (a form's prompt, a link, a footer). */
const AFTER_BODY_LINE_WORDS = 25;

/** An appeal speaks to its reader, or for the site: "you", "your", "we", "us", "our", "please". */
const ADDRESS = /\b(?:you|your|we|us|our|please)\b/i;
/** Words a heading of an appeal may have ("Support independent writing"); longer, a block is a sentence that must address the reader. */
const HEADING_WORDS = 6;

function appealEvidence(block: readonly Line[]): Evidence {
  const text = block.map((l) => l.text.trim()).join(' ');
  const hits = text.match(new RegExp(APPEAL_WORDS.source, 'gi'))?.length ?? 0;
  // A paragraph of the piece may tell of a subscription or a gift; an appeal asks the reader for one.
  const asks = wordCount(text) <= HEADING_WORDS || ADDRESS.test(text) || hits > 1;
  return weigh([
    hits > 0 && asks && { weight: 2, reason: 'asks for money or a sign-up' },
    hits > 0 && !asks && { weight: 1, reason: 'speaks of money or a sign-up, to nobody' },
    hits > 1 && { weight: 1, reason: 'asks more than once' },
    wordCount(text) > 60 && { weight: -3, reason: 'long as a paragraph' },
  ]);
}

/**
 * Promotion inside and after a web article: a line that is only a label and a link to another
 * page ("Read more: <title>"), and requests for donations or sign-ups at the end of the page
 * (after the comments). Each needs positive evidence: the label before a link title, or the
 * wording of an appeal in a short final block.
 */
export const removePromotion: Pass = {
  ruleId: 'web/promotion',
  run(text) {
    const lines = splitLines(text);
    const blocks = splitBlocks(lines);
    const edits: Edit[] = [];
    const end = (b: number): number => (b + 1 < blocks.length ? blocks[b + 1]![0]!.start : text.length);
    // Requests at the end, read back from the last block.
    let tail = blocks.length;
    const evidenceOf = (block: readonly Line[]): Evidence => {
      const box = appealBoxEvidence(block);
      if (box.score >= BOX_THRESHOLD) return box;
      // An appeal worded in no words of the list: its senses (giving or belonging, the site itself, the reader asked) decide.
      const senses = appealSenses(block);
      return isAppeal(senses) ? senses : appealEvidence(block);
    };
    for (let b = blocks.length - 1; b > 0; b--) {
      const evidence = evidenceOf(blocks[b]!);
      if (evidence.score < 2) break;
      tail = b;
    }
    // Whether only short lines follow each block (a form, links, a footer): counted once from the end.
    const onlyShortAfter: boolean[] = [];
    for (let b = blocks.length - 1, short = true; b >= 0; b--) {
      onlyShortAfter[b] = short;
      short &&= blocks[b]!.every((l) => wordCount(l.text) <= AFTER_BODY_LINE_WORDS);
    }
    blocks.forEach((block, b) => {
      // An appeal's box in the second half of the page with strong evidence goes where it stands (furniture the other passes leave may follow it).
      // So does an appeal there that holds every sense of one (giving or belonging, the site itself, the reader asked).
      // Under the article's last paragraph (only short lines after it: a form, links, a footer), an appeal's three senses are enough.
      const afterBody = onlyShortAfter[b]!;
      const standalone =
        block[0]!.start >= text.length / 2 && (appealBoxEvidence(block).score >= STANDALONE_BOX_THRESHOLD || allSenses(block) || (afterBody && isAppeal(appealSenses(block))));
      if (b >= tail || (b > 0 && standalone)) {
        // A box set into a sentence spares the sentence's half glued to it (see boxEdit).
        edits.push(boxEdit(blocks, b, text.length, 'web/promotion', reasons(evidenceOf(block)), edits.at(-1)?.end ?? -1));
        return;
      }
      if (block.length !== 1) return;
      const line = block[0]!.text.trim();
      // A link's title: no sentence of prose after the label.
      if (LINK_LABEL.test(line) && !isStrongProse(line.replace(/^[^:|»>→]*[:|»>→-]\s*/, '')) && !SENTENCE_END.test(line.replace(/\?$/, ''))) {
        edits.push({ start: block[0]!.start, end: end(b), text: '', ruleId: 'web/promotion', reason: 'a label and a link to another page' });
      }
    });
    return edits;
  },
  describe: (_edit, old) => `Removed promotion “${old.trim().replace(/\s+/g, ' ')}”`,
};
