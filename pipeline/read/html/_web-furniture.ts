/**
 * The web passes that still matter after Readability has found the article: the site furniture
 * it keeps because it sits inside the article's own container. Each kind is judged on one block
 * of the article (a paragraph, list item or short div) as a whole, never on a part of a sentence.
 */

/** Channels a share bar names; a block of nothing else is a share bar. */
const CHANNEL = '(?:facebook|twitter|x|linkedin|reddit|whatsapp|telegram|pinterest|tumblr|mastodon|bluesky|threads|e-?mail|print|pdf|rss|copy link)';

const RULES: { ruleId: string; patterns: RegExp[] }[] = [
  {
    ruleId: 'html/share',
    patterns: [
      // Up to eight words after it, each set apart by white space: with the space optional, a long run of letters split every way (exponential).
      /^(?:share|tweet|print|e-?mail)(?: (?:this|the))?(?: (?:article|page|post|story|piece))?(?: (?:on|via|with))?\s*[:!]?\s*(?:[^\s.?!]+(?:\s+[^\s.?!]+){0,7})?$/i,
      new RegExp(`^(?:${CHANNEL}[\\s|,·•/]*){1,10}$`, 'i'),
    ],
  },
  {
    ruleId: 'html/sign-up',
    patterns: [
      /^(?:subscribe|sign up|join)\b.{0,120}\b(?:newsletter|mailing list|updates|inbox|e-?mails?)\b/i,
      /^(?:get|receive) (?:our|the|new) .{0,80}\b(?:newsletter|in your inbox|by e-?mail)\b/i,
      /^(?:enjoyed|liked) this (?:article|post|piece)\?.{0,120}\b(?:subscribe|sign up|support)\b/i,
    ],
  },
  {
    ruleId: 'html/read-more',
    patterns: [/^(?:read more|continue reading|read the full (?:article|story)|keep reading)\b.{0,100}$/i, /^(?:related|see also|more from)\s*:.{0,160}$/i],
  },
  {
    // A button set as a paragraph of its own (“Subscribe now”, “Donate”): the words a button says, and nothing else.
    ruleId: 'html/button',
    patterns: [
      /^(?:subscribe|sign up|sign in|log in|register|donate|give|join|upgrade)(?: (?:now|today|here|for free|free|to (?:paid|premium)|us|again))?[.!]?$/i,
      /^(?:support|back) (?:us|our (?:work|journalism|reporting))(?: (?:now|today))?[.!]?$/i,
      /^(?:become|be) a (?:member|subscriber|supporter|patron|paid subscriber)(?: (?:now|today))?[.!]?$/i,
      /^(?:give|send) a gift(?: subscription)?$/i,
      /^(?:get|download) (?:the|our) app$/i,
      /^(?:leave|post|add|write) a comment$/i,
    ],
  },
  {
    ruleId: 'html/comment-count',
    patterns: [
      /^(?:\d+|no) (?:comments?|responses?|replies)(?: yet)?\.?$/i,
      /^comments?\s*\(\d+\)$/i,
      /^(?:leave|post|add|write) a (?:reply|comment)\b.{0,60}$/i,
      /^comments? (?:are|is) (?:now )?(?:closed|disabled)\.?$/i,
    ],
  },
];

/** Furniture is short: a block of more words than this is prose, whatever it opens with. */
const MAX_WORDS = 30;

/** The rule a block's text breaks, or undefined when it reads as part of the article. */
export function webFurnitureRule(text: string): string | undefined {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed || trimmed.split(' ').length > MAX_WORDS) return undefined;
  return RULES.find((rule) => rule.patterns.some((re) => re.test(trimmed)))?.ruleId;
}
