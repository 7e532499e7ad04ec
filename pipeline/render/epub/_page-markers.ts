import type { Nodes, Parent, Root, RootContent, Text } from 'mdast';
import type { ElementContent } from 'hast';
import type { BlockMarker, PageMarker } from './_page-breaks.ts';

/**
 * Page-break markers placed in a section's mdast before it is converted, so that the
 * block paths and character offsets mean exactly what they meant to the print renderer
 * (mdast-util-to-string of the block) and mdast-util-to-hast carries each marker to the
 * element that holds the text around it.
 *
 * A marker is an empty text node that mdast-util-to-hast turns into the span (through
 * `data.hName`): it adds no characters, so later offsets in the same block still count
 * the same text.
 */
export function withPageMarkers(tree: Root, markers: readonly BlockMarker[], packaged: ReadonlySet<string> = new Set()): Root {
  if (markers.length === 0) return tree;
  // The Book is frozen; markers go into a copy that only this call sees.
  const copy = copyAlongPaths(tree, markers.map((marker) => marker.block));
  const placement = createPlacement(packaged);
  // Blocks are resolved before anything moves: a marker placed beside a block shifts its siblings' indices.
  const resolved = markers.map((marker) => ({ marker, block: resolveBlock(copy, marker) }));
  for (const { marker, block } of resolved) placement.place(block, marker);
  placement.finish();
  return copy;
}

/**
 * A copy of the tree in which markers can be placed at the given blocks: the nodes on the
 * way to each block are copied with their child lists, and the block itself is cloned whole
 * (markers go inside it and beside it). Everything else is shared with the frozen original,
 * which nothing here writes to; cloning the whole section instead would copy every node of
 * the text for a marker every page or so.
 */
function copyAlongPaths(tree: Root, paths: readonly (readonly number[])[]): Root {
  const copy: Root = { ...tree, children: [...tree.children] };
  const onPath = new WeakSet<Nodes>([copy]);
  const whole = new WeakSet<Nodes>();
  for (const path of paths) {
    let parent: Nodes = copy;
    for (const [depth, step] of path.entries()) {
      // Below a block cloned whole, every node is already this call's own.
      if (whole.has(parent)) break;
      // A path that leads nowhere is left for resolveBlock to report.
      const children: Nodes[] = 'children' in parent ? (parent.children as Nodes[]) : [];
      const child = Number.isInteger(step) ? children[step] : undefined;
      if (!child) break;
      if (depth === path.length - 1) {
        if (!whole.has(child)) whole.add((children[step] = structuredClone(child)));
      } else if (!onPath.has(child) && !whole.has(child)) {
        onPath.add((children[step] = shallowCopy(child)));
      }
      parent = children[step]!;
    }
  }
  return copy;
}

function shallowCopy(node: Nodes): Nodes {
  return 'children' in node ? ({ ...node, children: [...node.children] } as Nodes) : { ...node };
}

/** The span a reading system and assistive technology recognise as a print page's start. */
export function pageBreakElement(marker: PageMarker): ElementContent {
  return { type: 'element', tagName: 'span', properties: pageBreakProperties(marker), children: [] };
}

function pageBreakProperties(marker: PageMarker): Record<string, string> {
  return { 'epub:type': 'pagebreak', role: 'doc-pagebreak', id: marker.id, ariaLabel: marker.label };
}

interface Resolved {
  node: Nodes;
  parent: Parent;
}

function resolveBlock(root: Root, marker: BlockMarker): Resolved {
  // An empty path means the page opens the document; _page-breaks.ts places those, never this module.
  if (marker.block.length === 0) throw pathError(marker, 'the path is empty');
  let parent: Parent = root;
  let node: Nodes = root;
  for (const step of marker.block) {
    const children: readonly RootContent[] = 'children' in node ? node.children : [];
    const child = Number.isInteger(step) ? children[step] : undefined;
    if (!child) throw pathError(marker, `it has no child ${step}`);
    parent = node as Parent;
    node = child;
  }
  const length = plainText(node).length;
  if (!Number.isInteger(marker.offset) || marker.offset < 0 || marker.offset > length) {
    throw pathError(marker, `offset ${marker.offset} is outside its text of ${length} characters`);
  }
  return { node, parent };
}

function pathError(marker: BlockMarker, reason: string): Error {
  return new Error(`Page ${marker.label} begins at block [${marker.block.join(', ')}], offset ${marker.offset}: ${reason}.`);
}

/** mdast-util-to-string of one node, restated here because positions inside it are needed, not only the total. */
function plainText(node: Nodes): string {
  if ('value' in node) return node.value ?? '';
  if ('alt' in node && node.alt) return node.alt;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** Nodes whose children are phrasing content: the only parents a marker may be added to as a child. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

interface Leaf {
  node: Nodes;
  parent: Parent;
  index: number;
  /** Offset of the leaf's first character in the block's text. */
  start: number;
}

/** Splits of code spans and code blocks, which hold their text in `value` and are rebuilt once all markers are known. */
type LiteralSplits = Map<Nodes & { value: string }, { offset: number; marker: PageMarker }[]>;

/** The state of one insertion run: which nodes are markers, and the pending splits of literals. */
function createPlacement(packaged: ReadonlySet<string>) {
  const markers = new WeakSet<Nodes>();
  const literalSplits: LiteralSplits = new Map();

  const markerNode = (marker: PageMarker): Text => {
    const node: Text = { type: 'text', value: '', data: { hName: 'span', hProperties: pageBreakProperties(marker), hChildren: [] } };
    markers.add(node);
    return node;
  };

  const insert = (parent: Parent, index: number, node: Nodes): void => {
    (parent.children as Nodes[]).splice(index, 0, node);
  };

  /** Leaves holding characters, in text order, with where each starts. */
  const leaves = (block: Resolved): Leaf[] => {
    const found: Leaf[] = [];
    let offset = 0;
    const visit = (node: Nodes, parent: Parent, index: number): void => {
      if (!('children' in node) || 'value' in node || ('alt' in node && node.alt)) {
        const length = plainText(node).length;
        if (length > 0) found.push({ node, parent, index, start: offset });
        offset += length;
        return;
      }
      (node.children as Nodes[]).forEach((child, childIndex) => visit(child, node as Parent, childIndex));
    };
    // Earlier markers may have been placed beside the block, so its index is looked up again.
    visit(block.node, block.parent, block.parent.children.indexOf(block.node as never));
    return found;
  };

  /** Before the character at `offset`, inside the innermost node that holds it. */
  const placeBefore = (leaf: Leaf, offset: number, marker: PageMarker): void => {
    const { node, parent, index } = leaf;
    const cut = offset - leaf.start;
    // A code block is a leaf and a block at once: its marker belongs inside it even at its first character.
    if (node.type === 'code' || node.type === 'inlineCode') {
      const splits = literalSplits.get(node) ?? [];
      splits.push({ offset: cut, marker });
      literalSplits.set(node, splits);
      return;
    }
    if (cut === 0) return insert(parent, index, markerNode(marker));
    if (node.type === 'text') {
      parent.children.splice(index, 1, { ...node, value: node.value.slice(0, cut) }, markerNode(marker), { ...node, value: node.value.slice(cut) } as never);
      return;
    }
    if (node.type === 'image' && packaged.has(node.url)) {
      // A packaged picture is shown whole (see _section-body.ts): its page begins before it.
      return insert(parent, index, markerNode(marker));
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      // Any other image is shown as its alt text, which is split like any text.
      const alt = node.alt ?? '';
      const parts: Nodes[] = [{ type: 'text', value: alt.slice(0, cut) }, markerNode(marker), { type: 'text', value: alt.slice(cut) }];
      (parent.children as Nodes[]).splice(index, 1, ...parts);
      return;
    }
    // Raw HTML and the like do not reach the EPUB: the page begins where they stood.
    insert(parent, index, markerNode(marker));
  };

  /** After the block's last character; after any marker already there, so markers keep their order. */
  const placeAtEnd = (leaf: Leaf, marker: PageMarker): void => {
    const { node, parent, index } = leaf;
    if (node.type === 'code' || node.type === 'inlineCode') {
      const splits = literalSplits.get(node) ?? [];
      splits.push({ offset: node.value.length, marker });
      literalSplits.set(node, splits);
      return;
    }
    let position = index + 1;
    while (position < parent.children.length && markers.has(parent.children[position]!)) position += 1;
    insert(parent, position, markerNode(marker));
  };

  /** A block without text (a thematic break, an empty paragraph): inside it if it holds phrasing, else just before it. */
  const placeInEmpty = (block: Resolved, marker: PageMarker): void => {
    if (PHRASING_PARENTS.has(block.node.type) && 'children' in block.node) {
      const children = block.node.children as Nodes[];
      let position = 0;
      while (position < children.length && markers.has(children[position]!)) position += 1;
      insert(block.node as Parent, position, markerNode(marker));
      return;
    }
    // Markers placed before this block earlier stay before it: this one goes between them and the block.
    insert(block.parent, block.parent.children.indexOf(block.node as never), markerNode(marker));
  };

  return {
    place(block: Resolved, marker: BlockMarker): void {
      const found = leaves(block);
      if (found.length === 0) return placeInEmpty(block, marker);
      const holder = found.find((leaf) => leaf.start + plainText(leaf.node).length > marker.offset);
      if (holder) placeBefore(holder, marker.offset, marker);
      else placeAtEnd(found[found.length - 1]!, marker);
    },

    /** Code keeps its text in one `value`; the converted element's children are given instead (`data.hChildren`). */
    finish(): void {
      for (const [node, splits] of literalSplits) {
        const value = node.value;
        const children: ElementContent[] = [];
        let from = 0;
        for (const { offset, marker } of [...splits].sort((a, b) => a.offset - b.offset)) {
          if (offset > from) children.push({ type: 'text', value: value.slice(from, offset) });
          children.push(pageBreakElement(marker));
          from = offset;
        }
        // mdast-util-to-hast ends a code block's text with a line break.
        const rest = value.slice(from) + (node.type === 'code' && value ? '\n' : '');
        if (rest) children.push({ type: 'text', value: rest });
        node.data = { ...node.data, hChildren: children };
      }
    },
  };
}
