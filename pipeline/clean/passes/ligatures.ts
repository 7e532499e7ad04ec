import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';

/**
 * Latin ligature glyphs (U+FB00–U+FB06) are letters a PDF's text layer hands over as one
 * character: "ﬁnal", "inﬂuence", "oﬃce". Unicode keeps them only for compatibility; left in,
 * they defeat the spelling check, hyphenation, search and the book face (which makes its own
 * ligatures), and a reader's find for "office" misses "oﬃce". Each becomes the letters it
 * stands for, as compatibility decomposition (NFKC) gives them; nothing else is normalised
 * (NFKC would also flatten superscripts, fractions and the Dutch "ĳ" a text may mean).
 */
const LETTERS: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

const LIGATURE = /[\uFB00-\uFB06]/g;

export const expandLigatures: Pass = {
  ruleId: 'layout/ligatures',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(LIGATURE)) {
      edits.push({ start: m.index, end: m.index + 1, text: LETTERS[m[0]]!, ruleId: 'layout/ligatures' });
    }
    return edits;
  },
};
