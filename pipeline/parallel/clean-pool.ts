/**
 * Cleans a book's manuscripts on worker threads when the machine has cores to spare, each
 * taking the next manuscript from one queue until none is left, so a long piece on one thread
 * does not hold the others up; otherwise, and for a book under PARALLEL_MIN_CHARS of text, on
 * the main thread. When workers run, the main thread only hands out work, and each worker's
 * heap is capped (WORKER_HEAP_MB, far above what one manuscript needs) and given back whole
 * when the pool ends. A worker that fails or runs out of memory leaves its share to the others
 * and, last, to the main thread.
 *
 * With work of its own for the main thread (`mainWork`: a build warms the print edition's
 * fonts and modules, which do not depend on the text), the two overlap: a worker starts
 * cleaning at once, even on two cores and for a short book, while the main thread does that
 * work, then takes manuscripts from the same queue until none is left (when enough are left to
 * repay its getting ready to clean, MAIN_JOINS_FROM_CHARS). This needs a worker
 * that starts fast, the bundled one (see scripts/bundle.mjs): from the TypeScript sources a
 * worker takes over a second to start, so there the main thread does its work and cleans alone.
 *
 * Results come back in the order of `manuscripts` and are the same as a sequential run's: each
 * manuscript is cleaned by a cleaner of its own thread, and cleaning is a pure function of it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createCleaner, type Cleaner } from '../clean/index.ts';

export { createCleaner };
import { AnthologyError } from '../diagnostics.ts';
import type { CleanText, Diagnostic, Manuscript } from '../types.ts';

/**
 * Below this many characters to clean, starting workers costs more than it saves. Measured on
 * two cores at 50x the anthology (11 M characters): a worker takes about 1.5 s to start and load
 * the cleaner, and cleans about 13% slower than the main thread (4.97 s against 4.39 s for the
 * same 251 pieces), so two workers took 4.9-5.9 s where the main thread alone took 4.4 s.
 */
export const PARALLEL_MIN_CHARS = 4_000_000;

/**
 * With work of its own first (`mainWork`), the main thread cleans beside the workers only when
 * at least this many characters are left: before its first manuscript it loads the cleaner's
 * word tables and warms its code, as each worker did, which a short remainder does not repay.
 */
export const MAIN_JOINS_FROM_CHARS = 200_000;

/** The old-generation heap of each worker, in MB. */
const WORKER_HEAP_MB = 256;

export interface CleanPoolOptions {
  /** Worker threads; by default one per core but one, at most 4, and none on two cores or fewer. 0 cleans on the main thread. */
  workers?: number;
  /** Use workers only from this many characters to clean on (default PARALLEL_MIN_CHARS). */
  minChars?: number;
  /**
   * Work of the main thread's own, done while workers clean; the main thread then cleans
   * beside them. By default at least one worker starts for it, when workers start fast.
   */
  mainWork?: () => void | Promise<void>;
  /** After `mainWork`, the main thread cleans too when this many characters are left (default MAIN_JOINS_FROM_CHARS). */
  mainJoinsFromChars?: number;
  /** The worker's script, instead of the pool's own (tests start one that fails). */
  workerFile?: URL;
  /** Called as each manuscript is done, with how many are done. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each manuscript's index as it is done, and where it was cleaned. */
  onCleaned?: (index: number, on: 'worker' | 'main') => void;
  /** Called when a worker fails to start or dies; its share is cleaned by the others. */
  onWorkerError?: (error: Error) => void;
}

interface WorkerReply {
  ready?: true;
  index?: number;
  result?: CleanText;
  error?: { name?: string; message: string; stack?: string; diagnostics?: Diagnostic[] };
}

/** Defined (true) by scripts/bundle.mjs in the bundle, whose worker starts in a few tens of milliseconds. */
declare const ANTHOLOGY_BUNDLED: boolean | undefined;
const BUNDLED = typeof ANTHOLOGY_BUNDLED !== 'undefined' && ANTHOLOGY_BUNDLED;

export async function cleanAll(manuscripts: readonly Manuscript[], options: CleanPoolOptions = {}): Promise<CleanText[]> {
  const results: CleanText[] = new Array(manuscripts.length);
  const chars = manuscripts.reduce((sum, m) => sum + m.raw.length, 0);
  const { mainWork } = options;
  const workerCount =
    manuscripts.length === 0
      ? 0
      : mainWork
        ? (options.workers ?? (BUNDLED ? Math.max(1, defaultWorkers()) : 0))
        : chars < (options.minChars ?? PARALLEL_MIN_CHARS) || manuscripts.length < 2
          ? 0
          : (options.workers ?? defaultWorkers());
  // Longest first, so that the last piece taken, by whichever thread is free, is a short one.
  const order = [...manuscripts.keys()];
  if (mainWork && workerCount > 0) order.sort((a, b) => manuscripts[b]!.raw.length - manuscripts[a]!.raw.length || a - b);
  // A worker beside a busy main thread has its next manuscript already, as the main thread reads its replies only between manuscripts.
  const depth = mainWork ? 2 : 1;
  let next = 0;
  let done = 0;
  const finish = (index: number, result: CleanText, on: 'worker' | 'main'): void => {
    results[index] = detached(result);
    options.onCleaned?.(index, on);
    done += 1;
    options.onProgress?.(done, manuscripts.length);
  };

  let failure: unknown;
  const workers = Array.from({ length: workerCount }, () => startWorker(options.workerFile));
  const workersDone = workers.map(
    (worker) =>
      new Promise<void>((resolve) => {
        let inFlight = 0;
        const feed = (): void => {
          while (inFlight < depth && next < order.length && failure === undefined) {
            const index = order[next++]!;
            inFlight += 1;
            worker.postMessage({ index, manuscript: manuscripts[index] });
          }
          // A worker with work keeps the process alive until it answers; an idle one does not.
          if (inFlight > 0) worker.ref();
          else {
            worker.unref();
            resolve();
          }
        };
        worker.on('message', (reply: WorkerReply) => {
          if (reply.index === undefined) return;
          inFlight -= 1;
          if (reply.error) failure ??= workerError(reply.error, manuscripts[reply.index]!);
          else if (reply.result) finish(reply.index, reply.result, 'worker');
          feed();
        });
        // A worker that cannot start (or dies) leaves its share to the main thread.
        worker.on('error', (error) => {
          options.onWorkerError?.(error as Error);
          resolve();
        });
        worker.on('exit', () => resolve());
        feed();
      }),
  );

  let cleaner: Cleaner | undefined;
  try {
    if (mainWork) {
      await mainWork();
      const left = order.slice(next).reduce((sum, index) => sum + manuscripts[index]!.raw.length, 0);
      const join = workerCount === 0 || left >= (options.mainJoinsFromChars ?? MAIN_JOINS_FROM_CHARS);
      while (join && next < order.length && failure === undefined) {
        const index = order[next++]!;
        cleaner ??= createCleaner();
        finish(index, cleaner.cleanManuscript(manuscripts[index]!), 'main');
        // Lets the workers' replies in, so that they are given their next manuscripts.
        if (workerCount > 0) await new Promise((resolve) => setImmediate(resolve));
      }
    } else {
      while (workerCount === 0 && next < order.length) {
        const index = order[next++]!;
        cleaner ??= createCleaner();
        finish(index, cleaner.cleanManuscript(manuscripts[index]!), 'main');
      }
    }
    await Promise.all(workersDone);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failure !== undefined) throw failure;
  // A manuscript a dead worker had taken is cleaned here.
  for (const [index, manuscript] of manuscripts.entries()) {
    if (results[index] === undefined) finish(index, (cleaner ??= createCleaner()).cleanManuscript(manuscript), 'main');
  }
  return results;
}

/** On two cores two workers are slower than the main thread alone (see PARALLEL_MIN_CHARS). */
function defaultWorkers(): number {
  const cores = availableParallelism();
  return cores <= 2 ? 0 : Math.min(4, cores - 1);
}

function startWorker(file?: URL): Worker {
  // The bundle's worker is a bundle too (lib/_bundle/clean-worker.js beside this file's lib/parallel/).
  return new Worker(file ?? new URL(BUNDLED ? '../_bundle/clean-worker.js' : './_clean-worker.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
}

/** An error thrown in a worker, as the same error would have been thrown on the main thread. */
function workerError(error: NonNullable<WorkerReply['error']>, manuscript: Manuscript): Error {
  if (error.name === 'AnthologyError' && error.diagnostics) return new AnthologyError(error.diagnostics);
  const rebuilt = new Error(`${error.message} (cleaning ${manuscript.path} in a worker thread)`);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

/**
 * The cleaner's strings (the text, each edit's before and after, messages) are often slices of
 * a whole text as one of its passes saw it, and V8 keeps the whole parent alive for a slice: a
 * long book would hold every intermediate text of every piece (about 8 MB a copy of the
 * anthology, 400 MB at 50×). Each result is copied as it comes in, so those texts can go
 * before the next manuscript is cleaned.
 */
export function detached(result: CleanText): CleanText {
  return {
    ...result,
    markdown: ownCopy(result.markdown),
    edits: result.edits.map((edit) => ({ ...edit, old: ownCopy(edit.old), new: ownCopy(edit.new) })),
    diagnostics: result.diagnostics.map((d) => ({ ...d, message: ownCopy(d.message) })),
  };
}

/** A flat copy of `text` that refers to no other string (flattening ' ' + text copies it). */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}

