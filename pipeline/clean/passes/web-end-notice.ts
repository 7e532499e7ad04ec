import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { weigh, reasons, type Finding } from '../_evidence.ts';
import { splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { CITE, DISCLAIMER, DISCLOSURE, EDITED, HISTORY_ABROAD, RIGHTS, RIGHTS_RESERVED, SELF_ABROAD, SERIES_ABROAD, isNoteLabelLine, opensOnHistoryAbroad } from './_web-notice.ts';

/** Most words of an end notice: a sentence or two about where the piece came from. */
const MAX_NOTICE_WORDS = 60;
/** Most words of a sentence stating the rights in the piece. */
const MAX_RIGHTS_WORDS = 10;
/** How many blocks from the page's end may be notices (a correction, then a republication note). */
const MAX_END_BLOCKS = 3;
/** Weight from which a block is removed; from KEEP_SCORE it stays and is listed as "kept, may be furniture". */
const REMOVE_SCORE = 4;
const KEEP_SCORE = 2;

/** Verbs and nouns of a piece's history: where it ran, under what licence, what was corrected. */
const HISTORY_WORDS =
  /\b(?:(?:first |originally )?(?:appeared|published|republished|reprinted|reproduced|excerpted|syndicated|adapted|abridged|translated)|licen[cs]e[ds]?|creative commons|cc by(?:-\p{L}+)*|permission|courtesy|corrections?|corrected|misstated|misspelled|misidentified|misattributed|amended|updated|sponsored|sponsorship|paid partnership|in partnership with|supported by|funded by|produced (?:with|by)|(?:given|delivered|presented|read) as an? (?:talk|lecture|paper|address|speech|sermon)|transcribed|transcription|marked up|proofread|digiti[sz]ed|(?:lightly )?edited (?:for|and)|condensed|shortened|cited? as|citation|all rights reserved|archived?|no longer (?:maintained|updated|current|accurate|supported)|part of (?:a|an|our|the|this) (?:\p{L}+ ){0,3}series)\b/giu;
/** The piece speaking of itself: "this article", "a version of this piece", "an earlier version". */
const SELF_REFERENCE =
  /\b(?:this|the above) (?:article|story|piece|essay|post|page|interview|report|extract|excerpt|review|column|feature|text|series|content|transcript|talk|lecture|speech|address|conversation|episode|chapter|translation)\b(?!\s+of\b)|\b(?:a|an earlier|the original|an edited|a shorter|a longer|an abridged) version\b|\b(?:an?|the) (?:edited |abridged |shortened |short )?(?:extract|excerpt) (?:from|of)\b/iu;
/** A publication named: a run of capitalised words after "in", "by", "from" or "on", or a title in italics. */
const PUBLICATION = /\b(?:in|by|from|on|with|en|dans|sur|im|in der|bei|nel|nella|su|no|na|op)\s+(?:the\s+|la\s+|le\s+|el\s+|der\s+|die\s+|das\s+|il\s+|het\s+|de\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s*){1,6}|[*_][^*_]{2,60}[*_]/u;
/**
 * A notice in telegraphic form, opening on the verb of the piece's history with no subject ("First published in 2014", "Translated
 * from the Welsh by …"): a preposition, a date or a stop follows the verb; a noun after it makes the verb an adjective ("Updated rules followed").
 */
const OPENS_ON_HISTORY =
  /^(?:first |originally |last )?(?:published|appeared|updated|republished|reprinted|reproduced|excerpted|extracted|adapted|abridged|condensed|translated|transcribed|marked up|proofread|digiti[sz]ed|licensed)(?=\s+(?:in|on|at|by|from|for|as|with|and|under|to|here|online|originally|first)\b|\s+\d|\s*[:,.(—–-]|$)/i;
/** A date or year of publication. */
const WHEN = /\b(?:1[6-9]|20)\d{2}\b/;

/** The weight of a block as a notice about the piece itself. */
/** A note's setting: italics, a bracket, or a label ("Correction:", "Editor's note:"). */
const SET_APART = /^(?:[*_([]|\p{Lu}[\p{L}'’ ]{0,20}:\s)/u;

function noticeEvidence(text: string): { score: number; why: string; aboutPiece: boolean } {
  // What an editor did to the piece, told in the passive ("has been edited", "part 3 of 5", "contains affiliate links"), or its place in a series abroad.
  const edited = [EDITED.exec(text)?.[0], SERIES_ABROAD.exec(text)?.[0]].filter((w): w is string => w !== undefined);
  const history = new Set([...(text.match(HISTORY_WORDS) ?? []), ...(text.match(HISTORY_ABROAD) ?? []), ...edited].map((w) => w.toLowerCase())).size;
  // A licence named by its own name (Creative Commons, GFDL): the terms the piece is given under. Written as its code (CC BY-SA 4.0,
  // CC0), as a notice writes it and a sentence of the story does not, it weighs twice.
  const licenceCode = /\bCC[ -]BY(?:-[A-Z]{2})*(?:\s+\d\.\d)?\b|\bCC0\b|\bGFDL\b/u.test(text);
  const licence = licenceCode || /\bcreative commons\b|\bGNU Free Documentation\b/iu.test(text);
  const self = SELF_REFERENCE.test(text) || SELF_ABROAD.test(text);
  const telegraphic = OPENS_ON_HISTORY.test(text.trim()) || opensOnHistoryAbroad(text);
  const disclaimer = DISCLAIMER.test(text);
  const disclosure = DISCLOSURE.test(text);
  // Rights stated as a notice states them, in a short sentence of their own ("All rights reserved."), not told in a longer one.
  const rights = text.split(/(?<=[.!?])\s+/).some((sentence) => wordCount(sentence) <= MAX_RIGHTS_WORDS && RIGHTS_RESERVED.test(sentence));
  const findings: (Finding | false)[] = [
    history > 0 && { weight: Math.min(history, 3), reason: 'speaks of publication, licence or correction' },
    self && { weight: 2, reason: 'speaks of the piece itself' },
    // "First published in …": the notice's subject, the piece, goes without saying.
    telegraphic && { weight: 1, reason: 'opens on the verb of the piece’s history, with no subject' },
    // "Views expressed are the author's own": the site speaks of the piece through its writer.
    disclaimer && { weight: 3, reason: 'gives the piece’s views to its writer' },
    // "The author declares no conflict of interest": the site discloses the writer's interests in the piece.
    disclosure && { weight: 3, reason: 'discloses the writer’s interests' },
    // "All rights reserved", "Please cite as:": the site states the piece's rights or how to cite it.
    rights && { weight: 2, reason: 'states the rights reserved in the piece' },
    licence && { weight: licenceCode ? 2 : 1, reason: licenceCode ? 'gives the licence’s code' : 'names the licence the piece is given under' },
    CITE.test(text) && { weight: 2, reason: 'says how to cite the piece' },
    PUBLICATION.test(text.replace(/^\p{Lu}\p{L}*/u, '')) && { weight: 1, reason: 'names a publication' },
    WHEN.test(text) && history > 0 && { weight: telegraphic ? 1 : 0.5, reason: 'gives a year' },
    // A notice is set apart: an italic or bracketed line, or a label ("Correction:", "Note:").
    SET_APART.test(text.trim()) && { weight: 1, reason: 'set apart as a note' },
    wordCount(text) <= 25 && { weight: 1, reason: 'a short block of its own' },
    // The piece's own voice: a story told in the first person, or dialogue, is not a notice.
    /\b(?:I|[Mm]e|[Mm]y|we were|he said|she said)\b/.test(text) && !self && { weight: -2, reason: 'reads as the piece’s own text' },
  ];
  const evidence = weigh(findings);
  // Removal needs the notice to be about this piece: it names itself, is set apart as a note, opens on its history with no other
  // subject, gives its views to its writer, or gives its licence.
  const aboutPiece = self || telegraphic || disclaimer || disclosure || SET_APART.test(text.trim()) || RIGHTS.test(text) || CITE.test(text) || /licen[cs]e|creative commons|cc by|lizenz|licencia|licença|licenza|licentie/i.test(text);
  // With no word of a piece's history, no word of the piece itself and no disclaimer, there is nothing to weigh.
  const score = history > 0 || self || disclaimer || disclosure || rights || CITE.test(text) ? evidence.score : 0;
  return { score, why: reasons(evidence), aboutPiece };
}

/** Most words of a notice's label on its own line. */
const MAX_LABEL_WORDS = 4;

/** A notice's label on its own line: a few words, no stop, naming a kind of note ("Editor's note", "Disclosure statement") or the piece with a word of its history ("Republish this article"). */
function isLabelOver(text: string): boolean {
  const t = text.trim();
  if (wordCount(t) > MAX_LABEL_WORDS || /[.!?,;]$/.test(t)) return false;
  return isNoteLabelLine(t) || DISCLOSURE.test(t) || (SELF_REFERENCE.test(t) && /\b(?:republish|reprint|reuse|cite|licen[cs]e|correct|translat|updat)/iu.test(t));
}

/**
 * Notices after a web article's last paragraph about the article itself: where it first
 * appeared, that it is republished under a licence or adapted with permission, a correction of
 * an earlier version, a sponsorship note. Decided by weighed sense, never by a wording: words of
 * a piece's history (appeared, republished, licence, permission, correction, version), the piece
 * speaking of itself, a publication named, a note's setting; and by place: one of the page's
 * last blocks, each short. A block with weaker evidence stays and is listed as "kept, may be
 * furniture"; the walk stops at the first block that is not a notice.
 */
export const removeEndNotice: Pass = {
  ruleId: 'web/end-notice',
  run(text, ctx) {
    const blocks = splitBlocks(splitLines(text));
    const edits: Edit[] = [];
    // Notices follow the body: at least three blocks of the page stay above them.
    for (let b = blocks.length - 1; b >= Math.max(3, blocks.length - MAX_END_BLOCKS); b--) {
      const block: Line[] = blocks[b]!;
      const joined = block.map((l) => l.text.trim()).join(' ');
      if (wordCount(joined) > MAX_NOTICE_WORDS || block.length > 3) break;
      const { score, why, aboutPiece } = noticeEvidence(joined);
      if (score >= REMOVE_SCORE && aboutPiece) {
        const last = block.at(-1)!;
        edits.push({ start: block[0]!.start, end: last.start + last.text.length, text: '', ruleId: 'web/end-notice', reason: `notice about the piece after its end: ${why}` });
        // The notice's label on a line of its own above it ("Editor's note", "Republish this article") goes with it.
        const above = blocks[b - 1];
        if (b - 1 >= 3 && above?.length === 1 && isLabelOver(above[0]!.text)) {
          edits.push({ start: above[0]!.start, end: above[0]!.start + above[0]!.text.length, text: '', ruleId: 'web/end-notice', reason: 'the label of a notice about the piece, over it' });
          b--;
        }
        continue;
      }
      if (score >= KEEP_SCORE) ctx.keep(block[0]!.start, joined, `after the article, may be a notice about it: ${why}`);
      break;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed a notice after the article (“${old.trim().slice(0, 60)}”)`,
};
