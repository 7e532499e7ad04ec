import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { endWithFollowingBlanks, previousContentLine, splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { topicWordsShared } from './_web-vocabulary.ts';
import { COORDINATORS, RELATIVES, oneOf } from '../_function-words.ts';

/** Most words of a line of a facts box: a field's name or its value, never a sentence. */
const MAX_LINE_WORDS = 8;
/** Fewest fields (a name and a value each) before short lines are a box of facts. */
const MIN_FIELDS = 3;
/** Fewest values carrying a figure (a year, a distance, a count): a facts box gives numbers. */
const MIN_FIGURES = 2;
/** At most this share of the box's topic words anywhere else in the page: the box does not speak of the piece. */
const OFF_TOPIC = 0.25;
/** Fewest topic words the box must have for that share to say anything. */
const MIN_TOPIC_WORDS = 5;

/** A field's name: capitalised, no sentence's end (a question's mark allowed: "Can you visit?"). */
function isFieldName(text: string): boolean {
  const t = text.trim();
  return /^\p{Lu}/u.test(t) && /[\p{L}\p{N})?]$/u.test(t);
}

/** A line of the box: short, with no stop, comma or colon at its end (a line of verse or prose ends on one). */
function isBoxLine(text: string): boolean {
  const t = text.trim();
  const words = wordCount(t);
  return words > 0 && words <= MAX_LINE_WORDS && !/[.,;:!—–-]$/u.test(t);
}

/** A line going on with the clause above it: a coordinating conjunction or a relative first. */
const FLOWS_ON = new RegExp(String.raw`^\s*${oneOf(COORDINATORS, ['nor', 'so', 'yet', 'then'], RELATIVES, ['that', 'where', 'when', 'while', 'as', 'till', 'until'])}\b`, 'iu');

/** The last word's final letters, for a rhyme: three of them ("gate", "mate"). */
function ending(text: string): { word: string; rhyme: string } | undefined {
  const word = /(\p{L}+)[^\p{L}]*$/u.exec(text)?.[1]?.toLowerCase();
  return word && word.length >= 3 ? { word, rhyme: word.slice(-3) } : undefined;
}

/** Lines of the block rhyming with an earlier line's different word, twice at least ("mate", "gate", "late"): verse; one may be chance ("Jämtland", "land"). */
const MIN_RHYMES = 2;
function rhymes(block: readonly Line[]): boolean {
  const seen = new Map<string, string>();
  let count = 0;
  for (const line of block) {
    const e = ending(line.text);
    if (!e) continue;
    const other = seen.get(e.rhyme);
    if (other !== undefined && other !== e.word) count++;
    seen.set(e.rhyme, e.word);
  }
  return count >= MIN_RHYMES;
}

/**
 * A site's box of key facts scraped one cell a line: a short label, then three or more fields,
 * each a name line ("Nearest railway station", "Can you visit?") over its value ("Marsh End
 * Halt", "22 km by road", "not at present"), set apart between blank lines (a heading set directly
 * over the label stays). The values must read unlike the names (half of them a figure or in lower
 * case, two with a figure at least), and the box's words must not be the page's: at most a quarter
 * of its topic words used elsewhere. A table the text owns speaks of the text's subject and stays;
 * so do short lines with no figures (an address), lines that flow on or rhyme (verse) and any
 * block a sentence introduces.
 */
export const removeFactsBox: Pass = {
  ruleId: 'web/facts-box',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    for (const block of splitBlocks(lines)) {
      if (!block.every((l) => isBoxLine(l.text))) continue;
      // An odd block is a label over its fields; an even one, a heading of the page over the label (the heading stays).
      const labelAt = block.length % 2 === 1 ? 0 : 1;
      const fields = block.slice(labelAt + 1);
      if (fields.length < 2 * MIN_FIELDS) continue;
      const names = fields.filter((_, k) => k % 2 === 0);
      const values = fields.filter((_, k) => k % 2 === 1);
      if (![block[labelAt]!, ...names].every((l) => isFieldName(l.text))) continue;
      const figures = values.filter((l) => /\p{N}/u.test(l.text)).length;
      const unlikeNames = values.filter((l) => /\p{N}/u.test(l.text) || /^\p{Ll}/u.test(l.text.trim())).length;
      // Names read alike and values unlike them: a name carries a figure seldom, a value often.
      const namesWithFigures = names.filter((l) => /\p{N}/u.test(l.text)).length;
      if (figures < MIN_FIGURES || unlikeNames * 2 < values.length || namesWithFigures >= figures) continue;
      // Lines that flow on from one another (a value opening on a conjunction or a relative: "and two for the mate",
      // "who stands by the gate") or rhyme are verse, whatever their shape.
      if (values.some((l) => FLOWS_ON.test(l.text)) || rhymes(fields)) continue;
      // A sentence ending on a colon over the block introduces it: the text's own table.
      if (/:\s*$/.test(previousContentLine(lines, block[0]!.index)?.text ?? '')) continue;
      const box: readonly Line[] = block.slice(labelAt);
      const first = box[0]!;
      const last = box.at(-1)!;
      const { own, shared } = topicWordsShared(box, lines, first.index, last.index);
      if (own < MIN_TOPIC_WORDS) continue;
      if (shared > OFF_TOPIC * own) {
        ctx?.keep(first.start, first.text.trim(), `name-and-value lines whose words the page uses (${shared} of ${own}): may be a facts box, may be the text's table`);
        continue;
      }
      const end = labelAt === 1 && last.index + 1 < lines.length ? lines[last.index + 1]!.start : endWithFollowingBlanks(lines, last.index, text.length);
      edits.push({
        start: first.start,
        end,
        text: '',
        ruleId: 'web/facts-box',
        reason: `${names.length} names over their values under a label, ${figures} values with figures, ${shared} of ${own} topic words used elsewhere in the page`,
      });
    }
    return edits;
  },
  describe: (edit, old) => `Removed a box of facts, ${edit.reason ?? ''} (“${old.trim().replace(/\s+/g, ' ').slice(0, 60)}”)`,
};
