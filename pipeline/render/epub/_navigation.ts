import type { EpubDocument } from './_documents.ts';
import { UNSIGNED } from './_documents.ts';
import type { EpubLabels } from './_templates.ts';
import type { PageMarker, PageTarget } from './_page-breaks.ts';

/** epub-gen-memory's fixed name for the navigation document. */
export const NAV_FILENAME = 'toc.xhtml';

export interface TocEntry {
  title: string;
  /** Shown for pieces that are signed. */
  author?: string;
  href: string;
  /** NCX navPoint id and play order (reading order, from 1). */
  navPointId: string;
  playOrder: number;
  children: TocEntry[];
}

export interface Landmark {
  /** `cover`, `toc`, `bodymatter`, or a section's own type (`preface`, `afterword`, …). */
  type: string;
  href: string;
  title: string;
}

export interface Navigation {
  toc: TocEntry[];
  /** Levels in `toc`, for the NCX's dtb:depth. */
  tocDepth: number;
  landmarks: Landmark[];
  /** The print edition's pages in its order; empty when the EPUB carries no page numbers. */
  pageList: PageTarget[];
  /** Print pages that begin with the contents page. */
  contentsPageMarkers: PageMarker[];
}

/** Where the print edition's pages are, for the page-list and the contents page's own markers. */
export interface NavigationPages {
  pages: readonly PageTarget[];
  contentsMarkers: readonly PageMarker[];
}

interface TocNode {
  document: EpubDocument;
  children: TocNode[];
}

export function buildNavigation(
  documents: readonly EpubDocument[],
  labels: EpubLabels,
  pages: NavigationPages = { pages: [], contentsMarkers: [] },
): Navigation {
  const toc = numberEntries(contentsTree(documents));
  return {
    toc,
    tocDepth: depthOf(toc),
    landmarks: landmarks(documents, labels),
    pageList: [...pages.pages],
    contentsPageMarkers: [...pages.contentsMarkers],
  };
}

/**
 * Everything after the contents page, with each part's sections nested under the part's
 * title page. The title and copyright pages are not listed: they precede the contents.
 */
function contentsTree(documents: readonly EpubDocument[]): TocNode[] {
  const roots: TocNode[] = [];
  let openPart: TocNode | undefined;
  for (const document of documents) {
    if (document.matter === 'frontmatter' && document.kind !== 'section') continue;
    const node: TocNode = { document, children: [] };
    if (document.kind === 'section' && openPart && document.part === partHeading(openPart)) {
      openPart.children.push(node);
      continue;
    }
    roots.push(node);
    openPart = document.kind === 'part' ? node : undefined;
  }
  return roots;
}

function partHeading(node: TocNode): string | undefined {
  return node.document.kind === 'part' ? node.document.heading : undefined;
}

/** Numbers entries depth first, which is reading order because parts precede their sections. */
function numberEntries(nodes: readonly TocNode[]): TocEntry[] {
  let playOrder = 0;
  const entry = (node: TocNode): TocEntry => {
    playOrder += 1;
    const { document } = node;
    return {
      title: document.kind === 'section' ? document.heading : document.title,
      author: tocAuthor(document),
      href: document.filename,
      navPointId: `navpoint-${playOrder}`,
      playOrder,
      children: node.children.map(entry),
    };
  };
  return nodes.map(entry);
}

function tocAuthor(document: EpubDocument): string | undefined {
  if (document.kind !== 'section' || document.role !== 'piece' || document.author === UNSIGNED) return undefined;
  return document.author;
}

function depthOf(entries: readonly TocEntry[]): number {
  return entries.reduce((depth, entry) => Math.max(depth, 1 + depthOf(entry.children)), 0);
}

/**
 * The cover, where the contents are, where the body starts (its first part or piece; the first
 * section when every section is front matter), and each section of the front and back matter
 * under its own type, in reading order. A preface or an introduction before the first piece is
 * front matter, so the body does not start there: the landmark and the section's own
 * `epub:type="frontmatter"` agree, as Standard Ebooks sets them.
 */
function landmarks(documents: readonly EpubDocument[], labels: EpubLabels): Landmark[] {
  const cover = documents.find((document) => document.kind === 'cover');
  const start =
    documents.find((document) => document.matter === 'bodymatter' && (document.kind === 'section' || document.kind === 'part')) ??
    documents.find((document) => document.kind === 'section');
  const matter = documents.filter((document) => document.kind === 'section' && document.role !== 'piece');
  return [
    ...(cover ? [{ type: 'cover', href: cover.filename, title: labels.cover }] : []),
    { type: 'toc', href: `${NAV_FILENAME}#toc`, title: labels.contents },
    ...(start ? [{ type: 'bodymatter', href: start.filename, title: labels.startOfContent }] : []),
    ...matter.map((document) => ({ type: document.epubType!, href: document.filename, title: document.title })),
  ];
}
