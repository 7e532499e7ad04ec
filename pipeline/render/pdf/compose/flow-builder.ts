/**
 * Collects the vertical list for the paginator and applies the keep rules as it goes: no page
 * break after a paragraph's first line or before its last (orphans and widows), and none
 * between a heading and the lines that follow it.
 */
import type { FlowItem, FlowLine, FlowSpace, Insertion, NumberStyle, PageDecor, SetLine } from '../layout/types.ts';

export interface LineMetrics {
  /** Height the line takes (its leading). */
  height: number;
  /** Type size, to put the baseline where the capitals sit centred in the line. */
  size: number;
}

/** How the lines of a block may be split across pages. */
export type LineKeep = 'paragraph' | 'together' | 'free';

export interface FlowBuilder {
  readonly items: readonly FlowItem[];
  addLines(lines: readonly SetLine[], metrics: LineMetrics, keep: LineKeep): void;
  addSpace(height: number, options?: Partial<Pick<FlowSpace, 'fill' | 'discardable'>>): void;
  /** Space up to the next baseline-grid line. */
  addSnap(): void;
  /** Ties the next `lineCount` lines (and the spaces before them) to what came before. */
  keepWithNext(lineCount: number): void;
  /** Appends a list built elsewhere (a block quote's), through the same keep rules. */
  append(items: readonly FlowItem[]): void;
  /** `numbering`: page numbers start again at 1, in this style, after the break. */
  pageBreak(side: 'any' | 'recto', first: PageDecor, rest: PageDecor, numbering?: NumberStyle): void;
  mark(id: string): void;
  /**
   * The lines of an insertion (a footnote): they go with the first line added whose text calls
   * `key` (TextStyle.insertion). Insertions called from inside these lines (a link's URL in a
   * footnote) follow them. `fromRight`: the note is set right to left, from the right edge.
   */
  defineInsertion(key: string, lines: readonly SetLine[], metrics: LineMetrics, options?: { fromRight?: boolean }): void;
  /** Hands out the items so far and forgets them; the keep rules carry on as if they were still there. */
  take(): FlowItem[];
}

export function createFlowBuilder(): FlowBuilder {
  const items: FlowItem[] = [];
  let keepCount = 0;
  const insertions = new Map<string, FlowLine[]>();
  const attached = new Set<string>();

  /** The insertions a line calls that no earlier line has taken. */
  const calledBy = (line: SetLine, own?: string): Insertion[] => {
    const found: Insertion[] = [];
    for (const fragment of line.fragments) {
      const key = fragment.style.insertion;
      if (key === undefined || key === own || attached.has(key)) continue;
      const lines = insertions.get(key);
      if (!lines) continue;
      attached.add(key);
      found.push({ key, lines });
    }
    return found;
  };

  const push = (item: FlowItem): void => {
    if (item.kind === 'line' || item.kind === 'space' || item.kind === 'snap') {
      if (keepCount > 0) item = { ...item, keepWithPrevious: true };
      if (item.kind === 'line' && keepCount > 0) keepCount -= 1;
    }
    if (item.kind === 'line' && insertions.size > 0) {
      const called = calledBy(item.line);
      if (called.length > 0) item = { ...item, insertions: called };
    }
    items.push(item);
  };

  return {
    items,
    addLines(lines, metrics, keep) {
      const baseline = baselineIn(metrics);
      lines.forEach((line, index) => {
        push({ kind: 'line', line, height: metrics.height, baseline, keepWithPrevious: keepsWithPrevious(index, lines.length, keep) });
      });
    },
    addSpace(height, options = {}) {
      push({ kind: 'space', height, fill: options.fill ?? 0, discardable: options.discardable ?? true, keepWithPrevious: false });
    },
    addSnap() {
      push({ kind: 'snap', keepWithPrevious: false });
    },
    keepWithNext(lineCount) {
      keepCount = Math.max(keepCount, lineCount);
    },
    append(appended) {
      appended.forEach(push);
    },
    pageBreak(side, first, rest, numbering) {
      keepCount = 0;
      items.push({ kind: 'pageBreak', side, first, rest, ...(numbering ? { numbering } : {}) });
    },
    mark(id) {
      items.push({ kind: 'mark', id });
    },
    defineInsertion(key, lines, metrics, options = {}) {
      const baseline = baselineIn(metrics);
      const side = options.fromRight ? { fromRight: true } : {};
      const own: FlowLine[] = lines.map((line) => ({ kind: 'line', line, height: metrics.height, baseline, keepWithPrevious: false, ...side }));
      const nested = lines.flatMap((line) => calledBy(line, key).flatMap((insertion) => insertion.lines));
      insertions.set(key, [...own, ...nested]);
    },
    take() {
      return items.splice(0);
    },
  };
}

function keepsWithPrevious(index: number, count: number, keep: LineKeep): boolean {
  if (index === 0 || keep === 'free') return false;
  if (keep === 'together') return true;
  // No single first line at the foot of a page, no single last line at the head of one.
  return index === 1 || index === count - 1;
}

/** Puts the baseline so capitals sit centred in the line's height. */
function baselineIn(metrics: LineMetrics): number {
  return metrics.height / 2 + metrics.size * 0.325;
}
