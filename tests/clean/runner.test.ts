import { describe, expect, it } from 'vitest';
import type { Edit } from '../../pipeline/types.ts';
import { runPasses, toOriginalOffset, type Pass } from '../../pipeline/clean/_runner.ts';
import { createContext } from '../../pipeline/clean/_context.ts';
import { createCleaner } from '../../pipeline/clean/index.ts';
import type { Manuscript } from '../../pipeline/types.ts';

const speller = { correct: () => true };
const ctx = createContext('', { file: 'x.md', profile: 'web' }, speller);

function pass(ruleId: string, edits: (text: string) => Omit<Edit, 'ruleId'>[]): Pass {
  return { ruleId, run: (text) => edits(text).map((e) => ({ ...e, ruleId })) };
}

describe('runPasses', () => {
  it('applies edits in order and maps positions back through every pass', () => {
    const text = 'aaa\nbbb\nccc\n';
    const passes = [
      pass('one', () => [{ start: 0, end: 4, text: '' }]), // drop "aaa\n"
      pass('two', () => [{ start: 0, end: 0, text: 'XX' }]), // insert before "bbb"
      pass('three', (t) => [{ start: t.indexOf('ccc'), end: t.indexOf('ccc') + 3, text: 'C' }]),
    ];
    const result = runPasses(text, passes, ctx);
    expect(result.text).toBe('XXbbb\nC\n');
    // "C" in the final text came from "ccc" on line 3 of the original.
    expect(toOriginalOffset(result.maps, 3, result.text.indexOf('C'))).toBe(8);
    // The edit of pass three is reported at its position in pass three's input, mapped back.
    const third = result.applied.find((a) => a.edit.ruleId === 'three')!;
    expect(toOriginalOffset(result.maps, third.passIndex, third.edit.start)).toBe(8);
    expect(third.old).toBe('ccc');
  });

  it('refuses overlapping edits, naming the rule', () => {
    const overlapping = pass('greedy', () => [
      { start: 0, end: 3, text: 'x' },
      { start: 2, end: 4, text: 'y' },
    ]);
    expect(() => runPasses('abcdef', [overlapping], ctx)).toThrow(/greedy/);
    const twoInserts = pass('twice', () => [
      { start: 1, end: 1, text: 'x' },
      { start: 1, end: 1, text: 'y' },
    ]);
    expect(() => runPasses('abc', [twoInserts], ctx)).toThrow(/twice/);
  });

  it('with a failure handler, skips a pass that throws or returns refused edits, keeping the text and the other passes', () => {
    const failures: string[] = [];
    const upper = pass('upper', (text) => [{ start: 0, end: 1, text: text[0]!.toUpperCase() }]);
    const overlapping = pass('greedy', () => [
      { start: 0, end: 3, text: 'x' },
      { start: 2, end: 4, text: 'y' },
    ]);
    const throwing = pass('throws', () => {
      throw new Error('a bug');
    });
    const last = pass('last', (text) => [{ start: text.length, end: text.length, text: '!' }]);
    const result = runPasses('abcdef', [upper, overlapping, throwing, last], ctx, (ruleId, error) => failures.push(`${ruleId}: ${(error as Error).message}`));
    expect(result.text).toBe('Abcdef!');
    expect(failures).toEqual([expect.stringMatching(/^greedy: .*overlapping/), 'throws: a bug']);
    expect(result.applied.map((a) => a.edit.ruleId)).toEqual(['upper', 'last']);
    // Offsets still map through the skipped passes.
    expect(toOriginalOffset(result.maps, 4, result.text.indexOf('!'))).toBe(6);
  });

  it('accepts an insertion right before or after a replacement', () => {
    const neighbours = pass('n', () => [
      { start: 1, end: 1, text: '<' },
      { start: 1, end: 2, text: 'B' },
      { start: 2, end: 2, text: '>' },
    ]);
    expect(runPasses('abc', [neighbours], ctx).text).toBe('a<B>c');
  });
});

describe('edit positions in the raw file', () => {
  const cleaner = createCleaner();

  it('reports edits at the raw line:column, past the front matter and earlier passes', () => {
    const frontMatter = '---\ntitle: Piece\nauthor: A\n---\n';
    const body = 'Navigation junk\r\n\r\nA first sentence of real prose that goes on for quite a while here.Then another one follows on.\r\n\r\nDo not get side tracked by Lenin,s ideas, which are long enough to count as prose here.\r\n';
    const manuscript: Manuscript = {
      path: 'manuscripts/piece.md',
      raw: frontMatter + body,
      body,
      bodyOffset: frontMatter.length,
      meta: { title: 'Piece', titleSupplied: false, author: 'A', role: 'piece', format: 'web', corrections: [] },
      fields: {},
    };
    const result = cleaner.cleanManuscript(manuscript);
    const space = result.edits.find((e) => e.ruleId === 'web/sentence-space')!;
    expect(space).toMatchObject({ line: 7, column: 68, old: '', new: ' ' });
    const comma = result.edits.find((e) => e.ruleId === 'web/comma-apostrophe')!;
    expect(comma).toMatchObject({ line: 9, column: 33, old: ',', new: "'" });
    const crlf = result.edits.filter((e) => e.ruleId === 'layout/line-endings');
    expect(crlf[0]).toMatchObject({ line: 5, column: 16, old: '\r\n' });
    expect(result.markdown).toMatch(/^# Piece\n\n(?!# )(?![\s\S]*^# )/m);
  });

  it('places suspect words and captions as diagnostics with file:line:column', () => {
    const text = 'Some prose.\n\nThe leader in 1917\nA long paragraph of prose follows here, with a mispelt word in it so the checker has work.\n';
    const result = cleaner.cleanText(text, { file: 'piece.txt', format: 'web' });
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'web/caption', file: 'piece.txt', line: 3, column: 1, severity: 'info' }));
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'spelling/suspect', line: 4, column: 48, message: expect.stringContaining('mispelt') }),
    );
  });

  it('warns about a correction that finds nothing', () => {
    const result = cleaner.cleanText('Plain text.\n', { file: 'p.txt', format: 'web', corrections: [{ find: 'absent', replace: 'x', reason: 'r' }] });
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'clean/unused-correction', severity: 'warning' }));
  });
});
