import type { Book } from '../../../../types.ts';
import { textStyle } from '../composer.ts';
import { addRagged, NO_DECOR, type BookContext } from './common.ts';

/** The verso of the title page: the copyright paragraphs set small at the foot. */
export function composeCopyrightPage(book: Book, context: BookContext): void {
  const { composer, flow } = context;
  const theme = composer.theme.copyright;
  flow.pageBreak('any', NO_DECOR, NO_DECOR);
  flow.addSpace(0, { fill: 1, discardable: false });
  book.front.copyright.forEach((paragraph, index) => {
    if (index > 0) flow.addSpace(theme.leading * 0.6, { discardable: false });
    addRagged(paragraph, textStyle('regular', theme.size), theme.leading, 0, context, { document: 'copyright', role: 'P', key: String(index) });
  });
}
