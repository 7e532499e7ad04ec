// A worker thread of the clean pool (clean-pool.ts): cleans the manuscripts it is sent, one at
// a time, and posts each result back. Plain JavaScript, so it can start before TypeScript
// loads: under `node --import tsx` the loader is inherited; otherwise tsx is registered here.
import { parentPort } from 'node:worker_threads';

async function loadPool() {
  try {
    return await import('./clean-pool.ts');
  } catch (error) {
    if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
    const { register } = await import('tsx/esm/api');
    register();
    // The failed import is remembered under its URL: a query makes it a new one.
    return import('./clean-pool.ts?with-tsx');
  }
}

const { createCleaner, detached } = await loadPool();
const cleaner = createCleaner();
parentPort.on('message', ({ index, manuscript }) => {
  try {
    // Copies without the slices of whole intermediate texts, so the message is the result's size.
    parentPort.postMessage({ index, result: detached(cleaner.cleanManuscript(manuscript)) });
  } catch (error) {
    parentPort.postMessage({
      index,
      error: { name: error?.name, message: String(error?.message ?? error), stack: error?.stack, diagnostics: error?.diagnostics },
    });
  }
});
parentPort.postMessage({ ready: true });
