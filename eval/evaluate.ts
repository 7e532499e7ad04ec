/**
 * Evaluates the cleaner on texts it was not written against: each clean text in eval/texts
 * is degraded into a web page and a PDF extraction (eval/degrade.ts, seeded), cleaned with
 * the profile detected from the text, and compared with the truth.
 *
 *   npx tsx eval/evaluate.ts [--seeds N] [--write DIR] [--verbose]
 *
 * Figures: word error rate of the raw and the cleaned text against the truth (word-level
 * Levenshtein after normalising typography), the share of the raw text's word errors that
 * cleaning removed, the share of true words lost (deleted) by cleaning, paragraph-boundary and
 * heading precision/recall/F1, and how many lines of added furniture survive.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import { createCleaner } from '../pipeline/clean/index.ts';
import { degradePdf, degradeWeb, type RawKind } from './degrade.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const seedsPerText = Number(option('--seeds') ?? 2);
const writeDir = option('--write');
const verbose = args.includes('--verbose');
const listErrors = args.includes('--errors');

interface Truth {
  name: string;
  title: string;
  author: string;
  body: string;
}

function readTruths(): Truth[] {
  const dir = path.join(here, 'texts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
      const field = (key: string): string => new RegExp(`^${key}: *"?(.*?)"?$`, 'm').exec(m[1]!)?.[1] ?? '';
      return { name: f.replace(/\.md$/, ''), title: field('title'), author: field('author'), body: text.slice(m[0].length) };
    });
}

// ——— words and blocks ———

/** Typography and Markdown escapes do not count as word differences. */
function normalise(text: string): string {
  return text
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[—–]/g, ' ')
    .replace(/\u00a0/g, ' ')
    .replace(/\\(?=\S)/g, '');
}

const TOKEN = /[\p{L}\p{N}]+(?:['·-][\p{L}\p{N}]+)*/gu;

function words(text: string): string[] {
  return normalise(text).match(TOKEN) ?? [];
}

interface Block {
  kind: 'heading' | 'paragraph';
  words: string[];
}

/** Leaf blocks in reading order: headings and paragraphs (inside lists and quotes too). */
function blocksOf(markdown: string): Block[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const blocks: Block[] = [];
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'heading' || node.type === 'paragraph') {
      blocks.push({ kind: node.type, words: words(toString(node)) });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as RootContent);
  };
  visit(tree);
  return blocks.filter((b) => b.words.length > 0);
}

/** Raw text as blocks: blank-line separated runs; the truth's block starts are not known here. */
function rawWords(raw: string): string[] {
  return words(raw);
}

// ——— alignment ———

interface Alignment {
  /** Edits: substitutions + deletions + insertions. */
  errors: number;
  deletions: number;
  /** For each hypothesis word, the truth index it was matched or substituted with, or -1. */
  toTruth: Int32Array;
}

/** Word-level Levenshtein with a backtrace. */
function align(truth: readonly string[], hyp: readonly string[]): Alignment {
  const n = truth.length;
  const m = hyp.length;
  const width = m + 1;
  const d = new Uint32Array((n + 1) * width);
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    d[i * width] = i;
    const t = truth[i - 1];
    for (let j = 1; j <= m; j++) {
      const sub = d[(i - 1) * width + j - 1]! + (t === hyp[j - 1] ? 0 : 1);
      const del = d[(i - 1) * width + j]! + 1;
      const ins = d[i * width + j - 1]! + 1;
      d[i * width + j] = Math.min(sub, del, ins);
    }
  }
  const toTruth = new Int32Array(m).fill(-1);
  let deletions = 0;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = d[i * width + j]!;
    if (i > 0 && j > 0 && here === d[(i - 1) * width + j - 1]! + (truth[i - 1] === hyp[j - 1] ? 0 : 1)) {
      toTruth[j - 1] = i - 1;
      i--;
      j--;
    } else if (i > 0 && here === d[(i - 1) * width + j]! + 1) {
      deletions++;
      i--;
    } else j--;
  }
  return { errors: d[n * width + m]!, deletions, toTruth };
}

/** The cleaned text's remaining word errors, each with a word of context: "keeper [lockkeeper → lock keeper]". */
function wordErrors(truth: readonly string[], hyp: readonly string[]): string[] {
  const { toTruth } = align(truth, hyp);
  const errors: string[] = [];
  let t = 0;
  let pendingHyp: string[] = [];
  const flush = (upTo: number): void => {
    const lost = truth.slice(t, upTo);
    if (lost.length || pendingHyp.length) errors.push(`${truth[t - 1] ?? ''} [${lost.join(' ')} → ${pendingHyp.join(' ')}]`);
    pendingHyp = [];
    t = upTo;
  };
  for (let j = 0; j < hyp.length; j++) {
    const at = toTruth[j]!;
    if (at === -1) {
      pendingHyp.push(hyp[j]!);
      continue;
    }
    if (at > t || pendingHyp.length) flush(at);
    if (truth[at] !== hyp[j]) errors.push(`${truth[at - 1] ?? ''} [${truth[at]} → ${hyp[j]}]`);
    t = at + 1;
  }
  flush(truth.length);
  return errors;
}

// ——— boundaries and headings ———

function blockStarts(blocks: readonly Block[]): { starts: number[]; headingStarts: number[] } {
  const starts: number[] = [];
  const headingStarts: number[] = [];
  let at = 0;
  for (const b of blocks) {
    starts.push(at);
    if (b.kind === 'heading') headingStarts.push(at);
    at += b.words.length;
  }
  return { starts, headingStarts };
}

/** A hypothesis block starts where its first word that matches the truth stands there. */
function mappedStarts(blocks: readonly Block[], toTruth: Int32Array, kind?: Block['kind']): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const b of blocks) {
    if (!kind || b.kind === kind) {
      for (let k = 0; k < b.words.length; k++) {
        const t = toTruth[at + k]!;
        if (t !== -1) {
          starts.push(t);
          break;
        }
      }
    }
    at += b.words.length;
  }
  return starts;
}

interface PRF {
  tp: number;
  predicted: number;
  actual: number;
}

function prf(predicted: readonly number[], actual: readonly number[], skipFirst: boolean): PRF {
  const truth = new Set(actual.filter((x) => !(skipFirst && x === 0)));
  const guess = new Set(predicted.filter((x) => !(skipFirst && x === 0)));
  let tp = 0;
  for (const g of guess) if (truth.has(g)) tp++;
  return { tp, predicted: guess.size, actual: truth.size };
}

const f1 = ({ tp, predicted, actual }: PRF): { p: number; r: number; f: number } => {
  const p = predicted ? tp / predicted : 1;
  const r = actual ? tp / actual : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

// ——— furniture left ———

/** Lines as compared: typography and Markdown marks gone, lower case, one space. */
function comparableLines(text: string): string[] {
  return text.split('\n').map((l) => normalise(l).replace(/[#*>\\-]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Occurrences of a furniture string as whole words (it may run across lines, as a split caption does). */
function occurrences(needle: string, lines: readonly string[]): number {
  const n = needle.replace(/[*#]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!/\p{L}/u.test(n)) return lines.filter((l) => l === n).length;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'gu');
  return (` ${lines.join(' ')} `.match(re) ?? []).length;
}

/**
 * Furniture lines that survive cleaning. A short item such as "Home" or a running head
 * "Introduction" can also be a word or heading of the piece itself, so it counts as left only
 * when the cleaned text holds it more often than the truth does.
 */
function furnitureLeft(junk: readonly string[], cleaned: string, truth: string): string[] {
  const cleanLines = comparableLines(cleaned);
  const truthLines = comparableLines(truth);
  const copies = new Map<string, string[]>();
  for (const j of junk) {
    const key = normalise(j).replace(/\s+/g, ' ').trim().toLowerCase();
    copies.set(key, [...(copies.get(key) ?? []), j]);
  }
  const left: string[] = [];
  for (const [key, items] of copies) {
    const extra = occurrences(key, cleanLines) - occurrences(key, truthLines);
    left.push(...items.slice(0, Math.max(0, extra)));
  }
  return left;
}

// ——— run ———

interface Row {
  name: string;
  kind: RawKind;
  profile: string;
  truthWords: number;
  rawErrors: number;
  cleanErrors: number;
  lost: number;
  para: PRF;
  heading: PRF;
  junk: number;
  junkLeft: string[];
  ms: number;
}

const cleaner = createCleaner();
cleaner.cleanText('warm up', { file: 'x' });
const rows: Row[] = [];
for (const truth of readTruths()) {
  // The cleaner's Markdown opens with the piece's title as `# Title`, as the truth does here.
  const truthText = `# ${truth.title}\n\n${truth.body}`;
  const truthBlocks = blocksOf(truthText);
  const truthWords = truthBlocks.flatMap((b) => b.words);
  const { starts, headingStarts } = blockStarts(truthBlocks);
  for (let s = 0; s < seedsPerText; s++) {
    for (const kind of ['web', 'pdf'] as const) {
      const seed = 1000 * s + [...truth.name].reduce((a, c) => a + c.charCodeAt(0), 0) + (kind === 'pdf' ? 7 : 0);
      const meta = { title: truth.title, author: truth.author };
      const degraded = kind === 'web' ? degradeWeb(truth.body, meta, seed) : degradePdf(truth.body, meta, seed);
      const started = performance.now();
      const result = cleaner.cleanText(degraded.raw, { file: `${truth.name}.${kind}.txt`, title: truth.title, author: truth.author });
      const ms = performance.now() - started;
      const rawAlign = align(truthWords, rawWords(degraded.raw));
      const cleanBlocks = blocksOf(result.markdown);
      const cleanWords = cleanBlocks.flatMap((b) => b.words);
      const cleanAlign = align(truthWords, cleanWords);
      const row: Row = {
        name: truth.name,
        kind,
        profile: result.profile,
        truthWords: truthWords.length,
        rawErrors: rawAlign.errors,
        cleanErrors: cleanAlign.errors,
        lost: cleanAlign.deletions,
        para: prf(mappedStarts(cleanBlocks, cleanAlign.toTruth), starts, true),
        heading: prf(mappedStarts(cleanBlocks, cleanAlign.toTruth, 'heading'), headingStarts, false),
        junk: degraded.junk.length,
        junkLeft: furnitureLeft(degraded.junk, result.markdown, truthText),
        ms,
      };
      rows.push(row);
      if (verbose) {
        const predicted = new Set(mappedStarts(cleanBlocks, cleanAlign.toTruth));
        const actual = new Set(starts);
        const show = (at: number): string => truthWords.slice(at, at + 6).join(' ');
        const missed = starts.filter((x) => x !== 0 && !predicted.has(x)).map(show);
        const extra = [...predicted].filter((x) => x !== 0 && !actual.has(x)).map(show);
        console.log(`${truth.name} ${kind} ${s}: missed breaks: ${missed.map((m) => JSON.stringify(m)).join(', ')}`);
        console.log(`   false breaks: ${extra.map((m) => JSON.stringify(m)).join(', ')}`);
        const predictedHeadings = new Set(mappedStarts(cleanBlocks, cleanAlign.toTruth, 'heading'));
        const actualHeadings = new Set(headingStarts);
        const missedHeadings = headingStarts.filter((x) => !predictedHeadings.has(x)).map(show);
        const falseHeadings = [...predictedHeadings].filter((x) => !actualHeadings.has(x)).map(show);
        if (missedHeadings.length) console.log(`   missed headings: ${missedHeadings.map((m) => JSON.stringify(m)).join(', ')}`);
        if (falseHeadings.length) console.log(`   false headings: ${falseHeadings.map((m) => JSON.stringify(m)).join(', ')}`);
      }
      if (listErrors) {
        for (const e of wordErrors(truthWords, cleanWords)) console.log(`${truth.name} ${kind} ${s}: ${e}`);
      }
      if (writeDir) {
        mkdirSync(writeDir, { recursive: true });
        const base = path.join(writeDir, `${truth.name}.${kind}.${s}`);
        writeFileSync(`${base}.raw.txt`, degraded.raw);
        writeFileSync(`${base}.clean.md`, result.markdown);
        writeFileSync(`${base}.edits.txt`, result.edits.map((e) => `${e.line}:${e.column} ${e.ruleId} ${JSON.stringify(e.old)} → ${JSON.stringify(e.new)}`).join('\n'));
      }
    }
  }
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const pad = (s: string, n: number): string => s.padEnd(n);
console.log(pad('text', 34), pad('profile', 9), 'WER raw → clean   removed  lost   para P/R/F1          head P/R/F1          furniture left');
const line = (label: string, profile: string, r: Omit<Row, 'name' | 'kind' | 'profile' | 'junkLeft' | 'ms'> & { junkLeft: number }): void => {
  const para = f1(r.para);
  const head = f1(r.heading);
  console.log(
    pad(label, 34),
    pad(profile, 9),
    pad(`${pct(r.rawErrors / r.truthWords)} → ${pct(r.cleanErrors / r.truthWords)}`, 17),
    pad(pct(r.rawErrors ? (r.rawErrors - r.cleanErrors) / r.rawErrors : 1), 8),
    pad(pct(r.lost / r.truthWords), 6),
    pad(`${pct(para.p)}/${pct(para.r)}/${pct(para.f)}`, 20),
    pad(`${pct(head.p)}/${pct(head.r)}/${pct(head.f)}`, 20),
    `${r.junkLeft}/${r.junk}`,
  );
};
const sum = (rs: readonly Row[]) => {
  const add = (a: PRF, b: PRF): PRF => ({ tp: a.tp + b.tp, predicted: a.predicted + b.predicted, actual: a.actual + b.actual });
  return rs.reduce(
    (acc, r) => ({
      truthWords: acc.truthWords + r.truthWords,
      rawErrors: acc.rawErrors + r.rawErrors,
      cleanErrors: acc.cleanErrors + r.cleanErrors,
      lost: acc.lost + r.lost,
      para: add(acc.para, r.para),
      heading: add(acc.heading, r.heading),
      junk: acc.junk + r.junk,
      junkLeft: acc.junkLeft + r.junkLeft.length,
    }),
    { truthWords: 0, rawErrors: 0, cleanErrors: 0, lost: 0, para: { tp: 0, predicted: 0, actual: 0 }, heading: { tp: 0, predicted: 0, actual: 0 }, junk: 0, junkLeft: 0 },
  );
};
rows.forEach((r, k) => {
  line(`${r.name} (${r.kind}, seed ${Math.floor(k / 2) % seedsPerText})`, r.profile, { ...r, junkLeft: r.junkLeft.length });
  if (verbose && r.junkLeft.length) console.log('   furniture left:', r.junkLeft.map((j) => JSON.stringify(j)).join(', '));
});
console.log();
line('all web pages', 'web', sum(rows.filter((r) => r.kind === 'web')));
line('all PDF extractions', 'pdf-text', sum(rows.filter((r) => r.kind === 'pdf')));
line('overall', '', sum(rows));
console.log(`\nslowest clean: ${Math.max(...rows.map((r) => r.ms)).toFixed(0)} ms; profile misdetected: ${rows.filter((r) => r.profile !== (r.kind === 'web' ? 'web' : 'pdf-text')).length}/${rows.length}`);
