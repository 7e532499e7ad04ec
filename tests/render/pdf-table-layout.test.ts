import { describe, expect, it } from 'vitest';
import { alignInCell, cellExtent, columnWidths } from '../../pipeline/render/pdf/layout/table.ts';
import type { SetLine, TextMeasurer } from '../../pipeline/render/pdf/layout/types.ts';

/** Every character one point wide. */
const measurer: TextMeasurer = { width: (text) => text.length };
const style = { face: 'regular', size: 10 };

describe('table layout', () => {
  it('a cell’s extent: its widest word, and its text on one line (each line apart at a forced break)', () => {
    expect(cellExtent([{ text: 'two branches, at ', style }, { text: 'Armley', style }, { text: 'ville', style }], measurer)).toEqual({ min: 11, max: 28 });
    expect(cellExtent([{ text: 'one two', style }, { forcedBreak: true }, { text: 'three', style }], measurer)).toEqual({ min: 5, max: 7 });
  });

  it('columns get their widest when the table fits, share the room above their minimum when it does not, and shrink below it last', () => {
    const extents = [
      [{ min: 4, max: 10 }, { min: 10, max: 40 }],
      [{ min: 6, max: 8 }, { min: 2, max: 20 }],
    ];
    expect(columnWidths(extents, 2, 100, 2)).toEqual([10, 40]);
    // Room 30: minimums 6 + 10, the 14 left shared in proportion to 4 and 30.
    const [a, b] = columnWidths(extents, 2, 32, 2);
    expect(a! + b!).toBeCloseTo(30);
    expect(a).toBeCloseTo(6 + (4 * 14) / 34);
    expect(columnWidths(extents, 2, 10, 2)).toEqual([3, 5]);
  });

  it('moves a line flush right or centres it in its cell', () => {
    const line: SetLine = { fragments: [{ x: 10, width: 6, text: '1,200', style }] };
    expect(alignInCell([line], 10, 20, 'right')[0]!.fragments[0]!.x).toBe(24);
    expect(alignInCell([line], 10, 20, 'center')[0]!.fragments[0]!.x).toBe(17);
    expect(alignInCell([line], 10, 20, 'left')[0]!.fragments[0]!.x).toBe(10);
  });
});
