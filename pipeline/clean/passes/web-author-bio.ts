import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { reasons, weigh, type Evidence } from '../_evidence.ts';
import { SENTENCE_END, splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { namesAuthor } from './_pdf-front.ts';
import { sameText } from './_web-lines.ts';
import { FIRST_PERSON, IS_ROLE, OPENS_ON_NAME, ROLE_AT, WRITES_ABOUT } from './_web-writer-note.ts';

/** Most words of a site's note on its author: two to four sentences. */
const MAX_BIO_WORDS = 90;
/** Weight from which a block goes; from KEEP it stays and is listed as "kept, may be furniture". */
const REMOVE = 5;
const KEEP = 3;
/** Weight a note on someone other than the book's author needs: a co-author's, with more than one sign of the site. */
const REMOVE_OTHER = 7;
/** Blocks looked at after the title, and short furniture blocks a tail's note may stand over. */
const HEAD_BLOCKS = 2;
const TAIL_AFTER = 3;
/** Most words of a byline or label standing over the note at the head. */
const SHORT_WORDS = 16;

/** Where the person's work has been published: "Her work has appeared in", "his essays have been published". */
const APPEARED =
  /\b(?:her|his|their)\s+(?:[\p{L}-]+\s+){1,6}?(?:(?:has|have|had)\s+(?:also\s+)?(?:appeared|been (?:published|featured|broadcast|shortlisted)|featured)|appeared (?:in|on))\b|\b(?:she|he|they)\s+(?:has|have)\s+(?:also\s+)?(?:written|reported|contributed)\s+(?:for|to)\b|\b(?:has|have)\s+(?:also\s+)?(?:written|reported)\s+(?:about|on|for)\s+(?:[\p{L}-]+\s+){0,4}?(?:for|over|since)\s+(?:\d+|a|two|three|four|five|six|ten|twenty|thirty|forty|many|several)\b/iu;
/** Where to follow the person: a pronoun after "follow", a handle, a network. */
const FOLLOW = /\bfollow\s+(?:her|him|them)\b|\b(?:read\s+)?more\s+(?:of|from|by)\s+(?:her|his|their)\s+(?:work|writing|articles|essays|stories|reporting)\b|(?:^|\s)@[\p{L}\d_]{2,}\b|\b(?:on|at)\s+(?:twitter|x|instagram|bluesky|mastodon|substack|linkedin|threads|facebook|tiktok)\b/iu;
/** Books to the person's name: "the author of", "her latest novel", "is out now". */
const AUTHOR_OF = /\b(?:is|as) the (?:co-?)?author of\b|\b(?:her|his|their) books (?:include|are)\b|['’]s (?:new|latest|first|second|third|debut|forthcoming) (?:book|novel|collection|memoir|study)\b|\b(?:is|are) (?:now |currently )?(?:working on|writing) (?:a|an|her|his|their) (?:new |first |second |third )?(?:book|novel|memoir|history|study|collection)\b|\bauthor of (?:the |two |three |several )?(?:novels?|books?|memoirs?|collections?|\p{Lu}|["“_*])|\b(?:her|his|their) (?:new|latest|first|second|third|debut|forthcoming) (?:book|novel|collection|memoir|study|album)\b|\b(?:is )?out now\b/iu;
/** Where the person lives, in the present. */
const LIVES = /\b(?:lives|based|divides (?:her|his|their) time)\s+(?:in|between|with|near|on|outside)\b/iu;
/** A label over the note: "About the author", "The author", "About Jane Smith". */
const LABEL = /^(?:[#*_]+\s*)?(?:about (?:the )?(?:authors?|writers?|contributors?)|about \p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|the authors?|authors?|contributors?|biography|bio)[:.]?(?:\s*[#*_]+)?$/iu;

/** Most words of a note that only names the author as its subject: one or two short sentences. */
const MAX_NAMED_NOTE_WORDS = 35;
/** Share of the page's blocks after which a note opening on the author's name is looked for: the article's own paragraphs stand above. */
const NAMED_NOTE_FROM = 0.5;
/** Most words of a label set over such a note ("About the writer", in whatever language). */
const MAX_NOTE_LABEL_WORDS = 8;

/**
 * A line that opens on the book's author's full name as its subject, the name followed by a word
 * in lower case ("Ann Roe writes …", "Ann Roe ist …", "Ann Roe est …"): the site speaking of its
 * writer in the third person, whatever its language. One or two short sentences, never the
 * writer speaking.
 */
function opensOnAuthorAsSubject(text: string, author: string | undefined): boolean {
  const name = author?.trim().replace(/\s+/g, ' ');
  if (!name || wordCount(name) < 2 || !/^\p{Lu}/u.test(name)) return false;
  // A short label may open the line before the name ("About the writer: Ann Roe is …", in whatever language).
  let t = text.trim().replace(/\s+/g, ' ');
  const labelled = INLINE_LABEL.exec(t);
  if (labelled && t.slice(labelled[0].length).startsWith(`${name} `)) t = t.slice(labelled[0].length);
  if (!t.startsWith(`${name} `) || !/^\p{Ll}/u.test(t.slice(name.length + 1))) return false;
  const sentences = t.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
  // The note may end on the handle to follow the writer by, where a sentence would end on a stop.
  return wordCount(t) <= MAX_NAMED_NOTE_WORDS && sentences <= 2 && (SENTENCE_END.test(t) || ENDS_ON_HANDLE.test(t)) && !FIRST_PERSON.test(t);
}

/** A short label and a colon opening a line: "About the writer: ", "Sull’autore: ". */
const INLINE_LABEL = /^\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){0,3}: /u;
/** A line or note ending on a network's handle: "@jane_roe", "@jane@mastodon.social". */
const ENDS_ON_HANDLE = /(?:^|\s)@[\p{L}\d_.]{2,}(?:@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+)?$/u;
/** Most words of a line that only gives the handle to follow the writer by ("Follow her on X @jane_roe", in whatever language). */
const MAX_HANDLE_LINE_WORDS = 6;
function isHandleLine(line: Line | undefined): boolean {
  return !!line && wordCount(line.text) <= MAX_HANDLE_LINE_WORDS && ENDS_ON_HANDLE.test(line.text.trim());
}

/**
 * A short label line with no stop, as a site sets over its note on the writer: a phrase with a
 * word in lower case ("About the writer of this piece", in whatever language), never a name alone
 * nor a line with the author's own name in it, as a letter's signature over the note is.
 */
function isNoteLabel(line: Line | undefined, author: string): boolean {
  if (!line) return false;
  const t = line.text.trim();
  const words = t.split(/\s+/);
  const own = new Set(author.toLowerCase().split(/\s+/));
  return /^\p{Lu}/u.test(t) && words.length <= MAX_NOTE_LABEL_WORDS && !/[.,;:!?]$/.test(t) && words.some((w) => /^\p{Ll}/u.test(w)) && !words.some((w) => own.has(w.toLowerCase()));
}

/** The weight of a block as a site's note on its writer. */
function bioEvidence(text: string, author: string | undefined): Evidence & { author: boolean; site: boolean } {
  // The author's surname alone opening what the person is or does ("Hale is a reporter for …") names the author too.
  const surname = author?.trim().split(/\s+/).at(-1);
  const named = namesAuthor(text.replace(/['’]s\b/gu, ''), author) || (surname !== undefined && surname.length > 2 && new RegExp(`^${surname.replace(/[^\p{L}'’-]/gu, '')}\\s+(?:is|has|writes|covers|reports|lives|works|teaches)\\b`, 'u').test(text));
  const site = ROLE_AT.test(text) || APPEARED.test(text) || FOLLOW.test(text) || AUTHOR_OF.test(text) || LIVES.test(text) || WRITES_ABOUT.test(text);
  const evidence = weigh([
    named && { weight: 2, reason: "names the book's author" },
    OPENS_ON_NAME.test(text) && { weight: 1, reason: 'opens on a name and what the person is or does' },
    IS_ROLE.test(text) && { weight: 2, reason: 'says in the present who the person is' },
    ROLE_AT.test(text) && { weight: 1, reason: 'names where the person works' },
    APPEARED.test(text) && { weight: 2, reason: "says where the person's work has appeared" },
    FOLLOW.test(text) && { weight: 2, reason: 'where to follow the person' },
    AUTHOR_OF.test(text) && { weight: 2, reason: "the person's books" },
    LIVES.test(text) && { weight: 1, reason: 'where the person lives' },
    WRITES_ABOUT.test(text) && { weight: 1, reason: 'what the person writes about' },
    FIRST_PERSON.test(text) && { weight: -4, reason: 'the writer speaks in the first person' },
  ]);
  return { ...evidence, author: named, site };
}

/**
 * A site's note on the piece's writer, at the head of a web page (under the byline) or at its
 * tail (after the last paragraph, over the share links): "Jane Doe is a staff writer at … Her
 * work has appeared in … Follow her on …". The book has its own front matter, so the site's
 * note goes. Weighed by sense, never by a wording: the writer spoken of in the third person and
 * the present, with the signs a site gives (where the person works, where the work appeared,
 * where to follow, books to the name, where the person lives), and by place: the first blocks
 * after the title, or the last block over at most a few short lines. A note on someone other
 * than the book's author needs more signs (an interview's opening introduces its subject); a
 * first-person author's note, an acknowledgement or a dedication stays, and so does any
 * paragraph inside the text. Too little weight: kept and listed as "kept, may be furniture".
 */
export const removeAuthorBio: Pass = {
  ruleId: 'web/author-bio',
  run(text, ctx) {
    const blocks = splitBlocks(splitLines(text));
    const edits: Edit[] = [];
    const weighBlock = (block: readonly Line[], where: string, above?: readonly Line[]): void => {
      const joined = block.map((l) => l.text.trim()).join(' ');
      if (wordCount(joined) > MAX_BIO_WORDS || !SENTENCE_END.test(joined)) return;
      const evidence = bioEvidence(joined, ctx.author);
      // A note on someone the metadata does not name needs the site's own signs: where the person works, where to follow.
      const own = evidence.author || !ctx.author;
      const needed = own ? REMOVE : ROLE_AT.test(joined) || FOLLOW.test(joined) ? REMOVE_OTHER : Number.POSITIVE_INFINITY;
      const label = above && above.length === 1 && LABEL.test(above[0]!.text.trim()) ? above[0] : undefined;
      if (evidence.score >= needed && evidence.site) {
        const from = label ?? block[0]!;
        const last = block.at(-1)!;
        edits.push({ start: from.start, end: last.start + last.text.length, text: '', ruleId: 'web/author-bio', reason: `a site's note on the writer ${where}: ${reasons(evidence)}` });
      } else if (evidence.score >= KEEP && OPENS_ON_NAME.test(joined)) ctx.keep(block[0]!.start, joined, `${where}, may be a site's note on the writer: ${reasons(evidence)}`);
    };
    if (blocks.length < 3) return [];
    // The head: the blocks after the title (and any heading), where a note stands under the byline.
    let first = 0;
    while (first < blocks.length && (sameText(blocks[first]!.map((l) => l.text).join(' '), ctx.title) || /^\s*#/.test(blocks[first]![0]!.text))) first++;
    // A second block is looked at only under a short one (a byline or a label left standing) or under a note that went:
    // below the first paragraph, a note on someone is the text's own.
    for (let b = first; b < Math.min(first + HEAD_BLOCKS, blocks.length - 2); b++) {
      const before = edits.length;
      weighBlock(blocks[b]!, 'at the head of the page', blocks[b - 1]);
      if (edits.length === before && wordCount(blocks[b]!.map((l) => l.text).join(' ')) > SHORT_WORDS) break;
    }
    // The tail: the last block, or the last before a few short lines no pass took (a network's name, a link).
    let last = blocks.length - 1;
    const short = (block: readonly Line[]): boolean => block.every((l) => wordCount(l.text) <= 6 && !SENTENCE_END.test(l.text.trim()));
    while (last > blocks.length - 1 - TAIL_AFTER && last > first + HEAD_BLOCKS && short(blocks[last]!)) last--;
    if (last >= first + HEAD_BLOCKS) weighBlock(blocks[last]!, 'at the end of the page', blocks[last - 1]);
    // In the page's second half, a one-line note whose subject is the author's full name, in any language: what
    // the site says of its writer, wherever the page's tail (comments, links, share rows) has left it. A short
    // label directly over it, in its block or as a block alone, goes with it.
    const from = Math.max(first + HEAD_BLOCKS, Math.floor(blocks.length * NAMED_NOTE_FROM));
    for (let b = from; b < blocks.length; b++) {
      // A line under the note that only gives the writer's handle goes with it.
      const full = blocks[b]!;
      const handle = full.length > 1 && isHandleLine(full.at(-1)) ? full.at(-1)! : undefined;
      const block = handle ? full.slice(0, -1) : full;
      const note = block.at(-1)!;
      if (block.length > 2 || !opensOnAuthorAsSubject(note.text, ctx.author)) continue;
      if (edits.some((e) => e.start <= note.start && e.end >= note.start)) continue;
      if (block.length === 2 && !isNoteLabel(block[0], ctx.author!)) continue;
      const above = blocks[b - 1];
      const label = block.length === 2 ? block[0]! : above && above.length === 1 && isNoteLabel(above[0], ctx.author!) && !/^\s*#/.test(above[0]!.text) ? above[0]! : undefined;
      const end = handle ?? note;
      edits.push({
        start: (label ?? note).start,
        end: end.start + end.text.length,
        text: '',
        ruleId: 'web/author-bio',
        reason: `a site's note on the writer in the page's second half: opens on the book's author's name as its subject${handle ? ', with the handle to follow the writer by' : ''}`,
      });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed a note on the writer (“${old.trim().slice(0, 60)}”)`,
};
