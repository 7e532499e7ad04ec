import type { Paragraph } from 'mdast';
import { inlineStateFor, type BlockHandler } from './context.ts';

/** Justified; indented only when it follows another paragraph, as books do. */
export const paragraph: BlockHandler<Paragraph> = (node, context) => {
  const { composer, frame, flow, container } = context;
  const runs = context.inline(node.children, inlineStateFor(frame));
  const indent = container.previous === 'paragraph' ? composer.theme.body.indentEm * composer.print.fontSize : 0;
  const lines = composer.setText(runs, {
    align: 'justify',
    indent,
    measure: { first: frame.width, rest: frame.width, firstLeft: frame.left, restLeft: frame.left },
  });
  flow.addLines(lines, { height: frame.leading, size: frame.size }, 'paragraph');
  container.previous = 'paragraph';
};
