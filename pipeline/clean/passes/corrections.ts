import type { Correction, Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';

/**
 * One front-matter correction as a pass: every occurrence of `find` becomes `replace`.
 * Each correction is its own pass, so two corrections may touch the same words in turn.
 */
export function correctionPass(correction: Correction): Pass {
  return {
    ruleId: 'corrections',
    run(text) {
      const edits: Edit[] = [];
      if (!correction.find) return edits;
      for (let at = text.indexOf(correction.find); at !== -1; at = text.indexOf(correction.find, at + correction.find.length)) {
        edits.push({ start: at, end: at + correction.find.length, text: correction.replace, ruleId: 'corrections', reason: correction.reason });
      }
      return edits;
    },
  };
}
