import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { normaliseForComparison, splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { FRONT_LINE_THRESHOLD, frontLineEvidence } from './_web-front-evidence.ts';
import { topicWords } from './_web-vocabulary.ts';
import { isTurnOfPiece, speakerLabels } from './_web-lines.ts';

/** Words from which a block is a paragraph of the piece. */
const PARAGRAPH_WORDS = 20;
/** Most lines of a credit block, and most words of one of its lines. */
const MAX_LINES = 3;
const MAX_LINE_WORDS = 20;
/** How many blocks after the opening paragraph a byline may stand (a site sets it under the first paragraph or the lead picture). */
const HEAD_REACH = 3;
/** Most of a line's topic words the paragraphs around it may share: a heading of the piece shares many. */
const MAX_SHARED = 0.34;

/**
 * The evidence that opens a byline or a credit, as web/front-byline's weighing gives it: "by" and a name (in any
 * tongue), a credit's role and its "by" or colon, a time stamp or a reading time.
 */
const LEADS = [
  'opens on "by" and a name',
  'opens on a credit or a time stamp',
  'opens on "by" in another tongue and a name',
  "opens on a time stamp's label in another tongue",
  "a time stamp's age or a reading time",
  'a reading time in another tongue',
];
/** A name after "by": two to four capitalised words ("by Joan Alder"), not one ("By Candlelight"). */
const BY_NAME = /\b(?:by|von|par|por|door)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|van|von|da|le|la)\b)?\s+\p{Lu}/iu;
/** A lead that is a role and a colon ("Header image: …", "Photos: …"): no name is needed. */
const COLON_LEAD = /^[\p{L}' -]{2,30}:\s/u;

/** Credits strung on one line: "Editing by Ann Lee. Additional reporting by Tom Hale.", "Words: … ; pictures: …". */
const CLAUSE_BREAK = /(?<=\p{Ll}{2}[.;])\s+(?=\p{Lu})/u;

/** Whether one line is a byline, a credit or a time stamp (each of its clauses one), with the weighing's reasons. */
function creditLine(text: string, author: string | undefined): { ok: boolean; why: string } {
  const t = text.trim();
  if (!t || wordCount(t) > MAX_LINE_WORDS) return { ok: false, why: '' };
  const clauses = t.split(CLAUSE_BREAK);
  if (clauses.length > 1) {
    const each = clauses.map((c) => creditClause(c, author));
    return { ok: each.every((c) => c.ok), why: each.map((c) => c.why).join(' / ') };
  }
  return creditClause(t, author);
}

/** Whether one clause is a byline, a credit or a time stamp. */
function creditClause(t: string, author: string | undefined): { ok: boolean; why: string } {
  const { score, reasons } = frontLineEvidence(t, author);
  const led = reasons.some((r) => LEADS.includes(r));
  // A lead on "by" names a person (two capitalised words) or the piece's author; a heading "By Candlelight" does neither.
  const byLead = /^\S*\s*(?:\p{Ll}+\s+){0,2}(?:by|von|par|por|door)\s/iu.test(t);
  const named = byLead && (BY_NAME.test(t) || (author !== undefined && normaliseForComparison(t).includes(normaliseForComparison(author))));
  const stamp = reasons.includes("a time stamp's age or a reading time") || reasons.includes('a date with a time of day: a time stamp') || reasons.includes('a reading time in another tongue');
  // A lead on a place or a date alone ("Written at Leeds, 4 May 1848.") is a letter's close, the text's own: a credit names
  // someone after "by", sets its role before a colon, strings fields with bars or dots, or stamps a time.
  const shaped = named || COLON_LEAD.test(t) || stamp || reasons.includes('fields set apart by bars or dots') || reasons.includes('opens on "by" in another tongue and a name');
  const ok = score >= FRONT_LINE_THRESHOLD && led && shaped && !reasons.includes('a quotation');
  return { ok, why: `weight ${score}: ${reasons.join(', ')}` };
}

const words = (block: readonly Line[]): number => block.reduce((n, l) => n + wordCount(l.text), 0);

/**
 * A byline, a production credit or a time stamp set apart after the article has begun: under the
 * opening paragraph ("By Jane Hale, Senior Writer at the Courier", "Published 3 May · Updated 4
 * May · 6 min read") or after its last paragraph ("Editing by …. Additional reporting by …",
 * "Illustration by …", "Header image: …"). Weighed as web/front-byline weighs the lines over the
 * text (a credit's role and its "by" or colon, "by" and a person's name, a time stamp, a reading
 * time), a block of one to three short lines each of them such a line, sharing few topic words
 * with the paragraphs beside it. Anywhere else in the text such a block stays and is listed as
 * "kept, may be furniture"; an acknowledgement in the writer's own words has no credit's lead
 * and stays.
 */
export const removeLateByline: Pass = {
  ruleId: 'web/late-byline',
  run(text, ctx) {
    const blocks = splitBlocks(splitLines(text));
    const paragraphs = blocks.flatMap((block, b) => (words(block) >= PARAGRAPH_WORDS && block.length <= 12 ? [b] : []));
    if (paragraphs.length < 2) return [];
    const opening = paragraphs[0]!;
    const closing = paragraphs.at(-1)!;
    const edits: Edit[] = [];
    const turns = speakerLabels(blocks);
    // How many of the piece's paragraphs stand above each block, counted once as the walk goes down.
    let above = 1;
    for (let b = opening + 1; b < blocks.length; b++) {
      const block = blocks[b]!;
      if (words(blocks[b - 1]!) >= PARAGRAPH_WORDS && blocks[b - 1]!.length <= 12 && b - 1 > opening) above++;
      if (block.length > MAX_LINES || words(block) >= PARAGRAPH_WORDS * 2) continue;
      // A turn of the piece's talk ("By the Coroner: Who locked the mill that night?" over "Witness: …") has a credit's
      // colon and leading "by", but it is the piece's words: a credit answers no question and sits between no turns.
      if (block.some((_line, i) => isTurnOfPiece(blocks, b, i, turns))) continue;
      const weighed = block.map((l) => creditLine(l.text, ctx.author));
      if (!weighed.every((w) => w.ok)) continue;
      const joined = block.map((l) => l.text.trim()).join(' ');
      // A heading of the piece shares its topic with the paragraphs beside it; a byline or a credit does not.
      const near = [blocks[b - 1], blocks[b + 1]].filter((k): k is Line[] => !!k && words(k) >= PARAGRAPH_WORDS);
      const own = new Set(topicWords(joined));
      const around = new Set(topicWords(near.flatMap((k) => k.map((l) => l.text)).join(' ')));
      const shared = [...own].filter((w) => around.has(w)).length;
      const why = weighed.map((w) => w.why).join('; ');
      const head = above <= HEAD_REACH - 1 && b <= opening + HEAD_REACH;
      const tail = b > closing;
      if ((!head && !tail) || (own.size && shared / own.size > MAX_SHARED)) {
        ctx.keep(block[0]!.start, joined, `inside the text, may be a byline or a credit (${why})`);
        continue;
      }
      edits.push({
        start: block[0]!.start,
        end: b + 1 < blocks.length ? blocks[b + 1]![0]!.start : text.length,
        text: '',
        ruleId: 'web/late-byline',
        reason: `a byline or credit ${tail ? 'after the last paragraph' : 'under the opening paragraph'} (${why}; ${shared} of ${own.size} topic words shared)`,
      });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed a byline or credit (“${old.trim().replace(/\s+/g, ' ').slice(0, 60)}”)`,
};
