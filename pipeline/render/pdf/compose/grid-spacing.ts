/**
 * Space around blocks set on a leading other than the body's (quotations, lists, code): the
 * space above and below is shared out so that block plus spaces fill whole lines of the
 * grid, and the text after the block is back in register.
 */
import type { FlowItem } from '../layout/types.ts';
import type { BlockContext } from './handlers/context.ts';

export function appendInRegister(items: readonly FlowItem[], spaceAroundLines: number, context: BlockContext): void {
  const { composer, flow, frame, container } = context;
  const line = composer.line;
  const space = frame.inList ? 0 : spaceAroundLines * line;
  const content = flowHeight(items);
  const around = frame.nested ? space : (Math.ceil((content + 2 * space) / line - 0.01) * line - content) / 2;
  if (container.previous !== 'none') flow.addSpace(around);
  flow.append(items);
  flow.addSpace(around);
  snapToGrid(context);
}

/** Back onto the baseline grid, unless inside a block that will do it when it ends. */
export function snapToGrid(context: BlockContext): void {
  if (!context.frame.nested) context.flow.addSnap();
}

/** Height of a vertical list set without page breaks. */
function flowHeight(items: readonly FlowItem[]): number {
  let height = 0;
  for (const item of items) {
    if (item.kind === 'line' || item.kind === 'space') height += item.height;
  }
  return height;
}
