/**
 * Lines → mdast blocks. Sizes are judged against the body text's size: larger lines are
 * headings (one level per size, largest first; bold lines at text size below them), smaller
 * ones are captions. A paragraph ends at a larger gap than the line pitch, at an indented line,
 * after a short line that ends a sentence, and where the size changes. Line-end hyphens are
 * joined or kept as the cleaner's dehyphenation decides.
 */
import type { BlockContent, FootnoteDefinition, Heading, Paragraph, PhrasingContent, Root } from 'mdast';
import type { EditRecord } from '../../types.ts';
import type { Line, Part } from './_lines.ts';
import { noteText, type Note } from './_notes.ts';
import { isByline } from './_byline.ts';
import { captionReason } from './_captions.ts';
import type { ImageBox } from './_extract.ts';
import type { SourceBlock } from '../_places.ts';

type Kind = 'heading' | 'caption' | 'text';

/** Lines further apart than this many line pitches are in different paragraphs. */
const PARAGRAPH_GAP = 1.4;

export interface BlockInput {
  lines: Line[];
  notes: Note[];
  bodySize: number;
  keepsHyphen: (head: string, tail: string) => boolean;
  place: (line: Line) => Pick<EditRecord, 'line' | 'column' | 'place'>;
  /** The pictures painted on each page, by page number: captions stand by them. */
  images?: ReadonlyMap<number, readonly ImageBox[]>;
}

interface Block {
  kind: Kind;
  lines: Line[];
}

const round = (n: number): number => Math.round(n * 2) / 2;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** How a set of lines stands on its page, beyond its type. */
interface Standing {
  /** More space above it than between the text's lines. */
  apart: boolean;
  /** More space below it than between the text's lines. */
  apartBelow: boolean;
  /** Centred in its column, short of both edges. */
  centred: boolean;
}

/** “1.”, “2.1”, “IV.”, “A.” before a capital: a section's number. */
export const NUMBERED = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVXLC]{1,6}\.|[A-Z]\.)\s+[\p{Lu}\p{N}“"‘']/u;

/** Words a title in capitals keeps in lower case when read back in title case. */
const MINOR = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'on', 'in', 'at', 'to', 'by', 'with', 'from', 'as', 'into', 'upon', 'vs']);
const capitalise = (word: string): string => word.replace(/^(\P{L}*)(\p{L})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase());

/** A title set in capitals, in title case: “THE LOCK-KEEPERS OF THE LONG LEVEL” → “The Lock-Keepers of the Long Level”. */
export function titleCase(text: string): string {
  const words = text.toLowerCase().split(/\s+/);
  return words.map((word, i) => (i > 0 && i < words.length - 1 && MINOR.has(word) ? word : word.split('-').map(capitalise).join('-'))).join(' ');
}

/** Names set in capitals: each name capitalised, the particles names carry kept low. */
export function nameCase(text: string): string {
  const particles = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'y', 'and', 'of', 'the']);
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word, i) => (i > 0 && particles.has(word) ? word : word.split('-').map(capitalise).join('-')))
    .join(' ');
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A date as a title page sets it: “March 3, 2019”, “3 March 2019”, “March 2019”, “2019-03-03”. */
const DATE = new RegExp(`^(?:(?:\\d{1,2}\\s+)?${MONTH}\\s+(?:\\d{1,2},?\\s+)?\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?)$`, 'i');

/** A list item's mark at a line's start: a bullet, “1.”, “(2)”, “a)”, “(iv)”. */
const LIST_MARK = /^(?:[•◦▪‣∙·–-]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\([ivx]{1,5}\))\s/;

/** All capitals (two letters or more): a title or a name set in capitals. */
export const allCaps = (text: string): boolean => {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
};

/**
 * The kind of a set of lines in one style (size, weight, slant) from its type and where it
 * stands: larger than the text is a heading; a little larger is one when it stands apart from
 * the text above it; at the text's size, a short unpunctuated line apart from the text is one
 * when its type differs (bold, small capitals, all capitals) or when it is centred and numbered
 * or alone (amsart's centred small-caps sections, a numbered “2.1 Method”); smaller is a caption.
 */
function kindOf(lines: readonly Line[], bodySize: number, standing: Standing): Kind {
  const first = lines[0]!;
  const text = lines.map((l) => l.text).join(' ');
  const { apart } = standing;
  if (first.dropCap) return 'text';
  if (first.runIn) return 'heading';
  if (first.size >= 1.15 * bodySize && text.length <= 200) return 'heading';
  if (first.size >= bodySize + 0.4 && text.length <= 200 && apart) return 'heading';
  if (first.size >= 0.95 * bodySize && text.length <= 120 && !/[.,;:]$/.test(text) && apart && lines.length <= 2) {
    if (first.bold && text.length <= 90) return 'heading';
    if (first.smallCaps || (allCaps(text) && first.size < 1.05 * bodySize && /\p{L}{2}/u.test(text))) return 'heading';
    if (standing.centred && (NUMBERED.test(text) || standing.apartBelow)) return 'heading';
    if (NUMBERED.test(text) && standing.apartBelow && lines.length === 1) return 'heading';
  }
  if (first.size <= 0.92 * bodySize) return 'caption';
  return 'text';
}

/**
 * Run-in heads: a paragraph that opens with a few bold words and goes on in the text's type on
 * the same line, set apart from the text above (amsart's subsection, LaTeX's paragraph), is a
 * heading followed by its paragraph. The head's closing stop, which the class adds, is dropped.
 * A bold phrase inside running text (no space above, no paragraph start) stays text.
 */
function splitRunIns(lines: readonly Line[], closeAbove: (a: Line, b: Line) => boolean): Line[] {
  const out: Line[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    // Set apart from the line above: a bold lead in a paragraph that simply follows another stays text.
    const opensParagraph = !previous || !closeAbove(previous, line);
    const lead: Part[] = [];
    for (const part of line.parts) {
      if (/\p{L}/u.test(part.text) && !part.bold) break;
      lead.push(part);
    }
    const rest = line.parts.slice(lead.length);
    const leadText = lead.map((p) => p.text).join('').replace(/\s+/g, ' ').trim();
    if (!opensParagraph || line.bold || line.dropCap || !/\p{L}/u.test(leadText) || !rest.some((p) => /\p{L}/u.test(p.text)) || leadText.length > 80 || leadText.split(' ').length > 12 || lead.some((p) => p.sup)) {
      out.push(line);
      return;
    }
    const restText = rest.map((p) => p.text).join('').replace(/\s+/g, ' ').trim();
    const split = line.x + ((line.right - line.x) * leadText.length) / Math.max(1, line.text.length);
    const headText = leadText.replace(/\s*[.:]$/, '');
    out.push({ ...line, parts: [{ ...lead[0]!, text: headText }], text: headText, right: split, bold: true, runIn: true });
    out.push({ ...line, parts: rest.map((p, j) => (j === 0 ? { ...p, text: p.text.replace(/^\s+/, '') } : p)), text: restText, x: split, bold: false });
  });
  return out;
}

const styleOf = (l: Line): string => `${round(l.size)}|${l.bold}|${l.italic}|${l.smallCaps === true}`;

/** Centred in its column: both margins alike and wider than a paragraph indent. */
export function centredIn(line: Line, column: { left: number; right: number }): boolean {
  const leftGap = line.x - column.left;
  const rightGap = column.right - line.right;
  return leftGap > 2 * line.size && rightGap > 2 * line.size && Math.abs(leftGap - rightGap) < Math.max(1.5 * line.size, 0.08 * (column.right - column.left));
}

/** Where each line of a block starts in the block's Markdown text (lines join with one space), and its place. */
function sourceOf(lines: readonly Line[], place: BlockInput['place'], lead = 0): SourceBlock {
  let offset = lead;
  return {
    kind: 'lines',
    lines: lines.map((line) => {
      const at = place(line);
      const entry = { offset, line: at.line, column: at.column, place: at.place ?? `${at.line}:${at.column}` };
      offset += line.text.length + 1;
      return entry;
    }),
  };
}

export function buildBlocks(input: BlockInput): { root: Root; title?: string; byline?: string; date?: string; edits: EditRecord[]; unreferenced: Note[]; sources: SourceBlock[] } {
  const { bodySize } = input;
  let lines = input.lines;
  const edits: EditRecord[] = [];
  const areaOf = (l: Line) => `${l.page}:${l.column}`;
  const geometry = new Map<string, { left: number; right: number }>();
  const bodyLines = lines.filter((l) => Math.abs(l.size - bodySize) < 0.6);
  for (const area of new Set(lines.map(areaOf))) {
    const own = bodyLines.filter((l) => areaOf(l) === area && !l.besideDropCap);
    const all = own.length ? own : lines.filter((l) => areaOf(l) === area);
    geometry.set(area, { left: percentile(all.map((l) => l.x), 0.1), right: percentile(all.map((l) => l.right), 0.9) });
  }
  const pitches: number[] = [];
  for (let i = 1; i < bodyLines.length; i++) {
    const a = bodyLines[i - 1]!;
    const b = bodyLines[i]!;
    if (areaOf(a) === areaOf(b) && b.y > a.y) pitches.push(round(b.y - a.y));
  }
  const pitch = mode(pitches) ?? bodySize * 1.2;

  lines = splitRunIns(lines, (a, b) => areaOf(a) === areaOf(b) && b.y - a.y < 1.3 * pitch && b.y > a.y);

  // Whether the text opens its paragraphs with an indent: most lines after a sentence's short last line are indented.
  let indentedOpenings = 0;
  let flushOpenings = 0;
  for (let i = 1; i < bodyLines.length; i++) {
    const a = bodyLines[i - 1]!;
    const b = bodyLines[i]!;
    const geo = geometry.get(areaOf(b))!;
    if (areaOf(a) !== areaOf(b) || a.right >= geo.right - 2 * a.size || !/[.!?"”’]$/.test(a.text) || b.y - a.y > 1.3 * pitch) continue;
    const indent = b.x - geo.left;
    if (indent > 0.8 * b.size && indent < 8 * b.size) indentedOpenings++;
    else if (Math.abs(indent) < 0.3 * b.size) flushOpenings++;
  }
  const indentsParagraphs = indentedOpenings >= 3 && indentedOpenings >= 2 * flushOpenings;

  const blocks: Block[] = [];
  let previous: Line | undefined;
  const gap = (a: Line | undefined, b: Line | undefined): number => (a && b && areaOf(a) === areaOf(b) ? b.y - a.y : Infinity);
  // Lines in one style that follow closely are judged together: a heading may wrap.
  const kinds = new Map<Line, Kind>();
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    while (j < lines.length && styleOf(lines[j]!) === styleOf(lines[i]!) && gap(lines[j - 1], lines[j]) <= 1.6 * lines[j]!.size && !lines[j]!.dropCap) j++;
    const set = lines.slice(i, j);
    const apart = gap(lines[i - 1], lines[i]) > 1.5 * pitch || (i > 0 && lines[i - 1]!.page !== lines[i]!.page && lines[i]!.index <= 2);
    const apartBelow = j >= lines.length || gap(lines[j - 1], lines[j]) > 1.35 * pitch;
    const kind = kindOf(set, bodySize, { apart, apartBelow, centred: set.every((l) => centredIn(l, geometry.get(areaOf(l))!)) });
    for (const line of set) kinds.set(line, kind);
    i = j;
  }
  for (const line of lines) {
    const kind = kinds.get(line)!;
    const current = blocks[blocks.length - 1];
    let starts = !current || !previous || current.kind !== kind || line.dropCap !== undefined;
    if (!starts && previous && current) {
      const geo = geometry.get(areaOf(line))!;
      const prevGeo = geometry.get(areaOf(previous))!;
      const sameArea = areaOf(line) === areaOf(previous);
      const indent = line.x - geo.left;
      const short = previous.right < prevGeo.right - 2 * previous.size;
      const indented = !line.besideDropCap && indent > 0.8 * line.size && indent < 8 * line.size;
      if (kind === 'heading') starts = styleOf(line) !== styleOf(previous) || line.y - previous.y > 1.6 * line.size;
      else if (Math.abs(line.size - previous.size) > 0.6) starts = true;
      // A list item's wrapped line hangs under its text, indented: it goes on the item.
      else if (indented && LIST_MARK.test(previous.text) && !short) starts = false;
      // Indented after a line at the margin, or after a line that stops well short of this one (a
      // one-line paragraph such as a dateline): a new paragraph. Lines of a quotation, indented
      // alike and reaching alike, go on.
      else if (indented && (Math.abs(previous.x - prevGeo.left) < 0.3 * line.size || previous.right - prevGeo.left < line.right - geo.left - 2 * previous.size)) starts = true;
      // Space between paragraphs instead of an indent: pandoc's LaTeX (parskip, 6pt on a 12pt pitch)
      // puts its lines exactly 1.5 pitches apart, a word processor's “space after” as little.
      else if (sameArea && line.y - previous.y > PARAGRAPH_GAP * pitch) starts = true;
      else if (short && LIST_MARK.test(line.text)) starts = true;
      // A short line that ends a sentence ends its paragraph. One that ends on a colon or semicolon
      // does too, except where paragraphs open indented and the next line stands at the margin: a
      // line of verse going on.
      else if (short && /[.!?"”’)\]]$/.test(previous.text)) starts = true;
      else if (short && /[:;]$/.test(previous.text) && !(indentsParagraphs && indent < 0.3 * line.size)) starts = true;
    }
    if (starts) blocks.push({ kind, lines: [line] });
    else current!.lines.push(line);
    previous = line;
  }

  // The title: the one heading set larger than every other, on the first page; failing that,
  // a heading at the text's size that opens the first page centred, before any text (amsart's
  // bold capitals, a Word file's centred bold title).
  const headings = blocks.filter((b) => b.kind === 'heading');
  const largest = Math.max(...headings.map((b) => round(b.lines[0]!.size)));
  const atLargest = headings.filter((b) => round(b.lines[0]!.size) === largest);
  let title: string | undefined;
  let byline: string | undefined;
  const centredBlock = (block: Block | undefined): boolean => block?.lines.every((l) => centredIn(l, geometry.get(areaOf(l))!)) === true;
  let titleBlock: Block | undefined;
  if (atLargest.length === 1 && atLargest[0]!.lines[0]!.page === 1 && largest >= 1.15 * bodySize) titleBlock = atLargest[0];
  else {
    const first = blocks[0];
    const lead = first?.lines[0];
    if (first && lead && first.kind === 'heading' && lead.page === 1 && centredBlock(first) && (lead.bold || lead.smallCaps || allCaps(lead.text) || lead.size > bodySize + 0.4)) titleBlock = first;
  }
  if (titleBlock) {
    const block = titleBlock;
    const set = block.lines.map((l) => l.text).join(' ');
    title = allCaps(set) ? titleCase(set) : set;
    const at = blocks.indexOf(block);
    blocks.splice(at, 1);
    edits.push({ ruleId: 'pdf/title', ...input.place(block.lines[0]!), old: set, new: '', reason: `the title, set from the front matter${title !== set ? ` (set in capitals: read as “${title}”)` : ''}` });
    // A short line of names right under the title, before any text: the byline.
    const next = blocks[at];
    const text = next?.lines.map((l) => l.text).join(' ') ?? '';
    const nameLine = /^(?:by\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}.'’-]*){0,5}$/u;
    const under = next?.lines[0];
    if (next && under && next.lines.length === 1 && under.page === 1 && (under.size < block.lines[0]!.size || (centredBlock(next) && !under.bold && (allCaps(text) || under.smallCaps))) && nameLine.test(text)) {
      byline = text.replace(/^by\s+/i, '');
      if (allCaps(byline)) byline = nameCase(byline);
      blocks.splice(at, 1);
      edits.push({ ruleId: 'pdf/byline', ...input.place(under), old: text, new: '', reason: 'the author, set from the front matter' });
    }
  }
  // The date the first page states: a centred line that is a date under the title block, or
  // amsart's “Date: …” note at the foot of the first page.
  let date: string | undefined;
  if (titleBlock) {
    const found = blocks.findIndex((block, i) => {
      const line = block.lines[0]!;
      if (block.lines.length !== 1 || line.page !== 1) return false;
      const text = line.text.replace(/^date:\s*/i, '').replace(/\.$/, '');
      if (!DATE.test(text)) return false;
      return (i === 0 && centredIn(line, geometry.get(areaOf(line))!)) || /^date:/i.test(line.text);
    });
    if (found !== -1) {
      const line = blocks[found]!.lines[0]!;
      date = line.text.replace(/^date:\s*/i, '').replace(/\.$/, '');
      blocks.splice(found, 1);
      edits.push({ ruleId: 'pdf/date', ...input.place(line), old: line.text, new: '', reason: 'the date, set from the front matter' });
    }
  }

  // A line of names right under a piece's title elsewhere: a byline, kept as a paragraph.
  for (let i = 0; i + 1 < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1]!;
    if (block.kind !== 'heading' || next.kind !== 'heading' || next.lines.length !== 1) continue;
    const line = next.lines[0]!;
    if (!isByline(line, block.lines[block.lines.length - 1]!, geometry.get(areaOf(line))!)) continue;
    next.kind = 'text';
    const heading = block.lines.map((l) => l.text).join(' ');
    edits.push({ ruleId: 'pdf/byline', ...input.place(line), old: line.text, new: line.text, reason: `the byline under “${heading}”: kept as a paragraph, not a heading` });
  }
  // One level per heading style: larger first, then bold before regular, upright before italic.
  // Small capitals above plain, a run-in head below a head on its own line.
  const rank = (l: Line): number => round(l.size) * 100 + (l.bold ? 10 : 0) + (l.smallCaps ? 5 : 0) + (l.runIn ? -30 : 0) + (l.italic ? 0 : 1);
  const styles = [...new Set(blocks.filter((b) => b.kind === 'heading').map((b) => rank(b.lines[0]!)))].sort((a, b) => b - a);
  const depthOf = (block: Block): Heading['depth'] => Math.min(6, 2 + styles.indexOf(rank(block.lines[0]!))) as Heading['depth'];

  const notesByMark = new Map(input.notes.map((n) => [`${n.page}:${n.mark}`, n]));
  const referenced = new Set<Note>();
  const phrasing = (block: Block): PhrasingContent[] => {
    const out: PhrasingContent[] = [];
    const push = (text: string, italic: boolean): void => {
      const last = out[out.length - 1];
      // Spaces stay outside the emphasis, so `*` always sits against a word.
      const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
      if (italic && (lead || trail) && core) {
        if (lead) push(lead, false);
        push(core!, true);
        if (trail) push(trail, false);
        return;
      }
      if (italic && !core) italic = false;
      if (italic) {
        if (last?.type === 'emphasis' && last.children.length === 1 && last.children[0]!.type === 'text') last.children[0].value += text;
        else out.push({ type: 'emphasis', children: [{ type: 'text', value: text }] });
      } else if (last?.type === 'text') last.value += text;
      else out.push({ type: 'text', value: text });
    };
    const lastText = (): { node: { value: string } } | undefined => {
      const last = out[out.length - 1];
      if (last?.type === 'text') return { node: last };
      if (last?.type === 'emphasis' && last.children[last.children.length - 1]?.type === 'text') return { node: last.children[last.children.length - 1] as { value: string } };
      return undefined;
    };
    block.lines.forEach((line, i) => {
      if (i > 0) {
        const tail = lastText();
        const head = tail && /(\p{L}+)-$/u.exec(tail.node.value);
        const nextWord = /^(\p{L}+)/u.exec(line.text);
        if (tail && head && nextWord) {
          const keep = input.keepsHyphen(head[1]!, nextWord[1]!);
          if (!keep) tail.node.value = tail.node.value.slice(0, -1);
          edits.push({ ruleId: 'pdf/dehyphenate', ...input.place(block.lines[i - 1]!), old: `${head[0]}\n${nextWord[1]}`, new: keep ? `${head[0]}${nextWord[1]}` : `${head[1]}${nextWord[1]}` });
        } else {
          // An italic run that goes on across the line end stays one emphasis.
          const last = out[out.length - 1];
          const firstPart = line.parts.find((p) => p.text.trim() !== '');
          const inner = last?.type === 'emphasis' ? last.children[last.children.length - 1] : undefined;
          if (firstPart?.italic && !firstPart.sup && inner?.type === 'text') inner.value += ' ';
          else push(' ', false);
        }
      }
      line.parts.forEach((part, j) => {
        let text = j === 0 ? part.text.replace(/^\s+/, '') : part.text;
        if (j === line.parts.length - 1) text = text.replace(/\s+$/, '');
        const note = part.sup ? notesByMark.get(`${line.page}:${text.trim()}`) : undefined;
        if (note && !referenced.has(note)) {
          referenced.add(note);
          out.push({ type: 'footnoteReference', identifier: note.label, label: note.label });
          return;
        }
        push(text.replace(/\s+/g, ' '), part.italic);
      });
    });
    return out;
  };

  const children: (BlockContent | FootnoteDefinition)[] = [];
  const sources: SourceBlock[] = [];
  for (const block of blocks) {
    sources.push(sourceOf(block.lines, input.place));
    if (block.kind === 'heading') {
      // A heading's own type is its emphasis: its words are kept plain, joined as a paragraph's are.
      const plain: Block = { ...block, lines: block.lines.map((l) => ({ ...l, parts: l.parts.map((p) => ({ ...p, italic: false })) })) };
      children.push({ type: 'heading', depth: depthOf(block), children: phrasing(plain) } satisfies Heading);
    } else {
      const reason = captionReason(block.lines, block.kind === 'caption', input.images?.get(block.lines[0]!.page) ?? []);
      if (reason) {
        // A caption is set as an italic paragraph where it stands: the books take that as a picture's caption.
        const plain: Block = { ...block, lines: block.lines.map((l) => ({ ...l, parts: l.parts.map((p) => ({ ...p, italic: false })) })) };
        const text = block.lines.map((l) => l.text).join(' ');
        children.push({ type: 'paragraph', children: [{ type: 'emphasis', children: phrasing(plain) }] } satisfies Paragraph);
        edits.push({ ruleId: 'pdf/caption', ...input.place(block.lines[0]!), old: text, new: `*${text}*`, reason: `a caption (${reason}): kept as an italic paragraph where it stands` });
      } else children.push({ type: 'paragraph', children: phrasing(block) } satisfies Paragraph);
    }
  }
  // A note's lines are joined as a paragraph's are: a word hyphenated at a line end is made whole
  // or keeps its hyphen as the same rule decides.
  const joinNote = (note: Note): string => {
    let out = '';
    noteText(note).forEach((line, i) => {
      const text = line.trim();
      const head = /(\p{L}+)-$/u.exec(out);
      const nextWord = /^(\p{L}+)/u.exec(text);
      if (i > 0 && head && nextWord) {
        const keep = input.keepsHyphen(head[1]!, nextWord[1]!);
        if (!keep) out = out.slice(0, -1);
        edits.push({ ruleId: 'pdf/dehyphenate', ...input.place(note.lines[i - 1]!), old: `${head[0]}\n${nextWord[1]}`, new: keep ? `${head[0]}${nextWord[1]}` : `${head[1]}${nextWord[1]}` });
      } else if (i > 0) out += ' ';
      out += text;
    });
    return out.replace(/\s+/g, ' ').trim();
  };
  for (const note of input.notes) {
    if (!referenced.has(note)) continue;
    const text = joinNote(note);
    sources.push(sourceOf(note.lines, input.place, `[^${note.label}]: `.length));
    children.push({ type: 'footnoteDefinition', identifier: note.label, label: note.label, children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] });
  }
  const unreferenced = input.notes.filter((n) => !referenced.has(n));
  for (const note of unreferenced) {
    // A note whose mark the text does not show is kept as a paragraph where the notes stand.
    sources.push(sourceOf(note.lines, input.place));
    children.push({ type: 'paragraph', children: [{ type: 'text', value: `${note.mark} ${joinNote(note)}`.replace(/\s+/g, ' ').trim() }] });
  }
  return { root: { type: 'root', children: children as Root['children'] }, ...(title ? { title } : {}), ...(byline ? { byline } : {}), ...(date ? { date } : {}), edits, unreferenced, sources };
}
