import type { PageBreak } from '../../types.ts';
import type { EpubDocument } from './_documents.ts';
import { NAV_FILENAME } from './_navigation.ts';

/** One print page's marker as the XHTML carries it. */
export interface PageMarker {
  label: string;
  /** Unique in the whole book, so a page-list link never lands on the wrong page. */
  id: string;
}

/** A marker inside a section's text: the block (child indices from `section.tree`) and the characters before it. */
export interface BlockMarker extends PageMarker {
  block: readonly number[];
  offset: number;
}

/** One entry of the page-list, in the print edition's order. */
export interface PageTarget {
  label: string;
  href: string;
}

/** Where each print page begins in the EPUB's documents. */
export interface PagePlan {
  /** Markers that open a document (before its first heading), by document id. */
  atStart: ReadonlyMap<string, readonly PageMarker[]>;
  /** Markers inside a section's body text, by section id. */
  inText: ReadonlyMap<string, readonly BlockMarker[]>;
  pages: PageTarget[];
}

/** The PageBreak targets that name a fixed document rather than a section; the contents live in the navigation document. */
const NAMED_TARGETS: Readonly<Record<string, string>> = {
  titlepage: 'titlepage',
  copyright: 'copyright',
  contents: 'nav',
  sources: 'sources',
  colophon: 'colophon',
};

/** The navigation document is made by epub-gen-memory, not planned with the others. */
const NAV_DOCUMENT = { id: 'nav', filename: NAV_FILENAME, kind: 'nav' } as const;

export const EMPTY_PAGE_PLAN: PagePlan = { atStart: new Map(), inText: new Map(), pages: [] };

/**
 * Places the print edition's pages in the EPUB's documents. A page that begins a document
 * (a named target, or an empty block path) opens it; any other page begins inside a
 * section's text. Throws for a target the book has no document for: the page numbers of
 * the two editions must not silently disagree.
 */
export function planPageBreaks(pageBreaks: readonly PageBreak[], documents: readonly EpubDocument[]): PagePlan {
  const byId = new Map<string, { id: string; filename: string; kind: string }>(documents.map((document) => [document.id, document]));
  byId.set(NAV_DOCUMENT.id, NAV_DOCUMENT);
  const atStart = new Map<string, PageMarker[]>();
  const inText = new Map<string, BlockMarker[]>();
  const pages: PageTarget[] = [];
  const ids = new Set<string>();
  for (const pageBreak of pageBreaks) {
    const document = byId.get(NAMED_TARGETS[pageBreak.target] ?? pageBreak.target);
    if (!document) {
      throw new Error(`Page ${pageBreak.label} begins in "${pageBreak.target}", which is not a document of this EPUB.`);
    }
    const marker = { label: pageBreak.label, id: uniqueId(pageBreak.label, ids) };
    const opensDocument = pageBreak.target in NAMED_TARGETS || document.kind !== 'section' || pageBreak.block.length === 0;
    if (opensDocument) append(atStart, document.id, marker);
    else append(inText, document.id, { ...marker, block: pageBreak.block, offset: pageBreak.offset });
    pages.push({ label: pageBreak.label, href: `${document.filename}#${marker.id}` });
  }
  return { atStart, inText, pages };
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * `page-` and the label, with characters an XML id cannot hold replaced. Labels repeat
 * when a book restarts its numbering, and two labels can map to the same id: a counter
 * keeps each id unique.
 */
function uniqueId(label: string, taken: Set<string>): string {
  const base = `page-${Array.from(label, (char) => (/[\p{L}\p{N}._-]/u.test(char) ? char : '_')).join('')}`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
