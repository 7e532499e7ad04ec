import type { Image } from 'mdast';
import { runOf } from './text.ts';
import type { InlineHandler } from './context.ts';

/**
 * Print has no pictures from the web: an image inside running text reads as its description.
 * (A paragraph holding only an image is set as a caption by the paragraph handler.)
 */
export const image: InlineHandler<Image> = (node, state) => (node.alt ? [runOf(node.alt, state)] : []);
