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

/**
 * One item: its blocks in the indented column, the marker set before the first line. Text
 * written right to left is indented from the right edge, and its marker stands right of the
 * line, as a reader of the EPUB sees it (a number's full stop on its left: ".1").
 */
export function listItem(node: ListItem, index: number, marker: string, indent: number, context: BlockContext): FlowItem[] {
  const { composer, frame } = context;
  const rtl = composer.direction === 'rtl';
  const itemFlow = createFlowBuilder();
  const path = [...context.place.path, index];
  const itemKey = `${context.scope.document}/${path.join('.')}`;
  const struct = [...structFor(context, 'L'), { key: itemKey, role: 'LI' }, { key: `${itemKey}/body`, role: 'LBody' }];
  context.blocks(
    node.children,
    { ...frame, left: rtl ? frame.left : frame.left + indent, width: frame.width - indent, inList: true, nested: true },
    itemFlow,
    { path, struct },
  );
  const items = [...itemFlow.items];
  const first = items.findIndex((item) => item.kind === 'line');
  if (first >= 0) {
    const style = textStyle(faceFor(frame.italic, false), frame.size);
    const edge = rtl ? { right: frame.left + frame.width - indent } : { left: frame.left + indent };
    items[first] = withMarker(items[first] as FlowLine, marker, rtl ? visualRtl(marker) : marker, style, edge, composer.env.measurer);
  }
  return items;
}

/** The marker ends an en space before the item's text: left of it, or right of it in right-to-left text. */
function withMarker(line: FlowLine, marker: string, shown: string, style: TextStyle, text: { left: number } | { right: number }, measurer: TextMeasurer): FlowLine {
  const width = measurer.width(shown, style);
  const gap = measurer.width('\u2002', style);
  const x = 'left' in text ? text.left - gap - width : text.right + gap;
  // Shown otherwise than written: the marker as written goes with it, for copying and reading aloud.
  const fragment = { x, width, text: shown, style, ...(shown !== marker ? { actualText: marker } : {}) };
  return { ...line, line: { ...line.line, fragments: [fragment, ...line.line.fragments] } };
}

/** "12." as a right-to-left line shows it, the full stop on the left (the drawn string is left to right). */
function visualRtl(marker: string): string {
  const number = /^(\d+)([.)])$/.exec(marker);
  return number ? `${number[2] === ')' ? '(' : number[2]}${number[1]}` : marker;
}
