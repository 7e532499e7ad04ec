import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { endWithFollowingBlanks, isBlank, splitLines, wordCount } from '../_lines.ts';
import { topicWords } from './_web-vocabulary.ts';
import { AGE, BARE_NOTE_LABEL, CONTENTS, DISCLAIMER, DISCLOSURE, EDITED, HISTORY_ABROAD, NOTE_LABEL, SELF_ABROAD, SERIES_ABROAD, opensOnHistoryAbroad } from './_web-notice.ts';

/**
 * Words of a site's notice about the page itself (a translation, a correction, sponsorship, the
 * archive, an earlier publication): general publishing usage, counted as weights, never a wording.
 */
const NOTICE_WORDS =
  /\b(?:translat\p{L}*|corrections?|corrected|amended|misstated|errat(?:um|a)|sponsored|advertis\p{L}*|advertorial|partnership|promoted|with (?:the )?(?:\p{L}+ )?support (?:of|from)|archived?|(?:editor|publisher)['’]?s note|first (?:published|appeared)|originally (?:published|appeared)|republished|reprinted|years old|updated|funded by|supported by|(?:appeared|appears|published|ran|run|runs) (?:in|on|at|first)|print edition|version of this|(?:lightly )?edited (?:for|and)|condensed|abridged|shortened|transcribed|part of (?:a|an|our|the) (?:\p{L}+ ){0,3}series|content (?:note|warning)|trigger warning|no longer (?:maintained|updated|current|accurate|supported))\b/giu;
/** The page speaking of itself. */
const SELF = /\b(?:this|an earlier|the original) (?:article|piece|essay|story|post|page|version|report|interview|edition|content|feature|transcript|talk|lecture|speech|extract|excerpt|review|column)\b/i;
/** A notice in telegraphic form, opening on the verb of the page's history with no subject ("First published in 2014", "Updated 3 May"). */
const OPENS_ON_HISTORY =
  /^(?:first |originally |last )?(?:published|appeared|updated|republished|reprinted|reproduced|translated|transcribed|adapted|excerpted|extracted|abridged|condensed|revised|reviewed|modified|edited|posted|written|given|delivered|broadcast|printed)(?=\s+(?:in|on|at|by|from|for|as|with|and|under|to|here|online|originally|first)\b|\s+\d{1,2}\b|\s*[:,.(—–-]|$)/i;
/** The page speaking of itself by a bare demonstrative, of its place in a series or its history ("This is the third part of …", "It was first given as a talk"). */
const THIS_IS = /^(?:(?:this|it) (?:is|was) (?:the|a|an|part|our|one)|part (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) of)\b/i;
/** Names changed or withheld in the telling: what the editor did to the piece, told of a part of it. */
const NAMES_CHANGED = /\b(?:names?|details?|identities|identity)\b[^.]{0,30}\b(?:have|has) been (?:changed|altered|withheld)\b/i;
/** A sponsor's credit: "Supported by" and a name, nothing more (a subtitle goes on past a comma or a colon). */
const SPONSOR_LINE = /^(?:sponsored|supported|funded|paid for|presented) by (?:the )?\p{Lu}[^,;:.!?]{0,60}$/iu;

/** The notice words a line uses, in English or another language, each counted once. */
function noticeWords(t: string): Set<string> {
  const words = [...(t.match(NOTICE_WORDS) ?? []), ...(t.match(HISTORY_ABROAD) ?? [])].map((w) => w.toLowerCase());
  const edited = EDITED.exec(t) ?? SERIES_ABROAD.exec(t) ?? NAMES_CHANGED.exec(t);
  if (edited) words.push(edited[0].toLowerCase());
  // A label naming the kind of note counts; a bare "Note:" may head the writer's own note.
  const label = NOTE_LABEL.exec(t);
  if (label && !BARE_NOTE_LABEL.test(t)) words.push(label[0].toLowerCase().trim());
  if (DISCLOSURE.test(t)) words.push('disclosure');
  if (CONTENTS.test(t)) words.push('contents');
  if (AGE.test(t)) words.push('age');
  if (DISCLAIMER.test(t)) words.push('disclaimer');
  return new Set(words);
}

/** A line's topic words, less the words of the notice itself (a notice of the article's age shares "years" with any history). */
function ownTopicWords(t: string): Set<string> {
  const bare = t.replace(NOTE_LABEL, ' ').replace(new RegExp(EDITED.source, 'giu'), ' ').replace(NOTICE_WORDS, ' ').replace(HISTORY_ABROAD, ' ').replace(SELF, ' ').replace(new RegExp(SELF_ABROAD.source, 'giu'), ' ').replace(AGE, ' ').replace(DISCLAIMER, ' ');
  return new Set(topicWords(bare));
}
/** Most words of a notice; a paragraph of the piece runs to this many words or more. */
const MAX_NOTICE_WORDS = 25;
const PARAGRAPH_WORDS = 25;
/** How many content lines from the top a notice may stand: the opening of the page. */
const OPENING_LINES = 10;
/** Most of a notice's topic words the piece's first paragraph may share. */
const MAX_SHARED = 0.34;

/**
 * A notice about the page standing in its opening, before the first paragraph of the piece: a
 * line on its own (blank lines around it) of a site's notice words (translated, correction,
 * sponsored, archive, first published, updated, its age, a disclaimer of its views, a label naming
 * the note's kind, what an editor did to it, its place in a series, a warning of its contents; in
 * English or another European language) with a sign of a notice's shape — a short label before a colon, dash or bar,
 * capitals, the page speaking of itself, a telegraphic line opening on the verb of its history,
 * the views given to the writer — that shares few topic words with the first paragraph (the
 * notice's own words left out). A line of the piece's own (a subtitle, an epigraph, a dateline) stays.
 */
export const removeFrontNotice: Pass = {
  ruleId: 'web/front-notice',
  run(text) {
    const lines = splitLines(text);
    const content = lines.filter((line) => !isBlank(line));
    const first = content.findIndex((line) => wordCount(line.text) >= PARAGRAPH_WORDS);
    if (first < 1) return [];
    const edits: Edit[] = [];
    const paragraph = new Set(topicWords(content[first]!.text));
    for (const line of content.slice(1, Math.min(first, OPENING_LINES))) {
      // A symbol or an arrow may set the notice off ("» Correction: …", "⚠ Content warning: …").
      const t = line.text.trim().replace(/^[\p{S}»›▸►•·|]+\s*/u, '');
      if (wordCount(t) > MAX_NOTICE_WORDS || /^[\p{Ll}"“‘'(]/u.test(t) || !isBlank(lines[line.index - 1]) || !isBlank(lines[line.index + 1])) continue;
      const notice = noticeWords(t).size;
      if (!notice) continue;
      const signs = [
        // A label and a colon, the French way with a space before it too ("Note de la rédaction :").
        // Or a label set off by a dash, a bar or a dot ("Archived page — …", "Opinion · …").
        /^[\p{L}'’ ]{2,24}(?:\s?:\s|\s[—–|·]\s)/u.test(t) || NOTE_LABEL.test(t),
        /\p{Lu}{3}/u.test(t) && !/\p{Ll}/u.test(t),
        SELF.test(t) || SELF_ABROAD.test(t) || THIS_IS.test(t),
        // Names changed to protect those in the story: the editor speaks of what was done to the piece.
        NAMES_CHANGED.test(t),
        OPENS_ON_HISTORY.test(t) || SPONSOR_LINE.test(t) || opensOnHistoryAbroad(t),
        DISCLAIMER.test(t),
        // Two words of the page's history on a line that says little else ("an archive piece, lightly updated") are a notice's own
        // shape; a subtitle with such words ("how the looms were translated into the mills: a correction") says more of its subject.
        notice >= 2 && ownTopicWords(t).size <= notice,
        // A bare label of the page's kind in a few words ("Guest post", "An extract"): nothing but the notice's words.
        wordCount(t) <= 4 && ownTopicWords(t).size === 0,
      ].filter(Boolean).length;
      if (signs === 0) continue;
      const own = ownTopicWords(t);
      const shared = [...own].filter((w) => paragraph.has(w)).length;
      // A note that names its kind ("Correction:", "Update, 3 May:") may well speak of the piece's subject: its label is evidence enough.
      const labelled = NOTE_LABEL.test(t) && !BARE_NOTE_LABEL.test(t);
      if (own.size && shared / own.size > MAX_SHARED && !labelled) continue;
      edits.push({
        start: line.start,
        end: endWithFollowingBlanks(lines, line.index, text.length),
        text: '',
        ruleId: 'web/front-notice',
        reason: `a notice about the page before the text (${notice} notice word(s), ${signs} further sign(s); ${shared} of ${own.size} topic words shared with the first paragraph)`,
      });
    }
    return edits;
  },
};
