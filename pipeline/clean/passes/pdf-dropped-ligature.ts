import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { standaloneWords } from '../_words.ts';
import { isKnown } from '../suspects.ts';
import { ocrRepair } from './ocr-confusion.ts';

/**
 * The letters a typeface sets as one ligature glyph. A PDF whose font maps no text to its
 * ligatures hands over words without them: "rst", "eld", "owering", "specic", "reector".
 * Longest first, so that "oce" is tried as "office" before "ofice".
 */
const LIGATURES = ['ffi', 'ffl', 'ff', 'fi', 'fl'];
/** Shortest word looked at: "rst", "eld", "ies"; two letters leave too many words within reach. */
const MIN_LENGTH = 3;
/**
 * Different words of the document that only a lost ligature explains before any is repaired:
 * a font drops its ligatures wherever it set them, so a text that lost them shows it in many
 * words, while one unknown word that a ligature happens to complete is a chance.
 */
const MIN_EVIDENCE = 3;
/** OCR slips are looked for in words this long (as ocr/confusion does). */
const MIN_OCR_LENGTH = 4;

/** The one dictionary word that a ligature's letters put back into the word makes, if there is exactly one. */
function ligatureRepair(lower: string, ctx: PassContext): string | undefined {
  if (isKnown(lower, ctx.speller)) return undefined;
  const found = new Set<string>();
  for (let at = 0; at <= lower.length; at++) {
    for (const letters of LIGATURES) {
      const candidate = lower.slice(0, at) + letters + lower.slice(at);
      if (isKnown(candidate, ctx.speller)) found.add(candidate);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The word before, with only a space between ("begin ning"): the word may be the end of one broken at a line. */
const WORD_BEFORE = /(\p{L}+)[^\S\n]+$/u;

/** The word is the rest of the word before it, broken where a line ended ("begin" + "ning", "remain" + "ing"). */
function restOfWordBefore(text: string, at: number, lower: string, ctx: PassContext): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  return before !== undefined && isKnown(`${before.toLowerCase()}${lower}`, ctx.speller);
}

/**
 * Ligatures a PDF's font dropped from its words ("the rst record", "a whiteowered plant",
 * "the reector"): a lower-case word that neither the dictionary nor the document knows, which
 * the letters of one ligature ("fi", "fl", "ff", "ffi", "ffl") put in at one place, and only
 * there, make a dictionary word. Repaired only where the document shows the font's habit: at
 * least MIN_EVIDENCE different words that nothing else explains (no OCR slip, no word broken at
 * a line). Then a word an OCR slip would also explain ("reector", "rector") is the ligature's too.
 */
export const restoreDroppedLigatures: Pass = {
  ruleId: 'pdf/dropped-ligature',
  run(text, ctx) {
    const found: { start: number; end: number; repair: string; lower: string }[] = [];
    const evidence = new Set<string>();
    for (const m of standaloneWords(text, MIN_LENGTH)) {
      const word = m[0];
      // Lower case only: a capitalised word the dictionary lacks is a name's more often than a word's.
      if (word !== word.toLowerCase()) continue;
      const repair = ligatureRepair(word, ctx);
      if (repair === undefined || restOfWordBefore(text, m.index, word, ctx)) continue;
      found.push({ start: m.index, end: m.index + word.length, repair, lower: word });
      if (word.length < MIN_OCR_LENGTH || ocrRepair(word, ctx) === undefined) evidence.add(word);
    }
    if (evidence.size < MIN_EVIDENCE) return [];
    return found.map((f): Edit => ({ start: f.start, end: f.end, text: f.repair, ruleId: 'pdf/dropped-ligature' }));
  },
};
