import type { EpubDocument } from './_documents.ts';
import { UNSIGNED } from './_documents.ts';
import type { EpubLabels } from './_templates.ts';

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
  type: 'toc' | 'bodymatter';
  href: string;
  title: string;
}

export interface Navigation {
  toc: TocEntry[];
  /** Levels in `toc`, for the NCX's dtb:depth. */
  tocDepth: number;
  landmarks: Landmark[];
}

interface TocNode {
  document: EpubDocument;
  children: TocNode[];
}

export function buildNavigation(documents: readonly EpubDocument[], labels: EpubLabels): Navigation {
  const toc = numberEntries(contentsTree(documents));
  return { toc, tocDepth: depthOf(toc), landmarks: landmarks(documents, labels) };
}

/**
 * Everything after the contents page, with each part's sections nested under the part's
 * title page. The title and copyright pages are not listed: they precede the contents.
 */
function contentsTree(documents: readonly EpubDocument[]): TocNode[] {
  const roots: TocNode[] = [];
  let openPart: TocNode | undefined;
  for (const document of documents) {
    if (document.matter === 'frontmatter') continue;
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

/** Where the contents are and where reading starts: the introduction, or the first piece when there is none. */
function landmarks(documents: readonly EpubDocument[], labels: EpubLabels): Landmark[] {
  const start = documents.find((document) => document.kind === 'section');
  return [
    { type: 'toc', href: `${NAV_FILENAME}#toc`, title: labels.contents },
    ...(start ? [{ type: 'bodymatter' as const, href: start.filename, title: labels.startOfContent }] : []),
  ];
}
