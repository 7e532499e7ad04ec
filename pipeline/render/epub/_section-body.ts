import type { Root as MdastRoot, Image, ImageReference, Paragraph } from 'mdast';
import { readsAsCaption } from '../../images/captions.ts';
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { toHast, type Handlers } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { externalHref } from './_links.ts';
import type { BlockMarker } from './_page-breaks.ts';
import { withPageMarkers } from './_page-markers.ts';
import { withUrlBreaks } from './_url-breaks.ts';
import { tableElement } from './_tables.ts';

/** Characters XML 1.0 forbids; PDF extraction can leave some (form feeds) in a text. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** The section title is the document's h1, so body headings are h2 … h6. */
const FIRST_BODY_LEVEL = 2;
const LAST_LEVEL = 6;

/**
 * A section's body (mdast, headings from depth 2) as an XHTML fragment: well-formed XML,
 * with heading levels that follow the h1 title without gaps, no images, no links to
 * files or fragments the book does not contain, and the print edition's page-break
 * markers where its pages begin.
 */
export function sectionBodyXhtml(tree: MdastRoot, pageMarkers: readonly BlockMarker[] = [], packaged: ReadonlySet<string> = new Set()): string {
  const hast = toHast(withPageMarkers(withCaptions(tree, packaged), pageMarkers, packaged), { handlers: imageHandlers(packaged) });
  const converted: HastRoot = hast.type === 'root' ? hast : { type: 'root', children: [hast as RootContent] };
  const root: HastRoot = packaged.size > 0 ? { ...converted, children: withFigures(converted.children, packaged) } : converted;
  const prepared: HastRoot = { ...root, children: prepareForXhtml(root.children, elementIds(root.children)) };
  return toHtml(prepared, { closeSelfClosing: true, allowDangerousHtml: false });
}

/**
 * A packaged picture (its url is its path in the EPUB, see pipeline/images) is an <img> with
 * its description. Any other image becomes its alt text: epub-gen-memory would download
 * remote image URLs at build time (a network fetch, and output that changes with the remote
 * file). Keeping the alt text loses no words.
 */
function imageHandlers(packaged: ReadonlySet<string>): Handlers {
  return {
    image: (_state, node: Image): ElementContent | undefined =>
      packaged.has(node.url)
        ? { type: 'element', tagName: 'img', properties: { src: node.url, alt: node.alt ?? '', ...(node.title ? { title: node.title } : {}) }, children: [] }
        : altText(node),
    imageReference: (_state, node: ImageReference) => altText(node),
    table: tableElement,
  };
}

function altText(node: Image | ImageReference): ElementContent | undefined {
  return node.alt ? { type: 'text', value: node.alt } : undefined;
}

/**
 * The paragraph after a packaged picture alone in its paragraph is its caption when it reads as
 * one (see pipeline/images/captions.ts, which print follows too): it becomes a `figcaption`.
 * Only the section's top-level blocks are looked at, as in print.
 */
function withCaptions(tree: MdastRoot, packaged: ReadonlySet<string>): MdastRoot {
  if (packaged.size === 0) return tree;
  let changed = false;
  const children = tree.children.map((node, index) => {
    const before = tree.children[index - 1];
    if (node.type !== 'paragraph' || before?.type !== 'paragraph' || !lonePicture(before, packaged) || !readsAsCaption(node)) return node;
    changed = true;
    return { ...node, data: { ...node.data, hName: 'figcaption' } };
  });
  return changed ? { ...tree, children } : tree;
}

function lonePicture(node: Paragraph, packaged: ReadonlySet<string>): boolean {
  const content = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
  return content.length === 1 && content[0]!.type === 'image' && packaged.has(content[0]!.url);
}

/** A packaged picture alone in its paragraph is a figure, as in print, with the caption after it. */
function withFigures(children: readonly RootContent[], packaged: ReadonlySet<string>): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < children.length; i += 1) {
    const node = children[i]!;
    if (!isElement(node, 'p') || !onlyElement(node, (child) => isElement(child, 'img') && packaged.has(String(child.properties.src)))) {
      // A caption that something (a page marker) parted from its picture stays a paragraph.
      out.push(isElement(node, 'figcaption') ? { ...node, tagName: 'p' } : node);
      continue;
    }
    const figure: Element = { type: 'element', tagName: 'figure', properties: {}, children: [...node.children] };
    // The caption may follow after the white space between blocks.
    let next = i + 1;
    while (next < children.length && children[next]!.type === 'text' && !(children[next] as { value: string }).value.trim()) next += 1;
    const caption = children[next];
    if (caption && isElement(caption, 'figcaption')) {
      figure.children.push({ type: 'text', value: '\n' }, caption);
      i = next;
    }
    out.push(figure);
  }
  return out;
}

function isElement(node: RootContent | ElementContent, tagName: string): node is Element {
  return node.type === 'element' && node.tagName === tagName;
}

/** Whether the element's content is one element that passes `test`, besides white space and page markers. */
function onlyElement(element: Element, test: (child: Element) => boolean): boolean {
  const content = element.children.filter(
    (child) => !(child.type === 'text' && !child.value.trim()) && !(child.type === 'element' && child.tagName === 'span' && child.properties['epub:type'] === 'pagebreak'),
  );
  return content.length === 1 && content[0]!.type === 'element' && test(content[0]!);
}

/**
 * Rewrites the converted tree in document order; the heading outline is state of this one walk.
 * Nodes are appended to the list being built rather than returned in lists of their own, and a
 * text that needs no change is kept as it is: a long book has hundreds of thousands of nodes.
 */
function prepareForXhtml(children: RootContent[], ids: ReadonlySet<string>): RootContent[] {
  const openHeadings: number[] = [];
  const prepareAll = <T extends RootContent>(nodes: readonly T[], into: T[] = [], literal = false): T[] => {
    for (const node of nodes) prepare(node, into as RootContent[], literal);
    return into;
  };
  // `literal`: inside code, where the text is shown as typed and a URL is not broken.
  const prepare = (node: RootContent, into: RootContent[], literal = false): void => {
    if (node.type === 'text') {
      const value = node.value.replace(XML_FORBIDDEN, '');
      const text = value === node.value ? node : { ...node, value };
      const broken = literal ? undefined : withUrlBreaks(text);
      if (broken) into.push(...broken);
      else into.push(text);
      return;
    }
    if (node.type !== 'element') {
      into.push(node);
      return;
    }
    if ('dataFootnotes' in node.properties) {
      // The notes as footnote asides, so reading systems show each as a pop-up at its call.
      for (const aside of footnoteAsides(node)) prepare(aside, into);
      return;
    }
    const element = withFootnoteSemantics(withXmlAttributes(node));
    if (element.tagName === 'a' && !followableLink(element, ids)) {
      prepareAll(element.children, into, literal);
      return;
    }
    const depth = headingDepth(element);
    const tagName = depth === undefined ? element.tagName : `h${nextHeadingLevel(openHeadings, depth)}`;
    into.push({ ...element, tagName, children: prepareAll(element.children, [], literal || element.tagName === 'code' || element.tagName === 'pre') });
  };
  return prepareAll(children);
}

function headingDepth(element: Element): number | undefined {
  const match = /^h([1-6])$/.exec(element.tagName);
  return match ? Number(match[1]) : undefined;
}

/**
 * The level a heading of the given source depth gets, so that no level is skipped
 * (h2 then h4 becomes h2 then h3) while siblings stay siblings. `open` holds the source
 * depths of the headings the new one sits under, and is updated.
 */
function nextHeadingLevel(open: number[], depth: number): number {
  while (open.length > 0 && open[open.length - 1]! >= depth) open.pop();
  const level = Math.min(FIRST_BODY_LEVEL + open.length, LAST_LEVEL);
  open.push(depth);
  return level;
}

/** Ids in the fragment, so that links within it (footnote calls and back-references) can be kept. */
function elementIds(nodes: readonly RootContent[]): Set<string> {
  const ids = new Set<string>();
  const visit = (node: RootContent): void => {
    if (node.type !== 'element') return;
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return ids;
}

/** A link to the web or to an element of the same document; relative links would point at files the EPUB lacks. */
function followableLink(element: Element, ids: ReadonlySet<string>): boolean {
  const href = element.properties.href;
  if (typeof href !== 'string') return false;
  return href.startsWith('#') ? ids.has(href.slice(1)) : externalHref(href) !== undefined;
}

/**
 * mdast-util-to-hast marks footnotes with `data-*` flags only; reading systems and
 * assistive technology recognise them by their EPUB semantics and DPUB-ARIA roles. The
 * calls point at the notes (not at the notes' heading, which the asides do without).
 */
const FOOTNOTE_SEMANTICS: Readonly<Record<string, Record<string, string | undefined>>> = {
  dataFootnoteRef: { 'epub:type': 'noteref', role: 'doc-noteref', ariaDescribedBy: undefined },
  dataFootnoteBackref: { role: 'doc-backlink' },
};

/**
 * mdast-util-to-hast's footnote section (a heading and a list) as one
 * `<aside epub:type="footnote">` per note, keeping the note's id (the call's target), its
 * number and its link back to the call.
 */
function footnoteAsides(section: Element): Element[] {
  const list = section.children.find((child): child is Element => child.type === 'element' && child.tagName === 'ol');
  const items = (list?.children ?? []).filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
  return items.map((item, index) => {
    const children = item.children.filter((child) => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''));
    const first = children[0];
    const number: ElementContent = { type: 'text', value: `${index + 1}. ` };
    const numbered =
      first?.type === 'element' && first.tagName === 'p'
        ? [{ ...first, children: [number, ...first.children] }, ...children.slice(1)]
        : [{ type: 'element', tagName: 'p', properties: {}, children: [number] } as Element, ...children];
    return {
      type: 'element',
      tagName: 'aside',
      properties: { id: item.properties.id, 'epub:type': 'footnote', role: 'doc-footnote' },
      children: numbered,
    };
  });
}

const FOOTNOTE_FLAGS = Object.keys(FOOTNOTE_SEMANTICS);

function withFootnoteSemantics(element: Element): Element {
  const flag = FOOTNOTE_FLAGS.find((name) => name in element.properties);
  return flag ? { ...element, properties: { ...element.properties, ...FOOTNOTE_SEMANTICS[flag] } } : element;
}

/**
 * hast-util-to-html writes a property whose value is `true` as a bare attribute name,
 * which is not XML. The `data-*` flags mdast-util-to-hast generates (on footnotes) mean
 * the same when written empty.
 */
function withXmlAttributes(element: Element): Element {
  // Most elements have no such flag, and are kept as they are.
  if (!Object.keys(element.properties).some((name) => isFlag(name, element.properties[name]))) return element;
  const entries = Object.entries(element.properties).map(([name, value]) => (isFlag(name, value) ? [name, ''] : [name, value]));
  return { ...element, properties: Object.fromEntries(entries) };
}

function isFlag(name: string, value: unknown): boolean {
  return value === true && name.startsWith('data');
}
