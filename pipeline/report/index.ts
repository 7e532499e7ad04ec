import path from 'node:path';
import type { BookMeta, CleanText, Diagnostic, EditRecord } from '../types.ts';

export interface ReportInput {
  meta: BookMeta;
  cleaned: CleanText[];
  /** Load and build warnings that are not about one cleaning pass. */
  diagnostics: Diagnostic[];
  outputs: { file: string; bytes: number; note?: string }[];
  /**
   * The source folder, absolute. A file shown by its absolute path (a source folder outside the
   * working directory) is shown relative to it instead: the report is published beside the
   * book, and carries no folder of the machine that built it.
   */
  sourceDir?: string;
}

/** Rules whose edits only change white space or Markdown syntax: summarised, not listed one per row. */
const LAYOUT_RULES = /^(pdf\/unwrap|pdf\/paragraph|text\/newline|text\/trailing-space|markdown\/escape)/;

/** Rules that name what a block is (a caption, a byline) and keep its text: listed by place. */
const FOUND_RULES = /\/(caption|byline)$/;

/**
 * The cleaning report: for every piece, every change the pipeline made to the raw text
 * (raw file line:column, old → new, rule), what it removed, and what it suspects but left alone.
 */
export function renderReport(input: ReportInput): string {
  const { meta, outputs } = input;
  const shown = (file: string): string => (input.sourceDir !== undefined && path.isAbsolute(file) ? path.relative(input.sourceDir, file) : file);
  const placed = (d: Diagnostic): Diagnostic => (path.isAbsolute(d.file) ? { ...d, file: shown(d.file) } : d);
  const cleaned = input.sourceDir === undefined ? input.cleaned : input.cleaned.map((c) => ({ ...c, path: shown(c.path), diagnostics: c.diagnostics.map(placed) }));
  const diagnostics = input.sourceDir === undefined ? input.diagnostics : input.diagnostics.map(placed);
  const lines: string[] = [];
  lines.push(`# Cleaning report: ${meta.title}`, '');
  lines.push(`Built ${meta.modified}. Positions are line:column in the raw manuscript file.`, '');
  if (cleaned.some((piece) => /\.(?:pdf|docx)$/i.test(piece.path))) {
    lines.push('In a PDF a place reads `p12:l7` (page 12, line 7 of the page); in a Word file `¶12 “opening words…”` (its 12th paragraph).', '');
  }
  lines.push('| piece | profile | edits | removed characters | notes |', '| --- | --- | ---: | ---: | ---: |');
  for (const piece of cleaned) {
    const removed = piece.edits.reduce((sum, e) => sum + Math.max(0, e.old.length - e.new.length), 0);
    lines.push(`| ${cell(piece.path)} | ${piece.profile} | ${piece.edits.length} | ${removed} | ${piece.diagnostics.length} |`);
  }
  lines.push('');
  if (outputs.length) {
    lines.push('## Outputs', '');
    for (const output of outputs) lines.push(`- \`${output.file}\`: ${groupedDigits(output.bytes)} bytes${output.note ? `, ${output.note}` : ''}`);
    lines.push('');
  }
  if (diagnostics.length) {
    lines.push('## Warnings', '');
    for (const d of diagnostics) lines.push(`- ${diagnosticLine(d)}`);
    lines.push('');
  }
  for (const piece of cleaned) pieceSection(piece, lines);
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Appends a piece's section to `lines` (a piece's section can run to thousands of lines). */
function pieceSection(piece: CleanText, lines: string[]): void {
  lines.push(`## ${piece.path}`, '', `Profile: ${piece.profile}. ${piece.edits.length} edits.`, '');
  // One pass sorts the edits into their lists; a piece can carry tens of thousands of edits,
  // so nothing here may cost more than constant time per edit.
  const byRule = new Map<string, number>();
  const removals: EditRecord[] = [];
  const changes: EditRecord[] = [];
  const byLayoutRule = new Map<string, EditRecord[]>();
  const found: EditRecord[] = [];
  for (const edit of piece.edits) {
    byRule.set(edit.ruleId, (byRule.get(edit.ruleId) ?? 0) + 1);
    if (FOUND_RULES.test(edit.ruleId) && edit.new.trim() !== '') found.push(edit);
    else if (edit.new.trim() === '' && edit.old.trim() !== '') removals.push(edit);
    else if (!LAYOUT_RULES.test(edit.ruleId)) changes.push(edit);
    else append(byLayoutRule, edit.ruleId, edit);
  }
  if (byRule.size) {
    lines.push('| rule | edits |', '| --- | ---: |');
    for (const [rule, count] of [...byRule].sort(byRuleAsStrings)) lines.push(`| ${rule} | ${count} |`);
    lines.push('');
  }
  if (removals.length) {
    lines.push('### Removed text', '');
    for (const e of removals) lines.push(`- ${e.place ?? `${e.line}:${e.column}`} [${e.ruleId}] ${quote(e.old)}`);
    lines.push('');
  }
  if (found.length) {
    lines.push('### Captions and bylines', '');
    for (const e of found) lines.push(`- ${e.place ?? `${e.line}:${e.column}`} ${FOUND_RULES.exec(e.ruleId)![1]} ${quote(e.old)}${e.reason ? `: ${e.reason}` : ''}`);
    lines.push('');
  }
  if (changes.length) {
    lines.push('### Changes', '', '| place | rule | old | new |', '| --- | --- | --- | --- |');
    for (const e of changes) lines.push(`| ${e.place ?? `${e.line}:${e.column}`} | ${e.ruleId} | ${code(e.old)} | ${code(e.new)} |`);
    lines.push('');
  }
  if (byLayoutRule.size) {
    lines.push('### Line and paragraph structure', '');
    for (const [rule, edits] of byLayoutRule) {
      lines.push(`- ${rule}: ${edits.length} edits at lines ${ranges(edits.map((e) => e.line))}`);
    }
    lines.push('');
  }
  // Lines the cleaner kept although they may be site or page furniture: listed apart, to check by eye.
  const kept = piece.diagnostics.filter((d) => d.ruleId === KEPT_MAY_BE_FURNITURE);
  const notes = kept.length ? piece.diagnostics.filter((d) => d.ruleId !== KEPT_MAY_BE_FURNITURE) : piece.diagnostics;
  if (kept.length) {
    lines.push('### Kept, may be furniture', '');
    for (const d of kept) lines.push(`- ${diagnosticLine(d)}`);
    lines.push('');
  }
  if (notes.length) {
    lines.push('### Notes for the editor', '');
    for (const d of notes) lines.push(`- ${diagnosticLine(d)}`);
    lines.push('');
  }
}

/** Rule id of the cleaner's notes on lines it kept while unsure (pipeline/clean KEPT_MAY_BE_FURNITURE). */
const KEPT_MAY_BE_FURNITURE = 'clean/kept-may-be-furniture';

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The rule table's order: the rules in the order the report has always listed them, which
 * was the default sort of `[rule, edits]` pairs, i.e. of the strings `rule,[object Object],…`.
 * Rules are distinct, so comparing `rule,` decides it for every rule id without a comma.
 */
function byRuleAsStrings([a]: [string, unknown], [b]: [string, unknown]): number {
  const left = `${a},`;
  const right = `${b},`;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * `n.toLocaleString('en-GB')` for a byte count: digits in groups of three, comma-separated.
 * Written out because the first toLocaleString of a process loads the locale's data, which
 * costs more than the rest of the report.
 */
function groupedDigits(n: number): string {
  return Number.isSafeInteger(n) && n >= 0 ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : n.toLocaleString('en-GB');
}

function diagnosticLine(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  return `${where} ${d.severity} ${d.message} [${d.ruleId}]`;
}

/** 3, 4, 5, 9 → "3–5, 9". */
function ranges(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** Shows invisible characters so a whitespace edit is readable in the table. */
function code(text: string): string {
  const visible = text.replace(/\n/g, '⏎').replace(/\t/g, '⇥').replace(/\u00A0/g, '⍽');
  return visible === '' ? '∅' : `\`${cell(visible.replace(/`/g, 'ˋ'))}\``;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 300 ? `${flat.slice(0, 300)}…` : flat}”`;
}
