import type { Blockquote } from 'mdast';
import { createFlowBuilder } from '../flow-builder.ts';
import { appendInRegister } from '../grid-spacing.ts';
import { structFor, type BlockHandler } from './context.ts';

/** Smaller type, indented on both sides, in register with the text around it. */
export const blockquote: BlockHandler<Blockquote> = (node, context) => {
  const { composer, frame } = context;
  const theme = composer.theme.blockquote;
  const indent = theme.indentEm * composer.print.fontSize;
  const inner = createFlowBuilder();
  context.blocks(
    node.children,
    { ...frame, left: frame.left + indent, width: frame.width - 2 * indent, size: theme.size, leading: theme.leading, nested: true },
    inner,
    { path: context.place.path, struct: structFor(context, 'BlockQuote') },
  );
  appendInRegister(inner.items, theme.spaceAround, context);
  context.container.previous = 'other';
};
