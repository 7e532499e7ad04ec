import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { loadSource } from '../../pipeline/load/index.ts';
import { cleanAll } from '../../pipeline/parallel/clean-pool.ts';

describe('clean pool', () => {
  it('gives the same results, in the same order, on worker threads as on the main thread alone', async () => {
    const { manuscripts } = await loadSource('manuscripts');
    // Reversed, so the long piece is taken early and finishes late: order must still hold.
    const input = [...manuscripts].reverse();
    const sequential = await cleanAll(input, { workers: 0 });
    const progress: number[] = [];
    const where: string[] = [];
    const errors: Error[] = [];
    const pooled = await cleanAll(input, {
      workers: 2,
      minChars: 0,
      onProgress: (done) => progress.push(done),
      onCleaned: (_, on) => where.push(on),
      onWorkerError: (error) => errors.push(error),
    });
    // The workers really cleaned them (a worker that cannot start would leave them to this thread).
    expect(errors).toEqual([]);
    expect(where).toEqual(input.map(() => 'worker'));
    expect(pooled.map((r) => r.path)).toEqual(input.map((m) => m.path));
    expect(isDeepStrictEqual(pooled, sequential)).toBe(true);
    expect(progress).toEqual(input.map((_, i) => i + 1));
  }, 60_000);

  it('cleans on the main thread alone when the book is small', async () => {
    const { manuscripts } = await loadSource('manuscripts');
    const progress: number[] = [];
    const where: string[] = [];
    const results = await cleanAll(manuscripts.slice(0, 2), {
      workers: 2,
      onProgress: (done) => progress.push(done),
      onCleaned: (_, on) => where.push(on),
    });
    expect(results.map((r) => r.path)).toEqual(manuscripts.slice(0, 2).map((m) => m.path));
    expect(progress).toEqual([1, 2]);
    expect(where).toEqual(['main', 'main']);
  });
});
