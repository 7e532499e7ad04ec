/**
 * The work of a clean pool's worker thread (clean-pool.ts): cleans the manuscripts it is sent,
 * one at a time, and posts each result back. Started as _clean-worker.mjs from the sources and
 * lib/, and as its own bundle (lib/_bundle/clean-worker.js) from the bundle.
 */
import { parentPort } from 'node:worker_threads';
import { createCleaner } from '../clean/index.ts';
import { CLAIMED_BY_WORKER, UNCLAIMED, detached } from './clean-pool.ts';

const port = parentPort;
if (port) {
  const cleaner = createCleaner();
  port.on('message', ({ index, manuscript, claims }) => {
    // While streaming, the main thread may have begun this one itself (clean-pool.ts stealable).
    if (claims && Atomics.compareExchange(new Int32Array(claims), index, UNCLAIMED, CLAIMED_BY_WORKER) !== UNCLAIMED) {
      port.postMessage({ index, skipped: true });
      return;
    }
    try {
      // Copies without the slices of whole intermediate texts, so the message is the result's size.
      const start = performance.now();
      const result = detached(cleaner.cleanManuscript(manuscript));
      // How long cleaning took here, for the pool's sharing of work (clean-pool.ts worthStealing).
      port.postMessage({ index, result, ms: performance.now() - start });
    } catch (error) {
      const failure = error as { name?: string; message?: string; stack?: string; diagnostics?: unknown } | undefined;
      port.postMessage({
        index,
        error: { name: failure?.name, message: String(failure?.message ?? error), stack: failure?.stack, diagnostics: failure?.diagnostics },
      });
    }
  });
  port.postMessage({ ready: true });
}
