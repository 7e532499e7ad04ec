import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { isDateLine, isHeadline, isProse, isTitleLike, isTurnOfPiece, joinedNames, joinWrapped, speakerLabels } from './_web-lines.ts';
import { THIS_PAGE, addressesReader, endsOnArrow, saysCommentsClosed, isButton, isCountOrSort, isFieldLabel, isThreadLabel, opensOnSignIn, opensOnSiteWord, siteWordHits, speaksOfReadersOwn, topicWords, weakSiteWordHits } from './_web-vocabulary.ts';
import { isSignOff } from './web-related-links.ts';
import { chromeLine, isListEntry, isListLabel, isTag, isTagLabel } from './_web-chrome.ts';

/** Most words a line of a site's furniture runs to: a comment policy or a cookie notice, never an article's paragraph. */
const MAX_TAIL_WORDS = 30;
/** How a site states a rule: what will, may or must happen, what it reserves. */
const RULE_VERB = /\b(?:will|may|must|cannot|reserve|should)\b/i;
/** Most words of a site's statement of its rules (comment moderation, privacy) after the article. */
const MAX_POLICY_WORDS = 60;
/** Most words of a short sentence that may stand in a comment form or appeal ("Be the first to respond."). */
const MAX_SOFT_WORDS = 20;

/**
 * A name or a place under a closing, or a word of the writer's own at the end: up to four
 * words, each capitalised, maybe after a dash, quote or bracket ("J. W. Arkwright", "Marston
 * Vale", "—Edith", "(Applause)").
 */
function readsAsName(line: Line): boolean {
  // Two signers or a firm's partners joined by "and" ("Hosken, Pender and Rowse") are names each.
  return joinedNames(line.text.trim().replace(/^[—–\-("“‘'[*_]+/u, ''), (part) => {
    const words = part.split(/\s+/);
    return words.length <= 4 && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
  });
}

/** A verb in the present or a modal: how a site states its rules. */
const PRESENT = /\b(?:is|are|will|may|must|can|cannot|should|need|needs|remain|remains|appear|appears)\b/i;

/** Most words of a comment form's prompt ("What do you think?", "Have you been there?"). */
const MAX_PROMPT_WORDS = 8;

/** A short question put to the reader ("you", "your"), or a call to the reader about this page: a form's prompt when a form's fields follow it. */
function isPromptToReader(text: string): boolean {
  const t = text.trim();
  if (wordCount(t) > MAX_PROMPT_WORDS || !/\b(?:you|your)\b/i.test(t)) return false;
  // Or a call to the reader about the page itself, with no stop ("Tell us what you made of this article").
  return /\?["”’]?$/.test(t) || (THIS_PAGE.test(t) && !/[.,;:]$/.test(t));
}

/**
 * A form's heading addressed to the reader, with no stop: a possessive of the reader's or a polite imperative ("Your memories of
 * this place", "Ihre Meinung", "Diskutieren Sie mit"); over the form's own evidence it is the form's, not the body's closing line.
 */
function isFormHeadToReader(text: string): boolean {
  const t = text.trim();
  return wordCount(t) <= MAX_PROMPT_WORDS && !/[.!,;:]["”’]?$/.test(t) && speaksOfReadersOwn(t);
}

type Role = 'evidence' | 'neutral' | 'soft' | 'soft evidence' | 'text';

/**
 * What a line after the article's body can be, from its shape and the site words it uses:
 * positive evidence of furniture (a site word in a short line or one that speaks to the reader,
 * a count of comments, a sort control, a field label, an arrow), neutral (a button or a
 * title-like line: a link, a form's heading), soft (a short sentence or question, furniture only
 * beside evidence), or text (a list item, a line going on from another, a long sentence).
 */
/** A tick box, an arrow or an icon opening or closing a line: a form's control or a link's label ("☐ I agree", "↑ Back to top", "Print ⎙"). */
const CONTROL_MARK = /^[☐☑☒□■✓✔↑↓←→⟶⟵▲►▶»›⤴]\s|\s[↑↓→⟶»›⎙✉☰]$/u;
/** A row of icons: symbols and letters standing for them, no word of three letters ("f  ✉  in"). */
function isIconRow(t: string): boolean {
  return /\p{So}/u.test(t) && !/\p{L}{3}/u.test(t);
}

/** An icon (a star, a pointer, a pictogram), then a capitalised link's words. */
const ICON_LINK = /^\p{So}\uFE0F?\s+(\p{Lu}.*)$/u;
/** Most words of a link set off by an icon. */
const MAX_ICON_LINK_WORDS = 8;

/** The reader addressed ("you", "please"): a long sentence's "we" is as often the writer's. */
function speaksToReader(text: string): boolean {
  return /\b(?:you|your|please)\b/i.test(text);
}

/** Most words of a button's label closed by its icon ("Save for later ☆", "Copy the link 🔗"). */
const MAX_ICON_LABEL_WORDS = 4;
/** A short label closed by an icon of any kind after a space: a button's, not a sentence's end. */
function isIconLabel(t: string, words: number): boolean {
  return words <= MAX_ICON_LABEL_WORDS && /\s\p{So}\uFE0F?$/u.test(t) && !SENTENCE_END.test(t.replace(/\s\p{So}\uFE0F?$/u, ''));
}

/** Most words of a card's reading time ("⏱ 4 min", "Lesedauer etwa 5 Minuten"). */
const MAX_READING_TIME_WORDS = 5;
/** A number of minutes in the commoner European languages. */
const MINUTES = /(?<!\d)\d{1,3}\s*(?:min\.?|mins|minutes?|minuten|minuter|minutter|minuti|minutos|minut|minuty|minuuttia)(?!\p{L})/iu;

/**
 * A link card's own details: an icon before a date ("🕒 May. 24, 2022"), or a short line giving minutes with no sentence
 * ("⏱ 4 min", "Lesedauer etwa 5 Minuten"): a site's line about another page, never a line of the text's.
 */
function isCardDetail(t: string, words: number): boolean {
  const iconed = /^\p{So}\uFE0F?\s*(.*)$/u.exec(t);
  if (iconed && (isDateLine(iconed[1]!) || (/\b(?:1[89]|20)\d\d$/.test(iconed[1]!) && wordCount(iconed[1]!) <= MAX_READING_TIME_WORDS))) return true;
  return words <= MAX_READING_TIME_WORDS && MINUTES.test(t) && !/[.!?,;:]["”’)]*$/u.test(t);
}

function roleOf(text: string): Role {
  const t = text.trim();
  const words = wordCount(t);
  if (CONTROL_MARK.test(t) || isIconRow(t) || isIconLabel(t, words) || chromeLine(t) !== undefined || isCardDetail(t, words)) return 'evidence';
  // A site's rules for its comments or mail, longer than a form's line: three site words or more, spoken to the reader or for the site,
  // stated as a rule ("Comments are moderated … we reserve the right … Your email will not be shown."); a paragraph telling of
  // the comments and e-mails readers sent ("you can still see …") states no rule.
  if (words > MAX_TAIL_WORDS && words <= MAX_POLICY_WORDS && siteWordHits(t) >= 3 && addressesReader(t) && RULE_VERB.test(t) && !/^\p{Ll}/u.test(t)) return 'evidence';
  // A link set off by an icon ("★ Boats — editor's choice", "✦ Family history"): a few capitalised words after it, no sentence; a link
  // needs other evidence beside it.
  const iconed = ICON_LINK.exec(t);
  if (iconed && wordCount(iconed[1]!) <= MAX_ICON_LINK_WORDS && !SENTENCE_END.test(t)) return 'neutral';
  if (/^(?:[•▪●*–-]|\d+[.)]|\[\d+\])\s/.test(t) || /^\p{Ll}/u.test(t) || /[,;]$/.test(t) || words > MAX_TAIL_WORDS) return 'text';
  // A sentence that opens by asking the reader to sign in or register ("Log in or create an account to join the conversation."): the site's instruction.
  if (SENTENCE_END.test(t) && words <= MAX_SOFT_WORDS && opensOnSignIn(t)) return 'evidence';
  // A site's rules for its comments in a sentence or two: one opens on the site's word as its subject and states a rule,
  // spoken to the reader or for the site ("We read every one. Comments that are off topic will be removed.").
  if (
    SENTENCE_END.test(t) &&
    addressesReader(t) &&
    t.split(/(?<=[.!?])\s+/).some((sentence) => opensOnSiteWord(sentence) && RULE_VERB.test(sentence))
  )
    return 'evidence';
  const hits = siteWordHits(t);
  if (isCountOrSort(t) || isFieldLabel(t) || endsOnArrow(t) || saysCommentsClosed(t)) return 'evidence';
  // A sentence may tell of a subscription or an e-mail; furniture speaks to the reader, or is a label, or is all site words.
  const sentence = SENTENCE_END.test(t);
  if (hits > 0 && ((words <= 8 && !sentence) || (addressesReader(t) && (words <= MAX_SOFT_WORDS || speaksToReader(t))) || (hits >= 2 && words <= 12) || (words <= 8 && weakSiteWordHits(t) > 0))) return 'evidence';
  // A link's label or a headline in a list of links, up to a long one ("What the archives tell us about the rents people paid in the war").
  if (isButton(t) || (isTitleLike(t) && !isProse(t)) || isHeadline(t)) return 'neutral';
  // A form's heading addressed to the reader ("Your own memories of the canal"): neutral, a form's head only over the form's evidence.
  if (isFormHeadToReader(t)) return 'neutral';
  // A short sentence in the present whose subject is the site's machinery ("Replies are closed."): the page speaks of
  // itself; a sentence of the piece about comments or shares tells of the past ("Comments like these were common.").
  if (hits > 0 && words <= MAX_SOFT_WORDS && sentence && opensOnSiteWord(t) && PRESENT.test(t)) return 'evidence';
  // A short sentence with a site word ("Be the first to comment."): evidence inside the run, the body's own line at its head.
  if (hits > 0 && words <= 8 && sentence) return 'soft evidence';
  if (words <= MAX_SOFT_WORDS && SENTENCE_END.test(t)) return 'soft';
  return 'text';
}

/** A block of several short lines ending on punctuation, or set in lower case: a stanza, an address, a list. */
function isVerseLike(block: readonly Line[]): boolean {
  return block.length > 1 && block.some((line) => /[.,;:!?]["”’)]*$/.test(line.text.trim()));
}

/**
 * Blocks that are a list the site set under a label: the label ("Most read", "Tags") and the
 * entries under it, in the same block or in blocks of their own down to the first block that
 * is not an entry. A numbered list with no such label is the text's own and stays its own.
 */
function labelledLists(blocks: readonly (readonly Line[])[]): boolean[] {
  const listed: boolean[] = [];
  let under: 'list' | 'tags' | undefined;
  blocks.forEach((block, b) => {
    const first = block[0]!.text.trim();
    const label = isListLabel(first) ? 'list' : isTagLabel(first) ? 'tags' : undefined;
    const entry = (line: Line): boolean => (under === 'tags' || label === 'tags' ? isTag(line.text) : isListEntry(line.text));
    if (label) {
      under = label;
      listed[b] = block.slice(1).every(entry);
      if (!listed[b]) under = undefined;
      return;
    }
    listed[b] = under !== undefined && block.every(entry);
    if (!listed[b]) under = undefined;
  });
  return listed;
}

/** What a whole block is: furniture with evidence, neutral or soft lines only, or text. */
/** A part of a postal address set on its own line and closed by a comma ("Marsh Press,", "2 Cross Street,"). */
function isAddressPart(text: string): boolean {
  const t = text.trim();
  return /,$/.test(t) && wordCount(t) <= 6 && /^[\p{Lu}\p{N}]/u.test(t) && !SENTENCE_END.test(t.slice(0, -1));
}

/** Fewest topic words a short sentence must share with the text above it, and the share of its own they must make. */
const MIN_BODY_WORDS = 2;
/** Fewest words of a block that is one of the text's paragraphs. */
const PARAGRAPH_WORDS = 20;
const BODY_SHARE = 0.5;

/**
 * The block's topic words are the text's: at least two of them, and half or more, occur in the paragraphs above it. A site's
 * short sentences ("Thank you for reading.", "Be the first to respond.") speak of the site and the reader, not of the
 * text's subject.
 */
function usesBodyWords(block: readonly Line[], above: readonly (readonly Line[])[]): boolean {
  const own = [...new Set(topicWords(block.map((l) => l.text).join(' ')))];
  if (own.length < MIN_BODY_WORDS) return false;
  // The text's paragraphs only, and no copy of the block's own lines: a site sets its lists of links twice.
  const lines = new Set(block.map((l) => l.text.trim()));
  const paragraphs = above.filter((b) => wordCount(b.map((l) => l.text).join(' ')) >= PARAGRAPH_WORDS);
  const body = new Set(topicWords(paragraphs.flatMap((b) => b.filter((l) => !lines.has(l.text.trim())).map((l) => l.text)).join(' ')));
  const shared = own.filter((w) => body.has(w)).length;
  return shared >= MIN_BODY_WORDS && shared >= BODY_SHARE * own.length;
}

/** Most words of a link in a site's footer. */
const MAX_LINK_WORDS = 4;

/** A short link, maybe after a bullet or dash: a few capitalised words, no stop, no comma ("• About us", "– Masthead"). */
function isShortLink(text: string): boolean {
  const t = text.trim().replace(/^[•▪●*–-]\s+/u, '');
  return /^[\p{Lu}\p{N}]/u.test(t) && wordCount(t) >= 1 && wordCount(t) <= MAX_LINK_WORDS && !/[.!?,;:]["”’)]*$/u.test(t);
}

/** Fewest words of a headline longer than a title-like line: shorter ones are title-like already. */
const MIN_LONG_HEADLINE_WORDS = 15;

/** A headline longer than a title-like line, alone in its block: at the run's head it may be the body's last paragraph that lost its stop. */
function isLongHeadlineBlock(block: readonly Line[]): boolean {
  return block.length === 1 && wordCount(block[0]!.text) >= MIN_LONG_HEADLINE_WORDS && isHeadline(block[0]!.text);
}

function blockRole(lines: readonly Line[], listed = false): Role {
  if (listed) return 'evidence';
  const block = joinWrapped(lines);
  // Beside a line of the site's chrome (a policy, an address, a network), a short capitalised link, maybe after a bullet
  // ("• About us", "Jobs"), is one more of its links, and a comma-closed line a part of its address, not the text's own list.
  // A list with bullets is the text's own unless two of its lines are chrome: one item may name a network or a policy.
  const chrome = block.map((line) => chromeLine(line.text) !== undefined);
  const bulleted = block.some((line) => /^\s*[•▪●*–-]\s/u.test(line.text));
  const chromed = chrome.filter(Boolean).length >= (bulleted ? 2 : 1);
  const roles = block.map((line, i) => (chromed && !chrome[i] && (isAddressPart(line.text) || isShortLink(line.text)) ? 'neutral' : roleOf(line.text)));
  if (roles.includes('text')) return 'text';
  if (roles.includes('evidence')) return 'evidence';
  if (roles.every((r) => r === 'neutral')) return isVerseLike(lines) ? 'text' : 'neutral';
  return roles.includes('soft evidence') ? 'soft evidence' : 'soft';
}

/**
 * The page after the article's body: comment forms, related links, sign-up boxes, appeals,
 * cookie notices and footers, read back from the page's end. Blocks are taken while each is
 * furniture-shaped (no list item, no long sentence, no line going on from another, no stanza);
 * the walk stops at the body's last block or the writer's sign-off. The run goes only when it
 * holds positive evidence (a site word in a short line, a count of comments, a field label, an
 * arrow, a line of the site's chrome: a policy, a registration, a postal code or address, a
 * network or store, the site's maker, a dialog's control, a count of free pages; a list the
 * site set under its label, "Most read" over numbered titles with their dates and reading
 * times, "Tags" over one tag a line); short sentences at its head with no evidence of their own ("Thank you.") stay with the
 * body. The block where the walk stopped is listed as "kept, may be furniture" when it uses a site word.
 */
export const removePageTail: Pass = {
  ruleId: 'web/page-tail',
  run(text, ctx) {
    const blocks = splitBlocks(splitLines(text));
    const listed = labelledLists(blocks);
    // Speakers' labels counted outside each block: a label a link list repeats ("Live: …", "Live: …") names no speaker.
    const turns = speakerLabels(blocks);
    const turnsOutside = (b: number): Map<string, number> => {
      const outside = new Map(turns);
      for (const [label, n] of speakerLabels([blocks[b]!])) outside.set(label, (outside.get(label) ?? 0) - n);
      return outside;
    };
    let start = blocks.length;
    let evidence = false;
    // Whether the body ends on a name under a letter's closing: no short line or heading of the body's own follows it (a postscript is a sentence).
    let signed = false;
    const roles: Role[] = [];
    for (let b = blocks.length - 1; b > 0; b--) {
      const block = blocks[b]!;
      // A turn of the piece's interview, hearing or play ("Q: And do you still …?", "A: Most days. …") is the piece's words,
      // short as its lines are: the body goes on to there (isTurnOfPiece: a label used on lines of other blocks, a labelled question answered).
      const outside = turnsOutside(b);
      let role = block.some((_line, i) => isTurnOfPiece(blocks, b, i, outside)) ? 'text' : blockRole(block, listed[b]);
      // A bare label over comments ("Conversation", "Discussion") directly over the form's own evidence is the form's head;
      // over prose or a short line it may be a section's heading.
      if (role === 'neutral' && block.length === 1 && isThreadLabel(block[0]!.text) && roles[b + 1] === 'evidence') role = 'evidence';
      // A letter's closing ("Your loving sister,") is followed by the writer's name and place: the letter's own end.
      // A second name-like line after the closing's name is a place, unless it is a site's word ("Discussion").
      const closingAt = [b - 1, b - 2].find((k) => k >= 0 && /,\s*$/.test(blocks[k]!.at(-1)!.text));
      const siteFreeLine = (line: Line): boolean => siteWordHits(line.text) + weakSiteWordHits(line.text) === 0;
      // The place under the writer's name may come glued under a picture's caption ("Foto: …" then "Marston Vale"): the
      // block's last line, a site-free name, directly under the name, is the letter's end (the caption stays, kept with it).
      const afterClosing =
        closingAt !== undefined &&
        ((block.every(readsAsName) && (closingAt === b - 1 || block.every(siteFreeLine))) ||
          (closingAt === b - 2 && block.length > 1 && blocks[b - 1]!.every(readsAsName) && readsAsName(block.at(-1)!) && siteFreeLine(block.at(-1)!)));
      if (role === 'text' || afterClosing || isSignOff(block, ctx.author)) {
        const hits = block.reduce((n, line) => n + siteWordHits(line.text), 0);
        signed = afterClosing;
        if (hits > 0 && evidence) ctx.keep(block[0]!.start, block.map((l) => l.text).join(' '), 'after the article, uses a site’s words, but reads as text');
        break;
      }
      // A short sentence with no site word whose topic words the text above uses ("See also BEET; ROOTS, STORAGE OF; SUGAR
      // BEET." under an entry on beet) is the body's own last line, however near a site's furniture it was set.
      if (role === 'soft' && usesBodyWords(block, blocks.slice(0, b))) {
        if (evidence) ctx.keep(block[0]!.start, block.map((l) => l.text).join(' '), 'after the article, among a site’s furniture, but in the text’s own words');
        break;
      }
      roles[b] = role;
      if (role === 'evidence' || role === 'soft evidence') evidence = true;
      start = b;
    }
    if (!evidence) return [];
    // Short sentences and questions right after the body are the body's own closing lines,
    // So are a name or a place set under them (a signature without its closing): up to four capitalised words, no site's word ("Discussion").
    // A short line there with no site word and no run of links under it stays with the body too, unless the body ended on its signature.
    const siteFree = (line: Line): boolean => siteWordHits(line.text) + weakSiteWordHits(line.text) === 0;
    // A headline longer than a title-like line stays there too, unless another such headline follows it: alone, it may be the body's last paragraph that lost its stop.
    const ownLine = (b: number): boolean =>
      roles[b] === 'neutral' &&
      (blocks[b]!.every((line) => readsAsName(line) && siteFree(line)) ||
        (!signed && roles[b + 1] !== 'neutral' && !listed[b + 1] && blocks[b]!.every(siteFree)) ||
        (isLongHeadlineBlock(blocks[b]!) && !(blocks[b + 1] !== undefined && isLongHeadlineBlock(blocks[b + 1]!))));
    // A short question put to the reader directly over a comment form's evidence is the form's own prompt.
    const formPrompt = (b: number): boolean =>
      (roles[b] === 'soft' || roles[b] === 'neutral') &&
      roles[b + 1] === 'evidence' &&
      blocks[b]!.length === 1 &&
      (isPromptToReader(blocks[b]![0]!.text) || isFormHeadToReader(blocks[b]![0]!.text));
    while (start < blocks.length && !formPrompt(start) && (roles[start] === 'soft' || (roles[start] === 'soft evidence' && !signed) || ownLine(start))) start++;
    if (start >= blocks.length) return [];
    return [{ start: blocks[start]![0]!.start, end: text.length, text: '', ruleId: 'web/page-tail', reason: 'comment form, links or notices after the article' } satisfies Edit];
  },
  describe: (_edit, old) => `Removed the page after the article (${old.trim().split('\n').filter((l) => l.trim()).length} lines)`,
};
