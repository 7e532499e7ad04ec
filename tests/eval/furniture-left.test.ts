import { describe, expect, it } from 'vitest';
import type { Junk } from '../../eval/degrade.ts';
import { furnitureLeft } from '../../eval/furniture-left.ts';

const caption = (text: string): Junk => ({ text, cls: 'captions', kind: 'caption' });
const truth = 'The mill stood by the river.\n\nIts wheel turned until 1912.';

describe('furniture left, as the scorer counts it', () => {
  it('counts a line with a hyphen that survives (it once never matched, so such furniture was never counted)', () => {
    const junk = [caption('Photo: Jean-Luc Marais / ISSN 1234-5678')];
    const cleaned = `The mill stood by the river.\n\nPhoto: Jean-Luc Marais / ISSN 1234-5678\n\nIts wheel turned until 1912.`;
    expect(furnitureLeft(junk, cleaned, truth)).toHaveLength(1);
    expect(furnitureLeft(junk, truth, truth)).toHaveLength(0);
  });

  it('counts a line the cleaner made a list item or quotation, and one split over two lines', () => {
    const junk = [caption('The old weir, seen from the bank'), caption('Read more - the canal at night')];
    const cleaned = `The mill stood by the river.\n\n> The old weir,\nseen from the bank\n\n- Read more - the canal at night\n\nIts wheel turned until 1912.`;
    expect(furnitureLeft(junk, cleaned, truth).map((j) => j.text)).toEqual(['The old weir, seen from the bank', 'Read more - the canal at night']);
  });

  it('counts a short line only where the cleaned text holds it more often than the piece does', () => {
    const head = (text: string): Junk => ({ text, cls: 'running-heads', kind: 'running head' });
    const piece = '## Introduction\n\nThe mill stood by the river.';
    expect(furnitureLeft([head('Introduction')], piece, piece)).toHaveLength(0);
    expect(furnitureLeft([head('Introduction')], `${piece}\n\nINTRODUCTION`, piece)).toHaveLength(1);
    expect(furnitureLeft([head('— 12 —')], `${piece}\n\n- 12 -`, piece)).toHaveLength(1);
    expect(furnitureLeft([head('— 12 —')], `${piece}\n\nIt cost 12 shillings.`, piece)).toHaveLength(0);
  });
});
