import type { Book } from '../../../../types.ts';
import { textStyle } from '../composer.ts';
import { addBookmark, addCentred, NO_DECOR, openBackMatter, type BookContext } from './common.ts';
import { matterGroups } from './matter.ts';

/** The last page: how the book was made, centred in the lower part of the page. */
export function composeColophon(book: Book, context: BookContext): void {
  if (book.back.colophon.length === 0) return;
  const { composer, flow } = context;
  const theme = composer.theme.colophon;
  flow.pageBreak('any', NO_DECOR, NO_DECOR);
  flow.addSpace(0, { fill: 3, discardable: false });
  if (!matterGroups(book.sections).includes('back') && book.back.sources.length === 0) openBackMatter(context);
  addBookmark(context, { id: 'colophon', title: theme.title, depth: 2 });
  // The body is set by now, so the fonts it needed are known; the colophon names them all.
  const [main, ...fallbacks] = composer.fontsUsed?.() ?? [];
  const fontsLine = main && fallbacks.length > 0 ? theme.fallbackFonts.replace('{main}', main).replace('{fonts}', joinNames(fallbacks)) : undefined;
  [...book.back.colophon, ...(fontsLine ? [fontsLine] : [])].forEach((paragraph, index) => {
    if (index > 0) flow.addSpace(theme.leading * 0.6, { discardable: false });
    addCentred(paragraph, textStyle('italic', theme.size), theme.leading, context, { document: 'colophon', role: 'P', key: String(index) });
  });
  flow.addSpace(0, { fill: 1, discardable: false });
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
