/**
 * Raw HTML in a body, made safe and turned into plain mdast the renderers already know.
 * The HTML is parsed as a browser would (hast-util-raw, parse5), sanitized to a small schema
 * of inline formatting and simple blocks (hast-util-sanitize), and converted back to mdast:
 * no `html` node leaves the parse stage, so no renderer ever sees script, iframe, event
 * handlers or javascript: URLs.
 */
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { BlockContent, Image, List, ListItem, Nodes as MdastNodes, PhrasingContent, RootContent } from 'mdast';
import { raw } from 'hast-util-raw';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHast } from 'mdast-util-to-hast';

/** What sanitizing removed, so the caller can warn at the right place. */
export interface HtmlFinding {
  ruleId: 'html/unsafe-element' | 'html/event-handler' | 'html/unsafe-url' | 'html/image';
  message: string;
  /** For `html/image`: the image's alt text. */
  alt?: string;
  /** For `html/image`: the image's src. */
  url?: string;
}

const PHRASING = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'kbd',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

/** Elements removed with everything inside them: active content, forms, embedded documents. */
const UNSAFE = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'select',
  'textarea', 'link', 'meta', 'base', 'svg', 'math', 'template', 'noscript', 'audio', 'video', 'canvas', 'title', 'head',
];

const SCHEMA: Schema = {
  tagNames: [
    ...PHRASING, 'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'nav', 'figure', 'figcaption',
    'center', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table',
    'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
  ],
  attributes: { a: ['href'], img: ['alt', 'src'], ol: ['start'] },
  // An image's src may only be a path (no scheme): files in the source folder are all a build reads.
  protocols: { href: ['http', 'https', 'mailto'], src: [] },
  strip: UNSAFE,
  ancestors: {},
  required: {},
  clobber: [],
};

/** Finds what the sanitizer will remove, for the editor's benefit. */
function findUnsafe(tree: HastNodes, findings: HtmlFinding[]): void {
  if (tree.type === 'element') {
    if (UNSAFE.includes(tree.tagName)) {
      findings.push({ ruleId: 'html/unsafe-element', message: `Unexpected <${tree.tagName}> in raw HTML: removed with its content` });
      return;
    }
    for (const [name, value] of Object.entries(tree.properties)) {
      if (/^on[a-z]/i.test(name)) {
        findings.push({ ruleId: 'html/event-handler', message: `Unexpected event handler ${name.toLowerCase()} on <${tree.tagName}> in raw HTML: removed` });
      } else if (typeof value === 'string' && /^\s*(javascript|vbscript|data):/i.test(value)) {
        findings.push({ ruleId: 'html/unsafe-url', message: `Unexpected ${value.split(':')[0]!.trim().toLowerCase()}: URL on <${tree.tagName}> in raw HTML: removed` });
      }
    }
    if (tree.tagName === 'img') {
      const src = tree.properties.src;
      const alt = tree.properties.alt;
      findings.push({ ruleId: 'html/image', message: '', url: typeof src === 'string' ? src : '', alt: typeof alt === 'string' ? alt : '' });
    }
  }
  if ('children' in tree) for (const child of tree.children) findUnsafe(child as HastNodes, findings);
}

function parseAndSanitize(root: HastRoot, findings: HtmlFinding[]): HastRoot {
  const parsed = raw(root) as HastRoot;
  findUnsafe(parsed, findings);
  return sanitize(parsed, SCHEMA) as HastRoot;
}

/** A block `html` node → mdast blocks. */
export function htmlToBlocks(value: string, findings: HtmlFinding[]): BlockContent[] {
  const safe = parseAndSanitize({ type: 'root', children: [{ type: 'raw', value } as unknown as HastContent] }, findings);
  return toBlocks(safe.children);
}

/** The phrasing children of a paragraph or heading that contain inline `html` → safe phrasing. */
export function phrasingWithHtml(children: PhrasingContent[], findings: HtmlFinding[]): PhrasingContent[] {
  const hast = toHast({ type: 'paragraph', children }, { allowDangerousHtml: true }) as Element;
  const safe = parseAndSanitize({ type: 'root', children: hast.children as HastContent[] }, findings);
  return toPhrasing(safe.children);
}

function textOf(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.tagName === 'br') return '\n';
  return 'children' in node ? node.children.map((child) => textOf(child as HastNodes)).join('') : '';
}

function toPhrasing(nodes: readonly (HastContent | ElementContent)[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value) out.push({ type: 'text', value: node.value });
      continue;
    }
    if (node.type !== 'element') continue;
    const children = () => toPhrasing(node.children);
    switch (node.tagName) {
      case 'em':
      case 'i':
      case 'cite':
      case 'dfn':
      case 'var':
        out.push({ type: 'emphasis', children: children() });
        break;
      case 'strong':
      case 'b':
        out.push({ type: 'strong', children: children() });
        break;
      case 'code':
      case 'kbd':
      case 'samp':
      case 'tt':
        out.push({ type: 'inlineCode', value: textOf(node) });
        break;
      case 'del':
      case 's':
      case 'strike':
        out.push({ type: 'delete', children: children() });
        break;
      case 'br':
        out.push({ type: 'break' });
        break;
      case 'img': {
        // A picture, like a Markdown image (checked and read later, and only from the source
        // folder); without a src, its description is all there is.
        const alt = typeof node.properties.alt === 'string' ? node.properties.alt : '';
        const src = node.properties.src;
        if (typeof src === 'string' && src) out.push({ type: 'image', url: src, alt, data: { fromHtml: true } as Image['data'] });
        else if (alt) out.push({ type: 'text', value: alt });
        break;
      }
      case 'a': {
        const href = node.properties.href;
        if (typeof href === 'string' && href) out.push({ type: 'link', url: href, children: children() });
        else out.push(...children());
        break;
      }
      default:
        out.push(...children());
    }
  }
  return out;
}

function paragraphOf(children: PhrasingContent[]): BlockContent[] {
  const hasText = children.some((c) => c.type !== 'text' || c.value.trim() !== '');
  if (!hasText) return [];
  // Leading and trailing white space of an HTML block is layout, not text.
  const first = children[0];
  if (first?.type === 'text') children[0] = { ...first, value: first.value.replace(/^\s+/, '') };
  const last = children[children.length - 1];
  if (last?.type === 'text') children[children.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') };
  return [{ type: 'paragraph', children: children.filter((c) => c.type !== 'text' || c.value !== '') }];
}

function toBlocks(nodes: readonly (HastContent | ElementContent)[]): BlockContent[] {
  const out: BlockContent[] = [];
  let run: (HastContent | ElementContent)[] = [];
  const flush = () => {
    if (run.length) out.push(...paragraphOf(toPhrasing(run)));
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'text' || (node.type === 'element' && PHRASING.has(node.tagName))) {
      run.push(node);
      continue;
    }
    if (node.type !== 'element') continue;
    flush();
    const heading = /^h([1-6])$/.exec(node.tagName);
    if (heading) {
      const children = toPhrasing(node.children);
      // The section title is the only depth-1 heading.
      if (children.length) out.push({ type: 'heading', depth: Math.max(2, Number(heading[1])) as 2, children });
    } else if (node.tagName === 'p') {
      out.push(...paragraphOf(toPhrasing(node.children)));
    } else if (node.tagName === 'blockquote') {
      const children = toBlocks(node.children);
      if (children.length) out.push({ type: 'blockquote', children });
    } else if (node.tagName === 'ul' || node.tagName === 'ol') {
      const items: ListItem[] = node.children
        .filter((child): child is Element => child.type === 'element' && child.tagName === 'li')
        .map((li): ListItem => ({ type: 'listItem', spread: false, children: toBlocks(li.children) }))
        .filter((item) => item.children.length > 0);
      const start = Number(node.properties.start);
      const list: List = { type: 'list', ordered: node.tagName === 'ol', spread: false, children: items };
      if (list.ordered) list.start = Number.isFinite(start) ? start : 1;
      if (items.length) out.push(list);
    } else if (node.tagName === 'pre') {
      out.push({ type: 'code', value: textOf(node).replace(/\n$/, '') });
    } else if (node.tagName === 'hr') {
      out.push({ type: 'thematicBreak' });
    } else {
      out.push(...toBlocks(node.children));
    }
  }
  flush();
  return out;
}

/** True when a node or any node inside it is raw HTML. */
export function containsHtml(node: MdastNodes | RootContent): boolean {
  if (node.type === 'html') return true;
  return 'children' in node && (node.children as RootContent[]).some(containsHtml);
}
