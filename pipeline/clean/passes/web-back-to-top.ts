import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, normaliseForComparison, splitLines, wordCount, type Line } from '../_lines.ts';
import { isLooseProse } from '../_evidence.ts';
import { isTitleLike } from './_web-lines.ts';
import { isAllCaps } from './_pdf-lines.ts';

/** Most words of a link back up the page ("↑ Back up to the top", "Zpět nahoru"). */
const MAX_LINK_WORDS = 5;
/** Fewest such links, marked, before the page's headings: one short line above one heading is the text's own (a kicker, a label). */
const MIN_MARKED = 2;
/** Fewest places before headings an unmarked line fills, on a page holding marked links, to be taken for one of them. */
const MIN_REPEATS = 2;
/** Fewest capitals of a heading set in capitals ("WAR" alone may be a name). */
const MIN_CAPITAL_LETTERS = 4;

/** An arrow or a triangle pointing up the page, opening or closing the line: a link's icon ("↑", "▲", "⤒", "⇡"). */
const UP_MARK = /^[↑⇡⇧⇑⤒⤴▲▴△⬆⏫^]\uFE0F?\s|\s[↑⇡⇧⇑⤒⤴▲▴△⬆⏫]\uFE0F?$/u;
/**
 * The place such a link leads to, in the commoner European tongues: the top of the page, its start, its contents
 * ("top", "toppen", "haut", "oben", "arriba", "inicio", "nahoru", "začátek", "yukarı", "alkuun", "contents", "inhalt").
 * A small closed list of interface words: on its own it decides nothing (see isMarked).
 */
const TOP_WORD =
  /(?<!\p{L})(?:top|toppen|topp|haut|début|sommaire|oben|anfang|inhalt|inhaltsverzeichnis|arriba|inicio|índice|cima|topo|início|boven|begin|inhoud|alkuun|ylös|sisällys|nahoru|začátek|obsah|başa|yukarı|içindekiler|góry|początku|spis treści|inizio|indice|sommario|вверх|наверх|indhold|innhold|innehåll|början)(?!\p{L})/iu;

/** A short line with a letter, no figure and no sentence's end: a link's label, not a line of the text. */
function isLinkShape(text: string): boolean {
  const t = text.trim();
  const words = wordCount(t);
  return words >= 1 && words <= MAX_LINK_WORDS && /\p{L}/u.test(t) && !/\d/.test(t) && !SENTENCE_END.test(t.replace(/\s*\p{So}\uFE0F?$/u, '')) && !/[,;:]$/.test(t);
}

/** A link up the page by its own evidence: an arrow pointing up, or two words or more one of which names the page's top. */
function isMarked(text: string): boolean {
  const t = text.trim();
  return UP_MARK.test(t) || (wordCount(t) >= 2 && TOP_WORD.test(t));
}

/**
 * Lines of a web page that link back up to its top or its contents, set before its section
 * headings ("↑ Back up to the top⏎Round Two", "▲ Top⏎⏎Chapter Two", "Zpět nahoru⏎Final
 * Scores"). Each is a short line opening its block (a blank line above it), no sentence, no
 * figure, with a title-like line under it (directly or past a blank line) and a line of the text
 * above. They go when the page holds the pattern: two of them at least marked as links up (an
 * arrow pointing up, or a word naming the page's top in a line of two words or more); a line
 * repeating a marked one's words goes with them. A single such line, or lines with no mark in
 * any, stay: a heading's kicker or a poem's refrain before the next title has the same place.
 * Taking them out before the caption and promotion rules run spares the heading under them,
 * which those rules took as the link's caption or box.
 */
export const removeBackToTop: Pass = {
  ruleId: 'web/back-to-top',
  run(text) {
    const lines = splitLines(text);
    const slots: Line[] = [];
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (isBlank(line) || !isBlank(lines[i - 1]) || !isLinkShape(line.text)) continue;
      // A line of the text above it.
      let above = i - 1;
      while (above >= 0 && isBlank(lines[above])) above--;
      if (above < 0) continue;
      // A title-like line under it, directly or past one blank line, that is no prose.
      let below = i + 1;
      if (lines[below] !== undefined && isBlank(lines[below])) below++;
      const heading = lines[below];
      // A section sign before its number ("§ 2 Methods") opens a heading as a capital does.
      const headingText = heading === undefined ? '' : heading.text.replace(/^\s*[§¶]\s*/u, '');
      if (heading === undefined || isBlank(heading) || !isTitleLike(headingText) || isLooseProse(headingText)) continue;
      if (normaliseForComparison(heading.text) === normaliseForComparison(line.text)) continue;
      slots.push(line);
    }
    const marked = slots.filter((line) => isMarked(line.text));
    if (marked.length < MIN_MARKED) return [];
    const markedText = new Set(marked.map((line) => normaliseForComparison(line.text)));
    // On a page that holds the pattern, a line filling the place twice or more is one of its links too, in a tongue
    // the list does not name ("Nach oben" over two headings): the page's own label, repeated.
    const slotCount = new Map<string, number>();
    for (const line of slots) slotCount.set(normaliseForComparison(line.text), (slotCount.get(normaliseForComparison(line.text)) ?? 0) + 1);
    const edits: Edit[] = [];
    for (const line of slots) {
      const key = normaliseForComparison(line.text);
      if (!isMarked(line.text) && !markedText.has(key) && (slotCount.get(key) ?? 0) < MIN_REPEATS) continue;
      // The line alone goes, with the blank lines under it when it stood apart: the heading keeps the blank line above it.
      const next = lines[line.index + 1];
      const end = next !== undefined && isBlank(next) ? (lines[line.index + 2]?.start ?? text.length) : (next?.start ?? text.length);
      edits.push({ start: line.start, end, text: '', ruleId: 'web/back-to-top', reason: 'a link back up the page before a heading' });
      // Set directly over its heading, the link stood where the page's section begins, and the heading is one line: a
      // line set tight under a heading in capitals that goes on in another case (a credit, the text) is no part of it,
      // and stands apart as it did under the link ("▲ Top⏎NOTES ON THE SERVICE⏎Photo: …⏎A. Runs on …").
      const heading = next !== undefined && !isBlank(next) ? next : undefined;
      const under = heading === undefined ? undefined : lines[heading.index + 1];
      if (heading !== undefined && under !== undefined && !isBlank(under) && isAllCaps(heading.text, MIN_CAPITAL_LETTERS) && !isAllCaps(under.text, MIN_CAPITAL_LETTERS) && !/^\s*\p{Ll}/u.test(under.text)) {
        edits.push({ start: heading.end, end: heading.end, text: '\n', ruleId: 'web/back-to-top', reason: 'the heading the link stood over, set apart from the line under it' });
      }
    }
    return edits;
  },
  describe: (edit, old) => `Removed ${edit.reason ?? 'a link back up the page'} (“${old.trim().slice(0, 60)}”)`,
};
