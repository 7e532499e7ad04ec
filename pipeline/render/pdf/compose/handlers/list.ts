import type { List, ListItem } from 'mdast';
import type { FlowItem, FlowLine, TextMeasurer, TextStyle } from '../../layout/types.ts';
import { faceFor, textStyle } from '../composer.ts';
import { createFlowBuilder } from '../flow-builder.ts';
import { appendInRegister } from '../grid-spacing.ts';
import { structFor, type BlockContext, type BlockHandler } from './context.ts';

/** Items hang from a marker set in the indent; the list sits in register with the text. */
export const list: BlockHandler<List> = (node, context) => {
  const { composer } = context;
  const indent = composer.theme.list.indentEm * composer.print.fontSize;
  const inner = createFlowBuilder();
  node.children.forEach((item, index) => {
    const marker = node.ordered ? `${(node.start ?? 1) + index}.` : composer.theme.list.bullet;
    inner.append(listItem(item, index, marker, indent, context));
  });
  appendInRegister(inner.items, composer.theme.list.spaceAround, context);
  context.container.previous = 'other';
};

/** One item: its blocks in the indented column, the marker set right-aligned before the first line. */
export function listItem(node: ListItem, index: number, marker: string, indent: number, context: BlockContext): FlowItem[] {
  const { composer, frame } = context;
  const itemFlow = createFlowBuilder();
  const path = [...context.place.path, index];
  const itemKey = `${context.scope.document}/${path.join('.')}`;
  const struct = [...structFor(context, 'L'), { key: itemKey, role: 'LI' }, { key: `${itemKey}/body`, role: 'LBody' }];
  context.blocks(
    node.children,
    { ...frame, left: frame.left + indent, width: frame.width - indent, inList: true, nested: true },
    itemFlow,
    { path, struct },
  );
  const items = [...itemFlow.items];
  const first = items.findIndex((item) => item.kind === 'line');
  if (first >= 0) {
    const style = textStyle(faceFor(frame.italic, false), frame.size);
    items[first] = withMarker(items[first] as FlowLine, marker, style, frame.left + indent, composer.env.measurer);
  }
  return items;
}

/** The marker ends an en space before the item's text. */
function withMarker(line: FlowLine, marker: string, style: TextStyle, textLeft: number, measurer: TextMeasurer): FlowLine {
  const width = measurer.width(marker, style);
  const gap = measurer.width('\u2002', style);
  const fragment = { x: textLeft - gap - width, width, text: marker, style };
  return { ...line, line: { ...line.line, fragments: [fragment, ...line.line.fragments] } };
}
