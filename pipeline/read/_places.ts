/**
 * Places in the source for edits made on a reader's Markdown. A reader records, for each
 * top-level block of the Markdown it wrote, where that block stands in the file it read: a
 * PDF block the page and line of each of its lines, an HTML block its extent in the page's
 * source, a Word block its paragraph. An edit the cleaner makes at a line:column of the
 * Markdown is then shown where an editor finds it: `p12:l7`, the page's `line:column`, or
 * `¶12 “opening words…”`.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import type { EditRecord } from '../types.ts';
import { lineStarts, placeOf } from '../diagnostics.ts';

/** One source line of a PDF block: where it starts in the block's text, and its place. */
export interface SourceLine {
  offset: number;
  line: number;
  column: number;
  place: string;
}

export type SourceBlock =
  /** A PDF block: its lines, in order. */
  | { kind: 'lines'; lines: SourceLine[] }
  /** An HTML block: its extent in the page's source, by character offsets. */
  | { kind: 'extent'; start: number; end: number }
  /** A block with no finer place than its name (a Word paragraph). */
  | { kind: 'named'; line: number; column: number; place: string };

export interface SourcePlaces {
  /** For each top-level block of the Markdown, in order; undefined where the reader made it. */
  blocks: (SourceBlock | undefined)[];
  /** The source text extents refer to (a saved page's HTML). */
  text?: string;
}

type Placed = Pick<EditRecord, 'line' | 'column' | 'place'>;

/** The nearest occurrence of `needle` in `haystack[start, end)` to `guess`, or -1. */
function nearest(haystack: string, needle: string, start: number, end: number, guess: number): number {
  let best = -1;
  for (let at = haystack.indexOf(needle, start); at !== -1 && at + needle.length <= end; at = haystack.indexOf(needle, at + 1)) {
    if (best === -1 || Math.abs(at - guess) < Math.abs(best - guess)) best = at;
    if (at > guess) break;
  }
  return best;
}

function placeIn(block: SourceBlock, within: number, share: number, old: string, places: SourcePlaces, textStarts: () => number[]): Placed {
  if (block.kind === 'named') return { line: block.line, column: block.column, place: block.place };
  if (block.kind === 'lines') {
    let line = block.lines[0]!;
    for (const candidate of block.lines) if (candidate.offset <= within) line = candidate;
    return { line: line.line, column: line.column, place: line.place };
  }
  const text = places.text ?? '';
  // The edit's own words, found in the block's source nearest where its share of the block falls.
  const words = old.trim().split(/\s+/)[0] ?? '';
  const guess = block.start + Math.round(share * (block.end - block.start));
  const at = words ? nearest(text, words, block.start, block.end, guess) : -1;
  const offset = at === -1 ? block.start : at + old.indexOf(words);
  return placeOf(textStarts(), Math.min(Math.max(offset, block.start), Math.max(block.start, block.end - 1)));
}

/**
 * `edits`, made at line:column of `markdown`, placed in the reader's source where the block
 * they fall in is known. An edit already placed in the source (the reader's own) is kept.
 */
export function placeInSource(markdown: string, places: SourcePlaces, edits: readonly EditRecord[]): EditRecord[] {
  if (edits.length === 0) return [...edits];
  const tree = fromMarkdown(markdown, { extensions: [gfmFootnote()], mdastExtensions: [gfmFootnoteFromMarkdown()] });
  // The Markdown read back must give the blocks the reader recorded, or no place is trusted.
  if (tree.children.length !== places.blocks.length) return [...edits];
  const spans = tree.children.map((child) => [child.position!.start.offset!, child.position!.end.offset!] as const);
  const starts = lineStarts(markdown);
  let textStarts: number[] | undefined;
  const sourceStarts = (): number[] => (textStarts ??= lineStarts(places.text ?? ''));
  return edits.map((edit) => {
    const offset = (starts[edit.line - 1] ?? markdown.length) + edit.column - 1;
    // The block the edit falls in, or the next one when it falls between blocks.
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offset < spans[mid]![1]) hi = mid;
      else lo = mid + 1;
    }
    const index = lo;
    const block = places.blocks[index];
    if (!block || spans.length === 0) return edit;
    const [start, end] = spans[index]!;
    const within = Math.max(0, offset - start);
    const placed = placeIn(block, within, end > start ? within / (end - start) : 0, edit.old, places, sourceStarts);
    const { place: _drop, ...rest } = edit;
    return { ...rest, ...placed };
  });
}
