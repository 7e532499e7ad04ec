import type { Code } from 'mdast';
import { setPreformatted } from '../../layout/preformatted.ts';
import { textStyle } from '../composer.ts';
import { appendInRegister } from '../grid-spacing.ts';
import { createFlowBuilder } from '../flow-builder.ts';
import { tagLines, type BlockHandler } from './context.ts';

/** Line for line as written, smaller, indented; the theme has no monospace face, so spaces carry the layout. */
export const code: BlockHandler<Code> = (node, context) => {
  const { composer, frame } = context;
  const theme = composer.theme.code;
  const indent = theme.indentEm * composer.print.fontSize;
  const style = textStyle('regular', theme.size);
  const lines = setPreformatted(node.value, style, frame.left + indent, frame.width - indent, composer.env.measurer);
  const inner = createFlowBuilder();
  inner.addLines(tagLines(lines, context, 'P'), { height: theme.leading, size: theme.size }, 'paragraph');
  appendInRegister(inner.items, theme.spaceAround, context);
  context.container.previous = 'other';
};
