/**
 * The HTML reader: a saved web page (or the HTML mammoth makes of a Word file) → the body
 * Markdown the cleaner takes. Readability finds the article; the article is parsed with
 * rehype-parse, sanitized to the schema raw HTML gets in a manuscript, cleared of the web
 * furniture Readability keeps, and turned into mdast with rehype-remark's hast-util-to-mdast.
 * What the page says about itself (title, author, date, site, URL) becomes front-matter
 * defaults. Every block of the page that did not reach the article is listed with its
 * line:column in the HTML.
 */
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { Heading, Root as MdastRoot } from 'mdast';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toMdast } from 'hast-util-to-mdast';
import { toHtml } from 'hast-util-to-html';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toString as mdastText } from 'mdast-util-to-string';
import type { Diagnostic, EditRecord } from '../../types.ts';
import { diagnostic, lineStarts, placeOf } from '../../diagnostics.ts';
import type { DocumentMeta, ReadResult } from '../_types.ts';
import { pageMetadata } from './_metadata.ts';
import { webFurnitureRule } from './_web-furniture.ts';
import { footnoteHandlers, normaliseNotes, removeFootnoteBacklinks } from './_footnotes.ts';
import { createUnsupported, replaceUnsupported, tableHandlers } from './_unsupported.ts';
import { removeTemplateFurniture, type DomElement } from './_boilerplate.ts';
import { removeArticleHead } from './_head.ts';
import { findSubtitle } from './_subtitle.ts';
import type { SourceBlock } from '../_places.ts';

export interface HtmlReadOptions {
  /** The file as shown in messages. */
  file: string;
  /**
   * Find the article with Readability (a web page). Off for HTML that is all document, such as
   * a Word file's: Readability would judge its short paragraphs and notes as clutter.
   */
  findArticle?: boolean;
  /** Metadata already known (a Word file's properties); the page's own come after. */
  meta?: DocumentMeta;
  kind?: 'html' | 'docx';
  /** Whether a picture's `src` (relative to the page) is a file inside the source folder: such pictures stay. */
  localImage?: (src: string) => boolean;
}

const PHRASING = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
];

/** The manuscript schema for raw HTML, with the ids and links footnotes need. */
const SCHEMA: Schema = {
  tagNames: [
    ...PHRASING, 'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'figure', 'figcaption', 'center',
    'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead',
    'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'img',
  ],
  attributes: { a: ['href', 'id'], li: ['id'], img: ['alt', 'src'], ol: ['start'], sup: ['id'], td: ['colSpan', 'rowSpan', 'align'], th: ['colSpan', 'rowSpan', 'align'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'select', 'textarea', 'svg', 'math', 'template', 'noscript', 'audio', 'video', 'canvas', 'title', 'head', 'nav'],
  ancestors: {},
  required: {},
  clobber: [],
};

/** Blocks whose text is judged whole: furniture is a block, not a part of one. */
const BLOCKS = new Set(['p', 'li', 'div', 'section', 'aside', 'header', 'footer', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'dt', 'dd', 'td', 'th', 'caption', 'pre', 'form', 'button', 'label', 'details', 'summary', 'article', 'main', 'ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'figure', 'address', 'center']);
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math']);

/** A link within the page whose text is a number, perhaps bracketed: maybe a note's mark. */
const BARE_NOTE_LINK = /<a\s[^>]{0,300}href=["']#[^"']{1,120}["'][^>]{0,300}>\s{0,5}[[(]?\d{1,3}[\])]?\s{0,5}<\/a>/i;

/** Readability's article must hold at least this many words to be one. */
const MIN_ARTICLE_WORDS = 30;

/** A superscript link within the page, or a link around a lone superscript: a note's mark. */
function isNoteMark(node: Element): boolean {
  const inner = node.children.filter((c): c is Element => c.type === 'element');
  if (inner.length !== 1) return false;
  const link = node.tagName === 'sup' && inner[0]!.tagName === 'a' ? inner[0]! : node.tagName === 'a' && inner[0]!.tagName === 'sup' ? node : undefined;
  const href = link?.properties.href;
  return typeof href === 'string' && href.startsWith('#');
}

/** The text of a node; `withoutNoteMarks` leaves out the marks that point to notes. */
export function textOf(node: HastNodes, withoutNoteMarks = false): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && SKIPPED.has(node.tagName)) return '';
  if (withoutNoteMarks && node.type === 'element' && isNoteMark(node)) return '';
  if (node.type === 'element' && node.tagName === 'br') return ' ';
  if ('children' in node) return node.children.map((child) => textOf(child as HastNodes, withoutNoteMarks)).join('');
  return '';
}

/** Letters and digits only, lower case, single spaces: text as compared across conversions. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const isBlock = (node: ElementContent): node is Element => node.type === 'element' && BLOCKS.has(node.tagName);

/** Blocks with text of their own and no block inside: the units furniture is judged by. */
export function leafBlocks(node: HastNodes, found: Element[] = []): Element[] {
  if (node.type === 'element' && SKIPPED.has(node.tagName)) return found;
  if (!('children' in node)) return found;
  const children = node.children as ElementContent[];
  if (node.type === 'element' && BLOCKS.has(node.tagName) && !children.some(isBlock)) {
    if (textOf(node).trim()) found.push(node);
    return found;
  }
  for (const child of children) leafBlocks(child as HastNodes, found);
  return found;
}

/**
 * Takes out of the tree every leaf block (a block with no block inside) for which `drop` says
 * yes; other elements are walked into.
 */
function dropLeafBlocks(tree: HastRoot, drop: (block: Element) => boolean): void {
  const walk = (parent: HastRoot | Element): void => {
    parent.children = parent.children.filter((child) => {
      if (child.type !== 'element') return true;
      // A table's cell is part of its row, never furniture of its own: dropping it would shift the cells after it.
      if (child.tagName === 'td' || child.tagName === 'th') return true;
      if (BLOCKS.has(child.tagName) && !child.children.some(isBlock)) return !drop(child);
      walk(child);
      return true;
    }) as typeof parent.children;
  };
  walk(tree);
}

/** Removes web furniture blocks from the article, returning their texts with the rule each broke. */
function removeWebFurniture(tree: HastRoot): Map<string, string> {
  const removed = new Map<string, string>();
  dropLeafBlocks(tree, (block) => {
    const text = textOf(block);
    const rule = webFurnitureRule(text);
    if (rule) removed.set(comparable(text), rule);
    return rule !== undefined;
  });
  return removed;
}

/** Removes the leaf blocks whose text is one of `keys`, returning the keys removed. */
function removeBlocks(tree: HastRoot, keys: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  if (keys.size === 0) return removed;
  dropLeafBlocks(tree, (block) => {
    const key = comparable(textOf(block));
    const drop = key !== '' && keys.has(key);
    if (drop) removed.push(key);
    return drop;
  });
  return removed;
}

function noteHref(node: Element): string | undefined {
  if (!isNoteMark(node)) return undefined;
  const link = node.tagName === 'a' ? node : (node.children.find((c): c is Element => c.type === 'element') as Element);
  return (link.properties.href as string).slice(1);
}

/**
 * Notes the article links to that Readability left behind (a footnote list after the
 * `<article>`, in a section of its own): their list items are appended to the article as one
 * `<ol>`, so the references stay notes and the notes' text is kept, where the marks were left
 * as bare numbers and the notes dropped.
 */
function recoverNotes(article: HastRoot, page: HastRoot): void {
  const inArticle = new Set<string>();
  const wanted: string[] = [];
  const walk = (parent: HastRoot | Element): void => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (typeof child.properties.id === 'string') inArticle.add(child.properties.id);
      const target = noteHref(child);
      if (target !== undefined) wanted.push(target);
      walk(child);
    }
  };
  walk(article);
  const missing = new Set(wanted.filter((id) => !inArticle.has(id)));
  if (missing.size === 0) return;
  const items: Element[] = [];
  const find = (parent: HastRoot | Element): void => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'li' && typeof child.properties.id === 'string' && missing.has(child.properties.id)) items.push(structuredClone(child));
      else find(child);
    }
  };
  find(page);
  if (items.length > 0) article.children.push({ type: 'element', tagName: 'ol', properties: {}, children: items });
}

/**
 * A ruby annotation (a reading over Japanese or Chinese characters) follows its base text in
 * parentheses, as the `<rp>` fallback a browser without ruby shows: unwrapped bare, the reading
 * ran into the word it annotates (“協同組合きょうどうくみあい”). Ruby that brings its own `<rp>` keeps it.
 */
function parenthesizeRubyText(tree: HastRoot): void {
  const walk = (parent: HastRoot | Element): void => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'ruby' && !child.children.some((c) => c.type === 'element' && c.tagName === 'rp')) {
        child.children = child.children.flatMap((c): ElementContent[] =>
          c.type === 'element' && c.tagName === 'rt' ? [{ type: 'text', value: '(' }, ...c.children, { type: 'text', value: ')' }] : [c as ElementContent],
        );
      }
      walk(child);
    }
  };
  walk(tree);
}

/** A `src` that names a file beside the page: no scheme, no host, no data, not from the site's root. */
const RELATIVE_SRC = /^(?![a-z][a-z0-9+.-]*:|\/)\S/i;

/**
 * Pictures the book cannot carry (from the network, or not saved with the page) are taken out,
 * their alt texts returned for the report. A picture saved beside the page (`localImage`) stays,
 * and its figure's caption is set in italics right after it, which the build takes for the
 * picture's caption (pipeline/images/captions.ts).
 */
function removeImages(tree: HastRoot, localImage?: (src: string) => boolean): string[] {
  const alts: string[] = [];
  const keeps = (node: Element): boolean => {
    const src = node.properties.src;
    return localImage !== undefined && typeof src === 'string' && RELATIVE_SRC.test(src) && localImage(src);
  };
  const walk = (parent: HastRoot | Element): void => {
    parent.children = parent.children.filter((child) => {
      if (child.type !== 'element') return true;
      if (child.tagName === 'img') {
        if (keeps(child)) return true;
        alts.push(typeof child.properties.alt === 'string' ? child.properties.alt : '');
        return false;
      }
      walk(child);
      return true;
    }) as typeof parent.children;
    if (parent.type === 'element' && parent.tagName === 'figure' && hasImage(parent)) {
      for (const child of parent.children) {
        if (child.type === 'element' && child.tagName === 'figcaption' && textOf(child).trim()) {
          child.tagName = 'p';
          child.children = [{ type: 'element', tagName: 'em', properties: {}, children: child.children }];
        }
      }
    }
  };
  walk(tree);
  return alts;
}

function hasImage(node: Element): boolean {
  return node.children.some((child) => child.type === 'element' && (child.tagName === 'img' || hasImage(child)));
}

/**
 * A link with no target (`<a id="…">`, a Word bookmark or a heading's anchor) is no link: its
 * text, if any, stays in its place, or it would become an empty `[]()` in the Markdown.
 */
function unwrapAnchors(tree: HastRoot): void {
  const walk = (parent: HastRoot | Element): void => {
    parent.children = parent.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child as ElementContent];
      walk(child);
      return child.tagName === 'a' && typeof child.properties.href !== 'string' ? child.children : [child];
    }) as typeof parent.children;
  };
  walk(tree);
}

/**
 * The page's subtitle (see _subtitle.ts) opens the text as a standfirst, in italics: where
 * Readability kept it among the paragraphs, that block is set so; where it dropped it with the
 * header around the headline, it is put back, so that no word of it is lost.
 */
function setStandfirst(tree: HastRoot, subtitle: string): void {
  const key = comparable(subtitle);
  removeBlocks(tree, new Set([key]));
  const text: ElementContent = { type: 'text', value: subtitle };
  // Under the headline where the text still has it (a Word file's Title), which then goes as the title.
  const first = tree.children.findIndex((child) => child.type === 'element');
  const at = first !== -1 && (tree.children[first] as Element).tagName === 'h1' ? first + 1 : 0;
  tree.children.splice(at, 0, { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'em', properties: {}, children: [text] }] });
}

/** Body headings start at `##`: the title is the piece's one `#`, set by the cleaner. */
function normaliseHeadings(tree: MdastRoot, title: string | undefined): string | undefined {
  const headings: Heading[] = tree.children.filter((node): node is Heading => node.type === 'heading');
  let droppedTitle: string | undefined;
  const first = tree.children[0];
  if (first?.type === 'heading' && title !== undefined && comparable(mdastText(first)) === comparable(title)) {
    droppedTitle = mdastText(first);
    tree.children.shift();
    headings.shift();
  }
  const top = Math.min(...headings.map((h) => h.depth));
  if (Number.isFinite(top) && top !== 2) for (const h of headings) h.depth = Math.min(6, Math.max(2, h.depth - top + 2)) as Heading['depth'];
  return droppedTitle;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Trims the site's name from a `<title>` such as “The piece | The Site”. */
function withoutSiteName(title: string | undefined, site: string | undefined): string | undefined {
  if (!title) return title;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  if (site && parts.some((part) => comparable(part) === comparable(site))) return parts.filter((part) => comparable(part) !== comparable(site)).join(' – ');
  return parts.length === 2 ? parts[0] : title;
}

export function readHtml(html: string, options: HtmlReadOptions): ReadResult {
  const file = options.file;
  const findArticle = options.findArticle ?? true;
  const diagnostics: Diagnostic[] = [];
  const positioned = unified().use(rehypeParse).parse(html);

  // Notes in the forms the handlers do not read are made that form first, on a copy: `positioned` keeps the page as written, for places.
  const notesPage = BARE_NOTE_LINK.test(html) ? (structuredClone(positioned) as HastRoot) : undefined;
  const renoted = notesPage !== undefined && normaliseNotes(notesPage);
  const { document } = parseHTML(renoted ? toHtml(notesPage) : html);
  const page = pageMetadata(document as never);
  const meta: DocumentMeta = { ...page.meta, ...options.meta };
  const metaOrigins = { ...page.origins };
  for (const key of Object.keys(options.meta ?? {}) as (keyof DocumentMeta)[]) metaOrigins[key] = 'document properties';
  if (metaOrigins.title === '<title>') meta.title = withoutSiteName(meta.title, meta.publication);

  let articleHtml = html;
  let template: { key: string; hint: string }[] = [];
  let trailing = new Set<string>();
  // The subtitle under the headline (a Word file's Subtitle paragraph under its Title) becomes the
  // piece's subtitle, which the book sets under its title; the text still opens with it (setStandfirst),
  // and the cleaner takes that line out as the metadata repeated unless the editor gave another.
  const headline = meta.title ?? (findArticle ? undefined : document.body?.querySelector('h1')?.textContent?.trim());
  const subtitle = document.body ? findSubtitle(document.body as unknown as DomElement, headline) : undefined;
  if (subtitle !== undefined && meta.subtitle === undefined) {
    meta.subtitle = subtitle;
    metaOrigins.subtitle = 'the line under the headline';
  }
  if (findArticle) {
    // The theme's furniture goes before Readability weighs the page: it keeps what sits in the article's own container.
    if (document.body) {
      const found = removeTemplateFurniture(document.body as unknown as DomElement);
      template = found.removed.map((r) => ({ key: ` ${comparable(r.text)} `, hint: r.hint }));
      trailing = new Set(found.trailing.map(comparable));
    }
    const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    if (!article?.content || wordCount(article.textContent ?? '') < MIN_ARTICLE_WORDS) {
      diagnostics.push(
        diagnostic(file, 'error', 'html/no-article', `Unexpected page with no article in it (fewer than ${MIN_ARTICLE_WORDS} words of running text): save the page that holds the text itself`, { line: 1, column: 1 }),
      );
      return { kind: options.kind ?? 'html', markdown: '', meta, metaOrigins, edits: [], diagnostics };
    }
    articleHtml = article.content;
    if (article.byline && !meta.author) {
      meta.author = article.byline.replace(/^by\s+/i, '').trim();
      metaOrigins.author = 'byline';
    }
    if (article.title && !meta.title) {
      meta.title = article.title;
      metaOrigins.title = 'Readability';
    }
  }

  const fragment = unified().use(rehypeParse, { fragment: true }).parse(articleHtml);
  parenthesizeRubyText(fragment);
  if (findArticle) recoverNotes(fragment, renoted ? notesPage : positioned);
  const safe = sanitize(fragment, SCHEMA) as HastRoot;
  const images = removeImages(safe, options.localImage);
  removeFootnoteBacklinks(safe);
  unwrapAnchors(safe);
  const furniture = removeWebFurniture(safe);
  const head = new Map<string, string>();
  if (findArticle) {
    const isLeaf = (node: Element): boolean => BLOCKS.has(node.tagName) && !node.children.some(isBlock);
    for (const [text, rule] of removeArticleHead(safe, isLeaf, (node) => textOf(node), meta.date !== undefined)) {
      furniture.set(comparable(text), rule);
      head.set(text, rule);
    }
  }
  for (const key of removeBlocks(safe, trailing)) furniture.set(key, 'html/after-article');
  if (subtitle) setStandfirst(safe, subtitle);
  const unsupported = createUnsupported();
  const mdast = toMdast(safe, { handlers: { ...footnoteHandlers(safe), ...tableHandlers(unsupported) } }) as MdastRoot;
  replaceUnsupported(mdast, unsupported);
  if (unsupported.tables > 0) {
    const why = [...new Set(unsupported.reasons)].join(', ');
    diagnostics.push(diagnostic(file, 'warning', 'html/table', `Unexpected ${unsupported.tables === 1 ? 'table' : `${unsupported.tables} tables`} with ${why}, which a pipe table cannot carry: set as a list of rows, cells apart by “·”; every cell's text is kept`));
  }
  if (unsupported.struck > 0) {
    // Struck words are set struck through, as in the source ("was ~~ten~~ twelve shillings"); a draft's
    // crossings-out may not be meant for print: the editor decides.
    const quoted = unsupported.struckWords.map((words) => `“${words}”`).join(', ');
    const more = unsupported.struck > unsupported.struckWords.length ? ' …' : '';
    diagnostics.push(
      diagnostic(
        file,
        'info',
        'html/strikethrough',
        `Struck-through text in ${unsupported.struck} place${unsupported.struck === 1 ? '' : 's'} (${quoted}${more}) set struck through, as in the source: delete it there if it is not meant for the book`,
      ),
    );
  }
  const droppedTitle = normaliseHeadings(mdast, meta.title);
  // The author's name alone on the line under the title (a Word file's author line): the byline the front matter sets.
  const under = mdast.children[0];
  if (droppedTitle !== undefined && meta.author && under?.type === 'paragraph' && comparable(mdastText(under).replace(/^\s*by\s+/i, '')) === comparable(meta.author)) {
    furniture.set(comparable(mdastText(under)), 'html/byline');
    mdast.children.shift();
  }
  const markdown = toMarkdown(mdast, { extensions: [gfmFootnoteToMarkdown(), gfmTableToMarkdown()], bullet: '-', emphasis: '*', strong: '*', rule: '-', fences: true });

  // The Markdown itself, where escapes fall away in the comparison and blocks keep their spaces; and
  // the words of the tree, without link targets, run together: a page's “nus<sup>1</sup>” is
  // “nus[^1]” and its table cells “Plante · Mois”, words set apart differently but all kept.
  const title = droppedTitle !== undefined ? comparable(droppedTitle) : '';
  // A cell's line breaks are `<br>` in a pipe table: a break between words, not a word.
  const kept = ` ${comparable(markdown.replace(/<br>/g, ' '))} ${title} `;
  const keptTight = `${comparable(wordsOf(mdast))} ${title}`.replace(/ /g, '');
  const edits: EditRecord[] = [];
  for (const block of leafBlocks(positioned)) {
    const text = textOf(block).replace(/\s+/g, ' ').trim();
    const key = comparable(text);
    if (!key || kept.includes(` ${key} `)) continue;
    // Long enough that being found inside other words is no accident; a note's mark (“ja[1]”) may have become a note.
    const tights = [key, comparable(textOf(block, true))].map((k) => k.replace(/ /g, ''));
    if (tights.some((tight) => tight.length >= MIN_TIGHT_MATCH && keptTight.includes(tight))) continue;
    const start = block.position?.start ?? { line: 1, column: 1 };
    const named = template.find((t) => t.key.includes(` ${key} `));
    // The most telling rule first: what the words are (a sign-up line), then what the template named the block.
    const rule = furniture.get(key) ?? (meta.title !== undefined && key === comparable(meta.title) ? 'html/title' : named ? (webFurnitureRule(text) ?? 'html/template-furniture') : findArticle ? 'html/not-article' : 'html/removed');
    const reason = rule === 'html/title' ? 'the title, set from the front matter' : rule === 'html/byline' ? 'the author, set from the front matter' : rule === 'html/template-furniture' ? `the site's template around the article: ${named!.hint}` : undefined;
    edits.push({ ruleId: rule, line: start.line, column: start.column, old: text, new: '', ...(reason ? { reason } : {}) });
  }
  // A loose `<time>` is no block of the page: its edit is placed where its text first stands.
  for (const [text, rule] of head) {
    if (edits.some((e) => comparable(e.old) === comparable(text))) continue;
    const at = html.indexOf(text);
    const place = at >= 0 ? placeOf(lineStarts(html), at) : { line: 1, column: 1 };
    edits.push({ ruleId: rule, line: place.line, column: place.column, old: text, new: '', reason: 'the date, set from the front matter' });
  }
  const sourceBlocks = blockExtents(mdast, leafBlocks(positioned), html.length);
  // A Word file's pictures are inside it: the editor saves them out, where a page's are fetched.
  const whence = options.kind === 'docx' ? 'images are not taken from Word files; save it from the document into the manuscripts folder if the book needs it' : 'images are not taken from web pages; add it to the manuscripts folder if the book needs it';
  for (const alt of images) {
    diagnostics.push(diagnostic(file, 'warning', 'html/image', `Unexpected image${alt ? ` “${alt}”` : ''} in the article: ${whence}`));
  }
  return { kind: options.kind ?? 'html', markdown, meta, metaOrigins, edits, diagnostics, places: { blocks: sourceBlocks, text: html } };
}

/** Below this many letters and digits, a block must be found in the article word for word. */
const MIN_TIGHT_MATCH = 16;

/** The words of an mdast tree as read: texts, never a link's target nor a note's mark. */
function wordsOf(node: MdastRoot | MdastRoot['children'][number]): string {
  if (node.type === 'footnoteReference') return '';
  if ('value' in node && node.type !== 'html') return node.value;
  if ('children' in node) return node.children.map((child) => wordsOf(child as MdastRoot['children'][number])).join(' ');
  return '';
}

/**
 * For each top-level block of the article's mdast, its extent in the page's source: from the
 * first leaf block of the page whose text opens it (found in order, never going back) to where
 * the next block's begins. A block made from no block of the page has no extent.
 */
function blockExtents(tree: MdastRoot, leaves: readonly Element[], length: number): (SourceBlock | undefined)[] {
  const keys = leaves.map((leaf) => comparable(textOf(leaf)));
  const found: (number | undefined)[] = [];
  let from = 0;
  for (const child of tree.children) {
    const key = comparable(mdastText(child));
    let at: number | undefined;
    for (let i = from; key && i < leaves.length; i++) {
      const leaf = keys[i]!;
      // A list or a quotation opens with its first leaf; a short leaf (a menu's “Home”) must match whole.
      if (leaf === key || (leaf.length >= 20 && key.startsWith(leaf)) || (key.length >= 20 && leaf.startsWith(key))) {
        at = i;
        break;
      }
    }
    if (at !== undefined) from = at + 1;
    found.push(at);
  }
  const startOf = (i: number): number => leaves[i]!.position?.start.offset ?? 0;
  return found.map((at, k) => {
    if (at === undefined) return undefined;
    const next = found.slice(k + 1).find((n) => n !== undefined);
    const end = next !== undefined ? startOf(next) : Math.max(startOf(at), leaves[leaves.length - 1]!.position?.end.offset ?? length);
    return { kind: 'extent', start: startOf(at), end: Math.max(end, leaves[at]!.position?.end.offset ?? end) };
  });
}
