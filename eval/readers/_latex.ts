/**
 * A truth text typeset by another engine: Markdown → LaTeX → pdflatex, with running heads and
 * folios (myheadings), optional footnotes and a two-column part. Returns the PDF and the
 * furniture the page adds, for scoring.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface LatexOptions {
  title: string;
  author: string;
  /** Markdown: `##`/`###` headings, paragraphs, `*emphasis*`, `[^n]` notes with `[^n]: text` definitions. */
  markdown: string;
  /** Sections from this index on (0-based, counting `##` headings) are set in two columns. */
  twoColumnFrom?: number;
  /** The running head's text; the title when not given. */
  runningHead?: string;
  /** The document class (texlive-latex-base's article, report, amsart) and its options; article 11pt by default. */
  documentClass?: 'article' | 'report' | 'amsart';
  classOptions?: string;
  /** A font package of psnfss (mathptmx, mathpazo, charter, helvet…); Computer Modern when not given. */
  fontPackage?: string;
  /** Numbered sections (`\section`, not `\section*`): the numbers are part of the typeset text. */
  numbered?: boolean;
  /** Heads and folios by fancyhdr (head at the left, folio at the foot's centre) instead of myheadings. */
  fancyHeads?: boolean;
}

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}', '&': '\\&', '%': '\\%', $: '\\$', '#': '\\#', _: '\\_', '{': '\\{', '}': '\\}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
  '“': '``', '”': "''", '‘': '`', '’': "'", '—': '---', '–': '--', '…': '\\ldots{}', '\u00a0': '~',
};

function inline(text: string, notes: Map<string, string>): string {
  return text
    .replace(/\[\^([^\]]+)\]|\*([^*]+)\*|([\\&%$#_{}~^“”‘’—–…\u00a0])/g, (match, note: string | undefined, emphasis: string | undefined, special: string | undefined) => {
      if (note !== undefined) return `\\footnote{${inline(notes.get(note) ?? '', notes)}}`;
      if (emphasis !== undefined) return `\\emph{${inline(emphasis, notes)}}`;
      return SPECIAL[special!] ?? match;
    });
}

export function latexSource(options: LatexOptions): string {
  const notes = new Map<string, string>();
  const body = options.markdown.replace(/^\[\^([^\]]+)\]:\s*(.*)$/gm, (_, label: string, text: string) => {
    notes.set(label, text);
    return '';
  });
  const blocks = body.split(/\n{2,}/).map((b) => b.trim()).filter(Boolean);
  let section = 0;
  const out: string[] = [];
  for (const block of blocks) {
    const heading = /^(#{2,4})\s+(.*)$/.exec(block);
    if (heading) {
      if (heading[1] === '##') {
        if (section === options.twoColumnFrom) out.push('\\twocolumn');
        section++;
      }
      const command = heading[1] === '##' ? 'section' : heading[1] === '###' ? 'subsection' : 'subsubsection';
      out.push(`\\${command}${options.numbered ? '' : '*'}{${inline(heading[2]!, notes)}}`);
    } else if (/^(?:[-*]|\d+\.) /.test(block)) {
      const ordered = /^\d/.test(block);
      const items = block.split(/\n(?=(?:[-*]|\d+\.) )/).map((item) => `\\item ${inline(item.replace(/^(?:[-*]|\d+\.) /, '').replace(/\s*\n\s*/g, ' '), notes)}`);
      out.push(`\\begin{${ordered ? 'enumerate' : 'itemize'}}\n${items.join('\n')}\n\\end{${ordered ? 'enumerate' : 'itemize'}}`);
    } else if (block.startsWith('> ')) {
      out.push(`\\begin{quote}\n${inline(block.replace(/^> ?/gm, '').replace(/\s*\n\s*/g, ' '), notes)}\n\\end{quote}`);
    } else {
      // Lines of verse keep their breaks; prose lines run on.
      const lines = block.split('\n');
      const verse = lines.length > 1 && lines.every((line) => line.length < 70);
      out.push(verse ? lines.map((line) => inline(line.trim(), notes)).join(' \\\\\n') : inline(block.replace(/\s*\n\s*/g, ' '), notes));
    }
  }
  const head = inline(options.runningHead ?? options.title, notes);
  const pageStyle = options.fancyHeads
    ? ['\\usepackage{fancyhdr}', '\\pagestyle{fancy}', '\\fancyhf{}', `\\fancyhead[L]{\\small ${head}}`, '\\fancyfoot[C]{\\thepage}', '\\renewcommand{\\headrulewidth}{0.4pt}']
    : ['\\pagestyle{myheadings}', `\\markright{${head}}`];
  return [
    `\\documentclass[${options.classOptions ?? '11pt'}]{${options.documentClass ?? 'article'}}`,
    ...(options.fontPackage ? [`\\usepackage{${options.fontPackage}}`] : []),
    ...pageStyle,
    `\\title{${inline(options.title, notes)}}`,
    `\\author{${inline(options.author, notes)}}`,
    '\\date{}',
    '\\begin{document}',
    '\\maketitle',
    options.fancyHeads ? '\\thispagestyle{fancy}' : '\\thispagestyle{myheadings}',
    ...out.flatMap((b) => [b, '']),
    '\\end{document}',
    '',
  ].join('\n');
}

/**
 * The truth as a numbered setting prints it: each heading opens with its number (`1`, `1.2`;
 * `0.1` in a report, whose sections count within chapters it does not have).
 */
export function numberedTruth(options: Pick<LatexOptions, 'markdown' | 'documentClass'>): string {
  const counters = [0, 0, 0];
  return options.markdown.replace(/^(#{2,4})\s+(.*)$/gm, (_, hashes: string, text: string) => {
    const level = hashes.length - 2;
    counters[level]!++;
    for (let i = level + 1; i < counters.length; i++) counters[i] = 0;
    const number = [...(options.documentClass === 'report' ? [0] : []), ...counters.slice(0, level + 1)].join('.');
    return `${hashes} ${number} ${text}`;
  });
}

/** Whether pdflatex is installed (CI installs texlive-latex-base). */
export function hasPdflatex(): boolean {
  try {
    execFileSync('pdflatex', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Typesets the source twice (for the marks) in a fresh folder and returns the PDF's bytes. */
export function runPdflatex(source: string): Uint8Array {
  const dir = mkdtempSync(path.join(tmpdir(), 'anthology-latex-'));
  try {
    writeFileSync(path.join(dir, 'doc.tex'), source);
    for (let i = 0; i < 2; i++) execFileSync('pdflatex', ['-interaction=batchmode', '-halt-on-error', 'doc.tex'], { cwd: dir, stdio: 'ignore', timeout: 60_000 });
    return new Uint8Array(readFileSync(path.join(dir, 'doc.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
