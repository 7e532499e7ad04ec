/**
 * Evidence that a line is a site's notice about the page itself (a translation, a correction, an
 * earlier publication, the archive): the notice words it uses and the signs of a notice's shape.
 * Shared by web/front-notice, which removes such a line before the text, and web/navigation,
 * which never takes it for the first paragraph of the piece.
 */
import { wordCount } from '../_lines.ts';
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
export function noticeWords(t: string): Set<string> {
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
export function ownTopicWords(t: string): Set<string> {
  const bare = t.replace(NOTE_LABEL, ' ').replace(new RegExp(EDITED.source, 'giu'), ' ').replace(NOTICE_WORDS, ' ').replace(HISTORY_ABROAD, ' ').replace(SELF, ' ').replace(new RegExp(SELF_ABROAD.source, 'giu'), ' ').replace(AGE, ' ').replace(DISCLAIMER, ' ');
  return new Set(topicWords(bare));
}
/**
 * How many signs of a notice's shape a line about the page shows: a short label before a colon,
 * dash or bar, capitals, the page speaking of itself, a telegraphic line opening on the verb of
 * its history, names changed, the views given to the writer, a line of little but notice words.
 */
export function noticeSigns(t: string, notice: number): number {
  return (
    [
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
      ].filter(Boolean).length
  );
}
