import type { Text } from 'mdast';
import { faceFor, textStyle } from '../composer.ts';
import type { InlineRun } from '../../layout/types.ts';
import type { InlineHandler, InlineState } from './context.ts';

export const text: InlineHandler<Text> = (node, state) => [runOf(node.value, state)];

/** A run of text in the inherited look. */
export function runOf(value: string, state: InlineState): InlineRun {
  return {
    text: value,
    style: textStyle(faceFor(state.italic, state.bold), state.size, {
      ...(state.caps ? { caps: state.caps } : {}),
      ...(state.tracking ? { tracking: state.tracking } : {}),
      ...(state.link ? { link: state.link } : {}),
    }),
  };
}
