/**
 * A picture inside running text (`see ![the map](map.png) below`) is set, never replaced by its
 * description: the paragraph is cut where the picture stands, the picture is placed between the
 * two parts as a figure at its natural size (a small one stays small, a large one is scaled to
 * the measure), and the text goes on after it without a new indent. In the structure tree the
 * parts stay one paragraph, with the Figure inside it, in reading order.
 */
import type { Image, Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isBookPicture, placeFigure } from './figure.ts';
import { inlineStateFor, structFor, tagLines, type BlockContext } from './handlers/context.ts';

type Segment = { kind: 'text'; nodes: PhrasingContent[]; origin: number } | { kind: 'picture'; node: Image; origin: number };

/** Whether the paragraph holds one of the book's pictures among other content. */
export function hasPictureInText(node: Paragraph, context: BlockContext): boolean {
  return containsPicture(node.children, (image) => isBookPicture(image, context));
}

export function setWithPictures(node: Paragraph, context: BlockContext): void {
  const { composer, frame, flow, container } = context;
  const struct = structFor(context, 'P');
  let first = true;
  for (const segment of splitAtPictures(node.children, (image) => isBookPicture(image, context), 0)) {
    if (segment.kind === 'picture') {
      placeFigure(segment.node, context, { struct, offset: segment.origin });
      continue;
    }
    if (segment.nodes.every(isBlank)) continue;
    const runs = context.inline(segment.nodes, { ...inlineStateFor(frame), origin: segment.origin });
    const indent = first && container.previous === 'paragraph' ? composer.theme.body.indentEm * composer.print.fontSize : 0;
    const lines = composer.setText(runs, {
      align: 'justify',
      indent,
      measure: { first: frame.width, rest: frame.width, firstLeft: frame.left, restLeft: frame.left },
    });
    flow.addLines(tagLines(lines, context, 'P'), { height: frame.leading, size: frame.size }, 'paragraph');
    container.previous = 'paragraph';
    first = false;
  }
  container.previous = 'paragraph';
}

/**
 * The phrasing cut at each picture; a picture inside emphasis or a link cuts it too, each part
 * keeping the wrapper. Origins count as mdast-util-to-string does (a picture by its alt text).
 */
function splitAtPictures(nodes: readonly PhrasingContent[], isPicture: (image: Image) => boolean, origin: number): Segment[] {
  const segments: Segment[] = [];
  let offset = origin;
  let current: PhrasingContent[] = [];
  let currentOrigin = origin;
  const flush = (): void => {
    if (current.length > 0) segments.push({ kind: 'text', nodes: current, origin: currentOrigin });
    current = [];
  };
  for (const node of nodes) {
    const length = toString(node).length;
    if (node.type === 'image' && isPicture(node)) {
      flush();
      segments.push({ kind: 'picture', node, origin: offset });
    } else if ('children' in node && containsPicture(node.children as PhrasingContent[], isPicture)) {
      const inner = splitAtPictures(node.children as PhrasingContent[], isPicture, offset);
      for (const [k, part] of inner.entries()) {
        if (part.kind === 'picture') {
          flush();
          segments.push(part);
          continue;
        }
        // The wrapper's first part goes on the text before it, its last part on the text after.
        if (k === 0 && current.length > 0) current.push({ ...node, children: part.nodes } as PhrasingContent);
        else {
          flush();
          current = [{ ...node, children: part.nodes } as PhrasingContent];
          currentOrigin = part.origin;
        }
      }
    } else {
      if (current.length === 0) currentOrigin = offset;
      current.push(node);
    }
    offset += length;
  }
  flush();
  return segments;
}

function containsPicture(nodes: readonly PhrasingContent[], isPicture: (image: Image) => boolean): boolean {
  return nodes.some((node) => (node.type === 'image' && isPicture(node)) || ('children' in node && containsPicture(node.children as PhrasingContent[], isPicture)));
}

function isBlank(node: PhrasingContent): boolean {
  return node.type === 'text' && !node.value.trim();
}
