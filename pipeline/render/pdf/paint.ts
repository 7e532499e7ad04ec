/**
 * Draws laid-out pages with pdfkit: every fragment at its exact position, text blocks placed
 * with mirrored margins (the inner margin on the gutter side), running heads and folios
 * around them. The PDF's reader-facing structure is written here too: the structure tree of
 * a tagged PDF (each line's text marked as content of its element; heads, folios, leaders and
 * ornaments as artifacts), the outline, named destinations for the contents' links, and page
 * labels that match the printed folios. Text and the marked content around it go into the
 * pages through the content writer (content-writer.ts).
 */
import type { OutlineEntry } from './compose/book/common.ts';
import { setCentredLine } from './layout/single-line.ts';
import type { Fragment, LaidOutPage, PlacedRule, SetLine, StructNode, TextMeasurer, TextStyle } from './layout/types.ts';
import { createContentWriter, type ContentWriter, type DeflatedStreams } from './content-writer.ts';
import type { PdfDocument } from './pdf-document.ts';
import type { FontSet } from './fonts/font-set.ts';
import type { PrintSettings } from '../../types.ts';

export interface PaintOptions {
  print: PrintSettings;
  folioStyle: TextStyle;
  /** Folio baseline below the text block, running-head baseline above it. */
  folioDrop: number;
  headRise: number;
  /** Mark ids that get a named destination (the targets of the contents' links). */
  destinations: ReadonlySet<string>;
  measurer: TextMeasurer;
  /** Fallback fonts for letters the styles' faces lack. */
  fonts?: FontSet;
  /** Pictures by the key their fragments carry: PNG or JPEG data. */
  images?: ReadonlyMap<string, Uint8Array>;
  /** Page streams deflated by earlier renders (`watch`). */
  deflated?: DeflatedStreams;
}

type StructElement = PDFKit.PDFStructureElement;
type OutlineItem = ReturnType<PdfDocument['outline']['addItem']>;

/**
 * Draws pages in reading order, one at a time, so a caller can let each page's lines go once
 * it is drawn. Pages whose content is known only later (the front matter, which shows the
 * pages the sections open on) are reserved first and drawn at the end: their outline entries,
 * destinations and structure elements are made when they are reserved, so the outline and the
 * structure tree keep the reading order. The document must buffer its pages (`bufferPages`).
 */
export interface Painter {
  /** Outline entries for marks on pages still to come (sections nest under their piece). */
  addOutlineEntries(entries: readonly OutlineEntry[]): void;
  /** Adds a blank page for each of `pages`, which must be the document's first pages. */
  reserve(pages: readonly LaidOutPage[]): void;
  paint(page: LaidOutPage): void;
  /** Draws the reserved pages; `pages` must have the marks and structure of those reserved. */
  paintReserved(pages: readonly LaidOutPage[]): void;
  /** Ends the drawing; `numbering` is every page's, first page first, for the page labels. */
  finish(numbering: readonly LaidOutPage['numbering'][]): void;
}

export function createPainter(doc: PdfDocument, options: PaintOptions): Painter {
  const canvas: Canvas = {
    doc,
    content: createContentWriter(doc, options.fonts && { fonts: options.fonts, measurer: options.measurer }, options.deflated),
    tree: createStructureTree(doc),
    ...(options.images ? { images: options.images } : {}),
  };
  const outline = createOutline(doc);
  let reserved: readonly LaidOutPage[] = [];
  return {
    addOutlineEntries: (entries) => outline.know(entries),
    reserve(pages) {
      if (reserved.length > 0) throw new Error('Pages can be reserved only once, at the start');
      reserved = pages;
      for (const page of pages) {
        startPage(canvas, page, options, outline);
        for (const { line } of page.lines) if (line.struct?.length && line.fragments.some((f) => !f.artifact)) canvas.tree.element(line.struct);
      }
    },
    paint(page) {
      startPage(canvas, page, options, outline);
      drawPage(canvas, page, options);
      // The page before this one is done: written out now, not held to the end.
      canvas.content.releasePages(reserved.length);
    },
    paintReserved(pages) {
      if (!sameShape(pages, reserved)) {
        throw new Error(`The front matter took ${pages.length} pages, with other marks or structure, once the contents had their page numbers; ${reserved.length} were reserved`);
      }
      pages.forEach((page, index) => {
        canvas.content.switchToPage(index);
        drawPage(canvas, page, options);
      });
    },
    finish(numbering) {
      canvas.content.flush();
      writePageLabels(doc, pageLabelRanges(numbering));
    },
  };
}

/** Same number of pages, each with the same marks and structure elements. */
function sameShape(a: readonly LaidOutPage[], b: readonly LaidOutPage[]): boolean {
  const keys = (page: LaidOutPage) => JSON.stringify([page.marks, page.lines.map(({ line }) => line.struct?.map((node) => node.key) ?? [])]);
  return a.length === b.length && a.every((page, index) => keys(page) === keys(b[index]!));
}

/** What drawing needs: the document, the writer of its content streams, the structure tree. */
interface Canvas {
  doc: PdfDocument;
  content: ContentWriter;
  tree: StructureTree;
  images?: ReadonlyMap<string, Uint8Array>;
}

/** A new page, with the destinations and outline entries of the marks on it. */
function startPage(canvas: Canvas, page: LaidOutPage, options: PaintOptions, outline: OutlineWriter): void {
  const { print } = options;
  canvas.content.addPage({ size: [print.pageWidth, print.pageHeight], margin: 0 });
  for (const mark of page.marks) {
    if (options.destinations.has(mark)) canvas.doc.addNamedDestination(mark, 'Fit');
    outline.add(mark);
  }
}

function drawPage(canvas: Canvas, page: LaidOutPage, options: PaintOptions): void {
  const { print } = options;
  const left = isRecto(page) ? print.marginInner : print.marginOuter;
  const top = print.marginTop;
  const textWidth = print.pageWidth - print.marginInner - print.marginOuter;
  const textHeight = print.pageHeight - print.marginTop - print.marginBottom;
  if (page.decor.heads) {
    const head = isRecto(page) ? page.decor.heads.recto : page.decor.heads.verso;
    drawArtifact(canvas, head.fragments, left, top - options.headRise);
  }
  for (const placed of page.lines) drawLine(canvas, placed.line, left, top + placed.baseline);
  for (const rule of page.rules ?? []) drawRule(canvas, rule, left, top);
  if (page.decor.folio) {
    const folio = setCentredLine(page.label, options.folioStyle, textWidth / 2, textWidth, options.measurer);
    drawArtifact(canvas, folio.fragments, left, top + textHeight + options.folioDrop);
  }
}

/** A rule (the one over the footnotes) is layout, not content: an artifact. */
function drawRule(canvas: Canvas, rule: PlacedRule, left: number, top: number): void {
  canvas.content.markContent('Artifact', { type: 'Layout' });
  canvas.doc
    .save()
    .lineWidth(rule.thickness)
    .moveTo(left + rule.x, top + rule.y)
    .lineTo(left + rule.x + rule.width, top + rule.y)
    .stroke()
    .restore();
  canvas.content.endMarkedContent();
}

function isRecto(page: LaidOutPage): boolean {
  return page.number % 2 === 1;
}

/** A line's content as marked content of its structure element; its decoration as an artifact. */
function drawLine(canvas: Canvas, line: SetLine, left: number, baseline: number): void {
  if (line.fragments.some((fragment) => fragment.struct)) {
    drawCells(canvas, line, left, baseline);
    return;
  }
  // Most lines have no decoration: their fragments are drawn as they are, without copies.
  const decorated = line.fragments.some((fragment) => fragment.artifact);
  const content = decorated ? line.fragments.filter((fragment) => !fragment.artifact) : line.fragments;
  if (content.length > 0 && line.struct && line.struct.length > 0) {
    const element = canvas.tree.element(line.struct);
    const marked = canvas.content.markStructureContent(line.struct[line.struct.length - 1]!.role);
    drawFragments(canvas, content, left, baseline);
    canvas.content.endMarkedContent();
    element.add(marked);
  } else if (content.length > 0) {
    drawArtifact(canvas, content, left, baseline);
  }
  if (decorated) drawArtifact(canvas, line.fragments.filter((fragment) => fragment.artifact), left, baseline);
}

/**
 * A line whose fragments belong to different structure elements (the cells of a table's row):
 * each run of fragments of one element is marked content of that element, in the line's order.
 */
function drawCells(canvas: Canvas, line: SetLine, left: number, baseline: number): void {
  const content = line.fragments.filter((fragment) => !fragment.artifact);
  for (let start = 0; start < content.length; ) {
    const struct = content[start]!.struct ?? line.struct;
    let end = start + 1;
    while (end < content.length && (content[end]!.struct ?? line.struct) === struct) end += 1;
    const group = content.slice(start, end);
    if (struct && struct.length > 0) {
      const element = canvas.tree.element(struct);
      const marked = canvas.content.markStructureContent(struct[struct.length - 1]!.role);
      drawFragments(canvas, group, left, baseline);
      canvas.content.endMarkedContent();
      element.add(marked);
    } else drawArtifact(canvas, group, left, baseline);
    start = end;
  }
  const decoration = line.fragments.filter((fragment) => fragment.artifact);
  if (decoration.length > 0) drawArtifact(canvas, decoration, left, baseline);
}

function drawArtifact(canvas: Canvas, fragments: readonly Fragment[], left: number, baseline: number): void {
  canvas.content.markContent('Artifact', { type: 'Pagination' });
  drawFragments(canvas, fragments, left, baseline);
  canvas.content.endMarkedContent();
}

function drawFragments(canvas: Canvas, fragments: readonly Fragment[], left: number, baseline: number): void {
  let spanEndsAfter = -1;
  for (let index = 0; index < fragments.length; index += 1) {
    const fragment = fragments[index]!;
    if (fragment.actualText !== undefined) {
      canvas.content.markContent('Span', { actual: fragment.actualText });
      spanEndsAfter = index + (fragment.actualSpan ?? 1) - 1;
    }
    drawFragment(canvas, fragment, left, baseline);
    if (fragment.style.strike) strikeThrough(canvas, fragment, fragments[index + 1], left, baseline);
    if (index === spanEndsAfter) canvas.content.endMarkedContent();
  }
  if (spanEndsAfter >= fragments.length) canvas.content.endMarkedContent();
}

/** Struck text's rule, through the middle of the lower-case letters; it runs on over the space to struck text after it. */
function strikeThrough(canvas: Canvas, fragment: Fragment, next: Fragment | undefined, left: number, baseline: number): void {
  const { size } = fragment.style;
  const x = left + fragment.x;
  const end = next?.style.strike && !next.image && next.x >= fragment.x + fragment.width ? left + next.x : x + fragment.width;
  const y = baseline + (fragment.style.baselineShift ?? 0) - size * STRIKE_HEIGHT;
  canvas.content.flush();
  canvas.doc.save().lineWidth(size * STRIKE_THICKNESS).moveTo(x, y).lineTo(end, y).stroke().restore();
}

/** The strike's height above the baseline and its thickness, in ems: about half a Garamond x-height, and a hairline. */
const STRIKE_HEIGHT = 0.22;
const STRIKE_THICKNESS = 0.05;

function drawFragment(canvas: Canvas, fragment: Fragment, left: number, baseline: number): void {
  const { style } = fragment;
  if (fragment.image) {
    const data = canvas.images?.get(fragment.image.key);
    if (!data) throw new Error(`No picture for ${fragment.image.key}`);
    // pdfkit draws the picture itself: what the writer holds goes to the page first.
    canvas.content.flush();
    canvas.doc.image(Buffer.from(data), left + fragment.x, baseline - fragment.image.height, { width: fragment.width, height: fragment.image.height });
    return;
  }
  const x = left + fragment.x;
  const y = baseline + (style.baselineShift ?? 0);
  if (fragment.rule) {
    canvas.content.flush();
    canvas.doc.save().lineWidth(fragment.rule.thickness).moveTo(x, y).lineTo(x + fragment.width, y).stroke().restore();
    return;
  }
  canvas.content.text(fragment.text, x, y, style);
  // Links are annotations, not page content, so the writer need not hand its text over first;
  // pdfkit places them with its transformation (`_ctm`), which the writer leaves as it is.
  if (style.link || style.destination) {
    const box = [x, y - style.size * 0.8, fragment.width, style.size * 1.05] as const;
    if (style.link) canvas.doc.link(...box, style.link);
    if (style.destination) canvas.doc.goTo(...box, style.destination);
  }
}

interface StructureTree {
  /** The element for a line's innermost structure node, its parents created on first use. */
  element(path: readonly StructNode[]): StructElement;
}

/**
 * Elements are created in reading order as their first line is drawn, so the tree's order
 * is the reading order. A paragraph broken across pages is one element with marked content
 * on both pages.
 */
function createStructureTree(doc: PdfDocument): StructureTree {
  const root = doc.struct('Document');
  doc.addStructure(root);
  const elements = new Map<string, StructElement>();
  return {
    element(path) {
      let parent = root;
      for (const node of path) {
        let element = elements.get(node.key);
        if (!element) {
          const attributes = { ...(node.lang ? { lang: node.lang } : {}), ...(node.alt !== undefined ? { alt: node.alt } : {}) };
          element = Object.keys(attributes).length > 0 ? doc.struct(node.role, attributes) : doc.struct(node.role);
          parent.add(element);
          elements.set(node.key, element);
        } else if (node.lang) {
          // A section's title may be drawn before the first line that says its language; the
          // element's dictionary is written only when the document ends (pdfkit's `dictionary`).
          (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.Lang ??= new String(node.lang);
        }
        parent = element;
      }
      return parent;
    },
  };
}

interface OutlineWriter {
  /** Learns entries for marks still to come. */
  know(entries: readonly OutlineEntry[]): void;
  /** Adds the outline entry for `mark`, if it has one, pointing at the current page. */
  add(mark: string): void;
}

/** Sections nest under their piece, subsections under their section. */
function createOutline(doc: PdfDocument): OutlineWriter {
  const byId = new Map<string, OutlineEntry>();
  const open: Array<{ depth: number; item: OutlineItem }> = [];
  return {
    know(entries) {
      for (const entry of entries) byId.set(entry.id, entry);
    },
    add(mark) {
      const entry = byId.get(mark);
      if (!entry) return;
      while (open.length > 0 && open[open.length - 1]!.depth >= entry.depth) open.pop();
      const parent = open[open.length - 1]?.item ?? doc.outline;
      // `fit`: the bookmark shows the whole page. pdfkit supports it; its types omit it.
      const item = parent.addItem(entry.title, { fit: true, expanded: entry.expanded === true } as { expanded?: boolean });
      open.push({ depth: entry.depth, item });
    },
  };
}

/**
 * /PageLabels in the catalog (pdfkit has no API for it): one range per numbering, so viewers
 * show `iii` and `12` as the folios do. pdfkit writes a plain string as a PDF name.
 */
function pageLabelRanges(numbering: readonly LaidOutPage['numbering'][]): Array<number | { S: string; St?: number }> {
  const nums: Array<number | { S: string; St?: number }> = [];
  let previous: LaidOutPage['numbering'] | undefined;
  for (const [index, page] of numbering.entries()) {
    const continues = previous && previous.style === page.style && previous.value + 1 === page.value;
    if (!continues) {
      const style = page.style === 'roman' ? 'r' : 'D';
      nums.push(index, page.value === 1 ? { S: style } : { S: style, St: page.value });
    }
    previous = page;
  }
  return nums;
}

/** Set after the pages are drawn, so the entry keeps its place as the catalog's last. */
function writePageLabels(doc: PdfDocument, nums: Array<number | { S: string; St?: number }>): void {
  const root = (doc as unknown as { _root: { data: Record<string, unknown> } })._root;
  root.data.PageLabels = { Nums: nums };
}
