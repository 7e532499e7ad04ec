/**
 * The contracts between the Markdown dispatcher and its node handlers, one handler per mdast
 * node type, as in mdast-util-to-hast. Handlers call back into the dispatcher for children.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { InlineRun } from '../../layout/types.ts';
import type { CapsStyle } from '../../theme.ts';
import type { Composer } from '../composer.ts';
import type { FlowBuilder } from '../flow-builder.ts';

/** The inherited look of inline text. */
export interface InlineState {
  italic: boolean;
  bold: boolean;
  size: number;
  caps?: CapsStyle;
  tracking?: number;
  link?: string;
}

export interface InlineContext {
  all(nodes: readonly PhrasingContent[], state: InlineState): InlineRun[];
}

export type InlineHandler<T> = (node: T, state: InlineState, context: InlineContext) => InlineRun[];

/** Where blocks are set: a column inside the text block, with its type size and leading. */
export interface BlockFrame {
  left: number;
  width: number;
  size: number;
  leading: number;
  italic: boolean;
  /** Inside a list item: nested lists get no space around them. */
  inList: boolean;
  /** Inside a quotation or a list: the outermost block brings the text back in register. */
  nested: boolean;
}

/** What came before in the same container, for indents and keeps. */
export interface ContainerState {
  previous: 'none' | 'paragraph' | 'heading' | 'other';
}

export interface BlockContext {
  composer: Composer;
  frame: BlockFrame;
  flow: FlowBuilder;
  container: ContainerState;
  /** Sets child blocks as a new container (a quotation, a list item) into `flow`. */
  blocks(nodes: readonly RootContent[], frame: BlockFrame, flow: FlowBuilder): void;
  inline(nodes: readonly PhrasingContent[], state: InlineState): InlineRun[];
}

export type BlockHandler<T> = (node: T, context: BlockContext) => void;

export function inlineStateFor(frame: BlockFrame): InlineState {
  return { italic: frame.italic, bold: false, size: frame.size };
}
