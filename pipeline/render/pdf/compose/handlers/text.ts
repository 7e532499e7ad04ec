import type { Text } from 'mdast';
import { faceFor, textStyle } from '../composer.ts';
import type { TextRun } from '../../layout/types.ts';
import type { InlineHandler, InlineState } from './context.ts';

export const text: InlineHandler<Text> = (node, state) => [runOf(node.value, state)];

/** A run of text in the inherited look. */
export function runOf(value: string, state: InlineState): TextRun {
  return {
    text: value,
    ...(state.origin === undefined ? {} : { origin: state.origin }),
    style: textStyle(faceFor(state.italic, state.bold), state.size, {
      ...(state.caps ? { caps: state.caps } : {}),
      ...(state.tracking ? { tracking: state.tracking } : {}),
      ...(state.link ? { link: state.link } : {}),
      ...(state.strike ? { strike: true } : {}),
    }),
  };
}
