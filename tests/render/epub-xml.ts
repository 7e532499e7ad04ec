import { strFromU8, unzipSync } from 'fflate';
import { parseDocument } from 'htmlparser2';
import { findAll, findOne, getAttributeValue, textContent } from 'domutils';
import type { Document, Element } from 'domhandler';

/** Reading an EPUB back in tests: its entries, and its XML documents as trees. */
export interface OpenedEpub {
  files: Record<string, Uint8Array>;
  text(path: string): string;
  xml(path: string): Document;
}

export function openEpub(bytes: Uint8Array): OpenedEpub {
  const files = unzipSync(bytes);
  const text = (path: string): string => {
    const file = files[path];
    if (!file) throw new Error(`no ${path} in the EPUB; it has ${Object.keys(files).join(', ')}`);
    return strFromU8(file);
  };
  return { files, text, xml: (path) => parseDocument(text(path), { xmlMode: true }) };
}

/** Descendants of `root` with this tag name (prefix included: `dc:title`), in document order. */
export function elements(root: Document | Element, name: string): Element[] {
  return findAll((element) => element.name === name, root.children);
}

export function element(root: Document | Element, name: string): Element {
  const found = findOne((candidate) => candidate.name === name, root.children);
  if (!found) throw new Error(`no <${name}> element`);
  return found;
}

export function attribute(node: Element, name: string): string | undefined {
  return getAttributeValue(node, name);
}

export function text(node: Document | Element): string {
  return textContent(node).replace(/\s+/g, ' ').trim();
}

/** Element children only (no text nodes). */
export function childElements(node: Element): Element[] {
  return node.children.filter((child): child is Element => child.type === 'tag');
}
