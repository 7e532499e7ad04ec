/**
 * Reference-style pictures (`![a barricade][fig]` with `[fig]: barricade.png "title"`) become
 * plain image nodes with their definition's url and title, so that they are checked, packaged
 * and set exactly as inline ones are. A reference whose definition is missing is left alone
 * (CommonMark makes none: such text stays text).
 */
import type { Definition, Image, Nodes, Root } from 'mdast';

export function resolveImageReferences(tree: Root): void {
  const definitions = new Map<string, Definition>();
  const collect = (node: Nodes): void => {
    // The first definition of a label wins, as in CommonMark.
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    if ('children' in node) for (const child of node.children) collect(child);
  };
  collect(tree);
  if (definitions.size === 0) return;
  const resolve = (node: Nodes): void => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    for (let index = 0; index < children.length; index += 1) {
      const child = children[index]!;
      const definition = child.type === 'imageReference' ? definitions.get(child.identifier) : undefined;
      if (child.type === 'imageReference' && definition) {
        const image: Image = {
          type: 'image',
          url: definition.url,
          alt: child.alt ?? '',
          ...(definition.title ? { title: definition.title } : {}),
          ...(child.position ? { position: child.position } : {}),
        };
        children[index] = image;
      } else resolve(child);
    }
  };
  resolve(tree);
}
