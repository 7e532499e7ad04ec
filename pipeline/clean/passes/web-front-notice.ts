import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { endWithFollowingBlanks, isBlank, splitLines, wordCount } from '../_lines.ts';
import { topicWords } from './_web-vocabulary.ts';
import { BARE_NOTE_LABEL, NOTE_LABEL } from './_web-notice.ts';
import { noticeSigns, noticeWords, ownTopicWords } from './_web-page-notice.ts';
import { namesTranslator } from './_web-front-evidence.ts';

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
  run(text, ctx) {
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
      // A translator's credit is the piece's own attribution, no notice about the page (see namesTranslator).
      if (namesTranslator(t, ctx)) {
        ctx.keep(line.start, t, "a translator's credit before the text: the piece's own attribution");
        continue;
      }
      const signs = noticeSigns(t, notice);
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
