/**
 * Where each printed page begins, for the EPUB's page list: the anchor of the page's first
 * line that has one. A page without text (the blank verso before an opening) is placed where
 * the next page with text begins, so every page number can still be looked up.
 */
import type { PageBreak } from '../../types.ts';
import type { LaidOutPage, LineAnchor } from './layout/types.ts';

export function pageBreaksOf(pages: readonly LaidOutPage[]): PageBreak[] {
  const anchors = pages.map(firstAnchor);
  const breaks: PageBreak[] = [];
  pages.forEach((page, index) => {
    const anchor = anchors.slice(index).find((found) => found !== undefined);
    if (!anchor) return;
    breaks.push({ label: page.label, target: anchor.document, block: [...anchor.path], offset: anchor.offset });
  });
  return breaks;
}

function firstAnchor(page: LaidOutPage): LineAnchor | undefined {
  return page.lines.find((placed) => placed.line.anchor && placed.line.fragments.length > 0)?.line.anchor;
}
