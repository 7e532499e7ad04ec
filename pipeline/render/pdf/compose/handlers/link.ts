import type { Link } from 'mdast';
import type { InlineHandler } from './context.ts';

/** The link text as it reads, made clickable; the PDF has no colour or underline for it. */
export const link: InlineHandler<Link> = (node, state, context) => context.all(node.children, { ...state, link: node.url });
