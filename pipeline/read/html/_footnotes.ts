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

/** A note's mark as a link's whole text: “1”, “[2]”, “(3)”, “*”, “†”. */
const MARK = /^\s*[[(]?(?:\d{1,3}|[*†‡§])[\])]?\s*$/u;
const INLINE = new Set(['a', 'span', 'sup', 'b', 'strong', 'i', 'em', 'small']);
/** A note runs to a few hundred words at most: a larger block around a target is the text itself. */
const MAX_NOTE_WORDS = 400;

/**
 * A link to a block further down is a note's only when the block says so: it links back to the
 * reference, or its id names a note; and it is no heading (“see part <a href="#part-2">2</a>”).
 */
function saysItIsANote(block: Element, reference: Element, id: string): boolean {
  const inside = elements(block);
  if (/^h[1-6]$/.test(block.tagName) || inside.some((e) => /^h[1-6]$/.test(e.tagName))) return false;
  const back = typeof reference.properties.id === 'string' ? `#${reference.properties.id}` : undefined;
  return (back !== undefined && inside.some((e) => e.tagName === 'a' && e.properties.href === back)) || /(?:^|[^a-z])(?:foot|end)?notes?(?:[^a-z]|$)|^fn|fn$/i.test(id);
}

/** The block without the note's own number, and without the blocks that held nothing else. */
function without(block: Element, mark: Element | undefined): Element {
  const prune = (node: Element): Element => ({
    ...node,
    children: node.children.flatMap((child): ElementContent[] => {
      if (child === mark) return [];
      if (child.type !== 'element') return [child];
      const kept = prune(child);
      return child.children.length > 0 && !toText(kept).trim() && !kept.children.some((c) => c.type === 'element' && c.tagName === 'img') ? [] : [kept];
    }),
  });
  return prune(block);
}

/**
 * Notes written the other ways sites write them, made the `<sup>` and `<ol>` form the handlers
 * read: a bare link whose text is a mark (“1”) leading to `#id` further down the page, where
 * `id` is the note's block or the number at its start (Substack, Ghost and many themes write
 * `<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1">1</a><div>…</div></div>`).
 * Without this, the note's number stood in the text as a link to nowhere and the note as a
 * paragraph of the text after the last; and Readability, judging the notes' short blocks as
 * clutter, dropped them. Runs on the whole page before Readability weighs it; returns whether it
 * changed anything.
 */
export function normaliseNotes(tree: HastRoot): boolean {
  const order: Element[] = [];
  const parent = new Map<Element, HastRoot | Element>();
  const walk = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      order.push(child);
      parent.set(child, node);
      walk(child);
    }
  };
  walk(tree);
  const byId = new Map<string, Element>();
  for (const e of order) if (typeof e.properties.id === 'string' && !byId.has(e.properties.id)) byId.set(e.properties.id, e);
  const position = new Map(order.map((e, k) => [e, k]));
  const insideSup = (e: Element): boolean => {
    for (let at = parent.get(e); at && at.type === 'element'; at = parent.get(at)) if (at.tagName === 'sup') return true;
    return false;
  };
  const notes: { reference: Element; id: string; block: Element; mark?: Element }[] = [];
  const taken = new Set<Element>();
  for (const link of order) {
    if (link.tagName !== 'a' || !MARK.test(toText(link)) || insideSup(link)) continue;
    const id = hrefTarget(link);
    const target = id !== undefined ? byId.get(id) : undefined;
    if (!target || target.tagName === 'li') continue;
    // The note is the smallest block around the target that holds more than the mark (a page may set the mark in a paragraph of its own).
    let block: Element | undefined = INLINE.has(target.tagName) ? undefined : target;
    const holdsNote = (candidate: Element): boolean => (candidate === target ? toText(candidate) : toText(candidate).replace(toText(target), '')).trim() !== '';
    for (let at = parent.get(target); !block || !holdsNote(block); at = parent.get(at as Element)) {
      if (at?.type !== 'element' || position.get(at)! <= position.get(link)! || toText(at).split(/\s+/).length > MAX_NOTE_WORDS) {
        block = undefined;
        break;
      }
      block = at;
    }
    if (!block || taken.has(block) || position.get(block)! <= position.get(link)! || !saysItIsANote(block, link, id!)) continue;
    taken.add(block);
    notes.push({ reference: link, id: id!, block, ...(block !== target ? { mark: target } : {}) });
  }
  if (notes.length === 0) return false;
  for (const { reference } of notes) {
    const holder = parent.get(reference)!;
    const at = holder.children.indexOf(reference);
    const mark = toText(reference).replace(/[[\]()\s]/g, '');
    const link: Element = { type: 'element', tagName: 'a', properties: { href: reference.properties.href }, children: [{ type: 'text', value: mark }] };
    holder.children[at] = { type: 'element', tagName: 'sup', properties: {}, children: [link] };
  }
  const items: Element[] = notes.map(({ id, block, mark }) => ({ type: 'element', tagName: 'li', properties: { id }, children: without(block, mark).children }));
  const first = notes[0]!.block;
  const list: Element = { type: 'element', tagName: 'ol', properties: {}, children: items };
  for (const { block } of notes) {
    const holder = parent.get(block)!;
    const at = holder.children.indexOf(block);
    if (block === first) holder.children[at] = list;
    else holder.children.splice(at, 1);
  }
  return true;
}
