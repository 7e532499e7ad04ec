/**
 * Dispatches mdast nodes to their handlers: block nodes add to the vertical list, phrasing
 * nodes become inline runs. Node types without a handler of their own fall back to their
 * children or their text, so nothing a reader should see is dropped silently; raw HTML and
 * link definitions are not shown in print.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { InlineRun } from '../layout/types.ts';
import type { Composer } from './composer.ts';
import type { FlowBuilder } from './flow-builder.ts';
import { blockquote } from './handlers/blockquote.ts';
import { hardBreak } from './handlers/break.ts';
import { code } from './handlers/code.ts';
import type { BlockContext, BlockFrame, BlockHandler, InlineContext, InlineHandler, InlineState } from './handlers/context.ts';
import { emphasis } from './handlers/emphasis.ts';
import { heading } from './handlers/heading.ts';
import { inlineCode } from './handlers/inline-code.ts';
import { link } from './handlers/link.ts';
import { list } from './handlers/list.ts';
import { paragraph } from './handlers/paragraph.ts';
import { strong } from './handlers/strong.ts';
import { runOf, text } from './handlers/text.ts';
import { thematicBreak } from './handlers/thematic-break.ts';

type BlockHandlers = { [T in RootContent['type']]?: BlockHandler<Extract<RootContent, { type: T }>> };
type InlineHandlers = { [T in PhrasingContent['type']]?: InlineHandler<Extract<PhrasingContent, { type: T }>> };

const BLOCK_HANDLERS: BlockHandlers = {
  paragraph,
  heading,
  blockquote,
  list,
  thematicBreak,
  code,
  html: () => undefined,
  definition: () => undefined,
  footnoteDefinition: () => undefined,
  yaml: () => undefined,
};

const INLINE_HANDLERS: InlineHandlers = {
  text,
  emphasis,
  strong,
  link,
  linkReference: (node, state, context) => context.all(node.children, state),
  inlineCode,
  break: hardBreak,
  delete: (node, state, context) => context.all(node.children, state),
  image: (node, state) => (node.alt ? [runOf(node.alt, state)] : []),
  imageReference: (node, state) => (node.alt ? [runOf(node.alt, state)] : []),
  html: () => [],
  footnoteReference: () => [],
};

export function composeBlocks(nodes: readonly RootContent[], frame: BlockFrame, flow: FlowBuilder, composer: Composer): void {
  const context: BlockContext = {
    composer,
    frame,
    flow,
    container: { previous: 'none' },
    blocks: (children, childFrame, childFlow) => composeBlocks(children, childFrame, childFlow, composer),
    inline: composeInline,
  };
  for (const node of nodes) {
    const handler = BLOCK_HANDLERS[node.type] as BlockHandler<RootContent> | undefined;
    if (handler) handler(node, context);
    else composeUnknownBlock(node, context);
  }
}

export function composeInline(nodes: readonly PhrasingContent[], state: InlineState): InlineRun[] {
  const context: InlineContext = { all: composeInline };
  return nodes.flatMap((node) => {
    const handler = INLINE_HANDLERS[node.type] as InlineHandler<PhrasingContent> | undefined;
    return handler ? handler(node, state, context) : unknownInline(node, state, context);
  });
}

/** A block we have no handler for (a table, say): its phrasing as a paragraph, or its blocks. */
function composeUnknownBlock(node: RootContent, context: BlockContext): void {
  if ('children' in node && node.children.length > 0) {
    const children = node.children as RootContent[];
    if (children.every(isPhrasing)) paragraph({ type: 'paragraph', children: children as PhrasingContent[] }, context);
    else composeBlocks(children, context.frame, context.flow, context.composer);
  } else if ('value' in node && typeof node.value === 'string' && node.value.trim()) {
    paragraph({ type: 'paragraph', children: [{ type: 'text', value: node.value }] }, context);
  }
}

function unknownInline(node: PhrasingContent, state: InlineState, context: InlineContext): InlineRun[] {
  if ('children' in node) return context.all(node.children as PhrasingContent[], state);
  if ('value' in node && typeof node.value === 'string') return [runOf(node.value, state)];
  return [];
}

const PHRASING_TYPES = new Set(Object.keys(INLINE_HANDLERS));

function isPhrasing(node: RootContent): boolean {
  return PHRASING_TYPES.has(node.type);
}
