// A worker thread of the clean pool (clean-pool.ts), as started from the sources and from lib/
// (the bundle starts lib/_bundle/clean-worker.js, built from _clean-serve.ts). Plain
// JavaScript, so it can start before TypeScript loads: under `node --import tsx` the loader is
// inherited; otherwise tsx is registered here.
try {
  await import('./_clean-serve.ts');
} catch (error) {
  if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
  const { register } = await import('tsx/esm/api');
  register();
  // The failed import is remembered under its URL: a query makes it a new one.
  await import('./_clean-serve.ts?with-tsx');
}
