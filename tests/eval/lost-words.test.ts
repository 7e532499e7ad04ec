import { describe, expect, it } from 'vitest';
import type { EditRecord } from '../../pipeline/types.ts';
import { gluedDeletions, lostByRule } from '../../eval/lost-words.ts';

// The scorer's account of lost words (eval/lost-words.ts), on alignments made by hand.
const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('lost words by cause', () => {
  it('counts words run into a matched neighbour as glued, and a line gone as not', () => {
    const truth = ['by', 'his', 'own', 'way', 'we', 'went', 'home'];
    // "byhisown way home": "byhisown" is aligned with "by", "way" and "home" matched; "we went" gone.
    const hyp = ['byhisown', 'way', 'home'];
    const toTruth = Int32Array.from([0, 3, 6]);
    expect([...gluedDeletions(truth, hyp, toTruth)].sort()).toEqual([1, 2]);
  });

  it('glues after the run too ("ownway"), and never a run whose letters differ', () => {
    const truth = ['his', 'own', 'way'];
    expect([...gluedDeletions(truth, ['his', 'ownway'], Int32Array.from([0, 2]))]).toEqual([1]);
    expect([...gluedDeletions(truth, ['his', 'way'], Int32Array.from([0, 2]))]).toEqual([]);
  });

  it('names the rule whose edit over the word’s raw line took it, and "none" for a word no edit removed', () => {
    const raw = 'The river\nMill Lane in flood\nrose in the night\n';
    const truth = ['The', 'river', 'Mill', 'Lane', 'in', 'flood', 'rose', 'in', 'the', 'night'];
    // Raw tokens match the truth one to one; the cleaned text kept "The river rose in the night" and lost "night" too.
    const rawToTruth = Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const cleanToTruth = Int32Array.from([0, 1, 6, 7, 8]);
    const edits: EditRecord[] = [{ ruleId: 'pdf/caption', line: 2, column: 1, old: 'Mill Lane in flood\n', new: '' }];
    const byRule = lostByRule(truth, cleanToTruth, raw, rawToTruth, edits, new Set(), words);
    expect(Object.fromEntries(byRule)).toEqual({ 'pdf/caption': 4, none: 1 });
  });
});
