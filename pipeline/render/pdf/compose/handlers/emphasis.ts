import type { Emphasis } from 'mdast';
import type { InlineHandler } from './context.ts';

/** Italic; emphasis inside italic text turns back to roman, as in print. */
export const emphasis: InlineHandler<Emphasis> = (node, state, context) =>
  context.all(node.children, { ...state, italic: !state.italic });
