/**
 * Draws laid-out pages with pdfkit: every fragment at its exact position, text blocks placed
 * with mirrored margins (the inner margin on the gutter side), running heads and folios
 * around them. The PDF's reader-facing structure is written here too: the structure tree of
 * a tagged PDF (each line's text marked as content of its element; heads, folios, leaders and
 * ornaments as artifacts), the outline, named destinations for the contents' links, and page
 * labels that match the printed folios.
 */
import type { OutlineEntry } from './compose/book/common.ts';
import { setCentredLine } from './layout/single-line.ts';
import type { Fragment, LaidOutPage, SetLine, StructNode, TextMeasurer, TextStyle } from './layout/types.ts';
import { pdfTextOptions } from './measurer.ts';
import type { PdfDocument } from './pdf-document.ts';
import type { PrintSettings } from '../../types.ts';

export interface PaintOptions {
  print: PrintSettings;
  folioStyle: TextStyle;
  /** Folio baseline below the text block, running-head baseline above it. */
  folioDrop: number;
  headRise: number;
  /** Outline entries by mark id, in reading order. */
  outline: readonly OutlineEntry[];
  /** Mark ids that get a named destination (the targets of the contents' links). */
  destinations: ReadonlySet<string>;
  measurer: TextMeasurer;
}

type StructElement = PDFKit.PDFStructureElement;
type OutlineItem = ReturnType<PdfDocument['outline']['addItem']>;

/** Draws `pages` in order, taking each out of the list once drawn so its lines can be freed. */
export function paintPages(doc: PdfDocument, pages: LaidOutPage[], options: PaintOptions): void {
  const tree = createStructureTree(doc);
  const outline = createOutline(doc, options.outline);
  const labels = pageLabelRanges(pages);
  const queue: Array<LaidOutPage | undefined> = pages.splice(0);
  for (let index = 0; index < queue.length; index += 1) {
    const page = queue[index]!;
    queue[index] = undefined;
    paintPage(doc, page, options, tree, outline);
  }
  writePageLabels(doc, labels);
}

function paintPage(doc: PdfDocument, page: LaidOutPage, options: PaintOptions, tree: StructureTree, outline: OutlineWriter): void {
  const { print } = options;
  doc.addPage({ size: [print.pageWidth, print.pageHeight], margin: 0 });
  for (const mark of page.marks) {
    if (options.destinations.has(mark)) doc.addNamedDestination(mark, 'Fit');
    outline.add(mark);
  }
  const left = isRecto(page) ? print.marginInner : print.marginOuter;
  const top = print.marginTop;
  const textWidth = print.pageWidth - print.marginInner - print.marginOuter;
  const textHeight = print.pageHeight - print.marginTop - print.marginBottom;
  if (page.decor.heads) {
    const head = isRecto(page) ? page.decor.heads.recto : page.decor.heads.verso;
    asArtifact(doc, () => drawFragments(doc, head.fragments, left, top - options.headRise));
  }
  for (const placed of page.lines) drawLine(doc, tree, placed.line, left, top + placed.baseline);
  if (page.decor.folio) {
    const folio = setCentredLine(page.label, options.folioStyle, textWidth / 2, textWidth, options.measurer);
    asArtifact(doc, () => drawFragments(doc, folio.fragments, left, top + textHeight + options.folioDrop));
  }
}

function isRecto(page: LaidOutPage): boolean {
  return page.number % 2 === 1;
}

/** A line's content as marked content of its structure element; its decoration as an artifact. */
function drawLine(doc: PdfDocument, tree: StructureTree, line: SetLine, left: number, baseline: number): void {
  const content = line.fragments.filter((fragment) => !fragment.artifact);
  const decoration = line.fragments.filter((fragment) => fragment.artifact);
  if (content.length > 0 && line.struct && line.struct.length > 0) {
    const element = tree.element(line.struct);
    const marked = doc.markStructureContent(line.struct[line.struct.length - 1]!.role);
    drawFragments(doc, content, left, baseline);
    doc.endMarkedContent();
    element.add(marked);
  } else if (content.length > 0) {
    asArtifact(doc, () => drawFragments(doc, content, left, baseline));
  }
  if (decoration.length > 0) asArtifact(doc, () => drawFragments(doc, decoration, left, baseline));
}

function asArtifact(doc: PdfDocument, draw: () => void): void {
  doc.markContent('Artifact', { type: 'Pagination' });
  draw();
  doc.endMarkedContent();
}

function drawFragments(doc: PdfDocument, fragments: readonly Fragment[], left: number, baseline: number): void {
  let spanEndsAfter = -1;
  fragments.forEach((fragment, index) => {
    if (fragment.actualText !== undefined) {
      doc.markContent('Span', { actual: fragment.actualText });
      spanEndsAfter = index + (fragment.actualSpan ?? 1) - 1;
    }
    drawFragment(doc, fragment, left, baseline);
    if (index === spanEndsAfter) doc.endMarkedContent();
  });
  if (spanEndsAfter >= fragments.length) doc.endMarkedContent();
}

function drawFragment(doc: PdfDocument, fragment: Fragment, left: number, baseline: number): void {
  const { style } = fragment;
  const x = left + fragment.x;
  const y = baseline + (style.baselineShift ?? 0);
  doc.font(style.face).fontSize(style.size);
  writeText(doc, fragment.text, x, y, { ...pdfTextOptions(style), lineBreak: false, baseline: 'alphabetic' });
  const box = [x, y - style.size * 0.8, fragment.width, style.size * 1.05] as const;
  if (style.link) doc.link(...box, style.link);
  if (style.destination) doc.goTo(...box, style.destination);
}

type FragmentWriter = (this: PdfDocument, text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions) => void;

/**
 * Writes one string at a point, as `doc.text` with `lineBreak: false` does. `text` measures
 * the string twice besides (for the links and underlines it could draw, and to move its own
 * cursor); every fragment is placed here and its links drawn apart, so those widths go unused
 * and we call the step that writes the string, telling it the width is known. A string with
 * a line feed, which `text` would split into lines, still goes through `text`.
 */
function writeText(doc: PdfDocument, text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions): void {
  const writeFragment = (doc as unknown as { _fragment?: FragmentWriter })._fragment;
  if (typeof writeFragment !== 'function' || text.includes('\n')) {
    doc.text(text, x, y, options);
    return;
  }
  writeFragment.call(doc, text, x, y, { ...options, textWidth: 0, wordCount: 0 } as PDFKit.Mixins.TextOptions);
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
          element = doc.struct(node.role);
          parent.add(element);
          elements.set(node.key, element);
        }
        parent = element;
      }
      return parent;
    },
  };
}

interface OutlineWriter {
  /** Adds the outline entry for `mark`, if it has one, pointing at the current page. */
  add(mark: string): void;
}

/** Sections nest under their piece, subsections under their section. */
function createOutline(doc: PdfDocument, entries: readonly OutlineEntry[]): OutlineWriter {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const open: Array<{ depth: number; item: OutlineItem }> = [];
  return {
    add(mark) {
      const entry = byId.get(mark);
      if (!entry) return;
      while (open.length > 0 && open[open.length - 1]!.depth >= entry.depth) open.pop();
      const parent = open[open.length - 1]?.item ?? doc.outline;
      // `fit`: the bookmark shows the whole page. pdfkit supports it; its types omit it.
      const item = parent.addItem(entry.title, { fit: true } as { expanded?: boolean });
      open.push({ depth: entry.depth, item });
    },
  };
}

/**
 * /PageLabels in the catalog (pdfkit has no API for it): one range per numbering, so viewers
 * show `iii` and `12` as the folios do. pdfkit writes a plain string as a PDF name.
 */
function pageLabelRanges(pages: readonly LaidOutPage[]): Array<number | { S: string; St?: number }> {
  const nums: Array<number | { S: string; St?: number }> = [];
  let previous: LaidOutPage | undefined;
  for (const [index, page] of pages.entries()) {
    const continues =
      previous && previous.numbering.style === page.numbering.style && previous.numbering.value + 1 === page.numbering.value;
    if (!continues) {
      const style = page.numbering.style === 'roman' ? 'r' : 'D';
      nums.push(index, page.numbering.value === 1 ? { S: style } : { S: style, St: page.numbering.value });
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
