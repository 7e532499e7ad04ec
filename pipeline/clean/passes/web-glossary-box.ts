import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, endWithFollowingBlanks, isBlank, splitLines, wordCount } from '../_lines.ts';
import { topicWordsShared } from './_web-vocabulary.ts';

/**
 * A term and its gloss on one line: a short capitalised term (a parenthesis allowed: "Common metre
 * (CM)", "Seanfhocal (pl. seanfhocail)"), a dash or a colon, then the gloss in lower case
 * ("Pug mill — a machine that kneads clay", "Clamp: a heap of roots"). The gloss is a phrase,
 * never a sentence: no stop inside it and none at its end.
 */
const DEFINITION = /^\s*(\p{Lu}[\p{L}'’-]*(?:\s+(?:\([^()]{1,30}\)|[\p{L}'’-]+)){0,4})\s*(?:\s[—–]\s|:\s)\s*(\p{Ll}[^.!?;]*)$/u;
/** Fewest and most words of a gloss: a defining phrase, not a word nor a paragraph. */
const MIN_GLOSS_WORDS = 3;
const MAX_GLOSS_WORDS = 20;
/** Fewest definition lines set one under another, with a label over them or without. */
const MIN_LABELLED = 2;
const MIN_UNLABELLED = 3;
/** Most words of a box's label ("Jargon buster: the old words", "What the old terms mean"). */
const MAX_LABEL_WORDS = 6;
/** At most this share of the box's topic words anywhere else in the page: the box does not speak of the piece. */
const OFF_TOPIC = 0.25;
/** Fewest topic words the box must have for that share to say anything. */
const MIN_TOPIC_WORDS = 6;

function isDefinition(text: string): boolean {
  const m = DEFINITION.exec(text);
  if (!m) return false;
  const gloss = wordCount(m[2]!);
  return gloss >= MIN_GLOSS_WORDS && gloss <= MAX_GLOSS_WORDS;
}

/** A short line naming the box, no sentence: "Glossary of the trade", "Jargon buster: the old words". */
function isLabel(text: string): boolean {
  const t = text.trim();
  return wordCount(t) > 0 && wordCount(t) <= MAX_LABEL_WORDS && !SENTENCE_END.test(t) && !/[,;:]$/.test(t) && /^\p{Lu}/u.test(t);
}

/**
 * A site's glossary box set into a page: a run of term-and-gloss lines, one under another with no
 * blank line between, ending at a blank line, under a short label set directly over them (or
 * three such lines without one), whose words the page does not use elsewhere: a box of some
 * other page's terms, not a gloss of the piece's own. Decided by shape, place and vocabulary,
 * never by the label's wording. A run the piece introduces with a sentence ending on a colon,
 * a run that ends a paragraph, and a run whose terms the text uses (the author's own glossary,
 * a list of ingredients, a cast list) stay.
 */
export const removeGlossaryBox: Pass = {
  ruleId: 'web/glossary-box',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    let i = 0;
    while (i < lines.length) {
      if (isBlank(lines[i]) || !isDefinition(lines[i]!.text)) {
        i++;
        continue;
      }
      let end = i;
      while (end + 1 < lines.length && !isBlank(lines[end + 1]) && isDefinition(lines[end + 1]!.text)) end++;
      let from = i;
      i = end + 1;
      // A label may itself read as a term and its gloss ("Jargon buster: the old words"): under a line of the page, the run's
      // first line is taken for the label, so that the line over it (a section's heading) is never taken for one.
      if (from < end && from > 0 && !isBlank(lines[from - 1]) && isLabel(lines[from]!.text)) from++;
      // The run ends the block: a line of text going on under it makes the run part of the text's own passage.
      if (end + 1 < lines.length && !isBlank(lines[end + 1])) continue;
      const above = from > 0 && !isBlank(lines[from - 1]) ? lines[from - 1]! : undefined;
      const labelled = above !== undefined && isLabel(above.text);
      const count = end - from + 1;
      if (count < (labelled ? MIN_LABELLED : MIN_UNLABELLED)) continue;
      // A line above that is neither the label nor blank: the run goes on from the text's own line.
      if (above && !labelled) continue;
      const first = labelled ? above! : lines[from]!;
      // Over a label, a line of the page that is no heading (a sentence, one ending on a colon) introduces the run: the author's list.
      const over = first.index > 0 ? lines[first.index - 1] : undefined;
      if (over && !isBlank(over) && (SENTENCE_END.test(over.text.trim()) || /:\s*$/.test(over.text) || wordCount(over.text) > MAX_LABEL_WORDS)) {
        ctx?.keep(first.start, first.text.trim(), 'term-and-gloss lines under a line of the text: may be a glossary box, may be the author’s');
        continue;
      }
      const { own, shared } = topicWordsShared(lines.slice(from, end + 1), lines, first.index, end);
      if (own < MIN_TOPIC_WORDS) continue;
      if (shared > OFF_TOPIC * own) {
        ctx?.keep(first.start, first.text.trim(), `term-and-gloss lines whose words the page uses (${shared} of ${own}): may be a glossary box, may be the author’s`);
        continue;
      }
      edits.push({
        start: first.start,
        // Under a heading kept above the box, the blank line after the box stays, so the heading does not close up on what follows.
        end: over && !isBlank(over) && end + 1 < lines.length ? lines[end + 1]!.start : endWithFollowingBlanks(lines, end, text.length),
        text: '',
        ruleId: 'web/glossary-box',
        reason: `${count} term-and-gloss lines${labelled ? ' under a label' : ''}, ${shared} of ${own} topic words used elsewhere in the page`,
      });
    }
    return edits;
  },
  describe: (edit, old) => `Removed a glossary box, ${edit.reason ?? ''} (“${old.trim().replace(/\s+/g, ' ').slice(0, 60)}”)`,
};
