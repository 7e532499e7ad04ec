import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../pipeline/clean/_context.ts';
import { ALL_BLOCK_FEATURES, FEATURES, REVIEW_SPAN, fitLogistic, predict, type LineModel, type Sample } from '../../pipeline/clean/_line-model.ts';
import { loadSpeller } from '../../pipeline/clean/_words.ts';
import { createCleaner, KEPT_MAY_BE_FURNITURE } from '../../pipeline/clean/index.ts';
import { blockCandidatesOf, lineCandidates, lineModelPass, LINE_MODEL_RULE } from '../../pipeline/clean/passes/line-model.ts';
import { renderReport } from '../../pipeline/report/index.ts';
import type { BookMeta } from '../../pipeline/types.ts';
import fitted from '../../pipeline/clean/line-model.json' with { type: 'json' };

const MODEL = fitted as LineModel;
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/clean/text/line-model/${name}/input.txt`, import.meta.url), 'utf8');

/** A web page with a dated caption and a section heading, each standing alone between two paragraphs. */
const page = `The Harbour Ferry

For three hundred years there was a ferry at the reach, and for most of that time it was rowed by hand. The ferrymen were paid by the parish and by the travellers in turn.

The slipway below the church in 1902

The parish records mention the ferry first in 1654, when a ferryman was fined for carrying a cow without paying the toll.

The ferrymen and their boat

The ferrymen were a family of four brothers, and the boat was theirs. They rowed it across the reach in every weather.
`;

describe('the line model', () => {
  it('is fitted deterministically: the same samples give the same weights, which learn the direction of the evidence', () => {
    const samples: Sample[] = Array.from({ length: 60 }, (_, i) => {
      const y = (i % 3 === 0 ? 1 : 0) as 0 | 1;
      const x = FEATURES.map((_f, j) => (j === 0 ? y * 2 + (i % 5) / 10 : ((i * (j + 1)) % 7) / 7));
      return { x, y };
    });
    const options = { iterations: 200, learningRate: 1, l2: 0.01 };
    const a = fitLogistic(samples, options);
    expect(fitLogistic(samples, options)).toEqual(a);
    expect(a.weights[0]).toBeGreaterThan(1);
    const model = { ...a, threshold: 1, fittedOn: { cases: 0, candidates: 60, furniture: 20, text: 40, splits: '', fixtures: 0 } };
    expect(predict(model, samples[0]!.x).probability).toBeGreaterThan(0.9);
    expect(predict(model, samples[1]!.x).probability).toBeLessThan(0.1);
  });

  it('is what `npm run refit` gives, byte for byte', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/refit-line-model.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.stdout).toContain('line-model.json is what the refit gives');
    expect(run.status).toBe(0);
  }, 900_000);

  it('rates a dated caption between paragraphs as likelier furniture than a heading in the same place', () => {
    const ctx = createContext(page, { file: 'ferry.txt', profile: 'web' }, loadSpeller('en-US'));
    const candidates = lineCandidates(page, ctx);
    const p = (start: string): number => predict(MODEL, candidates.find((c) => c.line.text.startsWith(start))!.features).probability;
    expect(p('The slipway')).toBeGreaterThan(p('The ferrymen and their boat'));
  });

  it('removes a line at or above its threshold, with its probability and reasons, and keeps the heading below it', () => {
    const ctx = createContext(page, { file: 'ferry.txt', profile: 'web' }, loadSpeller('en-US'));
    const candidates = lineCandidates(page, ctx);
    const p = (start: string): number => predict(MODEL, candidates.find((c) => c.line.text.startsWith(start))!.features).probability;
    const threshold = (p('The slipway') + p('The ferrymen and their boat')) / 2;
    const pass = lineModelPass({ ...MODEL, threshold });
    const edits = pass.run(page, ctx);
    const removed = edits.map((e) => page.slice(e.start, e.end).trim());
    expect(removed).toContain('The slipway below the church in 1902');
    expect(removed).not.toContain('The ferrymen and their boat');
    const edit = edits.find((e) => page.slice(e.start, e.end).startsWith('The slipway'))!;
    expect(edit.ruleId).toBe(LINE_MODEL_RULE);
    expect(edit.reason).toMatch(/^line model: furniture p \d\.\d{2,4}: .+ [+−]\d\.\d/);
    expect(pass.describe?.(edit, 'The slipway below the church in 1902\n')).toContain('Removed “The slipway below the church in 1902” as furniture (line model');
  });

  it('as fitted, has a threshold of at least 0.9 and keeps the ferry page whole: a dated heading has a dated caption’s shape', () => {
    expect(MODEL.threshold).toBeGreaterThanOrEqual(0.9);
    expect(MODEL.threshold).toBeLessThanOrEqual(1);
    const result = createCleaner().cleanText(page, { file: 'ferry.txt', format: 'web', title: 'The Harbour Ferry' });
    expect(result.edits.filter((e) => e.ruleId === LINE_MODEL_RULE)).toEqual([]);
    expect(result.markdown).toContain('The slipway below the church in 1902');
    expect(result.markdown).toContain('## The ferrymen and their boat');
  });

  it('adds its doubt to a kept line only near its threshold, worded as a doubt, and nothing further down', () => {
    const at = page.indexOf('The slipway');
    const withKept = () => {
      const c = createContext(page, { file: 'ferry.txt', profile: 'web' }, loadSpeller('en-US'));
      c.kept.push({ passIndex: 0, offset: at, text: 'The slipway below the church in 1902', reason: 'a short line between paragraphs' });
      c.passIndex = 1;
      return c;
    };
    const slipway = lineCandidates(page, withKept()).find((c) => c.line.text.startsWith('The slipway'))!;
    expect(slipway.kept).toBeDefined();
    const p = predict(MODEL, slipway.features).probability;
    const logit = Math.log(p / (1 - p));
    const keptNote = (threshold: number): string => {
      const c = withKept();
      const edits = lineModelPass({ ...MODEL, threshold }).run(page, c);
      expect(edits.map((e) => page.slice(e.start, e.end))).not.toContain(`${slipway.line.text}\n`);
      return c.kept[0]!.reason;
    };
    // Half a unit of log-odds under the threshold: worth a look, said as a doubt, with the threshold it missed.
    const near = Number((1 / (1 + Math.exp(-(logit + 0.5)))).toFixed(6));
    expect(keptNote(near)).toMatch(new RegExp(`^a short line between paragraphs; line model: looks like furniture \\(p \\d\\.\\d{2,4}: .+\\), kept because under the ${near} it needs to remove a line$`));
    expect(keptNote(near)).not.toMatch(/furniture p /);
    // Far under it (beyond REVIEW_SPAN): the model adds nothing to the earlier rule's note.
    const far = Number((1 / (1 + Math.exp(-(logit + REVIEW_SPAN + 1)))).toFixed(6));
    if (far < 1) expect(keptNote(far)).toBe('a short line between paragraphs');
    // A model that separates nothing (threshold 1) is no evidence.
    expect(keptNote(1)).toBe('a short line between paragraphs');
  });

  it('as fitted, lists a line kept while unsure in the report, with the model’s doubt only when it is near the threshold', () => {
    const result = createCleaner().cleanText(fixture('caption-between-paragraphs-kept'), { file: 'ferry.txt', format: 'web', title: 'The Harbour Ferry' });
    const kept = result.diagnostics.filter((d) => d.ruleId === KEPT_MAY_BE_FURNITURE);
    expect(kept).toEqual([expect.objectContaining({ line: 5, column: 1, message: expect.stringMatching(/^Kept “The slipway below the church in 1902”: may be furniture \(/) })]);
    expect(kept[0]!.message).not.toMatch(/furniture p |under its threshold/);
    const report = renderReport({ meta: { title: 'T', modified: '2026-01-01T00:00:00Z' } as BookMeta, cleaned: [result], diagnostics: [], outputs: [] });
    const section = report.split('### Kept, may be furniture\n\n')[1]!.split('\n\n')[0]!;
    expect(section).toContain('ferry.txt:5:1 info Kept “The slipway below the church in 1902”');
  });

  it('asks its block model about runs of two to four lines set apart or set into a sentence, and removes a block whole at its threshold', () => {
    const lockPage = fixture('blocks-set-apart');
    const ctx = createContext(lockPage, { file: 'lock.txt', profile: 'pdf-text' }, loadSpeller('en-US'));
    const blocks = blockCandidatesOf(lockPage, ctx);
    const find = (start: string, lines: number) => blocks.find((b) => b.block.text.startsWith(start) && b.block.last - b.block.index + 1 === lines);
    const caption = find('The frozen basin below the top lock', 2)!;
    const verse = find('Nobody on the canal called him', 2)!;
    const setInto = find('The towpath at the bottom lock in 1904', 2)!;
    expect([caption, verse, setInto].every(Boolean)).toBe(true);
    expect(caption.block.text).toBe('The frozen basin below the top lock Photo: Ines Varga');
    // The title, and paragraphs over MAX_BLOCK_WORDS words, are never asked about.
    expect(blocks.some((b) => b.block.text.startsWith('The Lock Keeper') || b.block.text.startsWith('The lock keeper rose'))).toBe(false);
    const block = MODEL.block!;
    const p = (c: typeof caption) => predict(block, c.features, ALL_BLOCK_FEATURES).probability;
    expect(p(caption)).toBeGreaterThan(p(verse));
    expect(p(setInto)).toBeGreaterThan(0);
    // At a threshold the caption and its credit reach and the prose does not, the two lines go as one edit; the two lines of prose stay.
    const pass = lineModelPass({ ...MODEL, threshold: 1.5, block: { ...block, threshold: p(caption) } });
    const edits = pass.run(lockPage, ctx);
    const removed = edits.map((e) => lockPage.slice(e.start, e.end));
    expect(removed).toContain('The frozen basin below the top lock\nPhoto: Ines Varga\n');
    expect(removed.join('')).not.toContain('Nobody on the canal');
    expect(edits.find((e) => e.start === caption.block.start)!.reason).toMatch(/^line model \(block\): furniture p /);
  });

  it('as fitted, keeps the two short lines of prose on the lock page (earlier rules take its captions): with no block of furniture over every block of text in the debug splits, the block model removes nothing', () => {
    const result = createCleaner().cleanText(fixture('blocks-set-apart'), { file: 'lock.txt', format: 'pdf-text', title: 'The Lock Keeper’s Year' });
    if (MODEL.block!.threshold >= 1) expect(result.edits.filter((e) => e.ruleId === LINE_MODEL_RULE && /\(block\)/.test(e.reason ?? ''))).toEqual([]);
    expect(result.markdown).toContain('Nobody on the canal called him by his name.');
    expect(result.markdown).toContain('came up from the kilns');
  });

  it('as fitted, removes a picture credit (a label and a name) between two paragraphs, with its reasons', () => {
    const result = createCleaner().cleanText(fixture('credit-between-paragraphs'), { file: 'ferry.txt', format: 'pdf-text', title: 'The Harbour Ferry' });
    const edits = result.edits.filter((e) => e.ruleId === LINE_MODEL_RULE);
    expect(edits.map((e) => e.old.trim())).toEqual(['Kuva: Maren Oduya']);
    expect(edits[0]!.reason).toMatch(/shaped like a credit/);
    expect(result.markdown).toContain('## The ferrymen and their boat');
  });
});
