/**
 * The layout layer with text in other scripts and directions, with a monospaced stand-in for
 * the font: CJK break opportunities and kinsoku, right-to-left lines in visual order, and
 * hyphenation by the piece's language.
 */
import { describe, expect, it } from 'vitest';
import { hyphenatorFor } from '../../pipeline/render/pdf/hyphenation.ts';
import { orderLine } from '../../pipeline/render/pdf/layout/bidi.ts';
import { setCentredLine } from '../../pipeline/render/pdf/layout/single-line.ts';
import { setParagraph, type ParagraphShape, type TypesetEnvironment } from '../../pipeline/render/pdf/layout/paragraph.ts';
import type { Fragment, SetLine, TextMeasurer, TextStyle } from '../../pipeline/render/pdf/layout/types.ts';
import { findWordBreaks } from '../../pipeline/render/pdf/layout/word-breaks.ts';

const STYLE: TextStyle = { face: 'regular', size: 10 };
const MONOSPACE: TextMeasurer = { width: (text, style) => [...text].length * style.size * 0.5 };

function environment(language = 'en'): TypesetEnvironment {
  return {
    measurer: MONOSPACE,
    hyphenate: hyphenatorFor(language),
    hyphenation: { minLeft: 2, minRight: 3, penalty: 50, explicitPenalty: 50 },
    pretolerance: 100,
    tolerance: 200,
    emergencyStretch: 0.06,
    raggedness: 4,
  };
}

const shape = (width: number, align: ParagraphShape['align'] = 'justify', direction?: 'rtl'): ParagraphShape => ({
  align,
  indent: 0,
  measure: { first: width, rest: width, firstLeft: 0, restLeft: 0 },
  ...(direction ? { direction } : {}),
});
const lineText = (line: SetLine) => line.fragments.map((f) => f.text).join('');

describe('CJK lines', () => {
  const chinese = '「团结就是力量。」这句话，工人们在工厂里说了一百年。今天，我们把这些文章编成一本书，献给所有为自由而斗争的人。';

  it('break between characters, never before a closing mark nor after an opening one', () => {
    for (const width of [40, 55, 70, 85, 100, 115]) {
      const lines = setParagraph([{ text: chinese, style: STYLE }], shape(width), environment('zh'));
      expect(lines.map(lineText).join('')).toBe(chinese);
      for (const line of lines) {
        const text = lineText(line);
        expect(text, `width ${width}`).not.toMatch(/^[。、，」）]/);
        expect(text, `width ${width}`).not.toMatch(/[「（]$/);
        expect(Math.max(...line.fragments.map((f) => f.x + f.width))).toBeLessThanOrEqual(width + 0.01);
      }
    }
  });

  it('offers breaks between ideographs at no cost, and none inside a Latin word beside them', () => {
    const breaks = findWordBreaks('工人们Marx', {
      hyphenate: () => [],
      minLeft: 2,
      minRight: 3,
      hyphenPenalty: 50,
      explicitHyphenPenalty: 50,
      widthOf: () => 10,
      lineWidth: 1000,
      hyphenWidth: 1,
    });
    expect(breaks.map((b) => [b.offset, b.cost, b.interCharacter])).toEqual([
      [1, 0, true],
      [2, 0, true],
      [3, 0, true],
    ]);
  });

  it('justify by spacing characters: a full line reaches the measure', () => {
    const lines = setParagraph([{ text: chinese, style: STYLE }], shape(103), environment('zh'));
    const right = (line: SetLine) => Math.max(...line.fragments.map((f) => f.x + f.width));
    for (const line of lines.slice(0, -1)) expect(right(line)).toBeCloseTo(103, 1);
  });
});

describe('right-to-left lines', () => {
  it('are set from the right edge, the first word rightmost, a number kept left to right', () => {
    const lines = setParagraph([{ text: 'שלום עולם 1936 ומה', style: STYLE }], shape(200, 'justify', 'rtl'), environment('he'));
    expect(lines).toHaveLength(1);
    const byX = [...lines[0]!.fragments].sort((a, b) => b.x - a.x).map((f) => f.text);
    expect(byX).toEqual(['שלום', 'עולם', '1936', 'ומה']);
    // A short last line ends flush right.
    expect(Math.max(...lines[0]!.fragments.map((f) => f.x + f.width))).toBeCloseTo(200, 5);
    // Kept in reading order for extraction.
    expect(lines[0]!.fragments.map((f) => f.text)).toEqual(['שלום', 'עולם', '1936', 'ומה']);
  });

  it('reverse a Hebrew phrase inside a left-to-right line, in its own room', () => {
    const fragments: Fragment[] = [{ x: 0, width: 95, text: 'Title שלום עולם end', style: STYLE }];
    const placed = orderLine(fragments, 'ltr', 0, 300, MONOSPACE);
    const byX = [...placed].sort((a, b) => a.x - b.x).map((f) => f.text);
    expect(byX).toEqual(['Title', 'עולם', 'שלום', 'end']);
    expect(placed.find((f) => f.text === 'Title')!.x).toBe(0);
    expect(placed.find((f) => f.text === 'end')!.x).toBe(80);
  });
  it('cut a word whose characters sit at two levels, so a comma after an Arabic word stays on the English side', () => {
    // "in Arabic سلام, both": the comma stands between Arabic and English in an English line, so it
    // takes the line's direction (level 0) and follows the Arabic word on its right.
    const fragments: Fragment[] = [{ x: 0, width: 100, text: 'in Arabic سلام, both', style: STYLE }];
    const placed = orderLine(fragments, 'ltr', 0, 300, MONOSPACE);
    const byX = [...placed].sort((a, b) => a.x - b.x);
    expect(byX.map((f) => f.text)).toEqual(['in', 'Arabic', 'سلام', ',', 'both']);
    const arabic = placed.find((f) => f.text === 'سلام')!;
    expect(placed.find((f) => f.text === ',')!.x).toBeCloseTo(arabic.x + arabic.width, 5);
    // Brackets round a Hebrew word keep the English line's direction too.
    const bracketed = orderLine([{ x: 0, width: 100, text: 'the word (שלום) here', style: STYLE }], 'ltr', 0, 300, MONOSPACE);
    expect([...bracketed].sort((a, b) => a.x - b.x).map((f) => f.text)).toEqual(['the', 'word', '(', 'שלום', ')', 'here']);
    // A word of one level stays whole: in a Hebrew line the comma goes with the Hebrew.
    const hebrew = orderLine([{ x: 0, width: 100, text: 'שלום, עולם', style: STYLE }], 'rtl', 0, 300, MONOSPACE);
    expect(hebrew.map((f) => f.text)).toEqual(['שלום,', 'עולם']);
  });

  it('show brackets at a right-to-left level as their mirror images, one on each side of what they hold', () => {
    // "מילה (שלום) ועוד": the opening bracket is read first, so it stands right of the word, and is
    // seen as ")"; the font engine mirrors nothing, so it is handed the mirror, the written
    // bracket going with it as ActualText.
    const hebrew = orderLine([{ x: 0, width: 100, text: 'מילה (שלום) ועוד', style: STYLE }], 'rtl', 0, 300, MONOSPACE);
    expect([...hebrew].sort((a, b) => a.x - b.x).map((f) => f.text)).toEqual(['ועוד', '(', 'שלום', ')', 'מילה']);
    expect(hebrew.map((f) => [f.text, f.actualText])).toEqual([
      ['מילה', undefined],
      [')', '('],
      ['שלום', undefined],
      ['(', ')'],
      ['ועוד', undefined],
    ]);
    // Round a Latin name in a Hebrew line, and with a full stop after the closing bracket.
    const latin = orderLine([{ x: 0, width: 100, text: 'כתב (Lenin) את [ספר].', style: STYLE }], 'rtl', 0, 300, MONOSPACE);
    expect([...latin].sort((a, b) => a.x - b.x).map((f) => f.text)).toEqual(['.[', 'ספר', ']', 'את', '(', 'Lenin', ')', 'כתב']);
    // Nothing to mirror at a left-to-right level: the brackets round a Hebrew word in an English line.
    const english = orderLine([{ x: 0, width: 100, text: 'the word (שלום) here', style: STYLE }], 'ltr', 0, 300, MONOSPACE);
    expect(english.every((f) => f.actualText === undefined)).toBe(true);
  });
});

describe('running heads and other single lines in mixed directions', () => {
  const byX = (line: SetLine) => [...line.fragments].sort((a, b) => a.x - b.x).map((f) => f.text);

  it('orders an Arabic title beside a Latin one by the bidirectional algorithm, centred as a whole', () => {
    const line = setCentredLine('Bread and freedom: الخبز والحرية', STYLE, 150, 300, MONOSPACE);
    expect(byX(line)).toEqual(['Bread', 'and', 'freedom:', 'والحرية', 'الخبز']);
    const left = Math.min(...line.fragments.map((f) => f.x));
    const right = Math.max(...line.fragments.map((f) => f.x + f.width));
    expect((left + right) / 2).toBeCloseTo(150, 5);
    // Kept in reading order for extraction.
    expect(line.fragments.map((f) => f.text)).toEqual(['Bread', 'and', 'freedom:', 'الخبز', 'والحرية']);
  });

  it('reads a line that starts in Hebrew from the right, a Latin name and a year inside it left to right', () => {
    const line = setCentredLine('שלום עולם Rosa Luxemburg 1919', STYLE, 150, 300, MONOSPACE);
    expect(byX(line)).toEqual(['Rosa', 'Luxemburg', '1919', 'עולם', 'שלום']);
  });

  it('leaves a left-to-right line one fragment', () => {
    expect(setCentredLine('Bread and Roses', STYLE, 150, 300, MONOSPACE).fragments).toHaveLength(1);
  });
});

describe('hyphenation by language', () => {
  it('follows the piece’s patterns, and none where hyphen has none', () => {
    expect(hyphenatorFor('de')('Gerechtigkeit')).not.toEqual(hyphenatorFor('en')('Gerechtigkeit'));
    expect(hyphenatorFor('zz')('Gerechtigkeit')).toEqual([]);
  });
});
