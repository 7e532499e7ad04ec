import type { FootnoteReference } from 'mdast';
import type { InlineHandler } from './context.ts';
import { noteCall } from './link.ts';

/** A superscript number; the footnote's text goes to the section's notes. */
export const footnoteReference: InlineHandler<FootnoteReference> = (node, state, context) => {
  const footnote = context.scope.footnotes.get(node.identifier.toLowerCase());
  if (!footnote) return [];
  const number = context.scope.addNote({ kind: 'footnote', ...footnote }, { ...context.anchor, offset: state.origin ?? 0 });
  return [noteCall(number, state, context.scope.noteKey(number))];
};
