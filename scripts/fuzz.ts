/**
 * The fuzz tests' properties, for as long as asked: random mixtures of adversarial shapes
 * (tests/fuzz/shapes.ts) through the whole cleaner of every profile, and hostile saved pages
 * through the HTML reader, each run with a time budget. The seed is printed first, so a failure replays with `--seed N`.
 *
 *   npm run fuzz -- [--minutes 10] [--seed N] [--trace FILE]
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import type { TextFormat } from '../pipeline/types.ts';
import { createCleaner } from '../pipeline/clean/index.ts';
import { strToU8 } from 'fflate';
import { readInput } from '../pipeline/read/index.ts';
import { arbitraryHtml, arbitraryText, cpuMs } from '../tests/fuzz/shapes.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const minutes = Number(option('--minutes') ?? 10);
const seed = Number(option('--seed') ?? Date.now() % 2 ** 31);
/** `--trace FILE`: each input is written there before it is cleaned, so a hang leaves its culprit behind. */
const trace = option('--trace');
const traced = (text: string): void => {
  if (trace) writeFileSync(trace, text);
};
const PROFILES: TextFormat[] = ['web', 'pdf-text', 'markdown'];

console.log(`fuzz: seed ${seed}, ${minutes} min (replay with --seed ${seed})`);
const cleaner = createCleaner();
const deadline = Date.now() + minutes * 60_000;
let runs = 0;
let round = 0;
let characters = 0;
let lastShown = Date.now();
while (Date.now() < deadline) {
  const roundSeed = seed + round++;
  for (const profile of PROFILES) {
    const result = fc.check(
      fc.property(arbitraryText(2_000), (text) => {
        characters += text.length;
        traced(text);
        const start = cpuMs();
        cleaner.cleanText(text, { file: 'fuzz.txt', format: profile });
        const ms = cpuMs() - start;
        if (ms > 3_000 + text.length / 10) throw new Error(`${profile}: ${ms.toFixed(0)} ms of CPU for ${text.length} characters`);
      }),
      { numRuns: 50, seed: roundSeed },
    );
    runs += result.numRuns;
    if (result.failed) {
      console.error(`fuzz: FAILED (${profile}, round seed ${roundSeed}): ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`);
      console.error(`counterexample (${JSON.stringify(result.counterexample?.[0] ?? '').length} chars): ${JSON.stringify(result.counterexample?.[0] ?? '').slice(0, 400)}`);
      process.exit(1);
    }
  }
  const pages = await fc.check(
    fc.asyncProperty(arbitraryHtml, async (html) => {
      characters += html.length;
      traced(html);
      const start = cpuMs();
      await readInput(strToU8(html), 'page.html', 'html');
      const ms = cpuMs() - start;
      if (ms > 5_000) throw new Error(`html reader: ${ms.toFixed(0)} ms of CPU for ${html.length} characters`);
    }),
    { numRuns: 20, seed: roundSeed },
  );
  runs += pages.numRuns;
  if (pages.failed) {
    console.error(`fuzz: FAILED (html reader, round seed ${roundSeed}): ${pages.errorInstance instanceof Error ? pages.errorInstance.message : String(pages.errorInstance)}`);
    console.error(`counterexample: ${JSON.stringify(pages.counterexample?.[0] ?? '').slice(0, 400)}`);
    process.exit(1);
  }
  if (Date.now() - lastShown > 30_000) {
    lastShown = Date.now();
    console.log(`fuzz: ${runs} texts (${characters} characters), ${Math.round((deadline - Date.now()) / 1000)} s left`);
  }
}
console.log(`fuzz: ${runs} texts (${characters} characters) cleaned, no crash, hang or overrun (seed ${seed})`);
