/**
 * One measured build, in its own process so that peak memory is this build's alone.
 * argv: SOURCE_DIR OUT_DIR CACHE_DIR [MARKDOWN_DIR]. Prints one JSON line on stdout.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildAnthology } from '../pipeline/build.ts';

const [sourceDir, outDir, cacheDir, markdownDir] = process.argv.slice(2);
const start = performance.now();
// The peak resident memory when each stage ends (the next starts), to see which stage sets it.
const peakAfter: Record<string, number> = {};
let current: string | undefined;
const onStage = (stage: string): void => {
  if (stage === current) return;
  if (current) peakAfter[current] = process.resourceUsage().maxRSS;
  current = stage;
};
const result = await buildAnthology({ sourceDir: sourceDir!, outDir: outDir!, cacheDir: cacheDir!, modified: new Date(Date.UTC(2026, 0, 1)), onStage });
if (current) peakAfter[current] = process.resourceUsage().maxRSS;
const total = performance.now() - start;
if (markdownDir) {
  // The same cleaned Markdown the pipeline set, one file per piece, for pandoc.
  await mkdir(markdownDir, { recursive: true });
  await Promise.all(
    result.cleaned.map((piece, i) =>
      writeFile(path.join(markdownDir, `${String(i).padStart(4, '0')}.md`), `# ${result.book.sections[i]?.title ?? piece.path}\n\n${piece.markdown}`),
    ),
  );
}
process.stdout.write(
  `${JSON.stringify({
    timings: result.timings,
    total,
    pages: result.pageCount,
    pieces: result.cleaned.length,
    cleaning: result.cleaning,
    title: result.book.meta.title,
    maxRssKb: process.resourceUsage().maxRSS,
    peakAfterKb: peakAfter,
  })}\n`,
);
