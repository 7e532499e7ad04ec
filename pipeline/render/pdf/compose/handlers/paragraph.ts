import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SetLine } from '../../layout/types.ts';
import { setWithDropCap } from '../drop-cap.ts';
import { readsAsCaption } from '../../../../images/captions.ts';
import { placeFigure } from '../figure.ts';
import { hasPictureInText, setWithPictures } from '../pictures-in-text.ts';
import { snapToGrid } from '../grid-spacing.ts';
import { hasForcedBreaks, setVerse } from '../verse.ts';
import { inlineStateFor, tagLines, type BlockContext, type BlockHandler } from './context.ts';

/** Top-level blocks of a section after which no drop cap is tried any more. */
const DROP_CAP_WITHIN = 3;

/**
 * Justified; indented only when it follows another paragraph, as books do. A section's
 * first paragraph carries the drop cap; a paragraph with two or more hand-made line breaks
 * is set as verse; a paragraph that is only a picture is a figure (or, when print has no such picture, its
 * description as a caption), and the paragraph after it a caption when it reads as one.
 */
export const paragraph: BlockHandler<Paragraph> = (node, context) => {
  const { composer, frame, flow, container } = context;
  const picture = isFigure(node) ? node.children.find((child) => child.type === 'image') : undefined;
  if (picture && placeFigure(picture, context)) {
    container.previous = 'figure';
    return;
  }
  if (!isFigure(node) && hasPictureInText(node, context)) {
    setWithPictures(node, context);
    return;
  }
  if (isFigure(node) || (container.previous === 'figure' && readsAsCaption(node))) {
    setCaption(node, context);
    container.previous = isFigure(node) ? 'figure' : 'other';
    return;
  }
  const runs = context.inline(node.children, inlineStateFor(frame));
  // Verse: three lines or more broken by hand. A single break (an address, a signature)
  // stays a justified paragraph whose line ends at the break.
  if (hasForcedBreaks(runs) && countBreaks(node) >= 2) {
    const indent = composer.theme.verse.indentEm * composer.print.fontSize;
    const lines = setVerse(runs, frame.left + indent, frame.width - indent, composer);
    // Stanzas are set apart by a blank line, and so is the verse from the prose around it.
    if (container.previous !== 'none' && container.previous !== 'heading') flow.addSpace(frame.leading);
    flow.addLines(tagLines(lines, context, 'P'), { height: frame.leading, size: frame.size }, 'paragraph');
    container.previous = 'verse';
    return;
  }
  if (container.previous === 'verse') flow.addSpace(frame.leading);
  const dropCap = !hasForcedBreaks(runs) && takeDropCap(context);
  const withDropCap = dropCap ? setWithDropCap(runs, frame, composer) : undefined;
  if (withDropCap) {
    context.scope.dropCapPending = false;
    // The lines beside the initial stay together, and with the opening above them.
    flow.keepWithNext(composer.theme.dropCap.lines + 1);
    flow.addLines(tagLines(withDropCap, context, 'P'), { height: frame.leading, size: frame.size }, 'paragraph');
    container.previous = 'paragraph';
    return;
  }
  const indent = container.previous === 'paragraph' ? composer.theme.body.indentEm * composer.print.fontSize : 0;
  const lines: SetLine[] = composer.setText(runs, {
    align: 'justify',
    indent,
    measure: { first: frame.width, rest: frame.width, firstLeft: frame.left, restLeft: frame.left },
  });
  flow.addLines(tagLines(lines, context, 'P'), { height: frame.leading, size: frame.size }, 'paragraph');
  container.previous = 'paragraph';
};

/** The drop cap goes on the first paragraph of the text proper: at the top level, near the start. */
function takeDropCap(context: BlockContext): boolean {
  const { path } = context.place;
  if (!context.scope.dropCapPending) return false;
  if (path.length !== 1 || path[0]! >= DROP_CAP_WITHIN) {
    if (path.length === 1) context.scope.dropCapPending = false;
    return false;
  }
  return true;
}

function countBreaks(node: Paragraph): number {
  return node.children.filter((child) => child.type === 'break').length;
}

const isBlank = (child: PhrasingContent) => child.type === 'text' && !child.value.trim();

function isFigure(node: Paragraph): boolean {
  const content = node.children.filter((child) => !isBlank(child));
  return content.length === 1 && (content[0]!.type === 'image' || content[0]!.type === 'imageReference');
}

/** Centred, smaller, italic (emphasis inside turns roman); a picture's description in brackets. */
function setCaption(node: Paragraph, context: BlockContext): void {
  const { composer, frame, flow } = context;
  const theme = composer.theme.caption;
  const figure = isFigure(node);
  const text = toString(node).trim();
  if (!text) return;
  const runs = figure
    ? context.inline(node.children, { italic: true, bold: false, size: theme.size, origin: 0 })
    : context.inline(node.children, { italic: false, bold: false, size: theme.size, origin: 0 });
  const indent = theme.indentEm * composer.print.fontSize;
  const lines = composer.setText(runs, {
    align: 'center',
    indent: 0,
    measure: { first: frame.width - 2 * indent, rest: frame.width - 2 * indent, firstLeft: frame.left + indent, restLeft: frame.left + indent },
  });
  if (figure) flow.addSpace(0.5 * composer.line);
  flow.addLines(tagLines(lines, context, 'Caption'), { height: theme.leading, size: theme.size }, 'together');
  if (!figure) flow.addSpace(0.5 * composer.line);
  snapToGrid(context);
}
