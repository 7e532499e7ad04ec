/**
 * Cleans a book's manuscripts on worker threads when the machine has cores to spare, each
 * taking the next manuscript from one queue until none is left, so a long piece on one thread
 * does not hold the others up; otherwise, and for a book under PARALLEL_MIN_CHARS of text, on
 * the main thread. When workers run, the main thread only hands out work, and each worker's
 * heap is capped (WORKER_HEAP_MB, far above what one manuscript needs) and given back whole
 * when the pool ends. A worker that fails or runs out of memory leaves its share to the others
 * and, last, to the main thread.
 *
 * With work of its own for the main thread (`mainWork`: a build loads the renderers and parses
 * the print fonts, which does not depend on the text) and a short book (up to
 * OVERLAP_MAX_CHARS), one worker cleans the whole book while the main thread does that work,
 * even on two cores. This needs a worker that starts fast, the bundled one (see
 * scripts/bundle.mjs): from the TypeScript sources a worker takes over a second to start, so
 * there the main thread does its work first and then cleans alone, as it does for a longer book.
 *
 * Results come back in the order of `manuscripts` and are the same as a sequential run's: each
 * manuscript is cleaned by a cleaner of its own thread, and cleaning is a pure function of it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Cleaner } from '../clean/index.ts';
import { AnthologyError } from '../diagnostics.ts';
import type { CleanText, Diagnostic, Manuscript } from '../types.ts';

/**
 * Below this many characters to clean, starting workers costs more than it saves. Measured on
 * two cores at 50x the anthology (11 M characters): a worker takes about 1.5 s to start and load
 * the cleaner, and cleans about 13% slower than the main thread (4.97 s against 4.39 s for the
 * same 251 pieces), so two workers took 4.9-5.9 s where the main thread alone took 4.4 s.
 * The bundled worker is ready in tens of milliseconds, but that does not change the rule on
 * two cores: at 10x (2.3 M characters) the main thread cleaning beside one bundled worker
 * took 0.2-0.6 s more main-thread time and 1.5 s more CPU, as each cleaner learns the book's
 * words afresh and the worker's is the slower.
 */
export const PARALLEL_MIN_CHARS = 4_000_000;

/**
 * Up to this many characters to clean, one worker cleans them while the main thread does its
 * own work (`mainWork`). What that saves is the main thread's work (about 0.3 s), at most;
 * what it costs grows with the text, as a worker cleans about 13% slower than the main thread
 * (see PARALLEL_MIN_CHARS) and its cleaner learns the book's words afresh: past about a million
 * characters the two even out.
 */
export const OVERLAP_MAX_CHARS = 1_000_000;

/**
 * Up to this many characters to clean, when the main thread has work to do with what is
 * cleaned (`withCleaned`: a build draws the print edition of each piece), one worker cleans the
 * book in its order while the main thread does that work with each result as it comes, and,
 * when it has none and the worker is busy with a long piece, cleans a short one from the far
 * end of the worker's queue itself (see steal).
 * Unlike OVERLAP_MAX_CHARS's waiting, the main thread keeps working while the worker cleans, so
 * both cores work for as long as there is text to clean; past PARALLEL_MIN_CHARS more workers
 * take over.
 */
export const STREAM_MAX_CHARS = PARALLEL_MIN_CHARS;

/** The old-generation heap of each worker, in MB. */
const WORKER_HEAP_MB = 256;

export interface CleanPoolOptions {
  /** Worker threads; by default one per core but one, at most 4, and none on two cores or fewer. 0 cleans on the main thread. */
  workers?: number;
  /** Use workers only from this many characters to clean on (default PARALLEL_MIN_CHARS). */
  minChars?: number;
  /**
   * Work of the main thread's own, done first. For a book of up to OVERLAP_MAX_CHARS, a worker
   * cleans it meanwhile, when workers start fast; otherwise the main thread cleans afterwards.
   */
  mainWork?: () => void | Promise<void>;
  /** The worker's script, instead of the pool's own (tests start one that fails). */
  workerFile?: URL;
  /** Called as each manuscript is done, with how many are done. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each manuscript's index as it is done, and where it was cleaned. */
  onCleaned?: (index: number, on: 'worker' | 'main') => void;
  /** Called when a worker fails to start or dies; its share is cleaned by the others. */
  onWorkerError?: (error: Error) => void;
  /**
   * Main-thread work with a cleaned manuscript (a build draws its print pages) that can be done
   * while a worker cleans the others. Given with `mainWork`, a book of up to STREAM_MAX_CHARS is
   * streamed: after its own work, the main thread takes each result as it comes, in the order
   * they are done, and when it has none, cleans one the worker has not begun itself when it can
   * before the worker's next result (see `steal` and `worthStealing`), or waits for the worker. Results that come
   * once every manuscript is cleaned are not given: what is left is the caller's.
   */
  withCleaned?: (index: number, result: CleanText) => void | Promise<void>;
  /**
   * Main-thread work for later that needs nothing cleaned (a build draws the EPUB's cover),
   * done once while streaming, the first time the main thread would wait for the worker.
   */
  whileWaiting?: () => void | Promise<void>;
}

interface WorkerReply {
  ready?: true;
  index?: number;
  /** The main thread claimed the manuscript first; the worker did not clean it. */
  skipped?: true;
  result?: CleanText;
  /** Milliseconds the worker took to clean it. */
  ms?: number;
  error?: { name?: string; message: string; stack?: string; diagnostics?: Diagnostic[] };
}

/** Defined (true) by scripts/bundle.mjs in the bundle, whose worker starts in a few tens of milliseconds. */
declare const ANTHOLOGY_BUNDLED: boolean | undefined;
const BUNDLED = typeof ANTHOLOGY_BUNDLED !== 'undefined' && ANTHOLOGY_BUNDLED;

export async function cleanAll(manuscripts: readonly Manuscript[], options: CleanPoolOptions = {}): Promise<CleanText[]> {
  const results: CleanText[] = new Array(manuscripts.length);
  const chars = manuscripts.reduce((sum, m) => sum + m.raw.length, 0);
  const { mainWork, withCleaned } = options;
  const parallel = chars >= (options.minChars ?? PARALLEL_MIN_CHARS) && manuscripts.length >= 2;
  const streaming = mainWork !== undefined && withCleaned !== undefined && !parallel && chars <= STREAM_MAX_CHARS;
  const overlap = mainWork !== undefined && !parallel && (streaming || chars <= OVERLAP_MAX_CHARS);
  const workerCount =
    manuscripts.length === 0 ? 0 : overlap ? (options.workers ?? (BUNDLED ? 1 : 0)) : parallel ? (options.workers ?? defaultWorkers()) : 0;
  // Beside the main thread's own work, the worker is sent every manuscript at once: the main
  // thread is busy for long stretches (preparing fonts, drawing pages) and hands out nothing
  // meanwhile, so a worker sent one or two at a time sat idle for a third of a second at 1x.
  // While streaming, the main thread may still clean one the worker has not begun: each is
  // claimed in a shared array (CLAIMED_BY_WORKER, CLAIMED_BY_MAIN) by whichever thread starts it.
  const depth = overlap ? manuscripts.length : 1;
  const claims = streaming && workerCount > 0 ? new Int32Array(new SharedArrayBuffer(4 * manuscripts.length)) : undefined;
  let next = 0;
  // Streaming: what is cleaned and not yet given to withCleaned, what the worker has been sent
  // and not answered (in the order it cleans them), and how long cleaning has taken per
  // character on each thread (see worthStealing).
  const ready: number[] = [];
  const inFlightIndices: number[] = [];
  const rates = createRates();
  let done = 0;
  let alive = workerCount;
  // Wakes the main thread's streaming loop when a worker answers or stops.
  let wake: (() => void) | undefined;
  const signal = (): void => {
    wake?.();
    wake = undefined;
  };
  const finish = (index: number, result: CleanText, on: 'worker' | 'main'): void => {
    results[index] = detached(result);
    options.onCleaned?.(index, on);
    done += 1;
    options.onProgress?.(done, manuscripts.length);
    if (streaming) ready.push(index);
  };

  let failure: unknown;
  const workers = Array.from({ length: workerCount }, () => startWorker(options.workerFile));
  const workersDone = workers.map(
    (worker) =>
      new Promise<void>((resolve) => {
        let inFlight = 0;
        let stopped = false;
        const stop = (): void => {
          if (stopped) return;
          stopped = true;
          alive -= 1;
          signal();
          resolve();
        };
        const feed = (): void => {
          while (inFlight < depth && next < manuscripts.length && failure === undefined) {
            const index = next++;
            inFlight += 1;
            inFlightIndices.push(index);
            worker.postMessage({ index, manuscript: manuscripts[index], ...(claims ? { claims: claims.buffer } : {}) });
          }
          // A worker with work keeps the process alive until it answers; an idle one does not.
          if (inFlight > 0) worker.ref();
          else {
            worker.unref();
            stop();
          }
        };
        worker.on('message', (reply: WorkerReply) => {
          if (reply.index === undefined) return;
          inFlight -= 1;
          inFlightIndices.splice(inFlightIndices.indexOf(reply.index), 1);
          if (reply.ms !== undefined) rates.workerCleaned(manuscripts[reply.index]!.raw.length, reply.ms);
          if (reply.skipped) {
            // The main thread cleaned it (claimed first).
          } else if (reply.error) failure ??= workerError(reply.error, manuscripts[reply.index]!);
          else if (reply.result) finish(reply.index, reply.result, 'worker');
          feed();
          signal();
        });
        // A worker that cannot start (or dies) leaves its share to the main thread.
        worker.on('error', (error) => {
          options.onWorkerError?.(error as Error);
          stop();
        });
        worker.on('exit', stop);
        feed();
      }),
  );

  // The cleaner's modules are loaded only when this thread cleans (workers load their own).
  let cleaner: Cleaner | undefined;
  const mainCleaner = async (): Promise<Cleaner> => (cleaner ??= (await import('../clean/index.ts')).createCleaner());
  try {
    await mainWork?.();
    while (workerCount === 0 && next < manuscripts.length) {
      const index = next++;
      finish(index, (await mainCleaner()).cleanManuscript(manuscripts[index]!), 'main');
    }
    // Streaming: the main thread works on what is cleaned, else cleans, else waits, until every
    // manuscript is done (or a worker fails, or none is left to clean them).
    let stolen: number | undefined;
    let whileWaiting = options.whileWaiting;
    while (streaming && done < manuscripts.length && failure === undefined && alive > 0) {
      const index = ready.shift();
      if (index !== undefined) {
        await withCleaned(index, results[index]!);
      } else if ((stolen = steal(inFlightIndices, claims, manuscripts, rates)) !== undefined) {
        const index = stolen;
        const ownCleaner = await mainCleaner();
        const start = performance.now();
        const result = ownCleaner.cleanManuscript(manuscripts[index]!);
        rates.mainCleaned(manuscripts[index]!.raw.length, performance.now() - start);
        finish(index, result, 'main');
      } else if (whileWaiting) {
        const work = whileWaiting;
        whileWaiting = undefined;
        await work();
      } else {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      // Lets the worker's answers in before the next choice.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(workersDone);
  } finally {
    // Stopped, not waited for: a worker takes 10-35 ms to tear its heap down and exit (on the
    // other core), and the build goes on meanwhile; an idle worker is unreferenced, so it never
    // keeps the process alive.
    for (const worker of workers) void worker.terminate();
  }
  if (failure !== undefined) throw failure;
  // A manuscript a dead worker had taken is cleaned here.
  for (const [index, manuscript] of manuscripts.entries()) {
    if (results[index] === undefined) finish(index, (await mainCleaner()).cleanManuscript(manuscript), 'main');
  }
  return results;
}

/** Milliseconds per character of cleaning on each thread, as measured so far in a streaming clean. */
interface Rates {
  workerCleaned: (chars: number, ms: number) => void;
  mainCleaned: (chars: number, ms: number) => void;
  worker: () => number;
  clean: () => number;
}

/** Each thread times its own cleaning; until one has, it is taken to clean as fast as the other. */
function createRates(): Rates {
  const sum = { worker: [0, 0], clean: [0, 0] };
  const add = (kind: keyof typeof sum, chars: number, ms: number): void => {
    sum[kind][0]! += chars;
    sum[kind][1]! += ms;
  };
  const rate = (kind: keyof typeof sum, fallback: number): number => (sum[kind][0]! > 0 ? sum[kind][1]! / sum[kind][0]! : fallback);
  return {
    workerCleaned: (chars, ms) => add('worker', chars, ms),
    mainCleaned: (chars, ms) => add('clean', chars, ms),
    worker: () => rate('worker', rate('clean', 1)),
    clean: () => rate('clean', rate('worker', 1)),
  };
}

/**
 * Whether the main thread, with nothing cleaned to work on, should clean a manuscript the
 * worker has not begun itself (`chars` long) rather than wait: when it can clean it before the worker, taken to be
 * half-way through the manuscript it is cleaning (`cleaning` characters long), sends it back.
 * So the main thread cleans only in time it would otherwise wait, and a long piece is left to
 * the worker.
 */
export function worthStealing(chars: number, cleaning: number, rates: Pick<Rates, 'worker' | 'clean'>): boolean {
  return chars * rates.clean() <= 0.5 * cleaning * rates.worker();
}

/** A manuscript's entry in a streaming clean's shared claims: nobody has begun it, the worker has, the main thread has. */
export const UNCLAIMED = 0;
export const CLAIMED_BY_WORKER = 1;
export const CLAIMED_BY_MAIN = 2;

/**
 * The manuscript the main thread takes from the worker's queue, claimed so the worker skips it,
 * if any: the last one the worker has not begun that is worth stealing while it cleans the
 * first of those sent and not answered. The last, not the next: the worker reaches it last, so
 * taking it shortens the worker's queue from its far end, where a long book's cleaning ends
 * after the main thread has drawn everything before it; the next one the main thread would
 * have to wait for anyway.
 */
function steal(inFlight: readonly number[], claims: Int32Array | undefined, manuscripts: readonly Manuscript[], rates: Rates): number | undefined {
  if (!claims || inFlight.length < 2) return undefined;
  const cleaning = manuscripts[inFlight[0]!]!.raw.length;
  for (let k = inFlight.length - 1; k >= 1; k--) {
    const candidate = inFlight[k]!;
    if (Atomics.load(claims, candidate) !== UNCLAIMED) continue;
    if (!worthStealing(manuscripts[candidate]!.raw.length, cleaning, rates)) continue;
    if (Atomics.compareExchange(claims, candidate, UNCLAIMED, CLAIMED_BY_MAIN) === UNCLAIMED) return candidate;
  }
  return undefined;
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

