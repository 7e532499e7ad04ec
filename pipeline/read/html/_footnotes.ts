/**
 * Footnotes in HTML: a `<sup>` holding one link to `#id`, where `id` is a list item of an `<ol>`
 * (mammoth writes Word's notes so; many sites too). References become mdast
 * `footnoteReference`s, the list becomes `footnoteDefinition`s, so the notes stay notes.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import { defaultHandlers, type Handle, type State } from 'hast-util-to-mdast';

function hrefTarget(link: Element): string | undefined {
  const href = link.properties.href;
  return typeof href === 'string' && href.startsWith('#') ? href.slice(1) : undefined;
}

/** `<sup><a href="#id">1</a></sup>`: the note a superscript links to. */
function targetOf(sup: Element): string | undefined {
  const links = sup.children.filter((c): c is Element => c.type === 'element');
  if (links.length !== 1 || links[0]!.tagName !== 'a') return undefined;
  return hrefTarget(links[0]!);
}

/** `<a href="#id"><sup>1</sup></a>` (the other way sites write it): the note a link around a lone superscript leads to. */
function wrappedTargetOf(link: Element): string | undefined {
  const inner = link.children.filter((c) => c.type === 'element' || (c.type === 'text' && c.value.trim() !== ''));
  if (inner.length !== 1 || inner[0]!.type !== 'element' || inner[0]!.tagName !== 'sup') return undefined;
  return hrefTarget(link);
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

/** Arrows alone, with the variation selectors that ask for text or emoji presentation (“↩︎”). */
const BACK_ARROW = /^(?:\s|[\u21a9\u21aa\u2191\u2934\u21b5\u2b06\u25b2\u2303^]\ufe0e?\ufe0f?)+$/u;

function toText(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? toText(c) : '')).join('');
}

/** Back links from a note to its reference (“↑”, “↩”) say nothing in a book. */
export function removeFootnoteBacklinks(tree: HastRoot): void {
  const walk = (parent: HastRoot | Element): void => {
    parent.children = parent.children.filter((child) => {
      if (child.type !== 'element') return true;
      const href = child.properties.href;
      if (child.tagName === 'a' && typeof href === 'string' && /^#(footnote-ref-|fnref)/.test(href)) return false;
      // A link within the page that says nothing but an arrow back (“↩”, “↑”, “^”), whatever its target is named.
      if (child.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && BACK_ARROW.test(toText(child))) return false;
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
  const referenced = new Set(
    [...all.filter((e) => e.tagName === 'sup').map(targetOf), ...all.filter((e) => e.tagName === 'a').map(wrappedTargetOf)].filter((id): id is string => id !== undefined && noteIds.has(id)),
  );
  if (referenced.size === 0) return {};
  return {
    a(state: State, node: Element) {
      const id = wrappedTargetOf(node);
      if (id === undefined || !referenced.has(id)) return defaultHandlers.a(state, node);
      const reference: FootnoteReference = { type: 'footnoteReference', identifier: label(id), label: label(id) };
      return reference as never;
    },
    sup(state: State, node: Element) {
      const id = targetOf(node);
      if (id === undefined || !referenced.has(id)) return state.all(node);
      const reference: FootnoteReference = { type: 'footnoteReference', identifier: label(id), label: label(id) };
      return reference as never;
    },
    ol(state: State, node: Element) {
      const items = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
      if (items.length === 0 || !items.every((li) => referenced.has(li.properties.id as string))) {
        // The library's own list handler: `state.handlers.ol` is this very handler, so calling it
        // would recurse until the stack ran out (a page with notes and any other numbered list).
        return defaultHandlers.ol(state, node);
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
