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

  it('cleans on a worker while the main thread does its own work, then beside it, with the same results', async () => {
    const { manuscripts } = await loadSource('manuscripts');
    const sequential = await cleanAll(manuscripts, { workers: 0 });
    const events: string[] = [];
    const errors: Error[] = [];
    const pooled = await cleanAll(manuscripts, {
      workers: 1,
      mainJoinsFromChars: 0,
      mainWork: async () => {
        events.push('main work');
        await new Promise((resolve) => setTimeout(resolve, 10));
        events.push('main work done');
      },
      onCleaned: (_, on) => events.push(on),
      onWorkerError: (error) => errors.push(error),
    });
    expect(errors).toEqual([]);
    expect(isDeepStrictEqual(pooled, sequential)).toBe(true);
    // The main thread cleans nothing before its own work is done, and the worker had its share.
    expect(events.slice(0, events.indexOf('main work done') + 1).filter((e) => e === 'main')).toEqual([]);
    expect(events).toContain('worker');
    expect(events.filter((e) => e === 'worker' || e === 'main')).toHaveLength(manuscripts.length);
  }, 60_000);

  it('leaves a short remainder to the worker once the main thread is done with its own work', async () => {
    const { manuscripts } = await loadSource('manuscripts');
    const where: string[] = [];
    let mainWorked = false;
    const results = await cleanAll(manuscripts, {
      workers: 1,
      mainJoinsFromChars: Number.POSITIVE_INFINITY,
      mainWork: () => {
        mainWorked = true;
      },
      onCleaned: (_, on) => where.push(on),
    });
    expect(mainWorked).toBe(true);
    expect(where).toEqual(manuscripts.map(() => 'worker'));
    expect(results.map((r) => r.path)).toEqual(manuscripts.map((m) => m.path));
  }, 60_000);

  it('cleans everything on the main thread after its own work when the worker cannot start', async () => {
    const { manuscripts } = await loadSource('manuscripts');
    const sequential = await cleanAll(manuscripts, { workers: 0 });
    const where: string[] = [];
    const errors: Error[] = [];
    const results = await cleanAll(manuscripts, {
      workers: 1,
      mainJoinsFromChars: Number.POSITIVE_INFINITY,
      mainWork: () => {},
      workerFile: new URL('./no-such-worker.mjs', import.meta.url),
      onCleaned: (_, on) => where.push(on),
      onWorkerError: (error) => errors.push(error),
    });
    expect(errors.length).toBeGreaterThan(0);
    expect(where).toEqual(manuscripts.map(() => 'main'));
    expect(isDeepStrictEqual(results, sequential)).toBe(true);
  }, 60_000);
});
