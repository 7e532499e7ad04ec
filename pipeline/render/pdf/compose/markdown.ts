/**
 * Dispatches mdast nodes to their handlers: block nodes add to the vertical list, phrasing
 * nodes become inline runs. Node types without a handler of their own fall back to their
 * children or their text, so nothing a reader should see is dropped silently; raw HTML and
 * link definitions are not shown in print.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { InlineRun } from '../layout/types.ts';
import type { Composer } from './composer.ts';
import type { FlowBuilder } from './flow-builder.ts';
import { blockquote } from './handlers/blockquote.ts';
import { hardBreak } from './handlers/break.ts';
import { code } from './handlers/code.ts';
import {
  type BlockContext,
  type BlockFrame,
  type BlockHandler,
  type BlockPlace,
  type InlineContext,
  type InlineHandler,
  type InlineState,
  type SectionScope,
} from './handlers/context.ts';
import { emphasis } from './handlers/emphasis.ts';
import { footnoteReference } from './handlers/footnote-reference.ts';
import { heading } from './handlers/heading.ts';
import { image } from './handlers/image.ts';
import { inlineCode } from './handlers/inline-code.ts';
import { link } from './handlers/link.ts';
import { list } from './handlers/list.ts';
import { paragraph } from './handlers/paragraph.ts';
import { strong } from './handlers/strong.ts';
import { table } from './handlers/table.ts';
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
  table,
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
  delete: (node, state, context) => context.all(node.children, { ...state, strike: true }),
  image,
  imageReference: (node, state) => (node.alt ? [runOf(node.alt, state)] : []),
  html: () => [],
  footnoteReference,
};

/**
 * Sets `nodes`, the children of the block at `place.path` (the section's root for []), into
 * `flow`. Every handler sees the path of its own node, so lines can point back at the tree.
 */
export function composeBlocks(
  nodes: readonly RootContent[],
  frame: BlockFrame,
  flow: FlowBuilder,
  composer: Composer,
  scope: SectionScope,
  place: BlockPlace,
): void {
  const container: BlockContext['container'] = { previous: 'none' };
  nodes.forEach((node, index) => {
    const nodePlace = { path: [...place.path, index], struct: place.struct };
    const context: BlockContext = {
      composer,
      frame,
      flow,
      container,
      scope,
      place: nodePlace,
      blocks: (children, childFrame, childFlow, childPlace) => composeBlocks(children, childFrame, childFlow, composer, scope, childPlace),
      inline: (phrasing, state) =>
        composeInline(phrasing, state, { all: () => [], scope, anchor: { document: scope.document, path: nodePlace.path, offset: 0 } }),
    };
    const handler = BLOCK_HANDLERS[node.type] as BlockHandler<RootContent> | undefined;
    if (handler) handler(node, context);
    else composeUnknownBlock(node, context);
  });
}

/**
 * Phrasing to runs. Each node learns its offset in the block's plain text from the lengths
 * of the nodes before it, as mdast-util-to-string counts them.
 */
export function composeInline(nodes: readonly PhrasingContent[], state: InlineState, base: InlineContext): InlineRun[] {
  const context: InlineContext = { ...base, all: (children, childState) => composeInline(children, childState, base) };
  let origin = state.origin;
  return nodes.flatMap((node) => {
    const nodeState = origin === undefined ? state : { ...state, origin };
    if (origin !== undefined) origin += toString(node).length;
    const handler = INLINE_HANDLERS[node.type] as InlineHandler<PhrasingContent> | undefined;
    return handler ? handler(node, nodeState, context) : unknownInline(node, nodeState, context);
  });
}

/** A block we have no handler for: its phrasing as a paragraph, or its blocks. */
function composeUnknownBlock(node: RootContent, context: BlockContext): void {
  if ('children' in node && node.children.length > 0) {
    const children = node.children as RootContent[];
    if (children.every(isPhrasing)) paragraph({ type: 'paragraph', children: children as PhrasingContent[] }, context);
    else context.blocks(children, context.frame, context.flow, context.place);
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
