/**
 * Measures for a reader's Markdown against the truth: word error rate (word-level Levenshtein
 * after normalising typography and case), true words lost (truth words the alignment deletes),
 * paragraph and heading F1 (block starts mapped through the alignment to truth word indices),
 * and furniture words left (words of the page furniture the truth does not hold).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';

export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\[\^[^\]]+\]:?/g, ' ')
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

export interface Block {
  kind: 'heading' | 'paragraph';
  text: string;
  /** Index of the block's first word in the document's word list. */
  start: number;
}

/** The blocks of a Markdown text, footnote definitions last as the reader writes them. */
export function blocksOf(markdown: string): Block[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const blocks: Block[] = [];
  let count = 0;
  const add = (node: RootContent): void => {
    const text = toString(node);
    const n = words(text).length;
    if (n === 0) return;
    blocks.push({ kind: node.type === 'heading' ? 'heading' : 'paragraph', text, start: count });
    count += n;
  };
  for (const node of tree.children) {
    if (node.type === 'list') for (const item of node.children) for (const child of item.children) add(child);
    else if (node.type === 'blockquote') for (const child of node.children) add(child);
    else add(node);
  }
  return blocks;
}

export interface Alignment {
  errors: number;
  deletions: number;
  /** For each hypothesis word, the truth index it aligns to (or the next one when inserted). */
  toTruth: Int32Array;
  /** Hypothesis words with no truth word: insertions and the inserted side of substitutions. */
  inserted: string[];
}

/**
 * Word alignment by Myers' O((N+M)·D) diff, fast when the texts are close (a book of 30,000
 * words aligns in milliseconds). Each run of deletions and insertions between matches counts
 * as Levenshtein would align it: the longer side's length (substitutions, then the rest).
 */
export function align(truth: readonly string[], hyp: readonly string[]): Alignment {
  const n = truth.length;
  const m = hyp.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && truth[x] === hyp[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the saved frontiers: matched pairs, from the end.
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const frontier = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : frontier[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      pairs.push([x - 1, y - 1]);
      x--;
      y--;
    }
    if (d > 0) {
      x = prevX;
      y = prevY;
    }
  }
  pairs.reverse();
  const toTruth = new Int32Array(m);
  const inserted: string[] = [];
  let errors = 0;
  let deletions = 0;
  let ti = 0;
  let hj = 0;
  const gap = (tEnd: number, hEnd: number): void => {
    const dels = tEnd - ti;
    const ins = hEnd - hj;
    errors += Math.max(dels, ins);
    deletions += Math.max(0, dels - ins);
    for (let j = hj; j < hEnd; j++) {
      toTruth[j] = Math.min(ti + (j - hj), tEnd === ti ? ti : tEnd - 1);
      inserted.push(hyp[j]!);
    }
  };
  for (const [t, h] of pairs) {
    gap(t, h);
    toTruth[h] = t;
    ti = t + 1;
    hj = h + 1;
  }
  gap(n, m);
  return { errors, deletions, toTruth, inserted };
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function prf(predicted: Set<number>, actual: Set<number>): PRF {
  const hits = [...predicted].filter((p) => actual.has(p)).length;
  const precision = predicted.size ? hits / predicted.size : 1;
  const recall = actual.size ? hits / actual.size : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export interface Score {
  truthWords: number;
  wer: number;
  lost: number;
  paragraphs: PRF;
  headings: PRF;
  /** Furniture words found in the output that the truth does not hold. */
  furnitureLeft: string[];
}

/** Scores `markdown` against `truth` (both Markdown); `furniture` lists the texts added around the truth. */
export function score(truth: string, markdown: string, furniture: readonly string[] = []): Score {
  const truthBlocks = blocksOf(truth);
  const hypBlocks = blocksOf(markdown);
  const truthWords = words(truthBlocks.map((b) => b.text).join(' '));
  const hypWords = words(hypBlocks.map((b) => b.text).join(' '));
  const alignment = align(truthWords, hypWords);
  const mapped = (blocks: Block[], kind?: Block['kind']) =>
    new Set(blocks.filter((b) => !kind || b.kind === kind).map((b) => (b.start < hypWords.length ? alignment.toTruth[b.start]! : truthWords.length)));
  const starts = (blocks: Block[], kind?: Block['kind']) => new Set(blocks.filter((b) => !kind || b.kind === kind).map((b) => b.start));
  const truthSet = new Set(truthWords);
  const insertedSet = new Set(alignment.inserted);
  const furnitureLeft = [...new Set(furniture.flatMap((f) => words(f)))].filter((w) => insertedSet.has(w) && !truthSet.has(w));
  return {
    truthWords: truthWords.length,
    wer: truthWords.length ? alignment.errors / truthWords.length : 0,
    lost: truthWords.length ? alignment.deletions / truthWords.length : 0,
    paragraphs: prf(mapped(hypBlocks), starts(truthBlocks)),
    headings: prf(mapped(hypBlocks, 'heading'), starts(truthBlocks, 'heading')),
    furnitureLeft,
  };
}
