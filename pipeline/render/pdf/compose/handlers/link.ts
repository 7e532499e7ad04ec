import type { Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { TextRun } from '../../layout/types.ts';
import { runOf } from './text.ts';
import type { InlineHandler, InlineState } from './context.ts';

/**
 * The link text as it reads, clickable, with a note call: the reader of paper cannot click,
 * so the URL is printed in the section's notes. A link whose text already is its address
 * (or an in-document `#fragment`) needs no note.
 */
export const link: InlineHandler<Link> = (node, state, context) => {
  const runs = context.all(node.children, { ...state, link: node.url });
  if (!needsNote(node)) return runs;
  const number = context.scope.addNote({ kind: 'url', url: node.url }, { ...context.anchor, offset: state.origin ?? 0 });
  return [...runs, noteCall(number, state, context.scope.noteKey(number))];
};

function needsNote(node: Link): boolean {
  if (!/^(https?:|mailto:|ftp:)/i.test(node.url)) return false;
  const bare = (url: string) => url.replace(/^(https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
  return bare(toString(node)) !== bare(node.url);
}

/**
 * A superior figure set with the font's `sups` feature, outside any link; `insertion` is the
 * key of the note the paginator sets at the foot of the page (see TextStyle.insertion).
 */
export function noteCall(number: number, state: InlineState, insertion?: string): TextRun {
  const { link: _link, origin: _origin, caps: _caps, tracking: _tracking, strike: _strike, ...rest } = state;
  const run = runOf(String(number), rest);
  return { ...run, style: { ...run.style, features: ['sups'], ...(insertion === undefined ? {} : { insertion }) } };
}
