import type { Nodes, Root } from 'mdast';

/**
 * The first node (in document order) more than `limit` levels below the root, found without
 * recursion, so a tree too deep for the recursive walkers after it is refused, not crashed on.
 */
export function nodeTooDeep(tree: Root, limit: number): Nodes | undefined {
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return node;
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, depth + 1]);
    }
  }
  return undefined;
}

/**
 * How deep a Markdown text's containers (block quotes and list items) nest, and the offset of
 * the first line that goes deeper than `limit`, from one pass over the lines: each list item
 * is remembered by the column its content starts at, and a line less indented closes it. The
 * parser's cost grows with depth times lines, so this runs before it.
 */
export function markdownNesting(text: string, limit: number): { depth: number; offset?: number } {
  const open: number[] = [];
  let deepest = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end === -1) end = text.length;
    let at = lineStart;
    while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
    if (at < end) {
      const indent = at - lineStart;
      while (open.length > 0 && open[open.length - 1]! > indent) open.pop();
      let quotes = 0;
      // Markers on one line open one level each: "> > - 1. item".
      for (;;) {
        if (text[at] === '>') {
          quotes++;
          at++;
        } else {
          const marker = /^(?:[-+*]|\d{1,9}[.)])[ \t]/.exec(text.slice(at, Math.min(end, at + 12)));
          if (!marker) break;
          at += marker[0].length;
          open.push(at - lineStart);
        }
        while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
      }
      const depth = open.length + quotes;
      if (depth > deepest) deepest = depth;
      if (depth > limit) return { depth, offset: lineStart };
    }
    lineStart = end + 1;
  }
  return { depth: deepest };
}

/**
 * How deep emphasis delimiters (`*`, `_`) nest within one paragraph, and where they first go
 * deeper than `limit`. Matching closers against open delimiters costs the parser the depth of
 * the open ones for every closer, so `*a _b *c …` thousands deep takes it minutes; this counts
 * the open ones in one pass, loosely as CommonMark flanks them (a run before a non-space
 * opens, one after a non-space closes the nearest open run of its character).
 */
export function emphasisNesting(text: string, limit: number): { depth: number; offset?: number } {
  const run = /[*_]+|\n[ \t]*\n/g;
  const open: string[] = [];
  let deepest = 0;
  for (let m = run.exec(text); m; m = run.exec(text)) {
    if (m[0][0] === '\n') {
      open.length = 0; // a blank line ends the paragraph
      continue;
    }
    const before = text[m.index - 1] ?? ' ';
    const after = text[m.index + m[0].length] ?? ' ';
    const char = m[0][0]!;
    const closes = !/\s/.test(before) && open.lastIndexOf(char) !== -1;
    if (closes) {
      open.length = open.lastIndexOf(char);
    } else if (!/\s/.test(after)) {
      open.push(char);
      if (open.length > deepest) deepest = open.length;
      if (open.length > limit) return { depth: open.length, offset: m.index };
    }
  }
  return { depth: deepest };
}

/** The footnote definition past which a piece has more than `limit`, found without recursion. */
export function footnoteBeyond(tree: Root, limit: number): Nodes | undefined {
  let count = 0;
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'footnoteDefinition' && ++count > limit) return node;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return undefined;
}
