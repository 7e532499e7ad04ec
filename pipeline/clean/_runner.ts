import type { Edit } from '../types.ts';
import type { PassContext } from './_context.ts';
import { outsideTables } from './_pipe-tables.ts';

/** A cleaning pass: pure, returns the edits it wants in offsets of the text it is given. */
export interface Pass {
  ruleId: string;
  run(text: string, ctx: PassContext): Edit[];
  /** When set, every applied edit of this pass is also reported as an info diagnostic. */
  describe?(edit: Edit, old: string): string;
}

/** An edit as applied, with the text it replaced and the pass that made it. */
export interface AppliedEdit {
  edit: Edit;
  old: string;
  /** Index of the pass; its offsets are in the text that pass was given. */
  passIndex: number;
}

/**
 * Maps offsets of a pass's output back to its input. Piecewise: between edits the shift is
 * constant, so one binary search over the edits' output starts finds the piece.
 */
export class OffsetMap {
  private readonly outStarts: number[] = [];
  private readonly outEnds: number[] = [];
  private readonly inStarts: number[] = [];
  private readonly inEnds: number[] = [];

  add(inStart: number, inEnd: number, outStart: number, outEnd: number): void {
    this.inStarts.push(inStart);
    this.inEnds.push(inEnd);
    this.outStarts.push(outStart);
    this.outEnds.push(outEnd);
  }

  toInput(offset: number): number {
    let lo = 0;
    let hi = this.outStarts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.outStarts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found === -1) return offset;
    const outStart = this.outStarts[found]!;
    const outEnd = this.outEnds[found]!;
    const inStart = this.inStarts[found]!;
    const inEnd = this.inEnds[found]!;
    // Inside replacement text: point into the replaced text, clipped to it.
    if (offset < outEnd) return inStart + Math.min(offset - outStart, inEnd - inStart);
    return inEnd + (offset - outEnd);
  }
}

export interface RunResult {
  text: string;
  applied: AppliedEdit[];
  /** maps[i] maps the output of pass i back to its input. */
  maps: OffsetMap[];
}

function byPosition(a: Edit, b: Edit): number {
  return a.start - b.start || a.end - b.end;
}

function inOrder(edits: readonly Edit[]): boolean {
  for (let i = 1; i < edits.length; i++) if (byPosition(edits[i - 1]!, edits[i]!) > 0) return false;
  return true;
}

/** Sorts a pass's edits and refuses overlaps: two passes' worth of meaning in one place is a bug. */
function orderedEdits(text: string, edits: readonly Edit[], ruleId: string): readonly Edit[] {
  // Most passes find their edits in text order: then there is nothing to sort (the sort is stable, so the order is the same).
  const sorted = inOrder(edits) ? edits : [...edits].sort(byPosition);
  let previous: Edit | undefined;
  for (const edit of sorted) {
    if (edit.start < 0 || edit.end < edit.start || edit.end > text.length) {
      throw new Error(`clean: pass ${ruleId} returned an edit out of range (${edit.start}–${edit.end})`);
    }
    if (previous) {
      const bothInsertAtSamePoint = previous.start === previous.end && edit.start === edit.end && edit.start === previous.start;
      if (edit.start < previous.end || bothInsertAtSamePoint) {
        throw new Error(
          `clean: pass ${ruleId} returned overlapping edits (${previous.ruleId} at ${previous.start}–${previous.end}, ${edit.ruleId} at ${edit.start}–${edit.end})`,
        );
      }
    }
    previous = edit;
  }
  return sorted;
}

function applyPass(text: string, edits: Edit[], ruleId: string, passIndex: number, applied: AppliedEdit[]): { text: string; map: OffsetMap } {
  const map = new OffsetMap();
  const parts: string[] = [];
  let cursor = 0;
  let outLength = 0;
  for (const edit of orderedEdits(text, edits, ruleId)) {
    const old = text.slice(edit.start, edit.end);
    if (old === edit.text) continue;
    const unchanged = text.slice(cursor, edit.start);
    parts.push(unchanged, edit.text);
    outLength += unchanged.length;
    map.add(edit.start, edit.end, outLength, outLength + edit.text.length);
    outLength += edit.text.length;
    cursor = edit.end;
    applied.push({ edit, old, passIndex });
  }
  // Most passes change nothing: the text itself goes on (no copy of the whole text per pass, and
  // later passes get the very string the one before saw, which per-text memos key on).
  if (parts.length === 0) return { text, map };
  parts.push(text.slice(cursor));
  return { text: parts.join(''), map };
}

/**
 * Passes that judge lines as prose, headings, captions or page furniture, and join or split
 * words: a pipe table's rows are none of these, so their edits inside one are not applied.
 */
const JUDGES_LINES = /^(?:pdf|web|ocr|text)\//;

/**
 * Runs the passes in order, each on the previous one's output; line-judging passes keep out of
 * pipe tables. A pass that throws, or returns edits the runner refuses, is a bug: without
 * `onFailure` it stops the run; with it, that pass is skipped for this text (its edits are not
 * made, the text goes on as it was) and `onFailure` is told, so one rule's bug does not cost a
 * user the whole book.
 */
export function runPasses(text: string, passes: readonly Pass[], ctx: PassContext, onFailure?: (ruleId: string, error: unknown) => void): RunResult {
  const applied: AppliedEdit[] = [];
  const maps: OffsetMap[] = [];
  let current = text;
  passes.forEach((pass, passIndex) => {
    ctx.passIndex = passIndex;
    const before = applied.length;
    try {
      const edits = pass.run(current, ctx);
      const result = applyPass(current, JUDGES_LINES.test(pass.ruleId) ? outsideTables(current, edits) : edits, pass.ruleId, passIndex, applied);
      current = result.text;
      maps.push(result.map);
    } catch (error) {
      if (!onFailure) throw error;
      applied.length = before;
      for (let i = ctx.kept.length - 1; i >= 0; i--) if (ctx.kept[i]!.passIndex === passIndex) ctx.kept.splice(i, 1);
      maps.push(new OffsetMap());
      onFailure(pass.ruleId, error);
    }
  });
  return { text: current, applied, maps };
}

/** Maps an offset in the input of pass `passIndex` (or the final text: passIndex = maps.length) to the original text. */
export function toOriginalOffset(maps: readonly OffsetMap[], passIndex: number, offset: number): number {
  let position = offset;
  for (let i = passIndex - 1; i >= 0; i--) position = maps[i]!.toInput(position);
  return position;
}
