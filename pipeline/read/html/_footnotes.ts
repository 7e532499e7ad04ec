/**
 * Footnotes in HTML: a `<sup>` holding one link to `#id`, where `id` is a list item of an `<ol>`
 * (mammoth writes Word's notes so; many sites too). References become mdast
 * `footnoteReference`s, the list becomes `footnoteDefinition`s, so the notes stay notes.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import type { Handle, State } from 'hast-util-to-mdast';

function targetOf(sup: Element): string | undefined {
  const links = sup.children.filter((c): c is Element => c.type === 'element');
  if (links.length !== 1 || links[0]!.tagName !== 'a') return undefined;
  const href = links[0]!.properties.href;
  return typeof href === 'string' && href.startsWith('#') ? href.slice(1) : undefined;
}

function elements(node: HastRoot | Element, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type === 'element') {
      found.push(child);
      elements(child, found);
    }
  }
  return found;
}

/** Back links from a note to its reference (“↑”, “↩”) say nothing in a book. */
export function removeFootnoteBacklinks(tree: HastRoot): void {
  const walk = (parent: HastRoot | Element): void => {
    parent.children = parent.children.filter((child) => {
      if (child.type !== 'element') return true;
      const href = child.properties.href;
      if (child.tagName === 'a' && typeof href === 'string' && /^#(footnote-ref-|fnref)/.test(href)) return false;
      walk(child);
      return true;
    }) as typeof parent.children;
  };
  walk(tree);
}

const label = (id: string): string => id.replace(/^(footnote-|fn[-:]?)/, '') || id;

export function footnoteHandlers(tree: HastRoot): Record<string, Handle> {
  const all = elements(tree);
  const noteIds = new Set(all.filter((e) => e.tagName === 'li' && typeof e.properties.id === 'string').map((e) => e.properties.id as string));
  const referenced = new Set(all.filter((e) => e.tagName === 'sup').map(targetOf).filter((id): id is string => id !== undefined && noteIds.has(id)));
  if (referenced.size === 0) return {};
  return {
    sup(state: State, node: Element) {
      const id = targetOf(node);
      if (id === undefined || !referenced.has(id)) return state.all(node);
      const reference: FootnoteReference = { type: 'footnoteReference', identifier: label(id), label: label(id) };
      return reference as never;
    },
    ol(state: State, node: Element) {
      const items = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
      if (items.length === 0 || !items.every((li) => referenced.has(li.properties.id as string))) {
        return state.handlers.ol!(state, node, undefined);
      }
      return items.map((li): FootnoteDefinition => ({
        type: 'footnoteDefinition',
        identifier: label(li.properties.id as string),
        label: label(li.properties.id as string),
        children: state.toFlow(state.all(li) as never) as FootnoteDefinition['children'],
      })) as never;
    },
  } as Record<string, Handle>;
}

export type { ElementContent };
