import type { Line } from '../_lines.ts';
import { wordCount } from '../_lines.ts';
import { weigh, type Evidence } from '../_evidence.ts';

/**
 * The senses of a site's appeal to its reader, weighed by sense rather than matched by wording:
 * money or giving, membership, the site or the reading speaking of itself, and the reader asked.
 * Each sense counts once however many of its words a block uses, so no phrase decides alone; a
 * paragraph of the piece may tell of a subscription, a gift or a membership drive, but it does not
 * also speak of this page and ask its reader.
 */

/** Giving and paying: a gift, a contribution, funds, a price or a sum, generosity, a paywall. */
const MONEY =
  /\b(?:donat\p{L}*|donors?|gifts?|contribut\p{L}*|fund(?:s|ed|ing)?|funders?|chip(?:ping)? in|pitch(?:ing)? in|generosity|generous|afford|costs?|money|pay(?:s|ing)?|price|tip(?:s|\s+jar)?|sponsor\p{L}*|patrons?|patreon|paypal|paywall|buy (?:us|me) a|one-off|monthly|recurring|pledg\p{L}*|tax-deductible|matched)\b|[£$€]\s?\d|\b(?:a|per|each|every) (?:month|year|week)\b/iu;
/** Belonging: members, supporters, friends of the site, subscribers, joining, signing up. */
const MEMBERSHIP = /\b(?:members?(?:hip)?|supporters?|subscri\p{L}*|friends? of|join(?:ing)?|sign(?:ing)? up|newsletters?|inbox)\b/iu;
/** The page speaking of itself: this site or piece, our work or newsroom, our readers, what it rests on, its independence, a paywall, no adverts, the reader's liking of it. */
const THE_SITE =
  /\b(?:(?:this|our) (?:site|website|archive|page|pages|piece|article|articles|story|stories|essay|work|journalism|writing|project|team|newsletter|magazine|podcast|newsroom|reporting|reporters|writers|editors|mission|independence|coverage)|(?:we|we're|we’re|we are) (?:rely|relying|depend|depending|count|counting|run|survive|exist) (?:on|thanks to|because of)|independent (?:journalism|media|news|publishing|writing|history|reporting)|reader-(?:funded|supported)|the (?:site|website)|every (?:page|article|story|piece)|(?:our|its|my) readers|readers like you|(?:thanks|thank you) for reading|paywall|ad-free|no (?:ads|adverts|advertising))\b|\b(?:enjoy(?:ed)?|lik(?:e|ed)|lov(?:e|ed)|valu(?:e|ed)|found|appreciate) (?:this|reading|our|what you|what we do|the work we do)\b|^\s*(?:writing|work) like this\b/imu;
/** The reader asked: a request (please, could you, you can), thanks, the site resting on them, an imperative at a sentence's start. */
const ASKED = /\b(?:please|consider|(?:could|would|can|will) you|you can|help us|thank(?:s| you)|(?:on|like) you)\b/iu;
/**
 * Verbs of giving, belonging and passing on that open an appeal's sentence, or the main clause after a condition
 * ("Pledge …", "Renew …", "If this essay was worth your time, pass it on …"); a condition followed by a statement
 * ("If you read it closely, you will see …") asks nothing.
 */
const IMPERATIVE =
  /(?:^|[.!?]\s+|\bif\b[^.!?]{0,80}?,\s*)(?:give|donate|support|join|become|help|keep|add|pitch|chip|consider|back|fund|subscribe|sign|pay|make|spare|buy|pledge|renew|contribute|sponsor|adopt|pass|drop|tip|forward|share|set up)\b/iu;

/** Most words of an appeal: past this a block is a paragraph of the piece. */
const MAX_APPEAL_WORDS = 70;

/** The senses of an appeal a block holds, each weighed once. */
export function appealSenses(block: readonly Line[]): Evidence {
  const text = block.map((l) => l.text.trim()).join(' ');
  if (wordCount(text) > MAX_APPEAL_WORDS) return weigh([]);
  const money = MONEY.test(text);
  const membership = MEMBERSHIP.test(text);
  const site = block.some((l) => THE_SITE.test(l.text));
  const asked = ASKED.test(text) || IMPERATIVE.test(text);
  return weigh([
    money && { weight: 1, reason: 'speaks of giving or paying' },
    membership && { weight: 1, reason: 'speaks of members or sign-ups' },
    site && { weight: 1, reason: 'speaks of the site or its reading' },
    asked && { weight: 1, reason: 'asks the reader' },
  ]);
}

/** Whether an appeal's senses are enough for it to go: giving or belonging, the site speaking of itself, and the reader asked. */
export function isAppeal(evidence: Evidence): boolean {
  const has = (reason: string): boolean => evidence.findings.some((f) => f.reason === reason);
  return (has('speaks of giving or paying') || has('speaks of members or sign-ups')) && has('speaks of the site or its reading') && has('asks the reader');
}
