/**
 * Refits the line model (pipeline/clean/_line-model.ts) on the evaluation's development half and
 * writes its weights to pipeline/clean/line-model.json. Deterministic: the same texts, seeds and
 * code give the same file, byte for byte.
 *
 *   npx tsx scripts/refit-line-model.ts [--check]     (npm run refit)
 *
 * Data: every development text, rounds 0–4 of the evaluation's cases (eval/cases.ts; rounds 5–9
 * stay unseen, for the check). Each case is degraded, then cleaned up to the line model's pass;
 * the candidate lines there are labelled from the degrader's own record: furniture when the line
 * is (part of) a line of furniture it added and no words of the truth, text when the truth holds
 * it and no furniture does; other lines (damaged, ambiguous) are left out. The held-out half is
 * never read.
 *
 * Threshold: the lowest probability, at least MIN_THRESHOLD, a margin above that of every line of
 * text in the training data, both as the fitted model scores it and as a model fitted on the
 * other rounds does (out of fold, as an unseen round will be scored), so that on the rounds it
 * was fitted on the model removes no true line.
 * With --check the file is not written: the script exits 1 if the refit differs from it.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { casesOf, readTruths } from '../eval/cases.ts';
import { degradePdf, degradeWeb } from '../eval/degrade.ts';
import { createContext } from '../pipeline/clean/_context.ts';
import { spellingVariety } from '../pipeline/clean/_language.ts';
import { describeVerdict, fitLogistic, predict, type LineModel, type Sample } from '../pipeline/clean/_line-model.ts';
import { passesFor } from '../pipeline/clean/_profiles.ts';
import { runPasses } from '../pipeline/clean/_runner.ts';
import { loadSpeller, type SpellingVariety, type Speller } from '../pipeline/clean/_words.ts';
import { detectProfile } from '../pipeline/clean/detect.ts';
import type { TextFormat } from '../pipeline/types.ts';
import { LINE_MODEL_RULE, lineCandidates } from '../pipeline/clean/passes/line-model.ts';

const MODEL_FILE = fileURLToPath(new URL('../pipeline/clean/line-model.json', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../tests/fixtures/clean/', import.meta.url));
const ROUNDS = 5;
/** No line goes below this probability, whatever the training data allow. */
const MIN_THRESHOLD = 0.9;
/** Over every line of text's probability by this much at least, in log-odds. */
const MARGIN = 0.5;
const FIT = { iterations: 600, learningRate: 1, l2: 0.02 };

/** Letters and digits, lower case, one space: how lines and furniture are compared. */
function key(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

const spellers = new Map<SpellingVariety, Speller>();
const spellerFor = (variety: SpellingVariety): Speller => {
  let speller = spellers.get(variety);
  if (!speller) spellers.set(variety, (speller = loadSpeller(variety)));
  return speller;
};

/** A sample with its line, for --explain. */
type Labelled = Sample & { text: string; round: number };

/** The candidate lines of a raw text where the line model's pass would see them, each labelled or left out. */
function candidatesOf(
  raw: string,
  given: { title?: string; author?: string; format?: TextFormat },
  round: number,
  label: (line: string) => 0 | 1 | undefined,
): Labelled[] {
  const profile = given.format ?? detectProfile(raw);
  const passes = passesFor(profile, []);
  const at = passes.findIndex((p) => p.ruleId === LINE_MODEL_RULE);
  if (at === -1) return [];
  const speller = spellerFor(spellingVariety(raw, undefined, spellerFor('en-US'), () => spellerFor('en-GB')));
  const { format: _format, ...meta } = given;
  const ctx = createContext(raw, { file: 'case.txt', profile, corrections: [], ...meta }, speller);
  const { text } = runPasses(raw, passes.slice(0, at), ctx);
  ctx.passIndex = at;
  const samples: Labelled[] = [];
  for (const candidate of lineCandidates(text, ctx)) {
    const line = key(candidate.line.text);
    const y = line.trim() === '' ? undefined : label(line);
    if (y !== undefined) samples.push({ x: candidate.features, y, text: candidate.line.text.trim(), round });
  }
  return samples;
}

/** An evaluation case: furniture when the degrader added the line and the truth lacks it, text when only the truth holds it. */
function samplesOfCase(raw: string, truth: string, junk: readonly string[], given: { title?: string; author?: string }, round: number): Labelled[] {
  const truthKey = key(truth);
  const junkKeys = junk.map(key);
  return candidatesOf(raw, given, round, (line) => {
    const inJunk = junkKeys.some((j) => j.includes(line));
    const inTruth = truthKey.includes(line);
    return inJunk === inTruth ? undefined : inJunk ? 1 : 0;
  });
}

/**
 * Text when the expected text holds the line; furniture when it holds none of it (not its middle
 * words, not one of its words of four letters or more); otherwise a later pass changed the line
 * (a drop cap restored, a word rejoined) and it is left out.
 */
function fixtureLabel(line: string, expected: string): 0 | 1 | undefined {
  if (expected.includes(line)) return 0;
  const words = line.trim().split(' ');
  const middle = words.slice(1, -1).join(' ');
  if (middle && expected.includes(` ${middle} `)) return undefined;
  if (words.some((w) => w.length >= 4 && expected.includes(` ${w} `)) && words.length <= 3) return undefined;
  return words.length >= 2 ? 1 : undefined;
}

function fixtureFolders(dir: string): string[] {
  if (existsSync(path.join(dir, 'input.txt'))) return [dir];
  return readdirSync(dir)
    .sort()
    .map((name) => path.join(dir, name))
    .filter((p) => statSync(p).isDirectory())
    .flatMap(fixtureFolders);
}

/**
 * The cleaner's fixtures (tests/fixtures/clean): hand-made pages whose expected text says which
 * lines are the piece's and which go. A candidate the expected text holds is text; one it lacks
 * is furniture. They are spread over the folds like rounds, one in ROUNDS each.
 */
function samplesOfFixtures(): Labelled[] {
  // The line model's own fixtures test it and do not teach it.
  const folders = fixtureFolders(FIXTURES).filter((folder) => !folder.includes(`${path.sep}text${path.sep}line-model${path.sep}`));
  return folders.flatMap((folder, i) => {
    const optionsFile = path.join(folder, 'options.json');
    const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as { title?: string; author?: string; format?: TextFormat }) : {};
    const expected = key(readFileSync(path.join(folder, 'expected.md'), 'utf8'));
    const given = { ...(options.title ? { title: options.title } : {}), ...(options.author ? { author: options.author } : {}), ...(options.format ? { format: options.format } : {}) };
    return candidatesOf(readFileSync(path.join(folder, 'input.txt'), 'utf8'), given, i % ROUNDS, (line) => fixtureLabel(line, expected));
  });
}

function refit(): { model: LineModel; report: string } {
  const truths = readTruths().filter((t) => t.split === 'dev');
  const cases = Array.from({ length: ROUNDS }, (_, round) => casesOf(truths, round)).flat();
  const samples: Labelled[] = [];
  for (const c of cases) {
    const meta = { title: c.truth.title, author: c.truth.author };
    const options = { classes: c.classes, split: c.split };
    const degraded = c.kind === 'web' ? degradeWeb(c.truth.body, meta, c.seed, options) : degradePdf(c.truth.body, meta, c.seed, options);
    const given = c.classes.has('no-title') ? {} : meta;
    samples.push(...samplesOfCase(degraded.raw, `${c.truth.title}\n\n${c.truth.body}`, degraded.junk.map((j) => j.text), given, c.round));
  }
  const fromEval = samples.length;
  samples.push(...samplesOfFixtures());
  const furniture = samples.filter((s) => s.y === 1).length;
  const fitted = fitLogistic(samples, FIT);
  const scored = { ...fitted, threshold: 1, fittedOn: { cases: cases.length, candidates: samples.length, furniture, text: samples.length - furniture, rounds: `0–${ROUNDS - 1}`, fixtures: samples.length - fromEval } };
  const p = samples.map((s) => predict(scored, s.x).probability);
  // Out of fold: each round scored by a model fitted on the other rounds, as unseen rounds will be.
  const unseen = new Array<number>(samples.length).fill(0);
  for (let round = 0; round < ROUNDS; round++) {
    const fold = { ...fitLogistic(samples.filter((s) => s.round !== round), FIT), threshold: 1, fittedOn: scored.fittedOn };
    samples.forEach((s, i) => {
      if (s.round === round) unseen[i] = predict(fold, s.x).probability;
    });
  }
  const textMax = Math.max(0, ...samples.flatMap((s, i) => (s.y === 0 ? [p[i]!, unseen[i]!] : [])));
  const logit = Math.log(textMax / (1 - textMax));
  const over = Number(Math.max(MIN_THRESHOLD, 1 / (1 + Math.exp(-(logit + MARGIN)))).toFixed(4));
  // No furniture line over every line of text, as fitted or out of fold: the model removes nothing and is evidence only.
  const separates = samples.some((s, i) => s.y === 1 && p[i]! >= over && unseen[i]! >= over);
  const threshold = separates ? over : 1;
  const model: LineModel = { ...scored, threshold };
  const caught = p.filter((v, i) => samples[i]!.y === 1 && v >= threshold).length;
  const caughtUnseen = unseen.filter((v, i) => samples[i]!.y === 1 && v >= threshold).length;
  const report = `${cases.length} cases, ${samples.length} candidate lines (${furniture} furniture, ${samples.length - furniture} text); highest p of a text line ${textMax.toFixed(3)}; threshold ${threshold}; furniture lines at or above it ${caught} of ${furniture} (${caughtUnseen} scored by the model of the other rounds)`;
  if (process.argv.includes('--explain')) {
    const order = p.map((_v, i) => i).sort((a, b) => p[b]! - p[a]!);
    for (const i of order.filter((i) => samples[i]!.y === 0).slice(0, 25)) console.log(`text ${p[i]!.toFixed(3)} (unseen ${unseen[i]!.toFixed(3)}) ${samples[i]!.text} | ${describeVerdict(predict(model, samples[i]!.x))}`);
    for (const i of order.filter((i) => samples[i]!.y === 1)) console.log(`furniture ${p[i]!.toFixed(3)} (unseen ${unseen[i]!.toFixed(3)}) ${samples[i]!.text} | ${describeVerdict(predict(model, samples[i]!.x))}`);
    model.features.forEach((f, j) => console.log(`  ${f} ${model.weights[j]}`));
  }
  return { model, report };
}

const { model, report } = refit();
const json = `${JSON.stringify(model, null, 2)}\n`;
console.log(report);
if (process.argv.includes('--check')) {
  const same = readFileSync(MODEL_FILE, 'utf8') === json;
  console.log(same ? 'line-model.json is what the refit gives' : 'line-model.json differs from the refit: run npm run refit');
  process.exit(same ? 0 : 1);
}
writeFileSync(MODEL_FILE, json);
console.log(`wrote ${MODEL_FILE}`);
