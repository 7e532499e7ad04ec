/**
 * Where each printed page begins, for the EPUB's page list: the anchor of the page's first
 * line that has one. A page without text (the blank verso before an opening) is placed where
 * the next page with text begins, so every page number can still be looked up.
 */
import type { PageBreak } from '../../types.ts';
import type { LaidOutPage, LineAnchor } from './layout/types.ts';

/** What the page list needs of a page, kept when the page's lines are let go. */
export interface PageStart {
  label: string;
  /** The anchor of the page's first line that has one. */
  anchor?: LineAnchor;
}

export function pageStartOf(page: LaidOutPage): PageStart {
  const anchor = firstAnchor(page);
  return anchor ? { label: page.label, anchor } : { label: page.label };
}

export function pageBreaksOf(pages: readonly PageStart[]): PageBreak[] {
  // From the last page back, so each page finds the next anchor without searching again.
  const breaks: PageBreak[] = [];
  let anchor: LineAnchor | undefined;
  for (let index = pages.length - 1; index >= 0; index -= 1) {
    const page = pages[index]!;
    anchor = page.anchor ?? anchor;
    if (anchor) breaks.push({ label: page.label, target: anchor.document, block: [...anchor.path], offset: anchor.offset });
  }
  return breaks.reverse();
}

function firstAnchor(page: LaidOutPage): LineAnchor | undefined {
  return page.lines.find((placed) => placed.line.anchor && placed.line.fragments.length > 0)?.line.anchor;
}
