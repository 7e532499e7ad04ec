import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { plainShape } from '../composer.ts';
import { snapToGrid } from '../grid-spacing.ts';
import type { HeadingStyle, PrintTheme } from '../../theme.ts';
import { inlineStateFor, tagLines, type BlockHandler } from './context.ts';

/** Lines a heading keeps with it at the foot of a page. */
const KEEP_WITH_NEXT_LINES = 2;
/** `##` and `###` headings get outline entries; deeper ones would crowd the bookmarks. */
const OUTLINE_DEPTH = 3;

export const heading: BlockHandler<Heading> = (node, context) => {
  const { composer, frame, flow, container } = context;
  const style = headingStyleFor(node.depth, composer.theme);
  const runs = context.inline(node.children, {
    ...inlineStateFor(frame),
    italic: style.face === 'italic' || style.face === 'boldItalic',
    bold: style.face === 'bold' || style.face === 'boldItalic',
    size: style.size,
    caps: style.caps,
    ...(style.caps === 'allSmall' ? { tracking: style.size * 0.05 } : {}),
  });
  const lines = composer.setText(runs, { ...plainShape(style.align, frame.left, frame.width), hyphenate: false });
  const line = composer.line;
  if (container.previous !== 'none') flow.addSpace(style.spaceBefore * line);
  // Sections of the top level go into the PDF outline, under the piece (its title is H1).
  if (context.place.path.length === 1 && node.depth <= OUTLINE_DEPTH) flow.mark(context.scope.addBookmark(toString(node), node.depth));
  flow.addLines(tagLines(lines, context, `H${Math.min(node.depth, 6)}`), { height: Math.max(line, style.size * 1.25), size: style.size }, 'together');
  flow.keepWithNext(KEEP_WITH_NEXT_LINES);
  flow.addSpace(style.spaceAfter * line);
  snapToGrid(context);
  container.previous = 'heading';
};

/** The theme's style for this depth, or for the deepest depth it describes. */
function headingStyleFor(depth: number, theme: PrintTheme): HeadingStyle {
  const sorted = [...theme.headings].sort((a, b) => a.depth - b.depth);
  return sorted.find((style) => style.depth >= depth) ?? sorted[sorted.length - 1]!;
}
