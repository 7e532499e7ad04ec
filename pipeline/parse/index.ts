import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { typographyPlugin } from './typography.ts';

/**
 * Cleaned Markdown → mdast, once per piece. Typography runs here, on text nodes,
 * so later stages carry the tree and never re-parse a string.
 */
export function parseMarkdown(markdown: string): Root {
  const processor = unified().use(remarkParse).use(typographyPlugin);
  const tree = processor.parse(markdown);
  return processor.runSync(tree) as Root;
}
