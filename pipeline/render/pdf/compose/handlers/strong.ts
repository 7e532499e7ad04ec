import type { Strong } from 'mdast';
import type { InlineHandler } from './context.ts';

export const strong: InlineHandler<Strong> = (node, state, context) => context.all(node.children, { ...state, bold: true });
