import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Processor } from 'unified';
import type { Definition, Nodes, Parent, Root, RootContent } from 'mdast';
import type { Diagnostic, Place } from '../types.ts';
import { diagnostic, lineStarts, placeOf } from '../diagnostics.ts';
import { typographyPlugin } from './typography.ts';
import { containsHtml, htmlToBlocks, phrasingWithHtml, type HtmlFinding } from './_html.ts';
import { parseWithSimpleBlocks } from './_simple-blocks.ts';
import { emphasisNesting, footnoteBeyond, markdownNesting, nodeTooDeep } from './_nesting.ts';
import { htmlNesting } from '../limits.ts';
import { attachTableCaptions, untypesetTables } from './_tables.ts';

/** Levels of nesting allowed when the caller names no limit (anthology.yaml's `limits.nesting`). */
const DEFAULT_NESTING = 100;
/** Footnotes allowed in one piece when the caller names no limit (`limits.footnotes`). */
const DEFAULT_FOOTNOTES = 5000;

export interface ParseOptions {
  /** The manuscript's path as shown in messages. */
  file: string;
  /** The manuscript file as read, and where its body starts, to place messages on its lines. */
  raw?: string;
  bodyOffset?: number;
  /** Absolute folders: the manuscript's own (images resolve from it) and the source folder (images must stay inside). */
  manuscriptDir?: string;
  sourceDir?: string;
  /** Deepest nesting of Markdown containers and raw HTML elements allowed. */
  maxNesting?: number;
  /** Most footnotes a piece may have. */
  maxFootnotes?: number;
  /** The text's language (the piece's, else the book's): its quotation marks and spacing. */
  language?: string;
}

export interface ParsedText {
  tree: Root;
  /** Raw HTML removed (warnings) and images refused (errors), placed in the manuscript. */
  diagnostics: Diagnostic[];
}

/**
 * Cleaned Markdown → mdast, once per piece. Raw HTML is sanitized into plain mdast here, so no
 * `html` node reaches a renderer; images that point to the network or outside the source folder
 * are refused. Typography then runs on text nodes, so later stages carry the tree and never
 * re-parse a string. Pure: paths are only compared, never read.
 */
export function parseCleanText(markdown: string, options: ParseOptions): ParsedText {
  const diagnostics: Diagnostic[] = [];
  const locate = locator(options);
  const maxNesting = options.maxNesting ?? DEFAULT_NESTING;
  // Every walker after the parse recurses: a tree deeper than the limit is refused before them.
  const tooDeep = (text: string, offset: number, what: string): ParsedText => {
    // The whole line: deep lines differ from shallower ones in their indentation only.
    const lineEnd = text.indexOf('\n', offset);
    const place = locate(text.slice(offset, lineEnd === -1 ? text.length : lineEnd));
    const message = `Unexpected ${what} nested more than ${maxNesting} levels deep (raise limits.nesting in anthology.yaml if the book needs more)`;
    return { tree: { type: 'root', children: [] }, diagnostics: [diagnostic(options.file, 'error', 'limit/nesting', message, place)] };
  };
  const html = htmlNesting(markdown, maxNesting);
  if (html.offset !== undefined) return tooDeep(markdown, html.offset, 'raw HTML');
  const containers = markdownNesting(markdown, maxNesting);
  if (containers.offset !== undefined) return tooDeep(markdown, containers.offset, 'Markdown (quotes or lists)');
  const emphasis = emphasisNesting(markdown, maxNesting);
  if (emphasis.offset !== undefined) return tooDeep(markdown, markdown.lastIndexOf('\n', emphasis.offset) + 1, 'emphasis');
  const processor = unified().use(remarkParse).use(footnotes).use(tables).use(typographyPlugin, { language: options.language });
  let deep: { text: string; offset: number } | undefined;
  const tree = withoutTitleHeading(
    parseWithSimpleBlocks(markdown, (text) => {
      const parsed = processor.parse(text);
      // Inline nesting (emphasis in emphasis…) deepens the tree too: a looser bound catches it.
      const node = nodeTooDeep(parsed, 3 * maxNesting + 10);
      if (!node) return parsed;
      deep = { text, offset: node.position?.start.offset ?? 0 };
      return { type: 'root', children: [] };
    }),
  );
  if (deep) return tooDeep(deep.text, deep.offset, 'Markdown (quotes, lists, emphasis or links)');
  const maxFootnotes = options.maxFootnotes ?? DEFAULT_FOOTNOTES;
  const extraNote = footnoteBeyond(tree, maxFootnotes);
  if (extraNote) {
    const start = extraNote.position?.start.offset ?? 0;
    const place = locate(markdown.slice(start, Math.max(start, markdown.indexOf('\n', start))));
    const message = `Unexpected footnote number ${maxFootnotes + 1} in one piece, expected at most ${maxFootnotes} (raise limits.footnotes in anthology.yaml if the book needs more)`;
    return { tree: { type: 'root', children: [] }, diagnostics: [diagnostic(options.file, 'error', 'limit/footnotes', message, place)] };
  }
  makeHtmlSafe(tree, (findings, snippet) => {
    const place = locate(snippet);
    for (const finding of findings) {
      if (finding.ruleId === 'html/image') diagnostics.push(...checkImage(finding.url ?? '', place, options, true, finding.alt ?? ''));
      else diagnostics.push(diagnostic(options.file, 'warning', finding.ruleId, finding.message, place));
    }
  });
  const definitions = new Map<string, Definition>();
  visit(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node);
  });
  visit(tree, (node) => {
    // Images from raw HTML were checked with their HTML.
    if (node.type === 'image' && (node.data as { fromHtml?: boolean } | undefined)?.fromHtml) return;
    const url = node.type === 'image' ? node.url : node.type === 'imageReference' ? definitions.get(node.identifier)?.url : undefined;
    if (url !== undefined) diagnostics.push(...checkImage(url, locate(url), options, false, node.type === 'image' || node.type === 'imageReference' ? node.alt ?? '' : ''));
  });
  for (const found of untypesetTables(tree)) {
    diagnostics.push(diagnostic(options.file, 'warning', 'markdown/table', found.message, locate(found.snippet)));
  }
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const typeset = processor.runSync(tree) as Root;
  // After typography, which does not look into a node's data: the caption's quotes are set as it moves there.
  attachTableCaptions(typeset);
  return { tree: typeset, diagnostics };
}

/**
 * Footnotes (`[^1]` and `[^1]: …`), through remark's own extension point: the micromark syntax
 * and its mdast nodes, as remark-gfm adds them, without the rest of GFM.
 */
function footnotes(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown());
}

/** Pipe tables (`| a | b |` over `|---|:-:|`), the same way: their syntax and their mdast nodes, with each column's alignment. */
function tables(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

/**
 * The cleaned Markdown opens with `# Title`; renderers set the title from the front matter
 * (with author and source), so the tree holds the body only and its headings start at depth 2.
 */
function withoutTitleHeading(tree: Root): Root {
  const first = tree.children[0];
  if (first?.type === 'heading' && first.depth === 1) tree.children.shift();
  return tree;
}

/** Cleaned Markdown → mdast, without messages (raw HTML is still made safe). */
export function parseMarkdown(markdown: string): Root {
  return parseCleanText(markdown, { file: '' }).tree;
}

type Report = (findings: HtmlFinding[], snippet: string) => void;

/** Replaces every `html` node, top-down, by the safe mdast its sanitized HTML amounts to. */
function makeHtmlSafe(parent: Parent, report: Report): void {
  const children: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'html') {
      const findings: HtmlFinding[] = [];
      const blocks = htmlToBlocks(child.value, findings);
      report(findings, firstLine(child.value));
      children.push(...(parent.type === 'paragraph' || parent.type === 'heading' || parent.type === 'tableCell' ? [] : blocks));
    } else if ((child.type === 'paragraph' || child.type === 'heading' || child.type === 'tableCell') && containsHtml(child)) {
      const findings: HtmlFinding[] = [];
      const firstHtml = findFirst(child, 'html');
      const phrasing = phrasingWithHtml(child.children, findings);
      report(findings, firstHtml ? firstLine(firstHtml) : '');
      if (phrasing.length > 0 || child.type !== 'paragraph') children.push({ ...child, children: phrasing });
    } else {
      if ('children' in child) makeHtmlSafe(child, report);
      children.push(child);
    }
  }
  parent.children = children;
}

function findFirst(node: Nodes, type: 'html'): string | undefined {
  if (node.type === type) return node.value;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findFirst(child, type);
    if (found !== undefined) return found;
  }
  return undefined;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!.trim();
}

function visit(node: Nodes, each: (node: Nodes) => void): void {
  each(node);
  if ('children' in node) for (const child of node.children) visit(child, each);
}

/**
 * mdast positions are in the cleaned Markdown; messages name the manuscript, so the place is
 * where the snippet first occurs in the raw body (after earlier finds of the same snippet),
 * else the body's first line.
 */
function locator(options: ParseOptions): (snippet: string) => Place {
  const raw = options.raw ?? '';
  const bodyOffset = options.bodyOffset ?? 0;
  let starts: number[] | undefined;
  const searchFrom = new Map<string, number>();
  return (snippet) => {
    starts ??= lineStarts(raw);
    const from = searchFrom.get(snippet) ?? bodyOffset;
    const found = snippet ? raw.indexOf(snippet, from) : -1;
    if (found !== -1) searchFrom.set(snippet, found + snippet.length);
    return placeOf(starts, found === -1 ? bodyOffset : found);
  };
}

/**
 * A build never fetches anything: images with a URL scheme (or `//host`) are refused, and so are
 * local images outside the source folder. Images inside it are read and packaged later (see
 * pipeline/images); one without a description is a warning, since a reader who cannot see it
 * (and Ace) needs one.
 */
function checkImage(url: string, place: Place, options: ParseOptions, fromHtml: boolean, alt: string): Diagnostic[] {
  const shown = url.length > 80 ? `${url.slice(0, 77)}…` : url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    return [
      diagnostic(options.file, 'error', 'image/remote', `Unexpected image from the network “${shown}”: a build never fetches files; save it in the source folder or remove it`, place),
    ];
  }
  if (!url) return fromHtml ? [diagnostic(options.file, 'warning', 'html/unsafe-element', 'Unexpected <img> without src in raw HTML: removed', place)] : [];
  if (options.sourceDir && options.manuscriptDir) {
    let decoded = url.replace(/[?#].*$/, '');
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      // A stray % is part of the file name.
    }
    const target = path.resolve(options.manuscriptDir, decoded);
    const relative = path.relative(path.resolve(options.sourceDir), target);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      return [diagnostic(options.file, 'error', 'image/outside-source', `Unexpected image “${shown}” outside the source folder: refused`, place)];
    }
  }
  if (!alt.trim()) return [diagnostic(options.file, 'warning', 'image/missing-alt', `Missing alt text for image “${shown}”: describe it for readers who cannot see it`, place)];
  return [];
}
