import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount } from '../_lines.ts';

/** How many non-blank lines at the page's start and end a breadcrumb, tag row or footer may stand among. */
const EDGE_LINES = 12;
/** Most words of one piece of a row of links ("Working lives", "Contact us"). */
const MAX_PIECE_WORDS = 4;
/** Most words of the sentence "All rights reserved" stands in, in a longer footer. */
const MAX_RESERVED_WORDS = 12;
/** Most words of a copyright or registration line. */
const MAX_FOOTER_WORDS = 30;

/** A label that opens a row of tags or topics: "Tags:", "Topics ›", "Filed under:", "Categories |". */
const TAG_LABEL = /^(?:tags?|tagged(?: with| as)?|topics?|filed under|categor(?:y|ies)|keywords|subjects?|posted in|more (?:on|about))\s*[:›»>|·•]\s*\S/iu;
/** Separators between the pieces of a row of links. */
const SEPARATORS = /\s*(?:[|·•›»>/]|\s-\s)\s*/u;

/** Pieces of a row split at its separators, when it has at least `min` of them, each short and none a sentence. */
function shortPieces(text: string, min: number): string[] | undefined {
  const pieces = text
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length < min) return undefined;
  if (!pieces.every((p) => wordCount(p) <= MAX_PIECE_WORDS && !SENTENCE_END.test(p) && !/[,;:]$/.test(p))) return undefined;
  return pieces;
}

/** Why a line is a site's own row, or undefined when it may be text. */
function siteRow(text: string, atEnd: boolean): string | undefined {
  const t = text.trim();
  if (!t || wordCount(t) > MAX_FOOTER_WORDS) return undefined;
  // A breadcrumb: "Home › Articles › Working lives" (the site's home, then two or more places).
  if (/^home\b/i.test(t) && /[›»>/]/u.test(t) && shortPieces(t, 3)) return 'a breadcrumb';
  // A row of hashtags: every word a tag.
  if (t.split(/\s+/).length >= 2 && t.split(/\s+/).every((w) => /^#\p{L}[\p{L}\p{N}_]*[,.]?$/u.test(w))) return 'a row of hashtags';
  if (TAG_LABEL.test(t) && !SENTENCE_END.test(t) && t.split(/[,;·•|›»]/u).every((p) => wordCount(p) <= MAX_PIECE_WORDS + 1)) return 'a row of tags or topics';
  if (!atEnd) return undefined;
  // A copyright line: © or "Copyright" with a year or a name, or "All rights reserved" as a short sentence of its own (a
  // longer sentence that tells of someone's rights is the piece's).
  const reserved = t.split(/(?<=[.!?])\s+/).some((sentence) => wordCount(sentence) <= MAX_RESERVED_WORDS && /\ball rights reserved\b/i.test(sentence));
  if (/©|\(c\)\s*\d{4}|^copyright\b|\ball rights reserved\b/iu.test(t) && (wordCount(t) <= 16 || reserved)) return 'a copyright line';
  // A registration: a company, charity or VAT number.
  if (/\b(?:registered|regd?\.?|company|charity|VAT|ABN|EIN)\b/i.test(t) && /\b(?:no\.?|number|num\.?)\s*[:.]?\s*[A-Z]{0,3}\s?\d[\d ]{4,}\b|\b(?:SC|OC|NI|GB)?\d{6,9}\b/.test(t)) return 'a registration number';
  // A row of site links: three or more short capitalised pieces between pipes or dots.
  // A table's row opens or closes on a bar, or holds figures: it stays.
  if (/^\||\|$/.test(t) || (t.match(/(?:^|[|·•]\s*)[\d.,%£$€]+\s*(?=[|·•]|$)/gu)?.length ?? 0) >= 2) return undefined;
  const pieces = /[|·•]/u.test(t) ? shortPieces(t, 3) : undefined;
  if (pieces?.every((p) => /^[\p{Lu}\p{N}&@]/u.test(p))) return 'a row of site links';
  return undefined;
}

/**
 * A site's own rows around an article: a breadcrumb ("Home › Articles › Working lives") or a
 * row of tags or topics ("Tags: canals, mills", hashtags) near the page's start or end, and a
 * short footer at the end (a copyright line, "All rights reserved", a row of site links between
 * pipes or dots, a registration number). Decided by shape and place: each line is a row of short
 * pieces, a label, or a mark of copyright or registration, among the page's first or last
 * lines; a sentence stays.
 */
export const removeSiteRows: Pass = {
  ruleId: 'web/site-rows',
  run(text) {
    const lines = splitLines(text);
    const content = lines.filter((line) => !isBlank(line));
    const edits: Edit[] = [];
    content.forEach((line, c) => {
      const atStart = c < EDGE_LINES && c > 0;
      const atEnd = c >= content.length - EDGE_LINES && c > 3;
      if (!atStart && !atEnd) return;
      const why = siteRow(line.text, atEnd);
      if (why === undefined) return;
      const next = lines.indexOf(line) + 1;
      const end = next < lines.length ? lines[next]!.start : text.length;
      edits.push({ start: line.start, end, text: '', ruleId: 'web/site-rows', reason: why });
    });
    return edits;
  },
  describe: (edit, old) => `Removed ${edit.reason ?? 'a site row'} (“${old.trim().slice(0, 60)}”)`,
};
