/** Small pieces the book's pages share: plain text runs, centred lines, page decor. */
import { setCentredLine } from '../../layout/single-line.ts';
import type { PageDecor, TextStyle } from '../../layout/types.ts';
import { plainShape, textStyle, type Composer } from '../composer.ts';
import type { FlowBuilder, LineKeep } from '../flow-builder.ts';

export const NO_DECOR: PageDecor = { folio: false };

/** Sets `text` centred across the text block. */
export function addCentred(text: string, style: TextStyle, leading: number, context: BookContext, keep: LineKeep = 'together'): void {
  const lines = context.composer.setText([{ text, style }], plainShape('center', 0, context.composer.textWidth));
  context.flow.addLines(lines, { height: leading, size: style.size }, keep);
}

/** Sets `text` ragged right from `left`. */
export function addRagged(text: string, style: TextStyle, leading: number, left: number, context: BookContext): void {
  const lines = context.composer.setText([{ text, style }], plainShape('left', left, context.composer.textWidth - left));
  context.flow.addLines(lines, { height: leading, size: style.size }, 'paragraph');
}

export interface BookContext {
  composer: Composer;
  flow: FlowBuilder;
}

/** Folio at the foot; running heads (book title on the left, `recto` on the right) when the theme shows them. */
export function bodyDecor(verso: string, recto: string, composer: Composer): PageDecor {
  const heads = composer.theme.runningHeads;
  if (!heads.show) return { folio: true };
  const style = textStyle('regular', heads.size, { caps: heads.caps, tracking: heads.tracking });
  const centre = composer.textWidth / 2;
  const set = (text: string) => setCentredLine(text, style, centre, composer.textWidth * 0.8, composer.env.measurer);
  return { folio: true, heads: { verso: set(verso), recto: set(recto) } };
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** Ends a sentence with a full stop unless it already ends in punctuation. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?\u2026:;]["\u201d\u2019)]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}
