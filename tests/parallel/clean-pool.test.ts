import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { loadSource } from '../../pipeline/load/index.ts';
import { cleanAll, OVERLAP_MAX_CHARS, worthStealing } from '../../pipeline/parallel/clean-pool.ts';

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

  it('streams a book: works on each result as it comes while the worker cleans, in the book order', async () => {
    const { manuscripts } = await loadSource('manuscripts');
    const sequential = await cleanAll(manuscripts, { workers: 0 });
    const where = new Map<number, string>();
    const given: number[] = [];
    const errors: Error[] = [];
    const events: string[] = [];
    const pooled = await cleanAll(manuscripts, {
      workers: 1,
      mainWork: () => {
        events.push('main work');
      },
      withCleaned: async (index, result) => {
        // Given once, on the main thread's turn, with the result as cleanAll returns it.
        expect(where.has(index)).toBe(true);
        expect(isDeepStrictEqual(result, sequential[index])).toBe(true);
        given.push(index);
        events.push('with');
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
      onCleaned: (index, on) => {
        where.set(index, on);
        events.push(on);
      },
      whileWaiting: () => {
        events.push('waiting');
      },
      onWorkerError: (error) => errors.push(error),
    });
    expect(errors).toEqual([]);
    expect(events[0]).toBe('main work');
    // The work for a wait is done once, while the worker still had the long piece to send.
    expect(events.filter((event) => event === 'waiting')).toHaveLength(1);
    expect(events.indexOf('waiting')).toBeLessThan(events.lastIndexOf('worker'));
    expect(isDeepStrictEqual(pooled, sequential)).toBe(true);
    expect(new Set(given).size).toBe(given.length);
    expect(given.length).toBeGreaterThan(0);
    // The worker takes the pieces in the book's order.
    const byWorker = [...where].filter(([, on]) => on === 'worker').map(([index]) => index);
    expect(byWorker).toEqual([...byWorker].sort((a, b) => a - b));
  }, 60_000);

  it('streams with every piece sent to the worker at once, and the main thread claims short ones the worker has not begun', async () => {
    const { manuscripts: all } = await loadSource('manuscripts');
    // The longest piece first: while the worker cleans it, the short ones after it are worth taking.
    const bySize = [...all].sort((a, b) => b.raw.length - a.raw.length);
    const manuscripts = [bySize[0]!, ...bySize.slice(-3)];
    const sequential = await cleanAll(manuscripts, { workers: 0 });
    const cleanedOn: [number, string][] = [];
    const errors: Error[] = [];
    const pooled = await cleanAll(manuscripts, {
      workers: 1,
      mainWork: () => {},
      withCleaned: () => {},
      onCleaned: (index, on) => cleanedOn.push([index, on]),
      onWorkerError: (error) => errors.push(error),
    });
    expect(errors).toEqual([]);
    expect(isDeepStrictEqual(pooled, sequential)).toBe(true);
    // Each piece is cleaned once, by one thread: a piece the main thread claimed, the worker skipped.
    expect(cleanedOn.map(([index]) => index).sort()).toEqual([0, 1, 2, 3]);
    expect(cleanedOn.find(([index]) => index === 0)?.[1]).toBe('worker');
    expect(cleanedOn.some(([, on]) => on === 'main')).toBe(true);
  }, 60_000);

  it('cleans on the main thread only what it can before the worker sends back the piece it is cleaning', () => {
    const even = { worker: () => 1, clean: () => 1 };
    // A short piece while the worker is on a long one.
    expect(worthStealing(1_000, 50_000, even)).toBe(true);
    // A piece as long as the one the worker is cleaning is left to it.
    expect(worthStealing(20_000, 20_000, even)).toBe(false);
    // A slow worker leaves more to the main thread, a slow main thread less.
    expect(worthStealing(20_000, 20_000, { ...even, worker: () => 3 })).toBe(true);
    expect(worthStealing(10_000, 50_000, { ...even, clean: () => 3 })).toBe(false);
  });
});
