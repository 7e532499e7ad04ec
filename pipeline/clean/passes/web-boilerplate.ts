import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, endWithFollowingBlanks, splitLines, wordCount } from '../_lines.ts';
import { isCommentFormHead } from './_web-interface.ts';

/** What a share, print or mail button acts on. */
const THING = '(?:article|page|post|story|piece|essay|item|link)';
/** Buttons that pass a page on: to a network, a printer, a mailbox. */
const PASS_ON = '(?:share|tweet|print|e-?mail|send|forward|pin|post|save|bookmark|recommend|download|cite)';
/** Networks and channels a share bar names; a line of nothing else is a share bar. */
const CHANNEL = '(?:facebook|twitter|linkedin|reddit|whatsapp|telegram|pinterest|tumblr|mastodon|bluesky|threads|e-?mail|print|pdf|rss|copy link)';

/** A line of nothing but networks and channels: a share bar, or an item of a list the text introduces. */
const CHANNEL_ROW = new RegExp(`^(?:${CHANNEL}[\\s|,·•/]*){1,10}$`, 'i');

/** Fewest words of the text's line that introduces a list with a colon (a share bar's label is shorter, or says share or follow). */
const LIST_INTRO_WORDS = 6;

/** Lines that are site furniture wherever they stand. */
const FURNITURE: RegExp[] = [
  // Share and print buttons: "Share", "Tweet this article", "Print this page", "Share on Facebook", "Email this story to a friend".
  new RegExp(`^(?:share|tweet|print|e-?mail|pin it)!?:?$`, 'i'),
  new RegExp(`^${PASS_ON}(?: (?:this|the|our))? ${THING}\\b.{0,30}$`, 'i'),
  new RegExp(`^(?:share|tweet|post|send|pin)(?: (?:this|it))? (?:on|to|via|with) \\p{Lu}[\\p{L} ]{0,20}!?$`, 'iu'),
  CHANNEL_ROW,
  /^avatar( placeholder)?$/i,
  // Comment forms and their field labels: "Name *", "Email (required)", "Your comment".
  /your e-?mail address will not be published/i,
  /required fields are marked/i,
  /^(?:your )?(?:name|e-?mail(?: address)?|website|url|comment|message)\s*(?:\*|\((?:required|optional)\))\s*:?$/i,
  /\bakismet\b/i,
  /this (will|window will) close in \d+ seconds?/i,
  // Language versions of the page: "This article is also available in French", "Read this article in Spanish".
  new RegExp(`^(?:this|the) ${THING} is (?:also )?(?:available|translated) (?:in|into)(?:,? (?:and |or )?\\p{Lu}\\p{Ll}+)+\\.?$`, 'iu'),
  new RegExp(`^(?:read|view|see) (?:this|the) ${THING} in(?:,? (?:and |or )?\\p{Lu}\\p{Ll}+)+\\.?$`, 'iu'),
  /^(?:also )?available in:?(?:[,|/]? (?:and |or )?\p{Lu}\p{Ll}+)+\.?$/iu,
  /^(?:other )?(?:languages|translations):?(?:[,|/]? \p{Lu}\p{Ll}+)*$/iu,
  /^e-?mail .{0,40}\b(site changes|updates|newsletter)\b/i,
  /^(subscribe|sign up)( to| for)?( our)? (newsletter|mailing list|updates)/i,
  /^save my name, e-?mail,? and website/i,
  /^(post comment|cancel reply|skip to (main )?content|print this (page|article))$/i,
  // A search box's label or placeholder: "Search", "Search this site…".
  /^search(?: (?:this|the) (?:site|website|archive|blog))?(?:…|\.\.\.)?:?$/i,
  /^(?:↑\s*)?(?:back|return|go|jump|scroll) to (?:the )?top(?: of (?:the )?page)?\s*↑?$/i,
  /^(we use cookies|this (web)?site uses cookies)/i,
  /^(related|read more|you may also like|more articles)( articles| posts| stories)?:?$/i,
  // Post metadata: "Posted in History, Labour", "Tags: canals, unions", "Filed under: …".
  /^(?:tags?|tagged(?: with)?|categories|category|topics?|keywords|labels?|filed under|posted in)\s*:\s*\S/i,
];

/** Shorter than a sentence of prose: metadata and footers are a few words long. */
const MAX_FURNITURE_WORDS = 14;

/** Furniture whose words could also open a sentence, so it counts only when short and unpunctuated like a label. */
const SHORT_FURNITURE: RegExp[] = [
  // Footers: "© 2003 The Society, all rights reserved", "Copyright 2019 …".
  /^(?:copyright\b|©|\(c\)\s*\d{4})/i,
  /\ball rights reserved\.?$/i,
  /^(?:posted|filed|published) (?:in|under) \p{Lu}/u,
  /^(?:posted|published) (?:on|by) \S/i,
];

/** Separators of a breadcrumb trail: "Home > History > Canals". */
const CRUMB_SEPARATOR = /\s+(?:>|»|›|→|\||\/)\s+/;
const CRUMB_HOME = /^(?:home|main page|start|index)$/i;

/** A breadcrumb trail: short capitalised parts joined by arrows, starting at the home page or three parts long. */
export function isBreadcrumb(text: string): boolean {
  const parts = text.split(CRUMB_SEPARATOR);
  if (parts.length < 2 || parts.some((part) => wordCount(part) > 8 || !/^[\p{Lu}\p{N}]/u.test(part))) return false;
  // Figures in two parts or more make a table's row ("Salt | 4d | 6d | 9d"), not a trail of pages.
  if (parts.filter((part) => /^\p{N}/u.test(part)).length >= 2) return false;
  // A slash between capitalised lines is how verse is quoted inside prose; only a home link makes it a trail.
  if (CRUMB_HOME.test(parts[0]!)) return true;
  return parts.length >= 3 && !/\s\/\s/.test(text) && !SENTENCE_END.test(text);
}

export function isFurnitureLine(trimmed: string): boolean {
  if (FURNITURE.some((re) => re.test(trimmed))) return true;
  if (isBreadcrumb(trimmed)) return true;
  return wordCount(trimmed) <= MAX_FURNITURE_WORDS && !/[.!?]["”’)]*$/.test(trimmed.replace(/all rights reserved\.$/i, '')) && SHORT_FURNITURE.some((re) => re.test(trimmed));
}

/** A share block or comment form: once one begins near the end, the article is over. */
const TAIL_START: RegExp[] = [
  /^share (this|the)( article| post| page| story)?!?:?$/i,
  /^share (on|via) /i,
  /^(leave|post|add|write) a (reply|comment)\b/i,
  /^(\d+|no) (comments?|responses?|replies|thoughts)( yet)?\.?$/i,
  /^\d+ (comments?|responses?|replies|thoughts) (on|to) /i,
  /^comments?( \(\d+\))?:?$/i,
  /^comments? (are|is) (now )?(closed|disabled|turned off)\.?$/i,
];

/** A bare comments label: over a site's form or readers' thread, or an author's own section so named. */
const BARE_COMMENTS_LABEL = /^comments?:?$/i;
/** Words of a paragraph the author wrote: a thread opens on a name, a date or a form, not on prose. */
const PROSE_WORDS = 20;

/** How far into the text (as a fraction of its length) a share block or comment form has to be. */
const TAIL_REGION = 0.5;

/** Bare field labels ("Name", "Website") are furniture only where a comment form can be. */
const BARE_FIELD = /^(?:your )?(?:name|e-?mail(?: address)?|website|url|comment|message)\s*:?$/i;

export const removeBoilerplate: Pass = {
  ruleId: 'web/boilerplate',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    // Lines of networks under a line of the text that ends on a colon are the items of its list ("…three places:⏎Mastodon⏎Threads").
    let listIntroduced = false;
    for (const line of lines) {
      const trimmed = line.text.trim();
      if (!trimmed) continue;
      if (listIntroduced && CHANNEL_ROW.test(trimmed)) {
        ctx?.keep(line.start, trimmed, 'a network named as an item of a list the text introduces with a colon');
        continue;
      }
      listIntroduced = /:$/.test(trimmed) && wordCount(trimmed) >= LIST_INTRO_WORDS && !/\b(?:share|follow|find|connect|subscribe)\b/i.test(trimmed);
      const inTail = line.start >= text.length * TAIL_REGION;
      const formHead = !TAIL_START.some((re) => re.test(trimmed)) && isCommentFormHead(trimmed);
      if (inTail && (formHead || TAIL_START.some((re) => re.test(trimmed)))) {
        // "Comments" (or a form's heading in other words, "Have your say") over a paragraph of prose may be the author's own section: kept, and said.
        const next = lines.slice(line.index + 1).find((l) => l.text.trim() !== '');
        if ((formHead || BARE_COMMENTS_LABEL.test(trimmed)) && next && wordCount(next.text) >= PROSE_WORDS && SENTENCE_END.test(next.text.trim())) {
          ctx?.keep(line.start, trimmed, 'a comments label over a paragraph of prose, not a form or a thread');
          continue;
        }
        edits.push({ start: line.start, end: text.length, text: '', ruleId: 'web/boilerplate', reason: 'share block or comment form, and everything after it' });
        break;
      }
      if (isFurnitureLine(trimmed) || (inTail && BARE_FIELD.test(trimmed))) {
        edits.push({ start: line.start, end: endWithFollowingBlanks(lines, line.index, text.length), text: '', ruleId: 'web/boilerplate' });
      }
    }
    return edits;
  },
};
