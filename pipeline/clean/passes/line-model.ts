import type { Edit } from '../../types.ts';
import type { KeptLine, PassContext } from '../_context.ts';
import type { Pass } from '../_runner.ts';
import { ALL_BLOCK_FEATURES, LineDocument, blockCandidates, blockFeatures, describeDoubt, describeVerdict, isCandidate, lineFeatures, predict, worthALook, type LineModel, type Unit, type Verdict } from '../_line-model.ts';
import { normaliseForComparison, type Line } from '../_lines.ts';
import fitted from '../line-model.json' with { type: 'json' };

const MODEL = fitted as LineModel;

/** Rule id of the line model's pass. */
export const LINE_MODEL_RULE = 'text/line-model';

export interface Candidate {
  line: Line;
  features: number[];
  /** The "kept, may be furniture" note an earlier pass left on this line, if any. */
  kept?: KeptLine;
}

export interface BlockCandidate {
  block: Unit;
  features: number[];
}

function documentOf(text: string, ctx: PassContext): LineDocument {
  const earlier = ctx.kept.filter((k) => k.passIndex < ctx.passIndex);
  return new LineDocument(
    text,
    ctx.profile === 'web',
    earlier.map((k) => k.text),
  );
}

/** The blocks of two to four lines set apart that the block model is asked about, with their features; for the pass and for refitting. */
export function blockCandidatesOf(text: string, ctx: PassContext, doc: LineDocument = documentOf(text, ctx)): BlockCandidate[] {
  return blockCandidates(doc).map((block) => ({ block, features: blockFeatures(block, doc) }));
}

/** The lines the model is asked about, with their features; for the pass and for refitting the model. */
export function lineCandidates(text: string, ctx: PassContext, doc: LineDocument = documentOf(text, ctx)): Candidate[] {
  const earlier = ctx.kept.filter((k) => k.passIndex < ctx.passIndex);
  const keptByText = new Map(earlier.map((k) => [normaliseForComparison(k.text), k]));
  return doc.lines
    .filter((line) => isCandidate(line, doc))
    .map((line) => {
      const kept = keptByText.get(normaliseForComparison(line.text));
      return { line, features: lineFeatures(line, doc), ...(kept ? { kept } : {}) };
    });
}

/**
 * Weighs each short line standing between paragraphs with the fitted line model (_line-model.ts):
 * a line whose probability of being furniture reaches the model's threshold (chosen so that no
 * line of text of a debug split reached it when that split was left out of the fit) goes; every
 * line an earlier pass kept while unsure stays listed, and when the model's probability comes
 * within REVIEW_SPAN log-odds of the threshold the note gives it and the features that weighed
 * most, worded as a doubt ("looks like furniture …, kept because under the … it needs"); a lower
 * probability adds nothing, for a model's "furniture p 0.60" on a real line reads as an accusation.
 * Then the block model weighs each block of two to four lines set apart or set into a sentence
 * (blockCandidates) that the line model left whole: a block at or above its own threshold goes
 * as one edit, the longest of overlapping blocks first.
 * A threshold of 1 (the refit's answer when no furniture line scored above every line of text)
 * removes nothing and says nothing: a model that cannot tell furniture from text gives real
 * lines probabilities up to 1.00 (the seed book's kept lines, 0.32–1.00), which in the report
 * would tell an editor that text is furniture.
 */
export function lineModelPass(model: LineModel): Pass {
  return {
    ruleId: LINE_MODEL_RULE,
    run(text, ctx) {
      // A model that separates nothing is not evidence.
      const block = model.block;
      if (model.threshold >= 1 && (!block || block.threshold >= 1)) return [];
      const edits: Edit[] = [];
      const removed = new Set<KeptLine>();
      const doc = documentOf(text, ctx);
      const gone = new Set<number>();
      for (const candidate of model.threshold < 1 ? lineCandidates(text, ctx, doc) : []) {
        const verdict: Verdict = predict(model, candidate.features);
        const { line } = candidate;
        if (verdict.probability >= model.threshold) {
          edits.push({ start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: LINE_MODEL_RULE, reason: describeVerdict(verdict) });
          if (candidate.kept) removed.add(candidate.kept);
          gone.add(line.index);
        } else if (candidate.kept && worthALook(verdict.probability, model.threshold)) candidate.kept.reason = `${candidate.kept.reason}; ${describeDoubt(verdict, model.threshold)}`;
      }
      // A block whose lines the line model left whole, at or above the block model's own threshold, goes as one.
      if (block && block.threshold < 1) {
        // The longest of overlapping blocks first; a block overlapping one removed stays.
        const judged = blockCandidatesOf(text, ctx, doc)
          .map((candidate) => ({ ...candidate, verdict: predict(block, candidate.features, ALL_BLOCK_FEATURES) }))
          .filter((c) => c.verdict.probability >= block.threshold)
          .sort((a, b) => b.block.last - b.block.index - (a.block.last - a.block.index) || a.block.index - b.block.index);
        for (const { block: unit, verdict } of judged) {
          if (doc.lines.slice(unit.index, unit.last + 1).some((l) => gone.has(l.index))) continue;
          for (let i = unit.index; i <= unit.last; i++) gone.add(i);
          edits.push({ start: unit.start, end: Math.min(unit.end + 1, text.length), text: '', ruleId: LINE_MODEL_RULE, reason: describeVerdict(verdict).replace(/^line model:/, 'line model (block):') });
          const own = new Set(doc.lines.slice(unit.index, unit.last + 1).map((l) => normaliseForComparison(l.text)));
          for (const k of ctx.kept) if (k.passIndex < ctx.passIndex && own.has(normaliseForComparison(k.text))) removed.add(k);
        }
      }
      // A line the model removed is no longer kept: the report lists it among the removals, with its reasons.
      for (let i = ctx.kept.length - 1; i >= 0; i--) if (removed.has(ctx.kept[i]!)) ctx.kept.splice(i, 1);
      return edits.sort((a, b) => a.start - b.start);
    },
    describe: (edit, old) => `Removed “${old.trim()}” as furniture (${edit.reason ?? ''})`,
  };
}

export const removeByLineModel: Pass = lineModelPass(MODEL);
