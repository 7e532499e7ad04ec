// A worker thread of the clean pool (clean-pool.ts): cleans the manuscripts it is sent, one at
// a time, and posts each result back. Plain JavaScript, so it can start before TypeScript
// loads: under `node --import tsx` the loader is inherited; otherwise tsx is registered here.
import { parentPort } from 'node:worker_threads';

async function loadCleaner() {
  try {
    return await import('../clean/index.ts');
  } catch (error) {
    if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
    const { register } = await import('tsx/esm/api');
    register();
    return import('../clean/index.ts');
  }
}

const { createCleaner } = await loadCleaner();
const cleaner = createCleaner();
parentPort.on('message', ({ index, manuscript }) => {
  try {
    parentPort.postMessage({ index, result: cleaner.cleanManuscript(manuscript) });
  } catch (error) {
    parentPort.postMessage({
      index,
      error: { name: error?.name, message: String(error?.message ?? error), stack: error?.stack, diagnostics: error?.diagnostics },
    });
  }
});
parentPort.postMessage({ ready: true });
