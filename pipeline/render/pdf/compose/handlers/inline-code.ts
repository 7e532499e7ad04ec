import type { InlineCode } from 'mdast';
import { runOf } from './text.ts';
import type { InlineHandler } from './context.ts';

/** Set upright in the text face: the theme has no monospace family. */
export const inlineCode: InlineHandler<InlineCode> = (node, state) => [runOf(node.value, { ...state, italic: false })];
