/**
 * The contracts between the Markdown dispatcher and its node handlers, one handler per mdast
 * node type, as in mdast-util-to-hast. Handlers call back into the dispatcher for children.
 */
import type { FootnoteDefinition, PhrasingContent, RootContent } from 'mdast';
import type { InlineRun, LineAnchor, SetLine, StructNode } from '../../layout/types.ts';
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
  /** Inside struck-through text. */
  strike?: boolean;
  /**
   * Offset of the node being handled in its block's plain text (mdast-util-to-string);
   * undefined for text that is not in the tree (notes made from a link's URL).
   */
  origin?: number;
}

/** A note of the section: a link's URL shown in print, or a Markdown footnote. */
export type NoteContent = { kind: 'url'; url: string } | { kind: 'footnote'; definition: FootnoteDefinition; path: readonly number[] };

export interface Note {
  number: number;
  content: NoteContent;
  /** Where the note is called from, for page breaks that fall inside the notes. */
  anchor: LineAnchor;
}

/** What one section collects while it is composed: notes, outline entries, the drop cap. */
export interface SectionScope {
  document: string;
  notes: Note[];
  footnotes: ReadonlyMap<string, { definition: FootnoteDefinition; path: readonly number[] }>;
  /** Adds a note (or finds the footnote already added) and returns its number. */
  addNote(content: NoteContent, anchor: LineAnchor): number;
  /** The insertion key a note's call carries when notes go to the foot of the page; none otherwise. */
  noteKey(number: number): string | undefined;
  /** Registers an outline entry for the next line; returns the flow mark id. */
  addBookmark(title: string, depth: number): string;
  /** Whether the opening paragraph still waits for its drop cap. */
  dropCapPending: boolean;
}

export interface InlineContext {
  all(nodes: readonly PhrasingContent[], state: InlineState): InlineRun[];
  scope: SectionScope;
  /** Anchor of the block being set (the note calls point back to it). */
  anchor: LineAnchor;
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

/** What came before in the same container, for indents, captions and keeps. */
export interface ContainerState {
  previous: 'none' | 'paragraph' | 'heading' | 'figure' | 'verse' | 'other';
}

/** Where a block sits: its path of child indices from the section's tree, and its structure parents. */
export interface BlockPlace {
  path: readonly number[];
  struct: readonly StructNode[];
}

export interface BlockContext {
  composer: Composer;
  frame: BlockFrame;
  flow: FlowBuilder;
  container: ContainerState;
  scope: SectionScope;
  /** The block being handled. */
  place: BlockPlace;
  /** Sets child blocks as a new container (a quotation, a list item) into `flow`. */
  blocks(nodes: readonly RootContent[], frame: BlockFrame, flow: FlowBuilder, place: BlockPlace): void;
  /** Inline runs of phrasing content, with origins in the current block's text. */
  inline(nodes: readonly PhrasingContent[], state: InlineState): InlineRun[];
}

export type BlockHandler<T> = (node: T, context: BlockContext) => void;

export function inlineStateFor(frame: BlockFrame): InlineState {
  return { italic: frame.italic, bold: false, size: frame.size, origin: 0 };
}

/** The structure element of the block itself, under its parents. */
export function structFor(context: BlockContext, role: string): StructNode[] {
  return [...context.place.struct, { key: `${context.scope.document}/${context.place.path.join('.')}`, role }];
}

export function anchorFor(context: BlockContext, offset = 0): LineAnchor {
  return { document: context.scope.document, path: context.place.path, offset };
}

/** Lines with the block's anchor (offset from each line's origin) and structure. */
export function tagLines(lines: readonly SetLine[], context: BlockContext, role: string): SetLine[] {
  const struct = structFor(context, role);
  return lines.map((line) => ({ ...line, anchor: anchorFor(context, line.origin ?? 0), struct }));
}
