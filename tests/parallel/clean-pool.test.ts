import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { loadSource } from '../../pipeline/load/index.ts';
import { cleanAll, OVERLAP_MAX_CHARS } from '../../pipeline/parallel/clean-pool.ts';

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

  it('cleans a short book on a worker while the main thread does its own work, with the same results', async () => {
    const { manuscripts } = await loadSource('manuscripts');
    const sequential = await cleanAll(manuscripts, { workers: 0 });
    const events: string[] = [];
    const errors: Error[] = [];
    const pooled = await cleanAll(manuscripts, {
      workers: 1,
      mainWork: async () => {
        events.push('main work');
        await new Promise((resolve) => setTimeout(resolve, 10));
        events.push('main work done');
      },
      onCleaned: (_, on) => events.push(on),
      onWorkerError: (error) => errors.push(error),
    });
    expect(errors).toEqual([]);
    expect(events.slice(0, 2)).toEqual(['main work', 'main work done']);
    expect(events.slice(2)).toEqual(manuscripts.map(() => 'worker'));
    expect(isDeepStrictEqual(pooled, sequential)).toBe(true);
  }, 60_000);

  it('does the main work first and then cleans on the main thread when the book is long', async () => {
    const { manuscripts } = await loadSource('manuscripts');
    const long = { ...manuscripts[0]!, raw: manuscripts[0]!.raw.padEnd(OVERLAP_MAX_CHARS + 1, ' ') };
    const events: string[] = [];
    await cleanAll([long, ...manuscripts.slice(1)], {
      workers: 1,
      mainWork: () => {
        events.push('main work');
      },
      onCleaned: (_, on) => events.push(on),
    });
    expect(events).toEqual(['main work', ...manuscripts.map(() => 'main')]);
  }, 60_000);

  it('cleans everything on the main thread after its own work when the worker cannot start', async () => {
    const { manuscripts } = await loadSource('manuscripts');
    const sequential = await cleanAll(manuscripts, { workers: 0 });
    const where: string[] = [];
    const errors: Error[] = [];
    let mainWorked = false;
    const results = await cleanAll(manuscripts, {
      workers: 1,
      mainWork: () => {
        mainWorked = true;
      },
      workerFile: new URL('./no-such-worker.mjs', import.meta.url),
      onCleaned: (_, on) => where.push(on),
      onWorkerError: (error) => errors.push(error),
    });
    expect(mainWorked).toBe(true);
    expect(errors.length).toBeGreaterThan(0);
    expect(where).toEqual(manuscripts.map(() => 'main'));
    expect(isDeepStrictEqual(results, sequential)).toBe(true);
  }, 60_000);
});
