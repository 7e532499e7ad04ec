/**
 * The layout layer on its own, with a monospaced stand-in for the font: line breaking,
 * justification, word breaking, and pagination with its keep rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hyphenatorFor } from '../../pipeline/render/pdf/hyphenation.ts';
import { createPaginator, paginate } from '../../pipeline/render/pdf/layout/paginate.ts';
import { setParagraph, type ParagraphShape, type TypesetEnvironment } from '../../pipeline/render/pdf/layout/paragraph.ts';
import type { FlowItem, Insertion, SetLine, TextMeasurer, TextStyle } from '../../pipeline/render/pdf/layout/types.ts';

const STYLE: TextStyle = { face: 'regular', size: 10 };
/** Every character is half an em wide. */
const MONOSPACE: TextMeasurer = { width: (text, style) => [...text].length * style.size * 0.5 };

function environment(overrides: Partial<TypesetEnvironment> = {}): TypesetEnvironment {
  return {
    measurer: MONOSPACE,
    hyphenate: hyphenatorFor('en'),
    hyphenation: { minLeft: 2, minRight: 3, penalty: 50, explicitPenalty: 50 },
    pretolerance: 100,
    tolerance: 200,
    emergencyStretch: 0.06,
    raggedness: 4,
    ...overrides,
  };
}

function shape(width: number, align: ParagraphShape['align'] = 'justify', indent = 0): ParagraphShape {
  return { align, indent, measure: { first: width, rest: width, firstLeft: 0, restLeft: 0 } };
}

const set = (text: string, width: number, align: ParagraphShape['align'] = 'justify') =>
  setParagraph([{ text, style: STYLE }], shape(width, align), environment());

const rightEdge = (line: SetLine) => Math.max(...line.fragments.map((f) => f.x + f.width));
const lineText = (line: SetLine) => line.fragments.map((f) => f.text).join(' ');

/** The paragraph's words again: lines joined, hyphens added at breaks taken back out. */
function wordsOf(lines: readonly SetLine[]): string {
  return lines
    .map(lineText)
    .join('\n')
    .replace(/(\p{L})-\n(?=\p{L})/gu, '$1')
    .replace(/\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const PROSE =
  'The pamphlet was the working form of political argument for two centuries, cheap to print and easy to pass from hand to hand. Its authors wrote quickly, for readers who had little time and less money, and they expected to be answered in kind.';

describe('setParagraph', () => {
  it('justifies every line but the last to the measure, and sets the last flush left', () => {
    const lines = set(PROSE, 200);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines.slice(0, -1)) expect(rightEdge(line)).toBeCloseTo(200, 6);
    expect(rightEdge(lines[lines.length - 1]!)).toBeLessThan(200);
    expect(lines[0]!.fragments[0]!.x).toBe(0);
    expect(wordsOf(lines)).toBe(PROSE);
  });

  it('indents the first line when asked', () => {
    const lines = setParagraph([{ text: PROSE, style: STYLE }], shape(200, 'justify', 12), environment());
    expect(lines[0]!.fragments[0]!.x).toBe(12);
    expect(lines[1]!.fragments[0]!.x).toBe(0);
  });

  it('hyphenates with Liang’s patterns when the measure is narrow', () => {
    const lines = set('Extraordinarily counterrevolutionary internationalisation', 90);
    expect(lines.some((line) => /\p{L}-$/u.test(lineText(line)))).toBe(true);
    for (const line of lines) expect(rightEdge(line)).toBeLessThanOrEqual(90 + 1e-6);
    expect(wordsOf(lines)).toBe('Extraordinarily counterrevolutionary internationalisation');
  });

  it('breaks a URL wider than the measure at its joints, without hyphens', () => {
    const url = 'https://example.org/a/very/long/path/with-many-parts/and.more.segments/index.html';
    const lines = set(`See ${url} for more.`, 150);
    for (const line of lines) expect(rightEdge(line)).toBeLessThanOrEqual(150 + 1e-6);
    expect(lines.map(lineText).join('')).toContain(url);
  });

  it('centres lines and keeps ragged lines at natural spacing', () => {
    const centred = set('A Title of Some Length for the Opening Page', 120, 'center');
    for (const line of centred) {
      const left = line.fragments[0]!.x;
      expect(left + rightEdge(line)).toBeCloseTo(120, 6);
    }
    const ragged = set(PROSE, 200, 'left');
    for (const line of ragged) expect(line.fragments).toHaveLength(1);
  });

  it('keeps words joined by a no-break space on one line, and knows the word “space” from a space', () => {
    const text = 'Leave space here: see p.\u00a0142 and 1\u00a0000 more space words.';
    for (const width of [60, 80, 100, 120]) {
      const lines = set(text, width).map(lineText);
      expect(lines.join('\n'), `width ${width}`).not.toMatch(/(p\.|\b1)\n/);
      expect(lines.join(' ').replace(/\u00a0/g, ' ')).toContain('more space words.');
    }
  });

  it('honours forced breaks', () => {
    const lines = setParagraph(
      [{ text: 'Line one of an address,', style: STYLE }, { forcedBreak: true }, { text: 'line two.', style: STYLE }],
      shape(300),
      environment(),
    );
    expect(lines.map(lineText)).toEqual(['Line one of an address,', 'line two.']);
  });

  it('never lets a line run past the measure, and loses no text', () => {
    const word = fc.stringMatching(/^[a-z]{1,40}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), fc.integer({ min: 40, max: 300 }), (words, width) => {
        const text = words.join(' ');
        const lines = set(text, width);
        for (const line of lines) expect(rightEdge(line)).toBeLessThanOrEqual(width + 1e-6);
        expect(lines.map(lineText).join('').replace(/[-\s]/g, '')).toBe(text.replace(/\s/g, ''));
      }),
      { numRuns: 200 },
    );
  });
});

describe('line breaking with TeX’s balance', () => {
  const NARROW_PROSE = Array.from({ length: 6 }, () =>
    'Extraordinarily counterrevolutionary internationalisation notwithstanding, representatives deliberated interminably, characteristically misunderstanding administrative responsibilities.',
  ).join(' ');
  const hyphenRuns = (lines: readonly SetLine[]) => {
    let run = 0;
    let longest = 0;
    for (const line of lines.slice(0, -1)) {
      run = line.hyphenated ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  };

  it('never ends more than the allowed lines in a row with a hyphen, and marks the lines that do', () => {
    const free = setParagraph([{ text: NARROW_PROSE, style: STYLE }], shape(150), environment({ tolerance: 10_000 }));
    expect(hyphenRuns(free)).toBeGreaterThan(2);
    for (const limit of [1, 2]) {
      const env = environment({ tolerance: 10_000, hyphenation: { minLeft: 2, minRight: 3, penalty: 50, explicitPenalty: 50, maxConsecutive: limit } });
      const lines = setParagraph([{ text: NARROW_PROSE, style: STYLE }], shape(150), env);
      expect(hyphenRuns(lines)).toBeLessThanOrEqual(limit);
      expect(lines.some((line) => line.hyphenated)).toBe(true);
      for (const line of lines) expect(Boolean(line.hyphenated)).toBe(/[\p{L}]-$/u.test(lineText(line)));
      expect(wordsOf(lines)).toBe(NARROW_PROSE);
    }
  });

  it('trades hyphens for space as the hyphen penalty rises', () => {
    const count = (penalty: number) =>
      setParagraph([{ text: PROSE.repeat(4), style: STYLE }], shape(160), environment({ tolerance: 2000, hyphenation: { minLeft: 2, minRight: 3, penalty, explicitPenalty: 50 } }))
        .filter((line) => line.hyphenated).length;
    expect(count(1000)).toBeLessThan(count(0));
  });

  it('keeps two letters before a hyphen and three after', () => {
    const lines = set('Extraordinarily counterrevolutionary internationalisation misunderstanding', 60);
    for (const [index, line] of lines.entries()) {
      if (!line.hyphenated) continue;
      expect(lineText(line).split(' ').pop()!.replace(/-$/, '').length).toBeGreaterThanOrEqual(2);
      expect(lineText(lines[index + 1]!).split(' ')[0]!.replace(/[^\p{L}].*$/u, '').length).toBeGreaterThanOrEqual(3);
    }
  });

  it('does not hyphenate text set with hyphenation off (headings, titles)', () => {
    const lines = setParagraph([{ text: 'Extraordinarily counterrevolutionary internationalisation', style: STYLE }], { ...shape(120, 'left'), hyphenate: false }, environment());
    expect(lines.some((line) => /\p{L}-$/u.test(lineText(line)))).toBe(false);
    expect(lines.map(lineText)).toEqual(['Extraordinarily', 'counterrevolutionary', 'internationalisation']);
  });
});

describe('paginate', () => {
  const LINE = 10;
  const line = (text: string, keepWithPrevious = false): FlowItem => ({
    kind: 'line',
    line: { fragments: [{ x: 0, width: 10, text, style: STYLE }] },
    height: LINE,
    baseline: 8,
    keepWithPrevious,
  });
  const space = (height: number): FlowItem => ({ kind: 'space', height, fill: 0, discardable: true, keepWithPrevious: false });
  const texts = (page: { lines: Array<{ line: SetLine }> }) => page.lines.map((l) => l.line.fragments[0]!.text);
  const frame = { height: 5 * LINE, grid: LINE };

  it('fills pages line by line and drops spaces at the top of a page', () => {
    const flow = [line('a'), line('b'), line('c'), line('d'), line('e'), space(LINE), line('f')];
    const pages = paginate(flow, frame);
    expect(pages.map(texts)).toEqual([['a', 'b', 'c', 'd', 'e'], ['f']]);
    expect(pages[1]!.lines[0]!.baseline).toBe(8);
  });

  it('moves a heading to the next page with the lines it keeps', () => {
    const flow = [line('a'), line('b'), line('c'), space(LINE), line('H'), line('x', true), line('y', true), line('z')];
    const pages = paginate(flow, frame);
    expect(pages.map(texts)).toEqual([['a', 'b', 'c'], ['H', 'x', 'y', 'z']]);
  });

  it('opens a recto on an odd page, leaving a blank verso, and records marks', () => {
    const flow: FlowItem[] = [
      { kind: 'pageBreak', side: 'recto', first: { folio: false }, rest: { folio: true } },
      line('title page'),
      { kind: 'pageBreak', side: 'recto', first: { folio: false }, rest: { folio: true } },
      { kind: 'mark', id: 'one' },
      line('opening'),
    ];
    const pages = paginate(flow, frame);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(pages[1]!.lines).toEqual([]);
    expect(pages[1]!.decor.folio).toBe(false);
    expect(pages[2]!.marks).toEqual(['one']);
  });

  it('does not turn a leaf inside a word: a recto never ends on a hyphenated line', () => {
    const hyphenated = (text: string, keep = false): FlowItem => {
      const item = line(text, keep) as Extract<FlowItem, { kind: 'line' }>;
      return { ...item, line: { ...item.line, hyphenated: true } };
    };
    // Page 1 is a recto: its fifth line ends in a hyphen, so it goes over with the next.
    const flow = [line('a'), line('b'), line('c'), line('d'), hyphenated('e'), line('f'), line('g'), line('h'), line('i'), hyphenated('j'), line('k')];
    const pages = paginate(flow, frame);
    expect(pages.map(texts)).toEqual([['a', 'b', 'c', 'd'], ['e', 'f', 'g', 'h', 'i'], ['j', 'k']]);
    // A verso may end in one: the reader sees both pages of the spread.
    expect(pages[1]!.lines.at(-1)!.line.fragments[0]!.text).toBe('i');
    const versoEnds = paginate([line('a'), line('b'), line('c'), line('d'), line('e'), line('f'), line('g'), line('h'), line('i'), hyphenated('j'), line('k')], frame);
    expect(versoEnds.map(texts)).toEqual([['a', 'b', 'c', 'd', 'e'], ['f', 'g', 'h', 'i', 'j'], ['k']]);
  });

  describe('footnotes as insertions', () => {
    const NOTE = 6;
    const note = (key: string, count: number): Insertion => ({
      key,
      lines: Array.from({ length: count }, (_, k) => ({
        kind: 'line' as const,
        line: { fragments: [{ x: 0, width: 10, text: `${key}${k + 1}`, style: STYLE }] },
        height: NOTE,
        baseline: 5,
        keepWithPrevious: false,
      })),
    });
    const calling = (text: string, ...insertions: Insertion[]): FlowItem => ({ ...(line(text) as Extract<FlowItem, { kind: 'line' }>), insertions });
    const notesFrame = {
      height: 10 * LINE,
      grid: LINE,
      insertions: { skip: 4, ruleWidth: 40, continuedRuleWidth: 20, ruleThickness: 0.5, minLines: 2 },
    };

    it('sets a note at the foot of the page whose line calls it, below the text and a rule', () => {
      const flow = [line('a'), calling('b', note('N', 2)), line('c')];
      const [page] = paginate(flow, notesFrame);
      expect(texts(page!)).toEqual(['a', 'b', 'c', 'N1', 'N2']);
      const baselines = page!.lines.map((l) => l.baseline);
      // The last note line sits at the foot of the text block.
      expect(baselines.at(-1)).toBe(10 * LINE - NOTE + 5);
      expect(page!.rules).toEqual([{ x: 0, y: 10 * LINE - 2 * NOTE - 2, width: 40, thickness: 0.5 }]);
    });

    it('moves a line to the next page with its note when not even the note’s first lines fit under it', () => {
      // Nine lines of text leave 10 points: too little for the skip and two note lines (16).
      const flow = [...'abcdefgh'.split('').map((t) => line(t)), calling('i', note('N', 3)), line('j')];
      const pages = paginate(flow, notesFrame);
      expect(pages.map(texts)).toEqual([['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], ['i', 'j', 'N1', 'N2', 'N3']]);
    });

    it('continues a long note on the next page under a short rule, and never parts a call from its note’s start', () => {
      const flow = [...'abcde'.split('').map((t) => line(t)), calling('f', note('N', 12)), ...'ghijklmnop'.split('').map((t) => line(t))];
      const pages = paginate(flow, notesFrame);
      const [first, second] = pages;
      expect(texts(first!).slice(0, 6)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
      // The call's page shows the note's first lines; the rest follows, in order, over the next pages.
      expect(texts(first!).filter((t) => t.startsWith('N')).slice(0, 2)).toEqual(['N1', 'N2']);
      expect(pages.flatMap(texts).filter((t) => t.startsWith('N'))).toEqual(Array.from({ length: 12 }, (_, k) => `N${k + 1}`));
      expect(first!.rules![0]!.width).toBe(40);
      expect(second!.rules![0]!.width).toBe(20);
      expect(texts(second!)[texts(second!).findIndex((t) => t.startsWith('N')) - 1]).not.toMatch(/^N/);
      // Every line of text and of notes is set, once, in order.
      expect(pages.flatMap(texts).filter((t) => !t.startsWith('N'))).toEqual('abcdefghijklmnop'.split(''));
    });

    it('sets the rest of a note before a new piece opens, on pages of its own', () => {
      const flow: FlowItem[] = [
        ...'abcdefgh'.split('').map((t) => line(t)),
        calling('i', note('N', 14)),
        { kind: 'pageBreak', side: 'any', first: { folio: false }, rest: { folio: true } },
        line('next'),
      ];
      const pages = paginate(flow, notesFrame);
      expect(pages.flatMap(texts).filter((t) => t.startsWith('N') && true)).toEqual(Array.from({ length: 14 }, (_, k) => `N${k + 1}`));
      expect(texts(pages.at(-1)!)).toEqual(['next']);
    });
  });

  it('shares leftover height among fill spaces', () => {
    const fill = (weight: number): FlowItem => ({ kind: 'space', height: 0, fill: weight, discardable: false, keepWithPrevious: false });
    const flow: FlowItem[] = [
      { kind: 'pageBreak', side: 'any', first: { folio: false }, rest: { folio: true } },
      fill(1),
      line('middle'),
      fill(3),
    ];
    const [page] = paginate(flow, { height: 50, grid: LINE });
    expect(page!.lines[0]!.baseline).toBe(10 + 8);
  });

  it('hands out the same pages fed an item at a time, taking finished pages at any point, as cut whole', () => {
    const item = fc.oneof(
      fc.record({ text: fc.constantFrom('w', 'x'), keep: fc.boolean() }).map(({ text, keep }) => line(text, keep)),
      fc.integer({ min: 1, max: 30 }).map(space),
      fc.constant<FlowItem>({ kind: 'snap', keepWithPrevious: false }),
      fc.constantFrom<FlowItem>(
        { kind: 'pageBreak', side: 'recto', first: { folio: false }, rest: { folio: true }, numbering: 'arabic' },
        { kind: 'pageBreak', side: 'any', first: { folio: true }, rest: { folio: true } },
      ),
      fc.integer({ min: 0, max: 99 }).map((n): FlowItem => ({ kind: 'mark', id: `m${n}` })),
      // A line calling a note of 1 to 12 lines (a long one runs on over the next pages).
      fc.integer({ min: 1, max: 12 }).map((count): FlowItem => ({
        ...(line('c') as Extract<FlowItem, { kind: 'line' }>),
        insertions: [{ key: `n${count}`, lines: Array.from({ length: count }, () => ({ ...(line('note') as Extract<FlowItem, { kind: 'line' }>), height: 4, baseline: 3 })) }],
      })),
    );
    const withNotes = { ...frame, insertions: { skip: 3, ruleWidth: 20, continuedRuleWidth: 10, ruleThickness: 0.4, minLines: 2 } };
    fc.assert(
      fc.property(fc.array(fc.tuple(item, fc.boolean()), { maxLength: 60 }), (steps) => {
        const whole = paginate(steps.map(([flowItem]) => flowItem), withNotes);
        // Every line and every note line is set once, whatever the order of things.
        const lines = steps.flatMap(([flowItem]) => (flowItem.kind === 'line' ? [flowItem, ...(flowItem.insertions ?? []).flatMap((i) => i.lines)] : []));
        expect(whole.flatMap((page) => page.lines).length).toBe(lines.length);
        for (const page of whole) for (const placed of page.lines) expect(placed.baseline).toBeLessThanOrEqual(withNotes.height + 1e-6);
        const paginator = createPaginator(withNotes);
        const pieces = [];
        for (const [flowItem, take] of steps) {
          paginator.push(flowItem);
          if (take) pieces.push(...paginator.takeFinished());
        }
        pieces.push(...paginator.takeFinished(), ...paginator.finish());
        expect(pieces).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });

  it('numbers pages after those made before it when told where to start', () => {
    const flow: FlowItem[] = [
      { kind: 'pageBreak', side: 'recto', first: { folio: false }, rest: { folio: true }, numbering: 'arabic' },
      line('opening'),
    ];
    // After three pages, a recto is page 5: page 4 is left blank.
    const paginator = createPaginator(frame, 3);
    for (const flowItem of flow) paginator.push(flowItem);
    const pages = paginator.finish();
    expect(pages.map((page) => [page.number, page.label, page.lines.length])).toEqual([[4, 'iv', 0], [5, '1', 1]]);
  });
});
