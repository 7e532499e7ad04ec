/**
 * Evaluation of the readers (HTML, DOCX, PDF by pdflatex, PDF by our own renderer) on the
 * truth texts of eval/texts, with the held-out discipline of the cleaner's evaluation: the
 * readers are tuned on the dev texts (and the dev page template) only; the held-out texts and
 * the held-out page template are measured, not looked at.
 *
 *   npm run eval:readers [-- --split dev|held-out|all] [--kind html|docx|pdf-latex|pdf-own] [--write DIR]
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { readInput } from '../../pipeline/read/index.ts';
import { buildAnthology } from '../../pipeline/build.ts';
import { hasPdflatex, latexSource, numberedTruth, runPdflatex, type LatexOptions } from './_latex.ts';
import { DEV_TEMPLATES, docxFile, htmlPage, HELD_OUT_TEMPLATES, type Truth } from './_render.ts';
import { score, type Score } from './_metrics.ts';

/** The cleaner's truth texts, and texts written for the readers' held-out set only. */
const TEXTS = [path.resolve(import.meta.dirname, '../texts'), path.resolve(import.meta.dirname, 'texts')];
/** Tuned on. */
const DEV = ['canal-keepers', 'printers-chapel', 'editors-introduction'];
/** Measured only. */
const HELD_OUT = ['reading-rooms', 'upland-parish', 'ferry-crossing', 'glass-works', 'lending-library'];

/**
 * How pdflatex sets the dev texts (tuned on: each dev text in every dev setting) and, in turn,
 * the held-out texts (measured only).
 */
const DEV_LATEX: (Partial<LatexOptions> & { label: string })[] = [
  { label: 'article', twoColumnFrom: 3 },
  { label: 'amsart', documentClass: 'amsart', classOptions: '11pt', numbered: true, twoColumnFrom: 2 },
  { label: 'report', documentClass: 'report', classOptions: '11pt,a4paper', fontPackage: 'newcent', numbered: true, fancyHeads: true },
  { label: 'amsart-times', documentClass: 'amsart', classOptions: '10pt', fontPackage: 'mathptmx', twoColumnFrom: 1 },
  { label: 'article-bookman', documentClass: 'article', classOptions: '10pt,twocolumn', fontPackage: 'bookman', numbered: true },
];
const HELD_OUT_LATEX: Partial<LatexOptions>[] = [
  { documentClass: 'report', classOptions: '10pt', fontPackage: 'mathptmx', fancyHeads: true, twoColumnFrom: 2 },
  { documentClass: 'amsart', classOptions: '12pt', fontPackage: 'mathpazo', twoColumnFrom: 3 },
  { documentClass: 'article', classOptions: '10pt,twocolumn,a4paper', fontPackage: 'charter', fancyHeads: true },
];

type Kind = 'html' | 'docx' | 'pdf-latex' | 'pdf-own';
const KINDS: Kind[] = ['html', 'docx', 'pdf-latex', 'pdf-own'];

const TARGETS = { wer: 0.005, paragraphF1: 0.97, headingF1: 0.95, furniture: 0, lost: 0.001 };

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

function readTruth(name: string): Truth {
  const file = TEXTS.map((dir) => path.join(dir, `${name}.md`)).find((candidate) => existsSync(candidate))!;
  const { data, content } = matter(readFileSync(file, 'utf8'));
  return { name, title: String(data.title), author: String(data.author), markdown: content.trim() };
}

const letters = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Our own print edition of one piece, read back: the piece's text after its title block. */
async function ownPdfMarkdown(truth: Truth): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'anthology-eval-readers-'));
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src', 'anthology.yaml'), `title: Evaluation\nlanguage: en\neditors: [Eval]\ncontents:\n  - piece.md\n`);
  writeFileSync(path.join(dir, 'src', 'piece.md'), `---\ntitle: ${JSON.stringify(truth.title)}\nauthor: ${JSON.stringify(truth.author)}\nformat: markdown\n---\n${truth.markdown}\n`);
  let bytes: Uint8Array;
  try {
    const built = await buildAnthology({ sourceDir: path.join(dir, 'src'), outDir: path.join(dir, 'out'), modified: new Date('2026-01-01T00:00:00Z') });
    bytes = new Uint8Array(readFileSync(built.files.pdf));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const read = await readInput(bytes, 'own.pdf', 'pdf');
  const lines = read.markdown.split('\n');
  const start = lines.findIndex((line) => /^#+ /.test(line) && letters(line) === letters(truth.title));
  const end = lines.findIndex((line, i) => i > start && /^#+ Sources$/.test(line));
  const blocks = lines.slice(start + 1, end === -1 ? undefined : end).join('\n').split(/\n{2,}/);
  while (blocks.length && (letters(blocks[0]!) === '' || letters(blocks[0]!) === letters(truth.author))) blocks.shift();
  return blocks.join('\n\n');
}

interface Read {
  markdown: string;
  furniture: string[];
  meta?: Record<string, string | undefined>;
  /** The truth as the document sets it (numbered headings), when not the text's own. */
  truth?: string;
}

/** How many ways a dev text is made into a file of this kind: each dev text is read in every one. */
function devVariants(kind: Kind): string[] {
  if (kind === 'html') return [...DEV_TEMPLATES];
  if (kind === 'pdf-latex') return DEV_LATEX.map((setting) => setting.label);
  return [''];
}

async function readKind(kind: Kind, truth: Truth, heldOut: boolean, turn: number): Promise<Read> {
  if (kind === 'html') {
    const page = htmlPage(truth, heldOut ? HELD_OUT_TEMPLATES[turn % HELD_OUT_TEMPLATES.length]! : DEV_TEMPLATES[turn]!);
    const read = await readInput(new TextEncoder().encode(page.html), `${truth.name}.html`, 'html');
    return { markdown: read.markdown, furniture: page.furniture, meta: { ...read.meta } };
  }
  if (kind === 'docx') {
    const read = await readInput(docxFile(truth), `${truth.name}.docx`, 'docx');
    return { markdown: read.markdown, furniture: [], meta: { ...read.meta } };
  }
  if (kind === 'pdf-latex') {
    const head = `${truth.title.split(' ').slice(0, 3).join(' ')}`;
    const setting = heldOut ? HELD_OUT_LATEX[turn % HELD_OUT_LATEX.length]! : DEV_LATEX[turn]!;
    const options = { title: truth.title, author: truth.author, markdown: truth.markdown, runningHead: head, ...setting };
    const pdf = runPdflatex(latexSource(options));
    const read = await readInput(pdf, `${truth.name}.pdf`, 'pdf');
    return { markdown: read.markdown, furniture: [head], meta: { ...read.meta }, ...(options.numbered ? { truth: numberedTruth(options) } : {}) };
  }
  return { markdown: await ownPdfMarkdown(truth), furniture: [] };
}

const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;

function summary(scores: Score[]): { wer: number; lost: number; paragraphF1: number; headingF1: number; furniture: number } {
  const words = scores.reduce((n, s) => n + s.truthWords, 0);
  return {
    wer: scores.reduce((n, s) => n + s.wer * s.truthWords, 0) / words,
    lost: scores.reduce((n, s) => n + s.lost * s.truthWords, 0) / words,
    paragraphF1: scores.reduce((n, s) => n + s.paragraphs.f1, 0) / scores.length,
    headingF1: scores.reduce((n, s) => n + s.headings.f1, 0) / scores.length,
    furniture: scores.reduce((n, s) => n + s.furnitureLeft.length, 0),
  };
}

async function main(): Promise<number> {
  const split = arg('split') ?? 'all';
  const kinds = arg('kind') ? [arg('kind') as Kind] : KINDS;
  const write = arg('write');
  const sets: [string, string[]][] = [
    ...(split === 'dev' || split === 'all' ? [['dev', DEV] as [string, string[]]] : []),
    ...(split === 'held-out' || split === 'all' ? [['held-out', HELD_OUT] as [string, string[]]] : []),
  ];
  let missed = 0;
  for (const kind of kinds) {
    if (kind === 'pdf-latex' && !hasPdflatex()) {
      console.log(`${kind}: skipped, pdflatex is not installed`);
      continue;
    }
    for (const [setName, names] of sets) {
      const scores: Score[] = [];
      const metaFound = { title: 0, author: 0, of: 0 };
      // A held-out text is read in one way, taken in turn; a dev text in every dev way.
      const cases = setName === 'held-out' ? names.map((name, turn) => ({ name, turn, label: name })) : names.flatMap((name) => devVariants(kind).map((variant, turn) => ({ name, turn, label: variant ? `${name}/${variant}` : name })));
      for (const { name, turn, label } of cases) {
        const truth = readTruth(name);
        const read = await readKind(kind, truth, setName === 'held-out', turn);
        if (write) {
          mkdirSync(write, { recursive: true });
          writeFileSync(path.join(write, `${kind}-${label.replace('/', '-')}.md`), read.markdown);
        }
        const result = score(read.truth ?? truth.markdown, read.markdown, read.furniture);
        scores.push(result);
        // Typography aside: a typeset ’ for the truth's ' is the same title.
        const same = (a: string | undefined, b: string): boolean => a !== undefined && a.replace(/[‘’]/g, "'") === b.replace(/[‘’]/g, "'");
        if (read.meta) {
          metaFound.of++;
          if (same(read.meta.title, truth.title)) metaFound.title++;
          if (same(read.meta.author, truth.author)) metaFound.author++;
        }
        const metaNote = read.meta ? ` title ${same(read.meta.title, truth.title) ? 'ok' : read.meta.title === undefined ? 'not found' : `“${read.meta.title}”`}, author ${same(read.meta.author, truth.author) ? 'ok' : read.meta.author === undefined ? 'not found' : `“${read.meta.author}”`}` : '';
        // Held-out texts are measured, not looked at: only their aggregate is shown.
        if (setName === 'held-out') continue;
        console.log(
          `${kind.padEnd(9)} ${setName.padEnd(8)} ${label.padEnd(34)} WER ${pct(result.wer).padStart(6)}  lost ${pct(result.lost).padStart(6)}  para F1 ${result.paragraphs.f1.toFixed(3)}  heading F1 ${result.headings.f1.toFixed(3)}  furniture left ${result.furnitureLeft.length}${result.furnitureLeft.length ? ` (${result.furnitureLeft.join(', ')})` : ''}${metaNote}`,
        );
      }
      const s = summary(scores);
      const ok = s.wer <= TARGETS.wer && s.lost <= TARGETS.lost && s.paragraphF1 >= TARGETS.paragraphF1 && s.headingF1 >= TARGETS.headingF1 && s.furniture === TARGETS.furniture;
      if (setName === 'held-out' && !ok) missed++;
      console.log(
        `${kind.padEnd(9)} ${setName.padEnd(8)} ${'ALL'.padEnd(34)} WER ${pct(s.wer).padStart(6)}  lost ${pct(s.lost).padStart(6)}  para F1 ${s.paragraphF1.toFixed(3)}  heading F1 ${s.headingF1.toFixed(3)}  furniture left ${s.furniture}${metaFound.of ? `  title ${metaFound.title}/${metaFound.of}, author ${metaFound.author}/${metaFound.of}` : ''}  ${ok ? 'targets met' : 'TARGETS MISSED'}\n`,
      );
    }
  }
  console.log(`Targets per kind on held-out texts: WER ≤ ${pct(TARGETS.wer)}, paragraph F1 ≥ ${TARGETS.paragraphF1}, heading F1 ≥ ${TARGETS.headingF1}, furniture words left ${TARGETS.furniture}, true words lost ≤ ${pct(TARGETS.lost)}.`);
  return missed === 0 ? 0 : 1;
}

process.exitCode = await main();
